//! Sentence segmentation inside paragraphs, and word counts.
//!
//! Input: a [`Document`] (text + paragraphs). Output: [`Sentence`]s in text
//! order, each inside one paragraph (never across a paragraph boundary), as
//! spans trimmed of white space; closing quotes and brackets stay with the
//! sentence they close.
//!
//! How a boundary is found: a run of terminal punctuation (`.`, `!`, `?`,
//! `…`, spaced ellipses), then any closing quotes/brackets, then white space.
//! Whether it ends the sentence depends on the next word (lower case never
//! starts one) and, for a period, on the word it closes: titles ("Mr.",
//! "Rep.") never end a sentence, months ("Nov. 27") rarely, initials and
//! initialisms ("U.S.", "E.U.", "J.") only before a word that typically opens
//! a sentence ("How", "The", "He"), and so on per the abbreviation list's
//! `ends_sentence` column. Numbered and bulleted lists split before each item.
//!
//! Known limits: no boundary without white space after the punctuation
//! ("world.Today"); a sentence-final initialism before a proper name
//! ("in the U.S. Trump said") stays one sentence.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;
use unicode_segmentation::UnicodeSegmentation;

use crate::document::{Document, Span};
use crate::lexicon::{self, AbbrevClass, EndsSentence};

pub mod tokens;

pub use tokens::{Lex, Shape, Token, Tokens, Vocab};

/// One sentence: its span, the index of its paragraph, and its range of
/// the document's [`Tokens`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sentence {
    pub span: Span,
    pub paragraph: usize,
    token_start: u32,
    token_end: u32,
    /// Unicode words in the sentence ([`tokens::count_words`]).
    words: u32,
}

impl Sentence {
    /// The range of this sentence's tokens in [`Tokens::list`].
    pub fn tokens(&self) -> Range<usize> {
        self.token_start as usize..self.token_end as usize
    }

    /// The number of Unicode words (UAX #29 segments holding a letter or
    /// digit) in the sentence, counted once by the segmenter.
    pub fn words(&self) -> usize {
        self.words as usize
    }
}

/// Split every paragraph of `doc` into sentences and tokenize them: the
/// one reading of the text that every later stage uses.
pub fn segment<'a>(doc: &Document<'a>) -> (Vec<Sentence>, Tokens<'a>) {
    let text = doc.text;
    let mut out = Vec::new();
    let mut toks = Tokens::with_capacity(text.len());
    let mut covered = 0;
    for (i, p) in doc.paragraphs.iter().enumerate() {
        for span in split_paragraph(text, p.span) {
            toks.words += tokens::count_words(&text[covered..span.start()]);
            let words = tokens::count_words(&text[span]);
            toks.words += words;
            covered = span.end();
            let token_start = index(toks.list.len());
            tokens::tokenize(text, span, &mut toks.vocab, &mut toks.list);
            out.push(Sentence {
                span,
                paragraph: i,
                token_start,
                token_end: index(toks.list.len()),
                words: index(words),
            });
        }
    }
    toks.words += tokens::count_words(&text[covered..]);
    (out, toks)
}

fn index(n: usize) -> u32 {
    u32::try_from(n).expect("fewer than 4G tokens")
}

/// Split every paragraph of `doc` into sentences (tests; the pipeline calls
/// [`segment`], which also returns the tokens).
#[cfg(test)]
pub fn sentences(doc: &Document) -> Vec<Sentence> {
    segment(doc).0
}

/// Word spans inside `span` (Unicode word boundaries; only segments that
/// hold a letter or digit).
pub fn words(text: &str, span: Span) -> impl Iterator<Item = Span> + '_ {
    let base = span.start();
    text[span]
        .split_word_bound_indices()
        .filter(|(_, w)| w.chars().any(char::is_alphanumeric))
        .map(move |(i, w)| Span::new(text, base + i, base + i + w.len()))
}

/// Closing marks that stay with the sentence they end. The opening curly
/// quotes are here too because they are often typed in place of closing ones
/// ("decision.“ However"); they only count when white space follows.
const CLOSERS: &[char] = &['"', '\'', '”', '’', ')', ']', '»', '›', '“', '‘'];
const OPENERS: &[char] = &['"', '\'', '“', '‘', '(', '[', '«', '‹'];
const BULLETS: &[char] = &['•', '⁃', '▪', '◦', '‣', '·'];

/// Sentence-final punctuation (all but the ASCII ones UTF-8 encode with
/// a 0xE2 lead byte: [`next_terminal`] relies on it).
fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…' | '‼' | '⁇' | '⁈' | '⁉')
}

fn is_starter(word: &str) -> bool {
    // A label ("Image:", "Photo:") opens a caption or credit.
    if word.len() > 1 && word.ends_with(':') && word.starts_with(char::is_uppercase) {
        return true;
    }
    let w = word
        .trim_end_matches(|c: char| !c.is_alphanumeric())
        .trim_end_matches("’s")
        .trim_end_matches("'s")
        .to_lowercase();
    lexicon::is_starter(&w)
}

fn is_speech_verb(word: &str) -> bool {
    let w = word
        .trim_end_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    lexicon::is_speech_verb(&w)
}

/// A list item marker: "1.", "2.)", "3)", "a.", "(b)".
static LIST_MARKER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|\s)(\(?)([0-9]{1,3}|[a-zA-Z])(\.\)|\)|\.)\s").expect("list marker regex")
});

/// A photo credit run into the text ("... Ahmed Mohamed Image: Twitter").
static CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\S\s+((?:Image|Photo|Photograph|Picture)s?:)\s").expect("credit regex")
});

/// Byte offsets (relative to the paragraph) where a new sentence must start
/// whatever the punctuation: list items and photo credits.
fn list_cuts(s: &str) -> Vec<usize> {
    // A credit needs a colon and one of its (case-sensitive) words.
    let may_credit = s.contains(':') && ["Image", "Photo", "Picture"].iter().any(|w| s.contains(w));
    let mut cuts: Vec<usize> = if may_credit {
        CREDIT
            .captures_iter(s)
            .map(|c| c.get(1).expect("group 1").start())
            .collect()
    } else {
        Vec::new()
    };
    let credits = cuts.len();
    // Bulleted: a paragraph that opens with a bullet splits before each one.
    if let Some(b) = s.chars().next().filter(|c| BULLETS.contains(c)) {
        for (i, c) in s.char_indices().skip(1) {
            if c == b && s[..i].ends_with(char::is_whitespace) {
                cuts.push(i);
            }
        }
        cuts.sort_unstable();
        return cuts;
    }
    // Numbered or lettered: a marker at the paragraph start, or a first
    // marker ("1.", "a)") right after a sentence end, followed by markers
    // that continue the sequence in the same style.
    struct Run<'a> {
        next: u32,
        style: (&'a str, &'a str),
        numeric: bool,
        /// Where the first marker starts, while its run is unconfirmed.
        pending: Option<usize>,
    }
    let mut run: Option<Run> = None;
    for caps in LIST_MARKER.captures_iter(s) {
        let open = caps.get(1).expect("group 1");
        let token = caps.get(2).expect("group 2").as_str();
        let style = (open.as_str(), caps.get(3).expect("group 3").as_str());
        let at = open.start();
        let numeric = token.as_bytes()[0].is_ascii_digit();
        let value = if numeric {
            token.parse::<u32>().unwrap_or(0)
        } else {
            u32::from(token.as_bytes()[0].to_ascii_lowercase() - b'a' + 1)
        };
        if let Some(r) = run.as_mut()
            && r.next == value
            && r.style == style
            && r.numeric == numeric
        {
            if let Some(first) = r.pending.take() {
                cuts.push(first);
            }
            cuts.push(at);
            r.next = value + 1;
            continue;
        }
        let after_sentence = s[..at].trim_end().ends_with(['.', '!', '?']);
        if at == 0 || (value == 1 && after_sentence) {
            run = Some(Run {
                next: value + 1,
                style,
                numeric,
                pending: (at > 0).then_some(at),
            });
        }
    }
    if cuts.len() > credits {
        cuts.sort_unstable();
    }
    cuts
}

/// The terminal cluster starting at `i`: its end, the number of dots, and
/// whether it is a spaced ellipsis (". . .").
struct Cluster {
    end: usize,
    dots: usize,
    spaced: bool,
    exclaim: bool,
}

fn cluster_at(s: &str, i: usize) -> Cluster {
    let mut j = i;
    let mut dots = 0;
    let mut exclaim = false;
    let mut spaced = false;
    for c in s[i..].chars() {
        if !is_terminal(c) {
            break;
        }
        match c {
            '.' => dots += 1,
            '…' => dots += 3,
            _ => exclaim = true,
        }
        j += c.len_utf8();
    }
    // Spaced dots: ". . ." (and the period before them, "word. . . .").
    while s[j..].starts_with(" .") {
        let after = s[j + 2..].chars().next();
        if after.is_none_or(|c| c == ' ' || c == '.' || CLOSERS.contains(&c) || c.is_whitespace()) {
            j += 2;
            dots += 1;
            spaced = true;
        } else {
            break;
        }
    }
    Cluster {
        end: j,
        dots,
        spaced,
        exclaim,
    }
}

/// The word that ends right before `i` (the period), without openers.
fn word_before(s: &str, i: usize) -> (usize, &str) {
    let start = s[..i]
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace())
        .map_or(0, |(k, c)| k + c.len_utf8());
    let mut w = &s[start..i];
    let mut st = start;
    while let Some(c) = w
        .chars()
        .next()
        .filter(|c| OPENERS.contains(c) || BULLETS.contains(c))
    {
        w = &w[c.len_utf8()..];
        st += c.len_utf8();
    }
    (st, w)
}

/// Looks like "U.S", "a.m", "Ph.D", "U.S.A": letters separated by periods.
fn is_dotted_initials(w: &str) -> bool {
    w.contains('.')
        && w.split('.')
            .all(|p| !p.is_empty() && p.chars().count() <= 2 && p.chars().all(char::is_alphabetic))
}

/// Decide whether the period cluster after `word` ends the sentence, given
/// the next word. `sentence_words` counts the words so far in the sentence.
fn period_ends_sentence(
    word: &str,
    next: &str,
    next_char: char,
    sentence_words: usize,
    at_sentence_start: bool,
    next_paren: bool,
) -> bool {
    if word.is_empty() {
        return true;
    }
    // List markers "1." / "a." that open the sentence.
    if at_sentence_start
        && (word.chars().all(|c| c.is_ascii_digit()) && word.len() <= 3
            || word.chars().count() == 1 && word.chars().all(char::is_alphabetic))
    {
        return false;
    }
    // The word with its period, on the stack when short (all listed
    // abbreviations are).
    let mut buf = [0u8; 32];
    let abbr = if word.len() < buf.len() {
        buf[..word.len()].copy_from_slice(word.as_bytes());
        buf[word.len()] = b'.';
        let with_period = std::str::from_utf8(&buf[..=word.len()]).expect("a word and a period");
        lexicon::abbreviation(with_period)
    } else {
        lexicon::abbreviation(&format!("{word}."))
    };
    let single_initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
    let dotted = is_dotted_initials(word);
    if abbr.is_none() && !single_initial && !dotted {
        // An ordinary word. A number right after a very short token is a
        // reference ("No. 5", "N°. 1026"), not a new sentence.
        if next_char.is_ascii_digit() && word.chars().count() <= 2 {
            return false;
        }
        return true;
    }
    let starter = is_starter(next);
    let (class, ends) = match abbr {
        Some(a) => (a.class, a.ends_sentence),
        None if dotted => (AbbrevClass::Initialism, EndsSentence::Sometimes),
        None => (AbbrevClass::Initial, EndsSentence::Sometimes),
    };
    // "Nov. 27", "No. 5", "Rs. 3520": an abbreviation before a number
    // belongs to it; "Inc. (“Company A”)" continues with its parenthesis.
    if next_char.is_ascii_digit() || next_paren {
        return false;
    }
    match ends {
        EndsSentence::Never => false,
        EndsSentence::Rare | EndsSentence::Sometimes => starter,
        EndsSentence::Often => {
            if starter {
                true
            } else if class == AbbrevClass::Initialism {
                false
            } else {
                // "at 6 P.M. Mr. Smith then went": the abbreviation closes a
                // clause unless what precedes is a fragment ("At 5 a.m.").
                sentence_words >= 4
            }
        }
    }
}

/// The byte offset of the first terminal char ([`is_terminal`]) at or
/// after `i` (a char boundary), or `s.len()`: a byte scan, since the
/// ASCII ones are single bytes and the others all start with 0xE2.
fn next_terminal(s: &str, mut i: usize) -> usize {
    let b = s.as_bytes();
    while i < b.len() {
        match b[i] {
            b'.' | b'!' | b'?' => return i,
            0xE2 if s[i..].chars().next().is_some_and(is_terminal) => return i,
            _ => i += 1,
        }
    }
    b.len()
}

/// Split one paragraph into trimmed sentence spans.
fn split_paragraph(text: &str, para: Span) -> Vec<Span> {
    let s = &text[para];
    let base = para.start();
    let cuts = list_cuts(s);
    let mut out = Vec::new();
    let mut sent_start = 0;
    let push = |start: usize, end: usize, out: &mut Vec<Span>| {
        let span = Span::new(text, base + start, base + end).trim(text);
        if !span.is_empty() {
            out.push(span);
        }
    };
    let mut cut_iter = cuts.iter().peekable();
    let mut i = 0;
    while i < s.len() {
        // Nothing happens before the next terminal char: cuts up to it are
        // taken there (or after the loop), in the same order.
        i = next_terminal(s, i);
        if i >= s.len() {
            break;
        }
        while let Some(&&c) = cut_iter.peek() {
            if c <= i {
                if c > sent_start {
                    push(sent_start, c, &mut out);
                    sent_start = c;
                }
                cut_iter.next();
            } else {
                break;
            }
        }
        let c = s[i..].chars().next().expect("char");
        let cl = cluster_at(s, i);
        let mut j = cl.end;
        // "[...]" is an omission mark, never an end.
        if s[..i].ends_with('[') && s[j..].starts_with(']') {
            i = j + 1;
            continue;
        }
        let closer_start = j;
        while let Some(c) = s[j..].chars().next().filter(|c| CLOSERS.contains(c)) {
            j += c.len_utf8();
        }
        let closed_quote = s[closer_start..j].contains(['"', '\'', '”', '’', '»']);
        let rest = &s[j..];
        if !rest.is_empty() && !rest.starts_with(char::is_whitespace) {
            i = cl.end.max(i + c.len_utf8());
            continue;
        }
        let lead = rest.len() - rest.trim_start().len();
        let next_start = j + lead;
        if next_start >= s.len() {
            break;
        }
        let after = &s[next_start..];
        let word_part = after.trim_start_matches(OPENERS);
        let next_char = word_part.chars().next().unwrap_or(' ');
        let next_word = word_part.split_whitespace().next().unwrap_or("");
        let opener = word_part.len() < after.len();
        let capital_like = next_char.is_uppercase()
            || next_char.is_ascii_digit()
            || BULLETS.contains(&next_char)
            || matches!(next_char, '$' | '€' | '£' | '¥');
        let mut end = j;
        let mut split = if !capital_like {
            false
        } else if cl.exclaim {
            true
        } else if cl.spaced {
            // "compounds. . . . The": the attached period ends the sentence
            // and the ellipsis opens the next one (MLA convention); a spaced
            // ellipsis of its own only ends a sentence with a fourth dot.
            let attached = i > 0 && !s[..i].ends_with(char::is_whitespace);
            if attached && next_char.is_uppercase() {
                end = i + 1;
                true
            } else {
                cl.dots >= 4
            }
        } else if cl.dots >= 4 {
            true
        } else if cl.dots == 3 {
            next_char.is_uppercase() && next_word != "I"
        } else {
            let (wstart, word) = word_before(s, i);
            // Only "fewer than four words?" matters: count back at most
            // four, so a long run of abbreviations stays linear.
            let words_so_far = s[sent_start..i].split_whitespace().rev().take(4).count();
            let opens = s[sent_start..wstart]
                .chars()
                .all(|c| c.is_whitespace() || BULLETS.contains(&c));
            period_ends_sentence(
                word,
                next_word,
                next_char,
                words_so_far,
                opens,
                after.starts_with('('),
            )
        };
        if split && closed_quote && !opener && next_char.is_uppercase() && !is_starter(next_word) {
            // “Is it over?” Trump asked. — the speaker tag continues the sentence.
            let tail: Vec<&str> = after.split_whitespace().take(4).collect();
            if tail.iter().skip(1).any(|w| is_speech_verb(w)) {
                split = false;
            }
        }
        if split {
            push(sent_start, end, &mut out);
            sent_start = if end < j { end } else { next_start };
        }
        i = cl.end.max(i + c.len_utf8());
    }
    for &c in cut_iter {
        if c > sent_start {
            push(sent_start, c, &mut out);
            sent_start = c;
        }
    }
    push(sent_start, s.len(), &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        let doc = Document::new(text);
        sentences(&doc).iter().map(|s| &text[s.span]).collect()
    }

    #[test]
    fn terminals_start_with_e2() {
        for c in ['…', '‼', '⁇', '⁈', '⁉'] {
            assert!(is_terminal(c));
            assert_eq!(c.to_string().as_bytes()[0], 0xE2, "{c}");
        }
        let s = "a “b” c… d. e";
        assert_eq!(next_terminal(s, 0), s.find('…').unwrap());
        assert_eq!(
            next_terminal(s, s.find(" d").unwrap()),
            s.find('.').unwrap()
        );
        assert_eq!(next_terminal("abc", 1), 3);
    }

    #[test]
    fn boundaries() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Hello World. My name is Jonas.",
                &["Hello World.", "My name is Jonas."],
            ),
            ("There it is! I found it.", &["There it is!", "I found it."]),
            (
                "My name is Jonas E. Smith.",
                &["My name is Jonas E. Smith."],
            ),
            (
                "I live in the U.S. How about you?",
                &["I live in the U.S.", "How about you?"],
            ),
            (
                "I work for the U.S. Government in Virginia.",
                &["I work for the U.S. Government in Virginia."],
            ),
            (
                "Rep. Don Bacon (R-Neb.) wrote in a post.",
                &["Rep. Don Bacon (R-Neb.) wrote in a post."],
            ),
            (
                "It came by Nov. 27. That day passed.",
                &["It came by Nov. 27.", "That day passed."],
            ),
            (
                "It drew criticism in the U.S.\n\n“For those who oppose,” he wrote.",
                &[
                    "It drew criticism in the U.S.",
                    "“For those who oppose,” he wrote.",
                ],
            ),
            (
                "It drew criticism in the U.S. “For those who oppose,” he wrote.",
                &[
                    "It drew criticism in the U.S.",
                    "“For those who oppose,” he wrote.",
                ],
            ),
            (
                "She said, “It is great.” She left.",
                &["She said, “It is great.”", "She left."],
            ),
            (
                "“Is it over?” Trump asked. He left.",
                &["“Is it over?” Trump asked.", "He left."],
            ),
            (
                "She has $100.00. It is in her bag.",
                &["She has $100.00.", "It is in her bag."],
            ),
            (
                "At 5 a.m. Mr. Smith went to the bank. He left the bank at 6 P.M. Mr. Smith then went to the store.",
                &[
                    "At 5 a.m. Mr. Smith went to the bank.",
                    "He left the bank at 6 P.M.",
                    "Mr. Smith then went to the store.",
                ],
            ),
            (
                "1. The first item 2. The second item",
                &["1. The first item", "2. The second item"],
            ),
            (
                "a. The first item b. The second item",
                &["a. The first item", "b. The second item"],
            ),
            (
                "• 9. The first item • 10. The second item",
                &["• 9. The first item", "• 10. The second item"],
            ),
            (
                "I never meant that.... She left the store.",
                &["I never meant that....", "She left the store."],
            ),
            ("Hello?! Is that you?", &["Hello?!", "Is that you?"]),
            (
                "She works at Yahoo! in the accounting department.",
                &["She works at Yahoo! in the accounting department."],
            ),
            (
                "Finally, this. 1. The first item 2. The second item",
                &["Finally, this.", "1. The first item", "2. The second item"],
            ),
            (
                "(a) Hello world. (b) Hello world.",
                &["(a) Hello world.", "(b) Hello world."],
            ),
            // A list after a colon stays in its sentence (news style).
            (
                "The sins: a) one thing b) another",
                &["The sins: a) one thing b) another"],
            ),
            (
                "I will be paid Rs. 16720 in total.",
                &["I will be paid Rs. 16720 in total."],
            ),
            (
                "The parties are Acme Inc. (“Company A”), and others.",
                &["The parties are Acme Inc. (“Company A”), and others."],
            ),
            ("It was 5 p.m. He left.", &["It was 5 p.m.", "He left."]),
            ("", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(&split(text), want, "text {text:?}");
        }
    }

    #[test]
    fn hard_wrapped_sentence_spans_lines() {
        let text = "Trump, emboldened by his mediation of the Gaza ceasefire, has renewed his push in recent\n\
                    weeks to broker a peace deal for Russia’s nearly four-year invasion of Ukraine. But his efforts\n\
                    face steep obstacles. This line is here to make the text look like it is wrapped okay.\n\
                    And one more line so that the wrap detector sees enough lines to be sure of it.";
        let got = split(text);
        assert_eq!(got.len(), 4, "{got:?}");
        assert!(got[1].starts_with("But his efforts\nface"));
    }

    #[test]
    fn word_counts() {
        let count = |text: &str| segment(&Document::new(text)).1.words;
        assert_eq!(count("Trump’s envoy, 600,000 troops."), 4);
        assert_eq!(count(""), 0);
        assert_eq!(count("Title\n\n  Body text here. More.\n"), 5);
    }

    #[test]
    fn sentences_own_their_tokens() {
        let text = "Mr. Smith went. He said “yes”.";
        let (sents, toks) = segment(&Document::new(text));
        let got: Vec<Vec<&str>> = sents
            .iter()
            .map(|s| toks.of(s).iter().map(|t| &text[t.span]).collect())
            .collect();
        assert_eq!(
            got,
            vec![
                vec!["Mr.", "Smith", "went", "."],
                vec!["He", "said", "“", "yes", "”", "."]
            ]
        );
    }
}
