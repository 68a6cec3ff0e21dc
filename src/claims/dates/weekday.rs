//! Weekdays: "on Monday", "next Friday", "Tuesday of last week",
//! "Tuesday the eleventh", "over the weekend", resolved against the
//! reference date and the tense around them.
//!
//! Input: a match of one row and the sentence ([`super::Ctx`]). Output:
//! its TIMEX3 value, or none to drop the match.
//!
//! Known limits: a weekday's direction comes from tense cue words; no
//! anaphora ("that Monday").

use super::grammar::*;
use super::tense::Tense;
use super::triggers::need;
use super::{Captures, Ctx, Granularity, Resolved, Row};
use crate::calendar::Date;
use crate::document::Span;

use Granularity as G;

/// The weekday rows; on the same span the earlier row wins.
pub(super) static ROWS: [Row; 4] = [
    Row::new(
        || {
            format!(
                r"(?i)(?-u:\b)({WEEKDAY_SHORT}),?\s+(?:the\s+)?([0-9]{{1,2}}(?:st|nd|rd|th)?|{ORD})(?-u:\b)"
            )
        },
        need::WEEKDAY,
        weekday_day,
    ),
    Row::new(
        || {
            format!(
                r"(?i)(?-u:\b)(?:(last|this|next|this\s+past|this\s+coming|coming|past|previous|the\s+previous|following|the\s+following)\s+)?({WEEKDAY})(?:’s|'s)?(?:\s+(?:morning|afternoon|evening|night))?(?-u:\b)"
            )
        },
        need::WEEKDAY,
        weekday,
    ),
    Row::new(
        || {
            format!(
                r"(?i)(?-u:\b)({WEEKDAY})\s+(?:of\s+)?(last|this|next)\s+week(?-u:\b)|(?-u:\b)(last|this|next)\s+week(?:’s|'s)?\s+(?:on\s+)?({WEEKDAY_ABBR})(?-u:\b)"
            )
        },
        need::WEEKDAY,
        weekday_of_week,
    ),
    Row::new(
        || {
            r"(?i)(?-u:\b)(?:over\s+the|(this|last|next|this\s+past|the\s+past|the\s+coming|the))\s+weekend(?-u:\b)".into()
        },
        need::WEEKEND,
        weekend,
    ),
];

pub(super) fn weekday_day(cx: &Ctx, c: &Captures, span: Span) -> Option<Resolved> {
    let r = cx.reference;
    Some({
        let wd = weekday_number(g(c, 1)?)?;
        let d = day_value(g(c, 2)?)?;
        let after = &cx.text[span.end()..cx.sentence.end()];
        if !day_stands_alone(after) {
            return None;
        }
        // A bare number ("Sunday 31") is a day unless a time, score or
        // fraction goes on ("Sunday 12:30", "Saturday 2-1").
        let bare = g(c, 2)?.ends_with(|ch: char| ch.is_ascii_digit());
        if bare && after.starts_with([':', '.', ',', '-', '/', '%']) {
            return None;
        }
        let Some(r) = r else {
            return Some((None, G::Day));
        };
        // A month within a year of the reference where that day falls
        // on that weekday: the nearest in the tense's direction, else the
        // nearest (a day and weekday name one date in about 14 months).
        let cands: Vec<Date> = (-12..=12)
            .filter_map(|k| {
                let (y, m) = add_months(r.year, r.month, k);
                Date::new(y, m, d).filter(|x| x.weekday() == wd)
            })
            .collect();
        let dist = |x: &Date| (x.to_days() - r.to_days()).abs();
        let pick = match cx.tense(span) {
            Tense::Future => cands.iter().filter(|x| **x >= r).min_by_key(|x| dist(x)),
            Tense::Past => cands.iter().filter(|x| **x <= r).min_by_key(|x| dist(x)),
            Tense::None => None,
        }
        .or_else(|| cands.iter().min_by_key(|x| dist(x)));
        (pick.map(|x| x.to_string()), G::Day)
    })
}

pub(super) fn weekday(cx: &Ctx, c: &Captures, span: Span) -> Option<Resolved> {
    let r = cx.reference;
    Some({
        let wd = weekday_number(g(c, 2)?)?;
        let Some(r) = r else {
            return Some((None, G::Day));
        };
        let rw = i64::from(r.weekday());
        let wd = i64::from(wd);
        let back = (rw - wd).rem_euclid(7); // days back to the most recent
        let fwd = (wd - rw).rem_euclid(7);
        let modifier = g(c, 1).map(|s| s.split_whitespace().collect::<Vec<_>>().join(" "));
        let monday = rw - 1; // days back to this week's Monday
        let off = match modifier.as_deref().map(str::to_lowercase).as_deref() {
            // "previous Monday", "the following Friday": that day
            // of the week before or after the reference's.
            Some("previous" | "the previous") => wd - 1 - monday - 7,
            Some("following" | "the following") => wd - 1 - monday + 7,
            Some("last" | "this past" | "past") => -(if back == 0 { 7 } else { back }),
            Some("next" | "this coming" | "coming") => {
                if fwd == 0 {
                    7
                } else {
                    fwd
                }
            }
            Some("this") => wd - rw,
            _ => match cx.tense(span) {
                Tense::Future => fwd,
                // "must decide by Thursday", "open until Friday": a
                // deadline looks forward unless the verb is past.
                Tense::None if is_deadline(&cx.word_before(span.start())) => fwd,
                _ => -back,
            },
        };
        (Some(r.add_days(off).to_string()), G::Day)
    })
}

pub(super) fn weekday_of_week(cx: &Ctx, c: &Captures, _span: Span) -> Option<Resolved> {
    let r = cx.reference;
    Some({
        let wd = i64::from(weekday_number(g(c, 1).or(g(c, 4))?)?);
        let Some(r) = r else {
            return Some((None, G::Day));
        };
        let n: i64 = match g(c, 2).or(g(c, 3))?.to_lowercase().as_str() {
            "last" => -1,
            "next" => 1,
            _ => 0,
        };
        let monday = r.add_days(1 - i64::from(r.weekday()));
        (Some(monday.add_days(7 * n + wd - 1).to_string()), G::Day)
    })
}

pub(super) fn weekend(cx: &Ctx, c: &Captures, span: Span) -> Option<Resolved> {
    let r = cx.reference;
    Some({
        let Some(r) = r else {
            return Some((None, G::Week));
        };
        let which = g(c, 1).map(str::to_lowercase).unwrap_or_default();
        let rw = i64::from(r.weekday());
        // The Saturday of the weekend that holds or last preceded r.
        let last_sat = r.add_days(-(rw - 6).rem_euclid(7));
        let next_sat = r.add_days((6 - rw).rem_euclid(7));
        let sat = match which.as_str() {
            "next" | "the coming" => next_sat.add_days(if rw >= 6 { 7 } else { 0 }),
            "last" | "this past" | "the past" => {
                if rw >= 6 {
                    last_sat.add_days(-7)
                } else {
                    last_sat
                }
            }
            _ => match cx.tense(span) {
                Tense::Future if rw < 6 => next_sat,
                _ => last_sat,
            },
        };
        (Some(format!("{}-WE", week_value(sat))), G::Week)
    })
}

/// A preposition that makes the date after it a deadline ("by Thursday",
/// "until Friday"), which lies ahead when nothing says otherwise.
fn is_deadline(word: &str) -> bool {
    matches!(word, "by" | "until" | "till" | "til")
}
