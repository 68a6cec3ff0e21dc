//! Date expressions resolved against the reference date (TIMEX3 values).
//!
//! Input: the text, one sentence span and the reference date (if any).
//! Output: [`DateMention`]s in text order, never overlapping.
//!
//! Each rule is one regex (`RULES`); all rules run over the sentence, and
//! where matches overlap the longest (then the earliest) wins. Values are
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

use std::sync::LazyLock;

use regex::{Captures, Regex};

use crate::calendar::Date;
use crate::document::{Document, Span};
use crate::lexicon;

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

const MONTH: &str = r"(?-u:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)";
const WEEKDAY: &str = r"(?-u:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
const WEEKDAY_SHORT: &str = r"(?-u:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues|Tue|Wed|Thurs|Thu|Fri|Sat|Sun)\.?";
/// Weekday names and abbreviations without a trailing period, for the end
/// of a match (a word boundary cannot follow the period).
const WEEKDAY_ABBR: &str = r"(?-u:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues|Tue|Wed|Thurs|Thu|Fri|Sat|Sun)";
/// Days of the month as cardinal words ("five", "twenty five").
const CARD_DAY: &str = r"(?-u:(?:twenty|thirty)[-\s]+(?:one|two|three|four|five|six|seven|eight|nine)|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty)";
/// Days of the month as ordinal words ("fourth", "twenty third").
const ORD: &str = r"(?-u:(?:twenty|thirty)[-\s]+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)";
/// "nineteen eighty six": after a bare month only this form, since
/// "January two thousand" is more often a count.
const SPOKEN_19: &str = r"(?i-u:nineteen[-\s]+(?:ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s]+(?:one|two|three|four|five|six|seven|eight|nine))?)";
/// Years spelled out after a day and month ("nineteen eighty six", "two
/// thousand and thirty two"); alone they are too often counts.
const SPOKEN_YEAR: &str = r"(?-u:nineteen[-\s]+(?:ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s]+(?:one|two|three|four|five|six|seven|eight|nine))?|two\s+thousand(?:(?:\s+and)?\s+(?:(?:twenty|thirty|forty|fifty)(?:[-\s]+(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))?)";
const COUNT: &str = r"(?-u:\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|several|a\s+few|a\s+couple\s+of|few|many)";

/// What a rule's match means.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Rule {
    /// 2025-11-27
    Iso,
    /// 11/27/2025 (US order; day first when the first number exceeds 12)
    Slashed,
    /// [Weekday,] Month Day[, Year]
    MonthDay,
    /// [Weekday,] Day Month [Year]
    DayMonth,
    /// Month Year
    MonthYear,
    /// 2019-aug-1
    YearMonthNameDay,
    /// 11/20, 22/04 (no year: the nearest such date)
    SlashedNoYear,
    /// [on] the 18th (the month is the reference's, or the one before or
    /// after by tense)
    BareDay,
    /// Tuesday the eleventh, Thu 14th (the month near the reference where
    /// the day falls on that weekday)
    WeekdayDay,
    /// the 15th day of next month
    DayOfRelMonth,
    /// on this day, (closed) for the day: the reference day
    ThisDay,
    /// the day before, the day after (from the reference, when nothing
    /// follows: "the day after his death" is an event's)
    DayAfter,
    /// [early|late|this|last|next] Month
    Month,
    /// June last year
    MonthRelYear,
    /// a year earlier, year-ago
    YearEarlier,
    /// the year, the full year, the year before: in news, the reference
    /// year unless another year follows ("the year 2000")
    TheYear,
    /// [early|late] 2017
    Year,
    /// nineteen ninety-six (broadcast transcripts spell years out)
    SpokenYear,
    /// the 1960s
    Decade,
    /// the sixties (the most recent ones)
    DecadeWord,
    /// the 20th century
    Century,
    /// today, yesterday, tomorrow, tonight, otd ("on this day")
    DayWord,
    /// Christmas, Thanksgiving, Easter [2018]
    Holiday,
    /// [last|this|next] Monday [evening]
    Weekday,
    /// Tuesday of last week, next week on Tuesday
    WeekdayOfWeek,
    /// [early|late|earlier|later] this|last|next week|month|year|quarter
    Relative,
    /// over the weekend, this weekend
    Weekend,
    /// three weeks ago
    Ago,
    /// in two weeks (future context only; else a duration)
    In,
    /// the third quarter [of 1989]
    Quarter,
    /// the (latest) quarter: the last completed one, as earnings reports
    /// use it
    LastQuarter,
    /// this summer, the winter of 1994
    Season,
    /// now, currently
    Present,
    /// recently, in recent weeks
    Past,
    /// in the future
    Future,
}

/// All of [`RULES`] as one set, to skip the rules a sentence cannot match.
///
/// The set's lazy DFA needs more room than the default cache: with the
/// default the cache is cleared again and again and the set runs ten times
/// slower on news (measured on the BBC corpus: 120 ms against 8 ms for
/// the set alone). The room is per thread and filled only as needed.
static RULE_SET: LazyLock<regex::RegexSet> = LazyLock::new(|| {
    regex::RegexSetBuilder::new(RULES.iter().map(|(re, _)| re.as_str()))
        .dfa_size_limit(8 << 20)
        .build()
        .expect("date rule set compiles")
});

/// The rules, each compiled once.
static RULES: LazyLock<Vec<(Regex, Rule)>> = LazyLock::new(|| {
    let rx = |s: String| Regex::new(&s).expect("date rule compiles");
    vec![
        (rx(r"(?-u:\b)(\d{4})-(\d{1,2})-(\d{1,2})(?-u:\b)".into()), Rule::Iso),
        (
            rx(format!(r"(?i)(?-u:\b)(\d{{4}})-({MONTH})-(\d{{1,2}})(?-u:\b)")),
            Rule::YearMonthNameDay,
        ),
        (
            rx(format!(
                r"(?i)(?-u:\b)(?:(?:(?:this|next|last)\s+)?{WEEKDAY_SHORT},?\s+)?(?P<d>(\d{{1,2}})/(\d{{1,2}}))(?-u:\b)"
            )),
            Rule::SlashedNoYear,
        ),
        (
            rx(
                r"(?i)(?-u:\b)(?P<x>(?:the\s+)?(\d{1,2}(?:st|nd|rd|th)))(?-u:\b)"
                    .into(),
            ),
            Rule::BareDay,
        ),
        (
            rx(format!(
                r"(?i)(?-u:\b)({WEEKDAY_SHORT}),?\s+(?:the\s+)?(\d{{1,2}}(?:st|nd|rd|th)|{ORD})(?-u:\b)"
            )),
            Rule::WeekdayDay,
        ),
        (
            rx(r"(?i)(?-u:\b)the\s+day\s+(before|after)(?-u:\b)".into()),
            Rule::DayAfter,
        ),
        (
            rx(r"(?-u:\b)(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})(?-u:\b)".into()),
            Rule::Slashed,
        ),
        (
            rx(format!(
                r"(?i)(?-u:\b)(?:(?:(?:this|next|last)\s+)?{WEEKDAY_SHORT},?\s+\(?)?(?-u:\b)({MONTH})(?:\s*|[-/])(\d{{1,2}}|{ORD})(?:st|nd|rd|th)?(?-u:\b)(?:(?:\s*,\s*|\s+|\s+of\s+)(\d{{4}}|{SPOKEN_YEAR})(?-u:\b))?\)?"
            )),
            Rule::MonthDay,
        ),
        (
            rx(format!(
                r"(?i)(?-u:\b)(?:{WEEKDAY_SHORT},?\s+)?(?:the\s+)?(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:day\s+of\s+|of\s+)?({MONTH})(?:(?:,?\s+|\s+of\s+)(\d{{4}}|{SPOKEN_YEAR})(?-u:\b))?"
            )),
            Rule::DayMonth,
        ),
        (
            // "fourth of July 1995", "the twenty third day of September":
            // a day in words needs "of" before the month.
            rx(format!(
                r"(?i)(?-u:\b)(?:{WEEKDAY_SHORT},?\s+)?(?:the\s+)?({ORD})\s+(?:day\s+)?of\s+({MONTH})(?:(?:,?\s+|\s+of\s+)(\d{{4}}|{SPOKEN_YEAR})(?-u:\b))?"
            )),
            Rule::DayMonth,
        ),
        (
            // "twenty five January nineteen eighty six": a day in cardinal
            // words only with a year, since "five January deaths" is none.
            rx(format!(
                r"(?i)(?-u:\b)({CARD_DAY})\s+(?:of\s+)?({MONTH})(?:,?\s+|\s+of\s+)(\d{{4}}|{SPOKEN_YEAR})(?-u:\b)"
            )),
            Rule::DayMonth,
        ),
        (
            rx(format!(
                r"(?i)(?-u:\b)the\s+(\d{{1,2}}(?:st|nd|rd|th)|{ORD})\s+day\s+of\s+(this|next|last|the\s+next|the\s+last|the\s+previous|previous|the\s+following|following)\s+month(?-u:\b)"
            )),
            Rule::DayOfRelMonth,
        ),
        (
            // "2016 10 16": year, month and day with spaces, both in two
            // digits ("in 2016 10 people" is no date).
            rx(r"(?-u:\b)(\d{4}) (\d{2}) (\d{2})(?-u:\b)".into()),
            Rule::Iso,
        ),
        (
            rx(format!(r"(?i)(?-u:\b)({MONTH})[-/](\d{{1,2}})[-/](\d{{4}})(?-u:\b)")),
            Rule::MonthDay,
        ),
        (
            rx(format!(r"(?i)(?-u:\b)(\d{{1,2}})[-/]({MONTH})[-/](\d{{4}})(?-u:\b)")),
            Rule::DayMonth,
        ),
        (
            rx(format!(
                r"(?-u:\b)(?:(?i:early|late|mid)[-\s]+)?({MONTH})\s+(?:of\s+)?(\d{{4}}|{SPOKEN_19})(?-u:\b)"
            )),
            Rule::MonthYear,
        ),
        (
            rx(format!(
                r"(?-u:\b)({MONTH})\s+(?:of\s+)?((?i:last|this|next))\s+year(?-u:\b)"
            )),
            Rule::MonthRelYear,
        ),
        (
            rx(r"(?i)(?-u:\b)(?:(?:a|one)\s+year\s+(?:earlier|before)|(?:the\s+)?year-(?:earlier|ago))(?-u:\b)".into()),
            Rule::YearEarlier,
        ),
        (
            rx(
                r"(?-u:\b)(?:((?i:early|late|mid|this|last|next|this\s+past))[-\s]+)?((?:January|February|March|April|May|June|July|August|September|October|November|December)(?-u:\b)|(?:Sept|Oct|Nov|Dec|Jan|Feb|Aug)\.)"
                    .into(),
            ),
            Rule::Month,
        ),
        (
            rx(r"(?i:(?-u:\b)(early|late|mid)[-\s]+)?(?-u:\b)(1[5-9]\d\d|20\d\d)(?-u:\b)".into()),
            Rule::Year,
        ),
        (
            rx(r"(?i)(?-u:\b)nineteen[-\s]+(ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s]+(one|two|three|four|five|six|seven|eight|nine))?(?-u:\b)".into()),
            Rule::SpokenYear,
        ),
        (
            rx(r"(?i:(?-u:\b)the\s+)?(?i:(?-u:\b)(?:early|late|mid)[-\s]+)?(?-u:\b)(1[5-9]\d|20\d)0s(?-u:\b)".into()),
            Rule::Decade,
        ),
        (
            rx(r"(?i)(?-u:\b)the\s+(?:(?:early|late|mid)[-\s]+)?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)(?-u:\b)".into()),
            Rule::DecadeWord,
        ),
        (
            rx(r"(?i)(?-u:\b)(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)[-\s]century(?-u:\b)".into()),
            Rule::Century,
        ),
        (
            rx(format!(r"(?i)(?-u:\b)(?:(last|next|this|following|previous)\s+)?({})(?-u:\b)(?:,?\s+(\d{{4}})(?-u:\b))?", lexicon::HOLIDAY_PATTERN)),
            Rule::Holiday,
        ),
        (
            rx(r"(?i)(?-u:\b)(today|tonight|yesterday|tomorrow|otd)(?:’s|'s)?(?-u:\b)".into()),
            Rule::DayWord,
        ),
        (
            rx(r"(?i)(?-u:\b)th(is|e)\s+day(?-u:\b)".into()),
            Rule::ThisDay,
        ),
        (
            rx(format!(
                r"(?i)(?-u:\b)(?:(last|this|next|this\s+past|this\s+coming|coming|past|previous|the\s+previous|following|the\s+following)\s+)?({WEEKDAY})(?:’s|'s)?(?:\s+(?:morning|afternoon|evening|night))?(?-u:\b)"
            )),
            Rule::Weekday,
        ),
        (
            rx(format!(
                r"(?i)(?-u:\b)({WEEKDAY})\s+(?:of\s+)?(last|this|next)\s+week(?-u:\b)|(?-u:\b)(last|this|next)\s+week(?:’s|'s)?\s+(?:on\s+)?({WEEKDAY_ABBR})(?-u:\b)"
            )),
            Rule::WeekdayOfWeek,
        ),
        (
            rx(r"(?i)(?-u:\b)(?:(?:early|late|earlier|later|mid)\s+)?(this|last|next|the\s+past|the\s+previous|previous|the\s+coming|the\s+next|this\s+past|the\s+current|the\s+current\s+fiscal)\s+(week|month|year|quarter)(?:’s|'s)?(?-u:\b)".into()),
            Rule::Relative,
        ),
        (
            rx(r"(?i)(?-u:\b)(?:earlier\s+in\s+|later\s+in\s+)?the\s+(?:full\s+|whole\s+|fiscal\s+)?year(?:\s+(before|earlier))?(?-u:\b)".into()),
            Rule::TheYear,
        ),
        (
            rx(r"(?i)(?-u:\b)(?:over\s+the|(this|last|next|this\s+past|the\s+past|the\s+coming|the))\s+weekend(?-u:\b)".into()),
            Rule::Weekend,
        ),
        (
            rx(format!(
                r"(?i)(?-u:\b)(?:(?:nearly|almost|about|some|more\s+than|over|around|roughly|just)\s+)?({COUNT})\s+(day|week|month|year|decade|century|centurie)s?\s+ago(?-u:\b)"
            )),
            Rule::Ago,
        ),
        (
            rx(format!(
                r"(?i)(?-u:\b)in\s+({COUNT})\s+(day|week|month|year)s?(?-u:\b)(?:\s+time(?-u:\b))?"
            )),
            Rule::In,
        ),
        (
            rx(r"(?i)(?-u:\b)(?:the\s+)?(?:fiscal\s+)?(?:(\d{4})\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)[-\s]quarter(?-u:\b)(?:\s+of\s+(\d{4})(?-u:\b))?".into()),
            Rule::Quarter,
        ),
        (
            rx(r"(?i)(?-u:\b)the\s+(?:latest\s+|most\s+recent\s+|recent\s+|just-ended\s+)?quarter(?-u:\b)".into()),
            Rule::LastQuarter,
        ),
        (
            rx(r"(?i)(?-u:\b)(?:(this|last|next|this\s+past|early|late)\s+|the\s+)?(spring|summer|autumn|fall|winter)(?-u:\b)(?:\s+(?:of\s+)?(\d{4})(?-u:\b))?".into()),
            Rule::Season,
        ),
        (
            rx(r"(?i)(?-u:\b)(?:right\s+now|now|currently|nowadays|at\s+present|presently|at\s+the\s+moment|these\s+days)(?-u:\b)".into()),
            Rule::Present,
        ),
        (
            rx(r"(?i)(?-u:\b)(?:recently|lately|in\s+the\s+past|(?:in\s+)?recent\s+(?:days|weeks|months|years)|in\s+the\s+past\s+(?:few\s+)?(?:days|weeks|months|years))(?-u:\b)".into()),
            Rule::Past,
        ),
        (
            rx(r"(?i)(?-u:\b)(?:(?:in|for)\s+)?the\s+(?:near\s+|distant\s+|foreseeable\s+)?future(?-u:\b)|(?-u:\b)(?:in\s+the\s+coming\s+(?:days|weeks|months|years))(?-u:\b)".into()),
            Rule::Future,
        ),
    ]
});

/// Verb tense near a date, from cue words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Tense {
    Past,
    Future,
    None,
}

/// Words that point to the future only before "to" ("is expected to",
/// "plans to"); otherwise they are past participles or nouns ("fewer jobs
/// than expected", "the peace plan").
static FUTURE_BEFORE_TO: &[&str] = &[
    "going",
    "expected",
    "expects",
    "expect",
    "plans",
    "plan",
    "planned",
    "aims",
    "hopes",
    "intends",
    "set",
    "due",
    "scheduled",
];

static FUTURE_CUES: &[&str] = &[
    "will",
    "shall",
    "’ll",
    "'ll",
    "upcoming",
    "scheduled",
    "planned",
    "planning",
    "postponed",
    "soon",
    "until",
    "next",
    "won’t",
    "won't",
];

static PAST_CUES: &[&str] = &[
    "was", "were", "had", "did", "said", "told", "came", "went", "met", "held", "made", "took",
    "gave", "flew", "began", "won", "lost", "ago", "last", "earlier", "saw", "spoke", "wrote",
    "left", "fell", "rose", "led", "sent", "got", "brought", "found", "thought", "knew", "became",
    "ran", "paid", "sold", "bought",
];

fn word_tense(w: &str, next: &str) -> Tense {
    let lower = w.to_lowercase();
    let l = lower.as_str();
    if FUTURE_BEFORE_TO.contains(&l) && next.eq_ignore_ascii_case("to") {
        return Tense::Future;
    }
    // "next to the embassy" is a place, not a time.
    if l == "next" && next.eq_ignore_ascii_case("to") {
        return Tense::None;
    }
    if FUTURE_CUES.contains(&l) || l.ends_with("’ll") || l.ends_with("'ll") {
        Tense::Future
    } else if PAST_CUES.contains(&l) || (l.len() > 4 && l.ends_with("ed") && !l.ends_with("eed")) {
        Tense::Past
    } else {
        Tense::None
    }
}

/// How far around a date its tense cue is looked for. Bounded so that a
/// cue far away in a run-on "sentence" does not decide; news sentences are
/// shorter than this on either side.
const TENSE_REACH: usize = 400;

/// The tense cue words of a sentence, in text order: found once per
/// sentence (and only for one that holds a date), so that each date's
/// tense is a binary search.
fn tense_cues(text: &str, sentence: Span) -> Vec<(Span, Tense)> {
    let mut out = Vec::new();
    let mut words = crate::segment::words(text, sentence).peekable();
    while let Some(w) = words.next() {
        let next = words.peek().map_or("", |n| &text[*n]);
        let t = word_tense(&text[w], next);
        if t != Tense::None {
            out.push((w, t));
        }
    }
    out
}

/// The tense of the cue word nearest to `date` (within [`TENSE_REACH`]
/// bytes), from the sentence's `cues`; on a tie, the one before.
fn tense_near(cues: &[(Span, Tense)], date: Span) -> Tense {
    let k = cues.partition_point(|(w, _)| w.end() <= date.start());
    let before = k
        .checked_sub(1)
        .map(|i| (date.start() - cues[i].0.end(), cues[i].1));
    let after = cues[k..]
        .iter()
        .find(|(w, _)| w.start() >= date.end())
        .map(|(w, t)| (w.start() - date.end(), *t));
    let best = match (before, after) {
        (Some(b), Some(a)) if a.0 < b.0 => Some(a),
        (Some(b), _) => Some(b),
        (None, a) => a,
    };
    best.filter(|(d, _)| *d <= TENSE_REACH)
        .map_or(Tense::None, |(_, t)| t)
}

fn month_number(s: &str) -> Option<u32> {
    let s = s.trim_end_matches('.').to_lowercase();
    let m = match s.get(..3)? {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "may" => 5,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" => 9,
        "oct" => 10,
        "nov" => 11,
        "dec" => 12,
        _ => return None,
    };
    Some(m)
}

fn weekday_number(s: &str) -> Option<u32> {
    let s = s.to_lowercase();
    let d = match s.get(..3)? {
        "mon" => 1,
        "tue" => 2,
        "wed" => 3,
        "thu" => 4,
        "fri" => 5,
        "sat" => 6,
        "sun" => 7,
        _ => return None,
    };
    Some(d)
}

fn count_value(s: &str) -> Option<i64> {
    let s = s.to_lowercase();
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if let Ok(n) = s.parse() {
        return Some(n);
    }
    let words = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
    ];
    if let Some(i) = words.iter().position(|w| *w == s) {
        return Some(i as i64);
    }
    match s.as_str() {
        "a" | "an" => Some(1),
        "thirty" => Some(30),
        "forty" => Some(40),
        "fifty" => Some(50),
        "sixty" => Some(60),
        "seventy" => Some(70),
        "eighty" => Some(80),
        "ninety" => Some(90),
        _ => None,
    }
}

/// US Thanksgiving: the fourth Thursday of November.
fn thanksgiving(y: i32) -> Option<Date> {
    let first = Date::new(y, 11, 1)?;
    let to_thu = (4 - i64::from(first.weekday())).rem_euclid(7);
    Some(first.add_days(to_thu + 21))
}

/// A day of the month in digits ("18th", "04") or words ("eleventh",
/// "twenty third").
fn day_value(s: &str) -> Option<u32> {
    let s = s.to_lowercase();
    if s.starts_with(|c: char| c.is_ascii_digit()) {
        let digits = s.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        return digits.parse().ok().filter(|d| (1..=31).contains(d));
    }
    const ORDS: [&str; 20] = [
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "eleventh",
        "twelfth",
        "thirteenth",
        "fourteenth",
        "fifteenth",
        "sixteenth",
        "seventeenth",
        "eighteenth",
        "nineteenth",
        "twentieth",
    ];
    let words: Vec<&str> = s
        .split(|c: char| c == '-' || c.is_whitespace())
        .filter(|w| !w.is_empty())
        .collect();
    let ord = |w: &str| ORDS.iter().position(|o| *o == w).map(|i| i as u32 + 1);
    // Cardinals serve too ("twenty five January nineteen eighty six").
    let card = |w: &str| {
        count_value(w)
            .filter(|d| (1..10).contains(d))
            .map(|d| d as u32)
    };
    let day = match words.as_slice() {
        ["thirtieth"] => Some(30),
        [w] => ord(w).or_else(|| count_value(w).map(|d| d as u32)),
        ["twenty", w] => ord(w)
            .or_else(|| card(w))
            .filter(|d| *d < 10)
            .map(|d| 20 + d),
        ["thirty", w] => ord(w)
            .or_else(|| card(w))
            .filter(|d| *d < 2)
            .map(|d| 30 + d),
        _ => None,
    };
    day.filter(|d| (1..=31).contains(d))
}

/// A year in digits or spelled out ("nineteen eighty six", "two thousand
/// and thirty two").
fn year_value(s: &str) -> Option<i32> {
    if let Ok(y) = s.parse() {
        return Some(y);
    }
    let s = s.to_lowercase();
    let words: Vec<&str> = s
        .split(|c: char| c == '-' || c.is_whitespace())
        .filter(|w| !w.is_empty() && *w != "and")
        .collect();
    let sum = |ws: &[&str]| -> Option<i64> {
        ws.iter()
            .try_fold(0, |acc, w| count_value(w).map(|v| acc + v))
    };
    let (base, rest) = match words.as_slice() {
        ["nineteen", rest @ ..] => (1900, rest),
        ["two", "thousand", rest @ ..] => (2000, rest),
        _ => return None,
    };
    Some(base + sum(rest)? as i32)
}

/// Is the text after a bare day ("on the 18th") free of a noun it would
/// modify ("on the 18th floor", "on the first day")?
fn day_stands_alone(after: &str) -> bool {
    // A hyphen right after the day makes a compound ("first-half").
    if after.starts_with('-') {
        return false;
    }
    let after = after.trim_start();
    let word: String = after.chars().take_while(|c| c.is_alphabetic()).collect();
    if word.is_empty() {
        return true;
    }
    matches!(
        word.to_lowercase().as_str(),
        "and" | "or" | "at" | "with" | "for" | "to" | "until" | "but" | "in" | "from"
    )
}

/// Western Easter Sunday of `year` (anonymous Gregorian computus).
fn easter(year: i32) -> Date {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    Date {
        year,
        month: month as u32,
        day: day as u32,
    }
}

/// ISO 8601 week of a date: (week-numbering year, week).
pub fn iso_week(d: Date) -> (i32, u32) {
    let thursday = d.add_days(4 - i64::from(d.weekday()));
    let jan1 = Date {
        year: thursday.year,
        month: 1,
        day: 1,
    };
    let ordinal = thursday.to_days() - jan1.to_days();
    (thursday.year, (ordinal / 7 + 1) as u32)
}

fn week_value(d: Date) -> String {
    let (y, w) = iso_week(d);
    format!("{y:04}-W{w:02}")
}

fn month_value(year: i32, month: u32) -> String {
    format!("{year:04}-{month:02}")
}

/// `(year, month)` moved by `n` months.
fn add_months(year: i32, month: u32, n: i64) -> (i32, u32) {
    let idx = i64::from(year) * 12 + i64::from(month) - 1 + n;
    (idx.div_euclid(12) as i32, (idx.rem_euclid(12) + 1) as u32)
}

/// The year for a month (and day) given without one.
fn infer_year(reference: Date, month: u32, day: Option<u32>, tense: Tense) -> i32 {
    // The nearest year, leaning on tense. Future context moves a date
    // before the reference a year on ("will meet on Jan. 5" written in
    // December). Otherwise a month seven or more months ahead is last
    // year's ("Nov. 25" written in January); nearer months stay in the
    // reference year ("November 20" written in May is usually a coming
    // date even in a sentence with a past verb). With no tense cue, a
    // month nine or more months back is next year's.
    let (y, rm) = (reference.year, reference.month);
    let ahead = i64::from(month) - i64::from(rm);
    let key = (month, day.unwrap_or(31));
    match tense {
        Tense::Future if key < (rm, reference.day) => y + 1,
        Tense::Past | Tense::None if ahead >= 7 => y - 1,
        Tense::None if ahead <= -9 => y + 1,
        _ => y,
    }
}

fn full_date(year: i32, month: u32, day: u32) -> Option<String> {
    Date::new(year, month, day).map(|d| d.to_string())
}

/// The value of one match: (value, granularity); `None` drops the match.
struct Ctx<'a> {
    text: &'a str,
    sentence: Span,
    reference: Option<Date>,
    /// The sentence's tense cues ([`tense_cues`]), found on first need.
    cues: std::cell::OnceCell<Vec<(Span, Tense)>>,
}

type Resolved = (Option<String>, Granularity);

impl Ctx<'_> {
    fn tense(&self, span: Span) -> Tense {
        let cues = self
            .cues
            .get_or_init(|| tense_cues(self.text, self.sentence));
        tense_near(cues, span)
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

    fn resolve(&self, rule: Rule, c: &Captures, span: Span) -> Option<Resolved> {
        use Granularity as G;
        let g = |i: usize| c.get(i).map(|m| m.as_str());
        let num = |i: usize| g(i).and_then(|s| s.parse::<i64>().ok());
        let r = self.reference;
        Some(match rule {
            Rule::Iso => {
                let v = full_date(num(1)? as i32, num(2)? as u32, num(3)? as u32)?;
                (Some(v), G::Day)
            }
            Rule::Slashed => {
                let (a, b) = (num(1)? as u32, num(2)? as u32);
                let mut y = num(3)? as i32;
                if g(3)?.len() == 2 {
                    // A two-digit year lies in the ninety years before the
                    // reference or the ten after it ("03/18/40" written in
                    // 2016 is 1940); without a reference, 00-49 are 20xx.
                    y = match r {
                        Some(r) => {
                            let c = r.year - r.year.rem_euclid(100) + y;
                            if c > r.year + 10 {
                                c - 100
                            } else if c <= r.year - 90 {
                                c + 100
                            } else {
                                c
                            }
                        }
                        None => y + if y < 50 { 2000 } else { 1900 },
                    };
                }
                let (m, d) = if a > 12 { (b, a) } else { (a, b) };
                (Some(full_date(y, m, d)?), G::Day)
            }
            Rule::MonthDay | Rule::DayMonth => {
                let (mi, di) = if rule == Rule::MonthDay {
                    (1, 2)
                } else {
                    (2, 1)
                };
                let m = month_number(g(mi)?)?;
                let d = day_value(g(di)?)?;
                // "March second-round voting": a day in words does not
                // open a compound.
                if g(di)?.starts_with(|ch: char| ch.is_alphabetic())
                    && self.text[span.end()..].starts_with('-')
                {
                    return None;
                }
                // Lower-case month words ("may", "march") need a day after
                // them to be months; "may 5" still reads as a date.
                let month_text = g(mi)?;
                if month_text.starts_with(|ch: char| ch.is_lowercase())
                    && matches!(month_text, "may" | "march" | "mar" | "jan" | "sun")
                {
                    return None;
                }
                match g(3).and_then(year_value) {
                    Some(y) => (Some(full_date(y, m, d)?), G::Day),
                    None => match r {
                        Some(r) => {
                            let mut y = infer_year(r, m, Some(d), self.tense(span));
                            // "Tue May 9": a weekday named with the date
                            // picks the year (of the nearest three) where
                            // the date falls on it.
                            let first = c
                                .get(0)?
                                .as_str()
                                .split(|ch: char| !ch.is_alphabetic())
                                .find(|w| {
                                    !w.is_empty()
                                        && !matches!(
                                            w.to_lowercase().as_str(),
                                            "this" | "next" | "last" | "the"
                                        )
                                });
                            if let Some(wd) = first
                                .filter(|w| month_number(w).is_none())
                                .and_then(weekday_number)
                            {
                                let on =
                                    |y: i32| Date::new(y, m, d).is_some_and(|x| x.weekday() == wd);
                                if !on(y) {
                                    let near = [y - 1, y + 1]
                                        .into_iter()
                                        .filter(|y| on(*y))
                                        .min_by_key(|y| {
                                            Date::new(*y, m, d).map_or(i64::MAX, |x| {
                                                (x.to_days() - r.to_days()).abs()
                                            })
                                        });
                                    y = near.unwrap_or(y);
                                }
                            }
                            (Some(full_date(y, m, d)?), G::Day)
                        }
                        None => (None, G::Day),
                    },
                }
            }
            Rule::YearMonthNameDay => {
                let m = month_number(g(2)?)?;
                (Some(full_date(num(1)? as i32, m, num(3)? as u32)?), G::Day)
            }
            Rule::SlashedNoYear => {
                let (a, b) = (num(2)? as u32, num(3)? as u32);
                let (ta, tb) = (g(2)?, g(3)?);
                let x = c.name("d")?;
                let after = &self.text[self.sentence.start() + x.end()..self.sentence.end()];
                let before = &self.text[self.sentence.start()..self.sentence.start() + x.start()];
                // Part of a longer number or date ("1/2/3", "3/4.5"), or a
                // fraction of a measure ("3/4 mile").
                if before.ends_with(['/', '.', '-', ','])
                    || before.ends_with(|ch: char| ch.is_ascii_digit())
                    || after.starts_with(['/', '-'])
                    || (after.starts_with(['.', ','])
                        && after[1..].starts_with(|ch: char| ch.is_ascii_digit()))
                {
                    return None;
                }
                // "9/11" in the news is the 2001 attacks.
                if (a, b) == (9, 11) && ta.len() == 1 {
                    return Some((Some("2001-09-11".into()), G::Day));
                }
                // "11/20", "22/04": two-digit parts read as a date; a
                // single digit ("1/4", "3/5", "24/7") only after a cue word
                // or a weekday, since fractions and idioms look the same.
                let word = self.word_before(self.sentence.start() + x.start());
                let cue = matches!(
                    word.as_str(),
                    "on" | "by"
                        | "until"
                        | "till"
                        | "since"
                        | "before"
                        | "after"
                        | "next"
                        | "this"
                        | "last"
                ) || weekday_number(&word).is_some();
                if !(cue || (ta.len() == 2 && tb.len() == 2)) {
                    return None;
                }
                // US order, day first when the first part exceeds 12.
                let (m, d) = if a > 12 { (b, a) } else { (a, b) };
                Date::new(2000, m, d)?; // a valid month and day (2000 is leap)
                let Some(r) = r else {
                    return Some((None, G::Day));
                };
                let y = infer_year(r, m, Some(d), self.tense(span));
                (Some(full_date(y, m, d)?), G::Day)
            }
            Rule::BareDay => {
                let d = day_value(g(2)?)?;
                let x = c.name("x")?;
                // A preposition before it, checked here rather than in the
                // rule for the same reason as "on this day".
                let cue = self.word_before(span.start());
                if !matches!(
                    cue.as_str(),
                    "on" | "by" | "until" | "till" | "since" | "from" | "before" | "after" | "for"
                ) {
                    return None;
                }
                if !day_stands_alone(
                    &self.text[self.sentence.start() + x.end()..self.sentence.end()],
                ) {
                    return None;
                }
                let Some(r) = r else {
                    return Some((None, G::Day));
                };
                // This month's if that fits the tense, else the month
                // before (past) or after (future); a day the month lacks
                // moves one month further.
                let future = self.tense(span) == Tense::Future;
                let mut k: i64 = match (future, d >= r.day) {
                    (true, true) | (false, false) => 0,
                    (true, false) => 1,
                    (false, true) if d == r.day => 0,
                    (false, true) => -1,
                };
                loop {
                    let (y, m) = add_months(r.year, r.month, k);
                    if let Some(v) = full_date(y, m, d) {
                        break (Some(v), G::Day);
                    }
                    if k.abs() > 2 {
                        return None;
                    }
                    k += if future { 1 } else { -1 };
                }
            }
            Rule::WeekdayDay => {
                let wd = weekday_number(g(1)?)?;
                let d = day_value(g(2)?)?;
                if !day_stands_alone(&self.text[span.end()..self.sentence.end()]) {
                    return None;
                }
                let Some(r) = r else {
                    return Some((None, G::Day));
                };
                // The month before, of, or after the reference where that
                // day falls on that weekday: the nearest in the tense's
                // direction, else the nearest; none of them, unresolved.
                let cands: Vec<Date> = (-1..=1)
                    .filter_map(|k| {
                        let (y, m) = add_months(r.year, r.month, k);
                        Date::new(y, m, d).filter(|x| x.weekday() == wd)
                    })
                    .collect();
                let dist = |x: &Date| (x.to_days() - r.to_days()).abs();
                let pick = match self.tense(span) {
                    Tense::Future => cands.iter().filter(|x| **x >= r).min_by_key(|x| dist(x)),
                    Tense::Past => cands.iter().filter(|x| **x <= r).min_by_key(|x| dist(x)),
                    Tense::None => None,
                }
                .or_else(|| cands.iter().min_by_key(|x| dist(x)));
                (pick.map(|x| x.to_string()), G::Day)
            }
            Rule::ThisDay => {
                // "on this day", "(closed) for the day"; the cue word is
                // checked here, not in the rule, to keep the rule set's
                // automaton small (a rule that opens with a common word
                // multiplies its states).
                let cue = self.word_before(span.start());
                let this = g(1)?.eq_ignore_ascii_case("is");
                if !((this && cue == "on") || (!this && cue == "for")) {
                    return None;
                }
                // "for the day of the vote": another day.
                if !day_stands_alone(&self.text[span.end()..self.sentence.end()]) {
                    return None;
                }
                (r.map(|r| r.to_string()), G::Day)
            }
            Rule::DayOfRelMonth => {
                let d = day_value(g(1)?)?;
                let Some(r) = r else {
                    return Some((None, G::Day));
                };
                let which = g(2)?.to_lowercase();
                let k = match which.split_whitespace().last() {
                    Some("next" | "following") => 1,
                    Some("last" | "previous") => -1,
                    _ => 0,
                };
                let (y, m) = add_months(r.year, r.month, k);
                (Some(full_date(y, m, d)?), G::Day)
            }
            Rule::DayAfter => {
                let Some(r) = r else {
                    return Some((None, G::Day));
                };
                // "the day after his death", "the day before the plunge":
                // an event's neighbour, not the reference's.
                if !day_stands_alone(&self.text[span.end()..self.sentence.end()]) {
                    return None;
                }
                let back = g(1)?.eq_ignore_ascii_case("before");
                (
                    Some(r.add_days(if back { -1 } else { 1 }).to_string()),
                    G::Day,
                )
            }
            Rule::MonthYear => {
                let m = month_number(g(1)?)?;
                (Some(month_value(year_value(g(2)?)?, m)), G::Month)
            }
            Rule::MonthRelYear => {
                let m = month_number(g(1)?)?;
                let Some(r) = r else {
                    return Some((None, G::Month));
                };
                let y = match g(2)?.to_lowercase().as_str() {
                    "last" => r.year - 1,
                    "next" => r.year + 1,
                    _ => r.year,
                };
                (Some(month_value(y, m)), G::Month)
            }
            Rule::TheYear => {
                let after = self.text[span.end()..self.sentence.end()].trim_start();
                if after.starts_with(|c: char| c.is_ascii_digit()) {
                    return None; // "the year 2000": the number is the date
                }
                let Some(r) = r else {
                    return Some((None, G::Year));
                };
                let back = i32::from(g(1).is_some());
                (Some(format!("{:04}", r.year - back)), G::Year)
            }
            Rule::YearEarlier => {
                let Some(r) = r else {
                    return Some((None, G::Year));
                };
                (Some(format!("{:04}", r.year - 1)), G::Year)
            }
            Rule::Month => {
                let name = g(2)?;
                let m = month_number(name)?;
                let modifier = g(1).map(str::to_lowercase);
                if (name == "May" || name == "March") && modifier.is_none() {
                    let before = self.word_before(self.sentence.start() + c.get(2)?.start());
                    let after = &self.text[span.end()..self.sentence.end()];
                    let cue = matches!(
                        before.as_str(),
                        "in" | "since"
                            | "until"
                            | "by"
                            | "of"
                            | "during"
                            | "before"
                            | "after"
                            | "from"
                            | "through"
                            | "between"
                            | "to"
                            | "and"
                            | "or"
                            | "early"
                            | "late"
                            | "mid"
                            | "last"
                            | "next"
                            | "this"
                            | "till"
                    );
                    if !cue || after.trim_start().starts_with(char::is_uppercase) {
                        return None;
                    }
                }
                let Some(r) = r else {
                    return Some((None, G::Month));
                };
                let y = match modifier.as_deref().map(|s| s.split_whitespace().next()) {
                    Some(Some("last")) => {
                        if m < r.month {
                            r.year
                        } else {
                            r.year - 1
                        }
                    }
                    Some(Some("next")) => {
                        if m > r.month {
                            r.year
                        } else {
                            r.year + 1
                        }
                    }
                    Some(Some("this")) if modifier.as_deref() == Some("this") => r.year,
                    Some(Some("this")) => {
                        // "this past"
                        if m <= r.month { r.year } else { r.year - 1 }
                    }
                    _ => infer_year(r, m, None, self.tense(span)),
                };
                (Some(month_value(y, m)), G::Month)
            }
            Rule::Year => {
                let y = num(2)?;
                let m = c.get(2)?;
                // Not a year: "$2000", "2000 km", "2,000", "1,2000", "2013.5".
                let before = self.text[self.sentence.start()..self.sentence.start() + m.start()]
                    .chars()
                    .next_back();
                let after = &self.text[self.sentence.start() + m.end()..self.sentence.end()];
                if before.is_some_and(|ch| "$€£¥,.#".contains(ch) || ch.is_ascii_digit())
                    || after.starts_with(['%', ',', '.'])
                        && after[1..].starts_with(|ch: char| ch.is_ascii_digit())
                    || after.starts_with('%')
                {
                    return None;
                }
                let next_word = after
                    .trim_start()
                    .split(|ch: char| !ch.is_alphabetic())
                    .next()
                    .unwrap_or("")
                    .to_lowercase();
                if matches!(
                    next_word.as_str(),
                    "percent"
                        | "people"
                        | "troops"
                        | "km"
                        | "kilometres"
                        | "kilometers"
                        | "miles"
                        | "metres"
                        | "meters"
                        | "feet"
                        | "dollars"
                        | "euros"
                        | "tons"
                        | "tonnes"
                        | "soldiers"
                        | "workers"
                        | "jobs"
                        | "members"
                        | "units"
                        | "homes"
                        | "hours"
                        | "days"
                        | "pounds"
                        | "kg"
                ) {
                    return None;
                }
                (Some(format!("{y:04}")), G::Year)
            }
            Rule::SpokenYear => {
                let tens = count_value(g(1)?)?;
                let unit = g(2).map_or(Some(0), count_value)?;
                (Some(format!("19{}", tens + unit)), G::Year)
            }
            Rule::Decade => (Some(g(1)?.to_string()), G::Decade),
            Rule::DecadeWord => {
                let word = g(1)?;
                let d = [
                    "twenties",
                    "thirties",
                    "forties",
                    "fifties",
                    "sixties",
                    "seventies",
                    "eighties",
                    "nineties",
                ]
                .iter()
                .position(|w| w.eq_ignore_ascii_case(word))?
                    + 2;
                let Some(r) = r else {
                    return Some((None, G::Decade));
                };
                // The most recent such decade that has begun.
                let century = r.year / 100 - i32::from((r.year % 100) / 10 < d as i32);
                (Some(format!("{century}{d}")), G::Decade)
            }
            Rule::Century => {
                let n = num(1)?;
                if !(1..=30).contains(&n) {
                    return None;
                }
                (Some(format!("{:02}", n - 1)), G::Century)
            }
            Rule::DayWord => {
                // "BBC Radio 4's Today programme": a capital mid-sentence
                // makes it a name.
                let word = g(1)?;
                if word.starts_with(char::is_uppercase) {
                    let before = self.text[self.sentence.start()..span.start()].trim_end();
                    if before.ends_with("’s") || before.ends_with("'s") || before.ends_with("the")
                    {
                        return None;
                    }
                }
                let Some(r) = r else {
                    return Some((None, G::Day));
                };
                let off = match g(1)?.to_lowercase().as_str() {
                    "yesterday" => -1,
                    "tomorrow" => 1,
                    _ => 0,
                };
                (Some(r.add_days(off).to_string()), G::Day)
            }
            Rule::Holiday => {
                let name = g(2)?.to_lowercase();
                let which = g(1).map(str::to_lowercase);
                // "National Holocaust Memorial Day", "Chinese New Year's",
                // "Orthodox Christmas": a name before it makes another day.
                let head = self.text[self.sentence.start()..span.start()].trim_end();
                let prev = head
                    .rsplit(|ch: char| ch.is_whitespace())
                    .next()
                    .unwrap_or("");
                // A capital that opens the sentence ("Mixed Christmas for
                // US retailers") is a headline's or the sentence's.
                let opens = head.len() == prev.len();
                if which.is_none()
                    && !opens
                    && prev.starts_with(char::is_uppercase)
                    && !matches!(
                        prev.to_lowercase().as_str(),
                        "on" | "at"
                            | "by"
                            | "since"
                            | "until"
                            | "before"
                            | "after"
                            | "and"
                            | "or"
                            | "of"
                            | "in"
                            | "the"
                            | "from"
                            | "over"
                            | "during"
                            | "for"
                            | "till"
                            | "this"
                            | "last"
                            | "next"
                            | "a"
                            | "every"
                            | "each"
                    )
                {
                    return None;
                }
                let on = |y: i32| -> Option<Date> {
                    if name.starts_with("christmas eve") {
                        Date::new(y, 12, 24)
                    } else if name.starts_with("christmas") {
                        Date::new(y, 12, 25)
                    } else if name.starts_with("boxing") {
                        Date::new(y, 12, 26)
                    } else if name.starts_with("new year") && name.ends_with("eve") {
                        Date::new(y, 12, 31)
                    } else if name.starts_with("new year") {
                        Date::new(y, 1, 1)
                    } else if name.starts_with("independence") {
                        Date::new(y, 7, 4)
                    } else if name.starts_with("halloween") {
                        Date::new(y, 10, 31)
                    } else if name.starts_with("valentine") {
                        Date::new(y, 2, 14)
                    } else if name.starts_with("thanksgiving") {
                        Some(thanksgiving(y)?)
                    } else if name.starts_with("black") {
                        Some(thanksgiving(y)?.add_days(1))
                    } else if name.starts_with("cyber") {
                        Some(thanksgiving(y)?.add_days(4))
                    } else if name.starts_with("international") || name.starts_with("may") {
                        Date::new(y, 5, 1)
                    } else if name.starts_with("labor") {
                        // US: the first Monday of September.
                        let first = Date::new(y, 9, 1)?;
                        Some(first.add_days((1 - i64::from(first.weekday())).rem_euclid(7)))
                    } else if name.starts_with("memorial") {
                        // US: the last Monday of May.
                        let last = Date::new(y, 5, 31)?;
                        Some(last.add_days(-(i64::from(last.weekday()) - 1).rem_euclid(7)))
                    } else {
                        Some(easter(y))
                    }
                };
                let d = match (num(3), r) {
                    (Some(y), _) => on(y as i32)?,
                    (None, None) => return Some((None, G::Day)),
                    (None, Some(r)) => {
                        let this = on(r.year)?;
                        match which.as_deref() {
                            Some("last" | "previous") if this >= r => on(r.year - 1)?,
                            Some("next" | "following") if this <= r => on(r.year + 1)?,
                            Some(_) => this,
                            None => {
                                let y = infer_year(r, this.month, Some(this.day), self.tense(span));
                                on(y)?
                            }
                        }
                    }
                };
                (Some(d.to_string()), G::Day)
            }
            Rule::Weekday => {
                let wd = weekday_number(g(2)?)?;
                let Some(r) = r else {
                    return Some((None, G::Day));
                };
                let rw = i64::from(r.weekday());
                let wd = i64::from(wd);
                let back = (rw - wd).rem_euclid(7); // days back to the most recent
                let fwd = (wd - rw).rem_euclid(7);
                let modifier = g(1).map(|s| s.split_whitespace().collect::<Vec<_>>().join(" "));
                let monday = rw - 1; // days back to this week's Monday
                let off = match modifier.as_deref().map(str::to_lowercase).as_deref() {
                    // "previous Monday", "the following Friday": that day
                    // of the week before or after the reference's.
                    Some("previous" | "the previous") => wd - 1 - monday - 7,
                    Some("following" | "the following") => wd - 1 - monday + 7,
                    Some("last" | "this past" | "past") => -(if back == 0 { 7 } else { back }),
                    Some("next" | "this coming" | "coming") => {
                        if fwd == 0 {
                            7
                        } else {
                            fwd
                        }
                    }
                    Some("this") => wd - rw,
                    _ => match self.tense(span) {
                        Tense::Future => fwd,
                        _ => -back,
                    },
                };
                (Some(r.add_days(off).to_string()), G::Day)
            }
            Rule::WeekdayOfWeek => {
                let wd = i64::from(weekday_number(g(1).or(g(4))?)?);
                let Some(r) = r else {
                    return Some((None, G::Day));
                };
                let n: i64 = match g(2).or(g(3))?.to_lowercase().as_str() {
                    "last" => -1,
                    "next" => 1,
                    _ => 0,
                };
                let monday = r.add_days(1 - i64::from(r.weekday()));
                (Some(monday.add_days(7 * n + wd - 1).to_string()), G::Day)
            }
            Rule::Relative => {
                let which = g(1)?.to_lowercase();
                let which = which.split_whitespace().last().unwrap_or("");
                let unit = g(2)?.to_lowercase();
                let Some(r) = r else {
                    return Some((None, granularity_of(&unit)));
                };
                let n: i64 = match which {
                    "last" | "past" | "previous" => -1,
                    "next" | "coming" => 1,
                    _ => 0,
                };
                match unit.as_str() {
                    "week" => (Some(week_value(r.add_days(7 * n))), G::Week),
                    "month" => {
                        let (y, m) = add_months(r.year, r.month, n);
                        (Some(month_value(y, m)), G::Month)
                    }
                    "year" => (Some(format!("{:04}", i64::from(r.year) + n)), G::Year),
                    _ => {
                        let q = (r.month - 1) / 3;
                        let (y, q) = add_months(r.year, q * 3 + 1, 3 * n);
                        (Some(format!("{y:04}-Q{}", (q - 1) / 3 + 1)), G::Quarter)
                    }
                }
            }
            Rule::Weekend => {
                let Some(r) = r else {
                    return Some((None, G::Week));
                };
                let which = g(1).map(str::to_lowercase).unwrap_or_default();
                let rw = i64::from(r.weekday());
                // The Saturday of the weekend that holds or last preceded r.
                let last_sat = r.add_days(-(rw - 6).rem_euclid(7));
                let next_sat = r.add_days((6 - rw).rem_euclid(7));
                let sat = match which.as_str() {
                    "next" | "the coming" => next_sat.add_days(if rw >= 6 { 7 } else { 0 }),
                    "last" | "this past" | "the past" => {
                        if rw >= 6 {
                            last_sat.add_days(-7)
                        } else {
                            last_sat
                        }
                    }
                    _ => match self.tense(span) {
                        Tense::Future if rw < 6 => next_sat,
                        _ => last_sat,
                    },
                };
                (Some(format!("{}-WE", week_value(sat))), G::Week)
            }
            Rule::Ago => {
                let unit = g(2)?.to_lowercase();
                let gran = granularity_of(&unit);
                let Some(r) = r else {
                    return Some((None, gran));
                };
                let Some(n) = count_value(g(1)?) else {
                    return Some((Some("PAST_REF".into()), G::Unknown));
                };
                match unit.as_str() {
                    "day" => (Some(r.add_days(-n).to_string()), G::Day),
                    "week" => (Some(week_value(r.add_days(-7 * n))), G::Week),
                    "month" => {
                        let (y, m) = add_months(r.year, r.month, -n);
                        (Some(month_value(y, m)), G::Month)
                    }
                    "year" => (Some(format!("{:04}", i64::from(r.year) - n)), G::Year),
                    _ => (Some("PAST_REF".into()), G::Unknown),
                }
            }
            Rule::In => {
                if self.tense(span) != Tense::Future {
                    return None;
                }
                let unit = g(2)?.to_lowercase();
                let n = count_value(g(1)?)?;
                let Some(r) = r else {
                    return Some((None, granularity_of(&unit)));
                };
                match unit.as_str() {
                    "day" => (Some(r.add_days(n).to_string()), G::Day),
                    "week" => (Some(r.add_days(7 * n).to_string()), G::Day),
                    "month" => {
                        let (y, m) = add_months(r.year, r.month, n);
                        let d = r.day.min(crate::calendar::days_in_month(y, m));
                        (Some(full_date(y, m, d)?), G::Day)
                    }
                    _ => {
                        // "in two years": the same day, that many years on.
                        let y = r.year + n as i32;
                        let d = r.day.min(crate::calendar::days_in_month(y, r.month));
                        (Some(full_date(y, r.month, d)?), G::Day)
                    }
                }
            }
            Rule::Quarter => {
                let q = match g(2)?.to_lowercase().as_str() {
                    "first" | "1st" => 1,
                    "second" | "2nd" => 2,
                    "third" | "3rd" => 3,
                    _ => 4,
                };
                let y = match (num(1).or(num(3)), r) {
                    (Some(y), _) => y as i32,
                    (None, Some(r)) => r.year,
                    (None, None) => return Some((None, G::Quarter)),
                };
                (Some(format!("{y:04}-Q{q}")), G::Quarter)
            }
            Rule::LastQuarter => {
                let Some(r) = r else {
                    return Some((None, G::Quarter));
                };
                let q = (r.month - 1) / 3; // 0-based current quarter
                let (y, q) = if q == 0 { (r.year - 1, 4) } else { (r.year, q) };
                (Some(format!("{y:04}-Q{q}")), G::Quarter)
            }
            Rule::Season => {
                let which = g(1).map(|s| s.to_lowercase());
                let season = match g(2)?.to_lowercase().as_str() {
                    "spring" => "SP",
                    "summer" => "SU",
                    "autumn" | "fall" => "FA",
                    _ => "WI",
                };
                let y = match (num(3), which.as_deref(), r) {
                    (Some(y), _, _) => y as i32,
                    (None, None, _) => {
                        // A bare "the summer" or "spring" is too vague (and
                        // "fall" a verb): only keep it with a year.
                        if c.get(0)?.as_str().to_lowercase().starts_with("the") {
                            return None;
                        }
                        return None;
                    }
                    (None, Some(_), None) => return Some((None, G::Season)),
                    (None, Some(w), Some(r)) => match w.split_whitespace().next() {
                        Some("last") => r.year - 1,
                        Some("next") => r.year + 1,
                        _ => r.year,
                    },
                };
                (Some(format!("{y:04}-{season}")), G::Season)
            }
            Rule::Present => (Some("PRESENT_REF".into()), G::Unknown),
            Rule::Past => (Some("PAST_REF".into()), G::Unknown),
            Rule::Future => (Some("FUTURE_REF".into()), G::Unknown),
        })
    }
}

fn granularity_of(unit: &str) -> Granularity {
    match unit {
        "day" => Granularity::Day,
        "week" => Granularity::Week,
        "month" => Granularity::Month,
        "quarter" => Granularity::Quarter,
        "year" => Granularity::Year,
        "decade" => Granularity::Decade,
        _ => Granularity::Century,
    }
}

/// "three weeks from tomorrow", "2 weeks before Christmas", "the day
/// before yesterday": a count of days, weeks, months or years just before a
/// day-level date.
static OFFSET: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)(?-u:\b)({COUNT}|the)\s+(day|week|fortnight|month|year)s?\s+(before|after|from)\s+$"
    ))
    .expect("offset regex compiles")
});

/// How far before a date its offset count is looked for (bytes): "twenty
/// five fortnights from" is well inside it.
const OFFSET_REACH: usize = 80;

/// Move each day-level date by a count stated just before it ("3 days
/// from Tuesday"), taking the count into the span. A possessive anchor
/// ("three days after Monday's attack") is an event's date, not an
/// offset's anchor, and stays as it is; so does a date the count cannot
/// reach without crossing another mention.
fn offsets(ctx: &Ctx, kept: &mut Vec<(Span, Option<String>, Granularity)>) {
    let text = ctx.text;
    let mut k = 0;
    while k < kept.len() {
        let (span, value, gran) = kept[k].clone();
        k += 1;
        if gran != Granularity::Day || text[span].ends_with("'s") || text[span].ends_with("’s") {
            continue;
        }
        // The count sits just before the date: a bounded look-back keeps
        // a sentence of thousands of dates linear.
        let mut from = span
            .start()
            .saturating_sub(OFFSET_REACH)
            .max(ctx.sentence.start());
        while !text.is_char_boundary(from) {
            from += 1;
        }
        let head = &text[from..span.start()];
        let Some(c) = OFFSET.captures(head) else {
            continue;
        };
        let m = c.get(0).expect("group 0");
        let count = &c[1];
        let unit = c[2].to_lowercase();
        // "the" counts one only for days ("the day before yesterday").
        if count.eq_ignore_ascii_case("the") && unit != "day" {
            continue;
        }
        // "the five months from 3 August to 24 December": a period
        // between two dates, not a moved day.
        let period = matches!(
            text[ctx.sentence.start()..from + m.start()]
                .trim_end()
                .rsplit(|ch: char| !ch.is_alphabetic())
                .next(),
            Some("the" | "The" | "for" | "over" | "past" | "last" | "first" | "next")
        );
        let rest = text[span.end()..ctx.sentence.end()].trim_start();
        let to_date = ["to ", "until ", "through ", "-", "–"]
            .iter()
            .any(|w| rest.starts_with(w));
        if period || to_date {
            continue;
        }
        let start = from + m.start();
        // Mentions inside the count ("the day before" is itself a date)
        // give way to the whole.
        let inside = |s: &Span| s.start() >= start && s.end() <= span.start();
        let Some(n) = (if count.eq_ignore_ascii_case("the") {
            Some(1)
        } else {
            count_value(count)
        }) else {
            continue;
        };
        let n = if c[3].eq_ignore_ascii_case("before") {
            -n
        } else {
            n
        };
        let new_value = value
            .as_deref()
            .and_then(|v| v.parse::<Date>().ok())
            .and_then(|d| {
                let moved = match unit.as_str() {
                    "day" => d.add_days(n),
                    "week" => d.add_days(7 * n),
                    "fortnight" => d.add_days(14 * n),
                    _ => {
                        let months = if unit == "year" { 12 * n } else { n };
                        let (y, mo) = add_months(d.year, d.month, months);
                        Date::new(y, mo, d.day.min(crate::calendar::days_in_month(y, mo)))?
                    }
                };
                Some(moved.to_string())
            });
        if value.is_some() && new_value.is_none() {
            continue;
        }
        let whole = Span::new(text, start, span.end());
        let before = kept.len();
        kept.retain(|(s, _, _)| !inside(s));
        k -= before - kept.len();
        let at = kept
            .iter()
            .position(|(s, _, _)| *s == span)
            .expect("still kept");
        kept[at] = (whole, new_value, Granularity::Day);
    }
}

/// The date expressions in `sentence`, resolved against `reference`,
/// leaving out any that lie strictly inside one of `names` (a name's
/// words are the name's: "June" in "June Carter Cash").
pub fn find(
    text: &str,
    sentence: Span,
    reference: Option<Date>,
    names: &super::Taken,
) -> Vec<DateMention> {
    let ctx = Ctx {
        text,
        sentence,
        reference,
        cues: std::cell::OnceCell::new(),
    };
    let s = &text[sentence];
    let base = sentence.start();
    let mut cands: Vec<(Span, Option<String>, Granularity)> = Vec::new();
    // One pass over the sentence says which rules match at all; most
    // sentences hold no date, and most rules never fire on one sentence.
    let hits = RULE_SET.matches(s);
    for (k, (re, rule)) in RULES.iter().enumerate() {
        if !hits.matched(k) {
            continue;
        }
        for c in re.captures_iter(s) {
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
            if let Some((value, gran)) = ctx.resolve(*rule, &c, span) {
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
    // Longest first, then earliest; keep what does not overlap a kept one.
    cands.sort_by_key(|(span, _, _)| (std::cmp::Reverse(span.len()), span.start()));
    let mut kept: Vec<(Span, Option<String>, Granularity)> = Vec::new();
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
    offsets(&ctx, &mut kept);
    kept.into_iter()
        .map(|(span, value, granularity)| DateMention {
            span,
            value,
            granularity,
        })
        .collect()
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
        for m in find(doc.text, p.span, None, &super::Taken::default()) {
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
mod tests {
    use super::*;

    fn run(text: &str, reference: Option<&str>) -> Vec<(String, Option<String>)> {
        let r = reference.map(|d| d.parse::<Date>().unwrap());
        find(
            text,
            Span::new(text, 0, text.len()),
            r,
            &crate::claims::Taken::default(),
        )
        .into_iter()
        .map(|m| (text[m.span].to_string(), m.value))
        .collect()
    }

    fn check(cases: &[(&str, &str, &str)], reference: Option<&str>) {
        for &(text, span, value) in cases {
            let got = run(text, reference);
            let want = vec![(
                span.to_string(),
                (!value.is_empty()).then(|| value.to_string()),
            )];
            assert_eq!(got, want, "{text}");
        }
    }

    const REF: Option<&str> = Some("2025-12-02"); // a Tuesday

    #[test]
    fn absolute() {
        check(
            &[
                ("by Nov. 27.", "Nov. 27", "2025-11-27"),
                ("on November 27, 2024 he", "November 27, 2024", "2024-11-27"),
                ("on 2025-11-27 at", "2025-11-27", "2025-11-27"),
                ("in July 2017 we", "July 2017", "2017-07"),
                ("in 2017 we", "2017", "2017"),
                (
                    "Friday, July 21, 2017",
                    "Friday, July 21, 2017",
                    "2017-07-21",
                ),
                ("on 14 nov 2023", "14 nov 2023", "2023-11-14"),
                ("on 2/29/2020", "2/29/2020", "2020-02-29"),
                ("back 23/Sep/2020", "23/Sep/2020", "2020-09-23"),
                ("on Sep-23-2020", "Sep-23-2020", "2020-09-23"),
                ("in the 1960s", "the 1960s", "196"),
                ("in nineteen ninety-six", "nineteen ninety-six", "1996"),
                (
                    "the third quarter of 1984",
                    "the third quarter of 1984",
                    "1984-Q3",
                ),
            ],
            REF,
        );
    }

    #[test]
    fn relative() {
        check(
            &[
                ("Trump said on Sunday.", "Sunday", "2025-11-30"),
                ("Putin said last week that", "last week", "2025-W48"),
                ("leaked in late November", "late November", "2025-11"),
                (
                    "claiming Monday evening that",
                    "Monday evening",
                    "2025-12-01",
                ),
                ("he was in France on Monday", "Monday", "2025-12-01"),
                (
                    "flew to Florida over the weekend",
                    "over the weekend",
                    "2025-W48-WE",
                ),
                ("he will try at Tuesday’s talks", "Tuesday’s", "2025-12-02"),
                ("they will meet on Friday", "Friday", "2025-12-05"),
                (
                    "killed next to the embassy on Friday",
                    "Friday",
                    "2025-11-28",
                ),
                ("a rally planned for Saturday", "Saturday", "2025-12-06"),
                ("it happened yesterday", "yesterday", "2025-12-01"),
                ("Fermat died otd.", "otd", "2025-12-02"),
                ("On this day in", "this day", "2025-12-02"),
                ("I'm blocked for the day", "the day", "2025-12-02"),
                ("today, prices fell", "today", "2025-12-02"),
                ("due next month", "next month", "2026-01"),
                ("two years ago", "two years ago", "2023"),
                ("it fell last year", "last year", "2024"),
                ("this summer", "this summer", "2025-SU"),
                ("music of the sixties", "the sixties", "196"),
                ("profit for the year rose", "the year", "2025"),
                ("up from the year before", "the year before", "2024"),
                ("the third quarter", "the third quarter", "2025-Q3"),
                (
                    "on Tuesday of last week",
                    "Tuesday of last week",
                    "2025-11-25",
                ),
                ("next week on Friday", "next week on Friday", "2025-12-12"),
                ("shops shut on Christmas Day", "Christmas Day", "2025-12-25"),
                ("dinner on Thanksgiving", "Thanksgiving", "2025-11-27"),
                ("Easter 2018 was early", "Easter 2018", "2018-04-01"),
                ("they will vote in two weeks", "in two weeks", "2025-12-16"),
            ],
            REF,
        );
    }

    #[test]
    fn days_in_words_and_odd_shapes() {
        check(
            &[
                ("sold on Dec31 , 1994", "Dec31 , 1994", "1994-12-31"),
                ("How about 2019-aug-1", "2019-aug-1", "2019-08-01"),
                ("on 2018-7-6 at", "2018-7-6", "2018-07-06"),
                ("fourth of july 1995", "fourth of july 1995", "1995-07-04"),
                (
                    "fourth of july of 1995",
                    "fourth of july of 1995",
                    "1995-07-04",
                ),
                (
                    "the second of Aug. then",
                    "the second of Aug.",
                    "2025-08-02",
                ),
                ("January first 2000 was", "January first 2000", "2000-01-01"),
                (
                    "meet on january first two thousand and thirty two",
                    "january first two thousand and thirty two",
                    "2032-01-01",
                ),
                (
                    "in January nineteen eighty six",
                    "January nineteen eighty six",
                    "1986-01",
                ),
                (
                    "the twenty third day of September",
                    "the twenty third day of September",
                    "2025-09-23",
                ),
                ("about Jan/3.", "Jan/3", "2026-01-03"),
                (
                    "this friday (jun-15) with",
                    "this friday (jun-15)",
                    "2025-06-15",
                ),
                ("black friday 2010", "black friday 2010", "2010-11-26"),
                ("on May Day", "May Day", "2025-05-01"),
                ("On Christmas Day", "Christmas Day", "2025-12-25"),
                ("Mixed Christmas for shops", "Christmas", "2025-12-25"),
                (
                    "born twenty five January nineteen eighty six",
                    "twenty five January nineteen eighty six",
                    "1986-01-25",
                ),
                (
                    "back on the 15th day of next month",
                    "the 15th day of next month",
                    "2026-01-15",
                ),
                ("On 2016 10 16, it began", "2016 10 16", "2016-10-16"),
                ("lunch on Sat May 9.", "Sat May 9", "2026-05-09"),
                ("back 03/18/40.", "03/18/40", "1940-03-18"),
                ("back 12/05/04.", "12/05/04", "2004-12-05"),
                ("Starbucks on 29th - meet", "29th", "2025-11-29"),
            ],
            REF,
        );
    }

    #[test]
    fn days_without_a_month() {
        check(
            &[
                ("set it up on the 18th.", "the 18th", "2025-11-18"),
                ("it opened on the 2nd", "the 2nd", "2025-12-02"),
                ("it will open on the 20th", "the 20th", "2025-12-20"),
                (
                    "coffee on Tuesday the ninth",
                    "Tuesday the ninth",
                    "2025-12-09",
                ),
                ("met on Thu 13th", "Thu 13th", "2025-11-13"),
            ],
            REF,
        );
        for text in [
            "on the 18th floor",
            "on the first day",
            "wait until the fourth or fifth day",
            "the day after his death",
            "the day before the plunge",
            "for the day of the vote",
            "for National Holocaust Memorial Day",
            "it marks Orthodox Christmas",
            "to this day",
            "for the second time",
            "on Tuesday the first round",
            "in March second-round voting",
        ] {
            let got: Vec<_> = run(text, REF)
                .into_iter()
                .filter(|(s, _)| !s.contains("Tuesday") && !s.contains("March"))
                .collect();
            assert!(got.is_empty(), "{text}: {got:?}");
        }
    }

    #[test]
    fn slashed_without_year() {
        check(
            &[
                ("the date? 11/20, ok", "11/20", "2025-11-20"),
                ("back on 22/04", "22/04", "2025-04-22"),
                ("done friday 5/12", "friday 5/12", "2025-05-12"),
                ("since 9/11 the", "9/11", "2001-09-11"),
            ],
            REF,
        );
        let got = run("five January deaths", REF);
        assert_eq!(got, [("January".to_string(), Some("2026-01".to_string()))]);
        let got = run("in 2016 10 people died", REF);
        assert_eq!(got, [("2016".to_string(), Some("2016".to_string()))]);
        for text in [
            "a 1/4 mile track",
            "open 24/7",
            "2/3 of voters",
            "cut 1/2/3 ways",
        ] {
            assert!(run(text, REF).is_empty(), "{text}: {:?}", run(text, REF));
        }
    }

    #[test]
    fn offsets_and_neighbours() {
        check(
            &[
                (
                    "free three weeks from tomorrow?",
                    "three weeks from tomorrow",
                    "2025-12-24",
                ),
                (
                    "where two days before yesterday?",
                    "two days before yesterday",
                    "2025-11-29",
                ),
                (
                    "the day after tomorrow",
                    "the day after tomorrow",
                    "2025-12-04",
                ),
                (
                    "it happened 2 weeks before Christmas.",
                    "2 weeks before Christmas",
                    "2025-12-11",
                ),
                (
                    "It will happen 3 days from Tuesday.",
                    "3 days from Tuesday",
                    "2025-12-05",
                ),
                (
                    "What happened the day before",
                    "the day before",
                    "2025-12-01",
                ),
                ("they met the day after.", "the day after", "2025-12-03"),
                (
                    "it should be previous Monday",
                    "previous Monday",
                    "2025-11-24",
                ),
                (
                    "any plan on following Friday?",
                    "following Friday",
                    "2025-12-12",
                ),
                ("meet next week Mon or", "next week Mon", "2025-12-08"),
                ("I will leave in two years", "in two years", "2027-12-02"),
            ],
            REF,
        );
        let got = run("sales in the five months from 3 August to 24 December", REF);
        assert_eq!(got[0].0, "3 August");
        // An event's day is no anchor for a count before it.
        let got = run("three days after Monday's attack", REF);
        assert_eq!(
            got,
            [("Monday's".to_string(), Some("2025-12-01".to_string()))]
        );
    }

    #[test]
    fn vague() {
        check(
            &[
                ("Moscow currently occupies", "currently", "PRESENT_REF"),
                ("nothing at the moment", "at the moment", "PRESENT_REF"),
                ("it recently fell", "recently", "PAST_REF"),
                ("aggression in the future", "in the future", "FUTURE_REF"),
            ],
            REF,
        );
    }

    #[test]
    fn unresolved_without_reference() {
        check(
            &[
                ("said on Sunday", "Sunday", ""),
                ("by Nov. 27", "Nov. 27", ""),
                ("in 2017", "2017", "2017"),
            ],
            None,
        );
    }

    #[test]
    fn not_dates() {
        for text in [
            "Putin might not be interested and may leave",
            "Theresa May said",
            "they march on",
            "it cost $2000 today",
            "prices fell in the fall",
            "2,000 people",
            "he told BBC Radio 4's Today programme",
        ] {
            let got: Vec<_> = run(text, REF)
                .into_iter()
                .filter(|(s, _)| s != "today")
                .collect();
            assert!(got.is_empty(), "{text}: {got:?}");
        }
    }

    #[test]
    fn iso_weeks() {
        for (d, want) in [
            ("2025-12-02", (2025, 49)),
            ("2025-11-29", (2025, 48)),
            ("2021-01-01", (2020, 53)),
            ("2024-12-30", (2025, 1)),
        ] {
            assert_eq!(iso_week(d.parse().unwrap()), want, "{d}");
        }
    }

    #[test]
    fn reference_from_dateline() {
        let doc = Document::new("Robots win\n\nFriday, July 21, 2017\n\nA team won on Tuesday.");
        assert_eq!(reference_from_text(&doc), "2017-07-21".parse().ok());
        let doc = Document::new("No date here.");
        assert_eq!(reference_from_text(&doc), None);
        let doc = Document::new("On July 4, 1776, the colonies declared independence.");
        assert_eq!(reference_from_text(&doc), None);
    }
}
