//! `--format html|text` from the command line: where pages go, the index,
//! the usage errors, and that the text view never colours a pipe.

use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_byline");
const SEED: &str = "fixtures/00-seed-moscow-talks.txt";

fn run(args: &[&str], stdin: Option<&str>) -> (i32, String, String) {
    use std::io::Write;
    let mut cmd = Command::new(BIN);
    cmd.args(args)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .env_remove("NO_COLOR");
    let mut child = cmd.spawn().unwrap();
    let mut input = child.stdin.take().unwrap();
    // byline may exit (a usage error) before reading stdin.
    let _ = input.write_all(stdin.unwrap_or("").as_bytes());
    drop(input);
    let out = child.wait_with_output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

#[test]
fn one_input_prints_one_page() {
    let (code, out, _) = run(&["--date", "2025-12-02", "--format", "html", SEED], None);
    assert_eq!(code, 0);
    assert!(out.starts_with("<!DOCTYPE html>"));
    assert_eq!(out.matches("</html>").count(), 1);
    assert!(out.contains("data-entity=\"e1\""));
    // No network: nothing is loaded from anywhere.
    assert!(!out.contains("http://") && !out.contains("https://"));
    assert!(out.contains("Content-Security-Policy"));
}

#[test]
fn several_pages_need_a_folder() {
    let (code, out, err) = run(&["--format", "html", SEED, "fixtures/gum-flag.txt"], None);
    assert_eq!(code, 2);
    assert!(out.is_empty());
    assert!(err.contains("--out-dir"), "{err}");
    let (code, _, err) = run(
        &["--format", "html", "--input", "jsonl"],
        Some("{\"text\": \"x\"}\n"),
    );
    assert_eq!(code, 2);
    assert!(err.contains("jsonl"), "{err}");
}

#[test]
fn out_dir_gets_pages_and_an_index() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    std::fs::create_dir_all(input.join("sub")).unwrap();
    std::fs::copy(SEED, input.join("seed.txt")).unwrap();
    std::fs::write(
        input.join("sub/odd name#1.txt"),
        "Mr Smith said 20 people came to Paris.\n",
    )
    .unwrap();
    std::fs::write(input.join("bad.txt"), b"not \xc3\x28 utf-8").unwrap();
    let out = dir.path().join("out");
    let (code, stdout, _) = run(
        &[
            "-q",
            "--format",
            "html",
            "--out-dir",
            out.to_str().unwrap(),
            input.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(code, 2, "one input failed");
    assert!(stdout.is_empty());
    let pages: Vec<_> = walk(&out);
    assert_eq!(pages.len(), 4, "{pages:?}");
    let index = std::fs::read_to_string(out.join("index.html")).unwrap();
    assert!(index.contains("3 inputs, 1 failed"), "{index}");
    assert!(index.contains("odd%20name%231.txt.html"), "{index}");
    assert!(index.contains("class=\"failed\""));
    let bad = pages.iter().find(|p| p.ends_with("bad.txt.html")).unwrap();
    let bad = std::fs::read_to_string(bad).unwrap();
    assert!(bad.contains("Not analyzed: invalid UTF-8"), "{bad}");
    let seed = pages.iter().find(|p| p.ends_with("seed.txt.html")).unwrap();
    assert!(
        std::fs::read_to_string(seed)
            .unwrap()
            .contains("data-claim=\"c1\"")
    );
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            found.extend(walk(&path));
        } else {
            found.push(path);
        }
    }
    found.sort();
    found
}

#[test]
fn text_summary_on_a_pipe_has_no_colour() {
    let (code, out, _) = run(&["--date", "2025-12-02", "--format", "text", SEED], None);
    assert_eq!(code, 0);
    assert!(!out.contains('\x1b'));
    for want in [
        "NAMES (",
        "WHO SAID WHAT (",
        "CLAIMS (",
        "Vladimir Putin",
        "600,000 troops",
    ] {
        assert!(out.contains(want), "{want}");
    }
    assert!(
        out.lines().all(|l| l.chars().count() <= 80),
        "80 columns on a pipe"
    );
}

#[test]
fn text_summary_per_jsonl_record() {
    let input = "{\"id\": \"a\", \"text\": \"Mr Smith said 20 people came to Paris.\"}\n\
                 {\"id\": \"b\", \"txet\": \"bad\"}\n";
    let (code, out, _) = run(&["--format", "text", "--input", "jsonl"], Some(input));
    assert_eq!(code, 2);
    assert!(out.starts_with("a\n"), "{out}");
    assert!(out.contains("b not analyzed: bad record"), "{out}");
}
