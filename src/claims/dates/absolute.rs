//! Absolute dates: a calendar day, month, year, decade, century, quarter
//! or season named by its numbers and names ("Nov. 27", "14/11/2023",
//! "July 2017", "the 1960s", "the third quarter of 1984"), and the
//! partial ones completed from the reference ("on the 18th", "11/20",
//! "late November").
//!
//! Input: a match of one row and the sentence ([`super::Ctx`]). Output:
//! its TIMEX3 value, or none to drop the match.
//!
//! Known limits: US order for slashed dates unless the first part exceeds
//! 12; two-digit years fall in the ninety years before the reference or
//! the ten after.

use super::grammar::*;
use super::tense::Tense;
use super::triggers::need;
use super::{Captures, Ctx, Granularity, Resolved, Row};
use crate::calendar::Date;
use crate::document::Span;

use Granularity as G;

/// The absolute rows; on the same span the earlier row wins.
pub(super) static ROWS: [Row; 19] = [
    Row::new(
        || r"(?-u:\b)([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?-u:\b)".into(),
        need::DIGIT,
        iso,
    ),
    // A year, a month name and a day joined by "-" or "/", in any order
    // with the year at one end: "2019-aug-1", "2020/23/Sep", "Sep-23-2020",
    // "23/Sep/2020".
    Row::new(
        || {
            format!(
                r"(?i)(?-u:\b)(?:([0-9]{{4}})[-/](?:({MONTH})[-/]([0-9]{{1,2}})|([0-9]{{1,2}})[-/]({MONTH}))|({MONTH})[-/]([0-9]{{1,2}})[-/]([0-9]{{4}})|([0-9]{{1,2}})[-/]({MONTH})[-/]([0-9]{{4}}))(?-u:\b)"
            )
        },
        need::DIGIT,
        separated,
    ),
    Row::new(
        || {
            format!(
                r"(?i)(?-u:\b)(?:(?:(?:this|next|last)\s+)?{WEEKDAY_SHORT},?\s+)?(?P<d>([0-9]{{1,2}})/([0-9]{{1,2}}))(?-u:\b)"
            )
        },
        need::DIGIT,
        slashed_no_year,
    ),
    Row::new(
        || r"(?i)(?-u:\b)(?P<x>(?:the\s+)?([0-9]{1,2}(?:st|nd|rd|th)))(?-u:\b)".into(),
        need::DIGIT,
        bare_day,
    ),
    Row::new(
        || r"(?-u:\b)([0-9]{1,2})/([0-9]{1,2})/([0-9]{4}|[0-9]{2})(?-u:\b)".into(),
        need::DIGIT,
        slashed,
    ),
    Row::new(
        || {
            format!(
                r"(?i)(?-u:\b)(?:(?:(?:this|next|last)\s+)?{WEEKDAY_SHORT},?\s+\(?)?(?-u:\b)({MONTH})(?:\s*|[-/])([0-9]{{1,2}}|{ORD})(?:st|nd|rd|th)?(?-u:\b)(?:(?:\s*,\s*|\s+|\s+of\s+)([0-9]{{4}}|{SPOKEN_YEAR})(?-u:\b))?\)?"
            )
        },
        need::MONTH,
        month_day,
    ),
    Row::new(
        || {
            format!(
                r"(?i)(?-u:\b)(?:{WEEKDAY_SHORT},?\s+)?(?:the\s+)?([0-9]{{1,2}})(?:st|nd|rd|th)?\s+(?:day\s+of\s+|of\s+)?({MONTH_END})(?:(?:,?\s+|\s+of\s+)([0-9]{{4}}|{SPOKEN_YEAR})(?-u:\b))?"
            )
        },
        need::MONTH,
        day_month,
    ),
    // "fourth of July 1995", "the twenty third day of September":
    // a day in words needs "of" before the month.
    Row::new(
        || {
            format!(
                r"(?i)(?-u:\b)(?:{WEEKDAY_SHORT},?\s+)?(?:the\s+)?({ORD})\s+(?:day\s+)?of\s+({MONTH_END})(?:(?:,?\s+|\s+of\s+)([0-9]{{4}}|{SPOKEN_YEAR})(?-u:\b))?"
            )
        },
        need::MONTH,
        day_month,
    ),
    // "twenty five January nineteen eighty six": a day in cardinal
    // words only with a year, since "five January deaths" is none.
    Row::new(
        || {
            format!(
                r"(?i)(?-u:\b)({CARD_DAY})\s+(?:of\s+)?({MONTH})(?:,?\s+|\s+of\s+)([0-9]{{4}}|{SPOKEN_YEAR})(?-u:\b)"
            )
        },
        need::MONTH,
        day_month,
    ),
    // "2016 10 16": year, month and day with spaces, both in two
    // digits ("in 2016 10 people" is no date).
    Row::new(
        || r"(?-u:\b)([0-9]{4}) ([0-9]{2}) ([0-9]{2})(?-u:\b)".into(),
        need::DIGIT,
        iso,
    ),
    Row::new(
        || {
            format!(
                r"(?-u:\b)(?:(?i:early|late|mid)[-\s]+)?({MONTH})\s+(?:of\s+)?([0-9]{{4}}|{SPOKEN_19})(?-u:\b)"
            )
        },
        need::MONTH,
        month_year,
    ),
    Row::new(
        || {
            r"(?-u:\b)(?:((?i:early|late|mid|this|last|next|this\s+past))[-\s]+)?((?:January|February|March|April|May|June|July|August|September|October|November|December)(?-u:\b)|(?:Sept|Oct|Nov|Dec|Jan|Feb|Aug)\.)".into()
        },
        need::MONTH,
        month,
    ),
    Row::new(
        || {
            r"(?i:(?-u:\b)(early|late|mid)[-\s]+)?(?-u:\b)(1[5-9][0-9][0-9]|20[0-9][0-9])(?-u:\b)"
                .into()
        },
        need::DIGIT,
        year,
    ),
    Row::new(
        || {
            r"(?i)(?-u:\b)nineteen[-\s]+(ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s]+(one|two|three|four|five|six|seven|eight|nine))?(?-u:\b)".into()
        },
        need::NINETEEN,
        spoken_year,
    ),
    Row::new(
        || {
            r"(?i:(?-u:\b)the\s+)?(?i:(?-u:\b)(?:early|late|mid)[-\s]+)?(?-u:\b)(1[5-9][0-9]|20[0-9])0s(?-u:\b)".into()
        },
        need::DIGIT,
        decade,
    ),
    Row::new(
        || {
            r"(?i)(?-u:\b)the\s+(?:(?:early|late|mid)[-\s]+)?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)(?-u:\b)".into()
        },
        need::DECADE,
        decade_word,
    ),
    Row::new(
        || r"(?i)(?-u:\b)(?:the\s+)?([0-9]{1,2})(?:st|nd|rd|th)[-\s]century(?-u:\b)".into(),
        need::CENTURY,
        century,
    ),
    Row::new(
        || {
            r"(?i)(?-u:\b)(?:the\s+)?(?:fiscal\s+)?(?:([0-9]{4})\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)[-\s]quarter(?-u:\b)(?:\s+of\s+([0-9]{4})(?-u:\b))?".into()
        },
        need::REL,
        quarter,
    ),
    Row::new(
        || {
            r"(?i)(?-u:\b)(?:(this|last|next|this\s+past|early|late)\s+|the\s+)?(spring|summer|autumn|fall|winter)(?-u:\b)(?:\s+(?:of\s+)?([0-9]{4})(?-u:\b))?".into()
        },
        need::SEASON,
        season,
    ),
];

pub(super) fn iso(_cx: &Ctx, c: &Captures, _span: Span) -> Option<Resolved> {
    Some({
        let v = full_date(num(c, 1)? as i32, num(c, 2)? as u32, num(c, 3)? as u32)?;
        (Some(v), G::Day)
    })
}

/// Year, month name and day in one of the orders of the "separated" row;
/// the groups of each part, one per order.
pub(super) fn separated(_cx: &Ctx, c: &Captures, _span: Span) -> Option<Resolved> {
    let part = |groups: [usize; 4]| groups.into_iter().find_map(|i| g(c, i));
    let y = part([1, 8, 11, 11])?.parse().ok()?;
    let m = month_number(part([2, 5, 6, 10])?)?;
    let d = part([3, 4, 7, 9])?.parse().ok()?;
    Some((Some(full_date(y, m, d)?), G::Day))
}

pub(super) fn slashed_no_year(cx: &Ctx, c: &Captures, span: Span) -> Option<Resolved> {
    let r = cx.reference;
    Some({
        let (a, b) = (num(c, 2)? as u32, num(c, 3)? as u32);
        let (ta, tb) = (g(c, 2)?, g(c, 3)?);
        let x = c.name("d")?;
        let after = &cx.text[cx.sentence.start() + x.end()..cx.sentence.end()];
        let before = &cx.text[cx.sentence.start()..cx.sentence.start() + x.start()];
        // Part of a longer number or date ("1/2/3", "3/4.5"), or a
        // fraction of a measure ("3/4 mile").
        if before.ends_with(['/', '.', '-', ','])
            || before.ends_with(|ch: char| ch.is_ascii_digit())
            || after.starts_with(['/', '-'])
            || (after.starts_with(['.', ','])
                && after[1..].starts_with(|ch: char| ch.is_ascii_digit()))
        {
            return None;
        }
        // "9/11" in the news is the 2001 attacks.
        if (a, b) == (9, 11) && ta.len() == 1 {
            return Some((Some("2001-09-11".into()), G::Day));
        }
        // "11/20", "22/04": two-digit parts read as a date; a
        // single digit ("1/4", "3/5", "24/7") only after a cue word
        // or a weekday, since fractions and idioms look the same.
        let word = cx.word_before(cx.sentence.start() + x.start());
        let cue = matches!(
            word.as_str(),
            "on" | "by"
                | "until"
                | "till"
                | "since"
                | "before"
                | "after"
                | "next"
                | "this"
                | "last"
        ) || weekday_number(&word).is_some();
        if !(cue || (ta.len() == 2 && tb.len() == 2)) {
            return None;
        }
        // US order, day first when the first part exceeds 12.
        let (m, d) = if a > 12 { (b, a) } else { (a, b) };
        Date::new(2000, m, d)?; // a valid month and day (2000 is leap)
        let Some(r) = r else {
            return Some((None, G::Day));
        };
        let y = infer_year(r, m, Some(d), cx.tense(span));
        (Some(full_date(y, m, d)?), G::Day)
    })
}

pub(super) fn bare_day(cx: &Ctx, c: &Captures, span: Span) -> Option<Resolved> {
    let r = cx.reference;
    Some({
        let d = day_value(g(c, 2)?)?;
        let x = c.name("x")?;
        // A preposition before it, checked here rather than in the
        // rule for the same reason as "on this day".
        let cue = cx.word_before(span.start());
        if !matches!(
            cue.as_str(),
            "on" | "by" | "until" | "till" | "since" | "from" | "before" | "after" | "for"
        ) {
            return None;
        }
        if !day_stands_alone(&cx.text[cx.sentence.start() + x.end()..cx.sentence.end()]) {
            return None;
        }
        let Some(r) = r else {
            return Some((None, G::Day));
        };
        // This month's if that fits the tense, else the month
        // before (past) or after (future); a day the month lacks
        // moves one month further.
        let future = cx.tense(span) == Tense::Future;
        let mut k: i64 = match (future, d >= r.day) {
            (true, true) | (false, false) => 0,
            (true, false) => 1,
            (false, true) if d == r.day => 0,
            (false, true) => -1,
        };
        loop {
            let (y, m) = add_months(r.year, r.month, k);
            if let Some(v) = full_date(y, m, d) {
                break (Some(v), G::Day);
            }
            if k.abs() > 2 {
                return None;
            }
            k += if future { 1 } else { -1 };
        }
    })
}

pub(super) fn slashed(cx: &Ctx, c: &Captures, _span: Span) -> Option<Resolved> {
    let r = cx.reference;
    Some({
        let (a, b) = (num(c, 1)? as u32, num(c, 2)? as u32);
        let mut y = num(c, 3)? as i32;
        if g(c, 3)?.len() == 2 {
            // A two-digit year lies in the ninety years before the
            // reference or the ten after it ("03/18/40" written in
            // 2016 is 1940); without a reference, 00-49 are 20xx.
            y = match r {
                Some(r) => {
                    let c = r.year - r.year.rem_euclid(100) + y;
                    if c > r.year + 10 {
                        c - 100
                    } else if c <= r.year - 90 {
                        c + 100
                    } else {
                        c
                    }
                }
                None => y + if y < 50 { 2000 } else { 1900 },
            };
        }
        let (m, d) = if a > 12 { (b, a) } else { (a, b) };
        (Some(full_date(y, m, d)?), G::Day)
    })
}

/// A day and month (and year) in either order: `mi` and `di` are the
/// groups of the month and the day.
fn day_and_month(cx: &Ctx, c: &Captures, span: Span, (mi, di): (usize, usize)) -> Option<Resolved> {
    let r = cx.reference;
    Some({
        let m = month_number(g(c, mi)?)?;
        let d = day_value(g(c, di)?)?;
        // "March second-round voting": a day in words does not
        // open a compound.
        if g(c, di)?.starts_with(|ch: char| ch.is_alphabetic())
            && cx.text[span.end()..].starts_with('-')
        {
            return None;
        }
        // Lower-case month words ("may", "march") need a day after
        // them to be months; "may 5" still reads as a date.
        let month_text = g(c, mi)?;
        if month_text.starts_with(|ch: char| ch.is_lowercase())
            && matches!(month_text, "may" | "march" | "mar" | "jan" | "sun")
        {
            return None;
        }
        match g(c, 3).and_then(year_value) {
            Some(y) => (Some(full_date(y, m, d)?), G::Day),
            None => match r {
                Some(r) => {
                    let mut y = infer_year(r, m, Some(d), cx.tense(span));
                    // "Tue May 9": a weekday named with the date
                    // picks the year (of the nearest three) where
                    // the date falls on it.
                    let first = c
                        .get(0)?
                        .as_str()
                        .split(|ch: char| !ch.is_alphabetic())
                        .find(|w| {
                            !w.is_empty()
                                && !matches!(
                                    w.to_lowercase().as_str(),
                                    "this" | "next" | "last" | "the"
                                )
                        });
                    if let Some(wd) = first
                        .filter(|w| month_number(w).is_none())
                        .and_then(weekday_number)
                    {
                        let on = |y: i32| Date::new(y, m, d).is_some_and(|x| x.weekday() == wd);
                        if !on(y) {
                            let near =
                                [y - 1, y + 1]
                                    .into_iter()
                                    .filter(|y| on(*y))
                                    .min_by_key(|y| {
                                        Date::new(*y, m, d)
                                            .map_or(i64::MAX, |x| (x.to_days() - r.to_days()).abs())
                                    });
                            y = near.unwrap_or(y);
                        }
                    }
                    (Some(full_date(y, m, d)?), G::Day)
                }
                None => (None, G::Day),
            },
        }
    })
}

/// Month, day[, year]: "Nov. 27", "Friday, July 21, 2017".
pub(super) fn month_day(cx: &Ctx, c: &Captures, span: Span) -> Option<Resolved> {
    day_and_month(cx, c, span, (1, 2))
}

/// Day, month[, year]: "14 nov 2023", "fourth of July".
pub(super) fn day_month(cx: &Ctx, c: &Captures, span: Span) -> Option<Resolved> {
    day_and_month(cx, c, span, (2, 1))
}

pub(super) fn month_year(_cx: &Ctx, c: &Captures, _span: Span) -> Option<Resolved> {
    Some({
        let m = month_number(g(c, 1)?)?;
        (Some(month_value(year_value(g(c, 2)?)?, m)), G::Month)
    })
}

pub(super) fn month(cx: &Ctx, c: &Captures, span: Span) -> Option<Resolved> {
    let r = cx.reference;
    Some({
        let name = g(c, 2)?;
        let m = month_number(name)?;
        let modifier = g(c, 1).map(str::to_lowercase);
        if (name == "May" || name == "March") && modifier.is_none() {
            let before = cx.word_before(cx.sentence.start() + c.get(2)?.start());
            let after = &cx.text[span.end()..cx.sentence.end()];
            let cue = matches!(
                before.as_str(),
                "in" | "since"
                    | "until"
                    | "by"
                    | "of"
                    | "during"
                    | "before"
                    | "after"
                    | "from"
                    | "through"
                    | "between"
                    | "to"
                    | "and"
                    | "or"
                    | "early"
                    | "late"
                    | "mid"
                    | "last"
                    | "next"
                    | "this"
                    | "till"
            );
            if !cue || after.trim_start().starts_with(char::is_uppercase) {
                return None;
            }
        }
        let Some(r) = r else {
            return Some((None, G::Month));
        };
        let y = match modifier.as_deref().map(|s| s.split_whitespace().next()) {
            Some(Some("last")) => {
                if m < r.month {
                    r.year
                } else {
                    r.year - 1
                }
            }
            Some(Some("next")) => {
                if m > r.month {
                    r.year
                } else {
                    r.year + 1
                }
            }
            Some(Some("this")) if modifier.as_deref() == Some("this") => r.year,
            Some(Some("this")) => {
                // "this past"
                if m <= r.month { r.year } else { r.year - 1 }
            }
            _ => infer_year(r, m, None, cx.tense(span)),
        };
        (Some(month_value(y, m)), G::Month)
    })
}

pub(super) fn year(cx: &Ctx, c: &Captures, _span: Span) -> Option<Resolved> {
    Some({
        let y = num(c, 2)?;
        let m = c.get(2)?;
        // Not a year: "$2000", "2000 km", "2,000", "1,2000", "2013.5".
        let before = cx.text[cx.sentence.start()..cx.sentence.start() + m.start()]
            .chars()
            .next_back();
        let after = &cx.text[cx.sentence.start() + m.end()..cx.sentence.end()];
        if before.is_some_and(|ch| "$€£¥,.#".contains(ch) || ch.is_ascii_digit())
            || after.starts_with(['%', ',', '.'])
                && after[1..].starts_with(|ch: char| ch.is_ascii_digit())
            || after.starts_with('%')
        {
            return None;
        }
        let next_word = after
            .trim_start()
            .split(|ch: char| !ch.is_alphabetic())
            .next()
            .unwrap_or("")
            .to_lowercase();
        if matches!(
            next_word.as_str(),
            "percent"
                | "people"
                | "troops"
                | "km"
                | "kilometres"
                | "kilometers"
                | "miles"
                | "metres"
                | "meters"
                | "feet"
                | "dollars"
                | "euros"
                | "tons"
                | "tonnes"
                | "soldiers"
                | "workers"
                | "jobs"
                | "members"
                | "units"
                | "homes"
                | "hours"
                | "days"
                | "pounds"
                | "kg"
        ) {
            return None;
        }
        (Some(format!("{y:04}")), G::Year)
    })
}

pub(super) fn spoken_year(_cx: &Ctx, c: &Captures, _span: Span) -> Option<Resolved> {
    Some({
        let tens = count_value(g(c, 1)?)?;
        let unit = g(c, 2).map_or(Some(0), count_value)?;
        (Some(format!("19{}", tens + unit)), G::Year)
    })
}

pub(super) fn decade(_cx: &Ctx, c: &Captures, _span: Span) -> Option<Resolved> {
    Some((Some(g(c, 1)?.to_string()), Granularity::Decade))
}

pub(super) fn decade_word(cx: &Ctx, c: &Captures, _span: Span) -> Option<Resolved> {
    let r = cx.reference;
    Some({
        let word = g(c, 1)?;
        let d = [
            "twenties",
            "thirties",
            "forties",
            "fifties",
            "sixties",
            "seventies",
            "eighties",
            "nineties",
        ]
        .iter()
        .position(|w| w.eq_ignore_ascii_case(word))?
            + 2;
        let Some(r) = r else {
            return Some((None, G::Decade));
        };
        // The most recent such decade that has begun.
        let century = r.year / 100 - i32::from((r.year % 100) / 10 < d as i32);
        (Some(format!("{century}{d}")), G::Decade)
    })
}

pub(super) fn century(_cx: &Ctx, c: &Captures, _span: Span) -> Option<Resolved> {
    Some({
        let n = num(c, 1)?;
        if !(1..=30).contains(&n) {
            return None;
        }
        (Some(format!("{:02}", n - 1)), G::Century)
    })
}

pub(super) fn quarter(cx: &Ctx, c: &Captures, _span: Span) -> Option<Resolved> {
    let r = cx.reference;
    Some({
        let q = match g(c, 2)?.to_lowercase().as_str() {
            "first" | "1st" => 1,
            "second" | "2nd" => 2,
            "third" | "3rd" => 3,
            _ => 4,
        };
        let y = match (num(c, 1).or(num(c, 3)), r) {
            (Some(y), _) => y as i32,
            (None, Some(r)) => r.year,
            (None, None) => return Some((None, G::Quarter)),
        };
        (Some(format!("{y:04}-Q{q}")), G::Quarter)
    })
}

pub(super) fn season(cx: &Ctx, c: &Captures, _span: Span) -> Option<Resolved> {
    let r = cx.reference;
    Some({
        let which = g(c, 1).map(|s| s.to_lowercase());
        let season = match g(c, 2)?.to_lowercase().as_str() {
            "spring" => "SP",
            "summer" => "SU",
            "autumn" | "fall" => "FA",
            _ => "WI",
        };
        let y = match (num(c, 3), which.as_deref(), r) {
            (Some(y), _, _) => y as i32,
            (None, None, _) => {
                // A bare "the summer" or "spring" is too vague (and
                // "fall" a verb): only keep it with a year.
                if c.get(0)?.as_str().to_lowercase().starts_with("the") {
                    return None;
                }
                return None;
            }
            (None, Some(_), None) => return Some((None, G::Season)),
            (None, Some(w), Some(r)) => match w.split_whitespace().next() {
                Some("last") => r.year - 1,
                Some("next") => r.year + 1,
                _ => r.year,
            },
        };
        (Some(format!("{y:04}-{season}")), G::Season)
    })
}
