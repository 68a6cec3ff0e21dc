//! Sentence segmentation measured on redistributable gold data (see
//! `tests/data/README.md`), with floors set from measurement: a change that
//! loses a rule or boundary fails here, before any score run.
//!
//! The measures match `score.py sentences`: a golden rule passes when the
//! white-space-folded sentences equal the expected ones; GUM is scored as
//! sentence-end F1 (trailing white space ignored).

use std::collections::HashSet;

use byline::{Options, analyze, report::fold_space};
use serde_json::Value;

fn rows(name: &str) -> Vec<Value> {
    let path = format!("{}/tests/data/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn sentences(text: &str) -> Vec<String> {
    let a = analyze(text, &Options::default());
    a.sentences
        .iter()
        .map(|s| fold_space(&text[s.span]))
        .filter(|s| !s.is_empty())
        .collect()
}

/// (passed, total, passed among pySBD's 48, failures)
fn golden(name: &str) -> (usize, usize, usize, Vec<String>) {
    let mut passed = 0;
    let mut passed48 = 0;
    let mut failures = Vec::new();
    let data = rows(name);
    for row in &data {
        let want: Vec<String> = row["sentences"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| fold_space(s.as_str().unwrap()))
            .collect();
        let got = sentences(row["text"].as_str().unwrap());
        if got == want {
            passed += 1;
            passed48 += usize::from(row["in_pysbd48"].as_bool() == Some(true));
        } else {
            failures.push(format!("{}: want {want:?}\n   got {got:?}", row["id"]));
        }
    }
    (passed, data.len(), passed48, failures)
}

#[test]
fn golden_rules() {
    let (passed, total, passed48, failures) = golden("golden_rules_en.jsonl");
    assert_eq!(total, 52);
    assert_eq!(
        passed48,
        48,
        "all of pySBD's 48 rules:\n{}",
        failures.join("\n")
    );
    assert!(passed >= 50, "{passed}/52:\n{}", failures.join("\n"));
}

#[test]
fn golden_rules_extra() {
    let (passed, total, _, failures) = golden("golden_rules_en_extra.jsonl");
    assert_eq!(total, 129);
    assert!(
        passed >= 93,
        "{passed}/129 (floor 93):\n{}",
        failures.join("\n")
    );
}

#[test]
fn gum_news_boundaries() {
    let (mut tp, mut fp, mut fn_) = (0usize, 0usize, 0usize);
    for row in rows("gum_news_sentences.jsonl") {
        let text = row["text"].as_str().unwrap();
        let chars: Vec<char> = text.chars().collect();
        let trimmed_end = |mut e: usize, s: usize| {
            while e > s && chars[e - 1].is_whitespace() {
                e -= 1;
            }
            e
        };
        let want: HashSet<usize> = row["sentences"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| {
                let (s, e) = (
                    p[0].as_u64().unwrap() as usize,
                    p[1].as_u64().unwrap() as usize,
                );
                trimmed_end(e, s)
            })
            .collect();
        let a = analyze(text, &Options::default());
        let got: HashSet<usize> = a
            .sentences
            .iter()
            .map(|s| {
                let cs = text[..s.span.start()].chars().count();
                let ce = text[..s.span.end()].chars().count();
                trimmed_end(ce, cs)
            })
            .collect();
        tp += want.intersection(&got).count();
        fp += got.difference(&want).count();
        fn_ += want.difference(&got).count();
    }
    let p = tp as f64 / (tp + fp) as f64;
    let r = tp as f64 / (tp + fn_) as f64;
    let f1 = 2.0 * p * r / (p + r);
    eprintln!("GUM news boundary F1 {f1:.4}");
    assert!(
        f1 >= 0.975,
        "GUM news boundary F1 {f1:.4} (p {p:.4}, r {r:.4}) below 0.975"
    );
}
