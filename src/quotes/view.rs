//! The quotes stage's view of the shared tokens ([`crate::segment::Tokens`]):
//! words and punctuation with their spans, each flagged when it lies inside
//! quoted content.
//!
//! Input: the text, one sentence's shared tokens and the sorted quoted
//! content spans. Output: [`Tok`]s in order. The attribution rules were
//! written for coarser words than the shared layer makes, so the view
//! re-joins and re-splits a few shared tokens (all within text that has no
//! white space, so it only regroups, never re-reads, the text):
//! - a possessive stays on its word ("Russia’s", "it's": the rules read a
//!   possessive name as one word); a detached "'s" is a quote mark and "s";
//! - any inner period joins ("world.Today", "e.g", "3.5.2");
//! - thousands commas split ("600", ",", "000") and a leading decimal point
//!   is its own token (".08"), as the rules never read numbers;
//! - a final period stays only on titles, initials and dotted initialisms
//!   ("Rep.", "J.", "U.S."), not on other abbreviations ("R-Neb", ".").
//!
//! Known limits: "St." and other abbreviations outside the title list split
//! off their period.

use crate::document::Span;
use crate::segment::{Shape, Token, Tokens};

/// One token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tok {
    pub span: Span,
    /// A word (letters or digits), else a single punctuation char.
    pub word: bool,
    /// Inside quoted content (the speaker's words, not the writer's).
    pub quoted: bool,
}

impl Tok {
    pub fn text(self, text: &str) -> &str {
        &text[self.span]
    }

    /// The punctuation char, or `None` for a word.
    pub fn punct(self, text: &str) -> Option<char> {
        if self.word {
            None
        } else {
            text[self.span].chars().next()
        }
    }
}

/// Titles whose final period belongs to the word (name runs). The shared
/// layer's abbreviation list is wider ("Calif.", "Neb."); the attribution
/// rules read a period after those as a sentence-internal stop.
/// (`quote_lists.tsv` class `name_title`, written capitalized: "Dr", not "DR").
fn is_name_title(w: &str) -> bool {
    let mut chars = w.chars();
    chars.next().is_some_and(char::is_uppercase)
        && chars.all(char::is_lowercase)
        && super::words::has(&w.to_lowercase(), super::words::Class::NameTitle)
}

/// Chars that join two alphanumeric runs into one word here (the shared
/// joiners plus the period).
fn inner_joiner(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '.' | '&' | '‑')
}

/// One atom: its byte range and whether it is a word.
type Atom = (usize, usize, bool);

/// Split the shared tokens into atoms: no final period, no thousands
/// comma, no leading decimal point, a possessive as apostrophe + "s".
fn atoms(text: &str, tokens: &Tokens, shared: &[Token]) -> Vec<Atom> {
    let mut out: Vec<Atom> = Vec::with_capacity(shared.len() + 4);
    for &t in shared {
        let (a, b) = (t.span.start(), t.span.end());
        let shape = tokens.shape(t);
        if !shape.is_word() {
            out.push((a, b, false));
            continue;
        }
        let w = &text[a..b];
        if let Some(c) = w.chars().next().filter(|&c| c == '\'' || c == '’') {
            let l = c.len_utf8();
            out.push((a, a + l, false));
            out.push((a + l, b, true));
            continue;
        }
        let mut from = a;
        if w.starts_with('.') && b - a > 1 {
            out.push((a, a + 1, false));
            from = a + 1;
        }
        let end = if w.ends_with('.') && b - from > 1 {
            b - 1
        } else {
            b
        };
        if matches!(shape, Shape::Digits | Shape::Mixed) {
            let base = from;
            for (k, _) in text[base..end].match_indices(',') {
                let comma = base + k;
                out.push((from, comma, true));
                out.push((comma, comma + 1, false));
                from = comma + 1;
            }
        }
        out.push((from, end, true));
        if end < b {
            out.push((end, b, false));
        }
    }
    out
}

/// The view of one sentence's shared tokens; `quoted` is the sorted list
/// of quoted content spans (non-overlapping).
pub fn view(text: &str, tokens: &Tokens, shared: &[Token], quoted: &[Span]) -> Vec<Tok> {
    let atoms = atoms(text, tokens, shared);
    let mut out = Vec::with_capacity(atoms.len());
    let mut q = shared
        .first()
        .map_or(0, |t| quoted.partition_point(|c| c.end() <= t.span.start()));
    let mut k = 0;
    while k < atoms.len() {
        let (start, mut end, word) = atoms[k];
        k += 1;
        if word {
            // Join across inner joiners: word, joiner, word, all touching.
            while k + 1 < atoms.len() {
                let (js, je, jw) = atoms[k];
                let (ws, we, ww) = atoms[k + 1];
                let joins = !jw && js == end && ws == je && ww;
                if !joins || !text[js..je].chars().next().is_some_and(inner_joiner) {
                    break;
                }
                end = we;
                k += 2;
            }
            // Keep the final period of titles, initials and dotted initialisms.
            if let Some(&(ps, pe, false)) = atoms.get(k)
                && ps == end
                && &text[ps..pe] == "."
            {
                let w = &text[start..end];
                let single_cap = w.chars().count() == 1 && w.starts_with(char::is_uppercase);
                if is_name_title(w) || single_cap || w.contains('.') {
                    end = pe;
                    k += 1;
                }
            }
        }
        let sp = Span::new(text, start, end);
        while q < quoted.len() && quoted[q].end() <= sp.start() {
            q += 1;
        }
        let inside = q < quoted.len() && quoted[q].contains(sp);
        out.push(Tok {
            span: sp,
            word,
            quoted: inside,
        });
    }
    out
}

/// The view of all of `text` as one span, tokenized here (tests).
#[cfg(test)]
pub(crate) fn view_of(text: &str, quoted: &[Span]) -> Vec<Tok> {
    let doc = crate::document::Document::new(text);
    let (_, tokens) = crate::segment::segment(&doc);
    view(text, &tokens, &tokens.list, quoted)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_and_punct() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Rep. Don Bacon (R-Neb.) wrote:",
                &["Rep.", "Don", "Bacon", "(", "R-Neb", ".", ")", "wrote", ":"],
            ),
            (
                "“I don't,” Russia’s U.S. envoy said.",
                &[
                    "“",
                    "I",
                    "don't",
                    ",",
                    "”",
                    "Russia’s",
                    "U.S.",
                    "envoy",
                    "said",
                    ".",
                ],
            ),
            ("voters’ rights", &["voters", "’", "rights"]),
            (
                "600,000 or 1,000,000km .08 it's Calif. J.Smith Japan 's",
                &[
                    "600", ",", "000", "or", "1", ",", "000", ",", "000km", ".", "08", "it's",
                    "Calif", ".", "J.Smith", "Japan", "'", "s",
                ],
            ),
        ];
        for (text, want) in cases {
            let toks = view_of(text, &[]);
            let got: Vec<&str> = toks.iter().map(|t| t.text(text)).collect();
            assert_eq!(&got, want, "text {text:?}");
        }
    }

    #[test]
    fn quoted_flag() {
        let text = "He said “it is” now.";
        let q = Span::new(text, 11, 16);
        assert_eq!(&text[q], "it is");
        let toks = view_of(text, &[q]);
        let flagged: Vec<&str> = toks
            .iter()
            .filter(|t| t.quoted)
            .map(|t| t.text(text))
            .collect();
        assert_eq!(flagged, vec!["it", "is"]);
    }
}
