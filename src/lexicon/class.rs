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

use std::sync::LazyLock;

use super::{AbbrevClass, FastMap, Gender};

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
        /// Every class with its name (tests).
        #[cfg(test)]
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
    /// Check-worthiness word classes (`checkworthy.tsv`, one per word; the
    /// claims stage turns each into its signal).
    CW_COMPARISON = 28;
    CW_CHANGE = 29;
    CW_SUPERLATIVE = 30;
    CW_STATISTIC = 31;
    CW_RECORD = 32;
    CW_POLICY = 33;
    CW_PAST_TENSE = 34;
    CW_OPINION = 35;
    CW_PROMISE = 36;
    CW_MODAL = 37;
    CW_FIRST_PERSON = 38;
    CW_SECOND_PERSON = 39;
    CW_THIRD_PERSON = 40;
    CW_GREETING = 41;
    CW_VAGUE_TIME = 42;
    CW_VAGUE = 43;
    /// An "-ed" word that is no past tense ("need", "hundred").
    CW_NOT_PAST = 44;
    /// A one-word hedge of `hedges.tsv` ("reportedly", "may"), lower-cased.
    HEDGE = 45;
    /// The first word of a hedge phrase of `hedges.tsv` ("it" is believed).
    HEDGE_START = 46;
    /// A word a quantity may start with (`vocab::starts_quantity`: a number
    /// word, "hundreds", "lakh", or such a piece: "twenty-one") or a
    /// vulgar fraction ("½"); digits are told by the shape.
    QUANTITY_START = 47;
    /// "a", "an", or a word whose last piece is one ("x-a").
    ARTICLE = 48;
}

/// The class names of `checkworthy.tsv` and their bits.
pub const CHECKWORTHY_CLASSES: [(&str, Classes); 17] = [
    ("comparison", Classes::CW_COMPARISON),
    ("change", Classes::CW_CHANGE),
    ("superlative", Classes::CW_SUPERLATIVE),
    ("statistic", Classes::CW_STATISTIC),
    ("record", Classes::CW_RECORD),
    ("policy", Classes::CW_POLICY),
    ("past_tense", Classes::CW_PAST_TENSE),
    ("opinion", Classes::CW_OPINION),
    ("promise", Classes::CW_PROMISE),
    ("modal", Classes::CW_MODAL),
    ("first_person", Classes::CW_FIRST_PERSON),
    ("second_person", Classes::CW_SECOND_PERSON),
    ("third_person", Classes::CW_THIRD_PERSON),
    ("greeting", Classes::CW_GREETING),
    ("vague_time", Classes::CW_VAGUE_TIME),
    ("vague", Classes::CW_VAGUE),
    ("not_past", Classes::CW_NOT_PAST),
];

/// Every check-worthiness class bit.
pub const CHECKWORTHY: Classes = Classes(((1 << 17) - 1) << 28);

static CHECKWORTHY_WORDS: LazyLock<FastMap<&'static str, Classes>> = LazyLock::new(|| {
    super::word_classes([include_str!("checkworthy.tsv")], &CHECKWORTHY_CLASSES).collect()
});

static HEDGE_WORDS: LazyLock<FastMap<&'static str, Classes>> = LazyLock::new(|| {
    let mut m: FastMap<&'static str, Classes> = FastMap::default();
    for (hedge, kind) in super::hedges() {
        let (word, class) = match kind {
            super::HedgeKind::Phrase => (
                hedge.split(' ').next().unwrap_or(hedge),
                Classes::HEDGE_START,
            ),
            _ => (hedge, Classes::HEDGE),
        };
        *m.entry(word).or_default() |= class;
    }
    m
});

/// The hedge classes of a lower-case word (`HEDGE`, `HEDGE_START`).
pub fn hedge_class(lower: &str) -> Classes {
    HEDGE_WORDS.get(lower).copied().unwrap_or(Classes::NONE)
}

/// The check-worthiness class of a lower-case word (one bit, or none).
pub fn checkworthy_class(lower: &str) -> Classes {
    CHECKWORTHY_WORDS
        .get(lower)
        .copied()
        .unwrap_or(Classes::NONE)
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
    c | checkworthy_class(lower) | hedge_class(lower)
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

    /// Hedge words are 2 to 12 bytes (`claims::may_start_inside` skips
    /// other runs).
    #[test]
    fn hedge_word_lengths() {
        for (h, _) in super::super::hedges() {
            for w in h.split(' ') {
                assert!((2..=12).contains(&w.len()), "{w}");
            }
        }
        assert!(hedge_class("it").has(Classes::HEDGE_START));
        assert!(hedge_class("may").has(Classes::HEDGE));
    }

    /// Every row of `checkworthy.tsv` has a known class, and one only.
    #[test]
    fn checkworthy_rows() {
        let mut seen = std::collections::HashSet::new();
        for cols in super::super::rows(include_str!("checkworthy.tsv")) {
            assert!(seen.insert(cols[0]), "{} twice", cols[0]);
            assert!(
                CHECKWORTHY_CLASSES.iter().any(|(n, _)| *n == cols[1]),
                "unknown class {:?}",
                cols[1]
            );
            assert!(
                cols[0].bytes().all(|b| b.is_ascii_lowercase()),
                "{}",
                cols[0]
            );
        }
        assert_eq!(CHECKWORTHY_WORDS.len(), seen.len());
        let all = CHECKWORTHY_CLASSES
            .iter()
            .fold(Classes::NONE, |a, (_, c)| a | *c);
        assert_eq!(all, CHECKWORTHY);
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
        assert!(classes("lowest", "lowest").has(Classes::CW_SUPERLATIVE));
        assert!(classes("hundred", "hundred").has(Classes::CW_NOT_PAST));
        assert!(!classes("sun", "sun").has(Classes::WEEKDAY));
        assert_eq!(classes("600,000", "600,000"), Classes::NONE);
    }
}
