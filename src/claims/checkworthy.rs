//! Check-worthiness: how much a fact-checker would want to check a claim,
//! what kind of sentence it is, and the features behind the score.
//!
//! Input: a claim sentence's text and what earlier stages found in it
//! (quantities, dates, places, person/organization mentions, source,
//! hedges, the paragraph kind). Output: an [`Assessment`]: the
//! [`ClaimKind`] (`statement`, `question`, `headline`), the score in [0, 1]
//! and the [`Signals`] that fired.
//!
//! The score is a logistic model over readable binary features: evidence
//! from the pipeline (a quantity, money, a percentage, an exact or only a
//! vague date, a place, a named person or organization, an attributed
//! source, a hedge) and word classes from `src/lexicon/checkworthy.tsv`
//! (comparisons, changes, superlatives, statistics words, on-the-record
//! actions, policy nouns, past tense, opinions, promises, modal verbs,
//! first-, second- and third-person pronouns, greetings, vague time words,
//! vague nouns), plus the sentence's form (a question, a headline, a very short
//! sentence). The weights are data, `src/lexicon/checkworthy_weights.tsv`,
//! fitted by `tools/fit_checkworthy.py`; a score of 0.5 or more means
//! "check-worthy" (the fit moves its best F1 threshold there).
//!
//! [`Cues`] also widen what a claim is: a sentence with a comparison, a
//! change, a superlative, a statistics word, a policy noun or an
//! on-the-record action is checkable even without a quantity, date or
//! place ("Jobs are pouring out of the country", "the highest rating",
//! "That's explicitly prohibited in the law"). Without them, 22% of the
//! check-worthy ClaimBuster sentences yielded no claim and so scored 0.
//!
//! Known limits: words, not syntax: "more" in "once more" counts as a
//! comparison, a past tense is a word from the list or an "-ed" word, and
//! negation does not flip a class. The weights were fitted on US debate
//! sentences; news prose differs in register. The headline and question
//! weights are set by hand, low (the fitting data has no headlines, and a
//! question asks rather than asserts).

use std::sync::LazyLock;

use crate::claims::{DateMention, Quantity};
use crate::document::{Document, ParagraphKind, Span};
use crate::entities::{Entity, EntityKind};
use crate::lexicon::{FastMap, rows};

/// What kind of sentence a claim is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ClaimKind {
    Statement,
    /// A sentence ending in a question mark.
    Question,
    /// A heading paragraph of an article (a title or subhead).
    Headline,
}

impl ClaimKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ClaimKind::Statement => "statement",
            ClaimKind::Question => "question",
            ClaimKind::Headline => "headline",
        }
    }
}

/// One feature of the score. The order here is the order of `signals` in
/// the output; the names are those of the weights file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Signal {
    Quantity,
    Money,
    Percent,
    Unit,
    Date,
    VagueDate,
    Place,
    Actor,
    Source,
    Comparison,
    Change,
    Superlative,
    Statistic,
    Record,
    Policy,
    PastTense,
    Hedge,
    Negation,
    Opinion,
    Promise,
    Modal,
    FirstPerson,
    SecondPerson,
    ThirdPerson,
    Greeting,
    VagueTime,
    Vague,
    Question,
    Headline,
    Short,
}

impl Signal {
    pub const ALL: [Signal; 30] = [
        Signal::Quantity,
        Signal::Money,
        Signal::Percent,
        Signal::Unit,
        Signal::Date,
        Signal::VagueDate,
        Signal::Place,
        Signal::Actor,
        Signal::Source,
        Signal::Comparison,
        Signal::Change,
        Signal::Superlative,
        Signal::Statistic,
        Signal::Record,
        Signal::Policy,
        Signal::PastTense,
        Signal::Hedge,
        Signal::Negation,
        Signal::Opinion,
        Signal::Promise,
        Signal::Modal,
        Signal::FirstPerson,
        Signal::SecondPerson,
        Signal::ThirdPerson,
        Signal::Greeting,
        Signal::VagueTime,
        Signal::Vague,
        Signal::Question,
        Signal::Headline,
        Signal::Short,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Signal::Quantity => "quantity",
            Signal::Money => "money",
            Signal::Percent => "percent",
            Signal::Unit => "unit",
            Signal::Date => "date",
            Signal::VagueDate => "vague_date",
            Signal::Place => "place",
            Signal::Actor => "actor",
            Signal::Source => "source",
            Signal::Comparison => "comparison",
            Signal::Change => "change",
            Signal::Superlative => "superlative",
            Signal::Statistic => "statistic",
            Signal::Record => "record",
            Signal::Policy => "policy",
            Signal::PastTense => "past_tense",
            Signal::Hedge => "hedge",
            Signal::Negation => "negation",
            Signal::Opinion => "opinion",
            Signal::Promise => "promise",
            Signal::Modal => "modal",
            Signal::FirstPerson => "first_person",
            Signal::SecondPerson => "second_person",
            Signal::ThirdPerson => "third_person",
            Signal::Greeting => "greeting",
            Signal::VagueTime => "vague_time",
            Signal::Vague => "vague",
            Signal::Question => "question",
            Signal::Headline => "headline",
            Signal::Short => "short",
        }
    }

    fn from_name(name: &str) -> Option<Signal> {
        Signal::ALL.into_iter().find(|s| s.as_str() == name)
    }

    fn bit(self) -> u32 {
        1 << self as u32
    }
}

/// A set of [`Signal`]s (a bit set; iterates in [`Signal::ALL`] order).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Signals(u32);

impl Signals {
    pub fn insert(&mut self, s: Signal) {
        self.0 |= s.bit();
    }

    pub fn contains(self, s: Signal) -> bool {
        self.0 & s.bit() != 0
    }

    pub fn iter(self) -> impl Iterator<Item = Signal> {
        Signal::ALL.into_iter().filter(move |s| self.contains(*s))
    }
}

/// What a word of `checkworthy.tsv` signals; `NotPast` only keeps an
/// "-ed" word ("need", "hundred") from reading as a past tense.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum WordClass {
    Signal(Signal),
    NotPast,
}

static WORDS: LazyLock<FastMap<&'static str, WordClass>> = LazyLock::new(|| {
    rows(include_str!("../lexicon/checkworthy.tsv"))
        .map(|cols| {
            let class = match cols.get(1).copied().unwrap_or("") {
                "not_past" => WordClass::NotPast,
                name => WordClass::Signal(
                    Signal::from_name(name)
                        .unwrap_or_else(|| panic!("checkworthy.tsv: unknown class {name:?}")),
                ),
            };
            (cols[0], class)
        })
        .collect()
});

/// The fitted model: a bias and one weight per signal.
struct Weights {
    bias: f64,
    weights: [f64; Signal::ALL.len()],
}

static WEIGHTS: LazyLock<Weights> = LazyLock::new(|| {
    let mut w = Weights {
        bias: 0.0,
        weights: [0.0; Signal::ALL.len()],
    };
    for cols in rows(include_str!("../lexicon/checkworthy_weights.tsv")) {
        let value: f64 = cols
            .get(1)
            .and_then(|v| v.trim().parse().ok())
            .unwrap_or_else(|| panic!("checkworthy_weights.tsv: bad row {cols:?}"));
        match cols[0] {
            "bias" => w.bias = value,
            name => {
                let s = Signal::from_name(name)
                    .unwrap_or_else(|| panic!("checkworthy_weights.tsv: unknown feature {name:?}"));
                w.weights[s as usize] = value;
            }
        }
    }
    w
});

/// Signal classes whose word makes a sentence checkable on its own.
const CHECKABLE: [Signal; 6] = [
    Signal::Comparison,
    Signal::Change,
    Signal::Superlative,
    Signal::Statistic,
    Signal::Record,
    Signal::Policy,
];

/// The word-class signals of one sentence, and its length in words.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Cues {
    pub signals: Signals,
    pub words: usize,
}

impl Cues {
    /// Does a word make the sentence checkable without a quantity, date
    /// or place (a comparison, change, superlative, statistic, record,
    /// policy noun)?
    pub fn checkable(&self) -> bool {
        CHECKABLE.iter().any(|s| self.signals.contains(*s))
    }
}

/// Look up a lower-case ASCII word.
fn class_of(lower: &str) -> Option<WordClass> {
    WORDS.get(lower).copied()
}

/// The word classes that fire in `span`.
pub fn cues(text: &str, span: Span) -> Cues {
    let mut out = Cues::default();
    let mut buf = [0u8; 24];
    for w in crate::segment::words(text, span) {
        out.words += 1;
        let word = &text[w];
        // "don't", "we’ll": the base word and the clitic after the apostrophe.
        let (base, clitic) = match word.find(['\'', '’']) {
            Some(i) => (&word[..i], word[i..].trim_start_matches(['\'', '’'])),
            None => (word, ""),
        };
        if !base.is_ascii() || base.len() > buf.len() || base.is_empty() {
            continue;
        }
        let lower = &mut buf[..base.len()];
        lower.copy_from_slice(base.as_bytes());
        lower.make_ascii_lowercase();
        let Ok(lower) = std::str::from_utf8(lower) else {
            continue;
        };
        // "didn't", "wasn't", "won't": the class of "did", "was", "will".
        let negated = clitic == "t" && lower.len() > 1 && lower.ends_with('n');
        let head = match lower {
            "won" if negated => "will",
            _ if negated => &lower[..lower.len() - 1],
            _ => lower,
        };
        match class_of(head) {
            Some(WordClass::Signal(s)) => out.signals.insert(s),
            Some(WordClass::NotPast) => {}
            // A lower-case "-ed" word is mostly a past tense or participle
            // ("signed", "reduced"); capitalized ones are names ("Ted").
            None if head.len() >= 5
                && head.ends_with("ed")
                && base.starts_with(|c: char| c.is_ascii_lowercase()) =>
            {
                out.signals.insert(Signal::PastTense)
            }
            None => {}
        }
        if negated || matches!(lower, "not" | "never" | "no") {
            out.signals.insert(Signal::Negation);
        }
        if clitic == "ll" {
            out.signals.insert(Signal::Promise);
        }
    }
    out
}

/// Person and organization mentions, sorted, to ask per sentence whether
/// a concrete actor is named in it.
pub struct Actors {
    mentions: Vec<Span>,
}

impl Actors {
    pub fn new(entities: &[Entity]) -> Actors {
        let mut mentions: Vec<Span> = entities
            .iter()
            .filter(|e| matches!(e.kind, EntityKind::Person | EntityKind::Organization))
            .flat_map(|e| e.mentions.iter().copied())
            .collect();
        mentions.sort_unstable();
        Actors { mentions }
    }

    /// Is a person or organization mentioned inside `span`?
    pub fn any_in(&self, span: Span) -> bool {
        let from = self.mentions.partition_point(|m| m.start() < span.start());
        self.mentions[from..]
            .iter()
            .take_while(|m| m.start() < span.end())
            .any(|m| span.contains(*m))
    }
}

/// What the earlier stages found in one claim sentence.
pub struct Evidence<'a> {
    pub doc: &'a Document<'a>,
    pub span: Span,
    pub paragraph: usize,
    pub quantities: &'a [Quantity],
    pub dates: &'a [DateMention],
    pub places: bool,
    pub actor: bool,
    pub source: bool,
    pub hedges: bool,
    pub cues: Cues,
}

/// A claim's kind, score and the signals behind it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Assessment {
    pub kind: ClaimKind,
    /// In [0, 1], rounded to three decimals.
    pub score: f64,
    pub signals: Signals,
}

/// Sentences of fewer words than this say too little to check.
const SHORT_WORDS: usize = 6;

/// The kind of the sentence `span` in paragraph `paragraph`.
fn kind_of(doc: &Document, span: Span, paragraph: usize) -> ClaimKind {
    let s = doc.text[span].trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, '"' | '\'' | '”' | '’' | ')' | ']' | '»')
    });
    if s.ends_with(['?', '⁇', '⁈', '⁉']) {
        return ClaimKind::Question;
    }
    // A lone line is read as a heading by the document stage when it has
    // no final period; it only heads something when more text follows.
    let heading = doc
        .paragraphs
        .get(paragraph)
        .is_some_and(|p| p.kind == ParagraphKind::Heading);
    if heading && doc.paragraphs.len() > 1 {
        return ClaimKind::Headline;
    }
    ClaimKind::Statement
}

/// The signals the pipeline's findings give.
fn evidence_signals(e: &Evidence) -> Signals {
    let mut s = e.cues.signals;
    for q in e.quantities {
        s.insert(Signal::Quantity);
        match q.unit.as_deref() {
            Some("percent") => s.insert(Signal::Percent),
            Some(u) if u.len() == 3 && u.bytes().all(|b| b.is_ascii_uppercase()) => {
                s.insert(Signal::Money)
            }
            Some(_) => s.insert(Signal::Unit),
            None => {}
        }
    }
    for d in e.dates {
        // PAST_REF, PRESENT_REF, FUTURE_REF ("in the past", "now") and
        // unresolved dates pin nothing down.
        match d.value.as_deref() {
            Some(v) if !v.ends_with("_REF") => s.insert(Signal::Date),
            _ => s.insert(Signal::VagueDate),
        }
    }
    let flags = [
        (e.places, Signal::Place),
        (e.actor, Signal::Actor),
        (e.source, Signal::Source),
        (e.hedges, Signal::Hedge),
        (e.cues.words < SHORT_WORDS, Signal::Short),
    ];
    for (on, signal) in flags {
        if on {
            s.insert(signal);
        }
    }
    s
}

/// Score one claim sentence.
pub fn assess(e: &Evidence) -> Assessment {
    let kind = kind_of(e.doc, e.span, e.paragraph);
    let mut signals = evidence_signals(e);
    match kind {
        ClaimKind::Question => signals.insert(Signal::Question),
        ClaimKind::Headline => signals.insert(Signal::Headline),
        ClaimKind::Statement => {}
    }
    let w = &*WEIGHTS;
    let z = w.bias + signals.iter().map(|s| w.weights[s as usize]).sum::<f64>();
    let score = 1.0 / (1.0 + (-z).exp());
    Assessment {
        kind,
        score: (score * 1000.0).round() / 1000.0,
        signals,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Kind, score and signal names of every claim in `text`.
    fn assessed(text: &str) -> Vec<(ClaimKind, f64, Vec<&'static str>)> {
        let a = crate::analyze(text, &crate::Options::default());
        a.claims
            .iter()
            .map(|c| {
                let names = c.signals.iter().map(Signal::as_str).collect();
                (c.kind, c.checkworthy, names)
            })
            .collect()
    }

    fn score(text: &str) -> f64 {
        let a = assessed(text);
        a.iter().map(|c| c.1).fold(0.0, f64::max)
    }

    #[test]
    fn word_cues() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Unemployment fell to its lowest level than ever.",
                &["comparison", "change", "superlative", "statistic"],
            ),
            (
                "I think we should do better.",
                &["opinion", "modal", "first_person"],
            ),
            (
                "We’ll build it and you won't pay.",
                &["negation", "promise", "first_person", "second_person"],
            ),
            (
                "He signed the bill and needed help.",
                &["past_tense", "record", "policy", "third_person"],
            ),
            (
                "They passed a law since the things we need changed.",
                &[
                    "past_tense",
                    "record",
                    "policy",
                    "change",
                    "vague",
                    "first_person",
                    "third_person",
                    "modal",
                ],
            ),
            ("Ted Speed said no.", &["past_tense", "negation"]),
            (
                "Thank you, good evening.",
                &["opinion", "second_person", "greeting"],
            ),
            ("Now is the time.", &["vague_time"]),
        ];
        for (text, want) in cases {
            let c = cues(text, Span::new(text, 0, text.len()));
            let mut got: Vec<&str> = c.signals.iter().map(Signal::as_str).collect();
            let mut want = want.to_vec();
            got.sort_unstable();
            want.sort_unstable();
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn kinds() {
        let cases: &[(&str, &[ClaimKind])] = &[
            ("Did prices rise 5% in 2024?", &[ClaimKind::Question]),
            ("Prices rose 5% in 2024.", &[ClaimKind::Statement]),
            // A lone line without a period heads nothing.
            ("Prices rose 5% in 2024", &[ClaimKind::Statement]),
            (
                "Prices rose 5% in 2024\n\nThe statistics office said on Monday that prices rose 5% in 2024.",
                &[ClaimKind::Headline, ClaimKind::Statement],
            ),
        ];
        for (text, want) in cases {
            let got: Vec<ClaimKind> = assessed(text).iter().map(|c| c.0).collect();
            assert_eq!(&got, want, "{text}");
        }
    }

    #[test]
    fn statistics_outrank_questions_opinions_promises_greetings() {
        let statistic = "Unemployment fell from 10 percent in 2009 to 4.1 percent in 2017.";
        let high = score(statistic);
        let lower: &[&str] = &[
            "Will unemployment fall to 4 percent in 2017?",
            "I think unemployment in 2017 is a beautiful thing.",
            "We will bring back 10 million jobs, I promise you.",
            "Thank you all for coming to Iowa tonight.",
            "Now we will see what happens in the future.",
        ];
        assert!(high >= 0.5, "{statistic}: {high}");
        for text in lower {
            let s = score(text);
            assert!(s < high, "{text}: {s} >= {high}");
        }
        let pairs: &[(&str, &str)] = &[
            (
                "The deficit doubled under this administration.",
                "I believe in this administration.",
            ),
            (
                "It was the largest tax increase in the history of Ohio.",
                "Is it the largest tax increase in Ohio?",
            ),
            (
                "Clinton voted for the war in Iraq in 2002.",
                "I will vote against the war in Iraq.",
            ),
        ];
        for (hi, lo) in pairs {
            assert!(score(hi) > score(lo), "{hi} vs {lo}");
        }
    }

    #[test]
    fn checkable_words_make_claims() {
        assert_eq!(assessed("Jobs are pouring out of the country.").len(), 1);
        assert_eq!(assessed("We have the highest rating.").len(), 1);
        assert_eq!(
            assessed("That's explicitly prohibited in the law.").len(),
            1
        );
        // A named actor alone makes no claim: on news text nearly every
        // sentence names one.
        assert!(assessed("Barack Obama agrees with that.").is_empty());
        assert!(assessed("That is just what I want.").is_empty());
    }

    #[test]
    fn scores_stay_in_unit_interval() {
        let texts = [
            "",
            "?",
            "Thank you.",
            "The most, the highest, the largest: 5% more than 10 million dollars in Paris on May 2, 2020, said Smith.",
            "I think you will not, maybe, now?",
        ];
        for text in texts {
            for (_, s, _) in assessed(text) {
                assert!((0.0..=1.0).contains(&s), "{text}: {s}");
            }
        }
    }

    #[test]
    fn weights_cover_every_signal() {
        let data = include_str!("../lexicon/checkworthy_weights.tsv");
        let names: Vec<&str> = rows(data).map(|c| c[0]).collect();
        assert!(names.contains(&"bias"));
        for s in Signal::ALL {
            assert!(names.contains(&s.as_str()), "no weight for {}", s.as_str());
        }
        assert!(WEIGHTS.bias.is_finite());
        assert!(!WORDS.is_empty());
    }
}
