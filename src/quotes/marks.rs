//! Quote-mark scanning and pairing: one left-to-right pass per paragraph.
//!
//! Input: the text and its paragraph spans. Output: [`Quoted`] pieces (the
//! content between an opening and a closing mark, marks excluded), in text
//! order, never crossing a paragraph boundary.
//!
//! Rules:
//! - Double marks (`“ ” „ "`) and guillemets (`« »`) open and close
//!   top-level quotes. A straight `"` opens or closes by the white space
//!   around it. Single marks inside a double quote are inner quotes and are
//!   ignored (they belong to the speaker's words).
//! - Single marks at the top level (`‘…’`, `'…'`, headline style) pair only
//!   when the opening mark is not an apostrophe: an apostrophe sits between
//!   letters ("don't", "Russia’s") or before a digit ("’90s"), and the pair
//!   must close within [`MAX_SINGLE`] bytes.
//! - The news convention for multi-paragraph quotes: a quote still open at
//!   the paragraph end continues when the next paragraph opens with a quote
//!   mark; the piece is flagged [`Quoted::continues`].
//! - Recovery: an unclosed quote that opened at the paragraph start, or after
//!   a colon or comma, ends at the paragraph end (a lost closing mark); any
//!   other unclosed opening mark is dropped. A stray closing mark is ignored.
//!   So an odd number of marks never swallows more than one paragraph.
//!
//! Linear time: each char is looked at once and the state is O(1).

use crate::document::Span;

/// The longest top-level single-quoted piece: headline quotes are short, and
/// a longer run is more likely an apostrophe mistaken for a mark.
const MAX_SINGLE: usize = 300;

/// One quoted piece.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Quoted {
    /// Byte offset of the opening mark.
    pub open: usize,
    /// The content, trimmed of white space, marks excluded.
    pub content: Span,
    /// Byte offset just past the closing mark (the paragraph end if none).
    pub close_end: usize,
    /// The closing mark was found (false: recovered at the paragraph end).
    pub closed: bool,
    /// Continues into the next paragraph (multi-paragraph quote).
    pub continues: bool,
    /// Continues a quote from the previous paragraph.
    pub continued: bool,
    /// A top-level single-quoted piece (headline style).
    pub single: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Family {
    Double,
    Guillemet,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mark {
    Open(Family),
    Close(Family),
    /// A straight double quote: direction from the state and context.
    Straight,
    SingleOpen,
    SingleClose,
}

fn is_word(c: Option<char>) -> bool {
    c.is_some_and(char::is_alphanumeric)
}

fn is_space(c: Option<char>) -> bool {
    c.is_none_or(char::is_whitespace)
}

/// Classify `c` given its neighbours; `None` for apostrophes and non-marks.
fn classify(c: char, prev: Option<char>, next: Option<char>) -> Option<Mark> {
    let opening_ctx = is_space(prev) || prev.is_some_and(|p| "([{—–-/".contains(p));
    match c {
        '“' | '„' => Some(Mark::Open(Family::Double)),
        // A right mark typed as an opener ("”word" after a space).
        '”' if opening_ctx && is_word(next) => Some(Mark::Open(Family::Double)),
        '”' => Some(Mark::Close(Family::Double)),
        '«' => Some(Mark::Open(Family::Guillemet)),
        '»' => Some(Mark::Close(Family::Guillemet)),
        '"' => Some(Mark::Straight),
        '‘' | '\'' | '’' => {
            if is_word(prev) && is_word(next) {
                return None; // don't, Russia’s
            }
            if next.is_some_and(|n| n.is_ascii_digit()) && !is_word(prev) {
                return None; // ’90s
            }
            if opening_ctx && next.is_some_and(char::is_alphabetic) && c != '’' {
                return Some(Mark::SingleOpen);
            }
            if !is_space(prev) && !is_word(next) {
                return Some(Mark::SingleClose);
            }
            None
        }
        _ => None,
    }
}

/// Scan every paragraph of `text` for quoted pieces.
pub fn scan(text: &str, paragraphs: &[Span]) -> Vec<Quoted> {
    let mut out = Vec::new();
    let mut continuing = false;
    for (i, &para) in paragraphs.iter().enumerate() {
        let next_opens = paragraphs
            .get(i + 1)
            .and_then(|p| text[*p].chars().next())
            .is_some_and(|c| matches!(c, '“' | '"' | '«' | '„'));
        continuing = scan_paragraph(text, para, continuing, next_opens, &mut out);
    }
    out
}

/// An open top-level quote: opening mark offset, content start, family.
#[derive(Clone, Copy)]
struct Open {
    at: usize,
    content: usize,
    family: Family,
}

/// Scan one paragraph; returns whether a quote continues into the next.
fn scan_paragraph(
    text: &str,
    para: Span,
    continued: bool,
    next_opens: bool,
    out: &mut Vec<Quoted>,
) -> bool {
    let s = &text[para];
    let base = para.start();
    let mut open: Option<Open> = None;
    let mut single: Option<Open> = None;
    let mut first_piece = continued;
    let mut prev: Option<char> = None;
    let mut iter = s.char_indices().peekable();
    // The previous piece was cut by a reopening mark: the next continues it.
    let mut reopened = false;
    let mut emit = |o: Open, close_at: usize, close_end: usize, closed: bool, sgl: bool| {
        let content = Span::new(text, base + o.content, base + close_at).trim(text);
        let is_continued = (first_piece && o.at == 0) || reopened;
        first_piece = false;
        // A piece cut at a reopening mark (not closed, yet before the
        // paragraph end) continues into the next one.
        reopened = !closed && close_at < s.len();
        if content.is_empty() {
            return;
        }
        out.push(Quoted {
            open: base + o.at,
            content,
            close_end: base + close_end,
            closed,
            continues: reopened,
            continued: is_continued,
            single: sgl,
        });
    };
    // "“This is bad news. “David is …”": the news convention for a
    // speaker's consecutive quoted sentences (or flattened paragraphs) is to
    // reopen each one with a mark and close only the last. An opening mark
    // inside an open quote, right after the end of a quoted sentence, cuts
    // the piece there and continues it, instead of dropping it.
    let reopens = |o: Open, i: usize| s[o.content..i].trim_end().ends_with(['.', '?', '!', '…']);
    while let Some((i, c)) = iter.next() {
        let mut next = iter.peek().map(|&(_, n)| n);
        let mut end = i + c.len_utf8();
        // Two apostrophes are a double mark in some archives (''...'').
        let mut mark = classify(c, prev, next);
        if c == '\'' && next == Some('\'') {
            iter.next();
            next = iter.peek().map(|&(_, n)| n);
            end += 1;
            mark = Some(Mark::Straight);
        }
        let Some(mark) = mark else {
            prev = Some(c);
            continue;
        };
        let start_here = |family| Open {
            at: i,
            content: end,
            family,
        };
        match (mark, open) {
            (Mark::Open(f), None) => {
                open = Some(start_here(f));
                single = None;
            }
            (Mark::Open(f), Some(o)) => {
                // “ inside an open quote: a mistyped closer when glued to the
                // word before it, else the earlier mark lost its closer.
                if f == o.family && !is_space(prev) && is_space(next) {
                    emit(o, i, end, true, false);
                    open = None;
                } else {
                    if reopens(o, i) {
                        emit(o, i, i, false, false);
                    }
                    open = Some(start_here(f));
                }
            }
            (Mark::Close(f), Some(o)) if f == o.family => {
                emit(o, i, end, true, false);
                open = None;
            }
            (Mark::Close(_), _) => {}
            (Mark::Straight, Some(o)) if o.family == Family::Double => {
                if !is_space(prev) {
                    emit(o, i, end, true, false);
                    open = None;
                } else if !is_space(next) {
                    if reopens(o, i) {
                        emit(o, i, i, false, false);
                    }
                    open = Some(start_here(Family::Double));
                }
            }
            (Mark::Straight, _) => {
                if open.is_none() && !is_space(next) {
                    open = Some(start_here(Family::Double));
                    single = None;
                }
            }
            (Mark::SingleOpen, None) => single = Some(start_here(Family::Double)),
            (Mark::SingleClose, None) => {
                if let Some(o) = single.take()
                    && i - o.content <= MAX_SINGLE
                {
                    emit(o, i, end, true, true);
                }
            }
            // Inner quotes inside a double quote are the speaker's words.
            (Mark::SingleOpen | Mark::SingleClose, Some(_)) => {}
        }
        prev = Some(c);
    }
    let Some(o) = open else {
        return false;
    };
    let before = s[..o.at].trim_end();
    let recover = before.is_empty() || before.ends_with([':', ',']);
    if next_opens {
        emit(o, s.len(), s.len(), false, false);
        if let Some(last) = out.last_mut().filter(|q| q.open == base + o.at) {
            last.continues = true;
        }
        true
    } else {
        if recover {
            emit(o, s.len(), s.len(), false, false);
        }
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Document;

    fn pieces(text: &str) -> Vec<(&str, bool, bool)> {
        let doc = Document::new(text);
        let paras: Vec<Span> = doc.paragraphs.iter().map(|p| p.span).collect();
        scan(text, &paras)
            .into_iter()
            .map(|q| (&text[q.content], q.continues, q.continued))
            .collect()
    }

    fn contents(text: &str) -> Vec<&str> {
        pieces(text).into_iter().map(|p| p.0).collect()
    }

    #[test]
    fn pairing() {
        let cases: &[(&str, &[&str])] = &[
            ("“We had a session,” Rubio said.", &["We had a session,"]),
            ("He said \"yes\" and \"no.\"", &["yes", "no."]),
            ("«Bonjour», dit-il.", &["Bonjour"]),
            // Apostrophes are not marks.
            ("We don't know Russia’s plan for the ’90s.", &[]),
            ("The voters' choice, don’t you think?", &[]),
            // Inner single quotes stay inside the double quote.
            (
                "“He called it ‘a disaster,’ and left,” she said.",
                &["He called it ‘a disaster,’ and left,"],
            ),
            // Headline-style single quotes.
            ("Trump Was ‘Mocking’ Clinton Camp", &["Mocking"]),
            ("''It's tinkering,'' said Alan Cole.", &["It's tinkering,"]),
            ("It’s ‘in Their Heads.’", &["in Their Heads."]),
            // Unbalanced: a stray opener mid-paragraph is dropped.
            ("He said “this and never closed it.", &[]),
            // A stray closer is ignored.
            ("Nothing” here “but this” now.", &["but this"]),
            // Recovered at the paragraph end after a colon.
            (
                "She said: “We will win.\n\nNext paragraph.",
                &["We will win."],
            ),
            // A restarted opener: the first one lost its closer.
            ("“One “Two,” he said.", &["Two,"]),
            // A mistyped closer glued to the word.
            ("“One“ he said.", &["One"]),
            // Reopened sentences of one quote (straight and curly marks).
            (
                "Calder said: \"This is bad news. \"David is a good man.\"",
                &["This is bad news.", "David is a good man."],
            ),
            (
                "“Is it over? “No, it is not,” he said.",
                &["Is it over?", "No, it is not,"],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(&contents(text), want, "text {text:?}");
        }
    }

    #[test]
    fn quote_over_hard_line_break() {
        let text = "“We had a very\nproductive session,” he said.";
        let got = scan(text, &[Span::new(text, 0, text.len())]);
        assert_eq!(&text[got[0].content], "We had a very\nproductive session,");
    }

    #[test]
    fn multi_paragraph_quote() {
        let text = "He said: “First part of it.\n\n“Second part,” he added.\n\nAfter.";
        assert_eq!(
            pieces(text),
            vec![
                ("First part of it.", true, false),
                ("Second part,", false, true)
            ]
        );
    }

    #[test]
    fn reopened_quote_continues() {
        let text = "He said: \"One. \"Two. \"Three.\" Then he left.";
        assert_eq!(
            pieces(text),
            vec![
                ("One.", true, false),
                ("Two.", true, true),
                ("Three.", false, true)
            ]
        );
    }

    #[test]
    fn unmatched_marks_stay_in_their_paragraph() {
        let text = "“Open and never closed\n\nA plain paragraph.\n\n“Real,” he said.";
        assert_eq!(contents(text), vec!["Open and never closed", "Real,"]);
    }

    #[test]
    fn long_paragraph_of_unmatched_marks_is_linear() {
        // 1 MB of openers and stray closers in one paragraph: returns, and
        // nothing beyond the paragraph is swallowed.
        let mut text = String::new();
        while text.len() < 1_000_000 {
            text.push_str("word “open ” and \" more ‘ ’ ");
        }
        text.push_str("\n\n“Last,” he said.");
        let got = contents(&text);
        assert_eq!(got.last(), Some(&"Last,"));
        assert!(got.iter().all(|q| q.len() < 100));
    }
}
