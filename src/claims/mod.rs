//! Claims: sentences that assert something checkable (a quantity, a date,
//! a place, or a comparison, change, superlative, statistics word or
//! on-the-record action), with who asserts it, how hedged, and how
//! check-worthy ([`checkworthy`]).
//!
//! Input: the document, sentences, entities, quotes and the reference date.
//! Output: [`Claim`]s in sentence order, one per sentence that carries at
//! least one quantity, date or place or a checkable word
//! ([`checkworthy::Cues::checkable`]); the claim's span is the sentence's.
//!
//! Per sentence: dates first ([`dates::find`]), then quantities
//! ([`quantities::find`]) outside the dates' spans, so "Nov. 27" is a date
//! and not the number 27. `places` are the place entities with a mention
//! inside the sentence. `source` is the speaker of a quote that lies in the
//! sentence, else a phrase the sentence attributes to: "according to X",
//! "X said/claimed/...", "the Kremlin claiming ...". `hedges` are words
//! that soften the assertion ("reportedly", "may", "appears").
//!
//! Without a reference date, [`dates::reference_from_text`] (a full date in
//! the first paragraphs, as a dateline) serves, so relative dates still
//! resolve.
//!
//! Known limits: the source patterns want a capitalized name or "the"
//! plus a capitalized name; a pronoun ("he said") is left to the quotes
//! stage. Hedges are single words or short fixed phrases; a negated
//! hedge ("not likely") still counts as a hedge.

pub mod checkworthy;
pub mod dates;
pub mod quantities;
pub mod tokens;

use std::sync::LazyLock;

use regex::Regex;

use crate::calendar::Date;
use crate::document::{Document, Span};
use crate::entities::{Entity, EntityId, EntityKind};
use crate::quotes::{Quote, Speaker, Via};
use crate::segment::Sentence;

pub use dates::DateMention;
pub use quantities::Quantity;

/// One checkable sentence.
#[derive(Clone, Debug, PartialEq)]
pub struct Claim {
    /// Index of the sentence.
    pub sentence: usize,
    pub span: Span,
    pub quantities: Vec<Quantity>,
    pub dates: Vec<DateMention>,
    /// Place entities mentioned in the sentence.
    pub places: Vec<EntityId>,
    /// Who asserts it, when the sentence attributes it.
    pub source: Option<Speaker>,
    /// Hedging words ("reportedly", "may").
    pub hedges: Vec<Span>,
    /// Statement, question or headline.
    pub kind: checkworthy::ClaimKind,
    /// How much a fact-checker would want to check it, in [0, 1].
    pub checkworthy: f64,
    /// The features behind `checkworthy`.
    pub signals: checkworthy::Signals,
}

/// Hedging words and phrases, matched as whole words. "may" is matched
/// case-sensitively so that the month "May" stays out.
static HEDGES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?-u:\b)(?:may|might|could|(?i:reportedly|allegedly|apparently|purportedly|supposedly|seemingly|possibly|probably|perhaps|potentially|presumably|likely|unlikely|unconfirmed|unverified|appears?|appeared|seems?|seemed|rumou?red|suspected|it\s+is\s+(?:believed|thought|understood|said|claimed|alleged)|(?:is|are|was|were)\s+(?:believed|thought|said|alleged|understood)\s+to|according\s+to\s+(?:unconfirmed|unverified)\s+reports))(?-u:\b)",
    )
    .expect("hedge regex compiles")
});

/// "according to X": X is the source.
static ACCORDING_TO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?-u:\b)[Aa]ccording\s+to\s+((?:the\s+)?(?:[A-Z][\w’'.-]*\s+)*?(?:(?:[A-Z][\w’'.-]*)|officials|sources|reports|data|estimates|police|authorities|analysts|experts|witnesses|residents|diplomats)(?-u:\b)(?:\s+[A-Z][\w’'.-]*)*)",
    )
    .expect("according-to regex compiles")
});

/// "X said", "the Kremlin claiming", "Ukraine says": a capitalized name
/// (maybe after "the") right before a reporting verb.
static SAYS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?-u:\b)((?:[Tt]he\s+)?[A-Z][\w’'.-]*(?:\s+(?:of\s+)?[A-Z][\w’'.-]*)*)\s+(?:said|says|claimed|claims|claiming|told|reported|reports|announced|announces|confirmed|confirms|stated|states|wrote|writes|added|insisted|insists|warned|warns|estimated|estimates|argued|argues|alleged|alleges|denied|denies|acknowledged|admitted|noted|predicted|believes|believed)(?-u:\b)",
    )
    .expect("says regex compiles")
});

/// Words that may start a capitalized run but are no source ("In", "But").
#[rustfmt::skip]
static NOT_SOURCES: &[&str] = &[
    "A", "After", "Also", "An", "And", "As", "At", "Before", "But", "By", "For", "He", "Her",
    "His", "How", "However", "I", "If", "In", "It", "Its", "Meanwhile", "On", "She", "Since",
    "So", "Still", "That", "The", "Their", "There", "These", "They", "This", "We", "What",
    "When", "Where", "Which", "While", "Who", "Why", "Yet", "You",
];

/// Lookups over the entities and quotes, built once per document so that
/// each sentence costs a binary search, not a scan of the whole article
/// (a many-megabyte input has tens of thousands of sentences).
struct Index<'q> {
    /// Mentions of place entities: (mention, entity index), by start.
    places: Vec<(Span, usize)>,
    /// All name mentions: (mention, entity index), by start.
    mentions: Vec<(Span, usize)>,
    /// The longest mention, to bound the look-back of overlap searches.
    longest: usize,
    quotes: &'q [Quote],
    /// Running maximum of quote ends, in quote order (quotes are by start).
    quote_end_max: Vec<usize>,
    /// Quotes with a speaker: (speaker span, quote index), by speaker start.
    speakers: Vec<(Span, usize)>,
}

impl<'q> Index<'q> {
    fn new(entities: &[Entity], quotes: &'q [Quote]) -> Index<'q> {
        let mut places = Vec::new();
        let mut mentions = Vec::new();
        for (i, e) in entities.iter().enumerate() {
            for m in &e.mentions {
                mentions.push((*m, i));
                if e.kind == EntityKind::Place {
                    places.push((*m, i));
                }
            }
        }
        places.sort_unstable();
        mentions.sort_unstable();
        let longest = mentions.iter().map(|(m, _)| m.len()).max().unwrap_or(0);
        let mut quote_end_max = Vec::with_capacity(quotes.len());
        let mut max = 0;
        for q in quotes {
            max = max.max(q.span.end());
            quote_end_max.push(max);
        }
        let mut speakers: Vec<(Span, usize)> = quotes
            .iter()
            .enumerate()
            .filter_map(|(i, q)| q.speaker.map(|s| (s.span, i)))
            .collect();
        speakers.sort_unstable();
        Index {
            places,
            mentions,
            longest,
            quotes,
            quote_end_max,
            speakers,
        }
    }

    /// The place entities mentioned inside `span`, by entity index.
    fn places_in(&self, span: Span) -> Vec<EntityId> {
        let from = self
            .places
            .partition_point(|(m, _)| m.start() < span.start());
        let mut ids: Vec<usize> = self.places[from..]
            .iter()
            .take_while(|(m, _)| m.start() < span.end())
            .filter(|(m, _)| span.contains(*m))
            .map(|&(_, i)| i)
            .collect();
        ids.sort_unstable();
        ids.dedup();
        ids.into_iter().map(EntityId).collect()
    }

    /// The entity (lowest index) with a mention overlapping `span`.
    fn entity_at(&self, span: Span) -> Option<EntityId> {
        let lo = span.start().saturating_sub(self.longest);
        let from = self.mentions.partition_point(|(m, _)| m.start() < lo);
        self.mentions[from..]
            .iter()
            .take_while(|(m, _)| m.start() < span.end())
            .filter(|(m, _)| m.overlaps(span))
            .map(|&(_, i)| i)
            .min()
            .map(EntityId)
    }

    /// The speaker of the first quote (in quote order) whose speaker lies
    /// inside `sentence`.
    fn speaker_inside(&self, sentence: Span) -> Option<Speaker> {
        let from = self
            .speakers
            .partition_point(|(s, _)| s.start() < sentence.start());
        self.speakers[from..]
            .iter()
            .take_while(|(s, _)| s.start() < sentence.end())
            .filter(|(s, _)| sentence.contains(*s))
            .map(|&(_, i)| i)
            .min()
            .and_then(|i| self.quotes[i].speaker)
    }

    /// The speaker of the first quote (in quote order) that has a speaker
    /// and overlaps `sentence`.
    fn speaker_overlapping(&self, sentence: Span) -> Option<Speaker> {
        // Quotes are ordered by start; the first one that can overlap is
        // the first whose running end maximum passes the sentence start.
        let first = self
            .quote_end_max
            .partition_point(|&e| e <= sentence.start());
        self.quotes[first..]
            .iter()
            .take_while(|q| q.span.start() < sentence.end())
            .filter(|q| q.span.overlaps(sentence))
            .find_map(|q| q.speaker)
    }
}

/// Drop leading words that are no name ("But Ukraine" -> "Ukraine"),
/// keeping "the" before a name ("the Kremlin"). None when nothing is left.
fn clean_source(text: &str, span: Span) -> Option<Span> {
    let mut start = span.start();
    loop {
        let rest = &text[start..span.end()];
        let word = rest.split_whitespace().next()?;
        let more = rest.len() > word.len();
        if NOT_SOURCES.contains(&word) && word != "The" && more {
            let skip =
                word.len() + rest[word.len()..].len() - rest[word.len()..].trim_start().len();
            start += skip;
        } else if NOT_SOURCES.contains(&word) && !more {
            return None;
        } else {
            break;
        }
    }
    // A sentence-final period after a word ("Zelensky.") is no part of it;
    // after an initial ("U.S.") it is.
    let mut end = span.end();
    let b = text.as_bytes();
    if end > start + 1 && b[end - 1] == b'.' && b[end - 2].is_ascii_lowercase() {
        end -= 1;
    }
    let out = Span::new(text, start, end);
    let t = &text[out];
    let name = t
        .strip_prefix("The ")
        .or_else(|| t.strip_prefix("the "))
        .unwrap_or(t);
    (!name.is_empty() && !NOT_SOURCES.contains(&name.split_whitespace().next()?)).then_some(out)
}

/// Who the sentence attributes its content to.
/// `dates` are the sentence's date spans: "a survey released on Friday
/// said" has no source named "Friday".
fn source_of(text: &str, sentence: Span, index: &Index, dates: &[Span]) -> Option<Speaker> {
    // A quote with a known speaker: prefer one whose speaker is inside the
    // sentence, then one whose content overlaps it.
    if let Some(s) = index.speaker_inside(sentence) {
        return Some(s);
    }
    if let Some(s) = index.speaker_overlapping(sentence) {
        return Some(s);
    }
    let s = &text[sentence];
    let base = sentence.start();
    let to_span = |m: regex::Match| Span::new(text, base + m.start(), base + m.end());
    if let Some(c) = ACCORDING_TO.captures(s)
        && let Some(span) = clean_source(text, to_span(c.get(1)?))
    {
        return Some(Speaker {
            span,
            entity: index.entity_at(span),
            antecedent: None,
            via: Via::AccordingTo,
        });
    }
    for c in SAYS.captures_iter(s) {
        let Some(span) = clean_source(text, to_span(c.get(1)?)) else {
            continue;
        };
        if dates.iter().any(|d| d.overlaps(span)) {
            continue;
        }
        let name = &text[span];
        if NOT_SOURCES.contains(&name) || name.split_whitespace().all(|w| NOT_SOURCES.contains(&w))
        {
            continue;
        }
        return Some(Speaker {
            span,
            entity: index.entity_at(span),
            antecedent: None,
            via: Via::Name,
        });
    }
    None
}

fn hedges_in(text: &str, sentence: Span) -> Vec<Span> {
    let base = sentence.start();
    HEDGES
        .find_iter(&text[sentence])
        .map(|m| Span::new(text, base + m.start(), base + m.end()))
        .collect()
}

/// Find the claims of `doc`.
pub fn extract(
    doc: &Document,
    sentences: &[Sentence],
    entities: &[Entity],
    quotes: &[Quote],
    reference: Option<Date>,
) -> Vec<Claim> {
    let text = doc.text;
    let reference = reference.or_else(|| dates::reference_from_text(doc));
    let index = Index::new(entities, quotes);
    let actors = checkworthy::Actors::new(entities);
    let mut out = Vec::new();
    for (i, sentence) in sentences.iter().enumerate() {
        let span = sentence.span;
        let dates = dates::find(text, span, reference);
        let date_spans: Vec<Span> = dates.iter().map(|d| d.span).collect();
        let quantities = quantities::find(text, span, &date_spans);
        let places = index.places_in(span);
        let cues = checkworthy::cues(text, span);
        if dates.is_empty() && quantities.is_empty() && places.is_empty() && !cues.checkable() {
            continue;
        }
        let source = source_of(text, span, &index, &date_spans);
        let hedges = hedges_in(text, span);
        let assessed = checkworthy::assess(&checkworthy::Evidence {
            doc,
            span,
            paragraph: sentence.paragraph,
            quantities: &quantities,
            dates: &dates,
            places: !places.is_empty(),
            actor: actors.any_in(span),
            source: source.is_some(),
            hedges: !hedges.is_empty(),
            cues,
        });
        out.push(Claim {
            sentence: i,
            span,
            quantities,
            dates,
            places,
            source,
            hedges,
            kind: assessed.kind,
            checkworthy: assessed.score,
            signals: assessed.signals,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claims_of(text: &str) -> Vec<Claim> {
        let doc = Document::new(text);
        let sentences = crate::segment::sentences(&doc);
        extract(&doc, &sentences, &[], &[], "2025-12-02".parse().ok())
    }

    #[test]
    fn hedges() {
        let cases: &[(&str, &[&str])] = &[
            ("It was reportedly reduced to 20 points.", &["reportedly"]),
            ("The U.S. appears to have tried in 2025.", &["appears"]),
            ("Putin might not be interested in 2025.", &["might"]),
            ("They met in May 2025.", &[]),
            ("Prices may rise 5% in May.", &["may"]),
            ("It is believed that 20 died.", &["It is believed"]),
        ];
        for (text, want) in cases {
            let c = claims_of(text);
            assert_eq!(c.len(), 1, "{text}");
            let got: Vec<&str> = c[0].hedges.iter().map(|h| &text[*h]).collect();
            assert_eq!(&got, want, "{text}");
        }
    }

    #[test]
    fn sources() {
        let cases: &[(&str, Option<&str>)] = &[
            (
                "The delegation went to Florida on Sunday, according to President Volodymyr Zelensky.",
                Some("President Volodymyr Zelensky"),
            ),
            (
                "Russia is advancing, with the Kremlin claiming Monday evening that it won.",
                Some("the Kremlin"),
            ),
            (
                "Ukraine says that 28 points are red lines.",
                Some("Ukraine"),
            ),
            ("But he said 28 points are red lines.", None),
            ("Troops left 5 towns.", None),
            ("A survey released on Friday said 5 towns grew.", None),
        ];
        for (text, want) in cases {
            let c = claims_of(text);
            assert_eq!(c.len(), 1, "{text}");
            let got = c[0].source.map(|s| &text[s.span]);
            assert_eq!(got, *want, "{text}");
        }
    }

    #[test]
    fn claim_needs_quantity_date_or_place() {
        assert!(claims_of("Nothing checkable here.").is_empty());
        let c = claims_of("No numbers. But 600,000 troops left on Sunday.");
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].sentence, 1);
        assert_eq!(c[0].quantities.len(), 1);
        assert_eq!(c[0].dates.len(), 1);
    }

    #[test]
    fn places_and_quote_sources() {
        use crate::quotes::QuoteKind;
        let text = "Zelensky met Macron in France. “We had 5 talks,” Rubio said. Ok.";
        let at = |w: &str| {
            let i = text.find(w).unwrap();
            Span::new(text, i, i + w.len())
        };
        let entities = vec![
            Entity {
                kind: EntityKind::Person,
                name: at("Zelensky"),
                roles: vec![],
                mentions: vec![at("Zelensky")],
            },
            Entity {
                kind: EntityKind::Place,
                name: at("France"),
                roles: vec![],
                mentions: vec![at("France")],
            },
            Entity {
                kind: EntityKind::Person,
                name: at("Rubio"),
                roles: vec![],
                mentions: vec![at("Rubio")],
            },
        ];
        let speaker = Speaker {
            span: at("Rubio"),
            entity: Some(EntityId(2)),
            antecedent: None,
            via: Via::Name,
        };
        let quotes = vec![Quote {
            kind: QuoteKind::Direct,
            span: at("We had 5 talks,"),
            speaker: Some(speaker),
            cue: Some(at("said")),
        }];
        let doc = Document::new(text);
        let sentences = crate::segment::sentences(&doc);
        let claims = extract(&doc, &sentences, &entities, &quotes, None);
        assert_eq!(claims.len(), 2, "{claims:?}");
        assert_eq!(claims[0].places, [EntityId(1)]);
        assert_eq!(claims[0].source, None);
        assert_eq!(claims[1].places, []);
        assert_eq!(claims[1].source, Some(speaker));
    }

    #[test]
    fn dates_win_over_numbers() {
        let c = claims_of("He set a deadline of Nov. 27 for 2 sides.");
        let text = "He set a deadline of Nov. 27 for 2 sides.";
        let q: Vec<&str> = c[0].quantities.iter().map(|q| &text[q.span]).collect();
        assert_eq!(q, ["2 sides"]);
    }
}
