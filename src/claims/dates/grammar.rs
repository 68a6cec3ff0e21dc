//! The pieces the date grammar is built from: words and numbers as regex
//! fragments (month, weekday, ordinal and cardinal day, spoken year,
//! count) and their values, plus the calendar arithmetic resolvers share
//! (weeks, months, the year of a year-less date).
//!
//! Input: matched text. Output: numbers, dates and TIMEX3 value strings.
//!
//! Digits in the patterns are ASCII (`[0-9]`, not the Unicode `\d`): the
//! values are parsed with `str::parse`, which reads ASCII digits only, and
//! the Unicode class makes every counted repetition (`\d{1,2}`, `\d{4}`) a
//! many-branch UTF-8 automaton (≈ 20 M instructions more to build the rows).
//!
//! Known limits: English words only; spoken years only "nineteen ..." and
//! "two thousand ...".

use super::Captures;

use super::Granularity;
use super::tense::Tense;
use crate::calendar::Date;

pub(super) const MONTH: &str = r"(?-u:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)";
/// A month that ends at a word boundary (an abbreviation may keep its
/// period), for rows where the month can end the match: without it "12
/// Marchers" is 12 March. `MONTH` itself has no boundary because "Dec31"
/// is a date.
pub(super) const MONTH_END: &str = r"(?-u:(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?)";
pub(super) const WEEKDAY: &str = r"(?-u:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
pub(super) const WEEKDAY_SHORT: &str = r"(?-u:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues|Tue|Wed|Thurs|Thu|Fri|Sat|Sun)\.?";
/// Weekday names and abbreviations without a trailing period, for the end
/// of a match (a word boundary cannot follow the period).
pub(super) const WEEKDAY_ABBR: &str = r"(?-u:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues|Tue|Wed|Thurs|Thu|Fri|Sat|Sun)";
/// Days of the month as cardinal words ("five", "twenty five").
pub(super) const CARD_DAY: &str = r"(?-u:(?:twenty|thirty)[-\s]+(?:one|two|three|four|five|six|seven|eight|nine)|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty)";
/// Days of the month as ordinal words ("fourth", "twenty third").
pub(super) const ORD: &str = r"(?-u:(?:twenty|thirty)[-\s]+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)";
/// "nineteen eighty six": after a bare month only this form, since
/// "January two thousand" is more often a count.
pub(super) const SPOKEN_19: &str = r"(?i-u:nineteen[-\s]+(?:ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s]+(?:one|two|three|four|five|six|seven|eight|nine))?)";
/// Years spelled out after a day and month ("nineteen eighty six", "two
/// thousand and thirty two"); alone they are too often counts.
pub(super) const SPOKEN_YEAR: &str = r"(?-u:nineteen[-\s]+(?:ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s]+(?:one|two|three|four|five|six|seven|eight|nine))?|two\s+thousand(?:(?:\s+and)?\s+(?:(?:twenty|thirty|forty|fifty)(?:[-\s]+(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))?)";
pub(super) const COUNT: &str = r"(?-u:[0-9]{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|several|a\s+few|a\s+couple\s+of|few|many)";

/// Group `i` of a match.
pub(super) fn g<'t>(c: &Captures<'t>, i: usize) -> Option<&'t str> {
    c.get(i).map(|m| m.as_str())
}

/// Group `i` of a match as a number.
pub(super) fn num(c: &Captures, i: usize) -> Option<i64> {
    g(c, i).and_then(|s| s.parse::<i64>().ok())
}

/// The month number of a month name the patterns matched ("Sept.").
pub(super) fn month_number(s: &str) -> Option<u32> {
    crate::lexicon::month_number(&s.to_lowercase())
}

/// The ISO weekday number of a weekday name the patterns matched ("Tues").
pub(super) fn weekday_number(s: &str) -> Option<u32> {
    crate::lexicon::weekday_number(&s.to_lowercase())
}

pub(super) fn count_value(s: &str) -> Option<i64> {
    let s = s.to_lowercase();
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if let Ok(n) = s.parse() {
        return Some(n);
    }
    let words = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
    ];
    if let Some(i) = words.iter().position(|w| *w == s) {
        return Some(i as i64);
    }
    match s.as_str() {
        "a" | "an" => Some(1),
        "thirty" => Some(30),
        "forty" => Some(40),
        "fifty" => Some(50),
        "sixty" => Some(60),
        "seventy" => Some(70),
        "eighty" => Some(80),
        "ninety" => Some(90),
        _ => None,
    }
}

/// A day of the month in digits ("18th", "04") or words ("eleventh",
/// "twenty third").
pub(super) fn day_value(s: &str) -> Option<u32> {
    let s = s.to_lowercase();
    if s.starts_with(|c: char| c.is_ascii_digit()) {
        let digits = s.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        return digits.parse().ok().filter(|d| (1..=31).contains(d));
    }
    let words: Vec<&str> = s
        .split(|c: char| c == '-' || c.is_whitespace())
        .filter(|w| !w.is_empty())
        .collect();
    let ord = |w: &str| {
        crate::lexicon::number_word(w)
            .filter(|n| {
                n.kind == crate::lexicon::NumberKind::Ordinal && (1..=20).contains(&n.value)
            })
            .map(|n| n.value as u32)
    };
    // Cardinals serve too ("twenty five January nineteen eighty six").
    let card = |w: &str| {
        count_value(w)
            .filter(|d| (1..10).contains(d))
            .map(|d| d as u32)
    };
    let day = match words.as_slice() {
        ["thirtieth"] => Some(30),
        [w] => ord(w).or_else(|| count_value(w).map(|d| d as u32)),
        ["twenty", w] => ord(w)
            .or_else(|| card(w))
            .filter(|d| *d < 10)
            .map(|d| 20 + d),
        ["thirty", w] => ord(w)
            .or_else(|| card(w))
            .filter(|d| *d < 2)
            .map(|d| 30 + d),
        _ => None,
    };
    day.filter(|d| (1..=31).contains(d))
}

/// A year in digits or spelled out ("nineteen eighty six", "two thousand
/// and thirty two").
pub(super) fn year_value(s: &str) -> Option<i32> {
    if let Ok(y) = s.parse() {
        return Some(y);
    }
    let s = s.to_lowercase();
    let words: Vec<&str> = s
        .split(|c: char| c == '-' || c.is_whitespace())
        .filter(|w| !w.is_empty() && *w != "and")
        .collect();
    let sum = |ws: &[&str]| -> Option<i64> {
        ws.iter()
            .try_fold(0, |acc, w| count_value(w).map(|v| acc + v))
    };
    let (base, rest) = match words.as_slice() {
        ["nineteen", rest @ ..] => (1900, rest),
        ["two", "thousand", rest @ ..] => (2000, rest),
        _ => return None,
    };
    Some(base + sum(rest)? as i32)
}

/// Is the text after a bare day ("on the 18th") free of a noun it would
/// modify ("on the 18th floor", "on the first day")?
pub(super) fn day_stands_alone(after: &str) -> bool {
    // A hyphen right after the day makes a compound ("first-half").
    if after.starts_with('-') {
        return false;
    }
    let after = after.trim_start();
    let word: String = after.chars().take_while(|c| c.is_alphabetic()).collect();
    if word.is_empty() {
        return true;
    }
    matches!(
        word.to_lowercase().as_str(),
        "and" | "or" | "at" | "with" | "for" | "to" | "until" | "but" | "in" | "from"
    )
}

/// ISO 8601 week of a date: (week-numbering year, week).
pub fn iso_week(d: Date) -> (i32, u32) {
    let thursday = d.add_days(4 - i64::from(d.weekday()));
    let jan1 = Date {
        year: thursday.year,
        month: 1,
        day: 1,
    };
    let ordinal = thursday.to_days() - jan1.to_days();
    (thursday.year, (ordinal / 7 + 1) as u32)
}

pub(super) fn week_value(d: Date) -> String {
    let (y, w) = iso_week(d);
    format!("{y:04}-W{w:02}")
}

pub(super) fn month_value(year: i32, month: u32) -> String {
    format!("{year:04}-{month:02}")
}

/// `(year, month)` moved by `n` months.
pub(super) fn add_months(year: i32, month: u32, n: i64) -> (i32, u32) {
    let idx = i64::from(year) * 12 + i64::from(month) - 1 + n;
    (idx.div_euclid(12) as i32, (idx.rem_euclid(12) + 1) as u32)
}

/// The year for a month (and day) given without one.
pub(super) fn infer_year(reference: Date, month: u32, day: Option<u32>, tense: Tense) -> i32 {
    // The nearest year, leaning on tense. Future context moves a date
    // before the reference a year on ("will meet on Jan. 5" written in
    // December). Otherwise a month seven or more months ahead is last
    // year's ("Nov. 25" written in January); nearer months stay in the
    // reference year ("November 20" written in May is usually a coming
    // date even in a sentence with a past verb). With no tense cue, a
    // month nine or more months back is next year's.
    let (y, rm) = (reference.year, reference.month);
    let ahead = i64::from(month) - i64::from(rm);
    let key = (month, day.unwrap_or(31));
    match tense {
        Tense::Future if key < (rm, reference.day) => y + 1,
        Tense::Past | Tense::None if ahead >= 7 => y - 1,
        Tense::None if ahead <= -9 => y + 1,
        _ => y,
    }
}

pub(super) fn full_date(year: i32, month: u32, day: u32) -> Option<String> {
    Date::new(year, month, day).map(|d| d.to_string())
}

pub(super) fn granularity_of(unit: &str) -> Granularity {
    match unit {
        "day" => Granularity::Day,
        "week" => Granularity::Week,
        "month" => Granularity::Month,
        "quarter" => Granularity::Quarter,
        "year" => Granularity::Year,
        "decade" => Granularity::Decade,
        _ => Granularity::Century,
    }
}
