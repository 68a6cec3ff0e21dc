//! Counts that move a day-level date: "three weeks from tomorrow", "2
//! weeks before Christmas", "the day before yesterday".
//!
//! Input: the kept mentions of a sentence. Output: the same, with each
//! moved date's span grown to take in its count.
//!
//! Known limits: a possessive anchor ("three days after Monday's attack")
//! is an event's day, not an anchor, and stays as it is.

use std::sync::LazyLock;

use regex::Regex;

use super::grammar::{COUNT, add_months, count_value};
use super::{Cand, Ctx, Granularity};
use crate::calendar::Date;
use crate::document::Span;

/// "three weeks from tomorrow", "2 weeks before Christmas", "the day
/// before yesterday": a count of days, weeks, months or years just before a
/// day-level date.
static OFFSET: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)(?-u:\b)({COUNT}|the)\s+(day|week|fortnight|month|year)s?\s+(before|after|from)\s+$"
    ))
    .expect("offset regex compiles")
});

/// A necessary condition for an [`OFFSET`] match, cheap to test: `head`
/// ends with "before", "after" or "from" (any case: no letter of them has
/// a non-ASCII case variant) and white space. Most dates have none, and
/// then the regex is neither run nor, at start-up, built.
fn may_be_offset(head: &str) -> bool {
    let t = head.trim_end();
    let ends = |w: &str| {
        t.len() >= w.len()
            && t.is_char_boundary(t.len() - w.len())
            && t[t.len() - w.len()..].eq_ignore_ascii_case(w)
    };
    t.len() < head.len() && (ends("before") || ends("after") || ends("from"))
}

/// How far before a date its offset count is looked for (bytes): "twenty
/// five fortnights from" is well inside it.
const OFFSET_REACH: usize = 80;

/// Move each day-level date by a count stated just before it ("3 days
/// from Tuesday"), taking the count into the span. A possessive anchor
/// ("three days after Monday's attack") is an event's date, not an
/// offset's anchor, and stays as it is; so does a date the count cannot
/// reach without crossing another mention.
pub(super) fn apply(ctx: &Ctx, kept: &mut Vec<Cand>) {
    let text = ctx.text;
    let mut k = 0;
    while k < kept.len() {
        let (span, value, gran) = kept[k].clone();
        k += 1;
        if gran != Granularity::Day || text[span].ends_with("'s") || text[span].ends_with("’s") {
            continue;
        }
        // The count sits just before the date: a bounded look-back keeps
        // a sentence of thousands of dates linear.
        let mut from = span
            .start()
            .saturating_sub(OFFSET_REACH)
            .max(ctx.sentence.start());
        while !text.is_char_boundary(from) {
            from += 1;
        }
        let head = &text[from..span.start()];
        if !may_be_offset(head) {
            continue;
        }
        let Some(c) = OFFSET.captures(head) else {
            continue;
        };
        let m = c.get(0).expect("group 0");
        let count = &c[1];
        let unit = c[2].to_lowercase();
        // "the" counts one only for days ("the day before yesterday").
        if count.eq_ignore_ascii_case("the") && unit != "day" {
            continue;
        }
        // "the five months from 3 August to 24 December": a period
        // between two dates, not a moved day.
        let period = matches!(
            text[ctx.sentence.start()..from + m.start()]
                .trim_end()
                .rsplit(|ch: char| !ch.is_alphabetic())
                .next(),
            Some("the" | "The" | "for" | "over" | "past" | "last" | "first" | "next")
        );
        let rest = text[span.end()..ctx.sentence.end()].trim_start();
        let to_date = ["to ", "until ", "through ", "-", "–"]
            .iter()
            .any(|w| rest.starts_with(w));
        if period || to_date {
            continue;
        }
        let start = from + m.start();
        // Mentions inside the count ("the day before" is itself a date)
        // give way to the whole.
        let inside = |s: &Span| s.start() >= start && s.end() <= span.start();
        let Some(n) = (if count.eq_ignore_ascii_case("the") {
            Some(1)
        } else {
            count_value(count)
        }) else {
            continue;
        };
        let n = if c[3].eq_ignore_ascii_case("before") {
            -n
        } else {
            n
        };
        let new_value = value
            .as_deref()
            .and_then(|v| v.parse::<Date>().ok())
            .and_then(|d| {
                let moved = match unit.as_str() {
                    "day" => d.add_days(n),
                    "week" => d.add_days(7 * n),
                    "fortnight" => d.add_days(14 * n),
                    _ => {
                        let months = if unit == "year" { 12 * n } else { n };
                        let (y, mo) = add_months(d.year, d.month, months);
                        Date::new(y, mo, d.day.min(crate::calendar::days_in_month(y, mo)))?
                    }
                };
                Some(moved.to_string())
            });
        if value.is_some() && new_value.is_none() {
            continue;
        }
        let whole = Span::new(text, start, span.end());
        let before = kept.len();
        kept.retain(|(s, _, _)| !inside(s));
        k -= before - kept.len();
        let at = kept
            .iter()
            .position(|(s, _, _)| *s == span)
            .expect("still kept");
        kept[at] = (whole, new_value, Granularity::Day);
    }
}
