//! The text view: a terminal summary of one record.
//!
//! Input: a [`Source`] and the [`View`] (width, colour). Output: the input's
//! id and sizes, the names by kind with mention counts, who said what
//! (speaker, kind, cue, first words of the quote) and the claims with their
//! values (ranked by `checkworthy` when the record has it), wrapped to the
//! view's width with hanging indents. Colour (ANSI SGR) only when the view
//! says so; `main` decides that from the terminal and `NO_COLOR`.
//!
//! Known limits: widths are counted in grapheme clusters, so wide (CJK)
//! characters and emoji make lines longer than the terminal; a single word
//! longer than the width is not broken.

use std::fmt::Write as _;

use serde_json::Value;
use unicode_segmentation::UnicodeSegmentation;

use super::{KINDS, Source, View, first_words, list, number, quantity_value, str_of, uint};
use crate::report::ErrorRecord;

/// An ANSI SGR style (the parameter string), or none.
type Style = Option<&'static str>;

const BOLD: Style = Some("1");
const DIM: Style = Some("2");
const RED: Style = Some("31");
const CYAN: Style = Some("36");

fn kind_style(kind: &str) -> Style {
    match kind {
        "person" => Some("34"),
        "organization" => Some("33"),
        "place" => Some("32"),
        "group" => Some("35"),
        _ => None,
    }
}

/// Lines being built: styled words wrapped to a width.
struct Out<'v> {
    view: &'v View,
    buf: String,
}

impl Out<'_> {
    /// One paragraph of styled `pieces`, each split at white space, wrapped
    /// with `first` spaces before its first line and `rest` before the others.
    fn para(&mut self, first: usize, rest: usize, pieces: &[(&str, Style)]) {
        self.buf.push_str(&" ".repeat(first));
        self.para_from(first, rest, pieces);
    }

    /// Like [`Out::para`] on a line that already holds `col` columns.
    fn para_from(&mut self, col: usize, rest: usize, pieces: &[(&str, Style)]) {
        let width = self.view.width.max(rest + 20);
        let mut col = col;
        let mut line_empty = true;
        for (text, style) in pieces {
            for word in text.split_whitespace() {
                let w = word.graphemes(true).count();
                if !line_empty && col + 1 + w > width {
                    self.buf.push('\n');
                    self.buf.push_str(&" ".repeat(rest));
                    col = rest;
                    line_empty = true;
                }
                if !line_empty {
                    self.buf.push(' ');
                    col += 1;
                }
                self.styled(word, *style);
                col += w;
                line_empty = false;
            }
        }
        self.buf.push('\n');
    }

    fn styled(&mut self, s: &str, style: Style) {
        match style {
            Some(code) if self.view.color => {
                let _ = write!(self.buf, "\x1b[{code}m{s}\x1b[0m");
            }
            _ => self.buf.push_str(s),
        }
    }

    fn heading(&mut self, title: &str, count: usize) {
        self.buf.push('\n');
        self.styled(title, BOLD);
        let _ = writeln!(self.buf, " ({count})");
    }
}

/// Control characters would act on the terminal: show them as `U+XXXX`.
fn clean(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_control() || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}') {
            let _ = write!(out, "U+{:04X}", c as u32);
        } else {
            out.push(c);
        }
    }
    out
}

/// The summary of one record.
pub fn summary(src: &Source, view: &View) -> String {
    let mut out = Out {
        view,
        buf: String::new(),
    };
    let rec = src.record;
    let stats = rec.get("stats").unwrap_or(&Value::Null);
    let id = clean(str_of(rec, "id"));
    let date = rec
        .get("reference_date")
        .and_then(Value::as_str)
        .map_or_else(
            || "no reference date".to_string(),
            |d| format!("dates against {}", clean(d)),
        );
    let meta = format!(
        "{} words · {} sentences · {} paragraphs · {date}",
        number(uint(stats, "words").unwrap_or(0) as f64),
        uint(stats, "sentences").unwrap_or(0),
        uint(stats, "paragraphs").unwrap_or(0),
    );
    out.para(0, 2, &[(&id, BOLD)]);
    out.para(0, 2, &[(&meta, DIM)]);
    names(src, &mut out);
    quotes(src, &mut out);
    claims(src, &mut out);
    out.buf.push('\n');
    out.buf
}

fn names(src: &Source, out: &mut Out) {
    let entities = src.list("entities");
    out.heading("NAMES", entities.len());
    let label_width = KINDS.iter().map(|(_, l)| l.len()).max().unwrap_or(0) + 2;
    for (kind, label, of_kind) in super::entities_by_kind(src) {
        let label = format!("{label:<label_width$}");
        // The separator sticks to the count so no line starts with it.
        let last = of_kind.len() - 1;
        let names: Vec<(String, String)> = of_kind
            .iter()
            .enumerate()
            .map(|(i, e)| {
                let n = list(e, "mentions").len();
                let sep = if i < last { "\u{a0}·" } else { "" };
                (clean(str_of(e, "name")), format!("{n}{sep}"))
            })
            .collect();
        let mut pieces: Vec<(&str, Style)> = Vec::new();
        for (name, count) in &names {
            pieces.push((name, kind_style(kind)));
            pieces.push((count, DIM));
        }
        // The label is padded to a column; wrapped lines indent to it.
        out.buf.push_str("  ");
        out.styled(label.trim_end(), DIM);
        out.buf
            .push_str(&" ".repeat(label.len() - label.trim_end().len()));
        out.para_from(2 + label_width, 2 + label_width, &pieces);
    }
}

fn quotes(src: &Source, out: &mut Out) {
    let quotes = src.list("quotes");
    out.heading("WHO SAID WHAT", quotes.len());
    for (name, qs) in super::quotes_by_speaker(src) {
        let n = format!("({})", qs.len());
        out.para(2, 4, &[(&clean(name), BOLD), (&n, DIM)]);
        for q in qs {
            let kind = str_of(q, "kind");
            let cue = q
                .get("cue")
                .filter(|c| c.is_object())
                .map(|c| clean(str_of(c, "text")))
                .unwrap_or_default();
            let words = clean(&first_words(str_of(q, "text"), 18));
            let body = if kind == "indirect" {
                words
            } else {
                format!("“{words}”")
            };
            let cue = if cue.is_empty() { cue } else { cue + ":" };
            out.para(4, 6, &[(kind, CYAN), (&cue, DIM), (&body, None)]);
        }
    }
}

fn claims(src: &Source, out: &mut Out) {
    let claims = src.list("claims");
    out.heading("CLAIMS", claims.len());
    let (order, scored) = super::claims_ranked(src);
    if scored {
        out.para(2, 2, &[("ranked by check-worthiness", DIM)]);
    }
    for (_, c) in order {
        let mut head = clean(str_of(c, "id"));
        if let Some(s) = c.get("checkworthy").and_then(Value::as_f64) {
            let _ = write!(head, " {:.2}", s);
        }
        if let Some(k) = c
            .get("kind")
            .and_then(Value::as_str)
            .filter(|k| *k != "statement")
        {
            let _ = write!(head, " {}", clean(k));
        }
        let text = clean(&first_words(str_of(c, "text"), 40));
        out.para(2, 6, &[(&head, BOLD), (&text, None)]);
        let facts = claim_facts(src, c);
        if !facts.is_empty() {
            let pieces: Vec<(&str, Style)> = facts.iter().map(|f| (f.as_str(), DIM)).collect();
            out.para(6, 8, &pieces);
        }
    }
}

/// "600,000 troops = 600,000 troops", "Sunday = 2025-11-30", places, source, hedges.
fn claim_facts(src: &Source, c: &Value) -> Vec<String> {
    let mut facts = Vec::new();
    for q in list(c, "quantities") {
        let mut f = format!("{} = {}", clean(str_of(q, "text")), quantity_value(q));
        if let Some(u) = q.get("unit").and_then(Value::as_str) {
            let _ = write!(f, " {}", clean(u));
        }
        if let Some(n) = q.get("counted").and_then(Value::as_str) {
            let _ = write!(f, " ({})", clean(n));
        }
        facts.push(f + ";");
    }
    for d in list(c, "dates") {
        let value = d
            .get("value")
            .and_then(Value::as_str)
            .unwrap_or("unresolved");
        facts.push(format!("{} = {};", clean(str_of(d, "text")), clean(value)));
    }
    let places: Vec<String> = list(c, "places")
        .iter()
        .filter_map(Value::as_str)
        .map(|p| {
            src.list("entities")
                .iter()
                .find(|e| str_of(e, "id") == p)
                .map_or_else(|| clean(p), |e| clean(str_of(e, "name")))
        })
        .collect();
    if !places.is_empty() {
        facts.push(format!("in {};", places.join(", ")));
    }
    if let Some(s) = c.get("source").filter(|s| s.is_object()) {
        facts.push(format!("source: {};", clean(str_of(s, "name"))));
    }
    let hedges: Vec<String> = list(c, "hedges")
        .iter()
        .map(|h| clean(str_of(h, "text")))
        .collect();
    if !hedges.is_empty() {
        facts.push(format!("hedged: {};", hedges.join(", ")));
    }
    let signals: Vec<&str> = list(c, "signals")
        .iter()
        .filter_map(Value::as_str)
        .collect();
    if !signals.is_empty() {
        facts.push(format!("signals: {};", clean(&signals.join(", "))));
    }
    if let Some(last) = facts.last_mut() {
        last.pop();
    }
    facts
}

/// The line of an input that failed.
pub fn error_line(rec: &ErrorRecord, view: &View) -> String {
    let mut out = Out {
        view,
        buf: String::new(),
    };
    let id = clean(rec.id.as_deref().unwrap_or("input"));
    let msg = clean(&rec.error);
    out.para(0, 2, &[(&id, BOLD), ("not analyzed:", RED), (&msg, None)]);
    out.buf.push('\n');
    out.buf
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::OffsetUnit;

    fn summary_of(text: &str, view: &View) -> String {
        let analysis = crate::analyze(text, &crate::Options::default());
        let rec = crate::report::record(&analysis, Some("t.txt"), OffsetUnit::Bytes);
        let value = serde_json::to_value(&rec).unwrap();
        summary(&Source::new(&value, text, OffsetUnit::Bytes), view)
    }

    const TEXT: &str = "President Donald Trump said on Sunday that 600,000 troops were in Ukraine. \
        \"We will see what happens with the long and complicated talks in the coming weeks,\" \
        Vladimir Putin told reporters in Moscow on Monday.\n";

    #[test]
    fn wraps_to_width_without_colour() {
        for width in [40, 60, 100] {
            let view = View {
                format: super::super::Format::Text,
                color: false,
                width,
            };
            let s = summary_of(TEXT, &view);
            assert!(!s.contains('\x1b'), "no colour");
            for line in s.lines() {
                assert!(line.graphemes(true).count() <= width, "{width}: {line:?}");
            }
            for want in [
                "NAMES",
                "Donald Trump",
                "WHO SAID WHAT",
                "Vladimir Putin",
                "CLAIMS",
                "600,000",
            ] {
                assert!(s.contains(want), "{want} in\n{s}");
            }
        }
    }

    #[test]
    fn colour_only_when_asked() {
        let view = View {
            format: super::super::Format::Text,
            color: true,
            width: 80,
        };
        let s = summary_of(TEXT, &view);
        assert!(s.contains("\x1b[1mNAMES\x1b[0m"));
        assert!(s.contains("\x1b[34mTrump") || s.contains("\x1b[34mDonald"));
    }

    #[test]
    fn controls_are_shown_not_sent() {
        assert_eq!(clean("a\x1b[31mb\u{202e}"), "aU+001B[31mbU+202E");
    }
}
