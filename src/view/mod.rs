//! Output views of a record: JSON (the contract), an HTML page, a terminal
//! summary.
//!
//! Input: the [`Record`] the report module built (read through
//! `serde_json::Value`, so fields that later stages add, such as a claim's
//! `checkworthy`, show up without this module depending on their types),
//! the analyzed text, and the offset unit the record was written in.
//! Output: the bytes printed or written for one input; for `--out-dir` HTML
//! runs, an `index.html` listing the pages ([`Index`]).
//!
//! Only JSON is for machines. The HTML page ([`html`]) and the text summary
//! ([`text`]) are for people and may change between versions.
//!
//! Known limits: a page holds the whole article and every mark, so a 10 MB
//! input gives a page of several times that; the HTML and text views are
//! rendered from the record, so anything the record does not carry (pronoun
//! mentions, for instance) is not shown.

pub mod html;
mod markup;
pub mod text;

use std::path::{Path, PathBuf};

use clap::ValueEnum;
use serde_json::Value;

use crate::report::{self, ErrorRecord, OffsetUnit, Record};

/// What a run prints for each input.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// The JSON record (the contract; JSON Lines for several inputs).
    #[default]
    Json,
    /// A self-contained HTML page per input (several inputs need --out-dir).
    Html,
    /// A terminal summary: entities, who said what, claims.
    Text,
}

impl Format {
    /// The extension of the files written with `--out-dir`.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::Html => "html",
            // Never plain "txt": `--out-dir .` would overwrite the inputs.
            Format::Text => "summary.txt",
        }
    }
}

/// How records are shown: the format and, for text, the terminal's looks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct View {
    pub format: Format,
    /// ANSI colour in the text view.
    pub color: bool,
    /// Columns the text view wraps to.
    pub width: usize,
}

impl Default for View {
    fn default() -> View {
        View {
            format: Format::Json,
            color: false,
            width: 80,
        }
    }
}

impl View {
    /// The view for output going to stdout: colour only when stdout is a
    /// terminal and `NO_COLOR` is unset or empty (no-color.org); the width
    /// of the terminal, else `$COLUMNS`, else 80.
    pub fn for_stdout(format: Format) -> View {
        use std::io::IsTerminal;
        let terminal = std::io::stdout().is_terminal();
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        let width = terminal_size::terminal_size_of(std::io::stdout())
            .map(|(w, _)| usize::from(w.0))
            .filter(|w| *w > 0)
            .or_else(|| std::env::var("COLUMNS").ok()?.trim().parse().ok())
            .unwrap_or(80);
        View {
            format,
            color: terminal && !no_color,
            width: width.clamp(40, 160),
        }
    }

    /// The view of `--out-dir` files: never coloured, 80 columns.
    pub fn for_files(format: Format) -> View {
        View {
            format,
            color: false,
            width: 80,
        }
    }

    /// Render one analyzed record. `text` is the analyzed text (after a
    /// BOM); the record's offsets are in `unit`. `pretty` applies to JSON.
    pub fn render(&self, rec: &Record, text: &str, unit: OffsetUnit, pretty: bool) -> String {
        match self.format {
            Format::Json => report::to_json(rec, pretty),
            Format::Html | Format::Text => {
                let value = serde_json::to_value(rec).expect("records serialize");
                let source = Source::new(&value, text, unit);
                if self.format == Format::Html {
                    html::page(&source)
                } else {
                    text::summary(&source, self)
                }
            }
        }
    }

    /// Render the record of an input that failed; `pretty` applies to JSON.
    pub fn render_error(&self, rec: &ErrorRecord, pretty: bool) -> String {
        match self.format {
            Format::Json => report::to_json(rec, pretty),
            Format::Html => html::error_page(rec),
            Format::Text => text::error_line(rec, self),
        }
    }
}

/// A record as the views read it: the JSON value plus the text it indexes.
pub struct Source<'a> {
    pub record: &'a Value,
    pub text: &'a str,
    /// Byte offset of each char index (chars unit), with the end appended;
    /// empty when the record's offsets are bytes already.
    char_bytes: Vec<usize>,
}

impl<'a> Source<'a> {
    pub fn new(record: &'a Value, text: &'a str, unit: OffsetUnit) -> Source<'a> {
        let char_bytes = match unit {
            OffsetUnit::Bytes => Vec::new(),
            OffsetUnit::Chars => text
                .char_indices()
                .map(|(i, _)| i)
                .chain(std::iter::once(text.len()))
                .collect(),
        };
        Source {
            record,
            text,
            char_bytes,
        }
    }

    /// The byte offset of a record offset, if it lies on a char boundary
    /// inside the text.
    pub fn byte(&self, offset: usize) -> Option<usize> {
        let b = if self.char_bytes.is_empty() {
            offset
        } else {
            *self.char_bytes.get(offset)?
        };
        (b <= self.text.len() && self.text.is_char_boundary(b)).then_some(b)
    }

    /// The byte range of an object with `start` and `end`.
    pub fn range(&self, v: &Value) -> Option<(usize, usize)> {
        let start = self.byte(uint(v, "start")?)?;
        let end = self.byte(uint(v, "end")?)?;
        (start <= end).then_some((start, end))
    }

    /// The record's array `key` (empty when missing).
    pub fn list(&self, key: &str) -> &'a [Value] {
        list(self.record, key)
    }
}

/// `v[key]` as an array, empty when missing or not an array.
pub fn list<'v>(v: &'v Value, key: &str) -> &'v [Value] {
    v.get(key)
        .and_then(Value::as_array)
        .map_or(&[], Vec::as_slice)
}

/// `v[key]` as a string, "" when missing or not a string.
pub fn str_of<'v>(v: &'v Value, key: &str) -> &'v str {
    v.get(key).and_then(Value::as_str).unwrap_or("")
}

/// `v[key]` as an unsigned integer.
pub fn uint(v: &Value, key: &str) -> Option<usize> {
    v.get(key)?.as_u64().and_then(|n| usize::try_from(n).ok())
}

/// A number as a person reads it: 600000 as "600,000", 1e11 as
/// "100,000,000,000", fractions with at most four decimals.
pub fn number(x: f64) -> String {
    if !x.is_finite() {
        return x.to_string();
    }
    if x.fract() == 0.0 && x.abs() < 1e18 {
        let digits = format!("{}", x.abs() as u64);
        let mut out = String::new();
        if x < 0.0 {
            out.push('-');
        }
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push(',');
            }
            out.push(c);
        }
        return out;
    }
    let s = format!("{x:.4}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// A quantity's value as text: "600,000", "20–25" for a range, "≥ 1,000"
/// or "~ 100,000–1,000,000" for magnitudes, "?" when unknown.
pub fn quantity_value(q: &Value) -> String {
    let f = |k: &str| q.get(k).and_then(Value::as_f64);
    let approx = if q.get("approximate").and_then(Value::as_bool) == Some(true) {
        "≈ "
    } else {
        ""
    };
    match (f("value"), f("low"), f("high")) {
        (_, Some(lo), Some(hi)) => format!("{approx}{}–{}", number(lo), number(hi)),
        (Some(v), _, _) => format!("{approx}{}", number(v)),
        (None, Some(lo), None) => format!("≥ {}", number(lo)),
        (None, None, Some(hi)) => format!("≤ {}", number(hi)),
        (None, None, None) => "?".to_string(),
    }
}

/// The first `words` words of `s`, with an ellipsis when cut.
pub fn first_words(s: &str, words: usize) -> String {
    let mut it = s.split_whitespace();
    let head: Vec<&str> = it.by_ref().take(words).collect();
    let mut out = head.join(" ");
    if it.next().is_some() {
        out.push('…');
    }
    out
}

/// The entity kinds in the order views list them, with their labels.
pub const KINDS: [(&str, &str); 5] = [
    ("person", "People"),
    ("organization", "Organizations"),
    ("place", "Places"),
    ("group", "Groups"),
    ("other", "Other names"),
];

/// The entities grouped by kind (in [`KINDS`] order, then unknown kinds),
/// each group with its label and most mentioned first (ties keep
/// first-mention order: the sort is stable).
pub fn entities_by_kind<'a>(src: &Source<'a>) -> Vec<(&'a str, &'a str, Vec<&'a Value>)> {
    let entities = src.list("entities");
    let mut kinds: Vec<(&str, &str)> = KINDS.to_vec();
    for e in entities {
        let k = str_of(e, "kind");
        if !kinds.iter().any(|(known, _)| *known == k) {
            kinds.push((k, k));
        }
    }
    kinds
        .into_iter()
        .filter_map(|(kind, label)| {
            let mut of_kind: Vec<&Value> = entities
                .iter()
                .filter(|e| str_of(e, "kind") == kind)
                .collect();
            of_kind.sort_by_key(|e| std::cmp::Reverse(list(e, "mentions").len()));
            (!of_kind.is_empty()).then_some((kind, label, of_kind))
        })
        .collect()
}

/// The quotes grouped by speaker (the entity, else the name; speakerless
/// quotes under "Unknown speaker"), most quoted first, ties in text order.
pub fn quotes_by_speaker<'a>(src: &Source<'a>) -> Vec<(&'a str, Vec<&'a Value>)> {
    let mut groups: Vec<(String, &str, Vec<&Value>)> = Vec::new();
    for q in src.list("quotes") {
        let speaker = q.get("speaker").filter(|s| s.is_object());
        let (key, name) = match speaker {
            Some(s) => (
                s.get("entity")
                    .and_then(Value::as_str)
                    .map_or_else(|| format!("n:{}", str_of(s, "name")), |e| format!("e:{e}")),
                str_of(s, "name"),
            ),
            None => ("?".to_string(), "Unknown speaker"),
        };
        match groups.iter_mut().find(|g| g.0 == key) {
            Some(g) => g.2.push(q),
            None => groups.push((key, name, vec![q])),
        }
    }
    groups.sort_by_key(|g| std::cmp::Reverse(g.2.len()));
    groups.into_iter().map(|(_, name, qs)| (name, qs)).collect()
}

/// The claims with their index, ranked by `checkworthy` (highest first)
/// when any claim has one, else in text order; and whether they were ranked.
pub fn claims_ranked<'a>(src: &Source<'a>) -> (Vec<(usize, &'a Value)>, bool) {
    let score = |c: &Value| c.get("checkworthy").and_then(Value::as_f64);
    let claims = src.list("claims");
    let mut order: Vec<(usize, &Value)> = claims.iter().enumerate().collect();
    let scored = claims.iter().any(|c| score(c).is_some());
    if scored {
        let key = |c: &Value| score(c).unwrap_or(f64::NEG_INFINITY);
        order.sort_by(|a, b| key(b.1).total_cmp(&key(a.1)));
    }
    (order, scored)
}

/// The pages of an `--out-dir` HTML run, for `index.html`.
#[derive(Debug, Default)]
pub struct Index {
    entries: Vec<IndexEntry>,
}

#[derive(Debug)]
struct IndexEntry {
    id: String,
    /// Link relative to the index.
    href: String,
    /// The page's description (already escaped).
    summary: String,
    failed: bool,
}

impl Index {
    /// Note the page written for input `id` at `page` (under `dir`).
    pub fn add(&mut self, dir: &Path, id: &str, page: &Path, html: &str, failed: bool) {
        let rel = page.strip_prefix(dir).unwrap_or(page);
        self.entries.push(IndexEntry {
            id: id.to_string(),
            href: html::href(rel),
            summary: html::head_value(html, "<meta name=\"description\" content=\"", "\">")
                .unwrap_or_default(),
            failed,
        });
    }

    /// Where the index goes: `DIR/index.html`, or `DIR/byline-index.html`
    /// when an input's own page took that name.
    pub fn path(&self, dir: &Path) -> PathBuf {
        let taken = self.entries.iter().any(|e| e.href == "index.html");
        dir.join(if taken {
            "byline-index.html"
        } else {
            "index.html"
        })
    }

    /// The index page.
    pub fn page(&self) -> String {
        let rows: Vec<html::IndexRow<'_>> = self
            .entries
            .iter()
            .map(|e| html::IndexRow {
                id: &e.id,
                href: &e.href,
                summary: &e.summary,
                failed: e.failed,
            })
            .collect();
        html::index_page(&rows)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_naturally() {
        let cases = [
            (600000.0, "600,000"),
            (1e11, "100,000,000,000"),
            (-1500.0, "-1,500"),
            (2.5, "2.5"),
            (0.333333, "0.3333"),
            (0.0, "0"),
        ];
        for (x, want) in cases {
            assert_eq!(number(x), want, "{x}");
        }
    }

    #[test]
    fn quantity_values() {
        let cases = [
            (r#"{"value": 600000, "approximate": false}"#, "600,000"),
            (r#"{"value": 20, "approximate": true}"#, "≈ 20"),
            (
                r#"{"value": 22.5, "low": 20, "high": 25, "approximate": false}"#,
                "20–25",
            ),
            (
                r#"{"value": null, "low": 100000, "high": 1000000, "approximate": true}"#,
                "≈ 100,000–1,000,000",
            ),
            (
                r#"{"value": null, "low": 1000, "approximate": true}"#,
                "≥ 1,000",
            ),
            (r#"{"value": null, "approximate": true}"#, "?"),
        ];
        for (json, want) in cases {
            let v: Value = serde_json::from_str(json).unwrap();
            assert_eq!(quantity_value(&v), want, "{json}");
        }
    }

    #[test]
    fn char_offsets_map_to_bytes() {
        let rec = serde_json::json!({});
        let text = "é “x”";
        let src = Source::new(&rec, text, OffsetUnit::Chars);
        assert_eq!(src.byte(0), Some(0));
        assert_eq!(src.byte(1), Some(2));
        assert_eq!(src.byte(5), Some(text.len()));
        assert_eq!(src.byte(6), None);
        let src = Source::new(&rec, text, OffsetUnit::Bytes);
        assert_eq!(src.byte(1), None, "inside a char");
        assert_eq!(src.byte(2), Some(2));
    }

    #[test]
    fn first_words_cut() {
        assert_eq!(first_words("a b  c", 2), "a b…");
        assert_eq!(first_words("a b", 2), "a b");
    }
}
