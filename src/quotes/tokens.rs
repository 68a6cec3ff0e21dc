//! A small tokenizer for attribution analysis: words and punctuation with
//! their spans, each flagged when it lies inside quoted content.
//!
//! Input: the text, a span (one sentence or frame) and the sorted quoted
//! content spans. Output: [`Tok`]s in order. Words keep inner apostrophes,
//! hyphens and periods ("Russia’s", "R-Neb.", "U.S."); a final period stays
//! on titles and initials ("Rep.", "J.") so that name runs hold together.
//!
//! Known limits: no numbers or currency handling (attribution does not need
//! them); "St." and other abbreviations outside the title list split off
//! their period.

use crate::document::Span;

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

/// Titles whose final period belongs to the word (name runs).
const TITLES: &[&str] = &[
    "Capt", "Col", "Dr", "Gen", "Gov", "Jr", "Lt", "Maj", "Mr", "Mrs", "Ms", "Pres", "Prof", "Rep",
    "Rev", "Sen", "Sgt", "Sr", "St",
];

fn inner_joiner(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '.' | '&' | '‑')
}

/// Tokenize `span` of `text`; `quoted` is the sorted list of quoted
/// content spans (non-overlapping).
pub fn tokenize(text: &str, span: Span, quoted: &[Span]) -> Vec<Tok> {
    let s = &text[span];
    let base = span.start();
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let mut out = Vec::new();
    let mut k = 0;
    let mut q = quoted.partition_point(|c| c.end() <= base);
    let mut push = |start: usize, end: usize, word: bool, out: &mut Vec<Tok>| {
        let sp = Span::new(text, base + start, base + end);
        while q < quoted.len() && quoted[q].end() <= sp.start() {
            q += 1;
        }
        let inside = q < quoted.len() && quoted[q].contains(sp);
        out.push(Tok {
            span: sp,
            word,
            quoted: inside,
        });
    };
    while k < chars.len() {
        let (i, c) = chars[k];
        if c.is_whitespace() {
            k += 1;
            continue;
        }
        if !c.is_alphanumeric() {
            push(i, i + c.len_utf8(), false, &mut out);
            k += 1;
            continue;
        }
        let mut j = k + 1;
        while j < chars.len() {
            let cj = chars[j].1;
            if cj.is_alphanumeric() {
                j += 1;
            } else if inner_joiner(cj) && chars.get(j + 1).is_some_and(|n| n.1.is_alphanumeric()) {
                j += 2;
            } else {
                break;
            }
        }
        let mut end = chars.get(j).map_or(s.len(), |p| p.0);
        let w = &s[i..end];
        // Keep the final period of titles, initials and dotted initialisms.
        if chars.get(j).is_some_and(|p| p.1 == '.') {
            let single_cap = w.chars().count() == 1 && w.starts_with(char::is_uppercase);
            if TITLES.contains(&w) || single_cap || w.contains('.') {
                end += 1;
                j += 1;
            }
        }
        push(i, end, true, &mut out);
        k = j;
    }
    out
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
        ];
        for (text, want) in cases {
            let toks = tokenize(text, Span::new(text, 0, text.len()), &[]);
            let got: Vec<&str> = toks.iter().map(|t| t.text(text)).collect();
            assert_eq!(&got, want, "text {text:?}");
        }
    }

    #[test]
    fn quoted_flag() {
        let text = "He said “it is” now.";
        let q = Span::new(text, 11, 16);
        assert_eq!(&text[q], "it is");
        let toks = tokenize(text, Span::new(text, 0, text.len()), &[q]);
        let flagged: Vec<&str> = toks
            .iter()
            .filter(|t| t.quoted)
            .map(|t| t.text(text))
            .collect();
        assert_eq!(flagged, vec!["it", "is"]);
    }
}
