//! Typed vocabulary lookups: calendar names, number words, units and
//! currencies, function words and attribution cues, each list once.
//!
//! Input: the static sorted tables below (generated once from the lists the
//! stages kept inline, then maintained here; each says where it comes from)
//! and `cues.tsv`. Output: lookups by binary search, no start-up parsing
//! (except `cues.tsv`, 400 rows, parsed on first use).
//!
//! Known limits: English only; lookups are exact on the form given (calendar,
//! number and function words lower case; units case-sensitive).

use std::sync::LazyLock;

use super::FastMap;

/// Month or weekday.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CalendarKind {
    Month,
    Weekday,
}

/// A month or weekday name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CalendarWord {
    pub kind: CalendarKind,
    /// 1 = January / Monday.
    pub number: u32,
    /// The full name, not an abbreviation.
    pub full: bool,
}

/// What a number word is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumberKind {
    /// zero to nine ("nil", "naught" too).
    Unit,
    /// ten to nineteen.
    Teen,
    /// twenty, thirty, ... ninety.
    Tens,
    /// hundred, thousand, million, billion, trillion, dozen.
    Scale,
    /// first, second, ... (value = the position).
    Ordinal,
    /// Plural or fraction-only denominators: half, halves, thirds, quarters.
    Fraction,
}

/// A number word and its value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NumberWord {
    pub value: u64,
    pub kind: NumberKind,
}

/// What a unit measures.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnitKind {
    Measure,
    Time,
    Currency,
    /// A currency's hundredth ("cent", "pence", "300p"): named as itself,
    /// not as an ISO 4217 code, since the coin belongs to several currencies.
    Minor,
}

/// A unit word or symbol after a number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Unit {
    /// Canonical name ("kilometre", "hour") or ISO 4217 code.
    pub name: &'static str,
    pub kind: UnitKind,
    pub attached_only: bool,
}

/// Function-word classes (bits of [`FUNCTION_WORDS`]).
pub const FW_DETERMINER: u8 = 1;
pub const FW_PRONOUN: u8 = 2;
pub const FW_PREPOSITION: u8 = 4;
pub const FW_CONJUNCTION: u8 = 8;
pub const FW_AUXILIARY: u8 = 16;
pub const FW_PERSONAL: u8 = 32;

/// Month and weekday names and the abbreviations news copy uses (AP style
/// and common variants), lower case, with their numbers (January = 1,
/// Monday = 1 as in ISO 8601). Our own list. Sorted by form.
pub static CALENDAR: &[(&str, CalendarWord)] = &[
    (
        "apr",
        CalendarWord {
            kind: CalendarKind::Month,
            number: 4,
            full: false,
        },
    ),
    (
        "april",
        CalendarWord {
            kind: CalendarKind::Month,
            number: 4,
            full: true,
        },
    ),
    (
        "aug",
        CalendarWord {
            kind: CalendarKind::Month,
            number: 8,
            full: false,
        },
    ),
    (
        "august",
        CalendarWord {
            kind: CalendarKind::Month,
            number: 8,
            full: true,
        },
    ),
    (
        "dec",
        CalendarWord {
            kind: CalendarKind::Month,
            number: 12,
            full: false,
        },
    ),
    (
        "december",
        CalendarWord {
            kind: CalendarKind::Month,
            number: 12,
            full: true,
        },
    ),
    (
        "feb",
        CalendarWord {
            kind: CalendarKind::Month,
            number: 2,
            full: false,
        },
    ),
    (
        "february",
        CalendarWord {
            kind: CalendarKind::Month,
            number: 2,
            full: true,
        },
    ),
    (
        "fri",
        CalendarWord {
            kind: CalendarKind::Weekday,
            number: 5,
            full: false,
        },
    ),
    (
        "friday",
        CalendarWord {
            kind: CalendarKind::Weekday,
            number: 5,
            full: true,
        },
    ),
    (
        "jan",
        CalendarWord {
            kind: CalendarKind::Month,
            number: 1,
            full: false,
        },
    ),
    (
        "january",
        CalendarWord {
            kind: CalendarKind::Month,
            number: 1,
            full: true,
        },
    ),
    (
        "jul",
        CalendarWord {
            kind: CalendarKind::Month,
            number: 7,
            full: false,
        },
    ),
    (
        "july",
        CalendarWord {
            kind: CalendarKind::Month,
            number: 7,
            full: true,
        },
    ),
    (
        "jun",
        CalendarWord {
            kind: CalendarKind::Month,
            number: 6,
            full: false,
        },
    ),
    (
        "june",
        CalendarWord {
            kind: CalendarKind::Month,
            number: 6,
            full: true,
        },
    ),
    (
        "mar",
        CalendarWord {
            kind: CalendarKind::Month,
            number: 3,
            full: false,
        },
    ),
    (
        "march",
        CalendarWord {
            kind: CalendarKind::Month,
            number: 3,
            full: true,
        },
    ),
    (
        "may",
        CalendarWord {
            kind: CalendarKind::Month,
            number: 5,
            full: true,
        },
    ),
    (
        "mon",
        CalendarWord {
            kind: CalendarKind::Weekday,
            number: 1,
            full: false,
        },
    ),
    (
        "monday",
        CalendarWord {
            kind: CalendarKind::Weekday,
            number: 1,
            full: true,
        },
    ),
    (
        "nov",
        CalendarWord {
            kind: CalendarKind::Month,
            number: 11,
            full: false,
        },
    ),
    (
        "november",
        CalendarWord {
            kind: CalendarKind::Month,
            number: 11,
            full: true,
        },
    ),
    (
        "oct",
        CalendarWord {
            kind: CalendarKind::Month,
            number: 10,
            full: false,
        },
    ),
    (
        "october",
        CalendarWord {
            kind: CalendarKind::Month,
            number: 10,
            full: true,
        },
    ),
    (
        "sat",
        CalendarWord {
            kind: CalendarKind::Weekday,
            number: 6,
            full: false,
        },
    ),
    (
        "saturday",
        CalendarWord {
            kind: CalendarKind::Weekday,
            number: 6,
            full: true,
        },
    ),
    (
        "sep",
        CalendarWord {
            kind: CalendarKind::Month,
            number: 9,
            full: false,
        },
    ),
    (
        "sept",
        CalendarWord {
            kind: CalendarKind::Month,
            number: 9,
            full: false,
        },
    ),
    (
        "september",
        CalendarWord {
            kind: CalendarKind::Month,
            number: 9,
            full: true,
        },
    ),
    (
        "sun",
        CalendarWord {
            kind: CalendarKind::Weekday,
            number: 7,
            full: false,
        },
    ),
    (
        "sunday",
        CalendarWord {
            kind: CalendarKind::Weekday,
            number: 7,
            full: true,
        },
    ),
    (
        "thu",
        CalendarWord {
            kind: CalendarKind::Weekday,
            number: 4,
            full: false,
        },
    ),
    (
        "thur",
        CalendarWord {
            kind: CalendarKind::Weekday,
            number: 4,
            full: false,
        },
    ),
    (
        "thurs",
        CalendarWord {
            kind: CalendarKind::Weekday,
            number: 4,
            full: false,
        },
    ),
    (
        "thursday",
        CalendarWord {
            kind: CalendarKind::Weekday,
            number: 4,
            full: true,
        },
    ),
    (
        "tue",
        CalendarWord {
            kind: CalendarKind::Weekday,
            number: 2,
            full: false,
        },
    ),
    (
        "tues",
        CalendarWord {
            kind: CalendarKind::Weekday,
            number: 2,
            full: false,
        },
    ),
    (
        "tuesday",
        CalendarWord {
            kind: CalendarKind::Weekday,
            number: 2,
            full: true,
        },
    ),
    (
        "wed",
        CalendarWord {
            kind: CalendarKind::Weekday,
            number: 3,
            full: false,
        },
    ),
    (
        "wednesday",
        CalendarWord {
            kind: CalendarKind::Weekday,
            number: 3,
            full: true,
        },
    ),
];

/// English number words, lower case: cardinals with their value, scale
/// words, ordinals (value = position) and fraction denominators (value =
/// denominator; "third", "fourth" ... are ordinals, also read as
/// denominators by the quantity rules). Our own list. Sorted by form.
pub static NUMBER_WORDS: &[(&str, NumberWord)] = &[
    (
        "billion",
        NumberWord {
            value: 1000000000,
            kind: NumberKind::Scale,
        },
    ),
    (
        "billionth",
        NumberWord {
            value: 1000000000,
            kind: NumberKind::Ordinal,
        },
    ),
    (
        "dozen",
        NumberWord {
            value: 12,
            kind: NumberKind::Scale,
        },
    ),
    (
        "eight",
        NumberWord {
            value: 8,
            kind: NumberKind::Unit,
        },
    ),
    (
        "eighteen",
        NumberWord {
            value: 18,
            kind: NumberKind::Teen,
        },
    ),
    (
        "eighteenth",
        NumberWord {
            value: 18,
            kind: NumberKind::Ordinal,
        },
    ),
    (
        "eighth",
        NumberWord {
            value: 8,
            kind: NumberKind::Ordinal,
        },
    ),
    (
        "eighths",
        NumberWord {
            value: 8,
            kind: NumberKind::Fraction,
        },
    ),
    (
        "eightieth",
        NumberWord {
            value: 80,
            kind: NumberKind::Ordinal,
        },
    ),
    (
        "eighty",
        NumberWord {
            value: 80,
            kind: NumberKind::Tens,
        },
    ),
    (
        "eleven",
        NumberWord {
            value: 11,
            kind: NumberKind::Teen,
        },
    ),
    (
        "eleventh",
        NumberWord {
            value: 11,
            kind: NumberKind::Ordinal,
        },
    ),
    (
        "fifteen",
        NumberWord {
            value: 15,
            kind: NumberKind::Teen,
        },
    ),
    (
        "fifteenth",
        NumberWord {
            value: 15,
            kind: NumberKind::Ordinal,
        },
    ),
    (
        "fifth",
        NumberWord {
            value: 5,
            kind: NumberKind::Ordinal,
        },
    ),
    (
        "fifths",
        NumberWord {
            value: 5,
            kind: NumberKind::Fraction,
        },
    ),
    (
        "fiftieth",
        NumberWord {
            value: 50,
            kind: NumberKind::Ordinal,
        },
    ),
    (
        "fifty",
        NumberWord {
            value: 50,
            kind: NumberKind::Tens,
        },
    ),
    (
        "first",
        NumberWord {
            value: 1,
            kind: NumberKind::Ordinal,
        },
    ),
    (
        "five",
        NumberWord {
            value: 5,
            kind: NumberKind::Unit,
        },
    ),
    (
        "fortieth",
        NumberWord {
            value: 40,
            kind: NumberKind::Ordinal,
        },
    ),
    (
        "forty",
        NumberWord {
            value: 40,
            kind: NumberKind::Tens,
        },
    ),
    (
        "four",
        NumberWord {
            value: 4,
            kind: NumberKind::Unit,
        },
    ),
    (
        "fourteen",
        NumberWord {
            value: 14,
            kind: NumberKind::Teen,
        },
    ),
    (
        "fourteenth",
        NumberWord {
            value: 14,
            kind: NumberKind::Ordinal,
        },
    ),
    (
        "fourth",
        NumberWord {
            value: 4,
            kind: NumberKind::Ordinal,
        },
    ),
    (
        "fourths",
        NumberWord {
            value: 4,
            kind: NumberKind::Fraction,
        },
    ),
    (
        "half",
        NumberWord {
            value: 2,
            kind: NumberKind::Fraction,
        },
    ),
    (
        "halves",
        NumberWord {
            value: 2,
            kind: NumberKind::Fraction,
        },
    ),
    (
        "hundred",
        NumberWord {
            value: 100,
            kind: NumberKind::Scale,
        },
    ),
    (
        "hundredth",
        NumberWord {
            value: 100,
            kind: NumberKind::Ordinal,
        },
    ),
    (
        "million",
        NumberWord {
            value: 1000000,
            kind: NumberKind::Scale,
        },
    ),
    (
        "millionth",
        NumberWord {
            value: 1000000,
            kind: NumberKind::Ordinal,
        },
    ),
    (
        "naught",
        NumberWord {
            value: 0,
            kind: NumberKind::Unit,
        },
    ),
    (
        "nil",
        NumberWord {
            value: 0,
            kind: NumberKind::Unit,
        },
    ),
    (
        "nine",
        NumberWord {
            value: 9,
            kind: NumberKind::Unit,
        },
    ),
    (
        "nineteen",
        NumberWord {
            value: 19,
            kind: NumberKind::Teen,
        },
    ),
    (
        "nineteenth",
        NumberWord {
            value: 19,
            kind: NumberKind::Ordinal,
        },
    ),
    (
        "ninetieth",
        NumberWord {
            value: 90,
            kind: NumberKind::Ordinal,
        },
    ),
    (
        "ninety",
        NumberWord {
            value: 90,
            kind: NumberKind::Tens,
        },
    ),
    (
        "ninth",
        NumberWord {
            value: 9,
            kind: NumberKind::Ordinal,
        },
    ),
    (
        "ninths",
        NumberWord {
            value: 9,
            kind: NumberKind::Fraction,
        },
    ),
    (
        "nought",
        NumberWord {
            value: 0,
            kind: NumberKind::Unit,
        },
    ),
    (
        "one",
        NumberWord {
            value: 1,
            kind: NumberKind::Unit,
        },
    ),
    (
        "quarter",
        NumberWord {
            value: 4,
            kind: NumberKind::Fraction,
        },
    ),
    (
        "quarters",
        NumberWord {
            value: 4,
            kind: NumberKind::Fraction,
        },
    ),
    (
        "second",
        NumberWord {
            value: 2,
            kind: NumberKind::Ordinal,
        },
    ),
    (
        "seven",
        NumberWord {
            value: 7,
            kind: NumberKind::Unit,
        },
    ),
    (
        "seventeen",
        NumberWord {
            value: 17,
            kind: NumberKind::Teen,
        },
    ),
    (
        "seventeenth",
        NumberWord {
            value: 17,
            kind: NumberKind::Ordinal,
        },
    ),
    (
        "seventh",
        NumberWord {
            value: 7,
            kind: NumberKind::Ordinal,
        },
    ),
    (
        "sevenths",
        NumberWord {
            value: 7,
            kind: NumberKind::Fraction,
        },
    ),
    (
        "seventieth",
        NumberWord {
            value: 70,
            kind: NumberKind::Ordinal,
        },
    ),
    (
        "seventy",
        NumberWord {
            value: 70,
            kind: NumberKind::Tens,
        },
    ),
    (
        "six",
        NumberWord {
            value: 6,
            kind: NumberKind::Unit,
        },
    ),
    (
        "sixteen",
        NumberWord {
            value: 16,
            kind: NumberKind::Teen,
        },
    ),
    (
        "sixteenth",
        NumberWord {
            value: 16,
            kind: NumberKind::Ordinal,
        },
    ),
    (
        "sixth",
        NumberWord {
            value: 6,
            kind: NumberKind::Ordinal,
        },
    ),
    (
        "sixths",
        NumberWord {
            value: 6,
            kind: NumberKind::Fraction,
        },
    ),
    (
        "sixtieth",
        NumberWord {
            value: 60,
            kind: NumberKind::Ordinal,
        },
    ),
    (
        "sixty",
        NumberWord {
            value: 60,
            kind: NumberKind::Tens,
        },
    ),
    (
        "ten",
        NumberWord {
            value: 10,
            kind: NumberKind::Teen,
        },
    ),
    (
        "tenth",
        NumberWord {
            value: 10,
            kind: NumberKind::Ordinal,
        },
    ),
    (
        "tenths",
        NumberWord {
            value: 10,
            kind: NumberKind::Fraction,
        },
    ),
    (
        "third",
        NumberWord {
            value: 3,
            kind: NumberKind::Ordinal,
        },
    ),
    (
        "thirds",
        NumberWord {
            value: 3,
            kind: NumberKind::Fraction,
        },
    ),
    (
        "thirteen",
        NumberWord {
            value: 13,
            kind: NumberKind::Teen,
        },
    ),
    (
        "thirteenth",
        NumberWord {
            value: 13,
            kind: NumberKind::Ordinal,
        },
    ),
    (
        "thirtieth",
        NumberWord {
            value: 30,
            kind: NumberKind::Ordinal,
        },
    ),
    (
        "thirty",
        NumberWord {
            value: 30,
            kind: NumberKind::Tens,
        },
    ),
    (
        "thousand",
        NumberWord {
            value: 1000,
            kind: NumberKind::Scale,
        },
    ),
    (
        "thousandth",
        NumberWord {
            value: 1000,
            kind: NumberKind::Ordinal,
        },
    ),
    (
        "three",
        NumberWord {
            value: 3,
            kind: NumberKind::Unit,
        },
    ),
    (
        "trillion",
        NumberWord {
            value: 1000000000000,
            kind: NumberKind::Scale,
        },
    ),
    (
        "trillionth",
        NumberWord {
            value: 1000000000000,
            kind: NumberKind::Ordinal,
        },
    ),
    (
        "twelfth",
        NumberWord {
            value: 12,
            kind: NumberKind::Ordinal,
        },
    ),
    (
        "twelve",
        NumberWord {
            value: 12,
            kind: NumberKind::Teen,
        },
    ),
    (
        "twentieth",
        NumberWord {
            value: 20,
            kind: NumberKind::Ordinal,
        },
    ),
    (
        "twenty",
        NumberWord {
            value: 20,
            kind: NumberKind::Tens,
        },
    ),
    (
        "two",
        NumberWord {
            value: 2,
            kind: NumberKind::Unit,
        },
    ),
    (
        "zero",
        NumberWord {
            value: 0,
            kind: NumberKind::Unit,
        },
    ),
];
/// Units after a number, exact form (case matters for symbols: "MW", "m"),
/// with the canonical unit name (an ISO 4217 code for currency names).
/// `attached_only`: too ambiguous as a separate word ("at 5 a"), read only
/// glued to the digits ("10kg", "5m"). Moved from the claims stage's
/// lists (our own). Sorted by form (byte order).
pub static UNITS: &[(&str, Unit)] = &[
    (
        "B",
        Unit {
            name: "byte",
            kind: UnitKind::Measure,
            attached_only: true,
        },
    ),
    (
        "GB",
        Unit {
            name: "gigabyte",
            kind: UnitKind::Measure,
            attached_only: false,
        },
    ),
    (
        "GHz",
        Unit {
            name: "gigahertz",
            kind: UnitKind::Measure,
            attached_only: false,
        },
    ),
    (
        "GW",
        Unit {
            name: "gigawatt",
            kind: UnitKind::Measure,
            attached_only: false,
        },
    ),
    (
        "GWh",
        Unit {
            name: "gigawatt hour",
            kind: UnitKind::Measure,
            attached_only: false,
        },
    ),
    (
        "Ga",
        Unit {
            name: "gigayear",
            kind: UnitKind::Time,
            attached_only: true,
        },
    ),
    (
        "K",
        Unit {
            name: "kelvin",
            kind: UnitKind::Measure,
            attached_only: true,
        },
    ),
    (
        "KB",
        Unit {
            name: "kilobyte",
            kind: UnitKind::Measure,
            attached_only: false,
        },
    ),
    (
        "L",
        Unit {
            name: "litre",
            kind: UnitKind::Measure,
            attached_only: true,
        },
    ),
    (
        "MB",
        Unit {
            name: "megabyte",
            kind: UnitKind::Measure,
            attached_only: false,
        },
    ),
    (
        "MHz",
        Unit {
            name: "megahertz",
            kind: UnitKind::Measure,
            attached_only: false,
        },
    ),
    (
        "MW",
        Unit {
            name: "megawatt",
            kind: UnitKind::Measure,
            attached_only: false,
        },
    ),
    (
        "MWh",
        Unit {
            name: "megawatt hour",
            kind: UnitKind::Measure,
            attached_only: false,
        },
    ),
    (
        "Ma",
        Unit {
            name: "megayear",
            kind: UnitKind::Time,
            attached_only: true,
        },
    ),
    (
        "TB",
        Unit {
            name: "terabyte",
            kind: UnitKind::Measure,
            attached_only: false,
        },
    ),
    (
        "TWh",
        Unit {
            name: "terawatt hour",
            kind: UnitKind::Measure,
            attached_only: false,
        },
    ),
    (
        "TeV",
        Unit {
            name: "teraelectronvolt",
            kind: UnitKind::Measure,
            attached_only: false,
        },
    ),
    (
        "W",
        Unit {
            name: "watt",
            kind: UnitKind::Measure,
            attached_only: true,
        },
    ),
    (
        "Wh",
        Unit {
            name: "watt hour",
            kind: UnitKind::Measure,
            attached_only: false,
        },
    ),
    (
        "acre",
        Unit {
            name: "acre",
            kind: UnitKind::Measure,
            attached_only: false,
        },
    ),
    (
        "acres",
        Unit {
            name: "acre",
            kind: UnitKind::Measure,
            attached_only: false,
        },
    ),
    (
        "b",
        Unit {
            name: "bit",
            kind: UnitKind::Measure,
            attached_only: true,
        },
    ),
    (
        "baht",
        Unit {
            name: "THB",
            kind: UnitKind::Currency,
            attached_only: false,
        },
    ),
    (
        "barrel",
        Unit {
            name: "barrel",
            kind: UnitKind::Measure,
            attached_only: false,
        },
    ),
    (
        "barrels",
        Unit {
            name: "barrel",
            kind: UnitKind::Measure,
            attached_only: false,
        },
    ),
    (
        "bits",
        Unit {
            name: "bit",
            kind: UnitKind::Measure,
            attached_only: false,
        },
    ),
    (
        "bpd",
        Unit {
            name: "barrel per day",
            kind: UnitKind::Measure,
            attached_only: false,
        },
    ),
    (
        "bytes",
        Unit {
            name: "byte",
            kind: UnitKind::Measure,
            attached_only: false,
        },
    ),
    (
        "cent",
        Unit {
            name: "cent",
            kind: UnitKind::Minor,
            attached_only: false,
        },
    ),
    (
        "centimeters",
        Unit {
            name: "centimetre",
            kind: UnitKind::Measure,
            attached_only: false,
        },
    ),
    (
        "centimetres",
        Unit {
            name: "centimetre",
            kind: UnitKind::Measure,
            attached_only: false,
        },
    ),
    (
        "cents",
        Unit {
            name: "cent",
            kind: UnitKind::Minor,
            attached_only: false,
        },
    ),
    (
        "centuries",
        Unit {
            name: "century",
            kind: UnitKind::Time,
            attached_only: false,
        },
    ),
    (
        "century",
        Unit {
            name: "century",
            kind: UnitKind::Time,
            attached_only: false,
        },
    ),
    (
        "cl",
        Unit {
            name: "centilitre",
            kind: UnitKind::Measure,
            attached_only: false,
        },
    ),
    (
        "cm",
        Unit {
            name: "centimetre",
            kind: UnitKind::Measure,
            attached_only: false,
        },
    ),
    (
        "day",
        Unit {
            name: "day",
            kind: UnitKind::Time,
            attached_only: false,
        },
    ),
    (
        "days",
        Unit {
            name: "day",
            kind: UnitKind::Time,
            attached_only: false,
        },
    ),
    (
        "decade",
        Unit {
            name: "decade",
            kind: UnitKind::Time,
            attached_only: false,
        },
    ),
    (
        "decades",
        Unit {
            name: "decade",
            kind: UnitKind::Time,
            attached_only: false,
        },
    ),
    (
        "degree",
        Unit {
            name: "degree",
            kind: UnitKind::Measure,
            attached_only: false,
        },
    ),
    (
        "degrees",
        Unit {
            name: "degree",
            kind: UnitKind::Measure,
            attached_only: false,
        },
    ),
    (
        "dollar",
        Unit {
            name: "USD",
            kind: UnitKind::Currency,
            attached_only: false,
        },
    ),
    (
        "dollars",
        Unit {
            name: "USD",
            kind: UnitKind::Currency,
            attached_only: false,
        },
    ),
    (
        "eV",
        Unit {
            name: "electronvolt",
            kind: UnitKind::Measure,
            attached_only: false,
        },
    ),
    (
        "euro",
        Unit {
            name: "EUR",
            kind: UnitKind::Currency,
            attached_only: false,
        },
    ),
    (
        "euros",
        Unit {
            name: "EUR",
            kind: UnitKind::Currency,
            attached_only: false,
        },
    ),
    (
        "exabytes",
        Unit {
            name: "exabyte",
            kind: UnitKind::Measure,
            attached_only: false,
        },
    ),
    (
        "feet",
        Unit {
            name: "foot",
            kind: UnitKind::Measure,
            attached_only: false,
        },
    ),
    (
        "foot",
        Unit {
            name: "foot",
            kind: UnitKind::Measure,
            attached_only: false,
        },
    ),
    (
        "fortnight",
        Unit {
            name: "fortnight",
            kind: UnitKind::Time,
            attached_only: false,
        },
    ),
    (
        "franc",
        Unit {
            name: "CHF",
            kind: UnitKind::Currency,
            attached_only: false,
        },
    ),
    (
        "francs",
        Unit {
            name: "CHF",
            kind: UnitKind::Currency,
            attached_only: false,
        },
    ),
    (
        "ft",
        Unit {
            name: "foot",
            kind: UnitKind::Measure,
            attached_only: false,
        },
    ),
    (
        "g",
        Unit {
            name: "gram",
            kind: UnitKind::Measure,
            attached_only: true,
        },
    ),
    (
        "gallon",
        Unit {
            name: "gallon",
            kind: UnitKind::Measure,
            attached_only: false,
        },
    ),
    (
        "gallons",
        Unit {
            name: "gallon",
            kind: UnitKind::Measure,
            attached_only: false,
        },
    ),
    (
        "gigabytes",
        Unit {
            name: "gigabyte",
            kind: UnitKind::Measure,
            attached_only: false,
        },
    ),
    (
        "gram",
        Unit {
            name: "gram",
            kind: UnitKind::Measure,
            attached_only: false,
        },
    ),
    (
        "grams",
        Unit {
            name: "gram",
            kind: UnitKind::Measure,
            attached_only: false,
        },
    ),
    (
        "ha",
        Unit {
            name: "hectare",
            kind: UnitKind::Measure,
            attached_only: true,
        },
    ),
    (
        "hectare",
        Unit {
            name: "hectare",
            kind: UnitKind::Measure,
            attached_only: false,
        },
    ),
    (
        "hectares",
        Unit {
            name: "hectare",
            kind: UnitKind::Measure,
            attached_only: false,
        },
    ),
    (
        "hour",
        Unit {
            name: "hour",
            kind: UnitKind::Time,
            attached_only: false,
        },
    ),
    (
        "hours",
        Unit {
            name: "hour",
            kind: UnitKind::Time,
            attached_only: false,
        },
    ),
    (
        "hr",
        Unit {
            name: "hour",
            kind: UnitKind::Time,
            attached_only: false,
        },
    ),
    (
        "hrs",
        Unit {
            name: "hour",
            kind: UnitKind::Time,
            attached_only: false,
        },
    ),
    (
        "hryvnas",
        Unit {
            name: "UAH",
            kind: UnitKind::Currency,
            attached_only: false,
        },
    ),
    (
        "hryvnia",
        Unit {
            name: "UAH",
            kind: UnitKind::Currency,
            attached_only: false,
        },
    ),
    (
        "hryvnias",
        Unit {
            name: "UAH",
            kind: UnitKind::Currency,
            attached_only: false,
        },
    ),
    (
        "inch",
        Unit {
            name: "inch",
            kind: UnitKind::Measure,
            attached_only: false,
        },
    ),
    (
        "inches",
        Unit {
            name: "inch",
            kind: UnitKind::Measure,
            attached_only: false,
        },
    ),
    (
        "kW",
        Unit {
            name: "kilowatt",
            kind: UnitKind::Measure,
            attached_only: false,
        },
    ),
    (
        "kWh",
        Unit {
            name: "kilowatt hour",
            kind: UnitKind::Measure,
            attached_only: false,
        },
    ),
    (
        "kg",
        Unit {
            name: "kilogram",
            kind: UnitKind::Measure,
            attached_only: false,
        },
    ),
    (
        "kgs",
        Unit {
            name: "kilogram",
            kind: UnitKind::Measure,
            attached_only: false,
        },
    ),
    (
        "kilo",
        Unit {
            name: "kilogram",
            kind: UnitKind::Measure,
            attached_only: false,
        },
    ),
    (
        "kilogram",
        Unit {
            name: "kilogram",
            kind: UnitKind::Measure,
            attached_only: false,
        },
    ),
    (
        "kilograms",
        Unit {
            name: "kilogram",
            kind: UnitKind::Measure,
            attached_only: false,
        },
    ),
    (
        "kilometer",
        Unit {
            name: "kilometre",
            kind: UnitKind::Measure,
            attached_only: false,
        },
    ),
    (
        "kilometers",
        Unit {
            name: "kilometre",
            kind: UnitKind::Measure,
            attached_only: false,
        },
    ),
    (
        "kilometre",
        Unit {
            name: "kilometre",
            kind: UnitKind::Measure,
            attached_only: false,
        },
    ),
    (
        "kilometres",
        Unit {
            name: "kilometre",
            kind: UnitKind::Measure,
            attached_only: false,
        },
    ),
    (
        "kilos",
        Unit {
            name: "kilogram",
            kind: UnitKind::Measure,
            attached_only: false,
        },
    ),
    (
        "km",
        Unit {
            name: "kilometre",
            kind: UnitKind::Measure,
            attached_only: false,
        },
    ),
    (
        "kms",
        Unit {
            name: "kilometre",
            kind: UnitKind::Measure,
            attached_only: false,
        },
    ),
    (
        "kph",
        Unit {
            name: "kilometre per hour",
            kind: UnitKind::Measure,
            attached_only: false,
        },
    ),
    (
        "kronor",
        Unit {
            name: "SEK",
            kind: UnitKind::Currency,
            attached_only: false,
        },
    ),
    (
        "l",
        Unit {
            name: "litre",
            kind: UnitKind::Measure,
            attached_only: true,
        },
    ),
    (
        "lb",
        Unit {
            name: "pound",
            kind: UnitKind::Measure,
            attached_only: false,
        },
    ),
    (
        "lbs",
        Unit {
            name: "pound",
            kind: UnitKind::Measure,
            attached_only: false,
        },
    ),
    (
        "lira",
        Unit {
            name: "TRY",
            kind: UnitKind::Currency,
            attached_only: false,
        },
    ),
    (
        "liter",
        Unit {
            name: "litre",
            kind: UnitKind::Measure,
            attached_only: false,
        },
    ),
    (
        "liters",
        Unit {
            name: "litre",
            kind: UnitKind::Measure,
            attached_only: false,
        },
    ),
    (
        "litre",
        Unit {
            name: "litre",
            kind: UnitKind::Measure,
            attached_only: false,
        },
    ),
    (
        "litres",
        Unit {
            name: "litre",
            kind: UnitKind::Measure,
            attached_only: false,
        },
    ),
    (
        "m",
        Unit {
            name: "metre",
            kind: UnitKind::Measure,
            attached_only: true,
        },
    ),
    (
        "megabytes",
        Unit {
            name: "megabyte",
            kind: UnitKind::Measure,
            attached_only: false,
        },
    ),
    (
        "meter",
        Unit {
            name: "metre",
            kind: UnitKind::Measure,
            attached_only: false,
        },
    ),
    (
        "meters",
        Unit {
            name: "metre",
            kind: UnitKind::Measure,
            attached_only: false,
        },
    ),
    (
        "metre",
        Unit {
            name: "metre",
            kind: UnitKind::Measure,
            attached_only: false,
        },
    ),
    (
        "metres",
        Unit {
            name: "metre",
            kind: UnitKind::Measure,
            attached_only: false,
        },
    ),
    (
        "mg",
        Unit {
            name: "milligram",
            kind: UnitKind::Measure,
            attached_only: false,
        },
    ),
    (
        "mi",
        Unit {
            name: "mile",
            kind: UnitKind::Measure,
            attached_only: true,
        },
    ),
    (
        "mile",
        Unit {
            name: "mile",
            kind: UnitKind::Measure,
            attached_only: false,
        },
    ),
    (
        "miles",
        Unit {
            name: "mile",
            kind: UnitKind::Measure,
            attached_only: false,
        },
    ),
    (
        "milligrams",
        Unit {
            name: "milligram",
            kind: UnitKind::Measure,
            attached_only: false,
        },
    ),
    (
        "millimeters",
        Unit {
            name: "millimetre",
            kind: UnitKind::Measure,
            attached_only: false,
        },
    ),
    (
        "millimetres",
        Unit {
            name: "millimetre",
            kind: UnitKind::Measure,
            attached_only: false,
        },
    ),
    (
        "min",
        Unit {
            name: "minute",
            kind: UnitKind::Time,
            attached_only: false,
        },
    ),
    (
        "mins",
        Unit {
            name: "minute",
            kind: UnitKind::Time,
            attached_only: false,
        },
    ),
    (
        "minute",
        Unit {
            name: "minute",
            kind: UnitKind::Time,
            attached_only: false,
        },
    ),
    (
        "minutes",
        Unit {
            name: "minute",
            kind: UnitKind::Time,
            attached_only: false,
        },
    ),
    (
        "ml",
        Unit {
            name: "millilitre",
            kind: UnitKind::Measure,
            attached_only: false,
        },
    ),
    (
        "mm",
        Unit {
            name: "millimetre",
            kind: UnitKind::Measure,
            attached_only: false,
        },
    ),
    (
        "month",
        Unit {
            name: "month",
            kind: UnitKind::Time,
            attached_only: false,
        },
    ),
    (
        "months",
        Unit {
            name: "month",
            kind: UnitKind::Time,
            attached_only: false,
        },
    ),
    (
        "mph",
        Unit {
            name: "mile per hour",
            kind: UnitKind::Measure,
            attached_only: false,
        },
    ),
    (
        "naira",
        Unit {
            name: "NGN",
            kind: UnitKind::Currency,
            attached_only: false,
        },
    ),
    (
        "nanometers",
        Unit {
            name: "nanometre",
            kind: UnitKind::Measure,
            attached_only: false,
        },
    ),
    (
        "nanometres",
        Unit {
            name: "nanometre",
            kind: UnitKind::Measure,
            attached_only: false,
        },
    ),
    (
        "ounce",
        Unit {
            name: "ounce",
            kind: UnitKind::Measure,
            attached_only: false,
        },
    ),
    (
        "ounces",
        Unit {
            name: "ounce",
            kind: UnitKind::Measure,
            attached_only: false,
        },
    ),
    (
        "oz",
        Unit {
            name: "ounce",
            kind: UnitKind::Measure,
            attached_only: false,
        },
    ),
    (
        "p",
        Unit {
            name: "penny",
            kind: UnitKind::Minor,
            attached_only: true,
        },
    ),
    (
        "pence",
        Unit {
            name: "penny",
            kind: UnitKind::Minor,
            attached_only: false,
        },
    ),
    (
        "pennies",
        Unit {
            name: "penny",
            kind: UnitKind::Minor,
            attached_only: false,
        },
    ),
    (
        "penny",
        Unit {
            name: "penny",
            kind: UnitKind::Minor,
            attached_only: false,
        },
    ),
    (
        "peso",
        Unit {
            name: "MXN",
            kind: UnitKind::Currency,
            attached_only: false,
        },
    ),
    (
        "pesos",
        Unit {
            name: "MXN",
            kind: UnitKind::Currency,
            attached_only: false,
        },
    ),
    (
        "pint",
        Unit {
            name: "pint",
            kind: UnitKind::Measure,
            attached_only: false,
        },
    ),
    (
        "pints",
        Unit {
            name: "pint",
            kind: UnitKind::Measure,
            attached_only: false,
        },
    ),
    (
        "pound",
        Unit {
            name: "pound",
            kind: UnitKind::Measure,
            attached_only: false,
        },
    ),
    (
        "pounds",
        Unit {
            name: "pound",
            kind: UnitKind::Measure,
            attached_only: false,
        },
    ),
    (
        "rand",
        Unit {
            name: "ZAR",
            kind: UnitKind::Currency,
            attached_only: false,
        },
    ),
    (
        "reais",
        Unit {
            name: "BRL",
            kind: UnitKind::Currency,
            attached_only: false,
        },
    ),
    (
        "renminbi",
        Unit {
            name: "CNY",
            kind: UnitKind::Currency,
            attached_only: false,
        },
    ),
    (
        "ringgit",
        Unit {
            name: "MYR",
            kind: UnitKind::Currency,
            attached_only: false,
        },
    ),
    (
        "rmb",
        Unit {
            name: "CNY",
            kind: UnitKind::Currency,
            attached_only: false,
        },
    ),
    (
        "rouble",
        Unit {
            name: "RUB",
            kind: UnitKind::Currency,
            attached_only: false,
        },
    ),
    (
        "roubles",
        Unit {
            name: "RUB",
            kind: UnitKind::Currency,
            attached_only: false,
        },
    ),
    (
        "ruble",
        Unit {
            name: "RUB",
            kind: UnitKind::Currency,
            attached_only: false,
        },
    ),
    (
        "rubles",
        Unit {
            name: "RUB",
            kind: UnitKind::Currency,
            attached_only: false,
        },
    ),
    (
        "rupee",
        Unit {
            name: "INR",
            kind: UnitKind::Currency,
            attached_only: false,
        },
    ),
    (
        "rupees",
        Unit {
            name: "INR",
            kind: UnitKind::Currency,
            attached_only: false,
        },
    ),
    (
        "rupiah",
        Unit {
            name: "IDR",
            kind: UnitKind::Currency,
            attached_only: false,
        },
    ),
    (
        "sec",
        Unit {
            name: "second",
            kind: UnitKind::Time,
            attached_only: false,
        },
    ),
    (
        "second",
        Unit {
            name: "second",
            kind: UnitKind::Time,
            attached_only: false,
        },
    ),
    (
        "seconds",
        Unit {
            name: "second",
            kind: UnitKind::Time,
            attached_only: false,
        },
    ),
    (
        "secs",
        Unit {
            name: "second",
            kind: UnitKind::Time,
            attached_only: false,
        },
    ),
    (
        "shekels",
        Unit {
            name: "ILS",
            kind: UnitKind::Currency,
            attached_only: false,
        },
    ),
    (
        "sterling",
        Unit {
            name: "GBP",
            kind: UnitKind::Currency,
            attached_only: false,
        },
    ),
    (
        "t",
        Unit {
            name: "tonne",
            kind: UnitKind::Measure,
            attached_only: true,
        },
    ),
    (
        "terabytes",
        Unit {
            name: "terabyte",
            kind: UnitKind::Measure,
            attached_only: false,
        },
    ),
    (
        "ton",
        Unit {
            name: "ton",
            kind: UnitKind::Measure,
            attached_only: false,
        },
    ),
    (
        "tonne",
        Unit {
            name: "tonne",
            kind: UnitKind::Measure,
            attached_only: false,
        },
    ),
    (
        "tonnes",
        Unit {
            name: "tonne",
            kind: UnitKind::Measure,
            attached_only: false,
        },
    ),
    (
        "tons",
        Unit {
            name: "ton",
            kind: UnitKind::Measure,
            attached_only: false,
        },
    ),
    (
        "tpd",
        Unit {
            name: "ton per day",
            kind: UnitKind::Measure,
            attached_only: false,
        },
    ),
    (
        "week",
        Unit {
            name: "week",
            kind: UnitKind::Time,
            attached_only: false,
        },
    ),
    (
        "weeks",
        Unit {
            name: "week",
            kind: UnitKind::Time,
            attached_only: false,
        },
    ),
    (
        "yard",
        Unit {
            name: "yard",
            kind: UnitKind::Measure,
            attached_only: false,
        },
    ),
    (
        "yards",
        Unit {
            name: "yard",
            kind: UnitKind::Measure,
            attached_only: false,
        },
    ),
    (
        "year",
        Unit {
            name: "year",
            kind: UnitKind::Time,
            attached_only: false,
        },
    ),
    (
        "years",
        Unit {
            name: "year",
            kind: UnitKind::Time,
            attached_only: false,
        },
    ),
    (
        "yen",
        Unit {
            name: "JPY",
            kind: UnitKind::Currency,
            attached_only: false,
        },
    ),
    (
        "yr",
        Unit {
            name: "year",
            kind: UnitKind::Time,
            attached_only: false,
        },
    ),
    (
        "yrs",
        Unit {
            name: "year",
            kind: UnitKind::Time,
            attached_only: false,
        },
    ),
    (
        "yuan",
        Unit {
            name: "CNY",
            kind: UnitKind::Currency,
            attached_only: false,
        },
    ),
    (
        "zloty",
        Unit {
            name: "PLN",
            kind: UnitKind::Currency,
            attached_only: false,
        },
    ),
    (
        "zlotys",
        Unit {
            name: "PLN",
            kind: UnitKind::Currency,
            attached_only: false,
        },
    ),
];

/// Currency symbols with their ISO 4217 code. Sorted by symbol.
pub static CURRENCY_SYMBOLS: &[(&str, &str)] = &[
    ("$", "USD"),
    ("£", "GBP"),
    ("¥", "JPY"),
    ("₡", "CRC"),
    ("₩", "KRW"),
    ("€", "EUR"),
    ("₴", "UAH"),
    ("₹", "INR"),
    ("₽", "RUB"),
    ("₿", "XBT"),
];

/// Letters written before "$" ("US$", "C$") and the currency they make.
/// Sorted by prefix.
pub static DOLLAR_PREFIXES: &[(&str, &str)] = &[
    ("A", "AUD"),
    ("AU", "AUD"),
    ("C", "CAD"),
    ("CA", "CAD"),
    ("HK", "HKD"),
    ("NZ", "NZD"),
    ("R", "BRL"),
    ("S", "SGD"),
    ("U.S.", "USD"),
    ("US", "USD"),
];

/// ISO 4217 codes written as words ("USD 22.5 million"). Sorted.
pub static ISO_CURRENCIES: &[&str] = &[
    "AUD", "BRL", "CAD", "CHF", "CNY", "EUR", "GBP", "HKD", "INR", "JPY", "KRW", "MXN", "NZD",
    "RUB", "SGD", "UAH", "USD",
];
/// Irregular simple past forms of English verbs, lower case, with their
/// base form ("went" -> "go") and whether the form is more often a noun or
/// an adjective in news ("on the ground", "a bit", "a shot", "lit"); a form equal to
/// its base ("put", "cut") is both present and past. Our own list of the common irregular verbs, from
/// standard English grammar. Sorted by form.
pub static IRREGULAR_PAST: &[(&str, (&str, bool))] = &[
    ("arose", ("arise", false)),
    ("ate", ("eat", false)),
    ("awoke", ("awake", false)),
    ("beat", ("beat", false)),
    ("became", ("become", false)),
    ("began", ("begin", false)),
    ("bent", ("bend", false)),
    ("bet", ("bet", false)),
    ("bid", ("bid", false)),
    ("bit", ("bite", true)),
    ("bled", ("bleed", false)),
    ("blew", ("blow", false)),
    ("bore", ("bear", true)),
    ("bought", ("buy", false)),
    ("bred", ("breed", false)),
    ("broke", ("break", false)),
    ("brought", ("bring", false)),
    ("built", ("build", false)),
    ("burst", ("burst", false)),
    ("came", ("come", false)),
    ("cast", ("cast", false)),
    ("caught", ("catch", false)),
    ("chose", ("choose", false)),
    ("clung", ("cling", false)),
    ("cost", ("cost", false)),
    ("crept", ("creep", false)),
    ("cut", ("cut", false)),
    ("dealt", ("deal", false)),
    ("did", ("do", false)),
    ("drank", ("drink", false)),
    ("drew", ("draw", false)),
    ("drove", ("drive", false)),
    ("dug", ("dig", false)),
    ("fed", ("feed", false)),
    ("fell", ("fall", false)),
    ("felt", ("feel", false)),
    ("fled", ("flee", false)),
    ("flew", ("fly", false)),
    ("flung", ("fling", false)),
    ("forbade", ("forbid", false)),
    ("foresaw", ("foresee", false)),
    ("forgave", ("forgive", false)),
    ("forgot", ("forget", false)),
    ("fought", ("fight", false)),
    ("found", ("find", false)),
    ("froze", ("freeze", false)),
    ("gave", ("give", false)),
    ("got", ("get", false)),
    ("grew", ("grow", false)),
    ("ground", ("grind", true)),
    ("had", ("have", false)),
    ("heard", ("hear", false)),
    ("held", ("hold", false)),
    ("hid", ("hide", false)),
    ("hit", ("hit", false)),
    ("hung", ("hang", false)),
    ("hurt", ("hurt", false)),
    ("kept", ("keep", false)),
    ("knelt", ("kneel", false)),
    ("knew", ("know", false)),
    ("laid", ("lay", false)),
    ("lay", ("lie", true)),
    ("leapt", ("leap", false)),
    ("led", ("lead", false)),
    ("left", ("leave", false)),
    ("lent", ("lend", false)),
    ("let", ("let", false)),
    ("lit", ("light", true)),
    ("lost", ("lose", false)),
    ("made", ("make", false)),
    ("meant", ("mean", false)),
    ("met", ("meet", false)),
    ("mistook", ("mistake", false)),
    ("overcame", ("overcome", false)),
    ("oversaw", ("oversee", false)),
    ("overtook", ("overtake", false)),
    ("paid", ("pay", false)),
    ("put", ("put", false)),
    ("quit", ("quit", false)),
    ("ran", ("run", false)),
    ("rang", ("ring", false)),
    ("read", ("read", false)),
    ("rebuilt", ("rebuild", false)),
    ("rode", ("ride", false)),
    ("rose", ("rise", false)),
    ("said", ("say", false)),
    ("sang", ("sing", false)),
    ("sank", ("sink", false)),
    ("sat", ("sit", false)),
    ("saw", ("see", false)),
    ("sent", ("send", false)),
    ("set", ("set", false)),
    ("shed", ("shed", true)),
    ("shone", ("shine", false)),
    ("shook", ("shake", false)),
    ("shot", ("shoot", true)),
    ("shrank", ("shrink", false)),
    ("shut", ("shut", false)),
    ("slept", ("sleep", false)),
    ("slid", ("slide", false)),
    ("sold", ("sell", false)),
    ("sought", ("seek", false)),
    ("sped", ("speed", false)),
    ("spent", ("spend", false)),
    ("split", ("split", false)),
    ("spoke", ("speak", false)),
    ("sprang", ("spring", false)),
    ("spread", ("spread", false)),
    ("spun", ("spin", false)),
    ("stole", ("steal", true)),
    ("stood", ("stand", false)),
    ("strode", ("stride", false)),
    ("struck", ("strike", false)),
    ("stuck", ("stick", false)),
    ("stung", ("sting", false)),
    ("swam", ("swim", false)),
    ("swept", ("sweep", false)),
    ("swore", ("swear", false)),
    ("swung", ("swing", false)),
    ("taught", ("teach", false)),
    ("thought", ("think", false)),
    ("threw", ("throw", false)),
    ("thrust", ("thrust", false)),
    ("told", ("tell", false)),
    ("took", ("take", false)),
    ("tore", ("tear", false)),
    ("understood", ("understand", false)),
    ("undertook", ("undertake", false)),
    ("underwent", ("undergo", false)),
    ("upset", ("upset", false)),
    ("was", ("be", false)),
    ("went", ("go", false)),
    ("wept", ("weep", false)),
    ("were", ("be", false)),
    ("withdrew", ("withdraw", false)),
    ("withheld", ("withhold", false)),
    ("withstood", ("withstand", false)),
    ("woke", ("wake", false)),
    ("won", ("win", false)),
    ("wore", ("wear", false)),
    ("wound", ("wind", true)),
    ("wrote", ("write", false)),
];

/// English closed-class words, lower case, with their classes (a word may
/// have several: "that" is a determiner, pronoun and conjunction).
/// `PERSONAL`: personal and reflexive pronouns. Our own list, from standard
/// English grammar. Sorted by form.
pub static FUNCTION_WORDS: &[(&str, u8)] = &[
    ("a", FW_DETERMINER),
    ("about", FW_PREPOSITION),
    ("above", FW_PREPOSITION),
    ("across", FW_PREPOSITION),
    ("after", FW_CONJUNCTION | FW_PREPOSITION),
    ("against", FW_PREPOSITION),
    ("all", FW_DETERMINER),
    ("along", FW_PREPOSITION),
    ("although", FW_CONJUNCTION),
    ("am", FW_AUXILIARY),
    ("amid", FW_PREPOSITION),
    ("among", FW_PREPOSITION),
    ("an", FW_DETERMINER),
    ("and", FW_CONJUNCTION),
    ("another", FW_DETERMINER),
    ("any", FW_DETERMINER),
    ("anybody", FW_PRONOUN),
    ("anyone", FW_PRONOUN),
    ("anything", FW_PRONOUN),
    ("are", FW_AUXILIARY),
    ("around", FW_PREPOSITION),
    ("as", FW_CONJUNCTION | FW_PREPOSITION),
    ("at", FW_PREPOSITION),
    ("be", FW_AUXILIARY),
    ("because", FW_CONJUNCTION),
    ("been", FW_AUXILIARY),
    ("before", FW_CONJUNCTION | FW_PREPOSITION),
    ("behind", FW_PREPOSITION),
    ("being", FW_AUXILIARY),
    ("below", FW_PREPOSITION),
    ("beneath", FW_PREPOSITION),
    ("beside", FW_PREPOSITION),
    ("besides", FW_PREPOSITION),
    ("between", FW_PREPOSITION),
    ("beyond", FW_PREPOSITION),
    ("both", FW_DETERMINER),
    ("but", FW_CONJUNCTION),
    ("by", FW_PREPOSITION),
    ("can", FW_AUXILIARY),
    ("could", FW_AUXILIARY),
    ("despite", FW_PREPOSITION),
    ("did", FW_AUXILIARY),
    ("do", FW_AUXILIARY),
    ("does", FW_AUXILIARY),
    ("down", FW_PREPOSITION),
    ("during", FW_PREPOSITION),
    ("each", FW_DETERMINER),
    ("either", FW_DETERMINER),
    ("every", FW_DETERMINER),
    ("everybody", FW_PRONOUN),
    ("everyone", FW_PRONOUN),
    ("everything", FW_PRONOUN),
    ("except", FW_PREPOSITION),
    ("few", FW_DETERMINER),
    ("for", FW_CONJUNCTION | FW_PREPOSITION),
    ("from", FW_PREPOSITION),
    ("had", FW_AUXILIARY),
    ("has", FW_AUXILIARY),
    ("have", FW_AUXILIARY),
    ("having", FW_AUXILIARY),
    ("he", FW_PERSONAL | FW_PRONOUN),
    ("her", FW_DETERMINER | FW_PERSONAL | FW_PRONOUN),
    ("hers", FW_PRONOUN),
    ("herself", FW_PERSONAL | FW_PRONOUN),
    ("him", FW_PERSONAL | FW_PRONOUN),
    ("himself", FW_PERSONAL | FW_PRONOUN),
    ("his", FW_DETERMINER | FW_PRONOUN),
    ("i", FW_PERSONAL | FW_PRONOUN),
    ("if", FW_CONJUNCTION),
    ("in", FW_PREPOSITION),
    ("inside", FW_PREPOSITION),
    ("into", FW_PREPOSITION),
    ("is", FW_AUXILIARY),
    ("it", FW_PERSONAL | FW_PRONOUN),
    ("its", FW_DETERMINER | FW_PRONOUN),
    ("itself", FW_PERSONAL | FW_PRONOUN),
    ("like", FW_PREPOSITION),
    ("many", FW_DETERMINER),
    ("may", FW_AUXILIARY),
    ("me", FW_PERSONAL | FW_PRONOUN),
    ("might", FW_AUXILIARY),
    ("mine", FW_PRONOUN),
    ("more", FW_DETERMINER),
    ("most", FW_DETERMINER),
    ("much", FW_DETERMINER),
    ("must", FW_AUXILIARY),
    ("my", FW_DETERMINER | FW_PRONOUN),
    ("myself", FW_PERSONAL | FW_PRONOUN),
    ("near", FW_PREPOSITION),
    ("neither", FW_DETERMINER),
    ("no", FW_DETERMINER),
    ("nobody", FW_PRONOUN),
    ("none", FW_PRONOUN),
    ("nor", FW_CONJUNCTION),
    ("nothing", FW_PRONOUN),
    ("of", FW_PREPOSITION),
    ("off", FW_PREPOSITION),
    ("on", FW_PREPOSITION),
    ("once", FW_CONJUNCTION),
    ("one", FW_PRONOUN),
    ("onto", FW_PREPOSITION),
    ("or", FW_CONJUNCTION),
    ("ought", FW_AUXILIARY),
    ("our", FW_DETERMINER | FW_PRONOUN),
    ("ours", FW_PRONOUN),
    ("ourselves", FW_PERSONAL | FW_PRONOUN),
    ("out", FW_PREPOSITION),
    ("outside", FW_PREPOSITION),
    ("over", FW_PREPOSITION),
    ("past", FW_PREPOSITION),
    ("per", FW_PREPOSITION),
    ("several", FW_DETERMINER),
    ("shall", FW_AUXILIARY),
    ("she", FW_PERSONAL | FW_PRONOUN),
    ("should", FW_AUXILIARY),
    ("since", FW_CONJUNCTION | FW_PREPOSITION),
    ("so", FW_CONJUNCTION),
    ("some", FW_DETERMINER),
    ("somebody", FW_PRONOUN),
    ("someone", FW_PRONOUN),
    ("something", FW_PRONOUN),
    ("such", FW_DETERMINER),
    ("than", FW_CONJUNCTION | FW_PREPOSITION),
    ("that", FW_CONJUNCTION | FW_DETERMINER | FW_PRONOUN),
    ("the", FW_DETERMINER),
    ("their", FW_DETERMINER | FW_PRONOUN),
    ("theirs", FW_PRONOUN),
    ("them", FW_PERSONAL | FW_PRONOUN),
    ("themselves", FW_PERSONAL | FW_PRONOUN),
    ("these", FW_DETERMINER),
    ("they", FW_PERSONAL | FW_PRONOUN),
    ("this", FW_DETERMINER),
    ("those", FW_DETERMINER),
    ("though", FW_CONJUNCTION),
    ("through", FW_PREPOSITION),
    ("throughout", FW_PREPOSITION),
    ("till", FW_PREPOSITION),
    ("to", FW_PREPOSITION),
    ("toward", FW_PREPOSITION),
    ("towards", FW_PREPOSITION),
    ("under", FW_PREPOSITION),
    ("underneath", FW_PREPOSITION),
    ("unless", FW_CONJUNCTION),
    ("unlike", FW_PREPOSITION),
    ("until", FW_CONJUNCTION | FW_PREPOSITION),
    ("up", FW_PREPOSITION),
    ("upon", FW_PREPOSITION),
    ("us", FW_PERSONAL | FW_PRONOUN),
    ("via", FW_PREPOSITION),
    ("was", FW_AUXILIARY),
    ("we", FW_PERSONAL | FW_PRONOUN),
    ("were", FW_AUXILIARY),
    ("what", FW_DETERMINER | FW_PRONOUN),
    ("whatever", FW_PRONOUN),
    ("when", FW_CONJUNCTION),
    ("whenever", FW_CONJUNCTION),
    ("where", FW_CONJUNCTION),
    ("whereas", FW_CONJUNCTION),
    ("wherever", FW_CONJUNCTION),
    ("whether", FW_CONJUNCTION),
    ("which", FW_DETERMINER | FW_PRONOUN),
    ("while", FW_CONJUNCTION),
    ("who", FW_PRONOUN),
    ("whoever", FW_PRONOUN),
    ("whom", FW_PRONOUN),
    ("whose", FW_DETERMINER | FW_PRONOUN),
    ("will", FW_AUXILIARY),
    ("with", FW_PREPOSITION),
    ("within", FW_PREPOSITION),
    ("without", FW_PREPOSITION),
    ("would", FW_AUXILIARY),
    ("yet", FW_CONJUNCTION),
    ("you", FW_PERSONAL | FW_PRONOUN),
    ("your", FW_DETERMINER | FW_PRONOUN),
    ("yours", FW_PRONOUN),
    ("yourself", FW_PERSONAL | FW_PRONOUN),
    ("yourselves", FW_PERSONAL | FW_PRONOUN),
];
fn find<T: Copy>(table: &[(&'static str, T)], key: &str) -> Option<T> {
    table
        .binary_search_by(|(k, _)| (*k).cmp(key))
        .ok()
        .map(|i| table[i].1)
}

/// Named days of the year, as one regex alternation (the spellings the date
/// finder reads as a day, and that therefore are no person or organization
/// name on their own). Our own list. Kept as a pattern rather than a word
/// list because the spellings vary inside ("New Year's" with either
/// apostrophe, an optional "Day"); "May Day" is case-sensitive so the month
/// plus "day" does not match.
pub const HOLIDAY_PATTERN: &str = r"Christmas\s+Eve|Christmas(?:\s+Day)?|New\s+Year[’']s\s+Eve|New\s+Year[’']s(?:\s+Day)?|Thanksgiving(?:\s+Day)?|Easter(?:\s+Sunday)?|Independence\s+Day|Halloween|Boxing\s+Day|Valentine[’']s\s+Day|Black\s+Friday|Cyber\s+Monday|International\s+Workers[’']?\s+Day|(?-i:May\s+Day)|Labor\s+Day|Memorial\s+Day";

/// Whether `name` is, as a whole, a named day of the year ("Christmas",
/// "Boxing Day"); case-insensitive but for "May Day".
pub fn is_holiday(name: &str) -> bool {
    static WHOLE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(&format!(r"(?i)\A(?:{HOLIDAY_PATTERN})\z"))
            .expect("the holiday pattern compiles")
    });
    WHOLE.is_match(name)
}

/// A month or weekday name or abbreviation, lower case, with or without a
/// final period ("may", "sept.", "thurs").
pub fn calendar_word(lower: &str) -> Option<CalendarWord> {
    find(CALENDAR, lower.strip_suffix('.').unwrap_or(lower))
}

/// The month number (1–12) of a month name or abbreviation, lower case.
pub fn month_number(lower: &str) -> Option<u32> {
    calendar_word(lower)
        .filter(|c| c.kind == CalendarKind::Month)
        .map(|c| c.number)
}

/// The ISO weekday number (Monday = 1) of a weekday name or abbreviation.
pub fn weekday_number(lower: &str) -> Option<u32> {
    calendar_word(lower)
        .filter(|c| c.kind == CalendarKind::Weekday)
        .map(|c| c.number)
}

/// A number word, lower case ("twelve", "million", "third", "halves").
pub fn number_word(lower: &str) -> Option<NumberWord> {
    find(NUMBER_WORDS, lower)
}

/// Scale words besides the number words: news abbreviations ("bn",
/// "mln") and the Indian lakh and crore, with their value. Sorted. Our own
/// list (moved from the claims stage).
pub static SCALE_ABBREVIATIONS: &[(&str, f64)] = &[
    ("bln", 1e9),
    ("bn", 1e9),
    ("crore", 1e7),
    ("crores", 1e7),
    ("lakh", 1e5),
    ("lakhs", 1e5),
    ("mln", 1e6),
    ("mn", 1e6),
    ("tn", 1e12),
];

/// The value of a scale abbreviation ("bn" 1e9, "lakh" 1e5), lower case.
pub fn scale_abbreviation(lower: &str) -> Option<f64> {
    find(SCALE_ABBREVIATIONS, lower)
}

/// Vague magnitudes: plural scale words that read as a span of values
/// ("hundreds" = 200 to 999) on their own. Sorted. Our own list.
pub static MAGNITUDE_WORDS: &[&str] = &["billions", "dozens", "hundreds", "millions", "thousands"];

/// The value of a Unicode vulgar fraction ('½'). Our own list (the
/// Number Forms block's fractions that news uses).
pub fn vulgar_fraction(c: char) -> Option<f64> {
    let v = match c {
        '½' => 0.5,
        '⅓' => 1.0 / 3.0,
        '⅔' => 2.0 / 3.0,
        '¼' => 0.25,
        '¾' => 0.75,
        '⅛' => 0.125,
        '⅙' => 1.0 / 6.0,
        '⅕' => 0.2,
        '⅜' => 0.375,
        '⅝' => 0.625,
        '⅞' => 0.875,
        _ => return None,
    };
    Some(v)
}

/// Whether a quantity may start with a piece of this lower-case word: a
/// number word, a vague magnitude or a scale abbreviation, alone or as a
/// piece of a hyphenated word ("twenty-one", "hundreds-strong").
pub fn starts_quantity(lower: &str) -> bool {
    lower.split(|c: char| !c.is_alphabetic()).any(|p| {
        number_word(p).is_some()
            || MAGNITUDE_WORDS.binary_search(&p).is_ok()
            || scale_abbreviation(p).is_some()
    })
}

/// Whether a lower-case word ends in the article "a" or "an" (its last
/// alphabetic piece: "an", "x-a").
pub fn ends_in_article(lower: &str) -> bool {
    matches!(
        lower.rsplit(|c: char| !c.is_alphabetic()).next(),
        Some("a" | "an")
    )
}

/// SI prefixes written out, lower case, sorted. Our own list (the SI
/// brochure's decimal prefixes that news uses).
pub static SI_PREFIXES: &[&str] = &[
    "giga", "kilo", "mega", "micro", "milli", "nano", "peta", "tera",
];

/// IEC binary prefixes written out ("kibibyte" = 1,024 bytes), lower case,
/// sorted; they take only "bit" and "byte". Our own list (IEC 80000-13).
pub static BINARY_PREFIXES: &[&str] = &["exbi", "gibi", "kibi", "mebi", "pebi", "tebi"];

/// Units that take a written SI prefix ("gigapixel", "kilojoules"), lower
/// case singular, with their canonical spelling. Sorted. Our own list.
pub static SI_BASES: &[(&str, &str)] = &[
    ("ampere", "ampere"),
    ("bit", "bit"),
    ("byte", "byte"),
    ("calorie", "calorie"),
    ("gram", "gram"),
    ("hertz", "hertz"),
    ("joule", "joule"),
    ("liter", "litre"),
    ("litre", "litre"),
    ("meter", "metre"),
    ("metre", "metre"),
    ("pascal", "pascal"),
    ("pixel", "pixel"),
    ("tonne", "tonne"),
    ("volt", "volt"),
    ("watt", "watt"),
];

/// A unit written with an SI prefix, lower case, singular or plural
/// ("gigapixel", "kilojoules"), or a binary one ("kibibytes"): its
/// canonical singular ("gigapixel", "kibibyte").
pub fn si_unit(lower: &str) -> Option<&'static str> {
    static NAMES: LazyLock<Vec<(String, &'static str)>> = LazyLock::new(|| {
        let mut v: Vec<(String, &'static str)> = SI_PREFIXES
            .iter()
            .flat_map(|p| {
                SI_BASES.iter().map(move |(b, canon)| {
                    let name: &'static str = Box::leak(format!("{p}{canon}").into_boxed_str());
                    (format!("{p}{b}"), name)
                })
            })
            .chain(BINARY_PREFIXES.iter().flat_map(|p| {
                ["bit", "byte"].into_iter().map(move |b| {
                    let name: &'static str = Box::leak(format!("{p}{b}").into_boxed_str());
                    (name.to_string(), name)
                })
            }))
            .collect();
        v.sort();
        v
    });
    let one = lower.strip_suffix('s').unwrap_or(lower);
    NAMES
        .binary_search_by(|(k, _)| k.as_str().cmp(one))
        .ok()
        .map(|i| NAMES[i].1)
}

/// A unit or currency name after a number, exact form ("km", "MW", "euros").
pub fn unit(form: &str) -> Option<Unit> {
    find(UNITS, form)
}

/// The ISO 4217 code of a currency symbol ("$", "€").
pub fn currency_symbol(symbol: &str) -> Option<&'static str> {
    find(CURRENCY_SYMBOLS, symbol)
}

/// The currency of a "$" with a prefix ("US", "C", "HK").
pub fn dollar_prefix(prefix: &str) -> Option<&'static str> {
    find(DOLLAR_PREFIXES, prefix)
}

/// Is `code` an ISO 4217 code we read as a currency word ("USD", "EUR")?
pub fn is_iso_currency(code: &str) -> bool {
    ISO_CURRENCIES.binary_search(&code).is_ok()
}

/// A form that reads as a simple past on its own: an irregular past that
/// differs from its base and is no more often a noun ("went", "told"; not
/// "put", "ground"). Lower case.
pub fn is_plain_irregular_past(lower: &str) -> bool {
    find(IRREGULAR_PAST, lower).is_some_and(|(base, noun)| base != lower && !noun)
}

/// The function-word classes of a lower-case word (`FW_*` bits), 0 if none.
pub fn function_word(lower: &str) -> u8 {
    find(FUNCTION_WORDS, lower).unwrap_or(0)
}

/// What kind of attribution cue a word is (`cues.tsv` `class` column).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CueClass {
    /// Speech verbs: direct, partial and indirect speech.
    Speech,
    /// Cognition and evidence verbs ("believes", "found").
    Cognition,
    /// Framing verbs for partial quotes and object content ("accused").
    Frame,
    /// "according to".
    According,
}

/// What may follow a cue as its content (`cues.tsv` `complement` column).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Complement {
    /// Only a "that" clause.
    That,
    /// A clause without "that" ("said he would").
    Bare,
    /// A bare clause only when it reads as one (a finite verb): the verb
    /// also takes objects that are no speech ("added a second goal").
    Clause,
    /// The object is the content ("cited derogatory comments").
    Object,
    /// A listener, then a clause with or without "that" ("told reporters
    /// the plan is dead", "assured him it would pass"); the listener alone
    /// ("told the group") is no content.
    Recipient,
    /// Only a "to" infinitive ("plans to cut taxes"): the form is also a
    /// noun ("Republican plans") whose object would be no content.
    Infinitive,
    /// Only a topic phrase (class `topic_preposition` of `quote_lists.tsv`:
    /// "critical of the deal", "spoke about his plan"): the phrase's noun
    /// phrase is the content; the form alone ("critical infrastructure") is
    /// no cue.
    Topic,
}

/// One attribution cue.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cue {
    pub class: CueClass,
    pub complement: Complement,
}

static CUES: LazyLock<FastMap<String, Cue>> = LazyLock::new(|| {
    let mut map = FastMap::default();
    let mut lemmas = Vec::new();
    for cols in super::rows(include_str!("cues.tsv")) {
        let class = match cols.get(1).copied().unwrap_or("") {
            "speech" => CueClass::Speech,
            "cognition" => CueClass::Cognition,
            "frame" => CueClass::Frame,
            "according" => CueClass::According,
            other => panic!("cues.tsv: unknown class {other:?}"),
        };
        let complement = match cols.get(2).copied() {
            Some("bare") => Complement::Bare,
            Some("clause") => Complement::Clause,
            Some("object") => Complement::Object,
            Some("recipient") => Complement::Recipient,
            Some("infinitive") => Complement::Infinitive,
            Some("topic") => Complement::Topic,
            _ => Complement::That,
        };
        let cue = Cue { class, complement };
        if cols.get(3) == Some(&"verb") {
            lemmas.push((cols[0], cue));
        }
        map.insert(cols[0].to_string(), cue);
    }
    // A `verb` row stands for its regular forms too; a form's own row
    // (an exception: "said", or another complement) wins.
    for (lemma, cue) in lemmas {
        for form in regular_forms(lemma) {
            map.entry(form).or_insert(cue);
        }
    }
    map
});

/// The regular -s, -ed and -ing forms of an English verb lemma ("criticize"
/// -> "criticizes", "criticized", "criticizing"; "deny" -> "denies",
/// "denied"; "push" -> "pushes"). No consonant doubling ("admitted"): such
/// forms get their own rows.
pub fn regular_forms(lemma: &str) -> [String; 3] {
    let b = lemma.as_bytes();
    let vowel = |c: u8| b"aeiou".contains(&c);
    let n = b.len();
    if n > 2 && b[n - 1] == b'y' && !vowel(b[n - 2]) {
        let stem = &lemma[..n - 1];
        return [
            format!("{stem}ies"),
            format!("{stem}ied"),
            format!("{lemma}ing"),
        ];
    }
    if n > 2 && b[n - 1] == b'e' && !lemma.ends_with("ee") {
        let stem = &lemma[..n - 1];
        return [
            format!("{lemma}s"),
            format!("{lemma}d"),
            format!("{stem}ing"),
        ];
    }
    let s = if ["s", "x", "z", "ch", "sh"]
        .iter()
        .any(|e| lemma.ends_with(e))
    {
        "es"
    } else {
        "s"
    };
    [
        format!("{lemma}{s}"),
        format!("{lemma}ed"),
        format!("{lemma}ing"),
    ]
}

/// An attribution cue by its lower-case form ("said", "according to").
pub fn cue(lower: &str) -> Option<Cue> {
    CUES.get(lower).copied()
}

/// How many cue forms `cues.tsv` holds, a `verb` row's regular forms
/// included (tests).
#[cfg(test)]
pub fn cue_count() -> usize {
    CUES.len()
}

/// Every cue form, in `cues.tsv` order (sorted; tests).
#[cfg(test)]
pub fn cue_forms() -> impl Iterator<Item = &'static str> {
    super::rows(include_str!("cues.tsv")).map(|cols| cols[0])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted_unique<T>(name: &str, t: &[(&str, T)]) {
        for w in t.windows(2) {
            assert!(w[0].0 < w[1].0, "{name}: {:?} before {:?}", w[0].0, w[1].0);
        }
    }

    #[test]
    fn tables_sorted_and_unique() {
        sorted_unique("CALENDAR", CALENDAR);
        sorted_unique("NUMBER_WORDS", NUMBER_WORDS);
        sorted_unique("UNITS", UNITS);
        sorted_unique("CURRENCY_SYMBOLS", CURRENCY_SYMBOLS);
        sorted_unique("DOLLAR_PREFIXES", DOLLAR_PREFIXES);
        sorted_unique("FUNCTION_WORDS", FUNCTION_WORDS);
        sorted_unique("IRREGULAR_PAST", IRREGULAR_PAST);
        sorted_unique("SI_BASES", SI_BASES);
        sorted_unique("SCALE_ABBREVIATIONS", SCALE_ABBREVIATIONS);
        assert!(SI_PREFIXES.windows(2).all(|w| w[0] < w[1]));
        assert!(BINARY_PREFIXES.windows(2).all(|w| w[0] < w[1]));
        assert!(MAGNITUDE_WORDS.windows(2).all(|w| w[0] < w[1]));
        assert!(ISO_CURRENCIES.windows(2).all(|w| w[0] < w[1]));
        let cues: Vec<&str> = cue_forms().collect();
        assert!(
            cues.windows(2).all(|w| w[0] < w[1]),
            "cues.tsv sorted, unique"
        );
    }

    #[test]
    fn irregular_pasts() {
        for (w, base, plain) in [
            ("went", Some("go"), true),
            ("told", Some("tell"), true),
            ("put", Some("put"), false),
            ("ground", Some("grind"), false),
            ("walked", None, false),
        ] {
            assert_eq!(find(IRREGULAR_PAST, w).map(|(b, _)| b), base, "{w}");
            assert_eq!(is_plain_irregular_past(w), plain, "{w}");
        }
    }

    /// No word is read two ways by two lists.
    #[test]
    fn lists_do_not_contradict() {
        for (w, _) in CALENDAR {
            assert!(number_word(w).is_none() && unit(w).is_none(), "{w}");
        }
        for (w, n) in NUMBER_WORDS {
            // "second" is both; no other word.
            let unit_too = unit(w).is_some_and(|u| u.kind == UnitKind::Time);
            assert!(unit(w).is_none() || (unit_too && *w == "second"), "{w}");
            assert!(function_word(w) == 0 || *w == "one", "{w}");
            assert!(n.kind != NumberKind::Fraction || !w.ends_with("th"), "{w}");
        }
        for (_, code) in CURRENCY_SYMBOLS.iter().chain(DOLLAR_PREFIXES) {
            assert!(
                code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase()),
                "{code}"
            );
        }
        for (w, u) in UNITS {
            assert!(function_word(w) == 0 || matches!(*w, "m" | "t"), "{w}");
            assert!(u.kind != UnitKind::Currency || u.name.len() == 3, "{w}");
            assert!(!u.attached_only || w.len() <= 2, "{w}");
        }
        // Full month and weekday names agree with the lexicon's name lists.
        for (i, m) in super::super::MONTHS.iter().enumerate() {
            assert_eq!(month_number(m), Some(i as u32 + 1), "{m}");
        }
        for (i, d) in super::super::WEEKDAYS.iter().enumerate() {
            assert_eq!(weekday_number(d), Some(i as u32 + 1), "{d}");
        }
    }

    #[test]
    fn lookups() {
        assert_eq!(month_number("sept."), Some(9));
        assert_eq!(month_number("may"), Some(5));
        assert_eq!(weekday_number("thurs"), Some(4));
        assert_eq!(weekday_number("may"), None);
        assert_eq!(number_word("twelve").map(|n| n.value), Some(12));
        assert_eq!(
            number_word("million").map(|n| n.kind),
            Some(NumberKind::Scale)
        );
        assert_eq!(unit("km").map(|u| u.name), Some("kilometre"));
        assert_eq!(si_unit("gigapixel"), Some("gigapixel"));
        assert_eq!(si_unit("kilometers"), Some("kilometre"));
        assert_eq!(si_unit("pixel"), None);
        assert_eq!(si_unit("kibibyte"), Some("kibibyte"));
        assert_eq!(si_unit("kibimetre"), None);
        assert_eq!(unit("pence").map(|u| u.name), Some("penny"));
        assert_eq!(unit("euros").map(|u| u.name), Some("EUR"));
        assert!(unit("m").is_some_and(|u| u.attached_only));
        assert_eq!(currency_symbol("£"), Some("GBP"));
        assert_eq!(dollar_prefix("HK"), Some("HKD"));
        assert!(function_word("that") & FW_CONJUNCTION != 0);
        assert_eq!(cue("said").map(|c| c.class), Some(CueClass::Speech));
        assert_eq!(
            cue("according to").map(|c| c.class),
            Some(CueClass::According)
        );
    }
}
