//! The fixture corpus: every `fixtures/NAME.txt` must analyze to exactly
//! `fixtures/NAME.json`. Runs `byline check fixtures`; on a difference the
//! output holds the diff. After an intended change: `byline check --bless
//! fixtures`, then review the diff of the expected files by hand.

use std::process::Command;

#[test]
fn fixtures_match() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures");
    let out = Command::new(env!("CARGO_BIN_EXE_byline"))
        .args(["check", dir])
        .output()
        .expect("run byline check");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "fixtures differ (run `cargo run -- check --bless fixtures` after an intended change):\n{text}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let fixtures = std::fs::read_dir(dir)
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .path()
                .extension()
                .is_some_and(|x| x == "txt")
        })
        .count();
    assert!(fixtures >= 6, "at least six fixture articles");
    assert_eq!(text.matches("ok ").count(), fixtures, "{text}");
}
