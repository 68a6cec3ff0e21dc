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

/// Month names open with one of these.
const MONTH_PREFIXES: [&[u8; 3]; 12] = [
    b"jan", b"feb", b"mar", b"apr", b"may", b"jun", b"jul", b"aug", b"sep", b"oct", b"nov", b"dec",
];

/// The class of a lower-cased piece of a word.
fn piece_class(p: &[u8]) -> u32 {
    use need::*;
    let mut c = match p {
        b"monday" | b"friday" => WEEKDAY | HOLIDAY,
        b"tuesday" | b"wednesday" | b"thursday" | b"saturday" | b"sunday" | b"mon" | b"tues"
        | b"tue" | b"wed" | b"thurs" | b"thu" | b"fri" | b"sat" | b"sun" => WEEKDAY,
        b"christmas" | b"thanksgiving" | b"easter" | b"halloween" => HOLIDAY,
        b"day" => DAY | HOLIDAY | UNIT,
        b"days" => UNIT | PRESENT,
        b"year" => REL | HOLIDAY | UNIT,
        b"week" | b"month" => REL | UNIT,
        b"quarter" => REL,
        b"weeks" | b"months" | b"years" => UNIT,
        b"weekend" => WEEKEND,
        b"ago" => AGO,
        b"century" => CENTURY,
        b"nineteen" => NINETEEN,
        b"twenties" | b"thirties" | b"forties" | b"fifties" | b"sixties" | b"seventies"
        | b"eighties" | b"nineties" => DECADE,
        b"today" | b"tonight" | b"yesterday" | b"tomorrow" | b"otd" => DAYWORD,
        b"spring" | b"summer" | b"autumn" | b"fall" | b"winter" => SEASON,
        b"now" | b"currently" | b"nowadays" | b"present" | b"presently" | b"moment" => PRESENT,
        b"recently" | b"lately" | b"past" | b"recent" => PAST,
        b"future" | b"coming" => FUTURE,
        _ => 0,
    };
    if p.len() >= 3 && MONTH_PREFIXES.iter().any(|m| p[..3] == m[..]) {
        c |= MONTH;
    }
    c
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

    /// Add the classes of one word.
    pub fn add(&mut self, word: &str) {
        if word.chars().any(char::is_numeric) {
            self.0 |= need::DIGIT;
        }
        for piece in word.split(|c: char| !c.is_ascii_alphanumeric()) {
            // The longest word of a class has 13 letters; longer pieces
            // only matter for their month prefix.
            let mut buf = [0u8; 16];
            let n = piece.len().min(buf.len());
            if n < 3 {
                continue;
            }
            for (b, c) in buf.iter_mut().zip(piece.bytes()) {
                *b = c.to_ascii_lowercase();
            }
            let p = if piece.len() > buf.len() {
                &buf[..3]
            } else {
                &buf[..n]
            };
            self.0 |= piece_class(p);
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
