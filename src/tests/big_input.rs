//! A few megabytes of quote-heavy, name-heavy text on one line: the kind of
//! input that made the entities and quotes stages quadratic (every quote
//! scanned to the end of the line; every surname scanned all earlier
//! mentions of every matching person). The test only checks that the
//! analysis returns with sane output; speed is measured with the `stages`
//! example, not asserted here (test machines vary too much).

use byline::{Options, analyze};

/// Random words from the list that exposed the problem, joined by spaces,
/// about `bytes` long. A fixed xorshift generator keeps the text the same on
/// every run without a random-number dependency.
fn synthetic(bytes: usize) -> String {
    const WORDS: [&str; 18] = [
        "He", "said", "“", "”", "\"", "the", "U.S.", "Mr.", "Smith", "’s", "‘", "quote", "5",
        "percent", "on", "Monday", ".", "—",
    ];
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut out = String::with_capacity(bytes + 16);
    while out.len() < bytes {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(WORDS[(state % WORDS.len() as u64) as usize]);
    }
    out
}

#[test]
fn megabytes_of_one_line_text_come_back_sane() {
    let text = synthetic(2_000_000);
    let a = analyze(&text, &Options::default());
    assert!(!a.sentences.is_empty());
    assert!(!a.quotes.is_empty());
    assert!(
        a.entities
            .iter()
            .any(|e| text.as_str()[e.name].contains("Smith")),
        "the repeated name is found"
    );
    for w in a.entities.windows(2) {
        assert!(w[0].mentions[0].start() <= w[1].mentions[0].start());
    }
    for e in &a.entities {
        assert!(e.mentions.iter().all(|m| m.end() <= text.len()));
    }
    for q in &a.quotes {
        assert!(q.span.end() <= text.len());
    }
    // The report (the public contract) serializes.
    let record = byline::report::record(&a, None, byline::report::OffsetUnit::Bytes);
    assert!(byline::report::to_json(&record, false).len() > text.len() / 10);
}
