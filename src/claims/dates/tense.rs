//! The tense around a date, from cue words: which way a relative date
//! looks ("on Friday" after "will" is the coming one).
//!
//! Input: the sentence. Output: its cue words with their tense, and the
//! tense nearest to a date.
//!
//! Known limits: word lists, not a parser.

use crate::claims::words::{
    Class::{FutureBeforeTo, FutureCue, PastTime},
    has,
};
use crate::document::Span;

/// Verb tense near a date, from cue words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Tense {
    Past,
    Future,
    None,
}

fn word_tense(w: &str, next: &str) -> Tense {
    let lower = w.to_lowercase();
    let l = lower.as_str();
    if has(l, FutureBeforeTo) && next.eq_ignore_ascii_case("to") {
        return Tense::Future;
    }
    // "next to the embassy" is a place, not a time.
    if l == "next" && next.eq_ignore_ascii_case("to") {
        return Tense::None;
    }
    if has(l, FutureCue) || l.ends_with("’ll") || l.ends_with("'ll") {
        Tense::Future
    } else if (has(l, PastTime) || crate::lexicon::is_plain_irregular_past(l))
        || (l.len() > 4 && l.ends_with("ed") && !l.ends_with("eed"))
    {
        Tense::Past
    } else {
        Tense::None
    }
}

/// How far around a date its tense cue is looked for. Bounded so that a
/// cue far away in a run-on "sentence" does not decide; news sentences are
/// shorter than this on either side.
const TENSE_REACH: usize = 400;

/// The tense cue words of a sentence, in text order: found once per
/// sentence (and only for one that holds a date), so that each date's
/// tense is a binary search.
pub(super) fn cues(text: &str, sentence: Span) -> Vec<(Span, Tense)> {
    let mut out = Vec::new();
    let mut words = crate::segment::words(text, sentence).peekable();
    while let Some(w) = words.next() {
        let next = words.peek().map_or("", |n| &text[*n]);
        let t = word_tense(&text[w], next);
        if t != Tense::None {
            out.push((w, t));
        }
    }
    out
}

/// The tense of the cue word nearest to `date` (within [`TENSE_REACH`]
/// bytes), from the sentence's `cues`; on a tie, the one before.
pub(super) fn near(cues: &[(Span, Tense)], date: Span) -> Tense {
    let k = cues.partition_point(|(w, _)| w.end() <= date.start());
    let before = k
        .checked_sub(1)
        .map(|i| (date.start() - cues[i].0.end(), cues[i].1));
    let after = cues[k..]
        .iter()
        .find(|(w, _)| w.start() >= date.end())
        .map(|(w, t)| (w.start() - date.end(), *t));
    let best = match (before, after) {
        (Some(b), Some(a)) if a.0 < b.0 => Some(a),
        (Some(b), _) => Some(b),
        (None, a) => a,
    };
    best.filter(|(d, _)| *d <= TENSE_REACH)
        .map_or(Tense::None, |(_, t)| t)
}
