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
//! The word classes are lexicon class bits (`CW_*`), read from each
//! token's lexeme; words that the tokens do not delimit as Unicode does
//! ("don't", "son-in-law", "world.Today") are looked up by their text.
//!
//! Known limits: words, not syntax: "more" in "once more" counts as a
//! comparison, a past tense is a word from the list or an "-ed" word, and
//! negation does not flip a class. The weights were fitted on US debate
//! sentences; news prose differs in register. The headline and question
//! weights are set by hand, low (the fitting data has no headlines, and a
//! question asks rather than asserts).

use std::sync::LazyLock;

use unicode_segmentation::UnicodeSegmentation;

use crate::claims::{DateMention, Quantity};
use crate::document::{Document, ParagraphKind, Span};
use crate::entities::{Entity, EntityKind};
use crate::lexicon::{self, Classes, rows};
use crate::segment::{Sentence, Shape, Token, Tokens};

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

/// The signal of each check-worthiness class bit of the lexicon
/// (`checkworthy.tsv`); `CW_NOT_PAST` has none: it only keeps an "-ed"
/// word ("need", "hundred") from reading as a past tense.
const WORD_SIGNALS: [(Classes, Signal); 16] = [
    (Classes::CW_COMPARISON, Signal::Comparison),
    (Classes::CW_CHANGE, Signal::Change),
    (Classes::CW_SUPERLATIVE, Signal::Superlative),
    (Classes::CW_STATISTIC, Signal::Statistic),
    (Classes::CW_RECORD, Signal::Record),
    (Classes::CW_POLICY, Signal::Policy),
    (Classes::CW_PAST_TENSE, Signal::PastTense),
    (Classes::CW_OPINION, Signal::Opinion),
    (Classes::CW_PROMISE, Signal::Promise),
    (Classes::CW_MODAL, Signal::Modal),
    (Classes::CW_FIRST_PERSON, Signal::FirstPerson),
    (Classes::CW_SECOND_PERSON, Signal::SecondPerson),
    (Classes::CW_THIRD_PERSON, Signal::ThirdPerson),
    (Classes::CW_GREETING, Signal::Greeting),
    (Classes::CW_VAGUE_TIME, Signal::VagueTime),
    (Classes::CW_VAGUE, Signal::Vague),
];

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

/// Words longer than this have no class (and skip every word rule).
const LONGEST_WORD: usize = 24;

/// The class and "-ed" signals of one word: `head` is its lower-cased
/// form (ASCII, at most [`LONGEST_WORD`] bytes), `classes` its
/// check-worthiness class bits, `capitalized` whether it does not start
/// with a lower-case letter.
fn class_signals(head: &str, classes: Classes, capitalized: bool, out: &mut Signals) {
    let cw = classes.0 & lexicon::class::CHECKWORTHY.0;
    if cw != 0 {
        if let Some(&(_, s)) = WORD_SIGNALS.iter().find(|(c, _)| c.0 == cw) {
            out.insert(s);
        }
    } else if head.len() >= 5 && head.ends_with("ed") && !capitalized {
        // A lower-case "-ed" word is mostly a past tense or participle
        // ("signed", "reduced"); capitalized ones are names ("Ted").
        out.insert(Signal::PastTense);
    }
}

fn is_negation(lower: &str) -> bool {
    matches!(lower, "not" | "never" | "no")
}

/// The signals of one Unicode word (a UAX #29 segment holding a letter or
/// digit), looked up by its text: words with a clitic ("don't", "we’ll")
/// and words the tokens do not delimit.
fn word_signals(word: &str, out: &mut Signals) {
    // "don't", "we’ll": the base word and the clitic after the apostrophe.
    let (base, clitic) = match word.find(['\'', '’']) {
        Some(i) => (&word[..i], word[i..].trim_start_matches(['\'', '’'])),
        None => (word, ""),
    };
    if !base.is_ascii() || base.len() > LONGEST_WORD || base.is_empty() {
        return;
    }
    let mut buf = [0u8; LONGEST_WORD];
    let lower = &mut buf[..base.len()];
    lower.copy_from_slice(base.as_bytes());
    lower.make_ascii_lowercase();
    let Ok(lower) = std::str::from_utf8(lower) else {
        return;
    };
    // "didn't", "wasn't", "won't": the class of "did", "was", "will".
    let negated = clitic == "t" && lower.len() > 1 && lower.ends_with('n');
    let head = match lower {
        "won" if negated => "will",
        _ if negated => &lower[..lower.len() - 1],
        _ => lower,
    };
    let capitalized = !base.starts_with(|c: char| c.is_ascii_lowercase());
    class_signals(head, lexicon::checkworthy_class(head), capitalized, out);
    if negated || is_negation(lower) {
        out.insert(Signal::Negation);
    }
    if clitic == "ll" {
        out.insert(Signal::Promise);
    }
}

/// The word classes that fire in `span`, read from its text (Unicode word
/// segmentation, a lookup per word): the reference for [`cues`], and its
/// path for a sentence whose words the tokens do not delimit.
pub fn cues_in_text(text: &str, span: Span) -> Cues {
    let mut out = Cues::default();
    for w in crate::segment::words(text, span) {
        out.words += 1;
        word_signals(&text[w], &mut out.signals);
    }
    out
}

/// The word classes that fire in `sentence`, from its tokens: a token that
/// is a Unicode word of ASCII letters ("said", "Lowest") gives its signal
/// from its lexeme's class bits, with no lookup; a token with an
/// apostrophe, hyphen or non-ASCII letter is read word by word as
/// [`cues_in_text`] does, and so is a run of touching tokens that a
/// Unicode word crosses ("world.Today"). The result is that of
/// [`cues_in_text`] (a test compares them).
pub fn cues(text: &str, sentence: &Sentence, tokens: &Tokens) -> Cues {
    let toks = tokens.of(sentence);
    let mut out = Cues {
        signals: Signals::default(),
        words: sentence.words(),
    };
    let mut i = 0;
    while i < toks.len() {
        let mut j = i + 1;
        while j < toks.len() && toks[j].attached {
            j += 1;
        }
        // U+202F (narrow no-break space) is white space to the tokens but
        // joins words for Unicode ("10 000"): read such a sentence whole.
        if j < toks.len() && has_nnbsp(&text[toks[j - 1].span.end()..toks[j].span.start()]) {
            return cues_in_text(text, sentence.span);
        }
        chunk_signals(text, sentence.span, &toks[i..j], tokens, &mut out.signals);
        i = j;
    }
    out
}

fn has_nnbsp(gap: &str) -> bool {
    !gap.is_ascii() && gap.contains('\u{202F}')
}

/// The signals of a run of touching tokens (no white space between).
fn chunk_signals(text: &str, sentence: Span, toks: &[Token], tokens: &Tokens, out: &mut Signals) {
    let s = &text[sentence];
    let base = sentence.start();
    let crossed = toks.windows(2).any(|w| {
        let at = w[1].span.start() - base;
        word_joins(s, at) && !harmless_join(tokens, w[0], w[1])
    });
    if crossed {
        let span = Span::new(text, toks[0].span.start(), toks[toks.len() - 1].span.end());
        for w in crate::segment::words(text, span) {
            word_signals(&text[w], out);
        }
        return;
    }
    for &t in toks {
        token_signals(tokens, t, out);
    }
}

/// A possessive after a word of ASCII letters ("Trump’s"): one Unicode
/// word, whose base before the apostrophe is the word token itself, and
/// the clitic "s" adds nothing.
fn harmless_join(tokens: &Tokens, left: Token, right: Token) -> bool {
    tokens.is(right, Classes::POSSESSIVE) && ascii_letters(tokens.lexeme(left).orth)
}

fn ascii_letters(s: &str) -> bool {
    s.bytes().all(|b| b.is_ascii_alphabetic())
}

/// The signals of one token that is a run of Unicode words of its own.
fn token_signals(tokens: &Tokens, t: Token, out: &mut Signals) {
    let lx = tokens.lexeme(t);
    // One non-alphanumeric char, or digits with "," and ".": no word of
    // these has a class, an "-ed" or a clitic.
    if matches!(lx.shape, Shape::Punct | Shape::Quote | Shape::Digits) {
        return;
    }
    let orth = lx.orth;
    if ascii_letters(orth) {
        if orth.len() <= LONGEST_WORD {
            let capitalized = !orth.starts_with(|c: char| c.is_ascii_lowercase());
            let lower = tokens.lower(t);
            class_signals(lower, lx.classes, capitalized, out);
            if is_negation(lower) {
                out.insert(Signal::Negation);
            }
        }
        return;
    }
    for w in orth.split_word_bounds() {
        if w.chars().any(char::is_alphanumeric) {
            word_signals(w, out);
        }
    }
}

/// The UAX #29 word-break class of a char, as far as [`word_joins`] needs;
/// `None` for a char it does not know (then it assumes a join).
fn wb(c: Option<char>) -> Option<Wb> {
    let Some(c) = c else {
        return Some(Wb::Other);
    };
    Some(match c {
        'a'..='z' | 'A'..='Z' => Wb::Letter,
        '0'..='9' => Wb::Numeric,
        ':' => Wb::MidLetter,
        '.' | '\'' | '‘' | '’' => Wb::MidNumLet,
        ',' | ';' => Wb::MidNum,
        '_' => Wb::ExtendNumLet,
        c if c.is_ascii() => Wb::Other,
        '“' | '”' | '—' | '–' | '…' | '«' | '»' | '£' | '€' | '•' => Wb::Other,
        _ => return None,
    })
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Wb {
    Letter,
    Numeric,
    MidLetter,
    MidNumLet,
    MidNum,
    ExtendNumLet,
    Other,
}

/// Can a Unicode word cross byte `at` of `s` (a boundary between two
/// touching tokens)? Rules WB4 to WB13b of UAX #29, conservatively: an
/// unknown char next to the boundary counts as a join.
fn word_joins(s: &str, at: usize) -> bool {
    let mut before = s[..at].chars().rev();
    let mut after = s[at..].chars();
    let (x, x2) = (wb(before.next()), wb(before.next()));
    let (y, y2) = (wb(after.next()), wb(after.next()));
    let (Some(x), Some(y)) = (x, y) else {
        return true;
    };
    use Wb::*;
    let word = |c: Wb| matches!(c, Letter | Numeric | ExtendNumLet);
    // "a.b" joins letters, "1,2" digits; "." and "'" both.
    let mid = |l: Option<Wb>, m: Wb, r: Option<Wb>| {
        let (Some(l), Some(r)) = (l, r) else {
            return true;
        };
        match m {
            MidLetter => l == Letter && r == Letter,
            MidNum => l == Numeric && r == Numeric,
            MidNumLet => (l == Letter && r == Letter) || (l == Numeric && r == Numeric),
            _ => false,
        }
    };
    (word(x) && word(y)) || mid(Some(x), y, y2) || mid(x2, x, Some(y))
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
            let c = cues_in_text(text, Span::new(text, 0, text.len()));
            assert_eq!(token_cues(text), vec![c], "{text}");
            let mut got: Vec<&str> = c.signals.iter().map(Signal::as_str).collect();
            let mut want = want.to_vec();
            got.sort_unstable();
            want.sort_unstable();
            assert_eq!(got, want, "{text}");
        }
    }

    /// [`cues`] of every sentence of `text`.
    fn token_cues(text: &str) -> Vec<Cues> {
        let doc = Document::new(text);
        let (sentences, tokens) = crate::segment::segment(&doc);
        sentences.iter().map(|s| cues(text, s, &tokens)).collect()
    }

    fn text_cues(text: &str) -> Vec<Cues> {
        let doc = Document::new(text);
        let (sentences, _) = crate::segment::segment(&doc);
        sentences
            .iter()
            .map(|s| cues_in_text(text, s.span))
            .collect()
    }

    /// The token reading gives what the text reading gives, on words that
    /// the tokens and Unicode delimit differently.
    #[test]
    fn token_cues_match_text_cues() {
        let cases = [
            "The world.Today they said:no and we’ll see, didn't they? Trump’s O'Neill's x'y",
            "U.S.’s well-funded son-in-law 1990's 10kg F-16s 24-year-old AT&T a_b signed_off",
            "naïve café re\u{301}signed inter\u{ad}national “Don't” «won't» —wasn’t— …never",
            "Prices rose 10\u{202f}000 times; they changed\u{202f}it. Ted Speed said no.",
            "word\u{200d}\u{1f600} \u{1f1fa}\u{1f1f8}x \u{301}signed a\u{301}.b 5,10 2.5.Now x:y:z",
            "We'll\u{2019}ll can’t’s Mr.Smith (changed) [needed] 'rumoured' \"lowest\"",
        ];
        for text in cases {
            assert_eq!(token_cues(text), text_cues(text), "{text}");
        }
        // Random strings over an alphabet of letters, digits, joiners and
        // marks that Unicode and the tokens treat differently.
        let alphabet: Vec<char> = "aedns TNo'’‘.:,;_-&\"“”—1 0\u{202f}\u{a0}\u{301}\u{ad}é\u{5d0}"
            .chars()
            .collect();
        let words = [
            "signed", "lowest", "not", "won", "don", "t", "ll", "we", "Ted", "needed",
        ];
        let mut seed = 0x9e37_79b9_7f4a_7c15u64;
        let mut next = move |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        };
        for _ in 0..3000 {
            let mut text = String::new();
            for _ in 0..next(12) {
                if next(3) == 0 {
                    text.push_str(words[next(words.len())]);
                } else {
                    text.push(alphabet[next(alphabet.len())]);
                }
            }
            assert_eq!(token_cues(&text), text_cues(&text), "{text:?}");
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
    }
}
