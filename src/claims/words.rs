//! The closed word lists of the claim rules (quantities, date tense), read
//! from the lexicon.
//!
//! Input: `src/lexicon/claim_lists.tsv` (ours: a provenance line, then one
//! `word<TAB>class` row; a word may have several classes), compiled in and
//! read once. Output: [`has`], whether a word is in a class.
//!
//! Known limits: the lookup is exact (callers pass the lower-cased word);
//! classes are plain word sets, a word's sense in context is the rules'
//! business.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::sync::LazyLock;

use crate::lexicon::{self, FxHasher};

/// A class of `claim_lists.tsv`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Class {
    /// A word before two numbers that makes them a change and a level,
    /// never a range ("rose $1.64 to $47.10", "fell by 32,000 to 1.41
    /// million").
    ChangeBeforeNumbers = 0,
    /// A word before "from X to Y" that makes it a range in either order
    /// ("ranged from -18 °C to -34 °C").
    RangeVerb,
    /// A word after a number that is never the counted noun, besides the
    /// function words ("5 ago", "two today", "three apiece").
    NotCounted,
    /// A plural noun without "-s" ("people", "cattle").
    IrregularPlural,
    /// A word that points to the future only before "to" ("is expected
    /// to", "plans to"); otherwise a participle or noun ("the peace plan").
    FutureBeforeTo,
    /// A word that points to the future ("will", "upcoming", "soon").
    FutureCue,
    /// A past-time word besides verb forms ("ago", "last").
    PastTime,
}

const CLASSES: &[(&str, Class)] = &[
    ("change_before_numbers", Class::ChangeBeforeNumbers),
    ("range_verb", Class::RangeVerb),
    ("not_counted", Class::NotCounted),
    ("irregular_plural", Class::IrregularPlural),
    ("future_before_to", Class::FutureBeforeTo),
    ("future_cue", Class::FutureCue),
    ("past_time", Class::PastTime),
];

const FILE: &str = include_str!("../lexicon/claim_lists.tsv");

/// Per word: its class bits.
type Words = HashMap<&'static str, u32, BuildHasherDefault<FxHasher>>;

static WORDS: LazyLock<Words> = LazyLock::new(|| {
    let mut map = Words::default();
    for (word, c) in lexicon::word_classes([FILE], CLASSES) {
        *map.entry(word).or_insert(0) |= 1 << c as u32;
    }
    map
});

/// Is `word` (exactly as given) in class `c`?
pub(crate) fn has(word: &str, c: Class) -> bool {
    WORDS
        .get(word)
        .is_some_and(|bits| bits & (1 << c as u32) != 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorted_unique_lower_case_known_classes() {
        let rows: Vec<(&str, &str)> = lexicon::rows(FILE)
            .filter_map(|c| Some((*c.first()?, *c.get(1)?)))
            .collect();
        assert!(!rows.is_empty());
        for pair in rows.windows(2) {
            assert!(pair[0] < pair[1], "not sorted or duplicated: {pair:?}");
        }
        for (word, class) in rows {
            assert_eq!(word, word.to_lowercase(), "not lower case: {word}");
            assert!(CLASSES.iter().any(|(n, _)| *n == class), "class {class}");
        }
    }

    #[test]
    fn lookup() {
        for (word, class, want) in [
            ("rose", Class::ChangeBeforeNumbers, true),
            ("ranged", Class::RangeVerb, true),
            ("apiece", Class::NotCounted, true),
            ("cattle", Class::IrregularPlural, true),
            ("plans", Class::FutureBeforeTo, true),
            ("won’t", Class::FutureCue, true),
            ("ago", Class::PastTime, true),
            ("rose", Class::FutureCue, false),
        ] {
            assert_eq!(has(word, class), want, "{word} {class:?}");
        }
    }
}
