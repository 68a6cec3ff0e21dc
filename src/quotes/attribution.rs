//! Attributions inside one sentence: speech cues, the speaker mention each
//! cue attaches to, and the content of reported (indirect) speech.
//!
//! Input: the text and the sentence's [`Tok`]s (quoted words flagged).
//! Output: [`Attr`]s (cue, class, complement, speaker) and [`Indirect`]
//! contents.
//!
//! Cues come from `src/lexicon/cues.tsv`: a class (speech verbs in every
//! tense; cognition verbs; framing and act verbs such as "called",
//! "criticized", which attribute only partial quotes; "according to") and a
//! complement (what reported content follows without "that": a bare clause,
//! an object, or nothing). A cue word counts only in lower case outside
//! quoted words, and only with a speaker:
//! - the subject before the cue, skipping auxiliaries, adverbs and time
//!   adverbials ("Trump has said", "He previously said", "Clinton on
//!   Tuesday said"), parentheticals ("Bacon (R-Neb.) wrote"), appositives
//!   ("Stanovaya, a senior fellow at ..., wrote"), a prepositional tail ("A
//!   spokeswoman for Hillary Clinton says") and relative "who" (the mention
//!   is "who", standing for the phrase before it);
//! - or, after a boundary (quote mark, comma, sentence start), the noun phrase
//!   after the cue ("said Rubio", "according to President Zelensky");
//! - or a participle after a comma ("..., saying he would") and a verb
//!   coordinated with an earlier one ("..., but ... warned Ukraine that"):
//!   the previous cue's speaker, else the main clause's subject;
//! - or none, after "when"/"while"/"after" ("when asked whether ...").
//!
//! Speaker mentions are a name run (capitalized words with "of"/"the"
//! connectors), a pronoun, or a short common noun phrase ("another source",
//! "U.S. officials"); possessives ("Trump’s tweet") and verb forms are not.
//!
//! Indirect content: the clause after the cue ("said that ...", "says the
//! plan ...", "cited derogatory comments ..."), cut at ";", a dash, ", but",
//! a participle clause, or the next attribution (at most [`MAX_CONTENT`]
//! tokens); or the sentence before a final attribution ("..., sources
//! said."); or around "according to X".
//!
//! Known limits: no parsing, so a subject far from its verb is missed, an
//! object noun can pass for a subject in odd word orders, and a
//! parenthetical attribution ("The plan, he said, is dead") yields no
//! content.

use std::collections::HashMap;
use std::sync::LazyLock;

use super::tokens::Tok;
use crate::document::Span;
use crate::lexicon::{self, rows};

/// What a cue can attribute.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CueClass {
    /// Speech verbs: direct, partial and indirect speech.
    Speech,
    /// Cognition and evidence verbs ("believes", "found"): only with a
    /// "that" clause or a partial quote.
    Cognition,
    /// Framing verbs ("called it a ...", "described"): partial quotes only.
    Frame,
    /// "according to X".
    According,
}

/// What reported content follows a cue when there is no "that".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Complement {
    /// Only a "that" clause ("believes that ...").
    That,
    /// A bare clause too ("says the plan is dead").
    Bare,
    /// A bare clause only when it reads as one (a finite verb): the verb
    /// also takes objects that are no speech ("added a second goal").
    Clause,
    /// The object is the content ("cited derogatory comments ...").
    Object,
}

#[derive(Clone, Copy, Debug)]
struct CueEntry {
    class: CueClass,
    complement: Complement,
}

static CUES: LazyLock<HashMap<&'static str, CueEntry>> = LazyLock::new(|| {
    rows(include_str!("../lexicon/cues.tsv"))
        .map(|cols| {
            let class = match cols.get(1).copied().unwrap_or("") {
                "speech" => CueClass::Speech,
                "cognition" => CueClass::Cognition,
                "frame" => CueClass::Frame,
                "according" => CueClass::According,
                other => panic!("cues.tsv: unknown class {other:?}"),
            };
            let complement = match cols.get(2).copied() {
                Some("bare") => Complement::Bare,
                Some("clause") => Complement::Clause,
                Some("object") => Complement::Object,
                _ => Complement::That,
            };
            (cols[0], CueEntry { class, complement })
        })
        .collect()
});

/// The speaker mention a cue attaches to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mention {
    pub span: Span,
    /// Token range (inclusive) in the sentence.
    pub first: usize,
    pub last: usize,
    pub pronoun: bool,
    /// After the cue ("said Rubio").
    pub inverted: bool,
    /// For a relative pronoun ("Barkley, who said"), the noun phrase it
    /// stands for.
    pub refers: Option<Span>,
}

/// One cue with its speaker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Attr {
    /// The cue words, with a perfect auxiliary ("has said").
    pub cue: Span,
    pub cue_first: usize,
    pub cue_last: usize,
    pub class: CueClass,
    pub complement: Complement,
    pub speaker: Option<Mention>,
    /// The cue continues a coordinated verb phrase without its own subject;
    /// the speaker is the previous cue's.
    pub coordinated: bool,
    /// A passive cue ("was asked whether ..."): reported speech whose
    /// speaker the sentence does not name.
    pub passive: bool,
}

/// Reported content found for an attribution.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Indirect {
    pub content: Span,
    /// Index into the sentence's attributions.
    pub attr: usize,
}

const PRONOUNS: &[&str] = &["he", "i", "it", "she", "they", "we"];

/// Indefinite pronouns: no one in particular, never a speaker ("Harris
/// added: Everybody thought ..." when the quote marks are lost).
const INDEFINITE: &[&str] = &[
    "anybody",
    "anyone",
    "anything",
    "everybody",
    "everyone",
    "everything",
    "nobody",
    "nothing",
    "somebody",
    "someone",
    "something",
];

const DETERMINERS: &[&str] = &[
    "a", "an", "another", "both", "each", "her", "his", "its", "many", "most", "one", "other",
    "our", "several", "some", "the", "their", "these", "this", "those", "two", "three", "four",
    "five", "various", "whose", "my", "your",
];

/// Words that never belong to a speaker noun phrase.
const STOP: &[&str] = &[
    "about",
    "after",
    "against",
    "also",
    "although",
    "am",
    "and",
    "are",
    "as",
    "at",
    "be",
    "because",
    "been",
    "before",
    "being",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "during",
    "for",
    "from",
    "had",
    "has",
    "have",
    "how",
    "if",
    "in",
    "into",
    "is",
    "it's",
    "just",
    "may",
    "might",
    "must",
    "not",
    "now",
    "of",
    "on",
    "once",
    "or",
    "over",
    "should",
    "since",
    "so",
    "than",
    "that",
    "then",
    "there",
    "to",
    "under",
    "until",
    "was",
    "were",
    "what",
    "when",
    "where",
    "whether",
    "which",
    "while",
    "who",
    "whom",
    "why",
    "will",
    "with",
    "would",
    "yet",
    "also",
    "even",
    "still",
    "only",
    "all",
    "no",
    "not",
    "ever",
    "never",
    "here",
    "out",
    "up",
    "off",
    "too",
    "very",
    "much",
    "more",
    "less",
    "last",
    "next",
    "week",
    "year",
    "month",
    "day",
    "today",
    "yesterday",
    "tonight",
    "morning",
    "evening",
    "afternoon",
    "night",
    "ago",
    "later",
    "earlier",
    "statement",
    "interview",
    "post",
    "letter",
    "speech",
    "email",
    "tweet",
    "way",
];

/// Capitalized words that open clauses, never names.
const CAP_STOP: &[&str] = &[
    "after",
    "also",
    "although",
    "and",
    "as",
    "asked",
    "at",
    "because",
    "before",
    "but",
    "by",
    "despite",
    "during",
    "for",
    "from",
    "however",
    "if",
    "in",
    "last",
    "meanwhile",
    "now",
    "on",
    "since",
    "so",
    "speaking",
    "still",
    "that",
    "then",
    "this",
    "those",
    "these",
    "though",
    "under",
    "when",
    "while",
    "with",
    "yet",
    "over",
    "there",
    "here",
    "instead",
    "it",
    "its",
    "not",
    "what",
    "why",
    "how",
    "where",
    "who",
];

const PREPOSITIONS: &[&str] = &[
    "about", "after", "against", "at", "before", "by", "during", "for", "from", "in", "into", "of",
    "on", "over", "than", "through", "to", "toward", "towards", "under", "with", "without", "like",
    "among", "between",
];

const CONNECTORS: &[&str] = &[
    "al", "and", "bin", "da", "de", "del", "der", "du", "for", "la", "of", "on", "the", "van",
    "von",
];

/// Auxiliaries and adverbs between a subject and its verb.
const SKIP: &[&str] = &[
    "didn't",
    "didn’t",
    "doesn't",
    "doesn’t",
    "don't",
    "don’t",
    "hasn't",
    "hasn’t",
    "haven't",
    "haven’t",
    "long",
    "twice",
    "again",
    "already",
    "also",
    "are",
    "be",
    "been",
    "could",
    "did",
    "does",
    "earlier",
    "even",
    "first",
    "further",
    "had",
    "has",
    "have",
    "initially",
    "is",
    "just",
    "later",
    "may",
    "might",
    "must",
    "never",
    "not",
    "now",
    "often",
    "once",
    "only",
    "previously",
    "recently",
    "should",
    "since",
    "still",
    "then",
    "ultimately",
    "was",
    "were",
    "will",
    "would",
    "has",
    "once",
    "had",
];

/// Time words besides weekday and month names (see [`is_time_word`]).
const TIME_WORDS: &[&str] = &[
    "today",
    "yesterday",
    "tonight",
    "last",
    "this",
    "earlier",
    "later",
    "thursday's",
];

/// Words that do not open an object ("reported from Washington", "reported
/// by MSNBC"), including the particles of phrasal verbs ("showed off the
/// new machine", "called up", "wrote down").
const NOT_OBJECT: &[&str] = &[
    "around",
    "away",
    "down",
    "off",
    "out",
    "up",
    "after",
    "as",
    "at",
    "before",
    "by",
    "during",
    "earlier",
    "from",
    "in",
    "last",
    "on",
    "since",
    "this",
    "today",
    "until",
    "with",
    "yesterday",
    "here",
    "there",
    "again",
    "back",
];

/// Words after a cue that show it is not followed by a bare clause.
const NOT_CLAUSE: &[&str] = &[
    "about",
    "after",
    "at",
    "before",
    "during",
    "for",
    "in",
    "of",
    "on",
    "to",
    "with",
    "from",
    "by",
    "as",
    "last",
    "this",
    "earlier",
    "later",
    "yesterday",
    "today",
    "so",
    "and",
    "but",
    "or",
    "instead",
    "otherwise",
    "publicly",
    "privately",
    "repeatedly",
    "recently",
    "previously",
    "sunday",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "yes",
    "no",
    "not",
    "also",
    "again",
    "then",
    "afterward",
    "afterwards",
    "through",
    "via",
    "over",
];

fn lower(s: &str) -> String {
    s.to_lowercase()
}

/// A weekday, a month, or another time word ("today", "earlier").
fn is_time_word(lower: &str) -> bool {
    lexicon::is_weekday(lower) || lexicon::is_month(lower) || TIME_WORDS.contains(&lower)
}

fn in_list(list: &[&str], w: &str) -> bool {
    list.contains(&lower(w).as_str())
}

fn is_cap(w: &str) -> bool {
    w.starts_with(|c: char| c.is_uppercase())
}

fn is_weekday(w: &str) -> bool {
    matches!(
        w,
        "Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | "Sunday"
    )
}

/// Skip time adverbials and "in a statement"-like phrases after a cue
/// ("said on Friday he met", "said in an interview the plan"); returns the
/// next token index.
fn skip_adverbials(text: &str, toks: &[Tok], mut k: usize) -> usize {
    const MEDIA: &[&str] = &[
        "statement",
        "interview",
        "post",
        "tweet",
        "letter",
        "speech",
        "email",
        "release",
        "conference",
        "call",
        "broadcast",
        "appearance",
        "op-ed",
        "video",
        "message",
    ];
    loop {
        let Some(t) = toks.get(k).filter(|t| t.word && !t.quoted) else {
            return k;
        };
        let w = t.text(text);
        let next = toks.get(k + 1).filter(|t| t.word).map(|t| t.text(text));
        if is_weekday(w)
            || matches!(
                w,
                "night" | "morning" | "evening" | "afternoon" | "today" | "yesterday"
            )
        {
            k += 1;
        } else if matches!(w, "on" | "last" | "this" | "early" | "late" | "earlier")
            && next.is_some_and(|n| {
                is_weekday(n)
                    || matches!(
                        n,
                        "week" | "month" | "year" | "night" | "morning" | "evening" | "afternoon"
                    )
            })
        {
            k += 2;
        } else if w == "in" || w == "during" || w == "on" {
            // "in a recent post on X", "in an interview with CNN"
            let end = (k + 1..toks.len().min(k + 6))
                .find(|&j| toks[j].word && MEDIA.contains(&toks[j].text(text)));
            match end {
                Some(j) => {
                    k = j + 1;
                    // "... on X", "... with CNN": one more short phrase.
                    if toks
                        .get(k)
                        .is_some_and(|t| matches!(t.text(text), "on" | "with" | "to"))
                        && toks
                            .get(k + 1)
                            .is_some_and(|t| t.word && is_cap(t.text(text)))
                    {
                        k += 2;
                        while toks.get(k).is_some_and(|t| t.word && is_cap(t.text(text))) {
                            k += 1;
                        }
                    }
                }
                None => return k,
            }
        } else {
            return k;
        }
    }
}

/// A capitalized name run ending at token `end` and opening its clause
/// (after a dash, a comma, a quote mark or the sentence start): "Pollsters
/// agree - Carl Bialik:".
pub fn name_before(text: &str, toks: &[Tok], end: usize) -> Option<Mention> {
    let Left::Found(m) = np_left(text, toks, end) else {
        return None;
    };
    let opens = m.first == 0 || !toks[m.first - 1].word;
    (opens && !m.pronoun && is_cap(toks[m.first].text(text)) && !is_cap_stop(text, toks[m.first]))
        .then_some(m)
}

fn is_cap_stop(text: &str, t: Tok) -> bool {
    CAP_STOP.contains(&lower(t.text(text)).as_str())
}

/// The subject of the sentence's main clause, for a participle or a
/// coordinated verb without its own ("Clinton attacked Trump, saying ...").
pub fn main_subject(text: &str, toks: &[Tok], before: usize) -> Option<Mention> {
    let mut start = toks.iter().position(|t| t.word && !t.quoted)?;
    // A dateline ("WASHINGTON —") is no subject.
    let w = toks[start].text(text);
    if w.len() > 1
        && w.chars().all(|c| !c.is_lowercase())
        && toks
            .get(start + 1)
            .is_some_and(|t| matches!(t.punct(text), Some('—' | '–' | '-' | '―' | '(')))
    {
        start = (start + 1..toks.len()).find(|&k| toks[k].word && !toks[k].quoted)?;
    }
    let w = toks[start].text(text);
    let subject_at = |k: usize| {
        np_right(text, toks, k)
            .filter(|m| m.last < before)
            .map(|m| Mention {
                inverted: false,
                ..m
            })
    };
    if is_cap(w) && !CAP_STOP.contains(&lower(w).as_str()) {
        return if start < before {
            subject_at(start)
        } else {
            None
        };
    }
    // "After the meeting, Zelensky said ...", "On July 6, 2015, Sanders
    // made the following comment:": the clause after an opening phrase.
    (start..before.min(start + 20))
        .filter(|&k| toks[k].punct(text) == Some(',') && !toks[k].quoted)
        .find_map(|k| (k + 1 < before).then(|| subject_at(k + 1)).flatten())
}

fn is_adverb(w: &str) -> bool {
    !is_cap(w) && w.len() > 4 && w.ends_with("ly")
}

/// A cue starting at token `i`: its entry and last token.
fn cue_at(text: &str, toks: &[Tok], i: usize) -> Option<(CueEntry, usize)> {
    let t = toks[i];
    if !t.word || t.quoted {
        return None;
    }
    let w = t.text(text);
    if w == "according" || w == "According" {
        let next = toks.get(i + 1).filter(|n| n.word && !n.quoted)?;
        return (next.text(text) == "to").then_some((
            CueEntry {
                class: CueClass::According,
                complement: Complement::That,
            },
            i + 1,
        ));
    }
    // "the best supporting actor", "a calling card": a participle after a
    // determiner or a superlative modifies a noun; it is no verb.
    if w.ends_with("ing")
        && i > 0
        && is_word(toks, i - 1)
        && toks[i - 1].text(text).chars().all(|c| c.is_lowercase())
        && {
            let prev = toks[i - 1].text(text);
            DETERMINERS.contains(&prev) || matches!(prev, "best" | "worst" | "most" | "least")
        }
    {
        return None;
    }
    // "Reality TV shows are booming", "the claims were false": a cue word
    // followed by a verb is a noun, the subject of that verb.
    if toks
        .get(i + 1)
        .is_some_and(|n| n.word && !n.quoted && AUXILIARIES.contains(&n.text(text)))
    {
        return None;
    }
    // Speech verbs are lower case mid-sentence ("State" in "Secretary of
    // State" is no cue), except a sentence-initial "Asked whether ..." and
    // a Title Case headline's "Trump Says He Will Go".
    if is_cap(w) {
        let lw = lower(w);
        let first = toks[..i].iter().all(|t| !t.word);
        let headline = HEADLINE_CUES.contains(&lw.as_str())
            && i > 0
            && is_word(toks, i - 1)
            && is_cap(toks[i - 1].text(text))
            && toks
                .get(i + 1)
                .is_some_and(|n| (n.word && is_cap(n.text(text))) || is_mark(text, *n));
        if (first && lw == "asked") || headline {
            return CUES.get(lw.as_str()).map(|e| (*e, i));
        }
        return None;
    }
    CUES.get(w).map(|e| (*e, i))
}

/// Cue verbs as they appear capitalized in Title Case headlines.
const HEADLINE_CUES: &[&str] = &[
    "accuses",
    "admits",
    "announces",
    "blasts",
    "calls",
    "claims",
    "defends",
    "denies",
    "endorses",
    "insists",
    "praises",
    "reveals",
    "said",
    "says",
    "slams",
    "tells",
    "urges",
    "vows",
    "warns",
];

/// Is the word at `i` a cue of any class (used to stop noun phrases)?
fn is_cue_word(text: &str, toks: &[Tok], i: usize) -> bool {
    let w = toks[i].text(text);
    !is_cap(w) && CUES.contains_key(w)
}

fn is_word(toks: &[Tok], i: usize) -> bool {
    toks.get(i).is_some_and(|t| t.word && !t.quoted)
}

fn mention(toks: &[Tok], first: usize, last: usize, pronoun: bool, inverted: bool) -> Mention {
    Mention {
        span: toks[first].span.cover(toks[last].span),
        first,
        last,
        pronoun,
        inverted,
        refers: None,
    }
}

/// Why no subject was found to the left of a cue.
enum Left {
    Found(Mention),
    /// A boundary (start, punctuation, quote mark): try the inverted order.
    Boundary,
    /// Words that are not a subject (an object, a prepositional phrase).
    NotSubject,
    /// A passive cue: its grammatical subject is not the speaker.
    Passive,
}

/// The noun phrase ending at token `end` (a subject before its verb).
fn np_left(text: &str, toks: &[Tok], end: usize) -> Left {
    let mut e = end;
    if toks[e].punct(text) == Some(')') && !toks[e].quoted {
        // "Rep. Don Bacon (R-Neb.) wrote": skip the parenthetical.
        let lo = e.saturating_sub(8);
        match (lo..e).rev().find(|&k| toks[k].punct(text) == Some('(')) {
            Some(k) if k > 0 => e = k - 1,
            _ => return Left::Boundary,
        }
    }
    if !is_word(toks, e) {
        return Left::Boundary;
    }
    let head = toks[e].text(text);
    let lw = lower(head);
    if PRONOUNS.contains(&lw.as_str()) {
        return Left::Found(mention(toks, e, e, true, false));
    }
    if lw == "who" && e > 0 {
        // "Barkley, who said ...": the mention is "who", standing for the
        // noun phrase before it.
        let k = if toks[e - 1].punct(text) == Some(',') {
            e - 1
        } else {
            e
        };
        if let Some(before) = k.checked_sub(1)
            && let Left::Found(m) = np_left(text, toks, before)
        {
            let mut who = mention(toks, e, e, false, false);
            who.refers = Some(m.refers.unwrap_or(m.span));
            return Left::Found(who);
        }
        return Left::NotSubject;
    }
    // "Then someone asked how ...": speech, but by no one in particular.
    if INDEFINITE.contains(&lw.as_str()) {
        return Left::Passive;
    }
    // Stop words are lower case; "The Washington Post", "Day" are names.
    if (!is_cap(head) && STOP.contains(&lw.as_str()))
        || DETERMINERS.contains(&lw.as_str())
        || is_cue_word(text, toks, e)
        || is_time_word(&lw)
        || (is_cap(head) && CAP_STOP.contains(&lw.as_str()))
        || head.chars().all(|c| c.is_ascii_digit())
    {
        return Left::NotSubject;
    }
    // "Trump’s tweet": a possessive before the cue makes the cue a noun.
    if head.ends_with("’s") || head.ends_with("'s") {
        return Left::NotSubject;
    }
    let head_cap = is_cap(head);
    // "had long felt", "heard ... asking": verb forms are no subject heads.
    if !head_cap && (head.ends_with("ed") || head.ends_with("ing")) {
        return Left::NotSubject;
    }
    let mut first = e;
    let mut words = 1;
    while first > 0 && words < 8 {
        let k = first - 1;
        if !is_word(toks, k) {
            break;
        }
        let w = toks[k].text(text);
        let lw = lower(w);
        if head_cap && !is_cap(w) && CONNECTORS.contains(&lw.as_str()) {
            // "Secretary of State Marco Rubio", "Mr. Morgan of the Sierra
            // Club": connectors inside a name run.
            let mut c = k;
            while c > 0
                && is_word(toks, c - 1)
                && CONNECTORS.contains(&lower(toks[c - 1].text(text)).as_str())
                && !is_cap(toks[c - 1].text(text))
            {
                c -= 1;
            }
            if c > 0
                && is_word(toks, c - 1)
                && is_cap(toks[c - 1].text(text))
                && !CAP_STOP.contains(&lower(toks[c - 1].text(text)).as_str())
            {
                words += first - c;
                first = c;
                continue;
            }
        }
        if DETERMINERS.contains(&lw.as_str()) {
            if !head_cap || lw == "the" {
                first = k;
            }
            break;
        }
        if is_cap(w) && CAP_STOP.contains(&lw.as_str()) {
            break;
        }
        if STOP.contains(&lw.as_str()) || is_cue_word(text, toks, k) || is_adverb(w) {
            break;
        }
        if head_cap {
            if is_cap(w) {
                first = k;
            } else {
                break;
            }
        } else if words >= 5 {
            break;
        } else {
            first = k;
        }
        words += 1;
    }
    // "relinquishing territorial claims": a gerund phrase, not a subject.
    if !is_cap(toks[first].text(text)) && toks[first].text(text).ends_with("ing") {
        return Left::NotSubject;
    }
    // "in the same breath warned": a prepositional object is no subject,
    // except in "with the Kremlin claiming".
    let prep = (first > 0 && is_word(toks, first - 1))
        .then(|| lower(toks[first - 1].text(text)))
        .filter(|p| PREPOSITIONS.contains(&p.as_str()));
    let absolute = toks
        .get(end + 1)
        .is_some_and(|t| t.text(text).ends_with("ing"));
    if let Some(p) = prep.filter(|_| !absolute) {
        // "A spokeswoman for Hillary Clinton says", "advisers to Mr. Obama
        // say": a noun before the preposition heads the subject.
        if matches!(
            p.as_str(),
            "for" | "of" | "to" | "at" | "in" | "from" | "with"
        ) && first >= 2
            && let Left::Found(m) = np_left(text, toks, first - 2)
            && !m.pronoun
            && !is_cap(toks[m.last].text(text))
        {
            return Left::Found(mention(toks, m.first, e, false, false));
        }
        return Left::NotSubject;
    }
    Left::Found(mention(toks, first, e, false, false))
}

/// The noun phrase starting at token `start` (after the cue: "said Rubio").
fn np_right(text: &str, toks: &[Tok], start: usize) -> Option<Mention> {
    if !is_word(toks, start) {
        return None;
    }
    let w = toks[start].text(text);
    let lw = lower(w);
    if PRONOUNS.contains(&lw.as_str()) && lw != "it" {
        return Some(mention(toks, start, start, true, true));
    }
    if is_time_word(&lw)
        || (is_cap(w) && CAP_STOP.contains(&lw.as_str()))
        || INDEFINITE.contains(&lw.as_str())
    {
        return None;
    }
    let det = DETERMINERS.contains(&lw.as_str());
    // "said committee chairman Kostas Panagopoulos", "said former leader
    // Neil Kinnock": lower-case role words before the name.
    let name_at = (!det && !is_cap(w))
        .then(|| role_before_name(text, toks, start))
        .flatten();
    if !det && !is_cap(w) && name_at.is_none() {
        return None;
    }
    // "Holding signs ...": a sentence-initial participle, not a name.
    if !det
        && w.ends_with("ing")
        && toks
            .get(start + 1)
            .is_some_and(|t| t.word && !is_cap(t.text(text)))
    {
        return None;
    }
    let mut last = start;
    let mut k = start + 1;
    let mut words = 1;
    while is_word(toks, k) && words < 7 {
        let w = toks[k].text(text);
        let lw = lower(w);
        let connector = CONNECTORS.contains(&lw.as_str())
            && !is_cap(w)
            && is_word(toks, k + 1)
            && is_cap(toks[k + 1].text(text));
        if is_cue_word(text, toks, k) || is_time_word(&lw) {
            break;
        }
        if STOP.contains(&lw.as_str()) && !connector {
            break;
        }
        let role_word = name_at.is_some_and(|n| k < n);
        if !det && !role_word && !is_cap(w) && !connector {
            break;
        }
        last = k;
        k += 1;
        words += 1;
    }
    if det && last == start {
        return None;
    }
    Some(mention(toks, start, last, false, true))
}

/// A determiner-less lower-case noun phrase ending in a plural ("according
/// to officials", "according to U.S. intelligence officials"), up to the
/// next punctuation.
fn plural_np(text: &str, toks: &[Tok], start: usize) -> Option<Mention> {
    let mut k = start;
    while k < start + 4 && is_word(toks, k) {
        let lw = lower(toks[k].text(text));
        if STOP.contains(&lw.as_str()) || is_time_word(&lw) || is_cue_word(text, toks, k) {
            break;
        }
        k += 1;
    }
    let last = k.checked_sub(1).filter(|&l| l >= start)?;
    let head = toks[last].text(text);
    (!is_cap(head) && head.len() > 3 && head.ends_with('s') && !head.ends_with("ss"))
        .then(|| mention(toks, start, last, false, true))
}

/// The index of the name after one to three lower-case role words starting
/// at `start` ("committee chairman Kostas ..."), if there is one.
fn role_before_name(text: &str, toks: &[Tok], start: usize) -> Option<usize> {
    let mut k = start;
    while k < start + 3 && is_word(toks, k) {
        let w = toks[k].text(text);
        let lw = lower(w);
        if is_cap(w) {
            break;
        }
        if STOP.contains(&lw.as_str())
            || DETERMINERS.contains(&lw.as_str())
            || PRONOUNS.contains(&lw.as_str())
            || is_cue_word(text, toks, k)
            || is_time_word(&lw)
            || is_adverb(w)
            || !w.chars().all(|c| c.is_alphabetic() || c == '-')
        {
            return None;
        }
        k += 1;
    }
    let name = toks.get(k).filter(|t| t.word && !t.quoted)?.text(text);
    (k > start && is_cap(name) && !CAP_STOP.contains(&lower(name).as_str())).then_some(k)
}

/// Find the subject of the cue at `cue_first`: returns the mention, whether
/// the left side was a boundary, and the first token of the cue with its
/// auxiliaries.
fn subject(text: &str, toks: &[Tok], cue_first: usize) -> (Left, usize) {
    let mut j = cue_first;
    let mut aux_first = cue_first;
    let mut skipped = 0;
    let mut be = false;
    while j > 0 && skipped < 3 {
        let k = j - 1;
        if !is_word(toks, k) {
            break;
        }
        let w = toks[k].text(text);
        // "Clinton on Tuesday said": a time adverbial between subject and verb.
        let next_is_weekday = toks.get(k + 1).is_some_and(|n| is_weekday(n.text(text)));
        let timeish = is_weekday(w)
            || (matches!(w, "on" | "last" | "this" | "early" | "late") && next_is_weekday)
            || (matches!(w, "night" | "morning" | "evening" | "afternoon")
                && k > 0
                && is_weekday(toks[k - 1].text(text)));
        if !timeish && (is_cap(w) || !(SKIP.contains(&w) || is_adverb(w))) {
            break;
        }
        if matches!(w, "has" | "have" | "had") && aux_first == j {
            aux_first = k;
        }
        be |= matches!(w, "is" | "are" | "was" | "were" | "be" | "been" | "being");
        j = k;
        skipped += 1;
    }
    // "were denied visas", "was asked whether": a passive cue's subject is
    // not the one speaking.
    let cue = toks[cue_first].text(text);
    if be
        && (cue.ends_with("ed") || matches!(cue, "told" | "written" | "shown" | "found" | "known"))
    {
        return (Left::Passive, aux_first);
    }
    if j == 0 {
        return (Left::Boundary, aux_first);
    }
    let k = j - 1;
    if toks[k].punct(text) == Some(',') && !toks[k].quoted {
        // Appositives: "Stanovaya, a senior fellow at ..., wrote", "Scott
        // Pruitt, the attorney general of Oklahoma, one of the states ...,
        // said": the subject is before one of the earlier commas.
        let lo = k.saturating_sub(40);
        let mut p = k;
        while p > lo {
            p -= 1;
            let t = toks[p];
            // An abbreviation's period before a comma ("Mitch McConnell,
            // R-Ky., said") ends no sentence.
            let abbreviation = t.punct(text) == Some('.')
                && toks.get(p + 1).is_some_and(|n| n.punct(text) == Some(','))
                && p > 0
                && toks[p - 1].word
                && toks[p - 1].span.end() == t.span.start();
            if t.quoted
                || (!abbreviation
                    && matches!(
                        t.punct(text),
                        Some('.' | ';' | ':' | '“' | '”' | '"' | '!' | '?')
                    ))
            {
                break;
            }
            if t.punct(text) == Some(',')
                && p > 0
                && p + 1 < k
                && is_word(toks, p + 1)
                && let Left::Found(m) = np_left(text, toks, p - 1)
            {
                return (Left::Found(m), aux_first);
            }
        }
        return (Left::Boundary, aux_first);
    }
    (np_left(text, toks, k), aux_first)
}

/// Is there a coordinating "and"/"but" shortly before token `i`?
fn coordinated(text: &str, toks: &[Tok], i: usize) -> bool {
    let lo = i.saturating_sub(8);
    (lo..i)
        .rev()
        .take_while(|&k| toks[k].word || toks[k].punct(text) == Some(','))
        .any(|k| matches!(toks[k].text(text), "and" | "but"))
}

/// All attributions in one sentence's tokens, in order.
pub fn attributions(text: &str, toks: &[Tok]) -> Vec<Attr> {
    let mut out: Vec<Attr> = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let Some((entry, last)) = cue_at(text, toks, i) else {
            i += 1;
            continue;
        };
        let mut attr = Attr {
            cue: toks[i].span.cover(toks[last].span),
            cue_first: i,
            cue_last: last,
            class: entry.class,
            complement: entry.complement,
            speaker: None,
            coordinated: false,
            passive: false,
        };
        if entry.class == CueClass::According {
            attr.speaker =
                np_right(text, toks, last + 1).or_else(|| plural_np(text, toks, last + 1));
        } else {
            let (left, aux_first) = subject(text, toks, i);
            attr.cue = toks[aux_first].span.cover(toks[last].span);
            attr.cue_first = aux_first;
            let w = toks[i].text(text);
            let prev = aux_first.checked_sub(1).map(|k| toks[k]);
            let prev_punct = prev
                .and_then(|t| t.punct(text))
                .filter(|_| prev.is_some_and(|t| !t.quoted));
            let prev_word = prev
                .filter(|t| t.word && !t.quoted)
                .map(|t| lower(t.text(text)));
            let participle = w.ends_with("ing");
            // "Asked whether he would run, Trump said ...": the question is
            // reported, the asker unnamed.
            let asked_first = w == "Asked";
            let subordinate = prev_word.as_deref().is_some_and(|p| {
                matches!(
                    p,
                    "when"
                        | "if"
                        | "after"
                        | "before"
                        | "while"
                        | "without"
                        | "by"
                        | "as"
                        | "since"
                        | "upon"
                        | "despite"
                )
            }) && (participle || w == "asked");
            if asked_first {
                attr.passive = true;
            } else if participle && matches!(prev_punct, Some(',' | '—' | '–' | '-')) {
                // "Clinton attacked Trump, saying he would ...": the main
                // clause's subject (or the previous cue's) says it.
                attr.coordinated = true;
                attr.speaker = match out.last() {
                    Some(p) => p.speaker,
                    None => main_subject(text, toks, aux_first),
                };
            } else if subordinate {
                // "When asked whether ...", "while saying that ...": the
                // previous cue's speaker, else (for a participle, "Ryan,
                // despite admitting that ...") the main clause's subject.
                attr.coordinated = true;
                attr.speaker = match out.last() {
                    Some(p) => p.speaker,
                    None if participle => main_subject(text, toks, aux_first),
                    None => None,
                };
            } else {
                match left {
                    Left::Found(m) => attr.speaker = Some(m),
                    Left::Boundary if entry.class == CueClass::Speech => {
                        attr.speaker = np_right(text, toks, last + 1);
                    }
                    Left::Passive => attr.passive = entry.class == CueClass::Speech,
                    _ => {}
                }
                if attr.speaker.is_none() && !attr.passive && entry.class != CueClass::Frame {
                    attr.coordinated = coordinated(text, toks, aux_first);
                    if attr.coordinated && out.is_empty() {
                        attr.speaker = main_subject(text, toks, aux_first);
                    }
                }
            }
        }
        if attr.speaker.is_some() || attr.coordinated || attr.passive {
            out.push(attr);
        }
        i = last + 1;
    }
    out
}

fn is_mark(text: &str, t: Tok) -> bool {
    matches!(t.punct(text), Some('“' | '”' | '"' | '«' | '»' | '„'))
}

/// Share of the words in `toks[a..b]` that are quoted.
fn quoted_share(toks: &[Tok], a: usize, b: usize) -> f64 {
    let words: Vec<&Tok> = toks[a..b].iter().filter(|t| t.word).collect();
    if words.is_empty() {
        return 1.0;
    }
    words.iter().filter(|t| t.quoted).count() as f64 / words.len() as f64
}

/// Trim punctuation (but not closing quote marks) from both ends of
/// `toks[a..b]` and make a content span; `None` when under two words or
/// when it is really a direct quotation.
fn content(text: &str, toks: &[Tok], mut a: usize, mut b: usize) -> Option<Span> {
    while a < b && !toks[a].word && !is_mark(text, toks[a]) {
        a += 1;
    }
    while b > a
        && !toks[b - 1].word
        && !matches!(toks[b - 1].punct(text), Some('”' | '"' | '»' | ')'))
    {
        b -= 1;
    }
    if toks[a..b].iter().filter(|t| t.word).count() < 2 || quoted_share(toks, a, b) >= 0.8 {
        return None;
    }
    // A content that opens on a quote mark and closes on one is a quotation.
    if is_mark(text, toks[a]) && is_mark(text, toks[b - 1]) && quoted_share(toks, a, b) >= 0.5 {
        return None;
    }
    Some(toks[a].span.cover(toks[b - 1].span))
}

/// The comma that ends the content before a final attribution starting at
/// token `lead`: "..., said X" or "...,” said X" (the content then keeps its
/// closing mark). Returns the end (exclusive) of the content.
fn comma_before(text: &str, toks: &[Tok], lead: usize) -> Option<usize> {
    let k = lead.checked_sub(1)?;
    let t = toks[k];
    if t.quoted {
        return None;
    }
    match t.punct(text) {
        Some(',') => Some(k),
        Some('”' | '"' | '’' | '»') if k > 0 && toks[k - 1].punct(text) == Some(',') => {
            Some(k + 1)
        }
        _ => None,
    }
}

/// Where forward content starting at `a` ends: the sentence end, a
/// semicolon, ", but", or the comma before another attribution.
fn clause_end(text: &str, toks: &[Tok], a: usize, starts: &[bool], object: bool) -> usize {
    let mut k = a;
    // Reported content is a clause, not a page: bounding the scan keeps a
    // sentence without stops (a huge unpunctuated paragraph) linear.
    let limit = toks.len().min(a + MAX_CONTENT);
    while k < limit {
        let t = toks[k];
        if !t.quoted {
            match t.punct(text) {
                // An aside in dashes is the writer's, not the source's.
                Some(';' | '—' | '–') if k > a => return k,
                Some(',') => {
                    let next = toks.get(k + 1).map(|n| n.text(text));
                    if matches!(
                        next,
                        Some(
                            "but"
                                | "while"
                                | "although"
                                | "though"
                                | "whereas"
                                | "however"
                                | "which"
                                | "yet"
                        )
                    ) {
                        return k;
                    }
                    // ", arguing that ...", ", contradicting ...": a
                    // participle clause is no longer the reported content.
                    if is_word(toks, k + 1)
                        && next.is_some_and(|w| {
                            !is_cap(w)
                                && (w.ends_with("ing")
                                    && w.len() > 5
                                    && !PREPOSITION_ING.contains(&w)
                                    || is_cue_word(text, toks, k + 1))
                        })
                    {
                        return k;
                    }
                    if starts.get(k + 1).copied().unwrap_or(false) {
                        return k;
                    }
                }
                _ => {}
            }
            // "he would order a review and warned against ...", "criticized
            // Rubio and defended Cruz": a second predicate of the reporter.
            if t.word
                && matches!(t.text(text), "and" | "but")
                && (starts.get(k + 1).copied().unwrap_or(false)
                    || starts.get(k + 2).copied().unwrap_or(false)
                    || (object
                        && toks
                            .get(k + 1)
                            .is_some_and(|n| n.word && !n.quoted && is_past_verb(n.text(text)))))
            {
                return k;
            }
        }
        k += 1;
    }
    limit
}

/// Does a clause start at token `a` (a bare complement: "added the plan is
/// dead")? It needs a finite verb (or an infinitive: "expects them to
/// win") before the clause ends: "Joe Cole added a second with a 20-yard
/// shot" and "He wrote Ring of Fire with June Carter" take an object, not a
/// clause. Commas do not end it ("say the program, run by ..., has").
fn clause_like(text: &str, toks: &[Tok], a: usize) -> bool {
    let first = toks[a].text(text);
    if PRONOUNS.contains(&lower(first).as_str()) && first != "it" || first == "I" {
        return true;
    }
    for k in a..toks.len().min(a + 25) {
        let t = toks[k];
        if !t.word {
            if t.quoted || is_mark(text, t) || matches!(t.punct(text), Some(',' | '\'' | '‘' | '’'))
            {
                continue;
            }
            return false;
        }
        let w = t.text(text);
        // A Title Case headline's verb ("Obama Says Museum Will Tell").
        if is_finite_verb(w) || (is_cap(w) && AUXILIARIES.contains(&lower(w).as_str())) {
            return true;
        }
        if is_cap(w) || t.quoted {
            continue;
        }
        let next = toks.get(k + 1).filter(|n| n.word && !n.quoted);
        if w == "to"
            && next.is_some_and(|n| {
                let nw = n.text(text);
                !is_cap(nw) && !DETERMINERS.contains(&nw) && !nw.chars().any(|c| c.is_ascii_digit())
            })
        {
            return true;
        }
        // "Trump wants", "the plan needs": an -s verb after its subject, not
        // a plural after a determiner or number ("two goals").
        let prev = toks[k.saturating_sub(1)].text(text);
        if k > a
            && w.len() > 3
            && w.ends_with('s')
            && !w.ends_with("ss")
            && !w.ends_with("us")
            && toks[k - 1].word
            && !DETERMINERS.contains(&lower(prev).as_str())
            && !prev.chars().all(|c| c.is_ascii_digit())
            && !prev.ends_with("’s")
            && !prev.ends_with("'s")
        {
            return true;
        }
    }
    false
}

/// Auxiliaries and modals, which a Title Case headline capitalizes.
const AUXILIARIES: &[&str] = &[
    "are", "can", "could", "did", "does", "has", "have", "is", "must", "should", "was", "were",
    "will", "would",
];

/// A lower-case finite verb form: an auxiliary, a modal, a regular past
/// ("defended") or a common irregular one ("went").
fn is_finite_verb(w: &str) -> bool {
    const FINITE: &[&str] = &[
        "am", "are", "became", "began", "brought", "came", "can", "could", "did", "does", "felt",
        "fell", "found", "gave", "got", "grew", "had", "has", "have", "held", "is", "kept", "knew",
        "left", "lost", "made", "may", "meant", "met", "might", "must", "paid", "ran", "rose",
        "said", "saw", "sent", "shall", "should", "sold", "spoke", "stood", "thought", "told",
        "took", "was", "went", "were", "will", "won", "would", "wrote",
    ];
    FINITE.contains(&w)
        || (w.len() > 4 && w.ends_with("ed"))
        || w.ends_with("n't")
        || w.ends_with("n’t")
        || PRONOUN_CONTRACTIONS.contains(&w)
        || w.ends_with("'re")
        || w.ends_with("’re")
        || w.ends_with("'ll")
        || w.ends_with("’ll")
        || w.ends_with("'d")
        || w.ends_with("’d")
}

/// "it’s", "he’s", "that’s": a pronoun and "is", not a possessive.
const PRONOUN_CONTRACTIONS: &[&str] = &[
    "he's",
    "he’s",
    "it's",
    "it’s",
    "she's",
    "she’s",
    "that's",
    "that’s",
    "there's",
    "there’s",
    "what's",
    "what’s",
];

/// A lower-case past-tense verb form ("defended", "went"): after "and" it
/// starts a new predicate rather than continuing an object.
fn is_past_verb(w: &str) -> bool {
    const IRREGULAR: &[&str] = &[
        "began", "brought", "came", "gave", "got", "held", "kept", "left", "lost", "made", "met",
        "put", "ran", "said", "sent", "spoke", "took", "told", "went", "won", "wrote",
    ];
    !is_cap(w) && (w.len() > 4 && w.ends_with("ed") || IRREGULAR.contains(&w))
}

/// "-ing" words that work as prepositions ("..., including a ban on ..."):
/// no participle clause starts with them.
const PREPOSITION_ING: &[&str] = &[
    "according",
    "concerning",
    "considering",
    "excluding",
    "following",
    "including",
    "regarding",
];

/// The longest reported content, in tokens.
const MAX_CONTENT: usize = 150;

/// Token positions where an attribution begins (its cue, or a subject that
/// precedes its cue): reported content before them ends.
fn attribution_starts(toks: &[Tok], attrs: &[Attr]) -> Vec<bool> {
    let mut starts = vec![false; toks.len() + 2];
    for at in attrs {
        starts[at.cue_first] = true;
        if let Some(m) = at
            .speaker
            .filter(|m| !m.inverted && m.first <= at.cue_first)
        {
            starts[m.first] = true;
        }
    }
    starts
}

/// Reported-speech contents of one sentence.
pub fn indirect(text: &str, toks: &[Tok], attrs: &[Attr]) -> Vec<Indirect> {
    let mut out = Vec::new();
    let starts = attribution_starts(toks, attrs);
    for (ai, at) in attrs.iter().enumerate() {
        // "According to X, ..." / "..., according to X."
        if at.class == CueClass::According {
            let Some(sp) = at.speaker else { continue };
            if at.cue_first == 0 || (at.cue_first == 1 && !toks[0].word) {
                if toks.get(sp.last + 1).and_then(|t| t.punct(text)) == Some(',') {
                    let end = clause_end(text, toks, sp.last + 2, &starts, false);
                    if let Some(c) = content(text, toks, sp.last + 2, end) {
                        out.push(Indirect {
                            content: c,
                            attr: ai,
                        });
                    }
                }
            } else if let Some(k) = comma_before(text, toks, at.cue_first)
                && let Some(c) = content(text, toks, k.saturating_sub(MAX_CONTENT), k)
            {
                out.push(Indirect {
                    content: c,
                    attr: ai,
                });
            } else if at.cue_first > 2
                && is_word(toks, at.cue_first - 1)
                && let Some(c) = content(
                    text,
                    toks,
                    at.cue_first.saturating_sub(MAX_CONTENT),
                    at.cue_first,
                )
            {
                // "Clinton leads by 271 delegates according to a count".
                out.push(Indirect {
                    content: c,
                    attr: ai,
                });
            }
            continue;
        }
        let after = match at.speaker {
            Some(m) if m.inverted => m.last + 1,
            _ => at.cue_last + 1,
        };
        // Forward: "said (last week) that ...", "warned Ukraine that ...".
        let mut start = None;
        for k in after..toks.len().min(after + 14) {
            let t = toks[k];
            // A quote right after the cue is a direct quotation; a short
            // one further on (a show's title) is passed over.
            if (t.quoted || is_mark(text, t)) && k <= after + 1 {
                break;
            }
            if t.quoted || is_mark(text, t) {
                continue;
            }
            // A finite verb on the way ("claims to Crimea, are red lines
            // that"): the "that" belongs to another clause.
            if t.word
                && matches!(
                    t.text(text),
                    "is" | "are"
                        | "was"
                        | "were"
                        | "has"
                        | "have"
                        | "had"
                        | "will"
                        | "would"
                        | "can"
                        | "could"
                        | "should"
                        | "may"
                        | "might"
                        | "must"
                        | "do"
                        | "does"
                        | "did"
                )
            {
                break;
            }
            if t.word && t.text(text) == "that" {
                start = Some(k + 1);
                break;
            }
            if matches!(t.punct(text), Some('.' | ';' | ':' | '!' | '?' | '(')) {
                break;
            }
            if t.word && k > after && is_cue_word(text, toks, k) {
                break;
            }
        }
        let inverted = at.speaker.is_some_and(|m| m.inverted);
        let mut object = false;
        let after = if start.is_none() {
            skip_adverbials(text, toks, after)
        } else {
            after
        };
        if start.is_none() && !inverted && after < toks.len() {
            let w = toks[after].text(text);
            match at.complement {
                Complement::Bare | Complement::Clause
                    if is_word(toks, after)
                        && !in_list(NOT_CLAUSE, w)
                        && !is_adverb(w)
                        && (at.complement == Complement::Bare
                            || clause_like(text, toks, after)) =>
                {
                    start = Some(after);
                }
                Complement::Object
                    if (toks[after].word
                        && !in_list(NOT_OBJECT, w)
                        && !lexicon::is_weekday(&lower(w)))
                        || is_mark(text, toks[after]) =>
                {
                    start = Some(after);
                    object = true;
                }
                _ => {}
            }
        }
        if at.class == CueClass::Frame
            && start.is_some()
            && !object
            && at.complement != Complement::Object
        {
            start = None;
        }
        if let Some(a) = start {
            let mut end = clause_end(text, toks, a, &starts, object);
            if object || at.speaker.is_some_and(|m| m.refers.is_some()) {
                // An object, or a relative clause ("Barkley, who said he
                // votes, left"), ends at the first comma or dash.
                if let Some(c) = (a..end).find(|&k| {
                    !toks[k].quoted
                        && matches!(toks[k].punct(text), Some(',' | '—' | '–' | '(' | ':'))
                }) {
                    end = c;
                }
            }
            if let Some(c) = content(text, toks, a, end) {
                out.push(Indirect {
                    content: c,
                    attr: ai,
                });
                continue;
            }
        }
        // Backward: "..., sources said." / "..., said Rubio."
        if at.class != CueClass::Speech {
            continue;
        }
        let Some(sp) = at.speaker else { continue };
        // "..., Malaysia's Prime Minister, Najib Razak, said": a speaker in
        // apposition ends no content; "..., sources said" does.
        if !sp.inverted && toks.get(sp.last + 1).and_then(|t| t.punct(text)) == Some(',') {
            continue;
        }
        let lead = if sp.inverted { at.cue_first } else { sp.first };
        let Some(k) = comma_before(text, toks, lead).filter(|&k| k >= 2) else {
            continue;
        };
        let tail_from = sp.last.max(at.cue_last) + 1;
        let tail = &toks[tail_from.min(toks.len())..toks.len().min(tail_from + 13)];
        let tail = &tail[..tail
            .iter()
            .position(|t| !t.quoted && t.punct(text) == Some(','))
            .unwrap_or(tail.len())];
        if tail.len() > 12 || tail.iter().any(|t| t.word && t.text(text) == "that") {
            continue;
        }
        if let Some(c) = content(text, toks, k.saturating_sub(MAX_CONTENT), k) {
            out.push(Indirect {
                content: c,
                attr: ai,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn analyze(text: &str) -> (Vec<(String, Option<String>)>, Vec<String>) {
        let toks = tokenize(text, Span::new(text, 0, text.len()), &[]);
        let attrs = attributions(text, &toks);
        let a = attrs
            .iter()
            .map(|a| {
                (
                    text[a.cue].to_string(),
                    a.speaker.map(|m| text[m.span].to_string()),
                )
            })
            .collect();
        let ind = indirect(text, &toks, &attrs)
            .iter()
            .map(|i| text[i.content].to_string())
            .collect();
        (a, ind)
    }

    #[test]
    fn cue_list_sorted_and_unique() {
        let forms: Vec<&str> = rows(include_str!("../lexicon/cues.tsv"))
            .map(|r| r[0])
            .collect();
        assert!(
            forms.windows(2).all(|w| w[0] < w[1]),
            "cues.tsv must stay sorted"
        );
        assert_eq!(forms.len(), CUES.len());
    }

    #[test]
    fn cues_load_and_classes() {
        assert_eq!(CUES.get("said").map(|c| c.class), Some(CueClass::Speech));
        assert_eq!(
            CUES.get("believes").map(|c| c.class),
            Some(CueClass::Cognition)
        );
        assert_eq!(
            CUES.get("described").map(|c| c.class),
            Some(CueClass::Frame)
        );
        assert!(CUES.get("state").is_none());
    }

    #[test]
    fn speakers() {
        let cases: &[(&str, &str, Option<&str>)] = &[
            (
                "Putin said last week that a sit-down was necessary.",
                "said",
                Some("Putin"),
            ),
            (
                "Trump has said that the call was fine.",
                "has said",
                Some("Trump"),
            ),
            ("He previously said that he was ready.", "said", Some("He")),
            (
                "Ukraine says that the points are red lines.",
                "says",
                Some("Ukraine"),
            ),
            (
                "The Kremlin confirmed that Witkoff will come.",
                "confirmed",
                Some("The Kremlin"),
            ),
            (
                "It grew, with the Kremlin claiming that it won.",
                "claiming",
                Some("the Kremlin"),
            ),
            ("It went well, said Rubio.", "said", Some("Rubio")),
            (
                "It went well, according to President Volodymyr Zelensky.",
                "according to",
                Some("President Volodymyr Zelensky"),
            ),
            (
                "Rep. Don Bacon (R-Neb.) wrote in a post.",
                "wrote",
                Some("Rep. Don Bacon"),
            ),
            (
                "Tatiana Stanovaya, a senior fellow at the Carnegie Center, wrote in a post.",
                "wrote",
                Some("Tatiana Stanovaya"),
            ),
            (
                "The van was late, another source said.",
                "said",
                Some("another source"),
            ),
            (
                "It failed, senior U.S. officials said.",
                "said",
                Some("senior U.S. officials"),
            ),
            (
                "Secretary of State Marco Rubio said so.",
                "said",
                Some("Secretary of State Marco Rubio"),
            ),
            ("Trump Says He Will Go", "Says", Some("Trump")),
        ];
        for (text, cue, speaker) in cases {
            let (attrs, _) = analyze(text);
            let want = (cue.to_string(), speaker.map(str::to_string));
            assert!(attrs.contains(&want), "text {text:?}: got {attrs:?}");
        }
    }

    #[test]
    fn not_cues() {
        // Capitalized, determiner-only or noun uses are no attributions.
        for text in [
            "Secretary of State Marco Rubio arrived.",
            "The claims that he made are false.",
            "Says the man in the hat.",
        ] {
            let (attrs, _) = analyze(text);
            assert!(attrs.is_empty(), "text {text:?}: got {attrs:?}");
        }
    }

    #[test]
    fn indirect_contents() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Putin said last week that a sit-down was necessary to discuss details of the plan, but in the same breath warned Ukraine that Russian forces would continue.",
                &[
                    "a sit-down was necessary to discuss details of the plan",
                    "Russian forces would continue",
                ],
            ),
            (
                "He previously said that he was prepared to walk away from talks.",
                &["he was prepared to walk away from talks"],
            ),
            ("Trump says the plan is dead.", &["the plan is dead"]),
            (
                "The van was supposed to be escorted, another source said.",
                &["The van was supposed to be escorted"],
            ),
            (
                "According to the poll, Clinton beats Trump by four points.",
                &["Clinton beats Trump by four points"],
            ),
            ("Rubio told reporters after the meeting.", &[]),
            ("Trump said on Sunday.", &[]),
        ];
        for (text, want) in cases {
            let (_, got) = analyze(text);
            assert_eq!(&got, want, "text {text:?}");
        }
    }
}
