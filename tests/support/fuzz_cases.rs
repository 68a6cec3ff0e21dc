//! The invariants that the fuzz targets (`fuzz/`) and the property tests
//! (`tests/fuzz_props.rs`) check on any bytes: one file, included by both
//! with `#[path]`, so the two can never drift apart.
//!
//! - [`analyze_case`]: bytes -> decode -> analyze -> JSON record. Decoding
//!   either fails cleanly or the record parses back, every `start`/`end` is
//!   in bounds and on char boundaries, every `text` is its folded slice
//!   (quotes aside: theirs drop the quote marks), every entity reference
//!   names an entity of the record.
//! - [`jsonl_case`]: bytes -> JSON Lines reader -> one record per non-blank
//!   line, in order, each with its line number, each carrying the `id` of a
//!   line that is a JSON object with an `id`, none longer in memory than the
//!   line limit.

#![allow(dead_code)]

use byline::batch::{JsonlReader, analyze_line};
use byline::report::{self, OffsetUnit};
use serde_json::Value;

/// The line limit used by [`jsonl_case`].
pub const MAX_LINE: u64 = 512;

fn as_usize(v: &Value) -> Option<usize> {
    v.as_u64().map(|n| n as usize)
}

/// Check every span-bearing object below `v` against `text`.
fn check_spans(text: &str, v: &Value, entity_ids: &[String]) {
    match v {
        Value::Array(items) => items.iter().for_each(|i| check_spans(text, i, entity_ids)),
        Value::Object(map) => {
            if let (Some(s), Some(e)) = (
                map.get("start").and_then(as_usize),
                map.get("end").and_then(as_usize),
            ) {
                assert!(s <= e && e <= text.len(), "span {s}..{e} of {}", text.len());
                assert!(text.is_char_boundary(s) && text.is_char_boundary(e));
                let is_quote = map.contains_key("speaker");
                if let (Some(t), false) = (map.get("text").and_then(Value::as_str), is_quote) {
                    assert_eq!(t, report::fold_space(&text[s..e]), "text of {s}..{e}");
                }
            }
            if let Some(id) = map.get("entity").and_then(Value::as_str) {
                assert!(entity_ids.iter().any(|e| e == id), "entity {id} exists");
            }
            if let Some(places) = map.get("places").and_then(Value::as_array) {
                for p in places {
                    let id = p.as_str().expect("place ids are strings");
                    assert!(entity_ids.iter().any(|e| e == id), "place {id} exists");
                }
            }
            for (_, child) in map {
                check_spans(text, child, entity_ids);
            }
        }
        _ => {}
    }
}

/// Check a success record (byte offsets) against the text it came from.
pub fn check_record(text: &str, record: &Value) {
    assert_eq!(record["schema_version"], 1);
    assert_eq!(as_usize(&record["stats"]["bytes"]), Some(text.len()));
    let entity_ids: Vec<String> = record["entities"]
        .as_array()
        .expect("entities")
        .iter()
        .map(|e| e["id"].as_str().expect("entity id").to_string())
        .collect();
    for key in ["paragraphs", "sentences", "quotes", "claims"] {
        let items = record[key].as_array().expect(key);
        let starts: Vec<usize> = items.iter().filter_map(|i| as_usize(&i["start"])).collect();
        assert!(starts.windows(2).all(|w| w[0] <= w[1]), "{key} ordered");
    }
    check_spans(text, record, &entity_ids);
}

/// Any bytes as one article.
pub fn analyze_case(data: &[u8]) {
    let Ok(text) = byline::decode(data) else {
        return;
    };
    let analysis = byline::analyze(text, &byline::Options::default());
    let rec = report::record(&analysis, Some("fuzz"), OffsetUnit::Bytes);
    let json = report::to_json(&rec, false);
    let back: Value = serde_json::from_str(&json).expect("record is JSON");
    check_record(text, &back);
}

/// The lines a JSON Lines reader must yield for `data`, counted without it.
fn expected_lines(data: &[u8]) -> Vec<usize> {
    let mut out = Vec::new();
    for (i, line) in data.split(|&b| b == b'\n').enumerate() {
        let mut line = line.strip_suffix(b"\r").unwrap_or(line);
        if i == 0 {
            line = line.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(line);
        }
        if !line.iter().all(u8::is_ascii_whitespace) {
            out.push(i + 1);
        }
    }
    out
}

/// Any bytes as a JSON Lines input.
pub fn jsonl_case(data: &[u8]) {
    let mut reader = JsonlReader::new(data, Some(MAX_LINE));
    let mut numbers = Vec::new();
    while let Some(line) = reader.next_line().expect("reading a slice cannot fail") {
        assert!(line.bytes.len() as u64 <= MAX_LINE + 1, "memory bounded");
        let json = match analyze_line(&line, None, OffsetUnit::Bytes, &Default::default()) {
            Ok(json) => json,
            Err((id, msg)) => report::to_json(
                &report::error_record(id.as_deref(), Some(line.number), &msg),
                false,
            ),
        };
        let out: Value = serde_json::from_str(&json).expect("record is JSON");
        assert_eq!(as_usize(&out["line"]), Some(line.number));
        if line.too_long.is_none() {
            let given: Option<Value> = std::str::from_utf8(&line.bytes)
                .ok()
                .and_then(|t| serde_json::from_str(t).ok());
            if let Some(Value::String(id)) = given.as_ref().and_then(|v| v.get("id")) {
                assert_eq!(out["id"].as_str(), Some(id.as_str()), "id kept");
            }
            if out.get("error").is_none() {
                let text = given
                    .as_ref()
                    .and_then(|v| v["text"].as_str())
                    .expect("text");
                // Decoding drops a BOM and offsets count after it.
                check_record(text.strip_prefix('\u{feff}').unwrap_or(text), &out);
            }
        }
        numbers.push(line.number);
    }
    assert_eq!(
        numbers,
        expected_lines(data),
        "one record per non-blank line"
    );
}
