//! Embedded word lists, searched in place.
//!
//! Input: TSV files compiled into the binary with `include_str!` (each opens
//! with a `#` provenance line, then a header row). Output: lookup functions.
//! The big sorted lists are binary-searched in the embedded text through a
//! line index that `build.rs` computes (titles are merged by key there too),
//! so start-up parses none of them; only small tables are `LazyLock` maps. The lists are derived from
//! `shared/data/lexicon/` (see README.md "Data attributions").
//!
//! Entity lists (places, cities, given names, organizations, org keywords,
//! titles, demonyms, common words) are built from `shared/data/lexicon/` by
//! `tools/build_lexicon.py`; `ATTRIBUTION.md` in this folder gives their
//! sources, licences and what was left out on purpose.
//!
//! Known limits: lookups are exact on the form given (callers decide on case
//! folding) except titles and common words, which are keyed lower-case; the
//! lists are English-news oriented.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

pub mod class;
pub mod vocab;
mod words;

pub use class::{Classes, checkworthy_class, hedge_class};
pub use vocab::{
    CalendarKind, Complement, Cue, CueClass, HOLIDAY_PATTERN, NumberKind, cue, currency_symbol,
    function_word, is_holiday, is_plain_irregular_past, month_number, number_word, weekday_number,
};
pub use words::{is_speech_verb, is_starter};

/// A small, fast hasher (the Fx hash of rustc) for the lexicon maps: their
/// keys are our own list entries, so hash flooding is no concern, and a
/// lookup per capitalized word must be cheap.
#[derive(Clone, Copy, Default)]
pub struct FxHasher {
    hash: u64,
}

impl FxHasher {
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut buf = [0u8; 8];
            buf.copy_from_slice(c);
            self.add(u64::from_le_bytes(buf));
        }
        for &b in chunks.remainder() {
            self.add(u64::from(b));
        }
    }

    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    fn finish(&self) -> u64 {
        self.hash
    }
}

/// A `HashMap` with [`FxHasher`]; never iterated into output.
pub(crate) type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

/// Weekday names, lower case.
pub const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Month names, lower case.
pub const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Is `lower` (a lower-cased word) a weekday name?
pub fn is_weekday(lower: &str) -> bool {
    WEEKDAYS.contains(&lower)
}

/// Is `lower` (a lower-cased word) a month name?
pub fn is_month(lower: &str) -> bool {
    MONTHS.contains(&lower)
}

/// How often an abbreviation ends a sentence in running text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EndsSentence {
    Never,
    Rare,
    Sometimes,
    Often,
}

/// What an abbreviation is (the `class` column).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AbbrevClass {
    Title,
    Month,
    Weekday,
    Initial,
    Initialism,
    Time,
    Number,
    Corporate,
    UsState,
    Other,
}

/// One abbreviation row.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Abbreviation {
    pub class: AbbrevClass,
    pub ends_sentence: EndsSentence,
}

/// How a hedge of `hedges.tsv` is matched.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HedgeKind {
    /// One word, lower case only ("may", not the month "May").
    Exact,
    /// One word in any case.
    Word,
    /// Words in any case, separated by white space (a single space in
    /// the list).
    Phrase,
}

/// The hedges of `hedges.tsv`, in list order.
pub fn hedges() -> impl Iterator<Item = (&'static str, HedgeKind)> {
    rows(include_str!("hedges.tsv")).map(|cols| {
        let kind = match cols.get(1).copied().unwrap_or("") {
            "exact" => HedgeKind::Exact,
            "word" => HedgeKind::Word,
            "phrase" => HedgeKind::Phrase,
            k => panic!("hedges.tsv: unknown class {k:?}"),
        };
        (cols[0], kind)
    })
}

/// Iterate the data rows of an embedded TSV: provenance and header skipped.
pub(crate) fn rows(data: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    data.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .skip(1)
        .map(|l| l.split('\t').collect())
}

/// The (word, class) rows of `word<TAB>class` tables whose class names
/// `classes` knows (a stage's own class enum); rows of other classes are
/// skipped. Shared by the stages' word-class tables.
pub(crate) fn word_classes<C: Copy>(
    data: impl IntoIterator<Item = &'static str>,
    classes: &'static [(&'static str, C)],
) -> impl Iterator<Item = (&'static str, C)> {
    data.into_iter().flat_map(rows).filter_map(move |cols| {
        let (&word, &class) = (cols.first()?, cols.get(1)?);
        let &(_, c) = classes.iter().find(|(n, _)| *n == class)?;
        Some((word, c))
    })
}

/// The columns of one data row, in a fixed array (missing ones empty), so
/// reading a row allocates nothing.
fn columns(line: &'static str) -> [&'static str; 8] {
    let mut cols = [""; 8];
    for (slot, c) in cols.iter_mut().zip(line.split('\t')) {
        *slot = c;
    }
    cols
}

/// A sorted list embedded as text with its line index from `build.rs`
/// (the generator, `tools/build_lexicon.py`, sorts by code point, so byte
/// order): a lookup is a binary search, and loading parses nothing.
macro_rules! sorted_lines {
    ($data:expr, $name:literal) => {
        SortedLines {
            data: $data,
            starts: include_bytes!(concat!(env!("OUT_DIR"), "/", $name, ".starts")),
            slots: include_bytes!(concat!(env!("OUT_DIR"), "/", $name, ".slots")),
        }
    };
}

static ABBREVIATIONS: LazyLock<HashMap<&'static str, Abbreviation>> = LazyLock::new(|| {
    rows(include_str!("abbreviations.tsv"))
        .map(|cols| {
            let class = match cols.get(2).copied().unwrap_or("") {
                "title" => AbbrevClass::Title,
                "month" => AbbrevClass::Month,
                "weekday" => AbbrevClass::Weekday,
                "initial" => AbbrevClass::Initial,
                "initialism" => AbbrevClass::Initialism,
                "time" => AbbrevClass::Time,
                "number" => AbbrevClass::Number,
                "corporate" => AbbrevClass::Corporate,
                "us_state" => AbbrevClass::UsState,
                _ => AbbrevClass::Other,
            };
            let ends_sentence = match cols.get(3).copied().unwrap_or("") {
                "never" => EndsSentence::Never,
                "rare" => EndsSentence::Rare,
                "often" => EndsSentence::Often,
                _ => EndsSentence::Sometimes,
            };
            (
                cols[0],
                Abbreviation {
                    class,
                    ends_sentence,
                },
            )
        })
        .collect()
});

/// Look up an abbreviation written with its final period ("Mr.", "U.S.").
/// Tries the exact form, then the form with only its first letter capitalized
/// and the lower-cased form, so "CO." and "co." find "Co.".
pub fn abbreviation(word: &str) -> Option<Abbreviation> {
    if let Some(a) = ABBREVIATIONS.get(word) {
        return Some(*a);
    }
    // ASCII words (nearly all): case variants on the stack.
    if word.is_ascii() && word.len() <= 16 {
        let mut buf = [0u8; 16];
        let b = &mut buf[..word.len()];
        b.copy_from_slice(word.as_bytes());
        b.make_ascii_lowercase();
        if let Some(a) = std::str::from_utf8(b)
            .ok()
            .and_then(|k| ABBREVIATIONS.get(k))
        {
            return Some(*a);
        }
        b[0].make_ascii_uppercase();
        return std::str::from_utf8(b)
            .ok()
            .and_then(|k| ABBREVIATIONS.get(k))
            .copied();
    }
    let lower = word.to_lowercase();
    if let Some(a) = ABBREVIATIONS.get(lower.as_str()) {
        return Some(*a);
    }
    let mut chars = lower.chars();
    let first = chars.next()?;
    let capitalized: String = first.to_uppercase().chain(chars).collect();
    ABBREVIATIONS.get(capitalized.as_str()).copied()
}

/// Why a name in a list needs more context before it is believed
/// (the `ambiguous` column of places, organizations and given names).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Ambiguity {
    /// The lower-cased name is an ordinary English word (Bath, Will, Don).
    pub word: bool,
    /// It is also a common given name (Georgia, Jordan).
    pub given: bool,
    /// It is also a place name (Florida as a given name).
    pub place: bool,
}

impl Ambiguity {
    fn parse(s: &str) -> Ambiguity {
        if s.is_empty() {
            return Ambiguity::default();
        }
        Ambiguity {
            word: s.contains("word"),
            given: s.contains("given"),
            place: s.contains("place"),
        }
    }
}

/// What kind of place a name is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlaceKind {
    Continent,
    Country,
    /// First-level division: state, province, oblast.
    Admin1,
    Region,
    Water,
    City,
}

/// One place-name row (the most important place of that name).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Place {
    pub kind: PlaceKind,
    /// ISO 3166-1 alpha-2 (plus EU, SU, YU, XK); empty for cities and
    /// regions without one.
    pub cc: &'static str,
    /// Population in thousands (countries and cities), 0 if unknown.
    pub pop_k: u32,
    pub ambiguous: Ambiguity,
}

fn place_row(cols: &[&'static str], kind: PlaceKind) -> Place {
    Place {
        kind,
        cc: cols.get(2).copied().unwrap_or(""),
        pop_k: cols.get(3).and_then(|p| p.parse().ok()).unwrap_or(0),
        ambiguous: Ambiguity::parse(cols.get(4).copied().unwrap_or("")),
    }
}

static PLACE_LINES: SortedLines = sorted_lines!(include_str!("places.tsv"), "places");

/// A row of the place list (countries, regions, water; not cities).
fn listed_place(name: &str) -> Option<Place> {
    let cols = columns(PLACE_LINES.get(name)?);
    let kind = match cols[1] {
        "continent" => PlaceKind::Continent,
        "country" => PlaceKind::Country,
        "admin1" => PlaceKind::Admin1,
        "water" => PlaceKind::Water,
        _ => PlaceKind::Region,
    };
    Some(place_row(&cols, kind))
}

/// The city list is the biggest name list: searched in place
/// ([`SortedLines`]), never parsed row by row.
fn city(name: &str) -> Option<Place> {
    let line = CITY_LINES.get(name)?;
    let mut cols = line.split('\t').skip(1);
    Some(Place {
        kind: PlaceKind::City,
        cc: "",
        pop_k: cols.next().and_then(|p| p.parse().ok()).unwrap_or(0),
        ambiguous: Ambiguity::parse(cols.next().unwrap_or("")),
    })
}

/// Everything the lists say about one name.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct NameInfo {
    pub place: Option<Place>,
    pub org: Option<Organization>,
    pub demonym: Option<Demonym>,
}

/// Slots of a filter over every place, organization and demonym name: most
/// words and word sequences the entity rules ask about are in no list, and
/// the filter answers those without touching the tables. Building it costs
/// one hash per name (no hash table), so start-up stays short.
mod tables {
    #![allow(dead_code)]
    include!("tables.rs");
}
use tables::filter_hash;

/// Per hash slot, which lists may hold a name with that hash (bit 0
/// places, 1 cities, 2 organizations, 3 demonyms); built by `build.rs`.
static NAME_FILTER: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/name_filter.bin"));

/// Look a name up in the place, organization and demonym lists at once
/// (exact form).
pub fn name(name: &str) -> Option<NameInfo> {
    let flags = NAME_FILTER[filter_hash(name)];
    if flags == 0 {
        return None;
    }
    let place = if flags & 1 != 0 {
        listed_place(name)
    } else {
        None
    };
    let place = place.or_else(|| if flags & 2 != 0 { city(name) } else { None });
    let info = NameInfo {
        place,
        org: if flags & 4 != 0 {
            listed_organization(name)
        } else {
            None
        },
        demonym: if flags & 8 != 0 {
            listed_demonym(name)
        } else {
            None
        },
    };
    (info.place.is_some() || info.org.is_some() || info.demonym.is_some()).then_some(info)
}

/// Grammatical gender usually given to a first name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gender {
    Male,
    Female,
    /// Unisex or conflicting sources.
    Unknown,
}

/// One given-name row.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct GivenName {
    pub gender: Gender,
    /// Percent of the 1990 US census population (0 when not listed there).
    pub us_pct: f32,
    pub ambiguous: Ambiguity,
}

static GIVEN_NAME_LINES: SortedLines =
    sorted_lines!(include_str!("given_names.tsv"), "given_names");

/// Look up a given name, exact form ("Donald", "Volodymyr").
pub fn given_name(name: &str) -> Option<GivenName> {
    let cols = columns(GIVEN_NAME_LINES.get(name)?);
    let gender = match cols[1] {
        "M" | "M?" => Gender::Male,
        "F" | "F?" => Gender::Female,
        _ => Gender::Unknown,
    };
    Some(GivenName {
        gender,
        us_pct: cols[2].parse().unwrap_or(0.0),
        ambiguous: Ambiguity::parse(cols[3]),
    })
}

/// The usual gender of a first name, for pronoun resolution: `None` when
/// the name is not listed.
pub fn given_name_gender(name: &str) -> Option<Gender> {
    given_name(name).map(|g| g.gender)
}

/// What an organization is (the `type` column), as far as the stage uses it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OrgType {
    /// Seat-of-power names used for governments: Kremlin, White House.
    Metonym,
    Company,
    Media,
    Government,
    Other,
}

/// One organization row.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Organization {
    pub kind: OrgType,
    pub ambiguous: Ambiguity,
}

static ORGANIZATION_LINES: SortedLines =
    sorted_lines!(include_str!("organizations.tsv"), "organizations");

/// A row of the organization list.
fn listed_organization(name: &str) -> Option<Organization> {
    let cols = columns(ORGANIZATION_LINES.get(name)?);
    let kind = match cols[1] {
        "metonym" => OrgType::Metonym,
        "company" => OrgType::Company,
        "media" => OrgType::Media,
        "government" | "military" | "intergovernmental" => OrgType::Government,
        _ => OrgType::Other,
    };
    Some(Organization {
        kind,
        ambiguous: Ambiguity::parse(cols[2]),
    })
}

/// Where an organization keyword sits in a name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeywordPosition {
    /// Last word: "... Council", "... Center".
    Head,
    /// Legal-form suffix: "Inc.", "Ltd", "GmbH".
    Suffix,
    /// First word before "of/for": "Ministry of ...".
    Prefix,
}

static ORG_KEYWORD_LINES: SortedLines =
    sorted_lines!(include_str!("org_keywords.tsv"), "org_keywords");

/// Is `word` (exact form: "Council", "Inc.") a word that marks an
/// organization name?
pub fn org_keyword(word: &str) -> Option<KeywordPosition> {
    let cols = columns(ORG_KEYWORD_LINES.get(word)?);
    Some(match cols[1] {
        "suffix" => KeywordPosition::Suffix,
        "prefix" => KeywordPosition::Prefix,
        _ => KeywordPosition::Head,
    })
}

/// What a title or role word is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TitleCategory {
    /// Mr., Mrs., Dr.: marks a name but is no role.
    Honorific,
    /// former, deputy, acting: attaches to another title.
    Modifier,
    /// of, and, von, al-: name or title glue.
    Connector,
    /// Jr., III.
    Suffix,
    /// son-in-law, wife.
    Kinship,
    /// Offices, ranks, jobs, roles.
    Role,
}

/// One title row.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Title {
    pub category: TitleCategory,
    /// Used directly before a name ("President Putin", "Rep. Bacon").
    pub pre_name: bool,
}

/// The lookup key of a title: lower case, final period dropped, words
/// joined by one space.
pub fn title_key(words: &[&str]) -> String {
    tables::title_key_of(words)
}

/// The titles merged by key ([`title_key`]) and sorted, computed by
/// `build.rs` from `titles.tsv` (rows that differ only in case or a final
/// period are one title; it is pre-name if any row says so).
static TITLE_LINES: SortedLines = sorted_lines!(
    include_str!(concat!(env!("OUT_DIR"), "/titles.tsv")),
    "titles"
);

/// The first words of titles of more than one word (so most words skip
/// multi-word lookups), keyed like titles.
static TITLE_FIRSTS: SortedLines = sorted_lines!(
    include_str!(concat!(env!("OUT_DIR"), "/title_firsts.txt")),
    "title_firsts"
);

/// The number of words in the longest title.
const TITLE_MAX_WORDS: usize = include!(concat!(env!("OUT_DIR"), "/titles.longest"));

/// The title row of a key.
fn title_of_key(key: &str) -> Option<Title> {
    let cols = columns(TITLE_LINES.get(key)?);
    let category = match cols[1] {
        "honorific" => TitleCategory::Honorific,
        "modifier" | "status" => TitleCategory::Modifier,
        "connector" | "particle" => TitleCategory::Connector,
        "suffix" => TitleCategory::Suffix,
        "kinship" => TitleCategory::Kinship,
        _ => TitleCategory::Role,
    };
    Some(Title {
        category,
        pre_name: cols[2] == "1",
    })
}

/// Look up a title by its words ("Secretary", "of", "State"), any case,
/// with or without a final period.
pub fn title(words: &[&str]) -> Option<Title> {
    // One ASCII word (the common case): lower-case it on the stack.
    if let [w] = words {
        let w = w.trim_end_matches('.');
        if w.is_ascii() && w.len() <= 32 {
            let mut buf = [0u8; 32];
            buf[..w.len()].copy_from_slice(w.as_bytes());
            buf[..w.len()].make_ascii_lowercase();
            let key = std::str::from_utf8(&buf[..w.len()]).ok()?;
            return title_of_key(key);
        }
    }
    title_of_key(&title_key(words))
}

/// Does some title of two or more words start with `word` (any case)?
pub fn title_may_start(word: &str) -> bool {
    let w = word.trim_end_matches('.');
    if w.is_ascii() && w.len() <= 32 {
        let mut buf = [0u8; 32];
        buf[..w.len()].copy_from_slice(w.as_bytes());
        buf[..w.len()].make_ascii_lowercase();
        return std::str::from_utf8(&buf[..w.len()]).is_ok_and(|k| TITLE_FIRSTS.get(k).is_some());
    }
    TITLE_FIRSTS.get(&title_key(&[word])).is_some()
}

/// The number of words in the longest title.
pub fn title_max_words() -> usize {
    TITLE_MAX_WORDS
}

/// One demonym row ("Russian", "Ukrainians", "European").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Demonym {
    /// The place or people it refers to ("Russia", "Europe").
    pub entity: &'static str,
    /// ISO country code when it is a country's demonym.
    pub cc: &'static str,
    /// A plural noun ("Russians"), not an adjective.
    pub plural: bool,
}

static DEMONYM_LINES: SortedLines = sorted_lines!(include_str!("demonyms.tsv"), "demonyms");

/// A row of the demonym list.
fn listed_demonym(word: &str) -> Option<Demonym> {
    let cols = columns(DEMONYM_LINES.get(word)?);
    Some(Demonym {
        entity: cols[3],
        cc: cols[2],
        plural: cols[1] == "noun_pl",
    })
}

/// Look up a demonym, exact form.
pub fn demonym(word: &str) -> Option<Demonym> {
    self::name(word).and_then(|n| n.demonym)
}

/// A sorted embedded list kept as text: only the data lines' start
/// offsets are built (one fast newline scan), and a lookup is a binary
/// search over them. No per-row parsing, so the biggest lists (cities,
/// common words) cost little at start-up.
struct SortedLines {
    data: &'static str,
    /// Start offset of every data line (after the provenance and header
    /// lines), and the end of the data as the last entry: little-endian
    /// `u32`s computed by `build.rs`.
    starts: &'static [u8],
    /// Hash table of the lines by first column (`tables::line_slots`):
    /// little-endian `u32`s, 0 empty, else line number + 1.
    slots: &'static [u8],
}

impl SortedLines {
    fn start(&self, i: usize) -> usize {
        let b = &self.starts[4 * i..4 * i + 4];
        u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as usize
    }

    fn line(&self, i: usize) -> &'static str {
        let (a, b) = (self.start(i), self.start(i + 1));
        self.data[a..b].trim_end_matches('\n')
    }

    #[cfg(test)]
    fn first_column(&self, i: usize) -> &'static str {
        let line = self.line(i);
        line.find('\t').map_or(line, |t| &line[..t])
    }

    /// `first_column(i).cmp(key)` without finding the line's end first:
    /// compares bytes in place and stops at the column's tab or newline
    /// (both sort below every byte a key holds).
    fn cmp_first_column(&self, i: usize, key: &str) -> std::cmp::Ordering {
        use std::cmp::Ordering;
        let row = &self.data.as_bytes()[self.start(i)..self.start(i + 1)];
        let ends = |b: Option<&u8>| b.is_none_or(|&b| b == b'\t' || b == b'\n');
        for (k, &kb) in key.as_bytes().iter().enumerate() {
            let b = row.get(k);
            if ends(b) {
                return Ordering::Less;
            }
            match b.copied().unwrap_or(0).cmp(&kb) {
                Ordering::Equal => {}
                other => return other,
            }
        }
        if ends(row.get(key.len())) {
            Ordering::Equal
        } else {
            Ordering::Greater
        }
    }

    /// The line whose first column is `key`: one hash, then linear
    /// probing (at most half the slots are used).
    fn get(&self, key: &str) -> Option<&'static str> {
        let size = self.slots.len() / 4;
        let mut h = tables::line_slot(key, size);
        loop {
            let b = &self.slots[4 * h..4 * h + 4];
            let line = u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as usize;
            if line == 0 {
                return None;
            }
            if self.cmp_first_column(line - 1, key) == std::cmp::Ordering::Equal {
                return Some(self.line(line - 1));
            }
            h = (h + 1) & (size - 1);
        }
    }

    #[cfg(test)]
    fn len(&self) -> usize {
        self.starts.len() / 4 - 1
    }

    /// The line whose first column is `key`, by binary search (the sorted
    /// order the hash table must agree with).
    #[cfg(test)]
    fn search(&self, key: &str) -> Option<&'static str> {
        let (mut lo, mut hi) = (0, self.len());
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            match self.cmp_first_column(mid, key) {
                std::cmp::Ordering::Equal => return Some(self.line(mid)),
                std::cmp::Ordering::Less => lo = mid + 1,
                std::cmp::Ordering::Greater => hi = mid,
            }
        }
        None
    }

    #[cfg(test)]
    fn keys(&self) -> impl Iterator<Item = &'static str> + '_ {
        (0..self.len()).map(|i| self.first_column(i))
    }
}

static COMMON_WORD_LINES: SortedLines =
    sorted_lines!(include_str!("common_words.tsv"), "common_words");

static CITY_LINES: SortedLines = sorted_lines!(include_str!("cities.tsv"), "cities");

/// Is `lower` (a lower-case word) an ordinary English word? `Some(true)`
/// when the capitalized form is also a proper noun (bath/Bath).
pub fn common_word(lower: &str) -> Option<bool> {
    COMMON_WORD_LINES
        .get(lower)
        .map(|line| line.ends_with("\t1"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn place(name: &str) -> Option<Place> {
        self::name(name).and_then(|n| n.place)
    }

    fn organization(name: &str) -> Option<Organization> {
        self::name(name).and_then(|n| n.org)
    }

    #[test]
    fn abbreviations_load() {
        let cases = [
            ("Mr.", Some(AbbrevClass::Title)),
            ("Rep.", Some(AbbrevClass::Title)),
            ("U.S.", Some(AbbrevClass::Initialism)),
            ("co.", Some(AbbrevClass::Corporate)),
            ("Nov.", Some(AbbrevClass::Month)),
            ("dog.", None),
        ];
        for (word, class) in cases {
            assert_eq!(abbreviation(word).map(|a| a.class), class, "{word}");
        }
    }

    #[test]
    fn entity_lists_load() {
        assert_eq!(place("Ukraine").map(|p| p.kind), Some(PlaceKind::Country));
        assert_eq!(place("Pokrovsk").map(|p| p.kind), Some(PlaceKind::City));
        assert!(place("Here").is_none());
        assert_eq!(given_name_gender("Donald"), Some(Gender::Male));
        assert_eq!(given_name_gender("Volodymyr"), Some(Gender::Male));
        assert_eq!(given_name_gender("Tatiana"), Some(Gender::Female));
        assert!(given_name("Will").is_some_and(|g| g.ambiguous.word));
        assert_eq!(
            organization("Kremlin").map(|o| o.kind),
            Some(OrgType::Metonym)
        );
        assert_eq!(org_keyword("Council"), Some(KeywordPosition::Head));
        let sos = title(&["Secretary", "of", "State"]).expect("listed");
        assert!(sos.pre_name);
        assert_eq!(title(&["Rep."]).map(|t| t.pre_name), Some(true));
        assert!(demonym("Ukrainians").is_some_and(|d| d.plural));
        assert_eq!(common_word("video"), Some(false));
        assert!(common_word("zelensky").is_none());
    }

    #[test]
    fn tables_are_sorted() {
        for lines in [
            &PLACE_LINES,
            &CITY_LINES,
            &ORGANIZATION_LINES,
            &DEMONYM_LINES,
            &GIVEN_NAME_LINES,
            &ORG_KEYWORD_LINES,
            &TITLE_LINES,
            &TITLE_FIRSTS,
        ] {
            let keys: Vec<&str> = lines.keys().collect();
            assert!(keys.windows(2).all(|w| w[0] < w[1]));
        }
        assert!(city("Vovchansk").is_some() && city("Vovchanskx").is_none());
        assert!(name("Kherson").is_some() && name("Kherson and").is_none());
        let words: Vec<&str> = COMMON_WORD_LINES.keys().collect();
        assert_eq!(words.len(), 65_537);
        assert!(words.windows(2).all(|w| w[0] < w[1]));
        for w in ["a", "zygote", "bath", "video"] {
            assert!(common_word(w).is_some(), "{w}");
        }
        assert_eq!(common_word("mark"), Some(true));
        assert_eq!(common_word("aardvark"), Some(false));
        assert!(common_word("aaaaa").is_none() && common_word("zzzzzz").is_none());
    }

    /// The tables `build.rs` computed match the embedded lists.
    #[test]
    fn build_time_tables_current() {
        let filter = tables::name_filter(
            include_str!("places.tsv"),
            include_str!("cities.tsv"),
            include_str!("organizations.tsv"),
            include_str!("demonyms.tsv"),
        );
        assert!(filter == NAME_FILTER);
        let (titles, firsts, longest) = tables::title_tables(include_str!("titles.tsv"));
        assert_eq!(TITLE_LINES.data, titles);
        assert_eq!(TITLE_FIRSTS.data, firsts);
        assert_eq!(TITLE_MAX_WORDS, longest);
        for (lines, data) in [
            (&CITY_LINES, include_str!("cities.tsv")),
            (&COMMON_WORD_LINES, include_str!("common_words.tsv")),
            (&PLACE_LINES, include_str!("places.tsv")),
            (&ORGANIZATION_LINES, include_str!("organizations.tsv")),
            (&DEMONYM_LINES, include_str!("demonyms.tsv")),
            (&GIVEN_NAME_LINES, include_str!("given_names.tsv")),
            (&ORG_KEYWORD_LINES, include_str!("org_keywords.tsv")),
            (&TITLE_LINES, titles.as_str()),
            (&TITLE_FIRSTS, firsts.as_str()),
        ] {
            let starts = tables::line_starts(data);
            let slots: Vec<u8> = tables::line_slots(data, &starts)
                .iter()
                .flat_map(|x| x.to_le_bytes())
                .collect();
            assert!(slots == lines.slots);
            for (i, key) in lines.keys().enumerate() {
                assert_eq!(lines.get(key), Some(lines.line(i)), "{key}");
                assert_eq!(lines.search(key), lines.get(key), "{key}");
                let missing = format!("{key}x");
                assert_eq!(lines.search(&missing), lines.get(&missing), "{missing}");
            }
            assert_eq!(starts.len(), lines.len() + 1);
            assert!((0..starts.len()).all(|i| starts[i] as usize == lines.start(i)));
        }
    }

    /// Every embedded list keeps its provenance line and stays small.
    #[test]
    fn provenance_and_size() {
        let files = [
            include_str!("places.tsv"),
            include_str!("cities.tsv"),
            include_str!("given_names.tsv"),
            include_str!("organizations.tsv"),
            include_str!("org_keywords.tsv"),
            include_str!("titles.tsv"),
            include_str!("demonyms.tsv"),
            include_str!("common_words.tsv"),
        ];
        for f in files {
            assert!(f.starts_with("# Derived by tools/build_lexicon.py"));
            assert!(f.len() < 800 * 1024, "{}", f.lines().next().unwrap_or(""));
        }
    }
}
