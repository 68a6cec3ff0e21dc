//! Named days: Christmas, Easter, Thanksgiving and the others of
//! `lexicon::HOLIDAY_PATTERN`, with their date rules (fixed days, the
//! Easter computus, "the fourth Thursday of November").
//!
//! Input: a match of the row and the sentence ([`super::Ctx`]). Output:
//! its day, or none when a name before it makes it another day
//! ("Orthodox Christmas").
//!
//! Known limits: Western and US holidays only; no lunar ones.

use super::grammar::*;
use super::triggers::need;
use super::{Captures, Ctx, Granularity, Resolved, Row};
use crate::calendar::Date;
use crate::document::Span;
use crate::lexicon;

use Granularity as G;

/// The holiday rows; on the same span the earlier row wins.
pub(super) static ROWS: [Row; 1] = [Row::new(
    || {
        format!(
            r"(?i)(?-u:\b)(?:(last|next|this|following|previous)\s+)?({})(?-u:\b)(?:,?\s+([0-9]{{4}})(?-u:\b))?",
            lexicon::HOLIDAY_PATTERN
        )
    },
    need::HOLIDAY,
    holiday,
)];

/// US Thanksgiving: the fourth Thursday of November.
fn thanksgiving(y: i32) -> Option<Date> {
    let first = Date::new(y, 11, 1)?;
    let to_thu = (4 - i64::from(first.weekday())).rem_euclid(7);
    Some(first.add_days(to_thu + 21))
}

/// Western Easter Sunday of `year` (anonymous Gregorian computus).
fn easter(year: i32) -> Date {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    Date {
        year,
        month: month as u32,
        day: day as u32,
    }
}

pub(super) fn holiday(cx: &Ctx, c: &Captures, span: Span) -> Option<Resolved> {
    let r = cx.reference;
    Some({
        let name = g(c, 2)?.to_lowercase();
        let which = g(c, 1).map(str::to_lowercase);
        // "National Holocaust Memorial Day", "Chinese New Year's",
        // "Orthodox Christmas": a name before it makes another day.
        let head = cx.text[cx.sentence.start()..span.start()].trim_end();
        let prev = head
            .rsplit(|ch: char| ch.is_whitespace())
            .next()
            .unwrap_or("");
        // A capital that opens the sentence ("Mixed Christmas for
        // US retailers") is a headline's or the sentence's.
        let opens = head.len() == prev.len();
        if which.is_none()
            && !opens
            && prev.starts_with(char::is_uppercase)
            && !matches!(
                prev.to_lowercase().as_str(),
                "on" | "at"
                    | "by"
                    | "since"
                    | "until"
                    | "before"
                    | "after"
                    | "and"
                    | "or"
                    | "of"
                    | "in"
                    | "the"
                    | "from"
                    | "over"
                    | "during"
                    | "for"
                    | "till"
                    | "this"
                    | "last"
                    | "next"
                    | "a"
                    | "every"
                    | "each"
            )
        {
            return None;
        }
        let on = |y: i32| -> Option<Date> {
            if name.starts_with("christmas eve") {
                Date::new(y, 12, 24)
            } else if name.starts_with("christmas") {
                Date::new(y, 12, 25)
            } else if name.starts_with("boxing") {
                Date::new(y, 12, 26)
            } else if name.starts_with("new year") && name.ends_with("eve") {
                Date::new(y, 12, 31)
            } else if name.starts_with("new year") {
                Date::new(y, 1, 1)
            } else if name.starts_with("independence") {
                Date::new(y, 7, 4)
            } else if name.starts_with("halloween") {
                Date::new(y, 10, 31)
            } else if name.starts_with("valentine") {
                Date::new(y, 2, 14)
            } else if name.starts_with("thanksgiving") {
                Some(thanksgiving(y)?)
            } else if name.starts_with("black") {
                Some(thanksgiving(y)?.add_days(1))
            } else if name.starts_with("cyber") {
                Some(thanksgiving(y)?.add_days(4))
            } else if name.starts_with("international") || name.starts_with("may") {
                Date::new(y, 5, 1)
            } else if name.starts_with("labor") {
                // US: the first Monday of September.
                let first = Date::new(y, 9, 1)?;
                Some(first.add_days((1 - i64::from(first.weekday())).rem_euclid(7)))
            } else if name.starts_with("memorial") {
                // US: the last Monday of May.
                let last = Date::new(y, 5, 31)?;
                Some(last.add_days(-(i64::from(last.weekday()) - 1).rem_euclid(7)))
            } else {
                Some(easter(y))
            }
        };
        let d = match (num(c, 3), r) {
            (Some(y), _) => on(y as i32)?,
            (None, None) => return Some((None, G::Day)),
            (None, Some(r)) => {
                let this = on(r.year)?;
                match which.as_deref() {
                    Some("last" | "previous") if this >= r => on(r.year - 1)?,
                    Some("next" | "following") if this <= r => on(r.year + 1)?,
                    Some(_) => this,
                    None => {
                        let y = infer_year(r, this.month, Some(this.day), cx.tense(span));
                        on(y)?
                    }
                }
            }
        };
        (Some(d.to_string()), G::Day)
    })
}
