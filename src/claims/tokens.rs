//! A small tokenizer for the claim rules: words, numbers and punctuation,
//! each with its span and whether it touches the token before it.
//!
//! Input: the text and a span (one sentence). Output: [`Token`]s in order.
//! Numbers keep their thousands separators and decimal point in one token
//! ("600,000", "2.5"); a comma only joins digits when exactly three follow,
//! so "5,10" stays two numbers. Words are runs of letters with inner
//! apostrophes ("don't", "Russia’s"); hyphens and periods are separate
//! punctuation tokens, so "twenty-one" is three touching tokens.
//!
//! Thousands may also be grouped with a no-break or thin space ("40 000"
//! with U+202F), or with a plain space ("10 000", "1 234 567") when the
//! lead group has one to three digits and every later group exactly three;
//! a plain space never mixes with commas ("5 100,000" is two numbers), and
//! a four-digit lead ("in 2017 300 people") keeps the numbers apart.
//!
//! Known limits: a plain space between a small count and a three-digit
//! number ("5 100-metre races") joins them; no scientific notation; digits touching letters split into two touching tokens
//! ("10kg" = "10" + "kg"), which the rules then read.

use crate::document::Span;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Word,
    Number,
    Punct,
}

/// One token of a sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
    pub kind: Kind,
    /// No white space between this token and the one before.
    pub attached: bool,
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// Tokens of `text[span]`.
pub fn tokenize(text: &str, span: Span) -> Vec<Token> {
    let s = &text[span];
    let base = span.start();
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let end_of = |k: usize| chars.get(k).map_or(s.len(), |&(i, _)| i);
    let mut out = Vec::new();
    let mut k = 0;
    let mut last_end: Option<usize> = None;
    while k < chars.len() {
        let (i, c) = chars[k];
        if c.is_whitespace() {
            k += 1;
            continue;
        }
        // ".08": a leading decimal point after a space or at the start.
        let leading_point = c == '.'
            && chars.get(k + 1).is_some_and(|x| x.1.is_ascii_digit())
            && (k == 0 || chars[k - 1].1.is_whitespace());
        let kind = if c.is_ascii_digit() || leading_point {
            if leading_point {
                k += 1;
            }
            k += 1;
            let mut seen_point = leading_point;
            // The first separator used; a plain space never mixes with
            // another ("5 100,000" is two numbers).
            let mut sep: Option<char> = None;
            let first_digits = k;
            // "i7 860": digits glued to letters are part of a name; a space
            // after them groups nothing.
            let glued = k >= 2 && chars[k - 2].1.is_alphanumeric();
            while k < chars.len() {
                let c = chars[k].1;
                let group_follows = (1..=3)
                    .all(|d| chars.get(k + d).is_some_and(|x| x.1.is_ascii_digit()))
                    && !chars.get(k + 4).is_some_and(|x| x.1.is_ascii_digit());
                if c.is_ascii_digit() {
                    k += 1;
                } else if (c == ',' || c == '\u{a0}' || c == '\u{202f}' || c == '\u{2009}')
                    && !seen_point
                    && sep != Some(' ')
                    && group_follows
                {
                    sep = Some(c);
                    k += 4;
                } else if c == ' '
                    && !seen_point
                    && sep.is_none_or(|s| s == ' ')
                    && group_follows
                    // "10 000", "1 234 567": the lead group has one to three
                    // digits ("in 2017 300 people" stays two numbers), and
                    // the group is no start of a decimal or another group.
                    && !glued
                    && (sep.is_some() || k - first_digits < 3)
                    && !chars.get(k + 4).is_some_and(|x| matches!(x.1, ',' | '.' | '/' | '-') && chars.get(k + 5).is_some_and(|y| y.1.is_ascii_digit()))
                {
                    sep = Some(' ');
                    k += 4;
                } else if c == '.'
                    && !seen_point
                    && chars.get(k + 1).is_some_and(|x| x.1.is_ascii_digit())
                {
                    seen_point = true;
                    k += 2;
                } else {
                    break;
                }
            }
            Kind::Number
        } else if c.is_alphabetic() {
            k += 1;
            while k < chars.len() {
                let c = chars[k].1;
                if c.is_alphabetic() {
                    k += 1;
                } else if is_apostrophe(c) && chars.get(k + 1).is_some_and(|x| x.1.is_alphabetic())
                {
                    k += 2;
                } else {
                    break;
                }
            }
            Kind::Word
        } else {
            k += 1;
            Kind::Punct
        };
        let (a, b) = (i, end_of(k));
        out.push(Token {
            span: Span::new(text, base + a, base + b),
            kind,
            attached: last_end == Some(a),
        });
        last_end = Some(b);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens() {
        let cases: &[(&str, &[&str])] = &[
            ("600,000 troops", &["600,000", "troops"]),
            ("$100 billion", &["$", "100", "billion"]),
            ("twenty-one", &["twenty", "-", "one"]),
            ("5,10 and 2.5.", &["5", ",", "10", "and", "2.5", "."]),
            ("Russia’s 10kg", &["Russia’s", "10", "kg"]),
            ("1,2345", &["1", ",", "2345"]),
            ("10 000 dollars", &["10 000", "dollars"]),
            ("1 234 567", &["1 234 567"]),
            ("in 2017 300 people", &["in", "2017", "300", "people"]),
            ("5 100,000", &["5", "100,000"]),
            ("5 1000", &["5", "1000"]),
            ("1 000.5", &["1", "000.5"]),
            ("i7 860 chip", &["i", "7", "860", "chip"]),
        ];
        for (text, want) in cases {
            let got: Vec<&str> = tokenize(text, Span::new(text, 0, text.len()))
                .iter()
                .map(|t| &text[t.span])
                .collect();
            assert_eq!(&got, want, "{text}");
        }
    }
}
