//! Quotations and reported speech, with their cues and speakers.
//!
//! Input: the [`Document`], its [`Sentence`]s and [`Entity`]s. Output:
//! [`Quote`]s ordered by span start (then end).
//!
//! Steps:
//! 1. `marks`: pair quote marks per paragraph (curly, straight, `''`,
//!    guillemets, headline single quotes; apostrophes skipped;
//!    multi-paragraph quotes; recovery at the paragraph end).
//! 2. `view` + `attribution`: per sentence, the cues outside quoted words,
//!    the speaker mention each attaches to, and the reported content of
//!    indirect speech.
//! 3. Here: each quoted piece takes the attribution right after it
//!    ("“…,” Rubio said"), else right before it ("Rubio said: “…"); a
//!    partial quote inside reported speech takes the outermost reporter
//!    ("Cruz said Rubio will be “a champion”": Cruz), else the nearest cue
//!    in its sentence; a cue introducing a complete quote ("She adds,
//!    “…?”") wins over the next sentence's. Without a cue: an "as" clause
//!    ("As X put it, “…”", "…,” as a memo put it"), a name and an unlisted
//!    verb after a comma-final quote ("“…,” Trump shot back"), a dash and a
//!    name after the quote ("“…” ― Maria Lopez"), the cue or subject of a
//!    paragraph ending with a colon ("He said:¶“…”"), a "NAME:" label, the
//!    subject before a colon ("Clinton released a statement: “…”"), or the
//!    reporter of the sentence just before ("…, Schiff said. “…”") or the
//!    speaker of the quote just before it in the same or previous paragraph
//!    (Rubio's second sentence), whichever is later. Else the speaker is
//!    null.
//! 4. Kinds: `direct` when the quote opens its sentence or follows a colon,
//!    a comma or an attribution; `partial` when it sits inside the writer's
//!    words. A short partial quote (under four words) with no attribution
//!    is a scare quote, and a Title Case quote after "song", "book", ... is
//!    a title: both are dropped, since they are not speech. A longer
//!    unattributed partial quote is kept, with the sentence's subject as
//!    speaker when it has one. Indirect speech comes from the
//!    cues (`attribution`) and from "NAME: ..." paragraphs (transcripts,
//!    headlines).
//! 5. Speakers (`speakers`): the local mention; pronouns ("He added")
//!    resolve to the nearest preceding compatible person entity, kept as
//!    [`Speaker::antecedent`]. [`Speaker::entity`] links to the entity whose
//!    mention overlaps the speaker mention (or its antecedent), else to the
//!    bearer of the mention's surname (title gender, nearest mention), and a
//!    description to the person an earlier role ties it to.
//!    [`Speaker::via`] says how the speaker was found.
//!
//! Linear in the text: every scan is one pass, and each quote or speaker
//! looks at a bounded window or an index.
//!
//! Known limits: no syntactic parse, so a subject far from its verb is
//! missed and an unusual word order can pick an object as speaker; pronoun
//! gender comes from titles and the given-name lexicon only; "it"/"they"
//! resolve only to the nearest organization, place or group entity;
//! unmarked transcripts without a "NAME:" label are not found.

mod attribution;
mod marks;
mod speakers;
mod view;
mod words;

use std::collections::HashSet;
use std::sync::LazyLock;

use regex::Regex;

use crate::document::{Document, Span};
use crate::entities::{Entity, EntityId};
use crate::segment::{Sentence, Tokens};
use attribution::{Attr, CueClass, Mention};
use speakers::{Resolver, last_word, plausible_name};
use view::Tok;

/// How the words are reported.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum QuoteKind {
    Direct,
    Partial,
    Indirect,
}

impl QuoteKind {
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Partial => "partial",
            QuoteKind::Indirect => "indirect",
        }
    }
}

/// How a speaker was found (the contract's `speaker.via`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Via {
    /// A name at the cue ("Rubio said", "said committee chairman X").
    Name,
    /// A pronoun at the cue ("he said"), resolved to its antecedent.
    Pronoun,
    /// A common noun phrase ("the American forensics expert", "sources").
    Description,
    /// Carried from the quote before: a later segment of the same quote,
    /// or the next quote of the same paragraph without a cue.
    Carried,
    /// "according to X".
    AccordingTo,
}

impl Via {
    pub fn as_str(self) -> &'static str {
        match self {
            Via::Name => "name",
            Via::Pronoun => "pronoun",
            Via::Description => "description",
            Via::Carried => "carried",
            Via::AccordingTo => "according_to",
        }
    }
}

/// Who says it: the local mention the cue attaches to, and the entity it
/// resolves to (if any).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Speaker {
    pub span: Span,
    pub entity: Option<EntityId>,
    /// For a pronoun, the name mention it resolves to ("He" → "Rubio").
    pub antecedent: Option<Span>,
    /// How the speaker was found.
    pub via: Via,
}

/// One quotation or piece of reported speech.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Quote {
    pub kind: QuoteKind,
    /// The quoted content, without the enclosing quote marks.
    pub span: Span,
    pub speaker: Option<Speaker>,
    /// The speech verb or phrase ("said", "according to").
    pub cue: Option<Span>,
}

/// How far (bytes) a cue may sit from the quote it attributes.
const WINDOW: usize = 400;

/// The fewest words an unattributed partial quote needs to be kept as
/// speech (with a null speaker): shorter ones are scare quotes.
const MIN_UNATTRIBUTED: usize = 4;

/// How many reported contents starting before a quote are checked for
/// holding it (nesting depth; keeps a huge sentence linear).
const NESTING: usize = 16;

/// One sentence's tokens and attributions (coordinated cues already carry
/// their inherited speaker).
struct SentenceInfo {
    toks: Vec<Tok>,
    attrs: Vec<Attr>,
    indirect: Vec<attribution::Indirect>,
}

/// Find the quotes of `doc`, tokenizing it first: for callers that have
/// only the sentences (tests); the pipeline calls [`extract_from`] with
/// the tokens `segment` made.
#[cfg(test)]
pub fn extract(doc: &Document, sentences: &[Sentence], entities: &[Entity]) -> Vec<Quote> {
    let (own, tokens) = crate::segment::segment(doc);
    debug_assert_eq!(own.as_slice(), sentences);
    extract_from(doc, sentences, entities, &tokens)
}

/// Find the quotes of `doc` from its sentences and their shared tokens
/// (both from [`crate::segment::segment`]).
pub fn extract_from(
    doc: &Document,
    sentences: &[Sentence],
    entities: &[Entity],
    tokens: &Tokens,
) -> Vec<Quote> {
    let text = doc.text;
    let paras: Vec<Span> = doc.paragraphs.iter().map(|p| p.span).collect();
    let pieces = marks::scan(text, &paras);
    let quoted: Vec<Span> = pieces.iter().map(|q| q.content).collect();

    let infos: Vec<SentenceInfo> = sentences
        .iter()
        .map(|s| {
            let toks = view::view(text, tokens, tokens.of(s), &quoted);
            let mut attrs = attribution::attributions(text, &toks);
            inherit_coordinated(&mut attrs);
            let mut indirect = attribution::indirect(text, &toks, &attrs);
            indirect.sort_by_key(|i| (i.content.start(), i.content.end(), i.attr));
            SentenceInfo {
                toks,
                attrs,
                indirect,
            }
        })
        .collect();

    let mut out: Vec<(Quote, Option<Mention>)> = Vec::new();
    direct_quotes(text, sentences, &infos, &pieces, &mut out);
    for info in &infos {
        for &ind in &info.indirect {
            let at = info.attrs[ind.attr];
            out.push((
                Quote {
                    kind: QuoteKind::Indirect,
                    span: ind.content,
                    speaker: at.speaker.map(|m| attributed(text, &at, m)),
                    cue: Some(at.cue),
                },
                at.speaker,
            ));
        }
    }

    out.extend(labelled_turns(text, doc));
    let resolver = Resolver::new(text, entities);
    let mut quotes: Vec<Quote> = out
        .into_iter()
        .map(|(mut q, m)| {
            if let (Some(sp), Some(m)) = (q.speaker.as_mut(), m) {
                resolver.resolve(sp, m);
            }
            q
        })
        .collect();
    quotes.sort_by_key(|q| (q.span.start(), q.span.end(), q.kind));
    quotes.dedup_by_key(|q| (q.span, q.kind));
    quotes
}

/// The speaker for mention `m`, before resolution.
fn local(text: &str, m: Mention) -> Speaker {
    Speaker {
        span: m.span,
        entity: None,
        antecedent: None,
        via: via_of(text, m),
    }
}

/// A pronoun, a name ("Rubio", "committee chairman Kostas Panagopoulos",
/// "The New York Post": the head word is a name), or a description ("the
/// American forensics expert", "U.S. officials", "an architect who").
fn via_of(text: &str, m: Mention) -> Via {
    if m.pronoun {
        return Via::Pronoun;
    }
    let head = text[m.refers.unwrap_or(m.span)]
        .split_whitespace()
        .last()
        .unwrap_or("");
    // "al-Amr": a name particle leaves a capital inside the head.
    if head.chars().any(char::is_uppercase) {
        Via::Name
    } else {
        Via::Description
    }
}

/// The speaker of an attribution's mention: "according to X" says so.
fn attributed(text: &str, a: &Attr, m: Mention) -> Speaker {
    let mut sp = local(text, m);
    if a.class == CueClass::According {
        sp.via = Via::AccordingTo;
    }
    sp
}

/// A cue in a coordinated verb phrase takes the previous cue's speaker.
fn inherit_coordinated(attrs: &mut [Attr]) {
    for i in 1..attrs.len() {
        if attrs[i].speaker.is_none() && attrs[i].coordinated {
            attrs[i].speaker = attrs[i - 1].speaker;
        }
    }
    for a in attrs.iter_mut() {
        a.coordinated = a.coordinated && a.speaker.is_some();
    }
}

/// The index of the sentence holding byte `pos` (the one before, between
/// sentences).
fn sentence_at(sentences: &[Sentence], pos: usize) -> Option<usize> {
    sentences
        .partition_point(|s| s.span.start() <= pos)
        .checked_sub(1)
}

/// Is the quote a title of a work rather than speech? Title Case content
/// (every word of four letters or more capitalized) and one of: a title
/// noun before it ("the song “American Skin (41 Shots)”"); an appositive
/// naming the kind after it ("“Chi-Raq,” a movie about ..."); or, for a
/// quote inside the writer's sentence without final punctuation, a
/// possessive or "on" before it ("NBC's ''Meet the Press''", "on “This
/// Week”").
fn is_title(text: &str, before: &str, content: Span, after: &str, inside: bool) -> bool {
    let c = &text[content];
    let words: Vec<&str> = c.split_whitespace().collect();
    let title_case = c.starts_with(|ch: char| ch.is_uppercase() || ch.is_ascii_digit())
        && words
            .iter()
            .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 4)
            .all(|w| w.starts_with(|ch: char| ch.is_uppercase() || !ch.is_alphabetic()));
    if !title_case || words.len() > 10 {
        return false;
    }
    let prev_raw = before.split_whitespace().last().unwrap_or("");
    let prev = prev_raw
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    if words::has(&prev, words::Class::TitleNoun) {
        return true;
    }
    // "“Chi-Raq,” a movie about ...": the kind follows as an appositive.
    let next: Vec<String> = after
        .trim_start_matches([',', ' ', '\n'])
        .split_whitespace()
        .take(4)
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect();
    if next
        .first()
        .is_some_and(|w| matches!(w.as_str(), "a" | "an" | "the" | "his" | "her" | "their"))
        && next[1..]
            .iter()
            .any(|w| words::has(w, words::Class::TitleNoun))
    {
        return true;
    }
    inside
        && !c.ends_with(['.', '?', '!'])
        && (prev_raw.ends_with("’s") || prev_raw.ends_with("'s") || prev == "on")
}

/// Where a quoted piece sits: its first and last sentence (the last one
/// extended over an attribution-only sentence after a question), its
/// paragraph, and the boundaries set by the pieces around it.
struct Frame {
    s0: usize,
    s1: usize,
    para: usize,
    sent_start: usize,
    sent_end: usize,
    prev_boundary: usize,
    next_boundary: usize,
}

fn frame(
    text: &str,
    sentences: &[Sentence],
    infos: &[SentenceInfo],
    pieces: &[marks::Quoted],
    qi: usize,
) -> Option<Frame> {
    let q = &pieces[qi];
    let s0 = sentence_at(sentences, q.open)?;
    let mut s1 = sentence_at(sentences, q.close_end.saturating_sub(1))
        .unwrap_or(s0)
        .max(s0);
    // "“Why isn’t this proof?” Vitter demanded.": a question or an
    // exclamation ends the sentence, but the attribution right after
    // it belongs to the quote.
    if text[q.content].ends_with(['?', '!'])
        && let (Some(n), Some(a)) = (
            sentences.get(s1 + 1),
            infos.get(s1 + 1).and_then(|i| i.attrs.first()),
        )
        && n.span.start() >= q.close_end
        && text[q.close_end..n.span.start()].trim().is_empty()
        && right_after(text, q.close_end, a)
        // "“… Trump!” US Senator Jeff Sessions said as he launched the
        // process.": a speech cue may go on with an adverbial, but a clause
        // after it ("Clinton says there needs to be ...") is new speech.
        && (text[a.cue.end()..n.span.end()].split_whitespace().count() <= 3
            || (a.class == CueClass::Speech && adverbial_next(&text[a.cue.end()..n.span.end()])))
    {
        s1 += 1;
    }
    let para = sentences[s0].paragraph;
    let sent_start = sentences[s0].span.start();
    let sent_end = sentences[s1].span.end();
    let prev_boundary = qi
        .checked_sub(1)
        .map(|p| pieces[p].close_end)
        .filter(|&e| e > sent_start && e <= q.open)
        .unwrap_or(sent_start);
    let next_boundary = pieces
        .get(qi + 1)
        .map(|n| n.open)
        .filter(|&o| o < sent_end && o >= q.close_end)
        .unwrap_or(sent_end);
    Some(Frame {
        s0,
        s1,
        para,
        sent_start,
        sent_end,
        prev_boundary,
        next_boundary,
    })
}

/// Does `rest` (the words after a cue) open with an adverbial rather than
/// reported content: "as he launched ...", "during the debate", "on
/// Tuesday", "when asked"?
fn adverbial_next(rest: &str) -> bool {
    use words::Class::{NpPreposition, ObjectCloser, TimeWord};
    let Some(w) = rest.split_whitespace().next() else {
        return true;
    };
    if !w.starts_with(char::is_alphanumeric) {
        return true;
    }
    let lw = w
        .trim_end_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    // "as" is a conjunction here ("said as he left"), in no list.
    lw == "as"
        || [NpPreposition, ObjectCloser, TimeWord]
            .into_iter()
            .any(|c| words::has(&lw, c))
        || crate::lexicon::is_weekday(&lw)
}

/// The attributions near quoted piece `qi` (a window within its
/// sentences), the one right after it and the one before it.
fn attrs_near(
    text: &str,
    infos: &[SentenceInfo],
    pieces: &[marks::Quoted],
    qi: usize,
    (s0, s1, prev_boundary, next_boundary): (usize, usize, usize, usize),
) -> (Vec<Attr>, Option<Attr>, Option<Attr>) {
    let q = &pieces[qi];
    // Candidate attributions in a window around the quote.
    let lo = q.open.saturating_sub(WINDOW);
    let hi = q.close_end + WINDOW;
    let mut cands: Vec<Attr> = Vec::new();
    for info in &infos[s0..=s1.min(infos.len() - 1)] {
        let from = info.attrs.partition_point(|a| a.cue.start() < lo);
        cands.extend(
            info.attrs[from..]
                .iter()
                .take_while(|a| a.cue.start() < hi)
                .filter(|a| !overlaps_any(pieces, qi, a.cue)),
        );
    }
    let after_attr = cands
        .iter()
        .find(|a| {
            a.cue.start() >= q.close_end
                && a.cue.start() < next_boundary
                && a.cue.start() - q.close_end <= 200
                && (matches!(a.class, CueClass::Speech | CueClass::According)
                    || right_after(text, q.close_end, a))
        })
        .copied();
    let before_attr = cands
        .iter()
        .rev()
        .find(|a| {
            a.cue.end() <= q.open
                && a.cue.start() >= prev_boundary
                // "they made plans to “shoot ...”": an intention verb
                // frames no one's words.
                && a.complement != attribution::Complement::Infinitive
        })
        .copied();
    (cands, after_attr, before_attr)
}

/// Last words of every attributed speaker name in the article.
fn speaker_names(text: &str, infos: &[SentenceInfo]) -> HashSet<String> {
    infos
        .iter()
        .flat_map(|i| i.attrs.iter())
        .filter_map(|a| a.speaker.filter(|m| !m.pronoun && m.refers.is_none()))
        .filter_map(|m| last_word(&text[m.span]))
        .collect()
}

/// Is the quoted piece a whole utterance (direct) rather than a few words
/// inside the writer's sentence (partial)?
fn is_direct(
    text: &str,
    q: &marks::Quoted,
    at_start: bool,
    after_attr: Option<Attr>,
    before_attr: Option<Attr>,
) -> bool {
    let content = &text[q.content];
    let whole = at_start
        && (after_attr.is_some()
            || content.ends_with([',', '.', '?', '!', '…', '—', ';', ':'])
            || content.split_whitespace().count() > 6);
    // A quoted sentence after its cue ("said “We will win.”") is whole too.
    let after_cue = before_attr.is_some_and(|a| {
        text[a.cue.end()..q.open].trim().is_empty()
            && content.starts_with(char::is_uppercase)
            && content.split_whitespace().count() >= 4
    });
    whole || after_cue
}

/// The outermost reporter of reported speech holding `content`.
fn outer_reporter(info: &SentenceInfo, content: Span) -> Option<Attr> {
    let indirect = &info.indirect;
    let upto = indirect.partition_point(|ind| ind.content.start() <= content.start());
    indirect[..upto]
        .iter()
        .rev()
        .take(NESTING)
        .filter(|ind| ind.content.contains(content))
        .min_by_key(|ind| ind.content.start())
        .map(|ind| info.attrs[ind.attr])
}

/// Push a quote; a multi-paragraph or reopened quote attributed at its end
/// gives the earlier pieces of its chain the same (carried) speaker.
fn push_chained(
    text: &str,
    out: &mut Vec<(Quote, Option<Mention>)>,
    chain_start: &mut Option<usize>,
    first_out: usize,
    q: &marks::Quoted,
    quote: Quote,
    mention: Option<Mention>,
) {
    if q.continued {
        if chain_start.is_none() {
            *chain_start = Some(out.len().saturating_sub(1).max(first_out));
        }
    } else {
        *chain_start = None;
    }
    out.push((quote, mention));
    // A multi-paragraph quote attributed at its end: give the earlier
    // pieces the same speaker.
    if let (Some(cs), Some(m)) = (*chain_start, mention)
        && !q.continues
    {
        for (earlier, em) in out[cs..].iter_mut() {
            if earlier.speaker.is_none() && earlier.kind == QuoteKind::Direct {
                earlier.speaker = Some(Speaker {
                    via: Via::Carried,
                    ..local(text, m)
                });
                *em = Some(m);
            }
        }
    }
}

/// Attribute and classify every quoted piece.
fn direct_quotes(
    text: &str,
    sentences: &[Sentence],
    infos: &[SentenceInfo],
    pieces: &[marks::Quoted],
    out: &mut Vec<(Quote, Option<Mention>)>,
) {
    let speakers = speaker_names(text, infos);
    // The speaker mention of the last attributed quote and the paragraph
    // where that quote ends (for carrying it to a cue-less next quote).
    let mut last: Option<(Mention, usize)> = None;
    let mut chain_start: Option<usize> = None;
    let first_out = out.len();
    for (qi, q) in pieces.iter().enumerate() {
        let Some(Frame {
            s0,
            s1,
            para,
            sent_start,
            sent_end,
            prev_boundary,
            next_boundary,
        }) = frame(text, sentences, infos, pieces, qi)
        else {
            continue;
        };
        let before = text[prev_boundary..q.open].trim_end();
        let content = &text[q.content];
        let at_start =
            before.is_empty() || before.ends_with([':', ',', '—', '–', '(', '[']) || q.continued;

        let (cands, after_attr, before_attr) = attrs_near(
            text,
            infos,
            pieces,
            qi,
            (s0, s1, prev_boundary, next_boundary),
        );
        let direct = is_direct(text, q, at_start, after_attr, before_attr);
        // A partial quote inside reported speech belongs to the outermost
        // reporter ("Cruz said he is sure Rubio will continue to be “a
        // champion”": Cruz, not Rubio).
        let outer = outer_reporter(&infos[s0], q.content);
        let intro = before_attr.filter(|a| introduces(text, a, q));
        let chosen =
            if direct {
                intro.or(after_attr).or(before_attr
                    .filter(|a| matches!(a.class, CueClass::Speech | CueClass::According)))
            } else {
                outer.or(before_attr).or(after_attr).or_else(|| {
                    cands
                        .iter()
                        .filter(|a| a.cue.start() >= sent_start && a.cue.end() <= sent_end)
                        .min_by_key(|a| a.cue.start().abs_diff(q.open))
                        .copied()
                })
            };
        // The next few words after the quote (bounded, on a char boundary).
        let rest = &text[q.close_end..];
        let after_text = &rest[..rest.char_indices().nth(48).map_or(rest.len(), |(i, _)| i)];
        if is_title(text, before, q.content, after_text, !direct) {
            continue;
        }
        let mut quote = Quote {
            kind: if direct {
                QuoteKind::Direct
            } else {
                QuoteKind::Partial
            },
            span: q.content,
            speaker: None,
            cue: None,
        };
        let mut mention = None;
        let mut via = None;
        let short = content.split_whitespace().count() < MIN_UNATTRIBUTED;
        if let Some(a) = chosen {
            if !direct && short && a.speaker.is_none() {
                // "The so-called “peace plan” was widely criticized": a
                // speakerless (passive) cue does not make a scare quote
                // speech.
                continue;
            }
            quote.cue = Some(a.cue);
            mention = a.speaker;
            if a.class == CueClass::According {
                via = Some(Via::AccordingTo);
            }
        } else if let Some(m) = as_source_near(text, infos, (s0, s1), q) {
            // "As Vulture put it, “…”": the source of the "as" clause.
            mention = Some(m);
        } else if let Some(m) = (direct && content.ends_with(','))
            .then(|| attribution::name_after(text, &infos[s1].toks, q.close_end))
            .flatten()
        {
            // "“…,” Trump shot back.": a verb the cue list lacks.
            mention = Some(m);
        } else if let Some(m) = direct.then(|| dash_name(text, q.close_end)).flatten() {
            mention = Some(m);
        } else if let Some(a) = direct
            .then(|| colon_intro(text, sentences, infos, s0, prev_boundary))
            .flatten()
        {
            quote.cue = Some(a.cue);
            mention = a.speaker;
        } else if let Some(m) = direct.then(|| label(text, q.content)).flatten() {
            mention = Some(m.0);
        } else if let Some(m) = (direct && before.ends_with(':'))
            .then(|| colon_subject(text, &infos[s0].toks, q.open))
            .flatten()
        {
            // "President Clinton released the following statement: “…”":
            // the subject of the clause before the colon.
            mention = Some(m);
        } else if direct {
            // Carry the speaker of the quote just before (same paragraph, or
            // the paragraph before when this one opens with the quote).
            let opens_para = q.continued
                || text[sentences[s0].span].starts_with(['“', '"', '«', '„'])
                    && opens_paragraph(sentences, s0);
            let carried = last
                .filter(|&(_, p)| p == para || (opens_para && p + 1 == para))
                .map(|(m, _)| m);
            // "..., Schiff said. “The other factor ...”": the reporter of
            // the sentence just before, when later than the last quote's.
            let reported = (before.is_empty() && s0 > 0)
                .then(|| reported_by(infos, s0 - 1))
                .flatten()
                .filter(|_| {
                    let p = sentences[s0 - 1].paragraph;
                    p == para || (opens_para && p + 1 == para)
                })
                .filter(|r| carried.is_none_or(|c| r.span.start() > c.span.start()));
            if let Some(m) = reported.or(carried) {
                mention = Some(m);
                via = Some(Via::Carried);
            }
        } else if !short {
            // A longer partial quote with no cue: someone's words, most
            // likely the sentence subject's ("Clinton urged voters to “send
            // a message to Wall Street”").
            // Only a pronoun or someone the article quotes elsewhere: a
            // sentence subject alone is too weak to name a speaker.
            mention = colon_subject(text, &infos[s0].toks, q.open).filter(|m| {
                m.pronoun
                    || last_word(&text[m.span]).is_some_and(|l| speakers.contains(&l))
                    || plausible_name(text, m.span)
            });
        } else {
            // A short partial quote with no attribution: scare quotes
            // ("the so-called “peace plan”"), not speech.
            continue;
        }
        // A headline-style single-quoted piece is speech only when
        // attributed ("Pence: Trump Was ‘Mocking’ ..."); alone it is a
        // subhead or a scare quote.
        if q.single && mention.is_none() {
            continue;
        }
        quote.speaker = mention.map(|m| Speaker {
            via: via.unwrap_or_else(|| via_of(text, m)),
            ..local(text, m)
        });
        if let Some(m) = mention {
            last = Some((m, sentences[s1].paragraph));
        }
        push_chained(text, out, &mut chain_start, first_out, q, quote, mention);
    }
}

/// The source of an "as" clause before the quote (in its first sentence)
/// or after it (in its last).
fn as_source_near(
    text: &str,
    infos: &[SentenceInfo],
    (s0, s1): (usize, usize),
    q: &marks::Quoted,
) -> Option<Mention> {
    attribution::as_source(text, &infos[s0].toks, q.open, q.close_end).or_else(|| {
        (s1 != s0)
            .then(|| attribution::as_source(text, &infos[s1].toks, q.open, q.close_end))
            .flatten()
    })
}

/// The speaker of the last speech cue of sentence `s` that reports
/// indirect content ("The administration may be reluctant to act, Schiff
/// said."), for a cue-less quote opening the next sentence.
fn reported_by(infos: &[SentenceInfo], s: usize) -> Option<Mention> {
    let info = &infos[s];
    info.indirect
        .iter()
        .map(|ind| info.attrs[ind.attr])
        .filter(|a| a.class == CueClass::Speech && !a.passive)
        .max_by_key(|a| a.cue.start())
        .and_then(|a| a.speaker)
}

/// Does speech cue `a` introduce the complete quoted sentence(s) `q`
/// ("She adds, “What kind of genius loses ...?”"), with only a comma or a
/// colon between? Then a cue after the closed quote ("Clinton says there
/// needs to be ...") starts new speech.
fn introduces(text: &str, a: &Attr, q: &marks::Quoted) -> bool {
    let end = a
        .speaker
        .map_or(a.cue.end(), |m| m.span.end().max(a.cue.end()));
    a.class == CueClass::Speech
        && a.speaker.is_some()
        && end <= q.open
        && matches!(text[end..q.open].trim(), "," | ":")
        && text[q.content].trim_end().ends_with(['.', '?', '!'])
}

/// Does attribution `a` follow the quote ending at `close_end` with only
/// its speaker in between ("“Why isn’t this proof?” Vitter demanded.")?
/// Then the quote is the cue's complement, whatever the cue's class.
fn right_after(text: &str, close_end: usize, a: &Attr) -> bool {
    let Some(m) = a.speaker else {
        return false;
    };
    let first = m.span.start().min(a.cue.start());
    first >= close_end
        && text[close_end..first]
            .chars()
            .all(|c| c.is_whitespace() || matches!(c, ',' | '”' | '"'))
}

/// "“…” ― Sonya Herridge": a name after a dash that follows the quote
/// (reader comments, epigraphs).
fn dash_name(text: &str, close_end: usize) -> Option<Mention> {
    let rest = &text[close_end..];
    // Only the rest of the line can hold the name, but reading to the line
    // end is quadratic on long one-line inputs (every quote would scan to
    // the end of the text). Stop as soon as the line cannot pass the checks
    // below: a character that is neither white space, a dash nor allowed in
    // a name, or more white-space-separated words than a dash plus five name
    // words. Lines that pass here get the same checks as before.
    let mut words = 0;
    let mut in_word = false;
    let mut end = rest.len();
    for (i, c) in rest.char_indices() {
        if c == '\n' || c == '\r' {
            end = i;
            break;
        }
        if c.is_whitespace() {
            in_word = false;
            continue;
        }
        let allowed = c.is_alphabetic() || matches!(c, '.' | '\'' | '’' | '―' | '—' | '–' | '-');
        if !allowed {
            return None;
        }
        if !in_word {
            in_word = true;
            words += 1;
            if words > 6 {
                return None;
            }
        }
    }
    let line = &rest[..end];
    let trimmed = line.trim_start();
    let dash = trimmed
        .chars()
        .next()
        .filter(|c| matches!(c, '―' | '—' | '–' | '-'))?;
    let name_part = trimmed[dash.len_utf8()..].trim_start();
    let name = name_part.trim_end();
    let words: Vec<&str> = name.split_whitespace().collect();
    let ok = (1..=5).contains(&words.len())
        && words[0].starts_with(char::is_uppercase)
        && words.iter().all(|w| {
            w.starts_with(char::is_uppercase)
                || matches!(*w, "de" | "del" | "la" | "van" | "von" | "da")
        })
        && name.chars().all(|c| {
            c.is_alphabetic() || c == ' ' || c == '.' || c == '-' || c == '\'' || c == '’'
        });
    if !ok {
        return None;
    }
    let start = close_end + (line.len() - name_part.len());
    let span = Span::new(text, start, start + name.len());
    Some(Mention {
        span,
        first: 0,
        last: 0,
        pronoun: false,
        inverted: true,
        refers: None,
    })
}

/// The main-clause subject before a colon that opens a quote at `open`.
fn colon_subject(text: &str, toks: &[Tok], open: usize) -> Option<Mention> {
    let before = toks.partition_point(|t| t.span.start() < open);
    // "Pollsters agree - Carl Bialik: “…”": a name right before the colon.
    if before >= 2
        && toks[before - 1].punct(text) == Some(':')
        && let Some(m) = attribution::name_before(text, toks, before - 2)
    {
        return Some(m);
    }
    attribution::main_subject(text, toks, before)
}

/// "He said:¶“We have a situation ...”": a quote opening its paragraph
/// after a paragraph that ends with a cue and a colon.
fn colon_intro(
    text: &str,
    sentences: &[Sentence],
    infos: &[SentenceInfo],
    s0: usize,
    prev_boundary: usize,
) -> Option<Attr> {
    if s0 == 0 || !opens_paragraph(sentences, s0) || prev_boundary != sentences[s0].span.start() {
        return None;
    }
    let prev = s0 - 1;
    if !text[sentences[prev].span].trim_end().ends_with(':') {
        return None;
    }
    infos[prev]
        .attrs
        .iter()
        .rev()
        .find(|a| matches!(a.class, CueClass::Speech | CueClass::According))
        .copied()
        .or_else(|| {
            // "She addressed the supporters again:¶“…”": no cue, but the
            // clause's subject introduces the quote.
            let toks = &infos[prev].toks;
            let m = attribution::main_subject(text, toks, toks.len().saturating_sub(1))?;
            Some(Attr {
                cue: m.span,
                cue_first: m.first,
                cue_last: m.last,
                class: CueClass::Speech,
                complement: attribution::Complement::That,
                speaker: Some(m),
                coordinated: false,
                passive: false,
            })
        })
}

/// "WALLACE: Let’s start ..." / "Pat Caddell: Democrat Voters ...": a short
/// name and a colon opening a paragraph or a quote (transcripts, headlines).
/// Returns the name mention and where the content starts.
fn label(text: &str, span: Span) -> Option<(Mention, usize)> {
    static LABEL: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^[\x22“]?\s*((?:[A-Z][\w.'’-]*)(?:[ \t]+[A-Z][\w.'’-]*){0,2})[ \t]*:[ \t]+")
            .expect("label regex")
    });
    let s = &text[span];
    let caps = LABEL.captures(s)?;
    let name = caps.get(1)?;
    let words: Vec<&str> = name.as_str().split_whitespace().collect();
    // "Contributing: ...", "Reporting by ..." credit lines are no turns.
    if (words.len() == 1 && words[0].ends_with("ing"))
        || (words.len() > 1 && words.iter().all(|w| common_lower_word(w)))
        || words.iter().any(|w| {
            words::has(
                &w.trim_end_matches(['’', '\'']).to_lowercase(),
                words::Class::NotLabel,
            )
        })
        || name.as_str().chars().any(|c| c.is_ascii_digit())
    {
        return None;
    }
    let whole = caps.get(0)?;
    if s[whole.end()..].is_empty() {
        return None;
    }
    let m = Mention {
        span: Span::new(text, span.start() + name.start(), span.start() + name.end()),
        first: 0,
        last: 0,
        pronoun: false,
        inverted: false,
        refers: None,
    };
    Some((m, span.start() + whole.end()))
}

/// A word English writes in lower case ("Subs Not Used:" is a line-up label,
/// not a speaker), and no given name.
fn common_lower_word(w: &str) -> bool {
    let lw = w.to_lowercase();
    crate::lexicon::common_word(&lw) == Some(false) && crate::lexicon::given_name(w).is_none()
}

/// Paragraphs (or quoted turns) that open with "NAME:": indirect speech of
/// NAME, content to the paragraph end.
fn labelled_turns(text: &str, doc: &Document) -> Vec<(Quote, Option<Mention>)> {
    let mut out = Vec::new();
    for p in &doc.paragraphs {
        let Some((m, start)) = label(text, p.span) else {
            continue;
        };
        let content = Span::new(text, start, p.span.end()).trim(text);
        if content.is_empty() || text[content].split_whitespace().count() < 2 {
            continue;
        }
        out.push((
            Quote {
                kind: QuoteKind::Indirect,
                span: content,
                speaker: Some(local(text, m)),
                cue: None,
            },
            Some(m),
        ));
    }
    out
}

/// Is sentence `s` the first of its paragraph?
fn opens_paragraph(sentences: &[Sentence], s: usize) -> bool {
    s == 0 || sentences[s - 1].paragraph != sentences[s].paragraph
}

/// Does `span` fall inside the content of a quoted piece (the cue is the
/// speaker's words, not the writer's)?
fn overlaps_any(pieces: &[marks::Quoted], qi: usize, span: Span) -> bool {
    let lo = qi.saturating_sub(2);
    pieces[lo..(qi + 3).min(pieces.len())]
        .iter()
        .any(|p| p.content.overlaps(span))
}

#[cfg(test)]
mod tests;
