//! Claims: sentences that assert something checkable (a quantity, a date,
//! a place, or a comparison, change, superlative, statistics word, policy
//! noun or on-the-record action), with who asserts it, how hedged, and how
//! check-worthy ([`checkworthy`]).
//!
//! Input: the document, sentences, entities, quotes and the reference date.
//! Output: [`Claim`]s in sentence order, one per sentence that carries at
//! least one quantity, date or place or a checkable word
//! ([`checkworthy::Cues::checkable`]); the claim's span is the sentence's.
//!
//! Per sentence: the name mentions of people, organizations and other
//! names (from the entities stage) are taken first: nothing inside them is
//! a date, a number or a place of the claim ("Six Nations" is no 6). Then
//! dates ([`dates::find`]), then quantities ([`quantities::find`]) outside
//! the names' and dates' spans, so "Nov. 27" is a date and not the number
//! 27. `places` are the place entities with a mention inside the sentence.
//! `quote` is the quote or reported speech (from the quotes stage) the
//! sentence sits in, and `source` that quote's speaker: claims do not guess
//! attributions of their own. `hedges` are words that soften the assertion
//! ("reportedly", "may", "appears").
//!
//! The reference date is the pipeline's (given, or found once in the text
//! by [`dates::reference_from_text`]); claims do not search again.
//!
//! Hedges come from `src/lexicon/hedges.tsv`: read from the tokens (class
//! bits `HEDGE`, `HEDGE_START`), or by a pattern built from the same list
//! where ASCII words and tokens differ ("re-appeared", "_").
//!
//! Known limits: a sentence that holds two quotes names the one sharing
//! the most text with it; a quote without a known speaker gives no source.
//! Hedges are single words or short fixed phrases; a negated hedge ("not
//! likely") still counts as a hedge.

pub mod checkworthy;
pub mod dates;
pub mod quantities;
mod words;

use std::sync::LazyLock;

use regex::Regex;

use crate::calendar::Date;
use crate::document::{Document, Span};
use crate::entities::{Entity, EntityId, EntityKind};
use crate::lexicon::{self, Classes, HedgeKind};
use crate::quotes::{Quote, Speaker};
use crate::segment::{Sentence, Token, Tokens};

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
    /// Who asserts it: the speaker of the quote it sits in.
    pub source: Option<Speaker>,
    /// Index of the quote or reported speech the claim sits in.
    pub quote: Option<usize>,
    /// Hedging words ("reportedly", "may").
    pub hedges: Vec<Span>,
    /// Statement, question or headline.
    pub kind: checkworthy::ClaimKind,
    /// How much a fact-checker would want to check it, in [0, 1].
    pub checkworthy: f64,
    /// The features behind `checkworthy`.
    pub signals: checkworthy::Signals,
}

/// Hedging words and phrases (`hedges.tsv`) as one pattern, matched as
/// whole ASCII words: the reading of a sentence whose words the tokens do
/// not delimit as the pattern does ([`hedges_in`]).
static HEDGES: LazyLock<Regex> = LazyLock::new(|| {
    let alternatives: Vec<String> = lexicon::hedges()
        .map(|(h, kind)| match kind {
            HedgeKind::Exact => regex::escape(h),
            HedgeKind::Word => format!("(?i:{})", regex::escape(h)),
            HedgeKind::Phrase => {
                let words: Vec<String> = h.split(' ').map(regex::escape).collect();
                format!("(?i:{})", words.join(r"\s+"))
            }
        })
        .collect();
    Regex::new(&format!(r"(?-u:\b)(?:{})(?-u:\b)", alternatives.join("|")))
        .expect("hedge regex compiles")
});

/// The one-word hedges matched in lower case only ("may").
static EXACT: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    lexicon::hedges()
        .filter(|(_, k)| *k == HedgeKind::Exact)
        .map(|(h, _)| h)
        .collect()
});

/// The hedge phrases, each as its lower-case words.
static PHRASES: LazyLock<Vec<Vec<&'static str>>> = LazyLock::new(|| {
    lexicon::hedges()
        .filter(|(_, k)| *k == HedgeKind::Phrase)
        .map(|(h, _)| h.split(' ').collect())
        .collect()
});

/// Spans that belong to someone else (a name, a date, an address): a set
/// that answers "does this span overlap one of them?" with one binary
/// search, so a sentence with thousands of dates stays linear.
#[derive(Clone, Debug, Default)]
pub struct Taken {
    /// By start.
    spans: Vec<Span>,
    /// Running maximum of the ends, in `spans` order.
    max_end: Vec<usize>,
}

impl Taken {
    pub fn new(mut spans: Vec<Span>) -> Taken {
        spans.sort_unstable();
        let mut max = 0;
        let max_end = spans
            .iter()
            .map(|s| {
                max = max.max(s.end());
                max
            })
            .collect();
        Taken { spans, max_end }
    }

    /// Does `span` share a byte with one of the taken spans?
    pub fn overlaps(&self, span: Span) -> bool {
        let k = self.spans.partition_point(|s| s.start() < span.end());
        k > 0 && self.max_end[k - 1] > span.start()
    }
    /// Does one of the taken spans hold `span` and more ("Three" in
    /// "Three Gorges Dam")? A span equal to a taken one is not inside it.
    /// Name mentions hardly nest, so only the last few spans that start
    /// at or before `span` are candidates.
    pub fn strictly_inside(&self, span: Span) -> bool {
        const NESTING: usize = 8;
        let k = self.spans.partition_point(|s| s.start() <= span.start());
        k > 0
            && self.max_end[k - 1] >= span.end()
            && self.spans[..k]
                .iter()
                .rev()
                .take(NESTING)
                .any(|s| s.contains(span) && *s != span)
    }
}

/// Entity kinds whose names protect their words: a claim takes no number,
/// date or place from inside them ("Six Nations", "June Carter Cash",
/// "Bank of England"). Places are the claim's places themselves; groups
/// ("Russians") hold no numbers.
///
/// The one decision between a name and a number or date reading: a
/// quantity that lies inside a name (or is the whole name: "Six Nations")
/// is the name's; a date strictly inside a name ("June" in "June Carter
/// Cash") is the name's, while a date that is the whole name ("Christmas",
/// "Boxing Day") is a date the entities stage took for a name; a name
/// inside a longer date or quantity ("USD" in "USD 200", "New Year" in
/// "New Year's Eve") takes nothing from it.
fn protects(kind: EntityKind) -> bool {
    matches!(
        kind,
        EntityKind::Person | EntityKind::Organization | EntityKind::Other
    )
}

/// Lookups over the entities and quotes, built once per document so that
/// each sentence costs a binary search, not a scan of the whole article
/// (a many-megabyte input has tens of thousands of sentences).
struct Index<'q> {
    /// Mentions of place entities: (mention, entity index), by start.
    places: Vec<(Span, usize)>,
    /// Mentions of names that protect their words ([`protects`]), by start.
    names: Vec<Span>,
    /// The longest name mention, to bound the look-back of overlap searches.
    longest: usize,
    quotes: &'q [Quote],
    /// Running maximum of quote ends, in quote order (quotes are by start).
    quote_end_max: Vec<usize>,
}

impl<'q> Index<'q> {
    fn new(entities: &[Entity], quotes: &'q [Quote]) -> Index<'q> {
        let mut places = Vec::new();
        let mut names = Vec::new();
        for (i, e) in entities.iter().enumerate() {
            for m in &e.mentions {
                if e.kind == EntityKind::Place {
                    places.push((*m, i));
                } else if protects(e.kind) {
                    names.push(*m);
                }
            }
        }
        places.sort_unstable();
        names.sort_unstable();
        let longest = names.iter().map(|m| m.len()).max().unwrap_or(0);
        let mut quote_end_max = Vec::with_capacity(quotes.len());
        let mut max = 0;
        for q in quotes {
            max = max.max(q.span.end());
            quote_end_max.push(max);
        }
        Index {
            places,
            names,
            longest,
            quotes,
            quote_end_max,
        }
    }

    /// The protecting name mentions that overlap `span`.
    fn names_in(&self, span: Span) -> &[Span] {
        let lo = span.start().saturating_sub(self.longest);
        let from = self.names.partition_point(|m| m.start() < lo);
        let to = self.names.partition_point(|m| m.start() < span.end());
        &self.names[from..to.max(from)]
    }

    /// The place entities mentioned inside `span` and not inside a name
    /// ("England" in "Bank of England"), by entity index.
    fn places_in(&self, span: Span, names: &Taken) -> Vec<EntityId> {
        let from = self
            .places
            .partition_point(|(m, _)| m.start() < span.start());
        let mut ids: Vec<usize> = self.places[from..]
            .iter()
            .take_while(|(m, _)| m.start() < span.end())
            .filter(|(m, _)| span.contains(*m) && !names.strictly_inside(*m))
            .map(|&(_, i)| i)
            .collect();
        ids.sort_unstable();
        ids.dedup();
        ids.into_iter().map(EntityId).collect()
    }

    /// The quote or reported speech the sentence sits in: of the quotes
    /// overlapping it, the one sharing the most bytes with it (the first
    /// on a tie).
    fn quote_of(&self, sentence: Span) -> Option<usize> {
        // Quotes are ordered by start; the first one that can overlap is
        // the first whose running end maximum passes the sentence start.
        let first = self
            .quote_end_max
            .partition_point(|&e| e <= sentence.start());
        let shared =
            |q: &Quote| q.span.end().min(sentence.end()) - q.span.start().max(sentence.start());
        self.quotes[first..]
            .iter()
            .enumerate()
            .take_while(|(_, q)| q.span.start() < sentence.end())
            .filter(|(_, q)| q.span.overlaps(sentence))
            .max_by_key(|&(k, q)| (shared(q), std::cmp::Reverse(k)))
            .map(|(k, _)| first + k)
    }
}

/// The hedges of a sentence: read from its tokens (a class bit marks the
/// words that can start one), or, where a hedge could start inside a token
/// or the tokens do not delimit ASCII words as the pattern does, by the
/// [`HEDGES`] pattern.
fn hedges_in(text: &str, sentence: &Sentence, tokens: &Tokens) -> Vec<Span> {
    hedges_from_tokens(text, sentence, tokens).unwrap_or_else(|| {
        let span = sentence.span;
        let base = span.start();
        HEDGES
            .find_iter(&text[span])
            .map(|m| Span::new(text, base + m.start(), base + m.end()))
            .collect()
    })
}

/// A token that is one whole ASCII word (letters and digits only).
fn whole_word(orth: &str) -> bool {
    orth.bytes().all(|b| b.is_ascii_alphanumeric())
}

/// The leading ASCII word of a token ("said" of "said-so"), maybe empty.
fn leading_word(orth: &str) -> &str {
    let n = orth.bytes().take_while(u8::is_ascii_alphanumeric).count();
    &orth[..n]
}

/// Can an ASCII word inside this token (not a whole-word token) start a
/// hedge? A one-word hedge anywhere, or a phrase's first word at its end
/// ("re-appeared", "so-called it"). Also true for what the token reading
/// cannot follow: "_" joins ASCII words, and "ſ" and the Kelvin sign match
/// "s" and "k" in any case.
fn may_start_inside(orth: &str) -> bool {
    if orth.contains('_') || (!orth.is_ascii() && orth.contains(['ſ', '\u{212A}'])) {
        return true;
    }
    let b = orth.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_alphanumeric() {
            i += 1;
            continue;
        }
        let start = i;
        while i < b.len() && b[i].is_ascii_alphanumeric() {
            i += 1;
        }
        // Hedge words have 2 to 11 letters.
        let mut buf = [0u8; 12];
        if (2..=buf.len()).contains(&(i - start)) {
            let w = &mut buf[..i - start];
            w.copy_from_slice(&b[start..i]);
            w.make_ascii_lowercase();
            let c = std::str::from_utf8(w).map_or(Classes::NONE, lexicon::hedge_class);
            if c.has(Classes::HEDGE) || (c.has(Classes::HEDGE_START) && i == b.len()) {
                return true;
            }
        }
    }
    false
}

/// The hedges of a sentence from its tokens, or None when the pattern must
/// read it ([`may_start_inside`]). Whole-word tokens never touch another
/// ASCII word (the tokenizer keeps letters and digits together, and "_" is
/// excluded), so they are the pattern's whole words; a phrase's words are
/// tokens with white space between (the pattern's `\s+`), its last word
/// the leading word of its token.
fn hedges_from_tokens(text: &str, sentence: &Sentence, tokens: &Tokens) -> Option<Vec<Span>> {
    let toks = tokens.of(sentence);
    let starts = Classes::HEDGE | Classes::HEDGE_START;
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let t = toks[i];
        let lx = tokens.lexeme(t);
        if !whole_word(lx.orth) {
            if may_start_inside(lx.orth) {
                return None;
            }
            i += 1;
            continue;
        }
        if !lx.classes.any(starts) {
            i += 1;
            continue;
        }
        let lower = tokens.lower(t);
        if lx.classes.has(Classes::HEDGE) && (lx.orth == lower || !EXACT.contains(&lower)) {
            out.push(t.span);
            i += 1;
            continue;
        }
        if lx.classes.has(Classes::HEDGE_START)
            && let Some((end, n)) = PHRASES
                .iter()
                .filter(|p| p[0] == lower)
                .find_map(|p| phrase_end(tokens, &toks[i..], p))
        {
            // A phrase's last token may hold more words ("said-may").
            let last = tokens.lexeme(toks[i + n - 1]).orth;
            if !whole_word(last) && may_start_inside(last) {
                return None;
            }
            out.push(Span::new(text, t.span.start(), end));
            i += n;
            continue;
        }
        i += 1;
    }
    Some(out)
}

/// Where `phrase` ends if it is read from the first of `toks` on: the end
/// of its last word, and the number of tokens it takes.
fn phrase_end(tokens: &Tokens, toks: &[Token], phrase: &[&str]) -> Option<(usize, usize)> {
    let n = phrase.len();
    if toks.len() < n {
        return None;
    }
    for (k, w) in phrase.iter().enumerate().skip(1) {
        let t = toks[k];
        if t.attached {
            return None;
        }
        let orth = tokens.lexeme(t).orth;
        let word = if k + 1 < n {
            // Followed by white space: the whole token.
            if !whole_word(orth) {
                return None;
            }
            orth
        } else {
            leading_word(orth)
        };
        if !word.eq_ignore_ascii_case(w) {
            return None;
        }
        if k + 1 == n {
            return Some((t.span.start() + word.len(), n));
        }
    }
    None
}
/// Find the claims of `doc`. `reference` is the one reference date of the
/// analysis (given, or found once by the pipeline); claims do not look for
/// another.
///
/// Names protect their words: dates and quantities are looked for outside
/// the name mentions of people, organizations and other names, and a
/// place inside such a name is not the claim's place. This is the one
/// place where the stages' readings are reconciled.
pub fn extract(
    doc: &Document,
    sentences: &[Sentence],
    entities: &[Entity],
    tokens: &Tokens,
    quotes: &[Quote],
    reference: Option<Date>,
) -> Vec<Claim> {
    let text = doc.text;
    let index = Index::new(entities, quotes);
    let actors = checkworthy::Actors::new(entities);
    let mut out = Vec::new();
    let mut trigger_memo = vec![u32::MAX; tokens.vocab.type_count()];
    for (i, sentence) in sentences.iter().enumerate() {
        let span = sentence.span;
        let names = index.names_in(span);
        let protected = Taken::new(names.to_vec());
        // Date rows run only where the tokens hold a date word.
        let words = dates::Triggers::of_tokens(tokens, tokens.of(sentence), &mut trigger_memo);
        let dates = dates::find(text, span, reference, &protected, words);
        let date_spans: Vec<Span> = dates.iter().map(|d| d.span).collect();
        let toks = tokens.of(sentence);
        let mut quantities = if quantities::may_hold(tokens, toks) {
            quantities::find(text, span, tokens, toks, &date_spans)
        } else {
            Vec::new()
        };
        quantities.retain(|q| {
            !(protected.strictly_inside(q.span) || names.binary_search(&q.span).is_ok())
        });
        let places = index.places_in(span, &protected);
        let cues = checkworthy::cues(text, sentence, tokens);
        if dates.is_empty() && quantities.is_empty() && places.is_empty() && !cues.checkable() {
            continue;
        }
        let quote = index.quote_of(span);
        let source = quote.and_then(|q| quotes[q].speaker);
        let hedges = hedges_in(text, sentence, tokens);
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
            quote,
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

    /// Claims through the whole pipeline, so entities and quotes are the
    /// stages' own.
    fn claims_of(text: &str) -> Vec<Claim> {
        let options = crate::Options {
            reference_date: "2025-12-02".parse().ok(),
        };
        crate::analyze(text, &options).claims
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

    /// The token reading and the list's pattern find what the pattern
    /// that the list replaced found, on words, cases, joiners and spacing
    /// the tokens and the pattern delimit differently.
    #[test]
    fn hedges_match_the_former_pattern() {
        let former = Regex::new(
            r"(?-u:\b)(?:may|might|could|(?i:reportedly|allegedly|apparently|purportedly|supposedly|seemingly|possibly|probably|perhaps|potentially|presumably|likely|unlikely|unconfirmed|unverified|appears?|appeared|seems?|seemed|rumou?red|suspected|it\s+is\s+(?:believed|thought|understood|said|claimed|alleged)|(?:is|are|was|were)\s+(?:believed|thought|said|alleged|understood)\s+to|according\s+to\s+(?:unconfirmed|unverified)\s+reports))(?-u:\b)",
        )
        .unwrap();
        let parts = [
            "may",
            "May",
            "could",
            "It",
            "is",
            "IS",
            "said",
            "to",
            "believed",
            "were",
            "according",
            "unverified",
            "reports",
            "appear",
            "s",
            "re-",
            "’s",
            "'",
            "_",
            "-",
            " ",
            " ",
            "  ",
            "\n",
            ".",
            ",",
            "é",
            "ſeems",
            "li\u{212A}ely",
            "toé",
            "likely",
            "seemed",
            "x",
            "1",
        ];
        let mut seed = 0x0ddb_1a5e_5bad_5eed_u64;
        for n in 0..20000 {
            let mut text = String::new();
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let mut r = seed;
            for _ in 0..(r % 11) {
                r /= 11;
                text.push_str(parts[(r % parts.len() as u64) as usize]);
                if n % 2 == 0 {
                    text.push(' ');
                }
            }
            let doc = Document::new(&text);
            let (sentences, tokens) = crate::segment::segment(&doc);
            for sentence in &sentences {
                let span = sentence.span;
                let want: Vec<Span> = former
                    .find_iter(&text.as_str()[span])
                    .map(|m| Span::new(&text, span.start() + m.start(), span.start() + m.end()))
                    .collect();
                let got = hedges_in(&text, sentence, &tokens);
                assert_eq!(got, want, "{text:?}");
                if let Some(fast) = hedges_from_tokens(&text, sentence, &tokens) {
                    assert_eq!(fast, want, "{text:?}");
                }
            }
        }
    }

    #[test]
    fn sources_come_from_the_quotes_stage() {
        // (text, source, sits in a quote)
        let cases: &[(&str, Option<&str>, bool)] = &[
            (
                "The delegation went to Florida on Sunday, according to President Volodymyr Zelensky.",
                Some("President Volodymyr Zelensky"),
                true,
            ),
            (
                "Ukraine says that 28 points are red lines.",
                Some("Ukraine"),
                true,
            ),
            ("Troops left 5 towns.", None, false),
            (
                "A survey released on Friday showed 5 towns grew.",
                None,
                false,
            ),
        ];
        for (text, want, in_quote) in cases {
            let c = claims_of(text);
            assert_eq!(c.len(), 1, "{text}");
            let got = c[0].source.map(|s| &text[s.span]);
            assert_eq!(got, *want, "{text}");
            assert_eq!(c[0].quote.is_some(), *in_quote, "{text}");
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
        use crate::quotes::{QuoteKind, Via};
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
        let (sentences, tokens) = crate::segment::segment(&doc);
        let claims = extract(&doc, &sentences, &entities, &tokens, &quotes, None);
        assert_eq!(claims.len(), 2, "{claims:?}");
        assert_eq!(claims[0].places, [EntityId(1)]);
        assert_eq!(claims[0].source, None);
        assert_eq!(claims[0].quote, None);
        assert_eq!(claims[1].places, []);
        assert_eq!(claims[1].source, Some(speaker));
        assert_eq!(claims[1].quote, Some(0));
    }

    /// Nothing inside a name is a number, a date or a place of the claim.
    #[test]
    fn names_protect_their_words() {
        let text = "Wales won the Six Nations in May as June Carter Cash sang at the Bank of England for 3 hours.";
        let at = |w: &str| {
            let i = text.find(w).unwrap();
            Span::new(text, i, i + w.len())
        };
        let entity = |kind, w: &str| Entity {
            kind,
            name: at(w),
            roles: vec![],
            mentions: vec![at(w)],
        };
        let entities = vec![
            entity(EntityKind::Place, "Wales"),
            entity(EntityKind::Other, "Six Nations"),
            entity(EntityKind::Person, "June Carter Cash"),
            entity(EntityKind::Organization, "Bank of England"),
            entity(EntityKind::Place, "England"),
        ];
        let doc = Document::new(text);
        let (sentences, tokens) = crate::segment::segment(&doc);
        let claims = extract(
            &doc,
            &sentences,
            &entities,
            &tokens,
            &[],
            "2025-12-02".parse().ok(),
        );
        assert_eq!(claims.len(), 1);
        let c = &claims[0];
        let q: Vec<&str> = c.quantities.iter().map(|q| &text[q.span]).collect();
        let d: Vec<&str> = c.dates.iter().map(|d| &text[d.span]).collect();
        assert_eq!(q, ["3 hours"]);
        assert_eq!(d, ["May"]);
        assert_eq!(c.places, [EntityId(0)]);
    }

    #[test]
    fn taken_spans_answer_overlaps() {
        let text = "abcdefghijklmnopqrstuvwxyz";
        let s = |a, b| Span::new(text, a, b);
        let taken = Taken::new(vec![s(10, 12), s(0, 8), s(2, 3)]);
        for (span, want) in [
            (s(8, 10), false),
            (s(7, 9), true),
            (s(11, 20), true),
            (s(12, 26), false),
            (s(3, 4), true),
        ] {
            assert_eq!(taken.overlaps(span), want, "{span:?}");
        }
        assert!(!Taken::default().overlaps(s(0, 26)));
        for (span, want) in [
            (s(10, 12), false),
            (s(10, 11), true),
            (s(2, 3), true),
            (s(8, 10), false),
            (s(7, 9), false),
        ] {
            assert_eq!(taken.strictly_inside(span), want, "{span:?}");
        }
    }

    #[test]
    fn dates_win_over_numbers() {
        let c = claims_of("He set a deadline of Nov. 27 for 2 sides.");
        let text = "He set a deadline of Nov. 27 for 2 sides.";
        let q: Vec<&str> = c[0].quantities.iter().map(|q| &text[q.span]).collect();
        assert_eq!(q, ["2 sides"]);
    }
}
