//! The prefilter of the date grammar: which date words a sentence holds.
//!
//! Input: the sentence's words (its shared tokens, or white-space chunks
//! where there are none yet). Output: a [`Triggers`] bit set of the
//! [`need`] classes found. A row of the grammar is tried only when the
//! sentence has one of its words; most sentences have none, and then no
//! pattern runs at all.
//!
//! The classes are supersets of what a row's pattern can match, so the
//! filter never changes a result, only skips work: a word is cut at every
//! character that is not an ASCII letter or digit (where the patterns'
//! ASCII word boundaries fall), and each piece is looked up lower-cased.
//! A month may open a piece ("Dec31", and "12 Marchers" matches a day
//! and month), so months are tested by their first three letters; any
//! numeric character counts as a digit (a superset: the patterns match
//! ASCII digits only, see [`super::grammar`]).
//!
//! Known limits: a word list here must follow the patterns it guards;
//! the tests check it on examples of every row.

use std::cell::RefCell;

use crate::lexicon::FastMap;
use crate::segment::{Shape, Token, Tokens};

/// Classes of date words, one bit each.
pub(super) mod need {
    /// Any numeric character.
    pub const DIGIT: u32 = 1;
    /// A piece that opens with a month name or abbreviation ("mar", "dec31").
    pub const MONTH: u32 = 1 << 1;
    /// A weekday name or abbreviation ("Tue", "Friday").
    pub const WEEKDAY: u32 = 1 << 2;
    /// A word of a holiday's name ("Christmas", "Day", "Year").
    pub const HOLIDAY: u32 = 1 << 3;
    /// "day" ("the day before", "on this day").
    pub const DAY: u32 = 1 << 4;
    /// A calendar unit a relative date counts from: week, month, year, quarter.
    pub const REL: u32 = 1 << 5;
    /// A unit after "in N" ("in two weeks").
    pub const UNIT: u32 = 1 << 6;
    pub const WEEKEND: u32 = 1 << 7;
    pub const AGO: u32 = 1 << 8;
    pub const CENTURY: u32 = 1 << 9;
    /// "nineteen" of a spoken year.
    pub const NINETEEN: u32 = 1 << 10;
    /// A decade word ("sixties").
    pub const DECADE: u32 = 1 << 11;
    /// today, tonight, yesterday, tomorrow, otd.
    pub const DAYWORD: u32 = 1 << 12;
    pub const SEASON: u32 = 1 << 13;
    /// A word of a present-time phrase ("now", "at the moment").
    pub const PRESENT: u32 = 1 << 14;
    /// A word of a past-time phrase ("recently", "in the past").
    pub const PAST: u32 = 1 << 15;
    /// A word of a future-time phrase ("in the future", "the coming days").
    pub const FUTURE: u32 = 1 << 16;
}

/// The date word classes ([`need`]) a sentence holds.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Triggers(u32);

/// The words of the classes, lower case (at most 16 bytes each).
const WORDS: &[(&str, u32)] = {
    use need::*;
    &[
        ("monday", WEEKDAY | HOLIDAY),
        ("friday", WEEKDAY | HOLIDAY),
        ("tuesday", WEEKDAY),
        ("wednesday", WEEKDAY),
        ("thursday", WEEKDAY),
        ("saturday", WEEKDAY),
        ("sunday", WEEKDAY),
        ("mon", WEEKDAY),
        ("tues", WEEKDAY),
        ("tue", WEEKDAY),
        ("wed", WEEKDAY),
        ("thurs", WEEKDAY),
        ("thu", WEEKDAY),
        ("fri", WEEKDAY),
        ("sat", WEEKDAY),
        ("sun", WEEKDAY),
        ("christmas", HOLIDAY),
        ("thanksgiving", HOLIDAY),
        ("easter", HOLIDAY),
        ("halloween", HOLIDAY),
        ("day", DAY | HOLIDAY | UNIT),
        ("days", UNIT | PRESENT),
        ("year", REL | HOLIDAY | UNIT),
        ("week", REL | UNIT),
        ("month", REL | UNIT),
        ("quarter", REL),
        ("weeks", UNIT),
        ("months", UNIT),
        ("years", UNIT),
        ("weekend", WEEKEND),
        ("ago", AGO),
        ("century", CENTURY),
        ("nineteen", NINETEEN),
        ("twenties", DECADE),
        ("thirties", DECADE),
        ("forties", DECADE),
        ("fifties", DECADE),
        ("sixties", DECADE),
        ("seventies", DECADE),
        ("eighties", DECADE),
        ("nineties", DECADE),
        ("today", DAYWORD),
        ("tonight", DAYWORD),
        ("yesterday", DAYWORD),
        ("tomorrow", DAYWORD),
        ("otd", DAYWORD),
        ("spring", SEASON),
        ("summer", SEASON),
        ("autumn", SEASON),
        ("fall", SEASON),
        ("winter", SEASON),
        ("now", PRESENT),
        ("currently", PRESENT),
        ("nowadays", PRESENT),
        ("present", PRESENT),
        ("presently", PRESENT),
        ("moment", PRESENT),
        ("recently", PAST),
        ("lately", PAST),
        ("past", PAST),
        ("recent", PAST),
        ("future", FUTURE),
        ("coming", FUTURE),
    ]
};

/// A piece of at most 16 bytes as one number, byte `i` in bits `8 i..`
/// (zero-padded: pieces are ASCII letters and digits, never NUL), so a
/// lookup compares integers.
const fn key(p: &[u8]) -> u128 {
    let mut k = 0u128;
    let mut i = 0;
    while i < p.len() {
        k |= (p[i] as u128) << (8 * i);
        i += 1;
    }
    k
}

/// [`WORDS`] by key, sorted at compile time for binary search.
static BY_KEY: [(u128, u32); WORDS.len()] = {
    let mut t = [(0u128, 0u32); WORDS.len()];
    let mut i = 0;
    while i < t.len() {
        t[i] = (key(WORDS[i].0.as_bytes()), WORDS[i].1);
        // Insertion sort (const context).
        let mut j = i;
        while j > 0 && t[j - 1].0 > t[j].0 {
            let x = t[j - 1];
            t[j - 1] = t[j];
            t[j] = x;
            j -= 1;
        }
        i += 1;
    }
    t
};

/// Month names open with one of these (as [`key`]s).
const MONTH_PREFIXES: [u128; 12] = {
    let names: [&[u8]; 12] = [
        b"jan", b"feb", b"mar", b"apr", b"may", b"jun", b"jul", b"aug", b"sep", b"oct", b"nov",
        b"dec",
    ];
    let mut t = [0u128; 12];
    let mut i = 0;
    while i < 12 {
        t[i] = key(names[i]);
        i += 1;
    }
    t
};

/// The class of a lower-cased piece of a word of at least 3 bytes, as a
/// [`key`] (a piece longer than 16 bytes by its first 3).
fn piece_class(k: u128) -> u32 {
    let mut c = match BY_KEY.binary_search_by_key(&k, |e| e.0) {
        Ok(i) => BY_KEY[i].1,
        Err(_) => 0,
    };
    if MONTH_PREFIXES.contains(&(k & 0xFF_FFFF)) {
        c |= need::MONTH;
    }
    c
}

/// Word forms seen by this thread, across documents, with their classes:
/// a pure cache (the segmenter's word-type cache does the same for the
/// lexicon classes), started over past [`CACHE_MAX`] forms so a long batch
/// keeps its memory flat.
type Cache = FastMap<Box<str>, u32>;

thread_local! {
    static CACHE: RefCell<Cache> = RefCell::new(Cache::default());
}

const CACHE_MAX: usize = 1 << 16;

/// The classes of one word form, through the thread's cache.
fn cached(word: &str) -> u32 {
    CACHE.with(|cache| {
        if let Some(&c) = cache.borrow().get(word) {
            return c;
        }
        let c = Triggers::of([word]).0;
        let mut cache = cache.borrow_mut();
        if cache.len() >= CACHE_MAX {
            cache.clear();
        }
        cache.insert(word.into(), c);
        c
    })
}

impl Triggers {
    /// Every class: all rows are tried (tests compare with it).
    #[cfg(test)]
    pub(super) const ALL: Triggers = Triggers(u32::MAX);

    /// The classes of `words` (each a token or any white-space free chunk).
    pub fn of<'w>(words: impl IntoIterator<Item = &'w str>) -> Triggers {
        let mut t = Triggers::default();
        for w in words {
            t.add(w);
        }
        t
    }

    /// The classes of a sentence's tokens; `memo` holds each word type's
    /// classes once computed (one slot per word type of the document's
    /// [`Vocab`](crate::segment::Vocab), `u32::MAX` until then), so a word
    /// type is read once per document.
    pub fn of_tokens(tokens: &Tokens, sentence: &[Token], memo: &mut [u32]) -> Triggers {
        let mut t = Triggers::default();
        for &tok in sentence {
            let lx = tokens.lexeme(tok);
            // One char that is not alphanumeric (so not numeric either):
            // no class.
            if matches!(lx.shape, Shape::Punct | Shape::Quote) {
                continue;
            }
            let slot = &mut memo[tok.lex.index()];
            if *slot == u32::MAX {
                *slot = if lx.shape == Shape::Digits {
                    // Digits, "," and ".": pieces of digits, no word.
                    need::DIGIT
                } else {
                    cached(lx.orth)
                };
            }
            t.0 |= *slot;
        }
        t
    }

    /// Add the classes of one word: of each piece between characters that
    /// are not ASCII letters or digits, lower-cased.
    pub fn add(&mut self, word: &str) {
        let b = word.as_bytes();
        let mut i = 0;
        while i < b.len() {
            if !b[i].is_ascii_alphanumeric() {
                i += 1;
                continue;
            }
            let start = i;
            let mut k = 0u128;
            while i < b.len() && b[i].is_ascii_alphanumeric() {
                if b[i].is_ascii_digit() {
                    self.0 |= need::DIGIT;
                }
                if i - start < 16 {
                    k |= u128::from(b[i].to_ascii_lowercase()) << (8 * (i - start));
                }
                i += 1;
            }
            // The longest word of a class has 13 letters; longer pieces
            // only matter for their first three (a month prefix).
            match i - start {
                0..=2 => {}
                3..=16 => self.0 |= piece_class(k),
                _ => self.0 |= piece_class(k & 0xFF_FFFF),
            }
        }
        // Any numeric character counts as a digit ("١٢").
        if !word.is_ascii() && word.chars().any(char::is_numeric) {
            self.0 |= need::DIGIT;
        }
    }

    /// Does the sentence hold a word of one of the classes in `needs`?
    pub(super) fn has(self, needs: u32) -> bool {
        self.0 & needs != 0
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_of_words() {
        for (word, want) in [
            ("Dec31", need::DIGIT | need::MONTH),
            ("Nov.", need::MONTH),
            ("Marchers", need::MONTH),
            ("Tue.", need::WEEKDAY),
            ("Year’s", need::REL | need::HOLIDAY | need::UNIT),
            ("year-earlier", need::REL | need::HOLIDAY | need::UNIT),
            ("20th-century", need::DIGIT | need::CENTURY),
            ("said", 0),
            ("of", 0),
            ("Internationalisation", 0),
            ("Septembers-long", need::MONTH),
            ("١٢", need::DIGIT),
        ] {
            assert_eq!(Triggers::of([word]), Triggers(want), "{word}");
        }
    }

    #[test]
    fn listed_words_have_their_class() {
        for (w, c) in WORDS {
            let upper = w.to_uppercase();
            for form in [*w, upper.as_str()] {
                assert_eq!(Triggers::of([form]).0 & !need::MONTH, *c, "{form}");
            }
        }
        assert_eq!(Triggers::of(["sundays"]), Triggers(0));
        assert_eq!(
            Triggers::of(["sunxxxxxxxxxxxxxxxxxxx"]),
            Triggers(need::WEEKDAY)
        );
    }

    /// The classes as first written: split, lower-case, compare strings.
    fn reference(word: &str) -> u32 {
        let mut c = 0;
        if word.chars().any(char::is_numeric) {
            c |= need::DIGIT;
        }
        for piece in word.split(|c: char| !c.is_ascii_alphanumeric()) {
            let lower = piece.to_ascii_lowercase();
            if lower.len() < 3 {
                continue;
            }
            let p = if lower.len() > 16 {
                &lower[..3]
            } else {
                &lower[..]
            };
            c |= WORDS.iter().find(|(w, _)| *w == p).map_or(0, |e| e.1);
            let months = [
                "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
            ];
            if months.contains(&&p[..3]) {
                c |= need::MONTH;
            }
        }
        c
    }

    #[test]
    fn classes_match_the_string_reading() {
        let parts = [
            "mon",
            "day",
            "Sun",
            "DEC",
            "31",
            "year",
            "s",
            "-",
            ".",
            "’",
            "é",
            "١",
            "ago",
            "x",
            "Christmas",
            "TODAY",
            "weekend",
        ];
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        for _ in 0..20000 {
            let mut w = String::new();
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let mut r = seed;
            for _ in 0..(r % 7) {
                r /= 7;
                w.push_str(parts[(r % parts.len() as u64) as usize]);
            }
            assert_eq!(Triggers::of([w.as_str()]).0, reference(&w), "{w:?}");
        }
    }

    /// The token reading (memo per word type) is the word reading.
    #[test]
    fn tokens_give_the_same_classes() {
        let text = "On Monday, 3 Dec. the U.S.-led talks (last year’s) went on; \
                    Marchers said “today” — now 20th-century Year-end sun SUN";
        let doc = crate::document::Document::new(text);
        let (sentences, tokens) = crate::segment::segment(&doc);
        let mut memo = vec![u32::MAX; tokens.vocab.type_count()];
        for s in &sentences {
            let toks = tokens.of(s);
            let want = Triggers::of(toks.iter().map(|t| &text[t.span]));
            assert_eq!(Triggers::of_tokens(&tokens, toks, &mut memo), want);
            assert_eq!(Triggers::of_tokens(&tokens, toks, &mut memo), want);
        }
    }

    /// Every holiday name of the lexicon has a word the filter knows.
    #[test]
    fn holidays_have_a_trigger() {
        let names = crate::lexicon::HOLIDAY_PATTERN
            .replace("(?-i:", "")
            .replace(['(', ')', '?', ':'], "")
            .replace("\\s+", " ")
            .replace("[’']", "'");
        for name in names.split('|') {
            let t = Triggers::of(name.split_whitespace());
            assert!(t.has(need::HOLIDAY), "{name}");
        }
    }
}
