//! Word classes the entity rules read as evidence.
//!
//! Input: `src/lexicon/entity_words.tsv` (evidence classes) and
//! `src/lexicon/entity_lists.tsv` (the closed lists of the name rules), both
//! ours: one `word<TAB>class` row, a word may have several classes; compiled
//! in and read once. Month and weekday names are not here: the rules read
//! them from the shared tokens' lexicon classes (`vocab.rs`). Output:
//! [`has`], whether a word (any ASCII case) is in a class, and
//! [`sports_index`], a small number per sports word so that an article can
//! count how many distinct ones it uses.
//!
//! Known limits: classes are plain word sets; a word's sense in context is
//! the rules' business.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::sync::LazyLock;

use crate::lexicon::{self, FxHasher};

/// A class of `entity_words.tsv`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Class {
    /// The name of a sport ("cricket").
    Sport = 0,
    /// A word typical of sports reports ("innings", "striker").
    SportsWord,
    /// First word of a club's name ("Real Madrid").
    ClubPrefix,
    /// Last word of a club's name ("Bristol Rovers").
    ClubSuffix,
    /// A cricket scorecard's dismissal before a player ("c X b Y").
    Dismissal,
    /// A noun after a place name ("the Donbas region").
    PlaceNoun,
    /// A preposition before a place used as a place ("in Leicester").
    PlacePrep,
    /// A noun before "of X" that makes X a place ("the city of X").
    PlaceOf,
    /// Last word of a place name ("Grace Road").
    PlaceHead,
    /// Last word of an event's name ("World Cup").
    EventHead,
    /// A noun for a side in a match ("the Leeds side").
    TeamNoun,
    /// A verb whose subject or object is a side ("Leeds beat Wigan").
    TeamVerb,
    /// A role at a club, after its name ("Leeds manager").
    SportsRole,
    /// Last word of a company's or newsroom's name, a trade ("Jones
    /// Medical", "Chittagong Cement", "Bucharest Newsroom").
    CompanyHead,
    /// A noun for a ship or craft, before its name ("the cruise ship
    /// Freewinds", "the orbiter Atlantis").
    VesselNoun,
    /// A prefix of a ship's name ("HMS Belfast", "USS Enterprise").
    VesselPrefix,
    /// A small word inside a name run ("Bank of England", "Procter &
    /// Gamble"); lower case only, except in all-caps lines.
    NameConnector,
    /// A lower-case particle inside a personal name ("van", "bin").
    NameParticle,
    /// A frequent sentence opener that is never a name ("The", "But").
    Opener,
    /// A capitalized word never a name by itself ("I", "OK", "Mr"),
    /// besides the calendar words.
    NeverName,
    /// A month name that is also a name ("Theresa May").
    NameMonth,
    /// A capitalized word that is no name alone ("The", "First", "Queen").
    LoneStop,
    /// A lower-case word that ends a role phrase on the left ("his").
    RoleStop,
    /// A determiner that opens a role phrase before a comma and a name
    /// ("Its lawyer, Hugh Ray").
    RoleDet,
    /// A preposition that ties a role to its body ("chief executive of
    /// X", "analyst at Y").
    RoleLink,
    /// A speech cue after a single unknown name that makes it a person
    /// ("Smith said"): the cues people rather than bodies take.
    PersonVerb,
}

const CLASSES: &[(&str, Class)] = &[
    ("sport", Class::Sport),
    ("sports_word", Class::SportsWord),
    ("club_prefix", Class::ClubPrefix),
    ("club_suffix", Class::ClubSuffix),
    ("dismissal", Class::Dismissal),
    ("place_noun", Class::PlaceNoun),
    ("place_prep", Class::PlacePrep),
    ("place_of", Class::PlaceOf),
    ("place_head", Class::PlaceHead),
    ("event_head", Class::EventHead),
    ("team_noun", Class::TeamNoun),
    ("team_verb", Class::TeamVerb),
    ("sports_role", Class::SportsRole),
    ("company_head", Class::CompanyHead),
    ("vessel_noun", Class::VesselNoun),
    ("vessel_prefix", Class::VesselPrefix),
    ("name_connector", Class::NameConnector),
    ("name_particle", Class::NameParticle),
    ("opener", Class::Opener),
    ("never_name", Class::NeverName),
    ("name_month", Class::NameMonth),
    ("lone_stop", Class::LoneStop),
    ("role_stop", Class::RoleStop),
    ("role_det", Class::RoleDet),
    ("role_link", Class::RoleLink),
    ("person_verb", Class::PersonVerb),
];

/// The two lists, evidence classes first.
const FILES: [&str; 2] = [
    include_str!("../lexicon/entity_words.tsv"),
    include_str!("../lexicon/entity_lists.tsv"),
];

/// Per lower-case word: its class bits and, for sports words, an index.
type Words = HashMap<&'static str, (u32, Option<u32>), BuildHasherDefault<FxHasher>>;

static WORDS: LazyLock<Words> = LazyLock::new(|| {
    let mut map = Words::default();
    let mut sports = 0;
    for (word, c) in lexicon::word_classes(FILES, CLASSES) {
        let entry = map.entry(word).or_insert((0, None));
        entry.0 |= 1 << c as u32;
        if c == Class::SportsWord && entry.1.is_none() {
            entry.1 = Some(sports);
            sports += 1;
        }
    }
    map
});

/// `word` lower-cased into `buf` when it is short ASCII (every entry is).
fn lower<'b>(word: &str, buf: &'b mut [u8; 24]) -> Option<&'b str> {
    if !word.is_ascii() || word.len() > buf.len() {
        return None;
    }
    let b = &mut buf[..word.len()];
    b.copy_from_slice(word.as_bytes());
    b.make_ascii_lowercase();
    std::str::from_utf8(b).ok()
}

fn entry(word: &str) -> Option<(u32, Option<u32>)> {
    let mut buf = [0u8; 24];
    WORDS.get(lower(word, &mut buf)?).copied()
}

/// Is `word` (any ASCII case) in class `c`?
pub(crate) fn has(word: &str, c: Class) -> bool {
    entry(word).is_some_and(|(bits, _)| bits & (1 << c as u32) != 0)
}

/// Is `word` present and in class `c` (for optional neighbours)?
pub(crate) fn is(word: Option<&str>, c: Class) -> bool {
    word.is_some_and(|w| has(w, c))
}

/// A distinct number below 64 for each sports word.
pub(crate) fn sports_index(word: &str) -> Option<u32> {
    entry(word).and_then(|(_, i)| i).filter(|&i| i < 64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_read() {
        let cases: &[(&str, Class, bool)] = &[
            ("Cricket", Class::Sport, true),
            ("innings", Class::SportsWord, true),
            ("Real", Class::ClubPrefix, true),
            ("Rovers", Class::ClubSuffix, true),
            ("lbw", Class::Dismissal, true),
            ("region", Class::PlaceNoun, true),
            ("in", Class::PlacePrep, true),
            ("Road", Class::PlaceHead, true),
            ("Cup", Class::EventHead, true),
            ("side", Class::TeamNoun, true),
            ("beat", Class::TeamVerb, true),
            ("said", Class::TeamVerb, false),
            ("Madrid", Class::ClubPrefix, false),
        ];
        for &(w, c, want) in cases {
            assert_eq!(has(w, c), want, "{w} {c:?}");
        }
        assert!(sports_index("innings").is_some());
        assert!(sports_index("side").is_none());
    }

    #[test]
    fn rows_known_classes_sorted_unique() {
        for file in FILES {
            let rows: Vec<Vec<&str>> = lexicon::rows(file).collect();
            for w in rows.windows(2) {
                assert!(w[0] < w[1], "unsorted or duplicate: {:?}", w[1]);
            }
            for r in &rows {
                assert!(CLASSES.iter().any(|(n, _)| Some(n) == r.get(1)), "{r:?}");
                assert_eq!(r[0], r[0].to_ascii_lowercase(), "{r:?}");
            }
        }
    }

    /// The closed lists agree with each other and with the shared
    /// vocabulary: each word list lives once.
    #[test]
    fn lists_agree_with_lexicon() {
        let rows: Vec<Vec<&str>> = lexicon::rows(FILES[1]).collect();
        let of = |c: &'static str| rows.iter().filter(move |r| r[1] == c).map(|r| r[0]);
        // Month names that are names are months; the calendar words are
        // read from vocab.rs, never listed again here.
        for w in of("name_month") {
            assert!(lexicon::month_number(w).is_some(), "{w}");
        }
        for r in &rows {
            let w = r[0];
            assert!(
                lexicon::vocab::calendar_word(w).is_none() || has(w, Class::NameMonth),
                "{w}"
            );
        }
        // The fast openers are sentence starters of the segmenter too.
        for w in of("opener") {
            assert!(lexicon::is_starter(w), "{w}");
        }
        // A word that is never a name is no month that may be one.
        for w in of("never_name") {
            assert!(!has(w, Class::NameMonth), "{w}");
        }
        // The person verbs are speech cues of `cues.tsv`, the one list of
        // cues; this class only picks the ones people take.
        for w in of("person_verb") {
            let cue = lexicon::cue(w).map(|c| c.class);
            assert_eq!(cue, Some(lexicon::CueClass::Speech), "{w}");
        }
        // Particles join names, except "dos"/"das" (only after a given
        // name: "João dos Santos").
        for w in of("name_particle") {
            assert!(
                has(w, Class::NameConnector) || matches!(w, "dos" | "das"),
                "{w}"
            );
        }
    }
}
