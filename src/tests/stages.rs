//! Per-stage timing over folders or files of articles (development aid; an
//! ignored test because the stages are internal):
//!
//!     BYLINE_STAGES=PATH cargo test --release --lib stage_timing -- --ignored --nocapture
use std::time::{Duration, Instant};

fn collect(path: &std::path::Path, out: &mut Vec<String>) {
    if path.is_dir() {
        let mut entries: Vec<_> = std::fs::read_dir(path)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        entries.sort();
        for p in entries {
            collect(&p, out);
        }
    } else if let Ok(text) = std::fs::read_to_string(path) {
        out.push(text);
    }
}

#[test]
#[ignore = "development aid: set BYLINE_STAGES to a folder or file"]
fn stage_timing() {
    let mut texts = Vec::new();
    for arg in std::env::var("BYLINE_STAGES")
        .unwrap_or_default()
        .split(':')
    {
        collect(std::path::Path::new(arg), &mut texts);
    }
    let mut t = [Duration::ZERO; 4];
    for text in &texts {
        let a = Instant::now();
        let doc = crate::document::Document::new(text);
        let (s, tokens) = crate::segment::segment(&doc);
        let b = Instant::now();
        let e = crate::entities::extract(&doc, &s);
        let c = Instant::now();
        let q = crate::quotes::extract(&doc, &s, &e);
        let d = Instant::now();
        let cl = crate::claims::extract(&doc, &s, &e, &tokens, &q, None);
        let f = Instant::now();
        std::hint::black_box(&cl);
        t[0] += b - a;
        t[1] += c - b;
        t[2] += d - c;
        t[3] += f - d;
    }
    let bytes: usize = texts.iter().map(String::len).sum();
    println!(
        "{} texts, {:.2} MB: segment {:?}  entities {:?}  quotes {:?}  claims {:?}",
        texts.len(),
        bytes as f64 / 1e6,
        t[0],
        t[1],
        t[2],
        t[3]
    );
}
