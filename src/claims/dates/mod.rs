//! Date expressions resolved against the reference date (TIMEX3 values).
//!
//! Input: the text, one sentence span and the reference date (if any).
//! Output: [`DateMention`]s in text order, never overlapping.
//!
//! The grammar is a table of rows, one family per file: [`absolute`]
//! (calendar names and numbers), [`relative`] (counted from the
//! reference), [`weekday`], [`holiday`] and [`vague`] (now, recently). A
//! row is a pattern built from the shared pieces of [`grammar`] (month,
//! weekday, ordinal and cardinal day, year, count, modifier) and the
//! resolver of its matches; [`offset`] then moves a day by a count before
//! it. A row runs only on a sentence that holds one of its words
//! ([`triggers`], from the sentence's tokens), and its pattern is compiled
//! the first time it runs. Where matches overlap the longest (then the
//! earliest) wins. Values are
//! written as HeidelTime writes TIMEX3: `2025-11-27`, `2025-11`, `2025`,
//! `2025-W48`, `2025-W48-WE`, `2025-Q3`, `2025-SU`, `196` (the 1960s),
//! `PRESENT_REF`/`PAST_REF`/`FUTURE_REF`.
//!
//! Relative expressions ("on Sunday", "last week", "in late November") are
//! resolved against the reference date; the tense of the cue word nearest
//! to the expression decides the direction: a bare weekday is the most
//! recent one (the reference day itself included) unless a future cue
//! ("will", "next", "expected to") is nearer than a past one, then the
//! next one. A month or day without a year takes the nearest year, leaning
//! on tense: future context moves a date before the reference a year on;
//! a month seven or more months ahead of the reference is last year's
//! ("Nov. 25" written in January). Measured on TimeBank, AQUAINT and GUM:
//! moving any past-context date after the reference a year back was wrong
//! more often than right. Without a reference date every relative value is
//! `None` (the contract: unresolved, not guessed).
//!
//! "In two weeks" is a date only in future context (else a duration), and
//! "the quarter" (no ordinal) is the last completed quarter, as earnings
//! reports use it.
//!
//! [`reference_from_text`] finds a date to serve as the reference when none
//! is given: the first full date (with year) in the first paragraphs, as
//! in a dateline ("Friday, July 21, 2017").
//!
//! A count just before a day-level date moves it ("three weeks from
//! tomorrow", "2 weeks before Christmas", "the day before yesterday"); a
//! possessive anchor ("three days after Monday's attack") is an event's day
//! and is left alone. "The day before/after" alone is the reference's
//! neighbour; followed by a noun ("the day after his death") it is an
//! event's and no date. "Previous"/"following" plus a weekday are that day
//! of the week before/after the reference's week ("next"/"last" keep the
//! nearest). Days may be words ("fourth of July", "January first",
//! "Tuesday the eleventh"), years spelled out after a day and month ("two
//! thousand and thirty two"); a weekday named with a year-less date picks
//! the year where they agree ("Tue May 9"); two-digit years fall in the
//! ninety years before the reference or the ten after. Year-less slashed
//! dates ("11/20", "22/04") need two-digit parts or a cue word ("on 5/12",
//! "friday 5/12"), since "1/4" and "24/7" look the same; "9/11" is 2001.
//! A bare "the 18th" is a date only after a preposition ("on the 18th")
//! and with no noun after it ("on the 18th floor").
//!
//! Known limits: English only; no times of day (a "Monday evening" is the
//! day); few holidays (fixed dates, Easter, US Thanksgiving and its
//! neighbours, Labor and Memorial Day; no lunar ones); no "N weeks later"
//! or anaphora ("that day", "the next day": the reference is no anchor
//! for a narrated event); a bare "May" is the month only
//! after a preposition or determiner ("in May", "last May") or before a
//! day or year, so "may" the modal stays out; tense cues are word lists,
//! not a parser.

mod absolute;
mod grammar;
mod holiday;
mod offset;
mod relative;
mod tense;
mod triggers;
mod vague;
mod weekday;

use std::cell::OnceCell;
use std::sync::OnceLock;

use regex_automata::meta;

use crate::calendar::Date;
use crate::document::{Document, Span};

pub use triggers::Triggers;

use tense::Tense;

/// Granularity of a resolved date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Granularity {
    Day,
    Week,
    Month,
    Quarter,
    Season,
    Year,
    Decade,
    Century,
    Unknown,
}

impl Granularity {
    pub fn as_str(self) -> &'static str {
        match self {
            Granularity::Day => "day",
            Granularity::Week => "week",
            Granularity::Month => "month",
            Granularity::Quarter => "quarter",
            Granularity::Season => "season",
            Granularity::Year => "year",
            Granularity::Decade => "decade",
            Granularity::Century => "century",
            Granularity::Unknown => "unknown",
        }
    }
}

/// One date expression.
#[derive(Clone, Debug, PartialEq)]
pub struct DateMention {
    pub span: Span,
    /// TIMEX3 value ("2025-11-27", "2025-W48", "PAST_REF"); None if unresolved.
    pub value: Option<String>,
    pub granularity: Granularity,
}

/// A resolved match: (value, granularity).
type Resolved = (Option<String>, Granularity);

/// What a row's match means: its value, or `None` to drop the match.
type Resolver = fn(&Ctx, &Captures, Span) -> Option<Resolved>;

/// The groups of one row match, over the sentence text: the subset of
/// `regex::Captures` the resolvers use (`get`, `name`), on the
/// `regex_automata` engine the rows are compiled with (see [`Row::regex`]).
pub(super) struct Captures<'t> {
    hay: &'t str,
    caps: regex_automata::util::captures::Captures,
}

/// One group of a match: its text and its byte range in the sentence.
#[derive(Clone, Copy)]
pub(super) struct Group<'t> {
    hay: &'t str,
    start: usize,
    end: usize,
}

impl<'t> Group<'t> {
    pub(super) fn as_str(&self) -> &'t str {
        &self.hay[self.start..self.end]
    }
    pub(super) fn start(&self) -> usize {
        self.start
    }
    pub(super) fn end(&self) -> usize {
        self.end
    }
}

impl<'t> Captures<'t> {
    pub(super) fn get(&self, i: usize) -> Option<Group<'t>> {
        let s = self.caps.get_group(i)?;
        Some(self.group(s))
    }
    pub(super) fn name(&self, name: &str) -> Option<Group<'t>> {
        let s = self.caps.get_group_by_name(name)?;
        Some(self.group(s))
    }
    fn group(&self, s: regex_automata::Span) -> Group<'t> {
        Group {
            hay: self.hay,
            start: s.start,
            end: s.end,
        }
    }
}

/// One row of the date grammar: a pattern built from the shared pieces of
/// [`grammar`], the words one of which a sentence must hold for the pattern
/// to be tried ([`triggers::need`]), and the resolver of its matches. The
/// pattern is compiled on the first sentence that has one of those words,
/// so a process that never sees a season never builds the season rule.
struct Row {
    pattern: fn() -> String,
    needs: u32,
    resolve: Resolver,
    re: OnceLock<meta::Regex>,
}

impl Row {
    const fn new(pattern: fn() -> String, needs: u32, resolve: Resolver) -> Row {
        Row {
            pattern,
            needs,
            resolve,
            re: OnceLock::new(),
        }
    }

    /// The compiled pattern. Built as `regex::Regex::new` builds it (same
    /// syntax, leftmost-first, UTF-8 empty matches, same size limits) but
    /// without the literal prefilter: matches and groups are the same,
    /// and the build costs half (≈ 88 M instead of 173 M instructions for
    /// all rows, most of it literal extraction over the alternations), which
    /// is most of a one-article run. The rows only run on sentences that
    /// hold one of their trigger words, so a prefilter saves little there.
    fn regex(&self) -> &meta::Regex {
        self.re.get_or_init(|| {
            meta::Builder::new()
                .configure(
                    meta::Config::new()
                        .auto_prefilter(false)
                        .nfa_size_limit(Some(10 * (1 << 20)))
                        .hybrid_cache_capacity(2 * (1 << 20)),
                )
                .build(&(self.pattern)())
                .expect("date rule compiles")
        })
    }
}

/// The grammar, family by family. Where two rows match the same span the
/// earlier row wins.
static FAMILIES: [&[Row]; 5] = [
    &absolute::ROWS,
    &holiday::ROWS,
    &weekday::ROWS,
    &relative::ROWS,
    &vague::ROWS,
];

/// What resolvers need to know about the sentence around a match.
struct Ctx<'a> {
    text: &'a str,
    sentence: Span,
    reference: Option<Date>,
    /// The sentence's tense cues ([`tense::cues`]), found on first need.
    cues: OnceCell<Vec<(Span, Tense)>>,
}

impl Ctx<'_> {
    fn tense(&self, span: Span) -> Tense {
        let cues = self
            .cues
            .get_or_init(|| tense::cues(self.text, self.sentence));
        tense::near(cues, span)
    }

    /// The word before `pos` in the sentence, lower-cased.
    fn word_before(&self, pos: usize) -> String {
        let before = &self.text[self.sentence.start()..pos];
        before
            .trim_end()
            .rsplit(|c: char| !c.is_alphanumeric() && c != '’' && c != '\'')
            .next()
            .unwrap_or("")
            .to_lowercase()
    }
}

/// A candidate mention: span, value, granularity.
type Cand = (Span, Option<String>, Granularity);

/// The date expressions in `sentence`, resolved against `reference`,
/// leaving out any that lie strictly inside one of `names` (a name's
/// words are the name's: "June" in "June Carter Cash"). `words` says
/// which date words the sentence holds ([`Triggers::of`] over its
/// tokens): rows none of whose words are there are not tried.
pub fn find(
    text: &str,
    sentence: Span,
    reference: Option<Date>,
    names: &super::Taken,
    words: Triggers,
) -> Vec<DateMention> {
    if words.is_empty() {
        return Vec::new();
    }
    let ctx = Ctx {
        text,
        sentence,
        reference,
        cues: OnceCell::new(),
    };
    let mut cands: Vec<Cand> = Vec::new();
    for row in FAMILIES.iter().flat_map(|f| f.iter()) {
        if words.has(row.needs) {
            matches_of(&ctx, row, names, &mut cands);
        }
    }
    let mut kept = longest_first(cands);
    offset::apply(&ctx, &mut kept);
    relative::a_year_back(&ctx, &mut kept);
    kept.into_iter()
        .map(|(span, value, granularity)| DateMention {
            span,
            value,
            granularity,
        })
        .collect()
}

/// The resolved matches of one row in the sentence, pushed onto `cands`.
fn matches_of(ctx: &Ctx, row: &Row, names: &super::Taken, cands: &mut Vec<Cand>) {
    let text = ctx.text;
    let s = &text[ctx.sentence];
    let base = ctx.sentence.start();
    for caps in row.regex().captures_iter(s) {
        let c = Captures { hay: s, caps };
        let m = c.get(0).expect("group 0");
        let span = Span::new(text, base + m.start(), base + m.end());
        // "$12 December 27": a number after a currency sign or inside a
        // bigger number is no day or year.
        let before = s[..m.start()].chars().next_back();
        if m.as_str().starts_with(|c: char| c.is_ascii_digit())
            && before.is_some_and(|c| "$€£¥".contains(c) || c.is_ascii_digit())
        {
            continue;
        }
        if let Some((value, gran)) = (row.resolve)(ctx, &c, span) {
            // A rule that needs a cue word before the date ("on the
            // 18th") marks the date itself as group "x".
            let span = c
                .name("x")
                .map_or(span, |x| Span::new(text, base + x.start(), base + x.end()));
            if !names.strictly_inside(span) {
                cands.push((span, value, gran));
            }
        }
    }
}

/// Longest first, then earliest; keep what does not overlap a kept one.
/// Returned in text order.
fn longest_first(mut cands: Vec<Cand>) -> Vec<Cand> {
    cands.sort_by_key(|(span, _, _)| (std::cmp::Reverse(span.len()), span.start()));
    let mut kept: Vec<Cand> = Vec::new();
    // Kept spans are disjoint, so by start they are also ordered by end:
    // only the last one starting before a candidate's end can overlap it.
    let mut taken: std::collections::BTreeMap<usize, usize> = std::collections::BTreeMap::new();
    for c in cands {
        let clash = taken
            .range(..c.0.end())
            .next_back()
            .is_some_and(|(_, &end)| end > c.0.start());
        if !clash && !c.0.is_empty() {
            taken.insert(c.0.start(), c.0.end());
            kept.push(c);
        }
    }
    kept.sort_by_key(|k| k.0.start());
    kept
}

/// A reference date found in the text itself: a full date (with a year,
/// to the day) in one of the first three paragraphs that is a dateline or
/// little more than the date ("Friday, July 21, 2017" on its own line, as
/// Wikinews prints it). A date inside a body sentence ("On July 4, 1776,
/// ...") is about the story, not the writing, and does not serve. None when
/// there is none.
pub fn reference_from_text(doc: &Document) -> Option<Date> {
    for p in doc.paragraphs.iter().take(3) {
        let dateline = p.kind == crate::document::ParagraphKind::Dateline;
        let words = Triggers::of(doc.text[p.span].split_whitespace());
        for m in find(doc.text, p.span, None, &super::Taken::default(), words) {
            let mostly_date = m.span.len() * 2 >= p.span.len();
            if m.granularity == Granularity::Day
                && (dateline || mostly_date)
                && let Some(d) = m.value.as_deref().and_then(|v| v.parse::<Date>().ok())
            {
                return Some(d);
            }
        }
    }
    None
}

#[cfg(test)]
mod tests;
