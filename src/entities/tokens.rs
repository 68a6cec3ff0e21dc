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

/// Tokenize `span` of `text`.
pub(crate) fn tokenize(text: &str, span: Span) -> Vec<Token> {
    let s = &text[span];
    let base = span.start();
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let n = chars.len();
    let at = |i: usize| if i < n { chars[i].0 } else { s.len() };
    let ch = |i: usize| chars.get(i).map(|&(_, c)| c);
    let alnum = |i: usize| ch(i).is_some_and(char::is_alphanumeric);
    let mut out: Vec<Token> = Vec::new();
    let push = |out: &mut Vec<Token>, a: usize, b: usize, kind| {
        out.push(Token {
            span: Span::new(text, base + at(a), base + at(b)),
            kind,
        });
    };
    let mut i = 0;
    while i < n {
        let c = chars[i].1;
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        let after_word = out.last().is_some_and(|t| t.kind == TokKind::Word);
        if is_apostrophe(c) && matches!(ch(i + 1), Some('s' | 'S')) && !alnum(i + 2) && after_word {
            push(&mut out, i, i + 2, TokKind::Possessive);
            i += 2;
            continue;
        }
        if !c.is_alphanumeric() {
            push(&mut out, i, i + 1, TokKind::Punct);
            i += 1;
            continue;
        }
        let start = i;
        let mut seg_start = i; // start of the current dot-separated piece
        let mut j = i + 1;
        loop {
            if alnum(j) {
                j += 1;
                continue;
            }
            match ch(j) {
                Some(c) if (c == '-' || c == '&' || is_apostrophe(c)) && alnum(j + 1) => {
                    // "Trump’s": the possessive is split off above.
                    if is_apostrophe(c) && matches!(ch(j + 1), Some('s' | 'S')) && !alnum(j + 2) {
                        break;
                    }
                    j += 2;
                }
                // "U.S", "U.N": a dot after a one-letter piece, then a letter.
                Some('.') if j - seg_start == 1 && ch(j + 1).is_some_and(char::is_alphabetic) => {
                    j += 2;
                    seg_start = j - 1;
                }
                _ => break,
            }
        }
        if ch(j) == Some('.') {
            let word = &s[at(start)..at(j)];
            let single_cap = j - start == 1 && chars[start].1.is_uppercase();
            let with_dot = &s[at(start)..at(j + 1)];
            if word.contains('.') || single_cap || lexicon::abbreviation(with_dot).is_some() {
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
