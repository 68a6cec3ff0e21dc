//! Entity accuracy floor on a redistributable annotated sample.
//!
//! Runs the pipeline over `tests/data/gum_news_sample.jsonl` (six GUM
//! Wikinews articles, CC BY; see `tests/data/README.md`) and fails when
//! the scores drop below floors set a little under the measured values.
//! GUM marks whole noun phrases ("the White House"), so exact-span scores
//! run low for any system; the overlap recall says whether names are found.

use byline::entities::EntityKind;
use serde_json::Value;

fn label(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::Person => "PER",
        EntityKind::Organization => "ORG",
        EntityKind::Place => "LOC",
        EntityKind::Group | EntityKind::Other => "MISC",
    }
}

#[derive(Default, Debug)]
struct Counts {
    tp: usize,
    fp: usize,
    fn_: usize,
    gold: usize,
    found: usize,
}

fn score() -> Counts {
    let data = include_str!("../../tests/data/gum_news_sample.jsonl");
    let mut c = Counts::default();
    for line in data.lines().filter(|l| !l.trim().is_empty()) {
        let rec: Value = serde_json::from_str(line).expect("valid JSON line");
        let text = rec["text"].as_str().expect("text");
        let gold: Vec<(usize, usize, String)> = rec["entities"]
            .as_array()
            .expect("entities")
            .iter()
            .map(|e| {
                (
                    e[0].as_u64().expect("start") as usize,
                    e[1].as_u64().expect("end") as usize,
                    e[2].as_str().expect("label").to_string(),
                )
            })
            .collect();
        let analysis = byline::analyze(text, &byline::Options::default());
        let mut got: Vec<(usize, usize, String)> = Vec::new();
        for e in &analysis.entities {
            for m in &e.mentions {
                got.push((m.start(), m.end(), label(e.kind).to_string()));
            }
        }
        let scored = |x: &(usize, usize, String)| x.2 != "MISC";
        for g in &gold {
            if got.contains(g) {
                c.tp += 1;
            } else {
                c.fn_ += 1;
            }
            c.gold += 1;
            if got.iter().any(|h| h.0 < g.1 && g.0 < h.1) {
                c.found += 1;
            }
        }
        c.fp += got
            .iter()
            .filter(|h| scored(h) && !gold.contains(h))
            .count();
    }
    c
}

#[test]
fn gum_sample_scores_stay_above_floor() {
    let c = score();
    let p = c.tp as f64 / (c.tp + c.fp).max(1) as f64;
    let r = c.tp as f64 / (c.tp + c.fn_).max(1) as f64;
    let f1 = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    let overlap = c.found as f64 / c.gold.max(1) as f64;
    eprintln!("GUM sample: P {p:.3} R {r:.3} F1 {f1:.3} found_any_overlap {overlap:.3} ({c:?})");
    assert!(
        f1 >= F1_FLOOR,
        "exact-span F1 {f1:.3} fell below {F1_FLOOR}"
    );
    assert!(
        overlap >= OVERLAP_FLOOR,
        "overlap recall {overlap:.3} fell below {OVERLAP_FLOOR}"
    );
}

// Measured 2026-11-28: F1 0.299, overlap 0.792 (`cargo test -- --nocapture`
// prints the current values); floors sit a little below. 2026-12-01: F1
// 0.280, overlap 0.794: England's side in the World Cup article is now the
// country, as every other country's side there and as CoNLL-2003 labels
// national sides (GUM labels them organizations); the floor follows.
const F1_FLOOR: f64 = 0.27;
const OVERLAP_FLOOR: f64 = 0.77;
