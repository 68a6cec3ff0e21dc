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
    /// Function words (`vocab::FUNCTION_WORDS`).
    DETERMINER = 15;
    PRONOUN = 16;
    PREPOSITION = 17;
    CONJUNCTION = 18;
    AUXILIARY = 19;
    /// A personal or reflexive pronoun ("he", "them", "herself").
    PERSONAL_PRONOUN = 20;
    /// A one-word attribution cue in `cues.tsv`, any class ("said", "believes").
    CUE = 21;
    /// A cue of class speech ("said", "told", "insisted").
    SPEECH_CUE = 22;
    /// A number word: cardinal, scale, ordinal or fraction ("twelve", "million", "third").
    NUMBER_WORD = 23;
    /// An ordinal ("first", "twentieth").
    ORDINAL = 24;
    /// A unit of measure or time after a number ("km", "hours"), exact form.
    UNIT = 25;
    /// A currency: name ("euros"), ISO code ("USD") or symbol ("$", "£").
    CURRENCY = 26;
    /// A time unit ("hour", "years", "decade").
    TIME_UNIT = 27;
    /// A word a quantity may start with (`vocab::starts_quantity`: a number
    /// word, "hundreds", "lakh", or such a piece: "twenty-one") or a
    /// vulgar fraction ("½"); digits are told by the shape.
    QUANTITY_START = 28;
    /// "a", "an", or a word whose last piece is one ("x-a").
    ARTICLE = 29;
}

/// Classes from the typed vocabulary (`vocab.rs`).
fn vocab_classes(orth: &str, lower: &str) -> Classes {
    use super::vocab::{self, CueClass, NumberKind, UnitKind};
    let mut c = Classes::NONE;
    if let Some(w) = vocab::calendar_word(lower) {
        // "May", "Nov.", "Sept" but not "sun", "sat", "wed", "mar".
        let written = w.full || orth.ends_with('.') || orth.starts_with(char::is_uppercase);
        if written {
            c |= match w.kind {
                vocab::CalendarKind::Month => Classes::MONTH,
                vocab::CalendarKind::Weekday => Classes::WEEKDAY,
            };
        }
    }
    let fw = vocab::function_word(lower);
    for (bit, class) in [
        (vocab::FW_DETERMINER, Classes::DETERMINER),
        (vocab::FW_PRONOUN, Classes::PRONOUN),
        (vocab::FW_PREPOSITION, Classes::PREPOSITION),
        (vocab::FW_CONJUNCTION, Classes::CONJUNCTION),
        (vocab::FW_AUXILIARY, Classes::AUXILIARY),
        (vocab::FW_PERSONAL, Classes::PERSONAL_PRONOUN),
    ] {
        if fw & bit != 0 {
            c |= class;
        }
    }
    if let Some(cue) = vocab::cue(lower) {
        c |= Classes::CUE;
        if cue.class == CueClass::Speech {
            c |= Classes::SPEECH_CUE;
        }
    }
    if vocab::starts_quantity(lower) {
        c |= Classes::QUANTITY_START;
    }
    if vocab::ends_in_article(lower) {
        c |= Classes::ARTICLE;
    }
    if let Some(n) = vocab::number_word(lower) {
        c |= Classes::NUMBER_WORD;
        if n.kind == NumberKind::Ordinal {
            c |= Classes::ORDINAL;
        }
    }
    if let Some(u) = vocab::unit(orth) {
        c |= match u.kind {
            UnitKind::Measure => Classes::UNIT,
            UnitKind::Time => Classes::UNIT | Classes::TIME_UNIT,
            UnitKind::Currency | UnitKind::Minor => Classes::CURRENCY,
        };
    }
    if vocab::is_iso_currency(orth) {
        c |= Classes::CURRENCY;
    }
    c
}

fn is_possessive(orth: &str) -> bool {
    matches!(orth, "'s" | "’s" | "'S" | "’S")
}

/// The classes of one word type. `lower` is `orth` lower-cased.
pub fn classes(orth: &str, lower: &str) -> Classes {
    let mut c = Classes::NONE;
    if super::currency_symbol(orth).is_some() {
        c |= Classes::CURRENCY;
    }
    if !orth.is_ascii()
        && orth
            .chars()
            .any(|ch| super::vocab::vulgar_fraction(ch).is_some())
    {
        c |= Classes::QUANTITY_START;
    }
    if !orth.contains(char::is_alphabetic) {
        return c;
    }
    c |= vocab_classes(orth, lower);
    if is_possessive(orth) {
        c |= Classes::POSSESSIVE;
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
            ("Sept", Classes::MONTH),
            ("they", Classes::PRONOUN | Classes::PERSONAL_PRONOUN),
            ("that", Classes::DETERMINER | Classes::CONJUNCTION),
            ("insisted", Classes::CUE | Classes::SPEECH_CUE),
            ("twelve", Classes::NUMBER_WORD),
            ("third", Classes::NUMBER_WORD | Classes::ORDINAL),
            ("km", Classes::UNIT),
            ("hours", Classes::UNIT | Classes::TIME_UNIT),
            ("euros", Classes::CURRENCY),
            ("USD", Classes::CURRENCY),
            ("£", Classes::CURRENCY),
            ("twenty-one", Classes::QUANTITY_START),
            ("Hundreds", Classes::QUANTITY_START),
            ("½", Classes::QUANTITY_START),
            ("An", Classes::ARTICLE),
        ];
        for &(w, want) in cases {
            let got = classes(w, &w.to_lowercase());
            assert!(got.has(want), "{w}: {got:?} lacks {want:?}");
        }
        assert_eq!(classes(",", ","), Classes::NONE);
        assert!(!classes("sun", "sun").any(Classes::WEEKDAY));
        assert_eq!(classes("600,000", "600,000"), Classes::NONE);
    }
}
