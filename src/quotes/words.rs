//! The closed word lists of the quote rules, read from the lexicon.
//!
//! Input: `src/lexicon/quote_lists.tsv` (ours: a provenance line, then one
//! `word<TAB>class` row; a word may have several classes), compiled in and
//! read once. Output: [`has`], whether a word is in a class.
//!
//! Known limits: the lookup is exact (callers pass the lower-cased word, as
//! the rules always did); classes are plain word sets, a word's sense in
//! context is the rules' business.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::sync::LazyLock;

use crate::lexicon::{self, FxHasher};

/// A class of `quote_lists.tsv`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Class {
    /// An indefinite pronoun, never a speaker ("everybody").
    Indefinite = 0,
    /// A lower-case word that never belongs to a speaker noun phrase.
    NpStop,
    /// A capitalized word that opens a clause, never a name ("However").
    CapStop,
    /// A preposition inside a speaker phrase ("head of X").
    NpPreposition,
    /// A small word inside a capitalized name run ("Bank of England").
    NpConnector,
    /// An auxiliary or adverb between a subject and its verb ("has").
    VerbSkip,
    /// A word after which a plural is no object of a speech verb (a
    /// particle, preposition or function word: "turning away boats").
    NotObject,
    /// A word that usually ends a clause, so no bare clause follows it.
    NotClause,
    /// A word that closes an object phrase of a speech verb.
    ObjectCloser,
    /// An object pronoun ("told him").
    ObjectPronoun,
    /// A wh-word that opens an indirect question ("asked why").
    WhWord,
    /// An auxiliary that may follow a cue ("said he would").
    Auxiliary,
    /// A time word besides weekday and month names ("today", "earlier").
    TimeWord,
    /// A preposition before an -ing form ("by saying").
    PrepositionIng,
    /// A pronoun contraction that opens a clause ("he's", "they’re").
    PronounContraction,
    /// A word that makes a bare speaker phrase no person.
    NotPerson,
    /// A pronoun that is a whole speaker ("he", "we").
    SubjectPronoun,
    /// A determiner or number that opens a speaker noun phrase ("the").
    NpDeterminer,
    /// A cue as written capitalized in a Title Case headline ("says").
    HeadlineCue,
    /// A noun that announces the title of a work ("song", "film").
    TitleNoun,
    /// A first word of a "Label: ..." line that is no speaker ("photo").
    NotLabel,
    /// The medium of a statement ("in an interview", "in a statement").
    MediaNoun,
    /// A title abbreviation whose period belongs to it in a name ("dr").
    NameTitle,
    /// A written source that speaks with a determiner although it is an
    /// `np_stop` word elsewhere ("the letter reads", "The statement noted").
    DocumentSource,
    /// A preposition whose noun phrase is what a cue is about ("spoke about").
    TopicPreposition,
}

const CLASSES: &[(&str, Class)] = &[
    ("indefinite", Class::Indefinite),
    ("np_stop", Class::NpStop),
    ("cap_stop", Class::CapStop),
    ("np_preposition", Class::NpPreposition),
    ("np_connector", Class::NpConnector),
    ("verb_skip", Class::VerbSkip),
    ("not_object", Class::NotObject),
    ("not_clause", Class::NotClause),
    ("object_closer", Class::ObjectCloser),
    ("object_pronoun", Class::ObjectPronoun),
    ("wh_word", Class::WhWord),
    ("auxiliary", Class::Auxiliary),
    ("time_word", Class::TimeWord),
    ("preposition_ing", Class::PrepositionIng),
    ("pronoun_contraction", Class::PronounContraction),
    ("not_person", Class::NotPerson),
    ("subject_pronoun", Class::SubjectPronoun),
    ("np_determiner", Class::NpDeterminer),
    ("headline_cue", Class::HeadlineCue),
    ("title_noun", Class::TitleNoun),
    ("not_label", Class::NotLabel),
    ("media_noun", Class::MediaNoun),
    ("name_title", Class::NameTitle),
    ("document_source", Class::DocumentSource),
    ("topic_preposition", Class::TopicPreposition),
];

const FILE: &str = include_str!("../lexicon/quote_lists.tsv");

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

    /// Data rows of the file: (word, class).
    fn entries() -> Vec<(&'static str, &'static str)> {
        lexicon::rows(FILE)
            .filter_map(|c| Some((*c.first()?, *c.get(1)?)))
            .collect()
    }

    #[test]
    fn sorted_unique_lower_case_known_classes() {
        let rows = entries();
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
            ("everybody", Class::Indefinite, true),
            ("however", Class::CapStop, true),
            ("However", Class::CapStop, false),
            ("of", Class::NpConnector, true),
            ("didn’t", Class::VerbSkip, true),
            ("minister", Class::NpStop, false),
            ("letter", Class::DocumentSource, true),
            ("speech", Class::DocumentSource, false),
        ] {
            assert_eq!(has(word, class), want, "{word} {class:?}");
        }
    }
}
