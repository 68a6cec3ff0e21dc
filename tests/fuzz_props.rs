//! The fuzz targets' invariants (tests/support/fuzz_cases.rs) as property
//! tests, so `cargo test` on stable checks them on every run: any bytes as
//! an article, and any bytes as a JSON Lines input.

#[path = "support/fuzz_cases.rs"]
mod fuzz_cases;

use proptest::prelude::*;

/// Pieces that exercise the stages and the readers: names, cues, quote
/// marks, numbers, dates, line endings, a BOM, bad bytes, JSON syntax.
const PIECES: &[&str] = &[
    "Mr. Smith",
    " said ",
    "“",
    "”",
    "\"",
    " the ",
    "President Biden",
    "$1.5bn",
    " 12%",
    " on Monday",
    " 3 March 2024",
    ". ",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "\u{feff}",
    "\u{0}",
    "é",
    "’s",
    "according to",
    " Reuters",
    "{\"id\": \"x\", \"text\": \"",
    "\"}",
    "{\"text\": 5}",
    "\\u0000",
    "\\n",
    ",",
    "…",
    " — ",
];

fn article() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        proptest::collection::vec(proptest::sample::select(PIECES), 0..40)
            .prop_map(|p| p.concat().into_bytes()),
        proptest::collection::vec(any::<u8>(), 0..300),
    ]
}

fn jsonl() -> impl Strategy<Value = Vec<u8>> {
    let line = prop_oneof![
        (
            proptest::collection::vec(proptest::sample::select(PIECES), 0..12),
            "[a-z0-9]{0,4}"
        )
            .prop_map(|(p, id)| {
                let text = serde_json::to_string(&p.concat()).unwrap();
                format!("{{\"id\": \"{id}\", \"text\": {text}}}").into_bytes()
            }),
        article(),
        Just(b"{\"id\": \"bad\xff\", \"text\": \"x\"}".to_vec()),
        Just(b"{\"id\": \"ok\", \"text\": \"caf\xe9\"}".to_vec()),
        Just(vec![b'x'; fuzz_cases::MAX_LINE as usize + 3]),
    ];
    proptest::collection::vec(line, 0..8).prop_map(|lines| lines.join(&b'\n'))
}

proptest! {
    #[test]
    fn any_bytes_as_an_article(data in article()) {
        fuzz_cases::analyze_case(&data);
    }

    #[test]
    fn any_bytes_as_json_lines(data in jsonl()) {
        fuzz_cases::jsonl_case(&data);
    }
}
