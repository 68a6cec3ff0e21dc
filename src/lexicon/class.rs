//! Lexicon class bits: what the vocabulary knows about one word type,
//! looked up once per word type (spaCy's lexeme `flags`).
//!
//! Input: a word's exact form and its lower-cased form. Output: a
//! [`Classes`] bit set. The token layer (`segment::tokens`) calls
//! [`classes`] once per distinct word of a document and keeps the bits in
//! the word's lexeme, so stages test bits instead of repeating lookups.
//!
//! Known limits: every class is a property of the word type alone, never of
//! its context ("May" has `MONTH` whether or not it is the month); multi-word
//! names (places, organizations, titles of several words) are not single
//! word classes: use the lexicon's own lookups for them.

use super::{AbbrevClass, Gender};

/// A set of lexicon classes of one word type.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Classes(pub u64);

impl Classes {
    /// The empty set.
    pub const NONE: Classes = Classes(0);

    /// True when every bit of `other` is set.
    #[inline]
    pub fn has(self, other: Classes) -> bool {
        self.0 & other.0 == other.0 && other.0 != 0
    }

    /// True when any bit of `other` is set.
    #[inline]
    pub fn any(self, other: Classes) -> bool {
        self.0 & other.0 != 0
    }
}

impl std::ops::BitOr for Classes {
    type Output = Classes;
    fn bitor(self, rhs: Classes) -> Classes {
        Classes(self.0 | rhs.0)
    }
}

impl std::ops::BitOrAssign for Classes {
    fn bitor_assign(&mut self, rhs: Classes) {
        self.0 |= rhs.0;
    }
}

macro_rules! classes {
    ($($(#[$doc:meta])* $name:ident = $bit:expr;)*) => {
        impl Classes {
            $($(#[$doc])* pub const $name: Classes = Classes(1 << $bit);)*
        }
        /// Every class with its name (tests and debugging).
        pub const ALL: &[(&str, Classes)] = &[$((stringify!($name), Classes::$name)),*];
    };
}

classes! {
    /// A month name, full ("March") or abbreviated ("Nov.", "Sept").
    MONTH = 0;
    /// A weekday name, full ("Monday") or abbreviated ("Tue.").
    WEEKDAY = 1;
    /// A listed abbreviation with its final period ("Mr.", "U.S.", "Calif.").
    ABBREVIATION = 2;
    /// A one-word title or role ("President", "Rep.", "minister").
    TITLE = 3;
    /// A word that starts a title of several words ("Secretary" of State).
    TITLE_START = 4;
    /// A listed given name ("Donald", "Tatiana").
    GIVEN_NAME = 5;
    /// The given name is usually male.
    MALE = 6;
    /// The given name is usually female.
    FEMALE = 7;
    /// An ordinary English word (lower-cased form in the common-word list).
    COMMON = 8;
    /// A common word whose capitalized form is also a proper noun (bath/Bath).
    COMMON_PROPER = 9;
    /// A demonym ("Russian", "Ukrainians").
    DEMONYM = 10;
    /// A word that marks an organization name ("Council", "Inc.").
    ORG_KEYWORD = 11;
    /// A possessive ending split off its word ("’s", "'s").
    POSSESSIVE = 12;
    /// A word that typically opens a sentence and is no name ("The", "How").
    STARTER = 13;
    /// A speech verb that may follow a quote and its speaker ("said", "asked").
    SPEECH_VERB = 14;
}

fn is_possessive(orth: &str) -> bool {
    matches!(orth, "'s" | "’s" | "'S" | "’S")
}

/// The classes of one word type. `lower` is `orth` lower-cased.
pub fn classes(orth: &str, lower: &str) -> Classes {
    let mut c = Classes::NONE;
    if !orth.contains(char::is_alphabetic) {
        return c;
    }
    let bare = lower.trim_end_matches('.');
    if is_possessive(orth) {
        c |= Classes::POSSESSIVE;
    }
    if super::is_month(bare) {
        c |= Classes::MONTH;
    }
    if super::is_weekday(bare) {
        c |= Classes::WEEKDAY;
    }
    if orth.ends_with('.')
        && let Some(a) = super::abbreviation(orth)
    {
        c |= Classes::ABBREVIATION;
        match a.class {
            AbbrevClass::Month => c |= Classes::MONTH,
            AbbrevClass::Weekday => c |= Classes::WEEKDAY,
            _ => {}
        }
    }
    if super::title(&[orth]).is_some() {
        c |= Classes::TITLE;
    }
    if super::title_may_start(orth) {
        c |= Classes::TITLE_START;
    }
    if let Some(g) = super::given_name(orth) {
        c |= Classes::GIVEN_NAME;
        match g.gender {
            Gender::Male => c |= Classes::MALE,
            Gender::Female => c |= Classes::FEMALE,
            Gender::Unknown => {}
        }
    }
    match super::common_word(lower) {
        Some(true) => c |= Classes::COMMON | Classes::COMMON_PROPER,
        Some(false) => c |= Classes::COMMON,
        None => {}
    }
    if super::demonym(orth).is_some() {
        c |= Classes::DEMONYM;
    }
    if super::org_keyword(orth).is_some() {
        c |= Classes::ORG_KEYWORD;
    }
    if super::is_starter(lower) {
        c |= Classes::STARTER;
    }
    if super::is_speech_verb(lower) {
        c |= Classes::SPEECH_VERB;
    }
    c
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bits_are_distinct() {
        for (i, (a, x)) in ALL.iter().enumerate() {
            assert_eq!(x.0.count_ones(), 1, "{a}");
            for (b, y) in &ALL[i + 1..] {
                assert_ne!(x, y, "{a} {b}");
            }
        }
    }

    #[test]
    fn word_classes() {
        let cases: &[(&str, Classes)] = &[
            ("March", Classes::MONTH),
            ("Nov.", Classes::MONTH | Classes::ABBREVIATION),
            ("Monday", Classes::WEEKDAY),
            ("Mr.", Classes::ABBREVIATION | Classes::TITLE),
            ("Donald", Classes::GIVEN_NAME | Classes::MALE),
            ("’s", Classes::POSSESSIVE),
            ("said", Classes::SPEECH_VERB | Classes::COMMON),
            ("The", Classes::STARTER | Classes::COMMON),
            ("Ukrainians", Classes::DEMONYM),
        ];
        for &(w, want) in cases {
            let got = classes(w, &w.to_lowercase());
            assert!(got.has(want), "{w}: {got:?} lacks {want:?}");
        }
        assert_eq!(classes(",", ","), Classes::NONE);
        assert_eq!(classes("600,000", "600,000"), Classes::NONE);
    }
}
