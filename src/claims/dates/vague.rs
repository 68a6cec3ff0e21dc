//! Vague times: "now", "recently", "in the future" as PRESENT_REF,
//! PAST_REF and FUTURE_REF.
//!
//! Input: a match of one row. Output: its TIMEX3 value.
//!
//! Known limits: word lists.

use super::triggers::need;
use super::{Captures, Ctx, Granularity, Resolved, Row};
use crate::document::Span;

/// The vague rows; on the same span the earlier row wins.
pub(super) static ROWS: [Row; 3] = [
    Row::new(
        || {
            r"(?i)(?-u:\b)(?:right\s+now|now|currently|nowadays|at\s+present|presently|at\s+the\s+moment|these\s+days)(?-u:\b)".into()
        },
        need::PRESENT,
        present,
    ),
    Row::new(
        || {
            r"(?i)(?-u:\b)(?:recently|lately|in\s+the\s+past|(?:in\s+)?recent\s+(?:days|weeks|months|years)|in\s+the\s+past\s+(?:few\s+)?(?:days|weeks|months|years))(?-u:\b)".into()
        },
        need::PAST,
        past,
    ),
    Row::new(
        || {
            r"(?i)(?-u:\b)(?:(?:in|for)\s+)?the\s+(?:near\s+|distant\s+|foreseeable\s+)?future(?-u:\b)|(?-u:\b)(?:in\s+the\s+coming\s+(?:days|weeks|months|years))(?-u:\b)".into()
        },
        need::FUTURE,
        future,
    ),
];

pub(super) fn present(cx: &Ctx, _c: &Captures, span: Span) -> Option<Resolved> {
    if is_discourse_now(cx, span) {
        return None;
    }
    Some((Some("PRESENT_REF".into()), Granularity::Unknown))
}

/// "Now, the question is ...": "now" opening a sentence before a comma is
/// a discourse marker and says nothing of when a claim holds. ("Now that
/// the vote is over" does say it holds now, as TimeBank and AQUAINT
/// annotate it.)
fn is_discourse_now(cx: &Ctx, span: Span) -> bool {
    if !cx.text[span].eq_ignore_ascii_case("now") {
        return false;
    }
    let after = &cx.text[span.end()..cx.sentence.end()];
    let opens = cx.text[cx.sentence.start()..span.start()]
        .chars()
        .all(|c| !c.is_alphanumeric());
    opens && after.starts_with(',')
}

pub(super) fn past(_cx: &Ctx, _c: &Captures, _span: Span) -> Option<Resolved> {
    Some((Some("PAST_REF".into()), Granularity::Unknown))
}

pub(super) fn future(_cx: &Ctx, _c: &Captures, _span: Span) -> Option<Resolved> {
    Some((Some("FUTURE_REF".into()), Granularity::Unknown))
}
