//! The token layer: every sentence tokenized once, every word type looked up
//! once (spaCy's `Doc` of tokens pointing at `Vocab` lexemes).
//!
//! Input: the text and sentence spans (from [`super::segment`]). Output:
//! [`Tokens`]: one [`Token`] list for the whole document (each sentence owns
//! a contiguous range, [`super::Sentence::tokens`]) and a per-document
//! [`Vocab`] with one [`Lexeme`] per distinct word form: its shape, its
//! lower-cased form and its lexicon [`Classes`], computed once.
//!
//! Tokenization rules:
//! - White space separates tokens and is never part of one; a token records
//!   whether it touches the one before ([`Token::attached`]).
//! - A word is a run of letters and digits with inner hyphens, `&` and
//!   apostrophes ("son-in-law", "AT&T", "O'Neill", "don't", "F-16"), and the
//!   inner periods of initialisms ("U.S", "e.g").
//! - A word keeps its final period when it is an initialism ("U.S."), a
//!   single capital ("J."), or a listed abbreviation of at most six bytes
//!   before the period ("Mr.", "Calif.", "Nov."); otherwise the period is
//!   its own token.
//! - A possessive "’s" / "'s" after a word (also "Japan 's") is its own
//!   token, class [`Classes::POSSESSIVE`]; a plural possessive's apostrophe
//!   ("voters’") is a quote-mark token touching the word.
//! - A number is digits with thousands commas (exactly three digits after
//!   each comma: "600,000", but "5,10" is three tokens) and one decimal point
//!   ("2.5", and ".08" after a space); letters glued to a number stay in the
//!   token ("10kg", "2.5bn", "1990s", "24-year-old", shape `Mixed`): a stage
//!   that needs the parts reads [`pieces`].
//! - Any other character is a one-char token: shape `Quote` for quote marks
//!   (straight, curly, guillemets), `Punct` otherwise.
//!
//! The document's word count (`stats.words`) also comes from here: Unicode
//! word segmentation (UAX #29) of each white-space separated chunk, with an
//! exact ASCII fast path (see [`count_words`]).
//!
//! Known limits: no URL or e-mail tokens; numbers grouped by spaces
//! ("10 000") are separate tokens (the claims stage joins them); a period
//! between two words without a space ("world.Today") is its own token.

use std::cell::RefCell;

use unicode_segmentation::UnicodeSegmentation;

use crate::document::Span;
use crate::lexicon::{self, Classes, FastMap};

/// A handle to a word type's [`Lexeme`] in the document's [`Vocab`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Lex(u32);

impl Lex {
    /// The word type's index in its [`Vocab`] (0 to `type_count() - 1`), for
    /// per-document tables indexed by word type.
    #[inline]
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// The written shape of a word type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Shape {
    /// No upper-case letter and no digit ("said", "son-in-law", "了").
    Lower,
    /// An upper-case first letter, not all caps ("Trump", "McCain", "I", "J.").
    Capitalized,
    /// Two or more letters, all upper case ("NATO", "U.S.", "BBC's"' first part).
    AllCaps,
    /// Digits with thousands commas and a decimal point ("600,000", "2.5").
    Digits,
    /// Letters and digits together, or a lower-case start with capitals
    /// later ("10kg", "G7", "iPhone").
    Mixed,
    /// One punctuation or symbol char that is no quote mark ("," "$" "—").
    Punct,
    /// One quote mark: `"` `'` `“` `”` `‘` `’` `«` `»` `‹` `›` `„` `‚`.
    Quote,
}

impl Shape {
    /// Words, numbers and mixed tokens (not punctuation or quote marks).
    pub fn is_word(self) -> bool {
        !matches!(self, Shape::Punct | Shape::Quote)
    }
}

/// What a document knows about one word type, computed once.
#[derive(Clone, Copy, Debug)]
pub struct Lexeme<'a> {
    /// The exact form.
    pub orth: &'a str,
    pub shape: Shape,
    pub classes: Classes,
    /// The lower-cased form: `orth` itself, or a range of `Vocab::lowers`.
    lower: Option<(u32, u32)>,
}

/// One token: its span, its word type and whether it touches the token
/// before it (no white space between).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
    pub lex: Lex,
    pub attached: bool,
}

/// The word types of one document.
#[derive(Clone, Debug, Default)]
pub struct Vocab<'a> {
    index: FastMap<&'a str, Lex>,
    lexemes: Vec<Lexeme<'a>>,
    /// Lower-cased forms of the word types that are not lower case already.
    lowers: String,
}

impl<'a> Vocab<'a> {
    /// The handle of `orth`, computing its lexeme on first sight.
    pub fn intern(&mut self, orth: &'a str) -> Lex {
        if let Some(&lex) = self.index.get(orth) {
            return lex;
        }
        let lower = self.store_lower(orth);
        let lower_str = match lower {
            None => orth,
            Some((a, b)) => &self.lowers[a as usize..b as usize],
        };
        let (shape, classes) = word_type(orth, lower_str);
        let lexeme = Lexeme {
            orth,
            shape,
            classes,
            lower,
        };
        let lex = Lex(u32::try_from(self.lexemes.len()).expect("fewer than 4G word types"));
        self.lexemes.push(lexeme);
        self.index.insert(orth, lex);
        lex
    }

    fn store_lower(&mut self, orth: &str) -> Option<(u32, u32)> {
        if !orth.chars().any(char::is_uppercase) {
            return None;
        }
        let a = self.lowers.len();
        if orth.is_ascii() {
            self.lowers
                .extend(orth.bytes().map(|b| char::from(b.to_ascii_lowercase())));
        } else {
            self.lowers.push_str(&orth.to_lowercase());
        }
        let b = self.lowers.len();
        Some((
            u32::try_from(a).expect("small vocab"),
            u32::try_from(b).expect("small vocab"),
        ))
    }

    /// The lexeme of `lex`.
    #[inline]
    pub fn lexeme(&self, lex: Lex) -> &Lexeme<'a> {
        &self.lexemes[lex.0 as usize]
    }

    /// The lower-cased form of `lex`.
    #[inline]
    pub fn lower(&self, lex: Lex) -> &str {
        let l = self.lexeme(lex);
        match l.lower {
            None => l.orth,
            Some((a, b)) => &self.lowers[a as usize..b as usize],
        }
    }

    /// The shape of `lex`.
    #[inline]
    pub fn shape(&self, lex: Lex) -> Shape {
        self.lexeme(lex).shape
    }

    /// The lexicon classes of `lex`.
    #[inline]
    pub fn classes(&self, lex: Lex) -> Classes {
        self.lexeme(lex).classes
    }

    /// The number of distinct word types.
    pub fn type_count(&self) -> usize {
        self.lexemes.len()
    }
}

/// Word types seen by this thread, across documents: the lexicon lookups
/// of a word type are done once per process thread, not once per document
/// (spaCy keeps one `Vocab` per process for the same reason). A pure cache:
/// the output never depends on what is in it.
type TypeCache = FastMap<Box<str>, (Shape, Classes)>;

thread_local! {
    static TYPES: RefCell<TypeCache> = RefCell::new(TypeCache::default());
}

/// Past this many cached word types the cache starts over, so that a long
/// batch run over varied text keeps its memory flat.
const TYPE_CACHE_MAX: usize = 1 << 18;

/// The shape and classes of a word type (cached per thread).
fn word_type(orth: &str, lower: &str) -> (Shape, Classes) {
    // ASCII punctuation (a third of all tokens) has no classes but "$":
    // skip the cache.
    if let &[b] = orth.as_bytes()
        && !b.is_ascii_alphanumeric()
        && b != b'$'
    {
        return (shape_of(orth), Classes::NONE);
    }
    TYPES.with(|cache| {
        if let Some(&v) = cache.borrow().get(orth) {
            return v;
        }
        let v = (shape_of(orth), lexicon::class::classes(orth, lower));
        let mut cache = cache.borrow_mut();
        if cache.len() >= TYPE_CACHE_MAX {
            cache.clear();
        }
        cache.insert(orth.into(), v);
        v
    })
}

/// All tokens of a document, with their vocabulary and word count.
#[derive(Clone, Debug, Default)]
pub struct Tokens<'a> {
    pub list: Vec<Token>,
    pub vocab: Vocab<'a>,
    /// Unicode words in the whole text (the report's `stats.words`).
    pub words: usize,
}

impl<'a> Tokens<'a> {
    /// Empty, with room for the tokens and word types of a text of
    /// `bytes` bytes (news prose: about one token per 5 bytes, one new word
    /// type per 12 in an article), so that the lists and the type index
    /// rarely grow. Word types grow far slower than the text in a long one:
    /// their room is capped.
    pub fn with_capacity(bytes: usize) -> Tokens<'a> {
        let types = (bytes / 12 + 16).min(1 << 12);
        let mut vocab = Vocab::default();
        vocab.index.reserve(types);
        vocab.lexemes.reserve(types);
        Tokens {
            list: Vec::with_capacity(bytes / 5 + 16),
            vocab,
            words: 0,
        }
    }

    /// The tokens of one sentence.
    pub fn of(&self, sentence: &super::Sentence) -> &[Token] {
        &self.list[sentence.tokens()]
    }

    /// The lexeme of a token.
    #[inline]
    pub fn lexeme(&self, t: Token) -> &Lexeme<'a> {
        self.vocab.lexeme(t.lex)
    }

    /// The lower-cased form of a token.
    #[inline]
    pub fn lower(&self, t: Token) -> &str {
        self.vocab.lower(t.lex)
    }

    /// The shape of a token.
    #[inline]
    pub fn shape(&self, t: Token) -> Shape {
        self.vocab.shape(t.lex)
    }

    /// Does the token have every class of `c`?
    #[inline]
    pub fn is(&self, t: Token, c: Classes) -> bool {
        self.vocab.classes(t.lex).has(c)
    }
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// Quote marks, one-char tokens of shape [`Shape::Quote`].
pub fn is_quote_mark(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '“' | '”' | '‘' | '’' | '«' | '»' | '‹' | '›' | '„' | '‚' | '‟' | '‛'
    )
}

/// The char at byte `i` of `s` and its length; ASCII without decoding.
#[inline]
fn char_at(s: &str, i: usize) -> Option<(char, usize)> {
    let b = *s.as_bytes().get(i)?;
    if b < 0x80 {
        return Some((char::from(b), 1));
    }
    s[i..].chars().next().map(|c| (c, c.len_utf8()))
}

#[inline]
fn alnum_at(s: &str, i: usize) -> bool {
    char_at(s, i).is_some_and(|(c, _)| c.is_alphanumeric())
}

#[inline]
fn digit_at(s: &str, i: usize) -> bool {
    s.as_bytes().get(i).is_some_and(u8::is_ascii_digit)
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

/// Characters that join two alphanumeric runs into one word.
fn is_joiner(c: char) -> bool {
    matches!(c, '-' | '&' | '\u{2011}') || is_apostrophe(c)
}

/// The end of the number starting at `i` (a digit, or "." before a digit):
/// digits, thousands commas and one decimal point.
fn number_end(s: &str, i: usize) -> usize {
    let b = s.as_bytes();
    let mut j = i;
    let mut seen_point = false;
    if b[j] == b'.' {
        seen_point = true;
        j += 1;
    }
    while j < b.len() {
        if b[j].is_ascii_digit() {
            j += 1;
        } else if b[j] == b','
            && !seen_point
            && (1..=3).all(|d| digit_at(s, j + d))
            && !digit_at(s, j + 4)
        {
            j += 4;
        } else if b[j] == b'.' && !seen_point && digit_at(s, j + 1) {
            seen_point = true;
            j += 2;
        } else {
            break;
        }
    }
    j
}

/// The end of the word starting at `i` (a letter or digit, or the end of a
/// number that letters continue), before any final period.
fn word_end(s: &str, start: usize, mut j: usize) -> usize {
    let mut piece_start = start; // start of the current dot-separated piece
    while let Some((c, clen)) = char_at(s, j) {
        if c.is_alphanumeric() {
            j += clen;
            continue;
        }
        if is_joiner(c) && alnum_at(s, j + clen) {
            // "Trump’s": the possessive is split off as its own token.
            if possessive_at(s, j).is_some() {
                break;
            }
            j += clen;
            continue;
        }
        // "U.S", "U.N": a dot after a one-letter piece, then a letter.
        if c == '.'
            && s[piece_start..j].chars().count() == 1
            && char_at(s, j + 1).is_some_and(|(n, _)| n.is_alphabetic())
        {
            j += 1;
            piece_start = j;
            continue;
        }
        break;
    }
    j
}

/// Does the word `s[start..j]` keep the period at `j`?
fn keeps_period(s: &str, start: usize, j: usize) -> bool {
    if s.as_bytes().get(j) != Some(&b'.') {
        return false;
    }
    let word = &s[start..j];
    let mut chars = word.chars();
    let single_cap = chars.next().is_some_and(char::is_uppercase) && chars.next().is_none();
    // Listed abbreviations are short ("Mr.", "Calif."): longer words skip
    // the lookup.
    word.contains('.')
        || single_cap
        || (j - start <= 6 && lexicon::abbreviation(&s[start..=j]).is_some())
}

/// Tokenize `span` of `text` into `tokens`, interning word types in `vocab`.
pub(crate) fn tokenize<'a>(
    text: &'a str,
    span: Span,
    vocab: &mut Vocab<'a>,
    tokens: &mut Vec<Token>,
) {
    let s = &text[span];
    let base = span.start();
    let first = tokens.len();
    let mut i = 0;
    let mut last_end = usize::MAX;
    let mut after_word = false;
    while let Some((c, len)) = char_at(s, i) {
        if c.is_whitespace() {
            i += len;
            continue;
        }
        let start = i;
        let end = if after_word && let Some(plen) = possessive_at(s, i) {
            i + plen
        } else if c.is_ascii_digit()
            || (c == '.' && digit_at(s, i + 1) && (i == 0 || s[..i].ends_with(char::is_whitespace)))
        {
            let n = number_end(s, i);
            if alnum_at(s, n)
                || char_at(s, n).is_some_and(|(c, l)| is_joiner(c) && alnum_at(s, n + l))
            {
                let j = word_end(s, start, n);
                if keeps_period(s, start, j) { j + 1 } else { j }
            } else {
                n
            }
        } else if c.is_alphanumeric() {
            let j = word_end(s, start, i + len);
            if keeps_period(s, start, j) { j + 1 } else { j }
        } else {
            i + len
        };
        let orth = &text[base + start..base + end];
        let lex = vocab.intern(orth);
        after_word = vocab.shape(lex).is_word() && !vocab.classes(lex).has(Classes::POSSESSIVE);
        tokens.push(Token {
            span: Span::new(text, base + start, base + end),
            lex,
            attached: tokens.len() > first && last_end == start,
        });
        last_end = end;
        i = end;
    }
}

/// The shape of a word form.
fn shape_of(orth: &str) -> Shape {
    let mut chars = orth.chars();
    let Some(first) = chars.next() else {
        return Shape::Punct;
    };
    if chars.as_str().is_empty() && !first.is_alphanumeric() {
        return if is_quote_mark(first) {
            Shape::Quote
        } else {
            Shape::Punct
        };
    }
    if first == '.' || first.is_ascii_digit() {
        if orth
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b',' || b == b'.')
        {
            return Shape::Digits;
        }
        return Shape::Mixed;
    }
    let (mut upper, mut lower, mut digit) = (0usize, 0usize, false);
    for c in orth.chars() {
        if c.is_uppercase() {
            upper += 1;
        } else if c.is_lowercase() {
            lower += 1;
        } else if c.is_numeric() {
            digit = true;
        }
    }
    if digit {
        Shape::Mixed
    } else if upper == 0 {
        Shape::Lower
    } else if !first.is_uppercase() {
        Shape::Mixed
    } else if lower == 0 && upper >= 2 {
        Shape::AllCaps
    } else {
        Shape::Capitalized
    }
}

/// What a piece of a token is (see [`pieces`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PieceKind {
    /// Letters, with inner apostrophes ("don't", "Russia’s" never: the
    /// possessive is a token of its own).
    Letters,
    /// A number: digits with thousands commas and a decimal point.
    Number,
    /// One punctuation char inside a token ("-", ".", "&", "'").
    Punct,
}

/// The finer view of a token for rules that read numbers and units apart
/// ("10kg" = "10" + "kg", "twenty-one" = "twenty" + "-" + "one",
/// "2.5bn" = "2.5" + "bn"): the pieces as `(span, kind)`, in order, each
/// touching the one before. No allocation; a plain word is one piece.
pub fn pieces(text: &str, span: Span) -> impl Iterator<Item = (Span, PieceKind)> + '_ {
    let s = &text[span];
    let base = span.start();
    let mut i = 0;
    std::iter::from_fn(move || {
        let (c, len) = char_at(s, i)?;
        let start = i;
        let kind = if c.is_ascii_digit() || (c == '.' && i == 0 && digit_at(s, 1)) {
            i = number_end(s, i);
            PieceKind::Number
        } else if c.is_alphabetic() {
            i += len;
            while let Some((c, len)) = char_at(s, i) {
                if c.is_alphabetic()
                    || (is_apostrophe(c)
                        && char_at(s, i + len).is_some_and(|(n, _)| n.is_alphabetic()))
                {
                    i += len;
                } else {
                    break;
                }
            }
            PieceKind::Letters
        } else {
            i += len;
            PieceKind::Punct
        };
        Some((Span::new(text, base + start, base + i), kind))
    })
}

/// The UAX #29 word class of an ASCII byte, as far as word counting needs.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Wb {
    Letter,
    Numeric,
    /// ':' (MidLetter).
    MidLetter,
    /// '.' and '\'' (MidNumLet, Single_Quote).
    MidNumLet,
    /// ',' and ';' (MidNum).
    MidNum,
    /// '_' (ExtendNumLet).
    ExtendNumLet,
    Other,
}

fn wb(b: u8) -> Wb {
    match b {
        b'a'..=b'z' | b'A'..=b'Z' => Wb::Letter,
        b'0'..=b'9' => Wb::Numeric,
        b':' => Wb::MidLetter,
        b'.' | b'\'' => Wb::MidNumLet,
        b',' | b';' => Wb::MidNum,
        b'_' => Wb::ExtendNumLet,
        _ => Wb::Other,
    }
}

/// Words (UAX #29 segments holding a letter or digit) in an ASCII chunk
/// without white space: rules WB5 to WB13b, which are all that apply.
fn count_ascii_words(chunk: &[u8]) -> usize {
    // Most chunks are one word with punctuation around it ("said,",
    // "(AP)"): letters and digits all join, and the chars around them hold
    // no letter or digit, so they add no word and split none.
    let first = chunk.iter().position(u8::is_ascii_alphanumeric);
    let Some(first) = first else {
        return 0;
    };
    let last = chunk
        .iter()
        .rposition(u8::is_ascii_alphanumeric)
        .unwrap_or(first);
    if chunk[first..=last].iter().all(u8::is_ascii_alphanumeric) {
        return 1;
    }
    let mut words = 0;
    // The class of the previous char while inside a word segment, or None.
    let mut prev: Option<Wb> = None;
    let mut has_alnum = false;
    for (k, &b) in chunk.iter().enumerate() {
        let c = wb(b);
        let joins = match (prev, c) {
            (
                Some(Wb::Letter | Wb::Numeric | Wb::ExtendNumLet),
                Wb::Letter | Wb::Numeric | Wb::ExtendNumLet,
            ) => true,
            (Some(p @ (Wb::Letter | Wb::Numeric)), Wb::MidLetter | Wb::MidNumLet | Wb::MidNum) => {
                let next = chunk.get(k + 1).map(|&n| wb(n));
                match p {
                    Wb::Letter => c != Wb::MidNum && next == Some(Wb::Letter),
                    _ => c != Wb::MidLetter && next == Some(Wb::Numeric),
                }
            }
            // The char after a joining mid char (checked above).
            (Some(Wb::MidLetter | Wb::MidNumLet | Wb::MidNum), _) => true,
            _ => false,
        };
        if !joins {
            if has_alnum {
                words += 1;
            }
            has_alnum = false;
        }
        has_alnum |= matches!(c, Wb::Letter | Wb::Numeric);
        prev = match c {
            Wb::Other => None,
            Wb::MidLetter | Wb::MidNumLet | Wb::MidNum if !joins => None,
            _ => Some(c),
        };
    }
    words + usize::from(has_alnum)
}

/// Unicode words in `s` (UAX #29 word segments holding a letter or digit),
/// counted per white-space separated chunk: no segment holds both white
/// space and a letter or digit, so the count is the same as over the whole
/// text. ASCII chunks (nearly all) take an exact fast path.
pub fn count_words(s: &str) -> usize {
    let b = s.as_bytes();
    let mut words = 0;
    let mut i = 0;
    while i < b.len() {
        if b[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        // One chunk without ASCII white space, read once.
        let start = i;
        let mut ascii = true;
        while i < b.len() && !b[i].is_ascii_whitespace() {
            ascii &= b[i].is_ascii();
            i += 1;
        }
        let chunk = &b[start..i];
        words += if ascii {
            count_ascii_words(chunk)
        } else {
            // Non-ASCII white space (no-break space, ...) may still split
            // this chunk; the chunk ends on ASCII white space, so it is
            // whole UTF-8.
            std::str::from_utf8(chunk).map_or(0, |c| {
                c.split(char::is_whitespace)
                    .map(|w| w.unicode_words().count())
                    .sum()
            })
        };
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(text: &str) -> Vec<(&str, Shape, bool)> {
        let mut vocab = Vocab::default();
        let mut list = Vec::new();
        tokenize(text, Span::new(text, 0, text.len()), &mut vocab, &mut list);
        list.iter()
            .map(|t| (&text[t.span], vocab.shape(t.lex), t.attached))
            .collect()
    }

    fn words(text: &str) -> Vec<&str> {
        toks(text).into_iter().map(|t| t.0).collect()
    }

    #[test]
    fn token_boundaries() {
        let cases: &[(&str, &[&str])] = &[
            ("Trump’s envoy", &["Trump", "’s", "envoy"]),
            ("Japan 's team", &["Japan", "'s", "team"]),
            ("the U.S. said", &["the", "U.S.", "said"]),
            (
                "Rep. Don Bacon (R-Neb.)",
                &["Rep.", "Don", "Bacon", "(", "R-Neb", ".", ")"],
            ),
            ("son-in-law Jared", &["son-in-law", "Jared"]),
            ("Kirill\nDmitriev.", &["Kirill", "Dmitriev", "."]),
            ("don't 'so", &["don't", "'", "so"]),
            ("voters’ rights", &["voters", "’", "rights"]),
            ("600,000 troops", &["600,000", "troops"]),
            ("$100 billion", &["$", "100", "billion"]),
            ("5,10 and 2.5.", &["5", ",", "10", "and", "2.5", "."]),
            ("1,2345", &["1", ",", "2345"]),
            ("$5bn and 10kg", &["$", "5bn", "and", "10kg"]),
            ("a 24-year-old man", &["a", "24-year-old", "man"]),
            ("at .08 per", &["at", ".08", "per"]),
            ("AT&T and F-16s", &["AT&T", "and", "F-16s"]),
            (
                "“I don't,” he said.",
                &["“", "I", "don't", ",", "”", "he", "said", "."],
            ),
            (
                "J. Smith of Calif. won",
                &["J.", "Smith", "of", "Calif.", "won"],
            ),
            ("1990's", &["1990", "'s"]),
        ];
        for (text, want) in cases {
            assert_eq!(&words(text), want, "text {text:?}");
        }
    }

    #[test]
    fn shapes_and_attachment() {
        use Shape::*;
        assert_eq!(
            toks("NATO’s iPhone G7 “said” 2.5"),
            vec![
                ("NATO", AllCaps, false),
                ("’s", Lower, true),
                ("iPhone", Mixed, false),
                ("G7", Mixed, false),
                ("“", Quote, false),
                ("said", Lower, true),
                ("”", Quote, true),
                ("2.5", Digits, false),
            ]
        );
        assert_eq!(toks("I")[0].1, Capitalized);
        assert_eq!(toks("U.S.")[0].1, AllCaps);
        assert_eq!(toks(",")[0].1, Punct);
    }

    #[test]
    fn one_lexeme_per_word_type() {
        let text = "May said May would come in May soon.";
        let mut vocab = Vocab::default();
        let mut list = Vec::new();
        tokenize(text, Span::new(text, 0, text.len()), &mut vocab, &mut list);
        assert_eq!(list[0].lex, list[2].lex);
        assert_eq!(list[0].lex, list[6].lex);
        assert_eq!(vocab.lower(list[0].lex), "may");
        assert!(vocab.classes(list[0].lex).has(Classes::MONTH));
        assert_eq!(vocab.type_count(), 7);
    }

    #[test]
    fn pieces_split_numbers_and_units() {
        let cases: &[(&str, &[&str])] = &[
            ("10kg", &["10", "kg"]),
            ("2.5bn", &["2.5", "bn"]),
            ("twenty-one", &["twenty", "-", "one"]),
            ("24-year-old", &["24", "-", "year", "-", "old"]),
            ("600,000", &["600,000"]),
            ("don't", &["don't"]),
        ];
        for (text, want) in cases {
            let got: Vec<&str> = pieces(text, Span::new(text, 0, text.len()))
                .map(|(s, _)| &text[s])
                .collect();
            assert_eq!(&got, want, "{text}");
        }
    }

    /// Random ASCII and a few non-ASCII chars: the count is Unicode's.
    #[test]
    fn word_count_matches_unicode_segmentation_on_random_text() {
        let alphabet: Vec<char> = "ab1 _.:,;'\"-()\u{a0}é\n".chars().collect();
        let mut seed = 0x1234_5678_9abc_def1u64;
        for _ in 0..20000 {
            let mut text = String::new();
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let mut r = seed;
            for _ in 0..(r % 13) {
                r /= 13;
                text.push(alphabet[(r % alphabet.len() as u64) as usize]);
            }
            assert_eq!(count_words(&text), text.unicode_words().count(), "{text:?}");
        }
    }

    #[test]
    fn word_count_matches_unicode_segmentation() {
        let cases = [
            "Trump’s envoy, 600,000 troops.",
            "U.S. e.g. a:b 1,2,3 1.a a.1 _a a_ __ _ 3'4 x'y 'quoted' a;b 1;2 .5 5. ,5 a,b",
            "son-in-law don't F-16s 10kg $5bn (R-Neb.) “hi” — ok… x__y 9/11 a::b a..b 1..2",
            "",
            "   ",
            "Ünïcödé wörds 東京 and emoji 👍🏽 mixed-ascii_x",
        ];
        for text in cases {
            assert_eq!(count_words(text), text.unicode_words().count(), "{text:?}");
        }
    }
}
