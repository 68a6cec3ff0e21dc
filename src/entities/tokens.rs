//! Word and punctuation tokens for the entity rules.
//!
//! Input: the text and one sentence span. Output: [`Token`]s in text order.
//! A word keeps internal hyphens and apostrophes ("son-in-law", "O'Neill"),
//! internal periods of initialisms ("U.S."), and a final period when the
//! word is a listed abbreviation or a single capital ("Rep.", "J.").
//! A possessive "’s" / "'s" is its own token, also when tokenized text
//! puts a space before it ("Japan 's"), so a name never includes it.
//!
//! Known limits: no special handling of URLs, e-mail addresses or numbers
//! with internal punctuation beyond what the rules above give.

use crate::document::Span;
use crate::lexicon;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TokKind {
    Word,
    /// "’s" or "'s" after a word.
    Possessive,
    /// Any other single non-space char.
    Punct,
}

/// One token: its span and kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Token {
    pub span: Span,
    pub kind: TokKind,
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// The char at byte `i` of `s` and its length; ASCII without decoding.
#[inline]
fn char_at(s: &str, i: usize) -> Option<(char, usize)> {
    let b = *s.as_bytes().get(i)?;
    if b < 0x80 {
        return Some((b as char, 1));
    }
    s[i..].chars().next().map(|c| (c, c.len_utf8()))
}

#[inline]
fn alnum_at(s: &str, i: usize) -> bool {
    char_at(s, i).is_some_and(|(c, _)| c.is_alphanumeric())
}

/// "’s" / "'s" at byte `i`, not followed by a letter or digit: its length.
fn possessive_at(s: &str, i: usize) -> Option<usize> {
    let (c, len) = char_at(s, i)?;
    if !is_apostrophe(c) {
        return None;
    }
    let (c2, _) = char_at(s, i + len)?;
    (matches!(c2, 's' | 'S') && !alnum_at(s, i + len + 1)).then_some(len + 1)
}

/// Tokenize `span` of `text`.
///
/// Works on byte offsets with an ASCII fast path: this runs over every
/// sentence of every article.
pub(crate) fn tokenize(text: &str, span: Span) -> Vec<Token> {
    let s = &text[span];
    let base = span.start();
    let mut out: Vec<Token> = Vec::with_capacity(s.len() / 4 + 1);
    let push = |out: &mut Vec<Token>, a: usize, b: usize, kind| {
        out.push(Token {
            span: Span::new(text, base + a, base + b),
            kind,
        });
    };
    let mut i = 0;
    while let Some((c, len)) = char_at(s, i) {
        if c.is_whitespace() {
            i += len;
            continue;
        }
        let after_word = out.last().is_some_and(|t| t.kind == TokKind::Word);
        if after_word && let Some(plen) = possessive_at(s, i) {
            push(&mut out, i, i + plen, TokKind::Possessive);
            i += plen;
            continue;
        }
        if !c.is_alphanumeric() {
            push(&mut out, i, i + len, TokKind::Punct);
            i += len;
            continue;
        }
        let start = i;
        let mut seg_start = i; // start of the current dot-separated piece
        let mut j = i + len;
        while let Some((c, clen)) = char_at(s, j) {
            if c.is_alphanumeric() {
                j += clen;
                continue;
            }
            if (c == '-' || c == '&' || is_apostrophe(c)) && alnum_at(s, j + clen) {
                // "Trump’s": the possessive is split off above.
                if possessive_at(s, j).is_some() {
                    break;
                }
                j += clen;
                continue;
            }
            // "U.S", "U.N": a dot after a one-letter piece, then a letter.
            if c == '.'
                && s[seg_start..j].chars().count() == 1
                && char_at(s, j + 1).is_some_and(|(n, _)| n.is_alphabetic())
            {
                j += 1;
                seg_start = j;
                continue;
            }
            break;
        }
        if s.as_bytes().get(j) == Some(&b'.') {
            let word = &s[start..j];
            let single_cap = word.chars().count() == 1 && c.is_uppercase();
            // Listed abbreviations are short ("Mr.", "Calif."): longer words
            // skip the lookup.
            let short = j - start <= 6;
            if word.contains('.')
                || single_cap
                || (short && lexicon::abbreviation(&s[start..=j]).is_some())
            {
                j += 1;
            }
        }
        push(&mut out, start, j, TokKind::Word);
        i = j;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(text: &str) -> Vec<(&str, TokKind)> {
        tokenize(text, Span::new(text, 0, text.len()))
            .into_iter()
            .map(|t| (&text[t.span], t.kind))
            .collect()
    }

    #[test]
    fn tokens() {
        use TokKind::*;
        let cases: &[(&str, &[(&str, TokKind)])] = &[
            (
                "Trump’s envoy",
                &[("Trump", Word), ("’s", Possessive), ("envoy", Word)],
            ),
            (
                "Japan 's team",
                &[("Japan", Word), ("'s", Possessive), ("team", Word)],
            ),
            (
                "the U.S. said",
                &[("the", Word), ("U.S.", Word), ("said", Word)],
            ),
            (
                "Rep. Don Bacon (R-Neb.)",
                &[
                    ("Rep.", Word),
                    ("Don", Word),
                    ("Bacon", Word),
                    ("(", Punct),
                    ("R-Neb", Word),
                    (".", Punct),
                    (")", Punct),
                ],
            ),
            ("son-in-law Jared", &[("son-in-law", Word), ("Jared", Word)]),
            (
                "Kirill\nDmitriev.",
                &[("Kirill", Word), ("Dmitriev", Word), (".", Punct)],
            ),
            ("don't 'so", &[("don't", Word), ("'", Punct), ("so", Word)]),
        ];
        for (text, want) in cases {
            assert_eq!(toks(text), *want, "{text}");
        }
    }
}
