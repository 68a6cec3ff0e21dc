//! Indirect speech: the reported content of an attribution ("said that
//! ...", "says the plan ...", "..., sources said", "according to X, ...").
//!
//! Input: a sentence's tokens and attributions. Output: [`Indirect`] contents.
//!
//! Known limits: a parenthetical attribution ("The plan, he said, is dead")
//! yields no content; a bare clause is recognized by its verb forms only.

use super::*;
use crate::quotes::words::Class::{
    Auxiliary, CapStop, MediaNoun, NotClause, NotObject, ObjectCloser, ObjectPronoun,
    PrepositionIng, PronounContraction, TopicPreposition, VerbSkip, WhWord,
};
use crate::quotes::words::has;

/// Reported content found for an attribution.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Indirect {
    pub content: Span,
    /// Index into the sentence's attributions.
    pub attr: usize,
}

/// Skip time adverbials and "in a statement"-like phrases after a cue
/// ("said on Friday he met", "said in an interview the plan"); returns the
/// next token index.
pub(super) fn skip_adverbials(text: &str, toks: &[Tok], mut k: usize) -> usize {
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
                .find(|&j| toks[j].word && has(toks[j].text(text), MediaNoun));
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

/// Share of the words in `toks[a..b]` that are quoted.
pub(super) fn quoted_share(toks: &[Tok], a: usize, b: usize) -> f64 {
    let words: Vec<&Tok> = toks[a..b].iter().filter(|t| t.word).collect();
    if words.is_empty() {
        return 1.0;
    }
    words.iter().filter(|t| t.quoted).count() as f64 / words.len() as f64
}

/// Trim punctuation (but not closing quote marks) from both ends of
/// `toks[a..b]` and make a content span; `None` when under two words or
/// when it is really a direct quotation.
pub(super) fn content(text: &str, toks: &[Tok], mut a: usize, mut b: usize) -> Option<Span> {
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
pub(super) fn comma_before(text: &str, toks: &[Tok], lead: usize) -> Option<usize> {
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
pub(super) fn clause_end(
    text: &str,
    toks: &[Tok],
    a: usize,
    starts: &[bool],
    object: bool,
) -> usize {
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
                                && (w.ends_with("ing") && w.len() > 5 && !has(w, PrepositionIng)
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
                        && toks.get(k + 1).is_some_and(|n| {
                            // "praised his work but also had to ...", "declined
                            // the assignment and has since left": an
                            // auxiliary or adverb opens a second predicate.
                            let nw = n.text(text);
                            n.word
                                && !n.quoted
                                && (is_past_verb(nw)
                                    || (has(nw, VerbSkip) && !is_cap(nw))
                                    || is_adverb(nw))
                        })))
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
pub(super) fn clause_like(text: &str, toks: &[Tok], a: usize) -> bool {
    let first = toks[a].text(text);
    if is_subject_pronoun(&lower(first)) && first != "it" || first == "I" {
        return true;
    }
    for k in a..toks.len().min(a + 25) {
        let t = toks[k];
        if !t.word {
            // "know Russia’s plans, and the mood is grim": a new clause
            // after ", and" is not the object's verb.
            let coordinated = t.punct(text) == Some(',')
                && toks
                    .get(k + 1)
                    .is_some_and(|n| n.word && matches!(n.text(text), "and" | "but" | "or"));
            if coordinated {
                return false;
            }
            if t.quoted || is_mark(text, t) || matches!(t.punct(text), Some(',' | '\'' | '‘' | '’'))
            {
                continue;
            }
            return false;
        }
        let w = t.text(text);
        // "maintained a policy of turning away boats which ... have
        // criticised": a relative clause's verb belongs to an object.
        if k > a && matches!(w, "which" | "who" | "whom" | "whose") {
            return false;
        }
        // A Title Case headline's verb ("Obama Says Museum Will Tell").
        if is_finite_verb(w) || (is_cap(w) && has(&lower(w), Auxiliary)) {
            return true;
        }
        if is_cap(w) || t.quoted {
            continue;
        }
        let next = toks.get(k + 1).filter(|n| n.word && !n.quoted);
        if w == "to"
            && next.is_some_and(|n| {
                let nw = n.text(text);
                !is_cap(nw) && !is_np_determiner(nw) && !nw.chars().any(|c| c.is_ascii_digit())
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
            && !is_np_determiner(&lower(prev))
            && !prev.chars().all(|c| c.is_ascii_digit())
            && !prev.ends_with("’s")
            && !prev.ends_with("'s")
            // "turning away boats of migrants": a plural after a particle
            // or a preposition, or before "of", heads a noun phrase.
            && !has(prev, NotObject)
            && !has(prev, NotClause)
            && toks.get(k + 1).is_none_or(|n| n.text(text) != "of")
        {
            return true;
        }
    }
    false
}

/// A lower-case finite verb form: an auxiliary, a modal, a regular past
/// ("defended") or an irregular one ("went"; not "put", which may be a
/// base form).
pub(super) fn is_finite_verb(w: &str) -> bool {
    // The non-finite forms of the auxiliaries open no clause, nor "do",
    // more often a base form in news ("to do", "will do") than a finite one.
    (lexicon::function_word(w) & lexicon::vocab::FW_AUXILIARY != 0
        && !matches!(w, "be" | "been" | "being" | "having" | "do"))
        || lexicon::is_plain_irregular_past(w)
        || (w.len() > 4 && w.ends_with("ed"))
        || w.ends_with("n't")
        || w.ends_with("n’t")
        || has(w, PronounContraction)
        || w.ends_with("'re")
        || w.ends_with("’re")
        || w.ends_with("'ll")
        || w.ends_with("’ll")
        || w.ends_with("'d")
        || w.ends_with("’d")
}

/// A lower-case past-tense verb form ("defended", "went"): after "and" it
/// starts a new predicate rather than continuing an object.
pub(super) fn is_past_verb(w: &str) -> bool {
    // An auxiliary continues the reported clause ("may have been offensive
    // but were not racist"); a form equal to its base ("cut") may be one
    // more infinitive ("to buy new planes and cut its debt").
    !is_cap(w)
        && (w.len() > 4 && w.ends_with("ed")
            || lexicon::is_plain_irregular_past(w)
                && lexicon::function_word(w) & lexicon::vocab::FW_AUXILIARY == 0)
}

/// The longest reported content, in tokens.
pub(super) const MAX_CONTENT: usize = 150;

/// Token positions where an attribution begins (its cue, or a subject that
/// precedes its cue): reported content before them ends.
pub(super) fn attribution_starts(toks: &[Tok], attrs: &[Attr]) -> Vec<bool> {
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
    let starts = attribution_starts(toks, attrs);
    attrs
        .iter()
        .enumerate()
        .filter_map(|(ai, at)| {
            let content = if at.class == CueClass::According {
                according_content(text, toks, at, &starts)
            } else if let Some(c) = passive_content(text, toks, at) {
                Some(c)
            } else {
                forward_content(text, toks, at, &starts)
                    .or_else(|| backward_content(text, toks, at))
            }?;
            Some(Indirect { content, attr: ai })
        })
        .collect()
}

/// "According to X, ...", "..., according to X", "... according to a count".
fn according_content(text: &str, toks: &[Tok], at: &Attr, starts: &[bool]) -> Option<Span> {
    let sp = at.speaker?;
    if at.cue_first == 0 || (at.cue_first == 1 && !toks[0].word) {
        if toks.get(sp.last + 1).and_then(|t| t.punct(text)) == Some(',') {
            let end = clause_end(text, toks, sp.last + 2, starts, false);
            if let Some(c) = content(text, toks, sp.last + 2, end) {
                return Some(c);
            }
        }
    } else if let Some(k) = comma_before(text, toks, at.cue_first)
        && let Some(c) = content(text, toks, k.saturating_sub(MAX_CONTENT), k)
    {
        return Some(c);
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
        return Some(c);
    }
    None
}

/// Forward content: "said (last week) that ...", "says the plan ...",
/// "cited derogatory comments ...".
fn forward_content(text: &str, toks: &[Tok], at: &Attr, starts: &[bool]) -> Option<Span> {
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
        // A listener's quoted show title ("told MSNBC's \"Morning Joe\"
        // that") is passed over too.
        let reach = after + usize::from(at.complement != Complement::Recipient);
        if (t.quoted || is_mark(text, t)) && k <= reach {
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
        // "has attacked loopholes that benefit others", "spoke in a
        // cottage that overlooks ...": after a framing verb's object or a
        // topic word's phrase, "that" opens a relative clause.
        // A particle does not count ("pointed out that ...").
        let particle = k == after + 1 && matches!(toks[after].text(text), "out" | "up");
        if t.word
            && t.text(text) == "that"
            && (at.class == CueClass::Frame || at.complement == Complement::Topic)
            && k > after
            && !particle
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
    // "spoke about his plan", "critical of the deal", "called for a ban":
    // a topic phrase's noun phrase is the content of any cue but "say" and
    // "tell" (whose "said on the campaign trail" is a place).
    if start.is_none()
        && !inverted
        && !matches!(at.complement, Complement::Bare | Complement::Recipient)
        && let Some(k) = topic_object(text, toks, after, at)
    {
        start = Some(k);
        object = true;
    }
    if start.is_none() && !inverted && after < toks.len() {
        let w = toks[after].text(text);
        match at.complement {
            Complement::Bare | Complement::Clause
                if is_word(toks, after)
                    && !has(&lower(w), NotClause)
                    && !is_adverb(w)
                    && (at.complement == Complement::Bare || clause_like(text, toks, after)) =>
            {
                start = Some(after);
            }
            Complement::Bare | Complement::Clause if is_word(toks, after) => {
                start = clause_after_opener(text, toks, after);
            }
            Complement::Recipient => start = recipient_clause(text, toks, after),
            // "plans to cut taxes": the infinitive is the content.
            Complement::Infinitive
                if w == "to" && is_word(toks, after + 1) && !is_cap(toks[after + 1].text(text)) =>
            {
                start = Some(after);
                object = true;
            }
            Complement::Object
                if (toks[after].word
                    && !has(&lower(w), NotObject)
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
        let mut end = clause_end(text, toks, a, starts, object);
        if object || at.speaker.is_some_and(|m| m.refers.is_some()) {
            // An object, or a relative clause ("Barkley, who said he
            // votes, left"), ends at the first comma or dash.
            if let Some(c) = (a..end).find(|&k| {
                // A spaced hyphen ("on Waitangi Day - February 6") is a dash.
                !toks[k].quoted
                    && matches!(toks[k].punct(text), Some(',' | '—' | '–' | '-' | '(' | ':'))
            }) {
                end = c;
            }
        }
        if object {
            end = object_end(text, toks, a, end);
        }
        if let Some(c) = content(text, toks, a, end) {
            return Some(c);
        }
        if object {
            return one_word_object(text, toks, a, end);
        }
    }
    None
}

/// A one-word object that is a name or an object pronoun ("has endorsed
/// Trump", "attacked Machado", "cited it"): the stance's whole content.
/// Other single words ("endorsed one") are too vague to report.
fn one_word_object(text: &str, toks: &[Tok], a: usize, end: usize) -> Option<Span> {
    let words: Vec<usize> = (a..end).filter(|&k| toks[k].word).collect();
    let &[k] = words.as_slice() else {
        return None;
    };
    let w = toks[k].text(text);
    let name =
        is_cap(w) && !has(&lower(w), CapStop) && !is_weekday(w) && !lexicon::is_month(&lower(w));
    (!toks[k].quoted && (name || has(w, ObjectPronoun))).then_some(toks[k].span)
}

/// The noun phrase after a topic preposition at `k` ("about his plan",
/// "of the deal"): where it starts. A time phrase ("on Friday", "over the
/// weekend") or a bare preposition is no topic.
fn topic_object(text: &str, toks: &[Tok], k: usize, at: &Attr) -> Option<usize> {
    let (class, complement) = (at.class, at.complement);
    /// Nouns of a duration or a time: "spoke for five minutes", "over the
    /// weekend" are no topics.
    const SPANS: &[&str] = &[
        "minutes", "hours", "days", "weeks", "months", "years", "decades", "while", "weekend",
        "time", "now",
    ];
    let p = toks.get(k).filter(|t| t.word && !t.quoted)?;
    let pw = p.text(text);
    if !has(pw, TopicPreposition) {
        return None;
    }
    // Any cue takes "about" and "against"; "for", "on" and "over" follow
    // an object verb ("called for a ban", "criticized over the deal"); "of"
    // a topic word ("critical of"): "asked of", "support of" are no topics.
    let ok = match complement {
        Complement::Topic => true,
        Complement::Object => pw != "of",
        // "what we know about the meeting": a cognition verb's topic is
        // its relative object, no content.
        _ => pw != "for" && class != CueClass::Cognition,
    };
    let n = toks.get(k + 1).filter(|t| t.word || is_mark(text, **t))?;
    let nw = lower(n.text(text));
    let timed = |j: usize| {
        toks.get(j).is_some_and(|t| {
            let w = lower(t.text(text));
            is_time_word(&w) || SPANS.contains(&w.as_str())
        })
    };
    // "signed on to", "for about five minutes", "for years", "over the weekend".
    if !ok
        || (n.word
            && (has(&nw, NotObject)
                || nw == "about"
                || nw == "to"
                || nw.starts_with(|c: char| c.is_ascii_digit())
                || timed(k + 1)
                || (is_np_determiner(&nw) && timed(k + 2))))
    {
        return None;
    }
    Some(k + 1)
}

/// A passive cue's subject when its agent follows "by" ("Clinton has been
/// endorsed by dozens of papers", "the bill was passed by Congress"): the
/// agent holds the stance, the subject is what it is about (one word will
/// do: "Trump is supported by far fewer publications").
fn passive_content(text: &str, toks: &[Tok], at: &Attr) -> Option<Span> {
    let sp = at.speaker?;
    let by = at.cue_last + 1;
    if sp.first != by + 1 || !is_word(toks, by) || toks[by].text(text) != "by" {
        return None;
    }
    // "was asked by reporters whether he ...": the question is the content.
    if toks
        .get(sp.last + 1)
        .is_some_and(|t| t.word && (has(&lower(t.text(text)), WhWord) || t.text(text) == "that"))
    {
        return None;
    }
    // Back over the auxiliaries and adverbs: "was first reported by".
    let mut j = at.cue_first;
    while j > 0 && is_word(toks, j - 1) && {
        let w = toks[j - 1].text(text);
        has(w, VerbSkip) || is_adverb(w)
    } {
        j -= 1;
    }
    let m = match np_left(text, toks, j.checked_sub(1)?) {
        Left::Found(m) => m,
        _ => return None,
    };
    // "He was asked by reporters", "was told by aides": a speech verb's
    // person subject is its listener, not what was said.
    if at.class == CueClass::Speech && (at.complement == Complement::Recipient || m.pronoun) {
        return None;
    }
    Some(m.refers.unwrap_or(m.span))
}

/// Backward content: "..., sources said." / "..., said Rubio."
fn backward_content(text: &str, toks: &[Tok], at: &Attr) -> Option<Span> {
    // Backward: "..., sources said." / "..., said Rubio."
    if at.class != CueClass::Speech {
        return None;
    }
    let sp = at.speaker?;
    // "..., Malaysia's Prime Minister, Najib Razak, said": a speaker in
    // apposition ends no content; "..., sources said" does.
    if !sp.inverted && toks.get(sp.last + 1).and_then(|t| t.punct(text)) == Some(',') {
        return None;
    }
    let lead = if sp.inverted { at.cue_first } else { sp.first };
    let k = comma_before(text, toks, lead).filter(|&k| k >= 2)?;
    let tail_from = sp.last.max(at.cue_last) + 1;
    let tail = &toks[tail_from.min(toks.len())..toks.len().min(tail_from + 13)];
    let tail = &tail[..tail
        .iter()
        .position(|t| !t.quoted && t.punct(text) == Some(','))
        .unwrap_or(tail.len())];
    if tail.len() > 12 || tail.iter().any(|t| t.word && t.text(text) == "that") {
        return None;
    }
    if let Some(c) = content(text, toks, k.saturating_sub(MAX_CONTENT), k) {
        return Some(c);
    }
    None
}

/// Where an object content ends: before a trailing time or occasion
/// adverbial ("denounced the annexation in an on-air diatribe", "cited the
/// figure at last week's forum", "has not mentioned Machado since the
/// debate", "endorsed one in July"). The object keeps at least one word.
fn object_end(text: &str, toks: &[Tok], a: usize, end: usize) -> usize {
    for k in a + 1..end {
        let t = toks[k];
        if !t.word || t.quoted {
            continue;
        }
        let w = t.text(text);
        if has(w, ObjectCloser) || skip_adverbials(text, toks, k) > k {
            return k;
        }
        // "in July", "in 2015", "at last week's forum", "on Friday".
        if matches!(w, "in" | "on" | "at")
            && let Some(n) = toks.get(k + 1).filter(|n| n.word && !n.quoted)
        {
            let nw = lower(n.text(text));
            if lexicon::is_month(&nw)
                || lexicon::is_weekday(&nw)
                || matches!(nw.as_str(), "last" | "this" | "next")
                || (nw.len() == 4 && nw.chars().all(|c| c.is_ascii_digit()))
            {
                return k;
            }
        }
    }
    end
}

/// The clause after a listener ("told reporters the plan is dead", "told
/// Alex Marlow on Thursday how surprised he is"): where it starts, or
/// `None` when the listener stands alone ("told the group").
fn recipient_clause(text: &str, toks: &[Tok], after: usize) -> Option<usize> {
    let first = toks.get(after).filter(|t| t.word && !t.quoted)?;
    let fw = lower(first.text(text));
    if has(&fw, NotObject) || is_subject_pronoun(&fw) {
        return None;
    }
    let mut k = after + 1;
    if !has(&fw, ObjectPronoun) {
        // The listener runs until a word that opens a clause: a subject
        // pronoun, a determiner, a question word, or a name after common
        // nouns ("told reporters Trump was ...").
        loop {
            let t = *toks.get(k)?;
            if k > after + 6 || (!t.word && !t.quoted && !is_mark(text, t)) {
                return None;
            }
            if t.word && !t.quoted {
                let w = t.text(text);
                let lw = lower(w);
                let prev = toks[k - 1];
                let opens = is_subject_pronoun(&lw)
                    || is_np_determiner(&lw)
                    || has(&lw, WhWord)
                    || lw == "that"
                    || has(&lw, NotObject)
                    || (is_cap(w)
                        && prev.word
                        && !is_cap(prev.text(text))
                        && prev.text(text).ends_with('s'));
                if opens {
                    break;
                }
            }
            k += 1;
        }
    }
    let j = skip_adverbials(text, toks, k);
    let t = toks.get(j).filter(|t| t.word && !t.quoted)?;
    let w = lower(t.text(text));
    if w == "that" {
        return Some(j + 1);
    }
    if has(&w, WhWord) {
        return Some(j);
    }
    (!has(&w, NotClause) && !is_adverb(&w) && clause_like(text, toks, j)).then_some(j)
}

/// A bare clause behind a word that usually ends one ((class `not_clause` of `quote_lists.tsv`)):
/// "said no decision had been made", "said about 20 people have ...",
/// "said after the convention he would ...". Returns where it starts.
fn clause_after_opener(text: &str, toks: &[Tok], after: usize) -> Option<usize> {
    let w = toks[after].text(text);
    let next = toks.get(after + 1).filter(|n| n.word && !n.quoted);
    // "no" before a noun phrase with a verb, not the answer "said no".
    if w == "no" && next.is_some_and(|n| !is_cap(n.text(text))) && clause_like(text, toks, after) {
        return Some(after);
    }
    // "about 20 people": an approximate number opens the subject.
    if w == "about" && next.is_some_and(|n| n.text(text).starts_with(|c: char| c.is_ascii_digit()))
    {
        return clause_like(text, toks, after).then_some(after);
    }
    // A short time phrase, then a subject pronoun: the clause starts there.
    if matches!(
        w,
        "after" | "before" | "during" | "at" | "in" | "on" | "last" | "this" | "earlier"
    ) {
        let k = (after + 1..toks.len().min(after + 7))
            .take_while(|&k| is_word(toks, k))
            .find(|&k| matches!(toks[k].text(text), "he" | "she" | "they" | "we" | "I"))?;
        return clause_like(text, toks, k).then_some(k);
    }
    None
}
