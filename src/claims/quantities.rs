//! Quantities: numbers with units, ranges and vague magnitudes.
//!
//! Input: the text, one sentence span, and spans to leave alone (the
//! sentence's dates, found first). Output: [`Quantity`]s in text order.
//!
//! One pass over the sentence's tokens ([`super::tokens`]) tries, at each
//! token, the shape
//! `[approximator|bound] [currency] NUMBER [scale] [unit] [(to|-|and) NUMBER [scale] [unit]]`,
//! where NUMBER is digits ("600,000", "2.5") or written words ("twenty-one",
//! "a dozen", "two million"), and the unit is a currency (ISO 4217 code),
//! `percent`, a time unit ("hour", "year"), a measure ("kilometre") or the
//! counted noun ("troops", or "jobs" in "190,000 new jobs"). Vague
//! magnitudes ("hundreds of thousands") get `value: None` with `low`/`high`.
//! An explicit two-number range ("between 5 and 10", "5-10", "3 to 4
//! million", "8- to 16-meter", "3.5–4.0 TeV") has `low`/`high` as written
//! and its midpoint as `value` (the lead's decision: a range is one
//! amount for sums and comparisons, and low/high keep what the text says).
//! Vague magnitudes keep `value: None`. Bounds keep their number as `value`
//! and set one side ("more than 100": value and low 100; "up to 30": value
//! and high 30); they and approximators set `approximate`.
//!
//! Two numbers joined by "to" are two values, not a range, when their units
//! differ ("rose 76% to $1.13bn", "25% to 34,500 metric tons"), when a
//! percent or money comes before a bare number ("grew 1.4% to 86.7bn"),
//! after "from" ("fell from 157,000 to 133,000", a change), or after a verb
//! of change ("shares rose $1.64 to $47.10", "fell by 32,000 to 1.41
//! million"). A falling dashed pair is a score ("won 3-1").
//!
//! Not quantities: years ("in 2017"; dates own them), times ("2 pm",
//! "10:30"), ordinals ("21st"), numbers inside identifiers ("F-16",
//! "COVID-19", "Boeing 737", "777-200LR", "192.168.1.2", URLs), ages after
//! a name ("Smith, 45,"), and a bare "one" that counts nothing ("one of
//! them").
//!
//! Numbers also take scientific notation and powers ("1.3e6",
//! "2.48×10−5", "8x2^10", "1.1^23"), plain-space thousands ("10 000", see
//! [`super::tokens`]), accounting negatives ("($99.99)" is -99.99) and
//! written compounds with a comma or "&" ("three million, two hundred &
//! forty"). A decimal before "am"/"pm" is a time only with two-digit
//! minutes ("2.30pm"; "2.1 pm" is picometres).
//!
//! What a number counts: `counted` is the noun phrase after it, up to its
//! first plural noun ("200,000 backlogged DNA samples", "600,000 Russian
//! troops"), or after money, a percent or a measure the phrase after "of"
//! ("20% of voters"); a head naming a unit or currency is one ("86.7bn
//! Swiss francs" is CHF). Written numbers follow one grammar: cardinals,
//! scales (with lakh and crore), fractions ("three fifths", "one
//! twenty-fifth", "two thirds of a million"), parts after "and" ("one
//! million and a half"), spoken decimals ("three point five billion"),
//! "one over three", and digits mixed with words ("4 thousand 3 hundred
//! and 21"). "two or three months" is a range; "three o'clock" a time.
//!
//! An article before a unit is one of it ("a gallon of beer", "about a
//! mile", "a penny"; not a rate: "$50 a barrel"; not a time: "wait a
//! minute"). Pence and cents are units ("50 pence", "300p").
//!
//! Known limits: no compound units ("km/h" reads as kilometre); "pounds"
//! is money only from a million up or before "sterling"; "from 5 to 10"
//! reads as two values (a change, as news mostly means it) unless after
//! "ranged" or after punctuation with no word of change before it in the
//! sentence ("quite high, from 7 to 10"); a counted phrase is found only up to four words and ends at
//! a plural (a singular head counts only after "of" or after "one"); "a
//! fifth" alone, "a dozen" as a unit (it is 12), spaced signs ("- 20") and ratios
//! ("1 in 5") are not read.

use std::sync::LazyLock;

use regex::Regex;

use super::words::{
    Class::{ChangeBeforeNumbers, IrregularPlural, NotCounted, RangeVerb},
    has,
};
use crate::document::Span;
use crate::lexicon::vocab::{self, UnitKind};

/// One quantity mention.
#[derive(Clone, Debug, PartialEq)]
pub struct Quantity {
    /// The whole mention, approximator and counted noun included.
    pub span: Span,
    /// The number stated; a range's midpoint; None for vague magnitudes.
    pub value: Option<f64>,
    /// Lower bound ("at least 5", "between 5 and 10", "hundreds").
    pub low: Option<f64>,
    /// Upper bound ("up to 30", "between 5 and 10", "hundreds").
    pub high: Option<f64>,
    /// ISO 4217 code, "percent", a time unit, a measure, or the counted noun.
    pub unit: Option<String>,
    /// The noun phrase the number counts ("backlogged DNA samples" in
    /// "200,000 backlogged DNA samples", "voters" in "20% of voters").
    pub counted: Option<Span>,
    /// Under an approximator or bound ("nearly", "more than"), or vague.
    pub approximate: bool,
}

/// What a word before the number does to it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Prefix {
    /// "nearly", "about": the value is approximate.
    Approx,
    /// "more than", "at least": the value is a lower bound.
    Low,
    /// "up to", "less than": the value is an upper bound.
    High,
    /// "between X and Y".
    Between,
    /// "from X to Y".
    From,
}

/// Approximators and bounds, longest first so "at least" wins over "at".
#[rustfmt::skip]
static PREFIXES: &[(&[&str], Prefix)] = &[
    (&["in", "excess", "of"], Prefix::Low),
    (&["as", "many", "as"], Prefix::High),
    (&["as", "much", "as"], Prefix::High),
    (&["as", "few", "as"], Prefix::Approx),
    (&["an", "estimated"], Prefix::Approx),
    (&["more", "than"], Prefix::Low),
    (&["greater", "than"], Prefix::Low),
    (&["less", "than"], Prefix::High),
    (&["fewer", "than"], Prefix::High),
    (&["at", "least"], Prefix::Low),
    (&["at", "most"], Prefix::High),
    (&["up", "to"], Prefix::High),
    (&["upwards", "of"], Prefix::Low),
    (&["close", "to"], Prefix::Approx),
    (&["just", "over"], Prefix::Low),
    (&["just", "under"], Prefix::High),
    (&["well", "over"], Prefix::Low),
    (&["nearly"], Prefix::Approx),
    (&["almost"], Prefix::Approx),
    (&["about"], Prefix::Approx),
    (&["around"], Prefix::Approx),
    (&["approximately"], Prefix::Approx),
    (&["approx"], Prefix::Approx),
    (&["roughly"], Prefix::Approx),
    (&["some"], Prefix::Approx),
    (&["circa"], Prefix::Approx),
    (&["estimated"], Prefix::Approx),
    (&["over"], Prefix::Low),
    (&["above"], Prefix::Low),
    (&["under"], Prefix::High),
    (&["below"], Prefix::High),
    (&["between"], Prefix::Between),
    (&["from"], Prefix::From),
];

/// The lexicon's words of change (`checkworthy.tsv`, class `change`:
/// "increase", "cut", "reduction"), sorted for [`Parser::level_from`].
static LEXICON_CHANGE: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let mut v: Vec<&'static str> = crate::lexicon::word_classes(
        [include_str!("../lexicon/checkworthy.tsv")],
        &[("change", ())],
    )
    .map(|(w, ())| w)
    .collect();
    v.sort_unstable();
    v
});

/// A denominator word: "half", "quarter", an ordinal from "third" up
/// ("fifth", "twelfth", "hundredth"), singular or plural ("fifths"). After
/// tens ("twenty-first", "twenty-second") "first" and "second" count too;
/// alone they never do ("one second" is a time). (denominator, plural).
fn ordinal_denominator(w: &str, compound: bool) -> Option<(f64, bool)> {
    use vocab::NumberKind;
    let (n, plural) = match vocab::number_word(w) {
        Some(n) if n.kind == NumberKind::Fraction => (n, w.ends_with('s')),
        Some(n) if n.kind == NumberKind::Ordinal => (n, false),
        _ => {
            let n = vocab::number_word(w.strip_suffix('s')?)?;
            if n.kind != NumberKind::Ordinal {
                return None;
            }
            (n, true)
        }
    };
    let d = n.value as f64;
    (compound || d >= 3.0 || n.kind == NumberKind::Fraction).then_some((d, plural))
}

/// Whether a written number before a denominator counts parts of it: a
/// small count ("two thirds", "two-thirds", "three quarters"), any count
/// named in the plural ("twenty-three fifths"), or one ("one
/// twenty-fifth"). Not tens joined to an ordinal ("twenty-fifth" is a
/// position), nor a big count of halves or quarters (fiscal quarters).
fn parts_of(
    value: f64,
    total: f64,
    last: Option<Small>,
    hyphen: bool,
    plural: bool,
    d: f64,
) -> bool {
    if hyphen && last == Some(Small::Tens) {
        return false;
    }
    if total == 0.0 && value <= 12.0 {
        return true;
    }
    value.fract() == 0.0 && plural && !hyphen && d != 2.0 && d != 4.0
}

/// Words that read as numbers ("zero" to "ninety"), with their values
/// and their part in a written number (the lexicon's number words).
fn small_number(w: &str) -> Option<(f64, Small)> {
    use vocab::NumberKind;
    let n = vocab::number_word(w)?;
    let class = match n.kind {
        NumberKind::Unit => Small::Unit,
        NumberKind::Teen => Small::Teen,
        NumberKind::Tens => Small::Tens,
        _ => return None,
    };
    Some((n.value as f64, class))
}

/// Which part of a written number a word is, for what may follow it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Small {
    Unit,
    Teen,
    Tens,
}

/// Fraction words: "third", "quarters", "eighths".
fn denominator(w: &str) -> Option<f64> {
    let d = match w.trim_end_matches('s') {
        "half" | "halve" => 2,
        "third" => 3,
        "quarter" | "fourth" => 4,
        "fifth" => 5,
        "sixth" => 6,
        "seventh" => 7,
        "eighth" => 8,
        "ninth" => 9,
        "tenth" => 10,
        "hundredth" => 100,
        "thousandth" => 1000,
        _ => return None,
    };
    Some(f64::from(d))
}

fn scale_word(w: &str) -> Option<f64> {
    match vocab::number_word(w) {
        Some(n) if n.kind == vocab::NumberKind::Scale && n.value >= 1000 => Some(n.value as f64),
        _ => vocab::scale_abbreviation(w),
    }
}

/// A number read off the tokens.
#[derive(Clone, Copy, Debug)]
struct Amount {
    /// First and one-past-last token.
    from: usize,
    to: usize,
    value: f64,
    currency: Option<&'static str>,
    /// Written with digits.
    digits: bool,
    /// Digits without separators, decimals or scale ("2017", "737").
    plain: bool,
    /// The single word "one".
    lone_one: bool,
    /// A unit read off letters attached to the digits ("10kg").
    unit: Option<&'static str>,
    /// The scale word applied ("million": 1e6), else 1.
    scale: f64,
    /// A negative amount written in parentheses ("($99.99)").
    accounting: bool,
}

/// A number being read: what [`Parser::amount`]'s steps have found so far.
struct Reading {
    value: f64,
    /// The token after what was read.
    next: usize,
    /// The product of the scale words applied.
    scaled: f64,
    /// Digits without separators, decimals or scale.
    plain: bool,
    unit: Option<&'static str>,
    currency: Option<&'static str>,
}

/// The first number of a quantity and what was read around it.
struct First {
    /// Where the quantity starts (its approximator or bound, if any).
    i: usize,
    /// The first number's first token.
    start: usize,
    prefix: Option<Prefix>,
    a: Amount,
    unit: Option<UnitMatch>,
    /// The token after the number and its unit.
    end: usize,
}

/// The unit found after a number, and the token after it.
struct UnitMatch {
    unit: String,
    next: usize,
    /// Percent, currency, time or measure: not a plain counted noun.
    strong: bool,
}

struct Parser<'t> {
    text: &'t str,
    /// The document's word types, for the classes of whole-token pieces.
    vocab: &'t crate::segment::Vocab<'t>,
    toks: Vec<Token>,
    /// Each token lower-cased once (borrowed when it has no capitals):
    /// the rules ask for it many times per token.
    lowers: Vec<std::borrow::Cow<'t, str>>,
    /// Spans that belong to others (names, dates, addresses).
    exclude: super::Taken,
}

impl Parser<'_> {
    fn s(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |t| &self.text[t.span])
    }

    /// Does token `i` lie in an excluded span ("year-earlier" is a date)?
    fn blocked(&self, i: usize) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| self.exclude.overlaps(t.span))
    }

    fn lower(&self, i: usize) -> &str {
        self.lowers.get(i).map_or("", |c| c.as_ref())
    }

    fn is(&self, i: usize, kind: Kind) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == kind)
    }

    fn attached(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.attached)
    }

    fn is_dash(&self, i: usize) -> bool {
        self.is(i, Kind::Punct) && matches!(self.s(i), "-" | "–" | "—" | "−")
    }

    /// May a number (or what [`Self::quantity_at`] reads after a bound)
    /// start at token `i`? The first tokens [`Self::amount`],
    /// [`Self::magnitude`] and [`Self::article_unit_at`] accept: digits, a
    /// dash (a sign), a currency symbol or code, a dollar prefix ("US$"), a
    /// vulgar fraction, a number or scale word, a vague magnitude, "a",
    /// "an", "minus", "negative". A cheap test run once per token so the
    /// rules run only where they may match (same output).
    fn may_start(&self, i: usize) -> bool {
        let Some(t) = self.toks.get(i) else {
            return false;
        };
        let s = self.s(i);
        match t.kind {
            Kind::Number => true,
            Kind::Punct => {
                self.is_dash(i) || vocab::currency_symbol(s).is_some() || vulgar(s).is_some()
            }
            Kind::Word => {
                use crate::lexicon::Classes;
                let w = self.lower(i);
                // A whole token's classes say it without string lookups.
                let number = match t.lex {
                    Some(lex) => self
                        .vocab
                        .classes(lex)
                        .any(Classes::QUANTITY_START | Classes::ARTICLE),
                    None => {
                        matches!(w, "a" | "an")
                            || vocab::MAGNITUDE_WORDS.binary_search(&w).is_ok()
                            || vocab::number_word(w).is_some()
                            || vocab::scale_abbreviation(w).is_some()
                    }
                };
                number
                    || matches!(w, "minus" | "negative" | "tens")
                    || (s.len() == 3 && iso_code(s).is_some())
                    || (self.s(i + 1) == "$" && vocab::dollar_prefix(s).is_some())
            }
        }
    }

    /// The approximator or bound at `i`, and how many tokens it takes.
    fn prefix(&self, i: usize) -> Option<(Prefix, usize)> {
        PREFIXES.iter().find_map(|(words, p)| {
            let hit = words
                .iter()
                .enumerate()
                .all(|(k, w)| self.is(i + k, Kind::Word) && self.lower(i + k) == *w);
            hit.then_some((*p, words.len()))
        })
    }

    /// A currency sign or code at `i`: (ISO code, tokens taken).
    fn currency_prefix(&self, i: usize) -> Option<(&'static str, usize)> {
        let s = self.s(i);
        if s == "$" {
            return Some(("USD", 1));
        }
        if let Some(code) = vocab::currency_symbol(s) {
            return Some((code, 1));
        }
        if self.is(i, Kind::Word) {
            // "US$", "C$", "HK$"
            if self.s(i + 1) == "$"
                && self.attached(i + 1)
                && let Some(code) = vocab::dollar_prefix(s)
            {
                return Some((code, 2));
            }
            if let Some(code) = iso_code(s) {
                return Some((code, 1));
            }
        }
        None
    }

    /// A written number from `i` ("twenty-one", "a hundred and two",
    /// "two million"): (value, next token).
    fn words_number(&self, i: usize) -> Option<(f64, usize)> {
        if let Some(hit) = self.fraction_words(i) {
            return Some(hit);
        }
        let mut j = i;
        let mut total = 0.0;
        let mut current = 0.0;
        let mut any = false;
        let mut last: Option<Small> = None;
        let mut after_scale = false;
        let mut after_point = false;
        let mut last_scale = f64::INFINITY;
        loop {
            if !self.is(j, Kind::Word) {
                // "twenty-one": a hyphen joining tens and a unit.
                if any
                    && last == Some(Small::Tens)
                    && self.is_dash(j)
                    && self.attached(j)
                    && self.attached(j + 1)
                    && small_number(self.lower(j + 1)).is_some_and(|(_, c)| c == Small::Unit)
                {
                    j += 1;
                    continue;
                }
                // "two hundred & forty"
                if any
                    && after_scale
                    && self.s(j) == "&"
                    && small_number(self.lower(j + 1)).is_some_and(|(v, _)| v > 0.0)
                {
                    j += 1;
                    continue;
                }
                // "three million, two hundred": a comma after a scale word
                // goes on only into a smaller written part, so "two
                // million, three people" stays apart.
                if any
                    && current == 0.0
                    && self.s(j) == ","
                    && small_number(self.lower(j + 1)).is_some()
                    && (self.lower(j + 2) == "hundred"
                        || scale_word(self.lower(j + 2)).is_some_and(|x| x < last_scale))
                {
                    j += 1;
                    continue;
                }
                break;
            }
            let w = self.lower(j);
            // "three point five billion", "two hundred point zero three":
            // a spoken decimal point; only a scale word may follow.
            if w == "point"
                && any
                && !after_point
                && let Some((frac, k)) = self.decimal_words(j + 1)
            {
                current += frac;
                after_point = true;
                last = Some(Small::Teen);
                after_scale = false;
                j = k;
                continue;
            }
            if let Some((v, class)) = small_number(w) {
                let fits = matches!((last, class), (None, _) | (Some(Small::Tens), Small::Unit));
                if !fits {
                    break;
                }
                current += v;
                last = Some(class);
                any = true;
                after_scale = false;
                j += 1;
                continue;
            }
            let article = (w == "a" || w == "an") && !any;
            if article {
                let next = self.lower(j + 1);
                if next == "hundred" || next == "dozen" || scale_word(next).is_some() {
                    current = 1.0;
                    j += 1;
                    continue;
                }
                break;
            }
            if w == "hundred" && !after_point {
                current = if current == 0.0 {
                    100.0
                } else {
                    current * 100.0
                };
                any = true;
                last = None;
                after_scale = true;
                j += 1;
                continue;
            }
            if w == "dozen" || (w == "dozens" && any) {
                current = if current == 0.0 { 12.0 } else { current * 12.0 };
                any = true;
                last = None;
                after_scale = true;
                j += 1;
                continue;
            }
            if let Some(scale) = scale_word(w).filter(|_| w.len() > 3) {
                if current == 0.0 && total > 0.0 && scale > last_scale {
                    // "three lakh crore", "a thousand million"
                    total *= scale;
                    last_scale = scale;
                    j += 1;
                    continue;
                }
                total += if current == 0.0 { 1.0 } else { current } * scale;
                current = 0.0;
                last_scale = scale;
                any = true;
                last = None;
                after_scale = true;
                j += 1;
                continue;
            }
            if w == "and"
                && any
                && after_scale
                && small_number(self.lower(j + 1)).is_some_and(|(v, _)| v > 0.0)
                && self.and_fraction(j).is_none()
            {
                j += 1;
                continue;
            }
            break;
        }
        if !any {
            return None;
        }
        let (mut value, mut j) = self.parts_denominator(total, current, last, j);
        let ended_scale = if current == 0.0 && total > 0.0 {
            last_scale
        } else {
            1.0
        };
        if let Some((v, k)) = self.and_parts(value, ended_scale, j) {
            value = v;
            j = k;
        }
        Some((value, j))
    }

    /// A written number `total + current` before a denominator at `j`:
    /// "two thirds", "twenty-three fifths", "three quarters billion", "two
    /// thirds of a million" ([`parts_of`]). (value, next).
    fn parts_denominator(
        &self,
        total: f64,
        current: f64,
        last: Option<Small>,
        j: usize,
    ) -> (f64, usize) {
        let value = total + current;
        let hyphen = self.is_dash(j) && self.attached(j) && self.attached(j + 1);
        let frac_at = if hyphen { j + 1 } else { j };
        let Some((d, _, k)) = self
            .denominator_at(frac_at)
            .filter(|&(d, plural, _)| parts_of(value, total, last, hyphen, plural, d))
        else {
            return (value, j);
        };
        if let Some(scale) = scale_word(self.lower(k)) {
            (value / d * scale, k + 1)
        } else if let Some(scale) = self.of_a_scale(k) {
            (value / d * scale, k + 3) // "two thirds of a million"
        } else {
            (value / d, k)
        }
    }

    /// "half a dozen", "a quarter million", "a third of": a fraction
    /// before a scale word or "of".
    fn fraction_words(&self, i: usize) -> Option<(f64, usize)> {
        if self.lower(i) == "half" && self.lower(i + 1) == "a" && self.lower(i + 2) == "dozen" {
            return Some((6.0, i + 3));
        }
        let (d, k) = if self.lower(i) == "a" {
            (denominator(self.lower(i + 1))?, i + 2)
        } else if matches!(self.lower(i), "half" | "quarter") {
            (denominator(self.lower(i))?, i + 1)
        } else {
            return None;
        };
        if let Some(scale) = scale_word(self.lower(k)) {
            return Some((scale / d, k + 1));
        }
        // "a quarter of a million"
        if let Some(scale) = self.of_a_scale(k) {
            return Some((scale / d, k + 3));
        }
        // "half a million"
        if self.lower(i) == "half"
            && self.lower(k) == "a"
            && let Some(scale) =
                scale_word(self.lower(k + 1)).filter(|_| self.lower(k + 1).len() > 3)
        {
            return Some((scale / d, k + 2));
        }
        (self.lower(k) == "of" && self.lower(i) == "a").then_some((1.0 / d, k))
    }

    /// "of a million" at `k`: the scale (three tokens).
    fn of_a_scale(&self, k: usize) -> Option<f64> {
        let w = self.lower(k + 2);
        (self.lower(k) == "of" && self.lower(k + 1) == "a" && w.len() > 3)
            .then(|| scale_word(w))
            .flatten()
    }

    /// A denominator at `k`: "fifth", "thirds", "quarter", "hundredths",
    /// or tens and an ordinal ("twenty-fifth", "twenty firsts").
    /// (denominator, plural, next).
    fn denominator_at(&self, k: usize) -> Option<(f64, bool, usize)> {
        if let Some((tens, Small::Tens)) = small_number(self.lower(k)) {
            let m = if self.is_dash(k + 1) && self.attached(k + 1) && self.attached(k + 2) {
                k + 2
            } else {
                k + 1
            };
            let (d, plural) = ordinal_denominator(self.lower(m), true)?;
            return (d < 10.0).then_some((tens + d, plural, m + 1));
        }
        let (d, plural) = ordinal_denominator(self.lower(k), false)?;
        Some((d, plural, k + 1))
    }

    /// "and a half", "and three fifths" at `j`: (fraction, next).
    fn and_fraction(&self, j: usize) -> Option<(f64, usize)> {
        if self.lower(j) != "and" {
            return None;
        }
        let w = self.lower(j + 1);
        let n = match small_number(w) {
            Some((v, Small::Unit | Small::Teen)) if v > 0.0 => v,
            _ if w == "a" || w == "an" => 1.0,
            _ => return None,
        };
        let (d, plural, k) = self.denominator_at(j + 2)?;
        (plural == (n > 1.0) || d == 2.0 && n == 1.0).then_some((n / d, k))
    }

    /// Parts after a whole number: "two and a half", "one hundred and three
    /// quarters"; after a scale word they are parts of it ("one million and
    /// a half", "five billion and three quarters"); a scale word after
    /// them scales them ("one billion and a half million") or, with no
    /// scale before, the whole ("five and a half million"). `ended_scale`
    /// is the scale the number ended with (1 when none). (value, next).
    fn and_parts(&self, value: f64, ended_scale: f64, j: usize) -> Option<(f64, usize)> {
        let (f, k) = self.and_fraction(j)?;
        let next = self.lower(k);
        if let Some(scale) = scale_word(next).filter(|_| next.len() > 3) {
            let v = if ended_scale > 1.0 {
                value + f * scale
            } else {
                (value + f) * scale
            };
            return Some((v, k + 1));
        }
        Some((value + f * ended_scale, k))
    }

    /// The smaller unit after money or feet: "3 dollars 50 cents",
    /// "thirteen dollars and forty-five cents", "15 USD 50", "5 feet 2
    /// inches", "12 ft 2 in". Without its unit word the part must end the
    /// phrase ("one dollar and two."). (value to add, next token).
    fn minor_part(&self, a: &Amount, unit: Option<&UnitMatch>, end: usize) -> Option<(f64, usize)> {
        let money = a.currency.is_some()
            || unit.is_some_and(|u| {
                u.strong && u.unit.len() == 3 && u.unit.bytes().all(|b| b.is_ascii_uppercase())
            });
        let feet = unit.is_some_and(|u| u.unit == "foot") || a.unit == Some("foot");
        if !(money || feet) || a.value.fract() != 0.0 {
            return None;
        }
        let k = if self.lower(end) == "and" {
            end + 1
        } else {
            end
        };
        if !(self.is(k, Kind::Number) || small_number(self.lower(k)).is_some()) {
            return None;
        }
        let b = self.amount(k)?;
        if b.currency.is_some() || b.value.fract() != 0.0 || b.value <= 0.0 {
            return None;
        }
        let w = self.lower(b.to);
        let (per, named) = if money {
            (
                100.0,
                matches!(w, "cent" | "cents" | "pence" | "penny" | "p"),
            )
        } else {
            (
                12.0,
                matches!(w, "in" | "inch" | "inches") || b.unit == Some("inch"),
            )
        };
        if b.value >= per {
            return None;
        }
        if named {
            let next = if b.unit.is_some() { b.to } else { b.to + 1 };
            return Some((b.value / per, next));
        }
        (money && b.unit.is_none() && !self.is(b.to, Kind::Word) && !self.is(b.to, Kind::Number))
            .then_some((b.value / per, b.to))
    }

    /// "one over three", "2000 over 3": a spoken division, when nothing
    /// follows the divisor but punctuation. (divisor, next).
    fn over(&self, next: usize) -> Option<(f64, usize)> {
        if self.lower(next) != "over" {
            return None;
        }
        let b = self.amount(next + 1)?;
        let bare = b.currency.is_none() && b.unit.is_none() && b.value > 0.0;
        (bare && !self.is(b.to, Kind::Word)).then_some((b.value, b.to))
    }

    /// The digits after a spoken "point": single digits one by one ("point
    /// zero three" = .03, "nought"), or one written number under a hundred
    /// read as its digits ("point seventy-one" = .71). (fraction, next).
    fn decimal_words(&self, k: usize) -> Option<(f64, usize)> {
        let mut digits = String::new();
        let mut j = k;
        while let Some((v, Small::Unit)) = small_number(self.lower(j)) {
            digits.push(char::from(b'0' + v as u8));
            j += 1;
        }
        if digits.is_empty() {
            if !self.is(k, Kind::Word) {
                return None;
            }
            let (v, n) = self.words_number(k)?;
            if !(1.0..100.0).contains(&v) || v.fract() != 0.0 {
                return None;
            }
            digits = format!("{v}");
            j = n;
        }
        let frac: f64 = format!("0.{digits}").parse().ok()?;
        Some((frac, j))
    }

    /// A number at `i`, with a currency before or a scale after it.
    fn amount(&self, i: usize) -> Option<Amount> {
        let mut j = i;
        let mut currency = None;
        if let Some((code, n)) = self.currency_prefix(j) {
            currency = Some(code);
            j += n;
        }
        let mut sign = 1.0;
        // "minus 5 degrees", "negative one", "-18", "$-99.99"
        let word_sign = matches!(self.lower(j), "minus" | "negative")
            && (self.is(j + 1, Kind::Number) || small_number(self.lower(j + 1)).is_some());
        let dash_sign = self.is_dash(j)
            && self.is(j + 1, Kind::Number)
            && self.attached(j + 1)
            && (!self.attached(j) || currency.is_some());
        if word_sign || dash_sign {
            sign = -1.0;
            j += 1;
        }
        let start_num = j;
        let (value, next, digits) = self.leading_number(j, currency.is_some())?;
        let mut r = Reading {
            value,
            next,
            scaled: 1.0,
            plain: digits && !self.s(j).contains([',', '.']),
            unit: None,
            currency,
        };
        if digits {
            self.digits_tail(&mut r)?;
        }
        self.spaced_scales(&mut r, digits);
        self.smaller_parts(&mut r, digits);
        self.trailing_code(&mut r);
        let Reading {
            mut value,
            next,
            scaled,
            plain,
            unit,
            currency,
        } = r;
        let lone_one =
            !digits && sign > 0.0 && next == start_num + 1 && self.lower(start_num) == "one";
        // "($99.99)": accountants write a loss in parentheses. After
        // another amount it is a conversion ("£600m ($1.1bn)", as news
        // writes it), not a sign.
        let conversion = (2..=5).any(|k| i >= k && self.is(i - k, Kind::Number));
        let accounting = currency.is_some()
            && digits
            && sign > 0.0
            && i > 0
            && !conversion
            && self.s(i - 1) == "("
            && self.attached(i)
            && self.s(next) == ")"
            && self.attached(next);
        if accounting {
            sign = -1.0;
        }
        // 8.2 * 1e9 is 8199999999.999999 in binary: round scaled values
        // that are whole to the nearest integer.
        if value.abs() >= 1e3 && (value - value.round()).abs() < 1e-3 {
            value = value.round();
        }
        Some(Amount {
            accounting,
            scale: scaled,
            from: i,
            to: next,
            value: sign * value,
            currency,
            digits,
            plain,
            lone_one,
            unit,
        })
    }

    /// The number itself at `j`: digits with a fraction ("3/4", "2½"), a
    /// vulgar fraction, or written words. (value, next, digits).
    fn leading_number(&self, j: usize, money: bool) -> Option<(f64, usize, bool)> {
        let read = if self.is(j, Kind::Number) {
            let mut v = digits_value(self.s(j))?;
            let mut n = j + 1;
            // "1/4", "3/4 mile": a fraction with a usual denominator (not
            // "9/11" or "24/7", and not a date: those have years).
            if self.s(n) == "/"
                && self.attached(n)
                && self.is(n + 1, Kind::Number)
                && self.attached(n + 1)
                && !self.attached(n + 2)
            {
                let d: f64 = self.s(n + 1).parse().ok()?;
                // "1/40": a unit fraction with any denominator is a share
                // (a day/month pair has a day above 1 or a month below 13,
                // and "9/11" is no "1/N").
                let usual = [2.0, 3.0, 4.0, 5.0, 8.0, 10.0, 16.0, 32.0, 100.0].contains(&d);
                if (usual && v < d) || (v == 1.0 && d > 12.0 && d <= 1000.0) {
                    v /= d;
                    n += 2;
                } else {
                    return None;
                }
            }
            // "2½"
            if let Some(f) = self
                .toks
                .get(n)
                .filter(|t| t.attached)
                .and_then(|t| vulgar(&self.text[t.span]))
            {
                v += f;
                n += 1;
            }
            (v, n, true)
        } else if let Some(f) = vulgar(self.s(j)) {
            (f, j + 1, true)
        } else if !money || self.is(j, Kind::Word) {
            let (v, n) = self.words_number(j)?;
            (v, n, false)
        } else {
            return None;
        };
        Some(read)
    }

    /// After digits: a mixed fraction ("2 1/2"), scientific notation
    /// ("1.3e6"), a power ("2.48×10−5") and letters glued to the digits: a
    /// scale ("10M", "$2bn"), a currency code or a unit ("10kg"). None for
    /// an ordinal or identifier ("21st", "1990s", "2pm").
    fn digits_tail(&self, r: &mut Reading) -> Option<()> {
        // "2 1/2"
        if self.is(r.next, Kind::Number)
            && self.s(r.next + 1) == "/"
            && self.attached(r.next + 1)
            && self.is(r.next + 2, Kind::Number)
            && self.attached(r.next + 2)
        {
            let a: f64 = self.s(r.next).parse().ok()?;
            let b: f64 = self.s(r.next + 2).parse().ok()?;
            if b > a && b > 0.0 {
                r.value += a / b;
                r.next += 3;
                r.plain = false;
            }
        }
        // "1.3e6", "4e-3": scientific notation.
        if matches!(self.s(r.next), "e" | "E") && self.attached(r.next) {
            let (k, sign) = match self.s(r.next + 1) {
                "-" | "−" if self.attached(r.next + 1) => (r.next + 2, -1),
                "+" if self.attached(r.next + 1) => (r.next + 2, 1),
                _ => (r.next + 1, 1),
            };
            if self.is(k, Kind::Number)
                && self.attached(k)
                && let Ok(exp) = self.s(k).parse::<i32>()
                && exp.abs() <= 30
            {
                r.value *= 10f64.powi(sign * exp);
                r.next = k + 1;
                r.plain = false;
            }
        }
        // "2.48×10−5", "3×10^8", "8x2^10", "1.1^23": a power of ten
        // or of another base.
        if let Some((v, k)) = self.power(r.value, r.next) {
            r.value = v;
            r.next = k;
            r.plain = false;
        }
        // Letters stuck to the digits: scale ("10M", "$2bn"), r.unit
        // ("10kg"), or an ordinal/identifier that is no quantity.
        if self.is(r.next, Kind::Word) && self.attached(r.next) {
            let w = self.s(r.next);
            let scale = match w {
                // "K" and "b" stand for kelvin and bits as often as
                // for thousand and billion: only with money.
                "k" => Some(1e3),
                "K" if r.currency.is_some() => Some(1e3),
                "M" | "MM" | "mn" | "mln" | "mil" | "million" => Some(1e6),
                "m" if r.currency.is_some() || self.million_m(r.next) => Some(1e6),
                "bn" | "billion" => Some(1e9),
                "b" | "B" if r.currency.is_some() => Some(1e9),
                "T" | "tn" | "trillion" => Some(1e12),
                _ => None,
            };
            if let Some(s) = scale {
                r.value *= s;
                r.scaled *= s;
                r.next += 1;
                r.plain = false;
            } else if let Some(code) = iso_code(w).filter(|_| r.currency.is_none()) {
                r.currency = Some(code);
                r.next += 1;
            } else if let Some((name, _)) = minor_currency(w).filter(|_| {
                // "300p" is pence, "2p.m." a time.
                !(self.s(r.next + 1) == "."
                    && self.attached(r.next + 1)
                    && self.lower(r.next + 2) == "m")
            }) {
                r.unit = Some(name);
                r.next += 1;
            } else if let Some(canon) = measure(w).or_else(|| time_unit(w)) {
                r.unit = Some(canon);
                r.next += 1;
            } else if let Some(canon) = glued_unit(w) {
                // "512mb", "10KM", "5gigapixels"
                r.unit = Some(canon);
                r.next += 1;
            } else {
                // "21st", "1990s", "2pm", "06F6"
                return None;
            }
        }
        Some(())
    }

    /// Spaced scale words: "100 billion", "2.5 million", "3 dozens",
    /// "6-million".
    fn spaced_scales(&self, r: &mut Reading, digits: bool) {
        if r.unit.is_some() {
            return;
        }
        loop {
            // "6-million": a hyphen before the scale word.
            let hyphen = self.is_dash(r.next)
                && self.attached(r.next)
                && self.attached(r.next + 1)
                && self.lower(r.next + 1).len() > 3
                && scale_word(self.lower(r.next + 1)).is_some();
            if hyphen {
                r.next += 1;
            }
            let w = self.lower(r.next);
            if let Some(s) = scale_word(w) {
                if !digits && w.len() > 3 && !hyphen {
                    break; // words_number took it already
                }
                r.value *= s;
                r.scaled *= s;
                r.next += 1;
                r.plain = false;
            } else if digits && (w == "dozen" || w == "dozens") {
                r.value *= 12.0;
                r.scaled *= 12.0;
                r.next += 1;
                r.plain = false;
            } else if digits && w == "hundred" {
                r.value *= 100.0;
                r.scaled *= 100.0;
                r.next += 1;
                r.plain = false;
            } else {
                break;
            }
        }
    }

    /// Smaller parts after a scale ("4 thousand 3 hundred and 21", "3
    /// million and a quarter", "2 and a half") and a spoken division ("one
    /// over three").
    fn smaller_parts(&self, r: &mut Reading, digits: bool) {
        // "4 thousand 3 hundred and 21": a smaller part with its own
        // scale, or under a hundred after "and" (not "$180bn and 20,000").
        if r.scaled >= 100.0 && r.value.fract() == 0.0 && r.unit.is_none() {
            let and = self.lower(r.next) == "and";
            let k = if and { r.next + 1 } else { r.next };
            if (self.is(k, Kind::Number) || small_number(self.lower(k)).is_some())
                && let Some(b) = self.amount(k)
                && b.currency.is_none()
                && b.unit.is_none()
                && b.value > 0.0
                && b.value < r.scaled
                && if and { b.value < 100.0 } else { b.scale > 1.0 }
            {
                r.value += b.value;
                r.next = b.to;
            }
        }
        // "2 and a half", "3 million and a quarter"
        if digits
            && r.unit.is_none()
            && let Some((v, k)) = self.and_parts(r.value, r.scaled, r.next)
        {
            r.value = v;
            r.next = k;
            r.plain = false;
        }
        if let Some((d, k)) = self.over(r.next) {
            r.value /= d;
            r.scaled = 1.0;
            r.next = k;
            r.plain = false;
        }
    }

    /// A currency code after the number: "50 million USD", "75 USD
    /// million", "30 MUSD".
    fn trailing_code(&self, r: &mut Reading) {
        if r.currency.is_none() && self.is(r.next, Kind::Word) {
            // "50 million USD", "75 USD million", "30 MUSD"
            let w = self.s(r.next);
            let code = iso_code(w)
                .map(|c| (c, 1.0))
                .or_else(|| w.strip_prefix('M').and_then(iso_code).map(|c| (c, 1e6)));
            if let Some((code, scale)) = code {
                r.currency = Some(code);
                r.value *= scale;
                r.scaled *= scale;
                r.next += 1;
                if let Some(s) = scale_word(self.lower(r.next)) {
                    r.value *= s;
                    r.scaled *= s;
                    r.next += 1;
                }
            }
        }
    }

    /// A power after the digits at `next`: "×10−5" and "×10^8" (times a
    /// power of ten), "x2^10" (times a power of two), "^23" (the number
    /// raised). Every piece touches the one before; "3x4" (a dimension) is
    /// none. (value, next token).
    fn power(&self, value: f64, next: usize) -> Option<(f64, usize)> {
        // Divide for negative exponents: 2.48 / 1e5 is the nearest float to
        // 2.48e-5, 2.48 * 1e-5 is not.
        let times = |v: f64, base: f64, e: f64| {
            if e < 0.0 {
                v / base.powf(-e)
            } else {
                v * base.powf(e)
            }
        };
        // An exponent at `k`: signs ("-", "−", "+", "--") then digits.
        let exponent = |mut k: usize| -> Option<(f64, usize)> {
            let mut sign = 1.0;
            while self.attached(k) && matches!(self.s(k), "-" | "−" | "+") {
                if self.s(k) != "+" {
                    sign = -sign;
                }
                k += 1;
            }
            if !(self.is(k, Kind::Number) && self.attached(k)) {
                return None;
            }
            let e: f64 = self.s(k).parse().ok()?;
            (e <= 300.0).then_some((sign * e, k + 1))
        };
        if !self.attached(next) {
            return None;
        }
        if self.s(next) == "^" {
            // "1.1^23", "-2.5^-1": the minus of a negative base stays
            // outside the power (sign is applied later).
            let (e, k) = exponent(next + 1)?;
            return Some((value.powf(e), k));
        }
        if !matches!(self.s(next), "×" | "x" | "X" | "*")
            || !self.is(next + 1, Kind::Number)
            || !self.attached(next + 1)
        {
            return None;
        }
        let base: f64 = self.s(next + 1).parse().ok()?;
        let k = next + 2;
        if self.s(k) == "^" && self.attached(k) {
            let (e, end) = exponent(k + 1)?;
            return Some((times(value, base, e), end));
        }
        // "2.48×10−5": a superscript lost in copying leaves a minus sign.
        if base == 10.0 && matches!(self.s(k), "-" | "−") {
            let (e, end) = exponent(k)?;
            return Some((times(value, 10.0, e), end));
        }
        None
    }

    /// "639m euros", "12m shares": an attached "m" before money or a
    /// plural count is a million, not metres ("a 100m race").
    fn million_m(&self, m: usize) -> bool {
        let next = self.lower(m + 1);
        currency_word(next).is_some()
            || (next.len() > 3
                && next.ends_with('s')
                && measure(next).is_none()
                && time_unit(next).is_none())
    }

    /// "%", "percent", "per cent", "percentage points", "°C" at `i`
    /// (`w`: its lower case): (unit, next).
    fn percent_or_degree(&self, i: usize, w: &str) -> Option<(&'static str, usize)> {
        match (self.s(i), w) {
            ("%", _) => Some(("percent", i + 1)),
            ("°", _) => Some(match self.s(i + 1) {
                "C" => ("degree Celsius", i + 2),
                "F" => ("degree Fahrenheit", i + 2),
                _ => ("degree", i + 1),
            }),
            (_, "percentage") if self.lower(i + 1).starts_with("point") => {
                Some(("percentage points", i + 2))
            }
            (_, "percent" | "pct" | "percentage") if self.is(i, Kind::Word) => {
                Some(("percent", i + 1))
            }
            (_, "per") if self.lower(i + 1) == "cent" => Some(("percent", i + 2)),
            _ => None,
        }
    }

    /// The unit after a number, from token `i`.
    fn unit(&self, i: usize, amount: &Amount) -> Option<UnitMatch> {
        if self.blocked(i) {
            return None;
        }
        let s = self.s(i);
        let w = s.to_lowercase();
        let strong = |unit: &str, next| {
            Some(UnitMatch {
                unit: unit.to_string(),
                next,
                strong: true,
            })
        };
        if let Some((unit, next)) = self.percent_or_degree(i, &w) {
            return strong(unit, next);
        }
        if !self.is(i, Kind::Word) {
            return None;
        }
        if let Some(code) = currency_word(&w) {
            return strong(code, i + 1);
        }
        if let Some((name, glued)) = minor_currency(&w)
            && (!glued || self.attached(i))
        {
            return strong(name, i + 1); // "50 pence"
        }
        // "5 million pounds" is money; "2,204.62 pounds" is weight.
        if (w == "pounds" || w == "pound") && amount.value >= 1e6
            || (w == "pounds" && self.lower(i + 1) == "sterling")
        {
            return strong("GBP", i + 1);
        }
        if (w == "us" || w == "u") && self.lower(i + 1).starts_with("dollar") {
            return strong("USD", i + 2);
        }
        if let Some(canon) = time_unit(&w) {
            return strong(canon, i + 1);
        }
        if matches!(w.as_str(), "square" | "sq" | "cubic")
            && let Some(canon) = measure(self.lower(i + 1))
        {
            let kind = if w == "cubic" { "cubic" } else { "square" };
            return strong(&format!("{kind} {canon}"), i + 2);
        }
        if let Some(canon) = vocab::si_unit(&w) {
            return strong(canon, i + 1); // "2.5 gigapixel"
        }
        if let Some(canon) = measure(s).or_else(|| measure(&w)) {
            // Too ambiguous as a separate word ("at 5 a"): only glued to
            // the digits ("10kg", "5m").
            if vocab::unit(s).is_some_and(|u| u.attached_only) && !self.attached(i) {
                return None;
            }
            if canon == "degree" {
                match self.lower(i + 1) {
                    "celsius" | "c" => return strong("degree Celsius", i + 2),
                    "fahrenheit" | "f" => return strong("degree Fahrenheit", i + 2),
                    _ => {}
                }
            }
            return strong(canon, i + 1);
        }
        // The counted noun: one lower-case content word; money counts
        // nothing else ("$100 billion in assets").
        if amount.currency.is_some() {
            return None;
        }
        let first = s.chars().next()?;
        if first.is_uppercase() && amount.value != 1.0 {
            // "600,000 Russian troops", "four Iraqi civilians": a
            // nationality before the noun; "two Americans": the people.
            let w2 = self.lower(i + 1);
            if self.is(i + 1, Kind::Word)
                && self.s(i + 1).starts_with(|c: char| c.is_lowercase())
                && is_plural(w2)
                && !not_noun(w2)
                && !self.blocked(i + 1)
                && (s.ends_with("an")
                    || s.ends_with("ese")
                    || s.ends_with("ish")
                    || s.ends_with("i"))
            {
                return Some(UnitMatch {
                    unit: w2.to_string(),
                    next: i + 2,
                    strong: false,
                });
            }
            if s.ends_with("ans") || s.ends_with("ese") {
                return Some(UnitMatch {
                    unit: s.to_string(),
                    next: i + 1,
                    strong: false,
                });
            }
            return None;
        }
        if !first.is_lowercase() || s.chars().count() < 2 {
            return None;
        }
        // "20,000 more nurses", "two other firms"
        if matches!(
            w.as_str(),
            "more" | "extra" | "additional" | "other" | "fewer" | "further"
        ) {
            let w2 = self.lower(i + 1);
            let ok = self.is(i + 1, Kind::Word)
                && self.s(i + 1).starts_with(|c: char| c.is_lowercase())
                && is_plural(w2)
                && !not_noun(w2)
                && !self.blocked(i + 1);
            return ok.then_some(UnitMatch {
                unit: w2.to_string(),
                next: i + 2,
                strong: false,
            });
        }
        if not_noun(&w)
            || small_number(&w).is_some()
            || (w.ends_with("ly") && w != "family")
            || (w.ends_with("ed") && !w.ends_with("eed"))
            || (w.ends_with("ing") && !w.ends_with("ings"))
        {
            return None;
        }
        // "190,000 new jobs", "two legal challenges": a singular word after
        // a plural count is an adjective; the plural noun after it counts.
        if amount.value != 1.0 && !is_plural(&w) {
            let w2 = self.lower(i + 1);
            let ok = self.is(i + 1, Kind::Word)
                && self.s(i + 1).starts_with(|c: char| c.is_lowercase())
                && is_plural(w2)
                && !not_noun(w2)
                && !self.blocked(i + 1);
            if !ok {
                return None;
            }
            return Some(UnitMatch {
                unit: w2.to_string(),
                next: i + 2,
                strong: false,
            });
        }
        Some(UnitMatch {
            unit: w,
            next: i + 1,
            strong: false,
        })
    }

    /// "28-point", "four-year": a hyphenated modifier after the number.
    fn modifier(&self, i: usize) -> Option<UnitMatch> {
        if self.blocked(i + 1) || !(self.is_dash(i) && self.attached(i) && self.attached(i + 1)) {
            return None;
        }
        if !self.is(i + 1, Kind::Word) {
            return None;
        }
        let w = self.lower(i + 1);
        if let Some(canon) = time_unit(w) {
            return Some(UnitMatch {
                unit: canon.to_string(),
                next: i + 2,
                strong: true,
            });
        }
        if let Some(canon) = measure(w) {
            return Some(UnitMatch {
                unit: canon.to_string(),
                next: i + 2,
                strong: true,
            });
        }
        if w == "percent" {
            return Some(UnitMatch {
                unit: "percent".into(),
                next: i + 2,
                strong: true,
            });
        }
        if not_noun(w)
            || !w.chars().all(char::is_alphabetic)
            || denominator(w).is_some()
            || w.ends_with("ly")
        {
            return None;
        }
        Some(UnitMatch {
            unit: plural(w),
            next: i + 2,
            strong: false,
        })
    }

    /// Is the number at `a` something other than a quantity (year, time,
    /// identifier, age)?
    fn not_a_quantity(&self, a: &Amount, unit: Option<&UnitMatch>) -> bool {
        let first = a.from;
        let last = a.to - 1;
        let strong_unit = unit.is_some_and(|u| u.strong) || a.unit.is_some();
        // "three o'clock", "three pm": a clock time, written out.
        let after = self.lower(a.to);
        if matches!(after, "o'clock" | "o’clock" | "oclock")
            || (!a.digits
                && a.value <= 12.0
                && (matches!(after, "am" | "pm")
                    || (matches!(after, "a" | "p") && self.s(a.to + 1) == ".")))
        {
            return true;
        }
        if a.digits && a.currency.is_none() {
            let n = self.first_number(a);
            // Tweet ids, account and phone numbers: more digits than any
            // count in the news.
            if a.plain && self.s(n).len() > 15 {
                return true;
            }
            // A year: dates own it.
            if a.plain && self.s(n).len() == 4 && (1500.0..=2100.0).contains(&a.value) {
                let money_or_measure = strong_unit
                    && unit.is_none_or(|u| u.unit != "year" && u.unit != "percent" || u.strong);
                if !money_or_measure {
                    return true;
                }
            }
            // A time: "10:30", "2 pm", "2.17pm", "10 a.m."
            if (self.s(n + 1) == ":" && self.is(n + 2, Kind::Number))
                || (self.attached(n) && self.s(n.wrapping_sub(1)) == ":")
            {
                return true;
            }
            let next = self.lower(last + 1);
            // Clock minutes have two digits: "2.30pm" is a time, "2.1 pm"
            // and "2.123 pm" are lengths (picometres).
            let clock = self
                .s(n)
                .split_once('.')
                .is_none_or(|(_, frac)| frac.len() == 2);
            if matches!(next, "am" | "pm" | "a" | "p" | "gmt" | "utc" | "et" | "est")
                && clock
                && a.value <= 24.0
                && (next.len() == 2 || next.len() == 3 || self.s(last + 2) == ".")
                && !strong_unit
            {
                return true;
            }
            // Inside an identifier: "F-16", "COVID-19", "G7", "No. 5".
            if self.attached(n) {
                let prev = n.wrapping_sub(1);
                if self.is(prev, Kind::Word) || self.is(prev, Kind::Number) {
                    return true;
                }
                if (self.is_dash(prev) || self.s(prev) == "/")
                    && self.attached(prev)
                    && (self.is(prev - 1, Kind::Word) || self.is(prev - 1, Kind::Number))
                {
                    return true;
                }
            }
            // "192.168.1.2", "v1.2.3": dotted numbers are versions or addresses.
            let dotted = |k: usize| self.s(k) == "." && self.attached(k) && self.attached(k + 1);
            if (dotted(last + 1) && self.is(last + 2, Kind::Number))
                || (self.attached(n)
                    && dotted(n.wrapping_sub(1))
                    && self.is(n.wrapping_sub(2), Kind::Number))
            {
                return true;
            }
            if self.is_dash(last + 1)
                && self.attached(last + 1)
                && self.is(last + 2, Kind::Number)
                && self.is_dash(last + 3)
            {
                return true; // phone numbers, codes: 222-2222-22
            }
            let prev = first.wrapping_sub(1);
            if matches!(self.s(prev), "#" | "No" | "no" | "Nos")
                || self.s(prev) == "." && {
                    let pp = self.s(prev.wrapping_sub(1));
                    pp == "No" || pp == "Nos"
                }
            {
                return true;
            }
            // "Boeing 737", "Voyager 2", "Windows 10": a bare number after
            // a capitalized word that does not open the sentence.
            if a.plain
                && !strong_unit
                && unit.is_none()
                && prev > 0
                && self.is(prev, Kind::Word)
                && self.s(prev).starts_with(|c: char| c.is_uppercase())
            {
                return true;
            }
            // "Jane Smith, 45, said": an age after a name.
            if a.plain
                && unit.is_none()
                && self.s(prev) == ","
                && matches!(self.s(last + 1), "," | "." | ")" | ";" | "")
                && self
                    .s(prev.wrapping_sub(1))
                    .starts_with(|c: char| c.is_uppercase())
                && a.value < 120.0
            {
                return true;
            }
        }
        // "one of them", "no one", "the one": one counting nothing; "one
        // or two" is a range.
        a.lone_one
            && self.lower(a.to) != "or"
            && (unit.is_none_or(|u| !u.strong)
                && (unit.is_none()
                    || matches!(
                        self.lower(first.wrapping_sub(1)),
                        "no" | "the" | "any" | "every" | "each" | "which" | "that" | "this"
                    )))
    }

    fn first_number(&self, a: &Amount) -> usize {
        (a.from..a.to)
            .find(|&k| self.is(k, Kind::Number))
            .unwrap_or(a.from)
    }

    /// Vague magnitudes: "hundreds of thousands", "dozens", "millions".
    fn magnitude(&self, i: usize) -> Option<(f64, f64, usize)> {
        let w = self.lower(i);
        let base = match w {
            "dozens" => Some((24.0, 143.0)),
            "hundreds" => Some((200.0, 999.0)),
            "thousands" => Some((2e3, 9_999.0)),
            "millions" => Some((2e6, 999_999_999.0)),
            "billions" => Some((2e9, 999_999_999_999.0)),
            "tens" => None,
            _ => return None,
        };
        // "tens of thousands", "hundreds of millions"
        if (w == "tens" || w == "hundreds" || w == "dozens") && self.lower(i + 1) == "of" {
            let unit = match self.lower(i + 2) {
                "thousands" => Some(1e3),
                "millions" => Some(1e6),
                "billions" => Some(1e9),
                _ => None,
            };
            if let Some(u) = unit {
                let (lo, hi) = match w {
                    "tens" => (20.0, 99.0),
                    "dozens" => (24.0, 143.0),
                    _ => (200.0, 999.0),
                };
                return Some((lo * u, (hi + 1.0) * u - 1.0, i + 3));
            }
        }
        let (lo, hi) = base?;
        Some((lo, hi, i + 1))
    }

    /// What the number counts. After a counted noun the unit rules found:
    /// the words from the number to that noun ("Russian troops", "new
    /// jobs"; not "more" in "20,000 more nurses"). After money, a percent
    /// or a measure: the noun phrase after "of" ("20% of voters", "5,000
    /// tonnes of grain"). A duration counts nothing ("two years of war").
    fn counted(&self, u: Option<&UnitMatch>, num_end: usize, end: usize) -> Option<Span> {
        match u {
            Some(u) if !u.strong => {
                let mut from = num_end;
                if self.is_dash(from) {
                    from += 1; // "28-point"
                }
                if from + 1 < u.next
                    && matches!(
                        self.lower(from),
                        "more" | "extra" | "additional" | "other" | "fewer" | "further"
                    )
                {
                    from += 1;
                }
                (from < u.next).then(|| self.span(from, u.next))
            }
            Some(u) if time_unit(&u.unit).is_some() => None,
            _ => {
                if self.lower(end) != "of" {
                    return None;
                }
                let mut k = end + 1;
                if matches!(
                    self.lower(k),
                    "the" | "its" | "their" | "his" | "her" | "our" | "all" | "this" | "these"
                ) {
                    k += 1;
                }
                let (from, head) = self.noun_phrase(k, true)?;
                Some(self.span(from, head + 1))
            }
        }
    }

    /// A counted noun phrase from token `k`: up to four words that may
    /// stand in one ([`Self::np_word`]) ending at the first plural noun
    /// ("backlogged DNA samples"). With `singular`, a run without a plural
    /// ends at its last noun before a participle ("of the vote counted").
    /// (first token, head token).
    fn noun_phrase(&self, k: usize, singular: bool) -> Option<(usize, usize)> {
        let mut j = k;
        let mut last = None;
        for _ in 0..4 {
            if !self.np_word(j) {
                break;
            }
            let w = self.lower(j);
            if last.is_some() && singular && (w.ends_with("ed") || w.ends_with("ing")) {
                break;
            }
            // "long-range missiles": a hyphenated word goes on.
            let hyphen = self.is_dash(j + 1) && self.attached(j + 1) && self.attached(j + 2);
            if is_plural(w) && !hyphen && self.may_head(j) {
                return Some((k, j));
            }
            last = Some(j);
            j += if hyphen { 2 } else { 1 };
        }
        if singular { last.map(|h| (k, h)) } else { None }
    }

    /// The unit of a counted noun phrase at `end` ([`Self::noun_phrase`]):
    /// its head, or the currency or unit the head names ("86.7bn Swiss
    /// francs" is CHF, "two trading days" days).
    fn phrase_unit(&self, end: usize) -> Option<UnitMatch> {
        let (_, head) = self.noun_phrase(end, false)?;
        let unit = vocab::unit(self.lower(head)).filter(|u| !u.attached_only);
        Some(UnitMatch {
            unit: unit.map_or_else(|| self.noun_form(head), |u| u.name.to_string()),
            next: head + 1,
            strong: unit.is_some(),
        })
    }

    /// The unit name of a counted noun: lower case, but an abbreviation or
    /// name keeps its capitals ("MPs", "Britons"), as the one-word rules do.
    fn noun_form(&self, j: usize) -> String {
        let s = self.s(j);
        if s.chars().any(char::is_uppercase) {
            s.to_string()
        } else {
            self.lower(j).to_string()
        }
    }

    /// May the plural at `j` head a counted noun phrase: a lower-case
    /// word, an abbreviation ("MPs", "SUVs"), a people ("Britons") or a
    /// capitalized common word ("Cafes"); not a name ("Charles").
    fn may_head(&self, j: usize) -> bool {
        let s = self.s(j);
        if !s.starts_with(char::is_uppercase) {
            return true;
        }
        let stem = s.strip_suffix('s').unwrap_or(s);
        (stem.len() >= 2 && stem.chars().all(char::is_uppercase))
            || crate::lexicon::demonym(s).is_some_and(|d| d.plural)
            || crate::lexicon::common_word(self.lower(j)).is_some()
    }

    /// May token `j` stand in a counted noun phrase: a word of two letters
    /// or more that is no function word, number word or adverb, or an
    /// all-capital abbreviation ("DNA", "US" troops), outside excluded spans.
    fn np_word(&self, j: usize) -> bool {
        if !self.is(j, Kind::Word) || self.blocked(j) {
            return false;
        }
        let s = self.s(j);
        let w = self.lower(j);
        let caps = s.len() >= 2 && s.chars().all(char::is_uppercase);
        if caps {
            return true;
        }
        w.chars().count() >= 2
            && vocab::function_word(w) == 0
            && !has(w, NotCounted)
            && vocab::number_word(w).is_none()
            && scale_word(w).is_none()
            && !(w.ends_with("ly") && w != "family")
            && !w.contains(['’', '\''])
    }

    fn span(&self, from: usize, to: usize) -> Span {
        self.toks[from].span.cover(self.toks[to - 1].span)
    }

    /// Try a quantity starting at token `i`: (quantity, next token).
    fn quantity_at(&self, i: usize) -> Option<(Quantity, usize)> {
        let (prefix, start) = match self.prefix(i) {
            Some((p, n)) => (Some(p), i + n),
            None => (None, i),
        };
        // Vague magnitudes.
        if let Some(q) = self.magnitude_at(i, prefix, start) {
            return Some(q);
        }
        if let Some(q) = self.article_unit_at(i, prefix, start) {
            return Some(q);
        }
        let a = self.amount(start)?;
        let mut end = a.to;
        let mut unit: Option<UnitMatch> = None;
        if let Some(u) = a.unit {
            unit = Some(UnitMatch {
                unit: u.to_string(),
                next: end,
                strong: true,
            });
        } else if let Some(m) = self.modifier(end).filter(|m| m.strong || !a.lone_one) {
            // "28-point", "four-year"; not "one-way"
            end = m.next;
            unit = Some(m);
        } else if let Some(u) = self.unit(end, &a) {
            end = u.next;
            unit = Some(u);
        }
        if self.not_a_quantity(&a, unit.as_ref()) {
            return None;
        }
        // "200,000 backlogged DNA samples": a counted noun behind words the
        // one-word rules stop at (a participle, an abbreviation).
        if unit.is_none()
            && a.currency.is_none()
            && let Some(u) = self.phrase_unit(end)
        {
            end = u.next;
            unit = Some(u);
        }
        let mut a = a;
        if let Some((part, k)) = self.minor_part(&a, unit.as_ref(), end) {
            a.value += part;
            a.to = k;
            end = k;
        }
        // A range: "5-10", "5 to 10", "between 5 and 10", "44 mg to 50 mg".
        let joiner = |k: usize| match prefix {
            // "between 44 mg to 50 mg": loose writing, the same range.
            Some(Prefix::Between) => self.lower(k) == "and" || self.lower(k) == "to",
            // "two or three months": two counts with no unit between are
            // a range of the unit after the second; money is alternatives
            // ("worth £250 or £500").
            _ if self.lower(k) == "or" => unit.is_none() && a.currency.is_none(),
            _ => {
                self.lower(k) == "to"
                    || (self.is_dash(k)
                        && a.digits
                        && (self.is(k + 1, Kind::Number) || self.currency_prefix(k + 1).is_some()))
            }
        };
        // "from X to Y" in news is a change ("fell from 157,000 to
        // 133,000", "raise the pension age from 60 to 65"): two values, no
        // range; after "ranged" it is a range, in either order ("ranged
        // from -18 °C to -34 °C").
        let ranged = prefix == Some(Prefix::From) && has(self.lower(i.wrapping_sub(1)), RangeVerb);
        let level = prefix == Some(Prefix::From) && !ranged && self.level_from(i);
        let range_at = if prefix == Some(Prefix::From) && !ranged && !level {
            None
        } else if self.is_dash(a.to) && self.attached(a.to) && self.lower(a.to + 1) == "to" {
            Some(a.to + 1) // "8- to 16-meter"
        } else if joiner(a.to) {
            Some(a.to)
        } else if unit.as_ref().is_some_and(|u| u.strong)
            && joiner(end)
            && (!self.is_dash(end) || self.attached(end))
        {
            // "44 mg to 50 mg"; not "rose 15 cents - 1.1% -" (an aside).
            Some(end)
        } else {
            None
        };
        if let Some(range_at) = range_at
            && let Some(b) = self.amount(range_at + 1)
            && (b.digits == a.digits || b.currency.is_some())
            && !(b.plain && self.s(b.from).len() == 4 && (1500.0..=2100.0).contains(&b.value))
        {
            return self.range_or_pair(
                First {
                    i,
                    start,
                    prefix,
                    a,
                    unit,
                    end,
                },
                range_at,
                ranged,
                b,
            );
        }
        // "777-200LR": a dashed pair that is no range is a model name.
        if self.is_dash(a.to)
            && self.attached(a.to)
            && self.attached(a.to + 1)
            && self.is(a.to + 1, Kind::Number)
        {
            return None;
        }
        if matches!(prefix, Some(Prefix::Between)) {
            // "between 5 people": no range; read the number alone.
            return self.quantity_plain(start, a, unit, end, None);
        }
        let prefix = prefix.filter(|p| *p != Prefix::From);
        let from = if prefix.is_some() { i } else { start };
        self.quantity_plain(from, a, unit, end, prefix)
    }

    /// "a gallon of beer", "about a mile", "A kibibyte is", "a penny",
    /// "half a mile": an article before a unit of measure or money is one
    /// of it (a half after "half"). Not a rate after an amount ("$50 a
    /// barrel", "38 dollars a barrel"), not a unit that modifies the word
    /// after it ("a pound coin", "a mile-long queue"), not a time unit ("a
    /// second", "wait a minute", "once a year"), not an abbreviation or a
    /// word under four letters ("a yen for"), and not the units that news
    /// mostly uses otherwise: "a degree" (of study, "a degree of"), "a
    /// yard" (a courtyard), "a pound" but before "of" (money or weight?).
    fn article_unit_at(
        &self,
        i: usize,
        prefix: Option<Prefix>,
        start: usize,
    ) -> Option<(Quantity, usize)> {
        let k = start + 1;
        if !matches!(self.lower(start), "a" | "an")
            || !self.is(k, Kind::Word)
            || self.blocked(k)
            || !self.s(k).chars().skip(1).all(char::is_lowercase)
        {
            return None;
        }
        let w = self.lower(k);
        let unit = match vocab::unit(w) {
            Some(u) if u.attached_only || u.kind == UnitKind::Time => None,
            Some(u) => Some(u.name),
            None => vocab::si_unit(w),
        }?;
        if w.len() < 4
            || matches!(unit, "degree" | "yard")
            || (unit == "pound" && self.lower(k + 1) != "of")
        {
            return None;
        }
        let prev = i.wrapping_sub(1);
        let rate = self.is(prev, Kind::Number)
            || self.s(prev) == "%"
            || scale_word(self.lower(prev)).is_some()
            || vocab::unit(self.lower(prev)).is_some();
        let modifies = (self.is(k + 1, Kind::Word)
            && self.s(k + 1).starts_with(char::is_lowercase)
            && !not_noun(self.lower(k + 1)))
            || (self.is_dash(k + 1) && self.attached(k + 1));
        if rate || modifies {
            return None;
        }
        let end = k + 1;
        let u = UnitMatch {
            unit: unit.to_string(),
            next: end,
            strong: true,
        };
        let counted = self.counted(Some(&u), end, end);
        let prefix = prefix.filter(|p| matches!(p, Prefix::Approx | Prefix::Low | Prefix::High));
        let half = prefix.is_none() && self.lower(prev) == "half";
        let value = if half { 0.5 } else { 1.0 };
        let from = if prefix.is_some() {
            i
        } else if half {
            prev
        } else {
            start
        };
        let (low, high) = match prefix {
            Some(Prefix::Low) => (Some(value), None),
            Some(Prefix::High) => (None, Some(value)),
            _ => (None, None),
        };
        Some((
            Quantity {
                span: self.span(from, end),
                value: Some(value),
                low,
                high,
                unit: Some(u.unit),
                counted,
                approximate: prefix.is_some(),
            },
            end,
        ))
    }

    /// Is the "from" at `i` a range's ("zones are quite high, from 7 to
    /// 10") rather than a change's ("fell from 157,000 to 133,000", "raise
    /// the pension age from 60 to 65")? It opens the sentence or follows
    /// punctuation, and no word of change comes before it in the sentence
    /// ([`Self::change_before`]: "upped its target for the share price,
    /// from £35 to £36.20").
    fn level_from(&self, i: usize) -> bool {
        let after_punct = i == 0
            || (self.is(i - 1, Kind::Punct)
                && matches!(self.s(i - 1), "," | ":" | ";" | "(" | "–" | "—"));
        after_punct && !self.change_before(i)
    }

    /// Does a word of change come before token `i` in the sentence
    /// (the `change_before_numbers` class but "by", and the lexicon's change words)?
    fn change_before(&self, i: usize) -> bool {
        (0..i).any(|j| {
            let w = self.lower(j);
            (w != "by" && has(w, ChangeBeforeNumbers)) || LEXICON_CHANGE.binary_search(&w).is_ok()
        })
    }

    /// A vague magnitude at `start` ("hundreds of thousands of people"),
    /// the quantity starting at `i` (its approximator).
    fn magnitude_at(
        &self,
        i: usize,
        prefix: Option<Prefix>,
        start: usize,
    ) -> Option<(Quantity, usize)> {
        let (low, high, next) = self.magnitude(start)?;
        let mut end = next;
        let mut unit = None;
        let mut counted = None;
        if self.lower(end) == "of"
            && let Some(u) = self.unit(end + 1, &dummy_amount())
            && !u.strong
        {
            counted = self.counted(Some(&u), end + 1, u.next);
            unit = Some(u.unit);
            end = u.next;
        }
        let from = if prefix.is_some() { i } else { start };
        Some((
            Quantity {
                span: self.span(from, end),
                value: None,
                low: Some(low),
                high: Some(high),
                unit,
                counted,
                approximate: true,
            },
            end,
        ))
    }

    /// The quantity of a number `a` and a second number `b` after the
    /// joiner at `range_at`: a range, two values (the first returned), or
    /// none (a score "won 3-1"). `ranged`: after "ranged from".
    fn range_or_pair(
        &self,
        first: First,
        range_at: usize,
        ranged: bool,
        b: Amount,
    ) -> Option<(Quantity, usize)> {
        let First {
            i,
            start,
            prefix,
            a,
            unit,
            end,
        } = first;
        let dashed = self.is_dash(range_at);
        let mut rend = b.to;
        let mut runit = unit.as_ref().map(|u| u.unit.clone());
        let mut b_strong: Option<String> = b.currency.map(str::to_string);
        let mut counted = None;
        if let Some(u) = b.unit {
            runit = Some(u.to_string());
            b_strong = runit.clone();
            counted = self.counted(None, b.to, rend);
        } else if let Some(u) = self
            .modifier(rend)
            .or_else(|| self.unit(rend, &b))
            .or_else(|| self.phrase_unit(rend).filter(|_| b.currency.is_none()))
        {
            counted = self.counted(Some(&u), b.to, u.next);
            rend = u.next;
            // "25% to 34,500 metric tons": a counted noun after the
            // second number differs from a percent or currency before
            // it as much as another unit does.
            if b_strong.is_none() {
                b_strong = Some(u.unit.clone());
            }
            runit = Some(u.unit);
        }
        // "won 3-1", "a 2-1 vote": a falling dashed pair is a score;
        // "won 64 percent to 56 percent": a falling pair is two values.
        if dashed && b.value <= a.value {
            return None;
        }
        // "ranged from" reads two values as plain ones without "from".
        let plain = prefix.filter(|p| *p != Prefix::From);
        let plain_from = if plain.is_some() { i } else { start };
        if b.value < a.value && !ranged {
            return self.quantity_plain(plain_from, a, unit, end, plain);
        }
        // "rose 76% to $1.13bn": different units are two values.
        let a_strong = a
            .currency
            .map(str::to_string)
            .or_else(|| unit.as_ref().filter(|u| u.strong).map(|u| u.unit.clone()));
        // "rose 1.4% to 86.7bn": a percent or money before a bare
        // number is a change and a level, as is any pair after a verb
        // of change ("shares rose $1.64 to $47.10", "fell by 32,000 to
        // 1.41 million"): two values, never a range.
        let b_bare = b_strong.is_none() && b.unit.is_none();
        // Two amounts with units shortly after a verb of change are a
        // change too ("up more than 6%, or 16.75 pence to 293.5p"); not
        // after a noun ("growth ... a forecast of 3% to 3.5%").
        let unit_between = range_at == end && end > a.to;
        let verb_near = (i.saturating_sub(8)..i).any(|j| {
            let w = self.lower(j);
            w != "by" && has(w, ChangeBeforeNumbers)
        });
        let change = prefix != Some(Prefix::Between)
            && (has(self.lower(i.wrapping_sub(1)), ChangeBeforeNumbers)
                || (unit_between && verb_near));
        if a_strong.as_ref().is_some_and(|_| b_bare)
            || change
            || matches!((&a_strong, &b_strong), (Some(x), Some(y)) if x != y)
        {
            return self.quantity_plain(plain_from, a, unit, end, plain);
        }
        // "from 3 to 4 million": the scale of the second applies to both.
        let (mut lo, hi) = (a.value, b.value);
        // Not when the first is already as big ("11,000 to 1.41
        // million" is no 11 billion).
        // A written second number carries its scale inside ("six or
        // seven million"): its last word.
        let b_scale = b.scale.max(scale_word(self.lower(b.to - 1)).unwrap_or(1.0));
        if a.scale == 1.0
            && (a.digits || a.value < 1e3)
            && b_scale >= 1e3
            && a.to == range_at
            && a.value * b_scale <= 10.0 * b.value
        {
            lo *= b_scale;
            if lo.abs() >= 1e3 && (lo - lo.round()).abs() < 1e-3 {
                lo = lo.round();
            }
        }
        let currency = b.currency.or(a.currency);
        let unit = currency.map(str::to_string).or(runit);
        let from = if prefix.is_some() { i } else { start };
        // The lead's decision: a range's value is its midpoint, with
        // the stated ends kept in low/high.
        Some((
            Quantity {
                span: self.span(from, rend),
                value: Some(midpoint(lo, hi)),
                low: Some(lo.min(hi)),
                high: Some(hi.max(lo)),
                unit,
                counted: counted.or_else(|| self.counted(None, b.to, rend)),
                approximate: matches!(prefix, Some(Prefix::Approx)),
            },
            rend,
        ))
    }

    fn quantity_plain(
        &self,
        from: usize,
        a: Amount,
        unit: Option<UnitMatch>,
        end: usize,
        prefix: Option<Prefix>,
    ) -> Option<(Quantity, usize)> {
        let counted = self.counted(unit.as_ref(), a.to, end);
        let unit = a.currency.map(str::to_string).or(unit.map(|u| u.unit));
        // "($99.99)": the parentheses carry the sign, so the span keeps them.
        let (from, end) = if a.accounting && from == a.from && end == a.to {
            (from - 1, end + 1)
        } else {
            (from, end)
        };
        let (low, high) = match prefix {
            Some(Prefix::Low) => (Some(a.value), None),
            Some(Prefix::High) => (None, Some(a.value)),
            _ => (None, None),
        };
        Some((
            Quantity {
                span: self.span(from, end),
                value: Some(a.value),
                low,
                high,
                unit,
                counted,
                approximate: prefix.is_some(),
            },
            end,
        ))
    }
}

/// The value of a digit token: thousands commas and spaces dropped
/// ("600,000", "10 000"), a decimal point; European grouping with points
/// ("1.234.567", joined by [`join_european`]) and a decimal comma after it
/// ("1.111,11").
fn digits_value(s: &str) -> Option<f64> {
    let clean: String = s
        .chars()
        .filter(|c| c.is_ascii_digit() || matches!(c, '.' | ','))
        .collect();
    let european = clean.matches('.').count() >= 2
        || clean
            .find('.')
            .zip(clean.find(','))
            .is_some_and(|(p, c)| p < c);
    let mut raw = if european {
        clean.replace('.', "").replace(',', ".")
    } else {
        clean.replace(',', "")
    };
    if raw.starts_with('.') {
        raw.insert(0, '0');
    }
    raw.parse().ok()
}

/// The middle of a range, rounded where binary floats leave a tail
/// ((3.5 + 4.0) / 2 is exact, (1.1e6 + 1.5e6) / 2 is not quite).
fn midpoint(lo: f64, hi: f64) -> f64 {
    let m = (lo + hi) / 2.0;
    let r = (m * 1e6).round() / 1e6;
    if (m - r).abs() < 1e-9 * m.abs().max(1.0) {
        r
    } else {
        m
    }
}

/// An amount for unit lookups where none was read (after "hundreds of").
fn dummy_amount() -> Amount {
    Amount {
        from: 0,
        to: 0,
        value: 0.0,
        currency: None,
        digits: false,
        plain: false,
        lone_one: false,
        unit: None,
        scale: 1.0,
        accounting: false,
    }
}

/// Words that never are the counted noun: the stage's own list and the
/// lexicon's function words ("one ourselves" counts nothing).
fn not_noun(w: &str) -> bool {
    has(w, NotCounted) || vocab::function_word(w) != 0
}

/// Plural nouns: "-s" words and the common irregular ones.
fn is_plural(w: &str) -> bool {
    (w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is"))
        || has(w, IrregularPlural)
}

/// Unicode vulgar fractions ("½"), from the lexicon.
fn vulgar(s: &str) -> Option<f64> {
    let mut cs = s.chars();
    let c = cs.next()?;
    cs.next()
        .is_none()
        .then(|| vocab::vulgar_fraction(c))
        .flatten()
}

/// A unit glued to digits in another case than listed ("512mb", "10KM"),
/// or with an SI prefix ("5gigapixels"). Single letters stay exact ("5m"
/// is no "5M").
fn glued_unit(w: &str) -> Option<&'static str> {
    vocab::UNITS
        .iter()
        .find(|(u, x)| x.kind == UnitKind::Measure && u.len() >= 2 && u.eq_ignore_ascii_case(w))
        .map(|(_, x)| x.name)
        .or_else(|| vocab::si_unit(&w.to_lowercase()))
}

/// A unit of measure, exact form ("km", "MW", "kilometres"): its name.
fn measure(form: &str) -> Option<&'static str> {
    vocab::unit(form)
        .filter(|u| u.kind == UnitKind::Measure)
        .map(|u| u.name)
}

/// A time unit ("hours", "yr"): its singular name.
fn time_unit(form: &str) -> Option<&'static str> {
    vocab::unit(form)
        .filter(|u| u.kind == UnitKind::Time)
        .map(|u| u.name)
}

/// A currency named after the number ("euros", "sterling"): ISO 4217.
fn currency_word(form: &str) -> Option<&'static str> {
    vocab::unit(form)
        .filter(|u| u.kind == UnitKind::Currency)
        .map(|u| u.name)
}

/// A currency's hundredth ("pence", "cents", "p"): its name and whether
/// it reads only glued to the digits ("300p").
fn minor_currency(form: &str) -> Option<(&'static str, bool)> {
    vocab::unit(form)
        .filter(|u| u.kind == UnitKind::Minor)
        .map(|u| (u.name, u.attached_only))
}

/// An ISO 4217 code written as a word ("USD").
fn iso_code(w: &str) -> Option<&'static str> {
    let codes = vocab::ISO_CURRENCIES;
    codes.binary_search(&w).ok().map(|i| codes[i])
}

/// A naive plural for the noun of a hyphenated modifier ("28-point" counts
/// points).
fn plural(w: &str) -> String {
    if w.ends_with('s') || w.ends_with("sh") || w.ends_with("ch") || w.ends_with('x') {
        format!("{w}es")
    } else if w.ends_with('y') && !w.ends_with("ay") && !w.ends_with("ey") && !w.ends_with("oy") {
        format!("{}ies", &w[..w.len() - 1])
    } else {
        format!("{w}s")
    }
}

/// What a token is, for the quantity rules.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Word,
    Number,
    Punct,
}

/// The quantity rules' view of one token: a piece of a shared token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Token {
    span: Span,
    kind: Kind,
    /// No white space between this token and the one before.
    attached: bool,
    /// The shared token's word type when this piece is the whole token
    /// (most words): its lexeme classes answer lookups without strings.
    lex: Option<crate::segment::Lex>,
}

/// A number that may take a space-grouped group of three digits next.
#[derive(Clone, Copy)]
struct Lead {
    /// The first thousands separator used, if any.
    sep: Option<char>,
    /// One to three digits before the first separator.
    small: bool,
    /// Digits glued to letters before them ("i7").
    glued: bool,
}

impl Lead {
    /// May `sep` join the next three-digit group to this number?
    fn takes(self, sep: char) -> bool {
        if sep == ' ' {
            // A plain space never mixes with another separator ("5
            // 100,000"), nor follows letters ("i7 860"), nor a four-digit
            // lead ("in 2017 300 people").
            matches!(self.sep, None | Some(' '))
                && !self.glued
                && (self.sep.is_some() || self.small)
        } else {
            self.sep != Some(' ')
        }
    }
}

/// The sentence's shared tokens ([`crate::segment::Token`]) cut into the
/// pieces the rules read: "10kg" = "10" + "kg", "twenty-one" = "twenty" +
/// "-" + "one" ([`crate::segment::tokens::pieces`]). The pieces are cut
/// from each run of touching tokens as a whole, so that a number the
/// shared layer splits at a hyphen keeps its own reading ("1,050-1,125",
/// "6-6.5%", "near-400,000") and a possessive stays on its word
/// ("Russia’s", as the unit and noun rules want it). Thousands grouped
/// with a space join into one number ("10 000", "1 234 567", "40 000" with
/// U+202F) by the rules of [`Lead::takes`]; a group that is part of a
/// longer number ("1 000.5", "5 100,000", "10 737-800") stays apart.
fn claim_tokens(text: &str, shared: &[crate::segment::Token]) -> Vec<Token> {
    use crate::segment::tokens::{PieceKind, pieces};
    let mut out: Vec<Token> = Vec::with_capacity(shared.len() + shared.len() / 4);
    let mut lead: Option<Lead> = None;
    let mut k = 0;
    while k < shared.len() {
        let mut end = k + 1;
        while shared.get(end).is_some_and(|t| t.attached) {
            end += 1;
        }
        let run = Span::new(text, shared[k].span.start(), shared[end - 1].span.end());
        let mut m = k;
        k = end;
        for (j, (span, kind)) in pieces(text, run).enumerate() {
            let piece = &text[span];
            // A three-digit group, and no start of a range or fraction
            // ("10 737-800 planes").
            let rest = &text.as_bytes()[span.end()..];
            // A last group may carry decimals once the number has a group
            // ("1 234 567.89"); a first may not ("1 000.5").
            let (digits, decimals) = piece.split_once('.').unwrap_or((piece, ""));
            let group = j == 0
                && digits.len() == 3
                && piece.bytes().all(|b| b.is_ascii_digit() || b == b'.')
                && !(rest.first().is_some_and(|b| b"/-".contains(b))
                    && rest.get(1).is_some_and(u8::is_ascii_digit));
            if group
                && let Some(l) = lead
                && let Some(last) = out.last_mut()
                && let Some(sep) = group_space(&text[last.span.end()..span.start()])
                && l.takes(sep)
                && (decimals.is_empty() || l.sep == Some(sep))
            {
                last.span = Span::new(text, last.span.start(), span.end());
                last.lex = None;
                lead = decimals.is_empty().then_some(Lead {
                    sep: l.sep.or(Some(sep)),
                    ..l
                });
                continue;
            }
            let kind = match kind {
                PieceKind::Letters => Kind::Word,
                PieceKind::Number => Kind::Number,
                PieceKind::Punct => Kind::Punct,
            };
            lead = (kind == Kind::Number && !piece.contains('.')).then(|| Lead {
                sep: piece.contains(',').then_some(','),
                small: piece.split(',').next().is_some_and(|d| d.len() <= 3),
                glued: j > 0
                    && text[..span.start()]
                        .chars()
                        .next_back()
                        .is_some_and(char::is_alphanumeric),
            });
            // The piece is a whole shared token (pieces and tokens advance
            // together within the run).
            while shared[m].span.end() <= span.start() {
                m += 1;
            }
            let lex = (shared[m].span == span).then_some(shared[m].lex);
            out.push(Token {
                span,
                kind,
                lex,
                attached: j > 0,
            });
        }
    }
    out
}

/// "1.234.567", "1.111,11": European grouping with points (and a decimal
/// comma), which the shared pieces cut at the second point, joined into
/// one number token. One point and three digits alone ("1.234") stays a
/// decimal, as English writes it.
fn join_european(text: &str, toks: &mut Vec<Token>) {
    let digits =
        |t: &Token| t.kind == Kind::Number && text[t.span].bytes().all(|b| b.is_ascii_digit());
    let lead = |t: &Token| {
        t.kind == Kind::Number
            && text[t.span].split_once('.').is_some_and(|(a, b)| {
                (1..=3).contains(&a.len())
                    && b.len() == 3
                    && a.bytes().chain(b.bytes()).all(|c| c.is_ascii_digit())
            })
    };
    let punct = |k: usize, p: &str| {
        toks.get(k)
            .is_some_and(|t| t.attached && &text[t.span] == p)
            && toks.get(k + 1).is_some_and(|t| t.attached && digits(t))
    };
    let mut out = Vec::with_capacity(toks.len());
    let mut i = 0;
    while i < toks.len() {
        let t = toks[i];
        let mut end = i + 1;
        if lead(&t) {
            while punct(end, ".") && text[toks[end + 1].span].len() == 3 {
                end += 2;
            }
            if punct(end, ",") && text[toks[end + 1].span].len() != 3 {
                end += 2;
            }
        }
        // "12,34,567.89", "1,00,000": Indian grouping (lakh, crore), which
        // the shared pieces cut after the first group of two.
        let two = |k: usize| {
            toks.get(k)
                .is_some_and(|t| digits(t) && text[t.span].len() == 2)
        };
        let indian_tail = |k: usize| {
            toks.get(k).is_some_and(|t| {
                let s = &text[t.span];
                let int = s.split_once('.').map_or(s, |(a, _)| a);
                t.attached && t.kind == Kind::Number && int.len() == 6 && int.as_bytes()[2] == b','
            })
        };
        if end == i + 1 && digits(&t) && text[t.span].len() <= 2 {
            let mut k = i + 1;
            while punct(k, ",") && two(k + 1) {
                k += 2;
            }
            if toks
                .get(k)
                .is_some_and(|c| c.attached && &text[c.span] == ",")
                && indian_tail(k + 1)
            {
                end = k + 2;
            }
        }
        let mut m = t;
        m.span = Span::new(text, t.span.start(), toks[end - 1].span.end());
        if end > i + 1 {
            m.lex = None;
        }
        out.push(m);
        i = end;
    }
    *toks = out;
}

/// The separator of a one-character gap between two digit groups ("10
/// 000", or with a no-break or thin space), if it is one.
fn group_space(gap: &str) -> Option<char> {
    let mut cs = gap.chars();
    let c = cs.next()?;
    (cs.next().is_none() && matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}')).then_some(c)
}

/// Web and mail addresses: their digits are no quantities.
static ADDRESS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:https?://|www\.)\S+|\S+@\S+\.\w+").expect("address regex compiles")
});

/// Could the sentence with shared tokens `words` hold a quantity? Every
/// quantity [`find`] reads starts with digits (the token's shape), a word
/// of class [`Classes::QUANTITY_START`] (a number word, a vague magnitude,
/// a scale abbreviation, a vulgar fraction, or such a piece of a hyphenated
/// word: "twenty-one"), or an article ([`Classes::ARTICLE`]) before a
/// unit, currency, scale or fraction word ("a gallon", "a kibibyte", "a
/// lakh", "a halve of"); a sentence with none of them holds none, and the
/// claims stage skips [`find`] there (output unchanged; most news
/// sentences have no number). The classes are computed once per word type;
/// string lookups run only on the word after an article.
///
/// [`Classes::QUANTITY_START`]: crate::lexicon::Classes::QUANTITY_START
/// [`Classes::ARTICLE`]: crate::lexicon::Classes::ARTICLE
pub fn may_hold(tokens: &crate::segment::Tokens, words: &[crate::segment::Token]) -> bool {
    use crate::lexicon::Classes;
    use crate::segment::tokens::Shape;
    let mut after_article = false;
    for &t in words {
        let lx = tokens.lexeme(t);
        match lx.shape {
            Shape::Digits => return true,
            Shape::Mixed if lx.orth.bytes().any(|b| b.is_ascii_digit()) => return true,
            _ => {}
        }
        if lx.classes.any(Classes::QUANTITY_START) {
            return true;
        }
        if after_article {
            // "a gallon", "a kibibyte", "a lakh", "a halve of"; the first
            // piece of "mile-long" follows the article too.
            let lower = tokens.lower(t);
            let first = lower
                .split(|c: char| !c.is_alphabetic())
                .next()
                .unwrap_or("");
            if vocab::unit(first).is_some()
                || vocab::si_unit(first).is_some()
                || scale_word(first).is_some()
                || denominator(first).is_some()
            {
                return true;
            }
        }
        after_article = lx.classes.any(Classes::ARTICLE);
    }
    false
}

/// The quantities of one sentence (`span`, with its shared tokens
/// `words`), skipping any that overlap `exclude`.
pub fn find<'t>(
    text: &'t str,
    span: Span,
    tokens: &'t crate::segment::Tokens<'_>,
    words: &[crate::segment::Token],
    exclude: &[Span],
) -> Vec<Quantity> {
    let base = span.start();
    let mut exclude: Vec<Span> = exclude
        .iter()
        .copied()
        .filter(|e| e.overlaps(span))
        .collect();
    exclude.extend(
        ADDRESS
            .find_iter(&text[span])
            .map(|m| Span::new(text, base + m.start(), base + m.end())),
    );
    let mut toks = claim_tokens(text, words);
    join_european(text, &mut toks);
    let lowers = toks
        .iter()
        .map(|t| {
            let w = &text[t.span];
            if let Some(lex) = t.lex {
                std::borrow::Cow::Borrowed(tokens.vocab.lower(lex))
            } else if w.chars().any(char::is_uppercase) {
                std::borrow::Cow::Owned(w.to_lowercase())
            } else {
                std::borrow::Cow::Borrowed(w)
            }
        })
        .collect();
    let p = Parser {
        text,
        vocab: &tokens.vocab,
        toks,
        lowers,
        exclude: super::Taken::new(exclude),
    };
    // A quantity at `i` starts there or after a bound of up to three
    // words ("in excess of"): skip tokens with no start within four.
    let starts: Vec<bool> = (0..p.toks.len()).map(|k| p.may_start(k)).collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < p.toks.len() {
        if !starts[i..(i + 4).min(starts.len())].contains(&true)
            || p.exclude.overlaps(p.toks[i].span)
        {
            i += 1;
            continue;
        }
        match p.quantity_at(i) {
            Some((q, next)) if !p.exclude.overlaps(q.span) => {
                out.push(q);
                i = next.max(i + 1);
            }
            _ => i += 1,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (text, value, low, high, unit, approximate) of each quantity.
    type Row<'a> = (
        &'a str,
        Option<f64>,
        Option<f64>,
        Option<f64>,
        Option<&'a str>,
        bool,
    );

    /// The shared tokens of all of `text`'s sentences.
    fn words(text: &str) -> Vec<crate::segment::Token> {
        let doc = crate::document::Document::new(text);
        let (sentences, tokens) = crate::segment::segment(&doc);
        sentences
            .iter()
            .flat_map(|s| tokens.of(s).to_vec())
            .collect()
    }

    /// The quantities of `text` as one sentence, outside `exclude`.
    fn find_in(text: &str, exclude: &[Span]) -> Vec<Quantity> {
        let doc = crate::document::Document::new(text);
        let (sentences, tokens) = crate::segment::segment(&doc);
        let words: Vec<_> = sentences
            .iter()
            .flat_map(|s| tokens.of(s).to_vec())
            .collect();
        find(
            text,
            Span::new(text, 0, text.len()),
            &tokens,
            &words,
            exclude,
        )
    }

    fn run(text: &str) -> Vec<Row<'_>> {
        find_in(text, &[])
            .into_iter()
            .map(|q| {
                (
                    &text[q.span],
                    q.value,
                    q.low,
                    q.high,
                    q.unit.map(|u| &*Box::leak(u.into_boxed_str())),
                    q.approximate,
                )
            })
            .collect()
    }

    fn one(text: &str) -> Row<'_> {
        let got = run(text);
        assert_eq!(got.len(), 1, "{text}: {got:?}");
        got[0]
    }

    #[test]
    fn numbers_with_units() {
        let cases: &[(&str, &str, f64, Option<&str>)] = &[
            (
                "cap the army at 600,000 troops.",
                "600,000 troops",
                6e5,
                Some("troops"),
            ),
            (
                "to use $100 billion in assets",
                "$100 billion",
                1e11,
                Some("USD"),
            ),
            (
                "After speaking for five hours,",
                "five hours",
                5.0,
                Some("hour"),
            ),
            ("a 28-point draft", "28-point", 28.0, Some("points")),
            ("paid US$ 5", "US$ 5", 5.0, Some("USD")),
            ("worth €10M today", "€10M", 1e7, Some("EUR")),
            ("costs £2,000", "£2,000", 2000.0, Some("GBP")),
            ("a fine of 500 rubles", "500 rubles", 500.0, Some("RUB")),
            (
                "earned 3 million dollars",
                "3 million dollars",
                3e6,
                Some("USD"),
            ),
            ("grew 20 percent", "20 percent", 20.0, Some("percent")),
            ("grew 3.5 per cent", "3.5 per cent", 3.5, Some("percent")),
            ("rose 20%", "20%", 20.0, Some("percent")),
            ("twenty-one years", "twenty-one years", 21.0, Some("year")),
            ("a dozen eggs", "a dozen eggs", 12.0, Some("eggs")),
            (
                "two million people",
                "two million people",
                2e6,
                Some("people"),
            ),
            ("a hundred and two", "a hundred and two", 102.0, None),
            ("walked 10kg", "10kg", 10.0, Some("kilogram")),
            ("USD 22.5 million", "USD 22.5 million", 2.25e7, Some("USD")),
            ("2 1/2 inches", "2 1/2 inches", 2.5, Some("inch")),
            ("minus 5 degrees", "minus 5 degrees", -5.0, Some("degree")),
            (
                "some 40\u{202f}000 fled",
                "some 40\u{202f}000",
                40_000.0,
                None,
            ),
            ("three dozens", "three dozens", 36.0, None),
            ("a six-million fund", "six-million", 6e6, None),
            ("at 1.3e6 volts", "1.3e6 volts", 1.3e6, Some("volts")),
            (
                "temperatures of -18 °C",
                "-18 °C",
                -18.0,
                Some("degree Celsius"),
            ),
        ];
        for &(text, span, value, unit) in cases {
            let got = one(text);
            assert_eq!((got.0, got.1, got.4), (span, Some(value), unit), "{text}");
        }
    }

    #[test]
    fn approximators_and_bounds() {
        let cases: &[Row] = &[
            (
                "around 20 points",
                Some(20.0),
                None,
                None,
                Some("points"),
                true,
            ),
            ("nearly 20%", Some(20.0), None, None, Some("percent"), true),
            (
                "nearly four-year",
                Some(4.0),
                None,
                None,
                Some("year"),
                true,
            ),
            (
                "more than 100 people",
                Some(100.0),
                Some(100.0),
                None,
                Some("people"),
                true,
            ),
            ("at least 5", Some(5.0), Some(5.0), None, None, true),
            ("up to 30", Some(30.0), None, Some(30.0), None, true),
        ];
        for row in cases {
            assert_eq!(&one(row.0), row, "{}", row.0);
        }
    }

    #[test]
    fn ranges_and_magnitudes() {
        let cases: &[Row] = &[
            (
                "between 5 and 10",
                Some(7.5),
                Some(5.0),
                Some(10.0),
                None,
                false,
            ),
            ("5-10", Some(7.5), Some(5.0), Some(10.0), None, false),
            (
                "3 to 4 million",
                Some(3.5e6),
                Some(3e6),
                Some(4e6),
                None,
                false,
            ),
            (
                "some 11,000 to 1.41 million",
                Some(710_500.0),
                Some(11_000.0),
                Some(1.41e6),
                None,
                true,
            ),
            (
                "8- to 16-meter",
                Some(12.0),
                Some(8.0),
                Some(16.0),
                Some("metre"),
                false,
            ),
            (
                "3.5–4.0 TeV",
                Some(3.75),
                Some(3.5),
                Some(4.0),
                Some("teraelectronvolt"),
                false,
            ),
            (
                "between 44 mg to 50 mg",
                Some(47.0),
                Some(44.0),
                Some(50.0),
                Some("milligram"),
                false,
            ),
            (
                "-78-0 degrees",
                Some(-39.0),
                Some(-78.0),
                Some(0.0),
                Some("degree"),
                false,
            ),
            (
                "hundreds of thousands",
                None,
                Some(2e5),
                Some(999_999.0),
                None,
                true,
            ),
            (
                "thousands of people",
                None,
                Some(2e3),
                Some(9_999.0),
                Some("people"),
                true,
            ),
            (
                "tens of thousands",
                None,
                Some(2e4),
                Some(99_999.0),
                None,
                true,
            ),
        ];
        for row in cases {
            assert_eq!(&one(row.0), row, "{}", row.0);
        }
    }

    /// An article before a unit is one of it; pence and cents are units;
    /// "from X to Y" is a range only where no change governs it.
    #[test]
    fn articles_pence_and_levels() {
        let cases: &[(&str, &[Row])] = &[
            (
                "I want a gallon of beer",
                &[("a gallon", Some(1.0), None, None, Some("gallon"), false)],
            ),
            (
                "A kibibyte is small",
                &[("A kibibyte", Some(1.0), None, None, Some("kibibyte"), false)],
            ),
            (
                "Oh look, a penny!",
                &[("a penny", Some(1.0), None, None, Some("penny"), false)],
            ),
            (
                "about a mile away",
                &[("about a mile", Some(1.0), None, None, Some("mile"), true)],
            ),
            (
                "half a mile away",
                &[("half a mile", Some(0.5), None, None, Some("mile"), false)],
            ),
            (
                "oil at $50 a barrel",
                &[("$50", Some(50.0), None, None, Some("USD"), false)],
            ),
            ("wait a minute", &[]),
            ("a pound coin", &[]),
            ("a degree in law", &[]),
            ("a mile-long queue", &[]),
            ("a yen for travel", &[]),
            (
                "shares closed at 300p.",
                &[("300p", Some(300.0), None, None, Some("penny"), false)],
            ),
            ("at 2p.m. today", &[]),
            (
                "it costs 50 pence",
                &[("50 pence", Some(50.0), None, None, Some("penny"), false)],
            ),
            (
                "One gigaannum (1Ga) passed",
                &[
                    (
                        "One gigaannum",
                        Some(1.0),
                        None,
                        None,
                        Some("gigaannum"),
                        false,
                    ),
                    ("1Ga", Some(1.0), None, None, Some("gigayear"), false),
                ],
            ),
            (
                "zones are quite high, from 7 to 10, as shown",
                &[(
                    "from 7 to 10",
                    Some(8.5),
                    Some(7.0),
                    Some(10.0),
                    None,
                    false,
                )],
            ),
            (
                "upped its target for the price, from £35 to £36.20",
                &[
                    ("£35", Some(35.0), None, None, Some("GBP"), false),
                    ("£36.20", Some(36.2), None, None, Some("GBP"), false),
                ],
            ),
            (
                "shares up more than 6%, or 16.75 pence to 293.5p.",
                &[
                    (
                        "more than 6%",
                        Some(6.0),
                        Some(6.0),
                        None,
                        Some("percent"),
                        true,
                    ),
                    ("16.75 pence", Some(16.75), None, None, Some("penny"), false),
                    ("293.5p", Some(293.5), None, None, Some("penny"), false),
                ],
            ),
            (
                "rose 15 cents - 1.1% - on Nasdaq",
                &[
                    ("15 cents", Some(15.0), None, None, Some("cent"), false),
                    ("1.1%", Some(1.1), None, None, Some("percent"), false),
                ],
            ),
        ];
        for &(text, want) in cases {
            assert_eq!(run(text), want, "{text}");
        }
    }

    /// The sentence prefilter never skips a sentence with a quantity, and
    /// skips sentences with no number at all.
    #[test]
    fn prefilter_keeps_every_quantity() {
        let holds = |text: &str| {
            let doc = crate::document::Document::new(text);
            let (sentences, tokens) = crate::segment::segment(&doc);
            sentences.iter().any(|s| may_hold(&tokens, tokens.of(s)))
        };
        let with = [
            "twenty-one men",
            "x-a gallon",
            "Lakhs of people",
            "ate ½ of it",
            "Tens of millions voted",
            "a kibibyte",
            "a halve of the pie",
            "a crore",
            "paid US$ 5",
            "the 1990s",
        ];
        for text in with {
            assert!(holds(text), "{text}");
        }
        for text in ["The talks resumed in Moscow.", "He said it was over."] {
            assert!(!holds(text), "{text}");
        }
        // Every test sentence of this module that yields a quantity passes.
        for text in ["I want a gallon of beer", "won a dozen medals", "about 40%"] {
            assert!(!run(text).is_empty() && holds(text), "{text}");
        }
    }

    #[test]
    fn not_quantities() {
        let cases = [
            "in 2017 he left",
            "at 2 pm",
            "at 10:30 today",
            "at 10 a.m. today",
            "the 21st century",
            "an F-16 jet",
            "COVID-19 spread",
            "a Boeing 737 crashed",
            "John Smith, 45, said",
            "one of them",
            "no one came",
            "in the 1990s",
            "call +1-222-2222-2222",
            "they won 3-1",
            "a 2-1 vote",
            "the 777-200LR jet",
        ];
        for text in cases {
            assert!(run(text).is_empty(), "{text}: {:?}", run(text));
        }
    }

    #[test]
    fn news_shapes() {
        let cases: &[(&str, &[&str])] = &[
            ("jumped 76% to $1.13bn", &["76%", "$1.13bn"]),
            (
                "by 25% to 34,500 metric tons",
                &["25%", "34,500 metric tons"],
            ),
            ("grew 1.4% to 86.7bn", &["1.4%", "86.7bn"]),
            ("shares rose $1.64 to $47.10", &["$1.64", "$47.10"]),
            (
                "crude lost more than $2 to $43.25",
                &["more than $2", "$43.25"],
            ),
            ("adding $1.89 to $48.62", &["$1.89", "$48.62"]),
            (
                "fell by 32,000 to 1.41 million",
                &["32,000", "1.41 million"],
            ),
            ("fell from 157,000 to 133,000", &["157,000", "133,000"]),
            ("190,000 new jobs", &["190,000 new jobs"]),
            ("20,000 more nurses", &["20,000 more nurses"]),
            ("600,000 Russian troops", &["600,000 Russian troops"]),
            ("seven million Ethiopians", &["seven million Ethiopians"]),
            ("in 5 Downing Street", &["5"]),
            (
                "won 64 percent to 56 percent",
                &["64 percent", "56 percent"],
            ),
            ("tweet 672138616265564160 said", &[]),
            ("with Eileen Lee, 24.", &[]),
            ("a one-way ticket", &[]),
            ("see https://x.com/a?q=30%25 now", &[]),
            ("host 192.168.1.2 answered", &[]),
            ("after 9/11 and 24/7", &[]),
            ("a 1/4 mile track", &["1/4 mile"]),
            (
                "two million, three people",
                &["two million", "three people"],
            ),
            ("a 3x4 room", &[]),
            ("at 2.30pm today", &[]),
            ("($99.99 in fees)", &["$99.99"]),
            ("profits of £600m ($1.1bn) rose", &["£600m", "$1.1bn"]),
            ("cost 100 euros ($130)", &["100 euros", "$130"]),
            ("at 7.5bn euros ($9.7bn) it", &["7.5bn euros", "$9.7bn"]),
            ("in 2017 300 people", &["300 people"]),
            ("raise the age from 60 to 65.", &["60", "65"]),
            (
                "about $180bn and 20,000 jobs",
                &["about $180bn", "20,000 jobs"],
            ),
            ("scored one or two points", &["one or two points"]),
            ("about 10 recognised Charles", &["about 10"]),
        ];
        for (text, want) in cases {
            let got: Vec<&str> = run(text).iter().map(|r| r.0).collect();
            assert_eq!(&got, want, "{text}");
        }
    }

    #[test]
    fn values() {
        type Case<'a> = (
            &'a str,
            Option<f64>,
            Option<f64>,
            Option<f64>,
            Option<&'a str>,
        );
        let cases: &[Case] = &[
            ("8.2bn euros", Some(8.2e9), None, None, Some("EUR")),
            ("639m euros", Some(6.39e8), None, None, Some("EUR")),
            ("a 100m race", Some(100.0), None, None, Some("metre")),
            ("two-thirds", Some(2.0 / 3.0), None, None, None),
            ("three quarters", Some(0.75), None, None, None),
            ("half a dozen", Some(6.0), None, None, None),
            ("75 USD million", Some(7.5e7), None, None, Some("USD")),
            ("30 MUSD", Some(3e7), None, None, Some("USD")),
            ("10 bln", Some(1e10), None, None, None),
            ("10 000 dollars", Some(1e4), None, None, Some("USD")),
            ("1 234 567", Some(1_234_567.0), None, None, None),
            ("($99.99)", Some(-99.99), None, None, Some("USD")),
            (
                "three million, two hundred & forty",
                Some(3_000_240.0),
                None,
                None,
                None,
            ),
            ("2.48×10−5", Some(2.48e-5), None, None, None),
            ("3×10^8 metres", Some(3e8), None, None, Some("metre")),
            ("8x2^10 bits", Some(8192.0), None, None, Some("bit")),
            ("1.1^2", Some(1.1f64.powf(2.0)), None, None, None),
            ("-2.5^-1", Some(-0.4), None, None, None),
            ("about 1/40 of it", Some(0.025), None, None, None),
            ("a size of 2.1 pm", Some(2.1), None, None, None),
            (
                "between 1.1 and 1.5 million people",
                Some(1.3e6),
                Some(1.1e6),
                Some(1.5e6),
                Some("people"),
            ),
        ];
        for &(text, value, low, high, unit) in cases {
            let got = one(text);
            assert_eq!(
                (got.1, got.2, got.3, got.4),
                (value, low, high, unit),
                "{text}"
            );
        }
    }

    #[test]
    fn what_a_number_counts() {
        let cases: &[(&str, &str, Option<&str>, Option<&str>)] = &[
            (
                "it has 200,000 backlogged DNA samples.",
                "200,000 backlogged DNA samples",
                Some("samples"),
                Some("backlogged DNA samples"),
            ),
            (
                "at 600,000 troops.",
                "600,000 troops",
                Some("troops"),
                Some("troops"),
            ),
            (
                "600,000 Russian troops",
                "600,000 Russian troops",
                Some("troops"),
                Some("Russian troops"),
            ),
            (
                "20,000 more nurses",
                "20,000 more nurses",
                Some("nurses"),
                Some("nurses"),
            ),
            (
                "won 20% of voters in Ohio",
                "20%",
                Some("percent"),
                Some("voters"),
            ),
            (
                "5,000 tonnes of grain",
                "5,000 tonnes",
                Some("tonne"),
                Some("grain"),
            ),
            (
                "a 28-point draft",
                "28-point",
                Some("points"),
                Some("point"),
            ),
            ("after two years of war", "two years", Some("year"), None),
            (
                "earned 3 million dollars",
                "3 million dollars",
                Some("USD"),
                None,
            ),
            (
                "some 40 long-range missiles",
                "some 40 long-range missiles",
                Some("missiles"),
                Some("long-range missiles"),
            ),
            (
                "thousands of people",
                "thousands of people",
                Some("people"),
                Some("people"),
            ),
        ];
        for &(text, span, unit, counted) in cases {
            let q = find_in(text, &[]);
            assert_eq!(q.len(), 1, "{text}: {q:?}");
            let got = (
                &text[q[0].span],
                q[0].unit.as_deref(),
                q[0].counted.map(|c| &text[c]),
            );
            assert_eq!(got, (span, unit, counted), "{text}");
        }
    }

    #[test]
    fn spelled_glued_and_grouped() {
        type Case<'a> = (&'a str, &'a str, f64, Option<f64>, Option<&'a str>);
        let cases: &[Case] = &[
            ("a 512mb card", "512mb", 512.0, None, Some("megabyte")),
            (
                "a 2.5 gigapixel camera",
                "2.5 gigapixel",
                2.5,
                None,
                Some("gigapixel"),
            ),
            ("ran 10km today", "10km", 10.0, None, Some("kilometre")),
            (
                "for two or three months",
                "two or three months",
                2.5,
                Some(2.0),
                Some("month"),
            ),
            (
                "a quarter of a million",
                "a quarter of a million",
                250_000.0,
                None,
                None,
            ),
            ("half a million", "half a million", 500_000.0, None, None),
            (
                "three point five billion",
                "three point five billion",
                3.5e9,
                None,
                None,
            ),
            (
                "two hundred point zero three",
                "two hundred point zero three",
                200.03,
                None,
                None,
            ),
            (
                "1.234.567 residents",
                "1.234.567 residents",
                1_234_567.0,
                None,
                Some("residents"),
            ),
            (
                "1.111,11 euros",
                "1.111,11 euros",
                1111.11,
                None,
                Some("EUR"),
            ),
            (
                "six or seven million",
                "six or seven million",
                6.5e6,
                Some(6e6),
                None,
            ),
            (
                "86.7bn Swiss francs",
                "86.7bn Swiss francs",
                8.67e10,
                None,
                Some("CHF"),
            ),
        ];
        for &(text, span, value, low, unit) in cases {
            let got = one(text);
            assert_eq!(
                (got.0, got.1, got.2, got.4),
                (span, Some(value), low, unit),
                "{text}"
            );
        }
        for text in [
            "at three o'clock",
            "at three pm",
            "by 3pm",
            "at 10:30",
            "did it one ourselves",
        ] {
            assert!(run(text).is_empty(), "{text}: {:?}", run(text));
        }
    }

    #[test]
    fn written_fractions_decimals_and_parts() {
        let cases: &[(&str, f64)] = &[
            ("three fifths", 0.6),
            ("twenty-three fifths", 4.6),
            ("one twenty-fifth", 0.04),
            ("three twenty-firsts", 3.0 / 21.0),
            ("one hundred and three quarters", 100.75),
            ("twenty and three fifths", 20.6),
            ("three and one fourth", 3.25),
            ("one million and a half", 1.5e6),
            ("five and a half million", 5.5e6),
            ("five billion and three quarters", 5.75e9),
            ("3 million and a quarter", 3.25e6),
            ("2 and a half", 2.5),
            ("two thirds of a million", 2e6 / 3.0),
            ("one over three", 1.0 / 3.0),
            ("1 over 3", 1.0 / 3.0),
            ("nought point nought three", 0.03),
            ("two hundred point seventy-one", 200.71),
            ("minus five point five", -5.5),
            ("3 hundred and 21", 321.0),
            ("4 thousand 3 hundred and 21", 4321.0),
            ("13 lakh", 1.3e6),
            ("three lakh crore", 3e12),
            ("12,34,567.89", 1_234_567.89),
            ("thirteen dollars and forty-five cents", 13.45),
            ("15 USD 50", 15.5),
            ("5 feet 2 inches", 5.0 + 2.0 / 12.0),
            ("minus one", -1.0),
        ];
        for &(text, value) in cases {
            let got = one(text);
            assert!(
                got.1
                    .is_some_and(|v| (v - value).abs() < 1e-9 * value.abs().max(1.0)),
                "{text}: {got:?}"
            );
        }
        for text in ["the twenty-fifth anniversary", "the twenty-first century"] {
            assert!(run(text).iter().all(|r| r.1 != Some(20.0 / 25.0)), "{text}");
        }
        let pair: Vec<&str> = run("temperatures ranged from -18 °C to -34 °C")
            .iter()
            .map(|r| r.0)
            .collect();
        assert_eq!(pair, ["from -18 °C to -34 °C"]);
    }

    #[test]
    fn respects_exclusions() {
        let text = "by Nov. 27 and 5 troops";
        let ex = [Span::new(text, 3, 10)];
        let got: Vec<&str> = find_in(text, &ex).iter().map(|q| &text[q.span]).collect();
        assert_eq!(got, ["5 troops"]);
    }

    #[test]
    fn claim_tokens_of_the_shared_tokens() {
        let cases: &[(&str, &[&str])] = &[
            ("600,000 troops", &["600,000", "troops"]),
            ("$100 billion", &["$", "100", "billion"]),
            ("twenty-one", &["twenty", "-", "one"]),
            ("5,10 and 2.5.", &["5", ",", "10", "and", "2.5", "."]),
            ("Russia’s 10kg", &["Russia’s", "10", "kg"]),
            ("1,2345", &["1", ",", "2345"]),
            ("10 000 dollars", &["10 000", "dollars"]),
            ("40\u{202f}000 dollars", &["40\u{202f}000", "dollars"]),
            ("1 234 567", &["1 234 567"]),
            ("1 234 567.89 m", &["1 234 567.89", "m"]),
            ("in 2017 300 people", &["in", "2017", "300", "people"]),
            ("5 100,000", &["5", "100,000"]),
            ("5 1000", &["5", "1000"]),
            ("1 000.5", &["1", "000.5"]),
            ("i7 860 chip", &["i", "7", "860", "chip"]),
        ];
        for (text, want) in cases {
            let got: Vec<&str> = claim_tokens(text, &words(text))
                .iter()
                .map(|t| &text[t.span])
                .collect();
            assert_eq!(&got, want, "{text}");
        }
    }
}
