//! Speech cues: the cue table (`src/lexicon/cues.tsv`: class and
//! complement of every form) and where a cue word counts as one.
//!
//! Input: a sentence's tokens. Output: the cue at a token, with its entry.
//!
//! Known limits: word forms, not lemmas: every tense is its own row; a
//! capitalized cue counts only sentence-initially ("Asked") or in a Title
//! Case headline.

use super::*;
use crate::quotes::words::{
    Class::{Auxiliary, HeadlineCue},
    has,
};

// The cue table is the lexicon's (`cues.tsv`, loaded once there); this
// stage keeps only where a cue word counts as one.
pub use crate::lexicon::{Complement, Cue as CueEntry, CueClass};

/// A cue starting at token `i`: its entry and last token.
pub(super) fn cue_at(text: &str, toks: &[Tok], i: usize) -> Option<(CueEntry, usize)> {
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
            is_np_determiner(prev) || matches!(prev, "best" | "worst" | "most" | "least")
        }
    {
        return None;
    }
    // "Reality TV shows are booming", "the claims were false": a cue word
    // followed by a verb is a noun, the subject of that verb.
    if toks
        .get(i + 1)
        .is_some_and(|n| n.word && !n.quoted && has(n.text(text), Auxiliary))
    {
        return None;
    }
    // Speech verbs are lower case mid-sentence ("State" in "Secretary of
    // State" is no cue), except a sentence-initial "Asked whether ..." and
    // a Title Case headline's "Trump Says He Will Go".
    if is_cap(w) {
        let lw = lower(w);
        let first = toks[..i].iter().all(|t| !t.word);
        let headline = has(&lw, HeadlineCue)
            && i > 0
            && is_word(toks, i - 1)
            && is_cap(toks[i - 1].text(text))
            // "..., Lindsey Graham Says.": the headline's last word.
            && toks.get(i + 1).is_none_or(|n| {
                (n.word && is_cap(n.text(text)))
                    || is_mark(text, *n)
                    || (n.punct(text) == Some('.') && i + 2 >= toks.len())
            });
        if (first && lw == "asked") || headline {
            return lexicon::cue(lw.as_str()).map(|e| (e, i));
        }
        return None;
    }
    lexicon::cue(w).map(|e| (e, i))
}

/// Is the word at `i` a cue of any class (used to stop noun phrases)?
pub(super) fn is_cue_word(text: &str, toks: &[Tok], i: usize) -> bool {
    let w = toks[i].text(text);
    !is_cap(w) && lexicon::cue(w).is_some()
}
