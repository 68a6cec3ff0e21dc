//! Relative dates: a day, week, month, quarter or year counted from the
//! reference ("yesterday", "last week", "three years ago", "in two
//! weeks", "the day before", "June last year").
//!
//! Input: a match of one row and the sentence ([`super::Ctx`]). Output:
//! its TIMEX3 value, or none to drop the match.
//!
//! Known limits: "in N weeks" is a date only in future context (else a
//! duration); no anchors other than the reference.

use super::grammar::*;
use super::tense::Tense;
use super::triggers::need;
use super::{Cand, Captures, Ctx, Granularity, Resolved, Row};
use crate::calendar::Date;
use crate::document::Span;

use Granularity as G;

/// The relative rows; on the same span the earlier row wins.
pub(super) static ROWS: [Row; 11] = [
    Row::new(
        || r"(?i)(?-u:\b)the\s+day\s+(before|after)(?-u:\b)".into(),
        need::DAY,
        day_after,
    ),
    Row::new(
        || {
            format!(
                r"(?i)(?-u:\b)the\s+([0-9]{{1,2}}(?:st|nd|rd|th)|{ORD})\s+day\s+of\s+(this|next|last|the\s+next|the\s+last|the\s+previous|previous|the\s+following|following)\s+month(?-u:\b)"
            )
        },
        need::DAY,
        day_of_rel_month,
    ),
    Row::new(
        || format!(r"(?-u:\b)({MONTH})\s+(?:of\s+)?((?i:last|this|next))\s+year(?-u:\b)"),
        need::MONTH,
        month_rel_year,
    ),
    Row::new(
        || {
            r"(?i)(?-u:\b)(?:(?:a|one)\s+year\s+(?:earlier|before)|(?:the\s+)?year-(?:earlier|ago)(?:\s+(quarter|period))?)(?-u:\b)".into()
        },
        need::REL,
        year_earlier,
    ),
    Row::new(
        || r"(?i)(?-u:\b)(today|tonight|yesterday|tomorrow|otd)(?:’s|'s)?(?-u:\b)".into(),
        need::DAYWORD,
        day_word,
    ),
    Row::new(
        || r"(?i)(?-u:\b)th(is|e)\s+day(?-u:\b)".into(),
        need::DAY,
        this_day,
    ),
    Row::new(
        || {
            r"(?i)(?-u:\b)(?:(?:early|late|earlier|later|mid)\s+)?(this|last|next|the\s+past|the\s+previous|previous|the\s+coming|the\s+next|this\s+past|the\s+current|the\s+current\s+fiscal)\s+(week|month|year|quarter)(?:’s|'s)?(?-u:\b)".into()
        },
        need::REL,
        relative,
    ),
    Row::new(
        || {
            r"(?i)(?-u:\b)(?:earlier\s+in\s+|later\s+in\s+)?the\s+(?:full\s+|whole\s+|fiscal\s+)?year(?:\s+(before|earlier))?(?-u:\b)".into()
        },
        need::REL,
        the_year,
    ),
    Row::new(
        || {
            format!(
                r"(?i)(?-u:\b)(?:(?:nearly|almost|about|some|more\s+than|over|around|roughly|just)\s+)?({COUNT})\s+(day|week|month|year|decade|century|centurie)s?\s+ago(?-u:\b)"
            )
        },
        need::AGO,
        ago,
    ),
    Row::new(
        || {
            format!(
                r"(?i)(?-u:\b)in\s+({COUNT})\s+(day|week|month|year)s?(?-u:\b)(?:\s+time(?-u:\b))?"
            )
        },
        need::UNIT,
        in_time,
    ),
    Row::new(
        || {
            r"(?i)(?-u:\b)the\s+(?:latest\s+|most\s+recent\s+|recent\s+|just-ended\s+)?quarter(?-u:\b)".into()
        },
        need::REL,
        last_quarter,
    ),
];

pub(super) fn day_after(cx: &Ctx, c: &Captures, span: Span) -> Option<Resolved> {
    let r = cx.reference;
    Some({
        let Some(r) = r else {
            return Some((None, G::Day));
        };
        // "the day after his death", "the day before the plunge":
        // an event's neighbour, not the reference's.
        if !day_stands_alone(&cx.text[span.end()..cx.sentence.end()]) {
            return None;
        }
        let back = g(c, 1)?.eq_ignore_ascii_case("before");
        (
            Some(r.add_days(if back { -1 } else { 1 }).to_string()),
            G::Day,
        )
    })
}

pub(super) fn day_of_rel_month(cx: &Ctx, c: &Captures, _span: Span) -> Option<Resolved> {
    let r = cx.reference;
    Some({
        let d = day_value(g(c, 1)?)?;
        let Some(r) = r else {
            return Some((None, G::Day));
        };
        let which = g(c, 2)?.to_lowercase();
        let k = match which.split_whitespace().last() {
            Some("next" | "following") => 1,
            Some("last" | "previous") => -1,
            _ => 0,
        };
        let (y, m) = add_months(r.year, r.month, k);
        (Some(full_date(y, m, d)?), G::Day)
    })
}

pub(super) fn month_rel_year(cx: &Ctx, c: &Captures, _span: Span) -> Option<Resolved> {
    let r = cx.reference;
    Some({
        let m = month_number(g(c, 1)?)?;
        let Some(r) = r else {
            return Some((None, G::Month));
        };
        let y = match g(c, 2)?.to_lowercase().as_str() {
            "last" => r.year - 1,
            "next" => r.year + 1,
            _ => r.year,
        };
        (Some(month_value(y, m)), G::Month)
    })
}

/// "a year earlier", "year-ago": the year before the reference's. With
/// a period noun ("the year-ago quarter") it is the last completed
/// quarter a year back, as earnings reports compare; [`a_year_back`]
/// may anchor it on a quarter the sentence names.
pub(super) fn year_earlier(cx: &Ctx, c: &Captures, _span: Span) -> Option<Resolved> {
    let Some(r) = cx.reference else {
        return Some((None, G::Year));
    };
    if c.get(1).is_some() {
        let (y, q) = last_completed_quarter(r);
        return Some((Some(format!("{:04}-Q{q}", y - 1)), G::Quarter));
    }
    Some((Some(format!("{:04}", r.year - 1)), G::Year))
}

/// The quarter before the one `r` falls in: (year, 1..=4).
fn last_completed_quarter(r: Date) -> (i32, u32) {
    let q = (r.month - 1) / 3; // 0-based current quarter
    if q == 0 { (r.year - 1, 4) } else { (r.year, q) }
}

/// "third-quarter profit rose from a year earlier": a comparison "a year
/// ago/earlier" in a sentence that names a quarter is that quarter a year
/// back (the anchor of the comparison is the period compared), not the
/// whole year. Only when the sentence names exactly one quarter.
pub(super) fn a_year_back(cx: &Ctx, kept: &mut [Cand]) {
    let mut quarters = kept
        .iter()
        .filter(|(_, _, g)| *g == G::Quarter)
        .filter_map(|(s, v, _)| Some((*s, v.as_deref()?.split_once("-Q")?)));
    let (Some((anchor, (y, q))), None) = (quarters.next(), quarters.next()) else {
        return;
    };
    let Ok(y) = y.parse::<i32>() else {
        return;
    };
    let value = format!("{:04}-Q{q}", y - 1);
    for (span, v, g) in kept.iter_mut() {
        let words = cx.text[*span].to_lowercase();
        let back = matches!(*g, G::Year | G::Quarter)
            && *span != anchor
            && (words.ends_with("year ago")
                || words.ends_with("year earlier")
                || words.ends_with("year-ago quarter")
                || words.ends_with("year-earlier quarter")
                || words.ends_with("year-earlier period")
                || words.ends_with("year-ago period"));
        if back {
            *v = Some(value.clone());
            *g = G::Quarter;
        }
    }
}

pub(super) fn day_word(cx: &Ctx, c: &Captures, span: Span) -> Option<Resolved> {
    let r = cx.reference;
    Some({
        // "BBC Radio 4's Today programme": a capital mid-sentence
        // makes it a name.
        let word = g(c, 1)?;
        if word.starts_with(char::is_uppercase) {
            let before = cx.text[cx.sentence.start()..span.start()].trim_end();
            if before.ends_with("’s") || before.ends_with("'s") || before.ends_with("the") {
                return None;
            }
        }
        let Some(r) = r else {
            return Some((None, G::Day));
        };
        let off = match g(c, 1)?.to_lowercase().as_str() {
            "yesterday" => -1,
            "tomorrow" => 1,
            _ => 0,
        };
        (Some(r.add_days(off).to_string()), G::Day)
    })
}

pub(super) fn this_day(cx: &Ctx, c: &Captures, span: Span) -> Option<Resolved> {
    let r = cx.reference;
    Some({
        // "on this day", "(closed) for the day"; the cue word is
        // checked here, not in the rule, to keep the rule set's
        // automaton small (a rule that opens with a common word
        // multiplies its states).
        let cue = cx.word_before(span.start());
        let this = g(c, 1)?.eq_ignore_ascii_case("is");
        if !((this && cue == "on") || (!this && cue == "for")) {
            return None;
        }
        // "for the day of the vote": another day.
        if !day_stands_alone(&cx.text[span.end()..cx.sentence.end()]) {
            return None;
        }
        (r.map(|r| r.to_string()), G::Day)
    })
}

pub(super) fn relative(cx: &Ctx, c: &Captures, _span: Span) -> Option<Resolved> {
    let r = cx.reference;
    Some({
        let which = g(c, 1)?.to_lowercase();
        let which = which.split_whitespace().last().unwrap_or("");
        let unit = g(c, 2)?.to_lowercase();
        let Some(r) = r else {
            return Some((None, granularity_of(&unit)));
        };
        let n: i64 = match which {
            "last" | "past" | "previous" => -1,
            "next" | "coming" => 1,
            _ => 0,
        };
        match unit.as_str() {
            "week" => (Some(week_value(r.add_days(7 * n))), G::Week),
            "month" => {
                let (y, m) = add_months(r.year, r.month, n);
                (Some(month_value(y, m)), G::Month)
            }
            "year" => (Some(format!("{:04}", i64::from(r.year) + n)), G::Year),
            _ => {
                let q = (r.month - 1) / 3;
                let (y, q) = add_months(r.year, q * 3 + 1, 3 * n);
                (Some(format!("{y:04}-Q{}", (q - 1) / 3 + 1)), G::Quarter)
            }
        }
    })
}

pub(super) fn the_year(cx: &Ctx, c: &Captures, span: Span) -> Option<Resolved> {
    let r = cx.reference;
    Some({
        let after = cx.text[span.end()..cx.sentence.end()].trim_start();
        if after.starts_with(|c: char| c.is_ascii_digit()) {
            return None; // "the year 2000": the number is the date
        }
        let Some(r) = r else {
            return Some((None, G::Year));
        };
        let back = i32::from(g(c, 1).is_some());
        (Some(format!("{:04}", r.year - back)), G::Year)
    })
}

pub(super) fn ago(cx: &Ctx, c: &Captures, _span: Span) -> Option<Resolved> {
    let r = cx.reference;
    Some({
        let unit = g(c, 2)?.to_lowercase();
        let gran = granularity_of(&unit);
        let Some(r) = r else {
            return Some((None, gran));
        };
        let Some(n) = count_value(g(c, 1)?) else {
            return Some((Some("PAST_REF".into()), G::Unknown));
        };
        match unit.as_str() {
            "day" => (Some(r.add_days(-n).to_string()), G::Day),
            "week" => (Some(week_value(r.add_days(-7 * n))), G::Week),
            "month" => {
                let (y, m) = add_months(r.year, r.month, -n);
                (Some(month_value(y, m)), G::Month)
            }
            "year" => (Some(format!("{:04}", i64::from(r.year) - n)), G::Year),
            _ => (Some("PAST_REF".into()), G::Unknown),
        }
    })
}

pub(super) fn in_time(cx: &Ctx, c: &Captures, span: Span) -> Option<Resolved> {
    let r = cx.reference;
    Some({
        if cx.tense(span) != Tense::Future {
            return None;
        }
        let unit = g(c, 2)?.to_lowercase();
        let n = count_value(g(c, 1)?)?;
        let Some(r) = r else {
            return Some((None, granularity_of(&unit)));
        };
        match unit.as_str() {
            "day" => (Some(r.add_days(n).to_string()), G::Day),
            "week" => (Some(r.add_days(7 * n).to_string()), G::Day),
            "month" => {
                let (y, m) = add_months(r.year, r.month, n);
                let d = r.day.min(crate::calendar::days_in_month(y, m));
                (Some(full_date(y, m, d)?), G::Day)
            }
            _ => {
                // "in two years": the same day, that many years on.
                let y = r.year + n as i32;
                let d = r.day.min(crate::calendar::days_in_month(y, r.month));
                (Some(full_date(y, r.month, d)?), G::Day)
            }
        }
    })
}

pub(super) fn last_quarter(cx: &Ctx, _c: &Captures, _span: Span) -> Option<Resolved> {
    let Some(r) = cx.reference else {
        return Some((None, G::Quarter));
    };
    let (y, q) = last_completed_quarter(r);
    Some((Some(format!("{y:04}-Q{q}")), G::Quarter))
}
