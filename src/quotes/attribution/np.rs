//! Speaker noun phrases: the subject before a cue (skipping auxiliaries,
//! adverbials, appositives and parentheticals), the noun phrase after it
//! ("said committee chairman X"), the main-clause subject (past datelines
//! and opening phrases), the source of an "as" clause next to a quote ("As
//! X put it"), and the name after a comma-final quote ("“…,” X shot
//! back").
//!
//! Input: a sentence's tokens and a cue position. Output: [`Mention`]s.
//!
//! Known limits: no parse: a subject far from its verb is missed, and an
//! object can pass for a subject in odd word orders.

use super::*;
use crate::quotes::words::Class::{
    CapStop, DocumentSource, Indefinite, NpConnector, NpPreposition, NpStop, VerbSkip,
};
use crate::quotes::words::has;

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

pub(super) fn is_cap_stop(text: &str, t: Tok) -> bool {
    has(&lower(t.text(text)), CapStop)
}

/// The subject of the sentence's main clause, for a participle or a
/// coordinated verb without its own ("Clinton attacked Trump, saying ...").
pub fn main_subject(text: &str, toks: &[Tok], before: usize) -> Option<Mention> {
    let mut start = toks.iter().position(|t| t.word && !t.quoted)?;
    // A dateline ("WASHINGTON —", "Washington (AFP) –", "PHILADELPHIA
    // (UPI) —") is no subject.
    let w = toks[start].text(text);
    let dash = |k: usize| {
        toks.get(k)
            .is_some_and(|t| matches!(t.punct(text), Some('—' | '–' | '-' | '―')))
    };
    let agency_close = (start + 1..(start + 5).min(toks.len()))
        .find(|&k| toks[k].punct(text) == Some(')'))
        .filter(|_| {
            toks.get(start + 1)
                .is_some_and(|t| t.punct(text) == Some('('))
        });
    let all_caps = w.len() > 1 && w.chars().all(|c| !c.is_lowercase());
    let after_dateline = match agency_close {
        Some(c) if dash(c + 1) => Some(c + 2),
        _ if all_caps && (dash(start + 1) || agency_close.is_some()) => Some(start + 1),
        _ => None,
    };
    if let Some(from) = after_dateline {
        start = (from..toks.len()).find(|&k| toks[k].word && !toks[k].quoted)?;
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
    // "Hours later, Trump ...": a time phrase opens the sentence.
    let opener = |m: &Mention| {
        m.first == m.last
            && toks
                .get(m.last + 1)
                .is_some_and(|t| t.word && is_time_word(&lower(t.text(text))))
            && toks
                .get(m.last + 2)
                .is_some_and(|t| t.punct(text) == Some(','))
    };
    if is_cap(w) && !has(&lower(w), CapStop) && start < before {
        if let Some(m) = subject_at(start).filter(|m| !opener(m)) {
            return Some(m);
        }
    } else if is_cap(w) && !has(&lower(w), CapStop) {
        return None;
    }
    // "After the meeting, Zelensky said ...", "On July 6, 2015, Sanders
    // made the following comment:", "Speaking in Salem, New Hampshire,
    // Trump went after Bush": the clause after an opening phrase; a name
    // followed by another comma is part of that phrase.
    let found: Vec<Mention> = (start..before.min(start + 20))
        .filter(|&k| toks[k].punct(text) == Some(',') && !toks[k].quoted)
        .filter_map(|k| (k + 1 < before).then(|| subject_at(k + 1)).flatten())
        .collect();
    let followed_by_comma = |m: &Mention| {
        toks.get(m.last + 1)
            .is_some_and(|t| t.punct(text) == Some(','))
    };
    found
        .iter()
        .find(|m| !followed_by_comma(m))
        .or(found.first())
        .copied()
}

/// Why no subject was found to the left of a cue.
pub(super) enum Left {
    Found(Mention),
    /// A boundary (start, punctuation, quote mark): try the inverted order.
    Boundary,
    /// Words that are not a subject (an object, a prepositional phrase).
    NotSubject,
    /// A passive cue: its grammatical subject is not the speaker.
    Passive,
}

/// The noun phrase ending at token `end` (a subject before its verb).
pub(super) fn np_left(text: &str, toks: &[Tok], end: usize) -> Left {
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
    if is_subject_pronoun(&lw) {
        return Left::Found(mention(toks, e, e, true, false));
    }
    if (lw == "who" || lw == "which") && e > 0 {
        return relative_subject(text, toks, e);
    }
    // "Then someone asked how ...": speech, but by no one in particular.
    if has(&lw, Indefinite) {
        return Left::Passive;
    }
    // "the letter reads", "The statement noted": a document after a
    // determiner is the source, though such nouns stop a phrase elsewhere.
    let document = has(&lw, DocumentSource)
        && e > 0
        && is_word(toks, e - 1)
        && is_np_determiner(&lower(toks[e - 1].text(text)));
    // Stop words are lower case; "The Washington Post", "Day" are names.
    // "the 34-year-old mother of three replied": a number after "of" ends
    // a post-modifier, not the phrase.
    let of_number = e > 0
        && toks[e - 1].text(text) == "of"
        && (head.chars().all(|c| c.is_ascii_digit())
            || matches!(lw.as_str(), "two" | "three" | "four" | "five"));
    if of_number {
        if let Some(before) = e.checked_sub(2)
            && let Left::Found(m) = np_left(text, toks, before)
            && !m.pronoun
            && m.refers.is_none()
        {
            return Left::Found(mention(toks, m.first, e, false, false));
        }
        return Left::NotSubject;
    }
    if (!is_cap(head) && has(&lw, NpStop) && !document)
        || is_np_determiner(&lw)
        || is_cue_word(text, toks, e)
        || (is_time_word(&lw) && !in_name(text, toks, e))
        || (is_cap(head) && has(&lw, CapStop))
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
        if head_cap && !is_cap(w) && has(&lw, NpConnector) {
            // "Secretary of State Marco Rubio", "Mr. Morgan of the Sierra
            // Club": connectors inside a name run.
            let mut c = k;
            while c > 0
                && is_word(toks, c - 1)
                && has(&lower(toks[c - 1].text(text)), NpConnector)
                && !is_cap(toks[c - 1].text(text))
            {
                c -= 1;
            }
            if c > 0
                && is_word(toks, c - 1)
                && is_cap(toks[c - 1].text(text))
                && !has(&lower(toks[c - 1].text(text)), CapStop)
            {
                words += first - c;
                first = c;
                continue;
            }
        }
        if is_np_determiner(&lw) {
            if !head_cap || lw == "the" {
                first = k;
            }
            break;
        }
        if is_cap(w) && has(&lw, CapStop) {
            break;
        }
        if has(&lw, NpStop) || is_cue_word(text, toks, k) || is_adverb(w) {
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
    // "restructuring experts say": a participle right before a plural head
    // modifies it.
    let modifier = first + 1 == e && head.ends_with('s') && !head.ends_with("ss");
    if !modifier && !is_cap(toks[first].text(text)) && toks[first].text(text).ends_with("ing") {
        return Left::NotSubject;
    }
    // "in the same breath warned": a prepositional object is no subject,
    // except in "with the Kremlin claiming".
    let prep = (first > 0 && is_word(toks, first - 1))
        .then(|| lower(toks[first - 1].text(text)))
        .filter(|p| has(p, NpPreposition));
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
pub(super) fn np_right(text: &str, toks: &[Tok], start: usize) -> Option<Mention> {
    if !is_word(toks, start) {
        return None;
    }
    let w = toks[start].text(text);
    let lw = lower(w);
    if is_subject_pronoun(&lw) && lw != "it" {
        return Some(mention(toks, start, start, true, true));
    }
    if is_time_word(&lw) || (is_cap(w) && has(&lw, CapStop)) || has(&lw, Indefinite) {
        return None;
    }
    let det = is_np_determiner(&lw);
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
        // "Council on Friday": a time word after the connector is no name.
        let connector = has(&lw, NpConnector)
            && !is_cap(w)
            && is_word(toks, k + 1)
            && is_cap(toks[k + 1].text(text))
            && !is_time_word(&lower(toks[k + 1].text(text)));
        if is_cue_word(text, toks, k) || is_time_word(&lw) {
            break;
        }
        if has(&lw, NpStop) && !connector {
            break;
        }
        // "The nominee outlined his plan": a finite verb (unless after an
        // adverb: "the widely respected analyst") or a second determiner
        // ends a determiner phrase.
        if det
            && k > start + 1
            && (is_np_determiner(&lw)
                || (super::indirect::is_finite_verb(&lw) && !is_adverb(toks[k - 1].text(text))))
        {
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
pub(super) fn plural_np(text: &str, toks: &[Tok], start: usize) -> Option<Mention> {
    let mut k = start;
    while k < start + 4 && is_word(toks, k) {
        let lw = lower(toks[k].text(text));
        if has(&lw, NpStop) || is_time_word(&lw) || is_cue_word(text, toks, k) {
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
pub(super) fn role_before_name(text: &str, toks: &[Tok], start: usize) -> Option<usize> {
    let mut k = start;
    while k < start + 3 && is_word(toks, k) {
        let w = toks[k].text(text);
        let lw = lower(w);
        if is_cap(w) {
            break;
        }
        if has(&lw, NpStop)
            || is_np_determiner(&lw)
            || is_subject_pronoun(&lw)
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
    (k > start && is_cap(name) && !has(&lower(name), CapStop)).then_some(k)
}

/// Find the subject of the cue at `cue_first`: returns the mention, whether
/// the left side was a boundary, and the first token of the cue with its
/// auxiliaries.
pub(super) fn subject(text: &str, toks: &[Tok], cue_first: usize) -> (Left, usize) {
    let mut j = cue_first;
    let mut aux_first = cue_first;
    let mut skipped = 0;
    let mut be = false;
    while j > 0 && skipped < 4 {
        let k = j - 1;
        if !is_word(toks, k) {
            break;
        }
        let w = toks[k].text(text);
        // "Clinton on Tuesday said": a time adverbial between subject and verb.
        let next_is_weekday = toks.get(k + 1).is_some_and(|n| is_weekday(n.text(text)));
        // "Wells Fargo just this month announced", "Clinton last week said".
        let period = matches!(w, "week" | "month" | "year")
            && k > 0
            && matches!(toks[k - 1].text(text), "this" | "last" | "earlier");
        let period_start = matches!(w, "this" | "last")
            && toks
                .get(k + 1)
                .is_some_and(|n| matches!(n.text(text), "week" | "month" | "year"));
        let timeish = is_weekday(w)
            || period
            || period_start
            || (matches!(w, "on" | "last" | "this" | "early" | "late") && next_is_weekday)
            || (matches!(w, "night" | "morning" | "evening" | "afternoon")
                && k > 0
                && is_weekday(toks[k - 1].text(text)));
        if !timeish && (is_cap(w) || !(has(w, VerbSkip) || is_adverb(w))) {
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

/// Is the capitalized word at `e` part of a name run ("Theresa May",
/// "Prime Minister Theresa May"), where a month name is a surname?
fn in_name(text: &str, toks: &[Tok], e: usize) -> bool {
    let prev = e
        .checked_sub(1)
        .filter(|&k| is_word(toks, k))
        .map(|k| toks[k].text(text));
    is_cap(toks[e].text(text))
        && prev.is_some_and(|p| is_cap(p) && !is_time_word(&lower(p)) && !has(&lower(p), CapStop))
}

/// A relative pronoun before its verb ("Barkley, who said ...", "a firm
/// which contended ..."): the mention is the pronoun, standing for the
/// noun phrase before it.
fn relative_subject(text: &str, toks: &[Tok], e: usize) -> Left {
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
    // "written by a firm which contended": a relative pronoun before
    // its verb is that verb's subject, whatever its antecedent's role.
    if let Some(before) = k.checked_sub(1).filter(|&b| is_word(toks, b)) {
        let mut who = mention(toks, e, e, false, false);
        who.refers = Some(toks[before].span);
        return Left::Found(who);
    }
    Left::NotSubject
}

/// The source named by an "as" clause next to a quote: "As Steven M.
/// Rosenthal, a tax lawyer, recently put it, ''…''", "as The New Yorker put
/// it in a lengthy expose, “the operator.”", "… a “lawful source of
/// income,” as a Homeland Security memo put it." `open` and `close_end`
/// bound the quote. The clause is "as", a noun phrase, then "put it" or a
/// cue word within the sentence, closing with a comma or colon right
/// before the quote, or opening right after it.
pub fn as_source(text: &str, toks: &[Tok], open: usize, close_end: usize) -> Option<Mention> {
    let is_as = |k: usize| is_word(toks, k) && matches!(toks[k].text(text), "as" | "As");
    let qa = toks.partition_point(|t| t.span.start() < open);
    let qb = toks.partition_point(|t| t.span.start() < close_end);
    // After the quote: "…,” as X put it".
    let after = (qb..(qb + 2).min(toks.len()))
        .find(|&k| is_as(k))
        .filter(|&k| (qb..k).all(|j| toks[j].punct(text) == Some(',')));
    let before = || {
        let punct = qa.checked_sub(1)?;
        if !matches!(toks[punct].punct(text), Some(',' | ':')) || toks[punct].quoted {
            return None;
        }
        (punct.saturating_sub(40)..punct)
            .rev()
            .take_while(|&k| !toks[k].quoted)
            .find(|&k| is_as(k))
    };
    let k = after.or_else(before)?;
    let end = if after.is_some() { toks.len() } else { qa };
    let verb = (k + 2..end.min(k + 40))
        .take_while(|&j| {
            !toks[j].quoted && !matches!(toks[j].punct(text), Some('.' | ';' | '?' | '!'))
        })
        .find(|&j| {
            let put_it = toks[j].text(text) == "put"
                && toks.get(j + 1).is_some_and(|n| n.text(text) == "it");
            put_it || is_cue_word(text, toks, j)
        })?;
    let m = np_right(text, toks, k + 1)?;
    // "a Homeland Security memo put it": the phrase ends before its verb,
    // and before an auxiliary or adverb ("had", "recently").
    let mut last = m.last.min(verb - 1);
    while last > m.first
        && (has(toks[last].text(text), VerbSkip) || is_adverb(toks[last].text(text)))
    {
        last -= 1;
    }
    (!m.pronoun || last == m.first).then(|| Mention {
        inverted: false,
        ..mention(toks, m.first, last, m.pronoun, false)
    })
}

/// The speaker right after a quote that ends with a comma, before a verb
/// the cue lexicon does not hold: "“Jeb wants to be a tough guy,” Trump
/// shot back." The comma inside the closing mark announces an attribution;
/// a name or a pronoun followed by a lower-case word is its subject.
pub fn name_after(text: &str, toks: &[Tok], close_end: usize) -> Option<Mention> {
    let qb = toks.partition_point(|t| t.span.start() < close_end);
    let m = np_right(text, toks, qb)?;
    let next = toks.get(m.last + 1).filter(|t| t.word && !t.quoted)?;
    let w = next.text(text);
    let named = m.pronoun || toks[m.first..=m.last].iter().all(|t| is_cap(t.text(text)));
    (named && !is_cap(w) && !has(&lower(w), NpStop) && !is_np_determiner(w)).then_some(Mention {
        inverted: false,
        ..m
    })
}
