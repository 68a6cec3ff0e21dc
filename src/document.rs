//! The document model: spans, input decoding and paragraphs.
//!
//! Input: the raw bytes of one article. Output: a [`Document`] that borrows
//! the decoded text and lists its [`Paragraph`]s, each with a [`ParagraphKind`].
//!
//! Offsets everywhere in byline are byte offsets into the text *as read*
//! (after a leading BOM, which is dropped). CRLF and lone CR count as line
//! ends, but nothing is rewritten, so offsets still index the input.
//!
//! Paragraph rules, in order:
//! 1. A blank line (only white space) always separates paragraphs.
//! 2. In a hard-wrapped text (most lines filled close to one width, as the seed
//!    article, wrapped near 90 columns), a single line break is a soft wrap
//!    unless the line before is clearly short (under 60% of the width) and
//!    ends a sentence or is followed by a capital, or the next line starts
//!    with white space after a sentence end (captions and subheads in the
//!    seed are set off that way).
//! 3. In a text that is not hard-wrapped (one paragraph per line, as GUM and
//!    most web copy), every line break ends a paragraph, except a stray
//!    break after a trailing space in mid-sentence ("a cold \nnight").
//!
//! Known limits: the wrap detector needs a handful of wrapped lines to see
//! the width; a two-line wrapped text reads as two paragraphs. Caption
//! detection is best effort: a photo credit ("Photo:", "Getty Images"), or a
//! short indented paragraph in caption wording ("Putin is joined by ...").

use std::fmt;
use std::ops::Index;
use std::sync::LazyLock;

use regex::Regex;

use crate::lexicon::{self, CalendarKind};

/// A half-open byte range `start..end` into a document's text.
///
/// The fields are private so that every span is built through
/// [`Span::new`], which checks that it lies on char boundaries.
///
/// Offsets are stored as `u32` (half the memory of every span-holding
/// record and token); [`decode`] refuses texts of 4 GiB or more.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Span {
    start: u32,
    end: u32,
}

/// The largest text a [`Span`] can index.
pub const MAX_TEXT: usize = u32::MAX as usize;

impl Span {
    /// A span of `text`; panics if the range is reversed, out of bounds or
    /// not on char boundaries (a programmer error, never an input error).
    pub fn new(text: &str, start: usize, end: usize) -> Span {
        assert!(
            start <= end && end <= text.len(),
            "span {start}..{end} out of bounds (len {})",
            text.len()
        );
        assert!(
            text.is_char_boundary(start) && text.is_char_boundary(end),
            "span {start}..{end} not on char boundaries"
        );
        assert!(end <= MAX_TEXT, "text of 4 GiB or more");
        Span {
            start: start as u32,
            end: end as u32,
        }
    }

    /// The empty span at `pos`.
    pub fn empty(text: &str, pos: usize) -> Span {
        Span::new(text, pos, pos)
    }

    #[inline]
    pub fn start(self) -> usize {
        self.start as usize
    }

    #[inline]
    pub fn end(self) -> usize {
        self.end as usize
    }

    pub fn len(self) -> usize {
        (self.end - self.start) as usize
    }

    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// True when `other` lies inside `self`.
    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// True when the two spans share at least one byte.
    pub fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The smallest span covering both.
    pub fn cover(self, other: Span) -> Span {
        Span {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }

    /// The same span with white space trimmed from both ends.
    pub fn trim(self, text: &str) -> Span {
        let s = &text[self];
        let lead = s.len() - s.trim_start().len();
        let trimmed = s.trim();
        // Both ends lie inside `self`, so they fit in u32.
        let start = self.start + lead as u32;
        Span {
            start,
            end: start + trimmed.len() as u32,
        }
    }
}

impl Index<Span> for str {
    type Output = str;
    fn index(&self, span: Span) -> &str {
        &self[span.start()..span.end()]
    }
}

impl fmt::Display for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

/// Why a byte string is not analyzable text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    /// Not UTF-8; the offset of the first bad byte in the input as read.
    InvalidUtf8 {
        /// Byte offset of the first invalid byte.
        offset: usize,
    },
    /// Contains a NUL byte: binary data, not an article.
    Binary {
        /// Byte offset of the first NUL byte.
        offset: usize,
    },
    /// Starts with a UTF-16 byte-order mark.
    Utf16,
    /// 4 GiB or more: larger than a span can index.
    TooLarge,
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::InvalidUtf8 { offset } => write!(
                f,
                "invalid UTF-8 at byte {offset} (convert the file to UTF-8, e.g. iconv -f latin1 -t utf-8)"
            ),
            DecodeError::Binary { offset } => {
                write!(f, "binary input (NUL byte at byte {offset}), not text")
            }
            DecodeError::Utf16 => write!(
                f,
                "input is UTF-16 (byte-order mark found); convert it to UTF-8, e.g. iconv -f utf-16 -t utf-8"
            ),
            DecodeError::TooLarge => write!(f, "input of 4 GiB or more; split it into articles"),
        }
    }
}

impl std::error::Error for DecodeError {}

/// How much of the input is searched for a NUL before decoding.
const BINARY_PROBE: usize = 8000;

/// Check that `bytes` is UTF-8 text and drop a leading BOM.
///
/// Offsets in errors count from the first byte as read (BOM included).
pub fn decode(bytes: &[u8]) -> Result<&str, DecodeError> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(DecodeError::Utf16);
    }
    let (skip, body) = match bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        Some(rest) => (3, rest),
        None => (0, bytes),
    };
    if body.len() > MAX_TEXT {
        return Err(DecodeError::TooLarge);
    }
    // A NUL early on marks binary data (an executable, an image) before its
    // first bad UTF-8 byte would be reported; git looks at 8000 bytes too.
    let head = &body[..body.len().min(BINARY_PROBE)];
    if let Some(pos) = head.iter().position(|&b| b == 0) {
        return Err(DecodeError::Binary { offset: skip + pos });
    }
    let text = std::str::from_utf8(body).map_err(|e| DecodeError::InvalidUtf8 {
        offset: skip + e.valid_up_to(),
    })?;
    if let Some(pos) = text.bytes().position(|b| b == 0) {
        return Err(DecodeError::Binary { offset: skip + pos });
    }
    Ok(text)
}

/// What a paragraph is, as far as layout and wording tell.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParagraphKind {
    Body,
    Heading,
    Caption,
    Byline,
    Dateline,
}

impl ParagraphKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ParagraphKind::Body => "body",
            ParagraphKind::Heading => "heading",
            ParagraphKind::Caption => "caption",
            ParagraphKind::Byline => "byline",
            ParagraphKind::Dateline => "dateline",
        }
    }
}

/// One paragraph: its span (trimmed of surrounding white space) and kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Paragraph {
    pub span: Span,
    pub kind: ParagraphKind,
}

/// The decoded text and its paragraphs, in order, never overlapping.
#[derive(Debug, Clone)]
pub struct Document<'a> {
    pub text: &'a str,
    pub paragraphs: Vec<Paragraph>,
}

impl<'a> Document<'a> {
    pub fn new(text: &'a str) -> Document<'a> {
        Document {
            text,
            paragraphs: paragraphs(text),
        }
    }
}

/// One physical line: its content span (without the line ending) and
/// whether it is blank.
#[derive(Clone, Copy, Debug)]
struct Line {
    span: Span,
    /// Width in chars, for the wrap detector.
    width: usize,
    blank: bool,
    indented: bool,
}

fn lines(text: &str) -> Vec<Line> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    let mut push = |start: usize, end: usize| {
        let s = &text[start..end];
        out.push(Line {
            span: Span::new(text, start, end),
            width: s.chars().count(),
            blank: s.trim().is_empty(),
            indented: s.starts_with(|c: char| c.is_whitespace()),
        });
    };
    while i < bytes.len() {
        match bytes[i] {
            b'\n' => {
                push(start, i);
                i += 1;
                start = i;
            }
            b'\r' => {
                push(start, i);
                i += if bytes.get(i + 1) == Some(&b'\n') {
                    2
                } else {
                    1
                };
                start = i;
            }
            _ => i += 1,
        }
    }
    if start < bytes.len() {
        push(start, bytes.len());
    }
    out
}

/// Does the line end a sentence (final punctuation, maybe inside quotes or
/// brackets)?
fn ends_sentence(s: &str) -> bool {
    let t = s
        .trim_end()
        .trim_end_matches(['"', '\'', '”', '’', ')', ']', '»']);
    t.ends_with(['.', '!', '?', '…', ':'])
}

/// The wrap width when the text looks hard-wrapped, else `None`.
///
/// Looks at lines followed by another non-blank line: in a wrapped text most
/// of them are filled to within a few columns of the widest such line.
fn wrap_width(lines: &[Line]) -> Option<usize> {
    let inner: Vec<usize> = lines
        .windows(2)
        .filter(|w| !w[0].blank && !w[1].blank)
        .map(|w| w[0].width)
        .collect();
    if inner.len() < 3 {
        return None;
    }
    let max = *inner.iter().max()?;
    // Nobody wraps prose at 200 columns: beyond that lines are paragraphs.
    if !(30..=200).contains(&max) {
        return None;
    }
    let filled = inner.iter().filter(|&&w| w + 25 >= max).count();
    (filled * 10 >= inner.len() * 6).then_some(max)
}

/// Split `text` into paragraphs (see the module doc for the rules).
pub fn paragraphs(text: &str) -> Vec<Paragraph> {
    let lines = lines(text);
    let width = wrap_width(&lines);
    let mut groups: Vec<(Span, bool)> = Vec::new(); // (span, first line indented)
    let mut current: Option<(Span, bool)> = None;
    let mut prev: Option<Line> = None;
    for line in &lines {
        if line.blank {
            if let Some(g) = current.take() {
                groups.push(g);
            }
            prev = None;
            continue;
        }
        let starts_new = match (prev, width) {
            (None, _) => true,
            (Some(p), None) => {
                // Text that is not wrapped as a whole may still carry stray
                // breaks from a PDF or web form ("It was a cold \nnight"):
                // a line ending in a space, mid-sentence, before a lower-case
                // or bracketed continuation is joined.
                let p_raw = &text[p.span];
                let next_text = &text[line.span];
                !(p_raw.ends_with([' ', '\t'])
                    && !ends_sentence(p_raw)
                    && next_text.starts_with(|c: char| c.is_lowercase() || c == '('))
            }
            (Some(p), Some(w)) => {
                let p_text = &text[p.span];
                let next_text = text[line.span].trim_start();
                // Wrapping is ragged (a long next word wraps early), so only
                // a clearly short line ends a paragraph by its length.
                let short = p.width * 10 < w * 6;
                (line.indented && ends_sentence(p_text))
                    || (short
                        && (ends_sentence(p_text) || next_text.starts_with(char::is_uppercase)))
            }
        };
        if starts_new {
            if let Some(g) = current.take() {
                groups.push(g);
            }
            current = Some((line.span, line.indented));
        } else if let Some((span, ind)) = current {
            current = Some((span.cover(line.span), ind));
        }
        prev = Some(*line);
    }
    if let Some(g) = current.take() {
        groups.push(g);
    }
    let mut out: Vec<Paragraph> = Vec::with_capacity(groups.len());
    for (i, &(span, indented)) in groups.iter().enumerate() {
        let span = span.trim(text);
        if span.is_empty() {
            continue;
        }
        let after_sentence = i > 0 && ends_sentence(&text[groups[i - 1].0]);
        let kind = classify(&text[span], out.len(), indented && after_sentence);
        out.push(Paragraph { span, kind });
    }
    out
}

/// Words that open a byline ("By Jane Doe").
fn is_byline(s: &str) -> bool {
    let Some(rest) = s.strip_prefix("By ").or_else(|| s.strip_prefix("BY ")) else {
        return false;
    };
    let words: Vec<&str> = rest.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= 8
        && !ends_sentence(s)
        && words[0].starts_with(|c: char| c.is_uppercase())
}

/// "MOSCOW (Reuters) -", "WASHINGTON —", "LONDON, Dec 2 (Reuters) -": the
/// offset of the dash after an all-caps place or an agency tag.
fn dateline_len(s: &str) -> Option<usize> {
    static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:[A-Z][A-Z .'-]{2,40}(?:,[^-—–\n]{1,30})?(?:\s*\([A-Za-z ]{2,20}\))?|[A-Z][A-Za-z .'-]{2,40}(?:,[^-—–\n]{1,30})?\s*\((?:Reuters|AP|AFP|UPI|Bloomberg|dpa|Xinhua)\))\s*(?:-|—|–|--)\s")
            .expect("dateline regex")
    });
    // Every match starts with an ASCII capital and holds a dash followed
    // by white space (`\s`, as `char::is_whitespace`): texts without them
    // skip the regex (and, at start-up, building it). "son-in-law" is no
    // dateline dash.
    let dash_space = s
        .match_indices(['-', '—', '–'])
        .any(|(i, d)| s[i + d.len()..].starts_with(char::is_whitespace));
    if !s.starts_with(|c: char| c.is_ascii_uppercase()) || !dash_space {
        return None;
    }
    DATELINE.find(s).map(|m| m.end())
}

/// Photo credits mark a caption anywhere; caption wording ("is joined by",
/// "looks on") only in a short paragraph set off like one.
fn looks_like_caption(s: &str, caption_layout: bool) -> bool {
    static CREDIT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^(photo|image|picture|credit)s?:|\((photo|image|credit):|getty images|(?-u:\b)AP Photo(?-u:\b)|/\s*(reuters|afp|ap|epa)\s*\)?$")
            .expect("credit regex")
    });
    static WORDING: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?-u:\b)(is|are) (joined|seen|pictured|shown|flanked|greeted|accompanied) by(?-u:\b)|(?-u:\b)(looks|look) on(?-u:\b)|(?-u:\b)(pictured|left|right|centre|center)\)")
            .expect("caption regex")
    });
    // Cheapest tests first: most paragraphs are body text.
    may_be_credit(s) && CREDIT.is_match(s.trim())
        || (caption_layout && s.len() <= 300 && s.matches(". ").count() < 2 && WORDING.is_match(s))
}

/// A necessary condition for a `CREDIT` match, cheap to test: a colon or
/// slash, or "getty" or "ap photo" in any ASCII case (none of the letters
/// in them has a non-ASCII case variant, so the regex's Unicode case
/// folding finds no other spelling).
fn may_be_credit(s: &str) -> bool {
    // One pass over the bytes: a credit is rare, so most paragraphs are
    // read to the end.
    let b = s.as_bytes();
    let at = |i: usize, word: &[u8]| {
        b[i..]
            .get(..word.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(word))
    };
    b.iter().enumerate().any(|(i, &c)| match c {
        b':' | b'/' => true,
        b'g' | b'G' => at(i, b"getty"),
        b'a' | b'A' => at(i, b"ap photo"),
        _ => false,
    })
}

/// A line that is only a publication date ("Friday, July 21, 2017",
/// "Updated 3:45 PM EST, Dec 2, 2025", "2025-12-02").
fn is_date_line(s: &str) -> bool {
    static DATE_LINE: LazyLock<Regex> = LazyLock::new(|| {
        // Month and weekday names from the lexicon (full names and the
        // listed abbreviations), longest first so the alternation is greedy.
        let names = |kind: CalendarKind, full_only: bool| {
            let mut forms: Vec<&str> = lexicon::vocab::CALENDAR
                .iter()
                .filter(|(_, w)| w.kind == kind && (w.full || !full_only))
                .map(|(f, _)| *f)
                .collect();
            forms.sort_by_key(|f| std::cmp::Reverse(f.len()));
            forms.join("|")
        };
        let months = names(CalendarKind::Month, false);
        let weekdays = names(CalendarKind::Weekday, true);
        Regex::new(&format!(
            r"(?ix)^
            (?:(?:published|updated|posted|last\ updated)(?-u:\b)[:\s]*)?
            (?:\d{{1,2}}:\d{{2}}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{{2,4}})?,?\s*)?
            (?:(?:{weekdays}),?\s+)?
            (?:
              (?:{months})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}
            | \d{{1,2}}\s+(?:{months})\.?,?\s+\d{{4}}
            | \d{{4}}-\d{{2}}-\d{{2}}
            )
            (?:,?\s+\d{{1,2}}:\d{{2}}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{{2,4}})?)?
            \s*$",
        ))
        .expect("date line regex")
    });
    // Every form holds a digit (`\d` is any Unicode decimal digit, all of
    // which are numeric): lines without one skip the regex.
    s.len() <= 80 && s.chars().any(char::is_numeric) && DATE_LINE.is_match(s.trim())
}

/// Kind of the paragraph `s`, the `index`-th of the article.
fn classify(s: &str, index: usize, caption_layout: bool) -> ParagraphKind {
    let first = index == 0;
    if index < 3 && is_date_line(s) {
        return ParagraphKind::Dateline;
    }
    if first && is_byline(s) {
        return ParagraphKind::Byline;
    }
    if is_byline(s) && s.lines().count() == 1 {
        return ParagraphKind::Byline;
    }
    let trimmed = s.trim_end();
    // A long paragraph is no heading: the per-char tests below only run on
    // short ones.
    if trimmed.len() <= 120 && !s.contains(['\n', '\r']) {
        let final_period = trimmed
            .trim_end_matches(['"', '\'', '”', '’', ')'])
            .ends_with(['.', '!', '…']);
        let words = s.split_whitespace().count();
        if trimmed.ends_with(['?', ':']) || (!final_period && words <= 16) {
            // A short line with no final period, or a standalone question or
            // lead-in ("Here’s what we know about the meeting:").
            if first && dateline_len(s).is_some() && words > 3 {
                return ParagraphKind::Dateline;
            }
            return ParagraphKind::Heading;
        }
    }
    if first && dateline_len(s).is_some() {
        return ParagraphKind::Dateline;
    }
    if looks_like_caption(s, caption_layout) {
        return ParagraphKind::Caption;
    }
    ParagraphKind::Body
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paras(text: &str) -> Vec<(&str, &'static str)> {
        paragraphs(text)
            .into_iter()
            .map(|p| (&text[p.span], p.kind.as_str()))
            .collect()
    }

    #[test]
    fn decode_cases() {
        let cases: &[(&[u8], Result<&str, DecodeError>)] = &[
            (b"abc", Ok("abc")),
            (b"\xEF\xBB\xBFabc", Ok("abc")),
            (b"ab\xFFc", Err(DecodeError::InvalidUtf8 { offset: 2 })),
            (
                b"\xEF\xBB\xBFab\xFF",
                Err(DecodeError::InvalidUtf8 { offset: 5 }),
            ),
            (b"ab\0c", Err(DecodeError::Binary { offset: 2 })),
            // An executable: NUL at byte 7, bad UTF-8 later.
            (
                b"\x7fELF\x02\x01\x01\0\0\0\xff\xfe",
                Err(DecodeError::Binary { offset: 7 }),
            ),
            (b"\xFF\xFEa\0", Err(DecodeError::Utf16)),
            (b"", Ok("")),
        ];
        for (input, want) in cases {
            assert_eq!(&decode(input), want, "input {input:?}");
        }
    }

    #[test]
    fn span_checks_boundaries() {
        let text = "é";
        assert!(std::panic::catch_unwind(|| Span::new(text, 0, 1)).is_err());
        assert_eq!(&text[Span::new(text, 0, 2)], "é");
    }

    #[test]
    fn blank_lines_and_line_endings() {
        let cases: &[(&str, &[&str])] = &[
            ("One.\n\nTwo.", &["One.", "Two."]),
            ("One.\r\n\r\nTwo.\r\n", &["One.", "Two."]),
            ("One.\r\rTwo.", &["One.", "Two."]),
            ("One.\nTwo.", &["One.", "Two."]),
            ("  \n\n", &[]),
            (
                "It was a cold \nnight in the city.",
                &["It was a cold \nnight in the city."],
            ),
            (
                "features\ncontact manager",
                &["features", "contact manager"],
            ),
            ("", &[]),
        ];
        for (text, want) in cases {
            let got: Vec<&str> = paras(text).into_iter().map(|p| p.0).collect();
            assert_eq!(&got, want, "text {text:?}");
        }
    }

    #[test]
    fn hard_wrapped_lines_join() {
        let text = "The quick brown fox jumps over the lazy dog and keeps on running far\n\
                    away into the distance, where nobody could see it anymore at all.\n\
                    Then it came back again in the evening, tired and very hungry too.\n\
                    It ate.\n\
                    \x20Putin is joined by his aide.\n\
                    \n\
                    Next paragraph starts here and it is also long enough to be wrapped\n\
                    like the others in this little test text.";
        let got = paras(text);
        assert_eq!(got.len(), 3, "{got:?}");
        assert!(got[0].0.starts_with("The quick") && got[0].0.ends_with("It ate."));
        assert_eq!(got[1], ("Putin is joined by his aide.", "caption"));
        assert!(got[2].0.ends_with("test text."));
    }

    #[test]
    fn kinds() {
        let cases: &[(&str, &str)] = &[
            ("What will they discuss?", "heading"),
            ("Here’s what we know about the meeting:", "heading"),
            ("What is at stake?", "heading"),
            ("By Jane Doe", "byline"),
            ("Friday, July 21, 2017", "dateline"),
            ("Updated 3:45 PM EST, Dec. 2, 2025", "dateline"),
            ("2025-12-02", "dateline"),
            ("Ad sales boost Time Warner profit", "heading"),
            ("It was a long day for everyone involved.", "body"),
            (
                "MOSCOW (Reuters) - Russia said on Monday it would talk to the envoy.",
                "dateline",
            ),
        ];
        for (text, want) in cases {
            let got = paras(text);
            assert_eq!(got[0].1, *want, "text {text:?}");
        }
    }
}
