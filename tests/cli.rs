//! Runs the `byline` binary the way users do: stdin, files, folders, JSON
//! Lines, bad input, exit codes, and `check`.

use std::io::{Read, Write};
use std::process::{Command, Output, Stdio};

use serde_json::Value;

#[path = "support/cmd.rs"]
mod cmd;

use cmd::{byline, json_lines, run, stderr, stdout, write};

const ARTICLE: &str =
    "Trump said on Sunday that talks went well. Rubio agreed.\n\nA second paragraph.\n";

#[test]
fn stdin_gives_one_pretty_record() {
    let out = run(&[], ARTICLE.as_bytes());
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.starts_with("{\n"), "pretty JSON: {text}");
    let v: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["schema_version"], 1);
    assert_eq!(v["id"], "-");
    assert_eq!(v["stats"]["paragraphs"], 2);
    assert_eq!(v["stats"]["sentences"], 3);
    assert_eq!(v["stats"]["bytes"], ARTICLE.len());
    for key in ["entities", "quotes", "claims"] {
        assert!(v[key].is_array(), "{key} present");
    }
    let s = &v["sentences"][1];
    let (a, b) = (s["start"].as_u64().unwrap(), s["end"].as_u64().unwrap());
    assert_eq!(&ARTICLE[a as usize..b as usize], "Rubio agreed.");
}

#[test]
fn dash_reads_stdin_and_date_is_reported() {
    let out = run(&["--date", "2025-12-02", "-"], ARTICLE.as_bytes());
    assert_eq!(out.status.code(), Some(0));
    let v: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(v["reference_date"], "2025-12-02");
}

#[test]
fn bad_date_is_a_usage_error() {
    let out = run(&["--date", "2025-02-30"], b"x");
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("invalid date"));
}

#[test]
fn stdin_twice_is_a_usage_error() {
    let out = run(&["-", "-"], b"x");
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("only once"), "{}", stderr(&out));
}

#[test]
fn files_and_folders_give_json_lines_in_order() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "b.txt", b"Second file.");
    write(dir.path(), "a.txt", b"First file.");
    write(dir.path(), "sub/c.txt", b"Nested file.");
    write(dir.path(), "notes.md", b"Not an article.");
    let out = run(&[dir.path().to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let recs = json_lines(&out);
    let ids: Vec<String> = recs
        .iter()
        .map(|r| r["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(ids.len(), 3);
    assert!(ids[0].ends_with("a.txt") && ids[1].ends_with("b.txt"));
    assert!(ids[2].ends_with("sub/c.txt"));
}

#[test]
fn a_missing_file_fails_but_others_are_analyzed() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "ok.txt", b"Fine.");
    let ok = dir.path().join("ok.txt");
    let missing = dir.path().join("missing.txt");
    let out = run(&[ok.to_str().unwrap(), missing.to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(2));
    let recs = json_lines(&out);
    assert_eq!(recs.len(), 2);
    assert_eq!(recs[0]["stats"]["sentences"], 1);
    assert!(recs[1]["error"].as_str().unwrap().contains("no such file"));
    let err = stderr(&out);
    assert_eq!(err.matches("missing.txt").count(), 1, "one message: {err}");
    assert!(err.contains("analyzed 1, failed 1"), "{err}");
}

#[test]
fn invalid_utf8_names_the_byte_offset() {
    let out = run(&[], b"Caf\xe9 au lait.");
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("invalid UTF-8 at byte 3"),
        "{}",
        stderr(&out)
    );
    assert!(out.stdout.is_empty());
}

#[test]
fn nul_byte_is_binary_input() {
    let out = run(&[], b"Text\0more");
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("binary input"), "{}", stderr(&out));
}

#[test]
fn bom_is_dropped_and_offsets_count_after_it() {
    let out = run(&[], "\u{feff}Hello there.".as_bytes());
    assert_eq!(out.status.code(), Some(0));
    let v: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(v["sentences"][0]["start"], 0);
    assert_eq!(v["sentences"][0]["end"], 12);
}

#[test]
fn crlf_and_lone_cr_act_like_lf() {
    let lf = run(&[], b"One line.\n\nTwo line.\n");
    let crlf = run(&[], b"One line.\r\n\r\nTwo line.\r\n");
    let cr = run(&[], b"One line.\r\rTwo line.\r");
    let para = |o: &Output| -> Vec<(u64, u64)> {
        let v: Value = serde_json::from_str(&stdout(o)).unwrap();
        v["paragraphs"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| (p["start"].as_u64().unwrap(), p["end"].as_u64().unwrap()))
            .collect()
    };
    assert_eq!(para(&lf), vec![(0, 9), (11, 20)]);
    assert_eq!(para(&crlf), vec![(0, 9), (13, 22)]);
    assert_eq!(para(&cr), vec![(0, 9), (11, 20)]);
}

#[test]
fn empty_and_blank_input_give_an_empty_record() {
    for input in [&b""[..], b"  \n\n \t\n"] {
        let out = run(&[], input);
        assert_eq!(out.status.code(), Some(0));
        let v: Value = serde_json::from_str(&stdout(&out)).unwrap();
        assert_eq!(v["stats"]["sentences"], 0);
        assert_eq!(v["paragraphs"].as_array().unwrap().len(), 0);
    }
}

#[test]
fn hard_wrapped_paragraph_is_one_paragraph() {
    let text = "The delegation went to Florida to advocate for Ukraine’s priorities, according to\n\
                President Volodymyr Zelensky, who spoke to reporters in the capital on Monday and\n\
                said that the talks had gone well. After speaking for five hours, the two sides\n\
                gave scant details on their discussions but sounded an optimistic note.\n\
                \n\
                A second paragraph follows the blank line and is short.\n";
    let out = run(&[], text.as_bytes());
    let v: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(v["stats"]["paragraphs"], 2);
    assert_eq!(v["stats"]["sentences"], 3);
}

#[test]
fn offsets_in_chars() {
    let text = "Zelensky’s aide said “yes”. Then he left.";
    let out = run(&["--offsets", "chars"], text.as_bytes());
    let v: Value = serde_json::from_str(&stdout(&out)).unwrap();
    let second = &v["sentences"][1];
    let chars: Vec<char> = text.chars().collect();
    let (a, b) = (
        second["start"].as_u64().unwrap() as usize,
        second["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(chars[a..b].iter().collect::<String>(), "Then he left.");
}

#[test]
fn jsonl_round_trips_ids_and_lines() {
    let input = concat!(
        r#"{"id": "a", "text": "First one.", "date": "2025-12-02"}"#,
        "\n",
        r#"{"id": "b", "text": "Second. Two sentences."}"#,
        "\n",
        "not json\n",
        r#"{"id": "d", "text": "Bad date.", "date": "yesterday"}"#,
        "\n",
        "\n",
        r#"{"text": "No id."}"#,
        "\n"
    );
    let out = run(
        &["--input", "jsonl", "--date", "2020-01-01"],
        input.as_bytes(),
    );
    assert_eq!(out.status.code(), Some(2), "bad lines fail the run");
    let recs = json_lines(&out);
    assert_eq!(recs.len(), 5, "one record per non-blank line");
    assert_eq!(recs[0]["id"], "a");
    assert_eq!(recs[0]["reference_date"], "2025-12-02");
    assert_eq!(recs[1]["id"], "b");
    assert_eq!(recs[1]["reference_date"], "2020-01-01");
    assert_eq!(recs[1]["stats"]["sentences"], 2);
    assert!(recs[2]["error"].is_string());
    assert_eq!(recs[2]["line"], 3);
    assert_eq!(recs[3]["id"], "d");
    assert!(recs[3]["error"].as_str().unwrap().contains("invalid date"));
    assert!(recs[4]["id"].is_null());
    assert_eq!(recs[4]["line"], 6);
}

#[test]
fn jsonl_chunks_concatenate_to_one_run() {
    let lines: Vec<String> = (0..40)
        .map(|i| format!(r#"{{"id": "r{i}", "text": "Article {i} says {i} things. Really."}}"#))
        .collect();
    let whole = run(&["--input", "jsonl"], (lines.join("\n") + "\n").as_bytes());
    let mut parts = String::new();
    for chunk in lines.chunks(7) {
        let out = run(&["--input", "jsonl"], (chunk.join("\n") + "\n").as_bytes());
        // Line numbers restart per chunk; compare without them.
        for mut v in json_lines(&out) {
            v.as_object_mut().unwrap().remove("line");
            parts.push_str(&v.to_string());
        }
    }
    let mut all = String::new();
    for mut v in json_lines(&whole) {
        v.as_object_mut().unwrap().remove("line");
        all.push_str(&v.to_string());
    }
    assert_eq!(all, parts);
}

#[test]
fn jobs_do_not_change_output() {
    let dir = tempfile::tempdir().unwrap();
    for i in 0..30 {
        write(
            dir.path(),
            &format!("f{i:02}.txt"),
            format!("Story {i}. It has {i} sentences, said Mr. Smith.").as_bytes(),
        );
    }
    let d = dir.path().to_str().unwrap();
    let one = run(&["-j", "1", d], b"");
    let eight = run(&["-j", "8", d], b"");
    assert_eq!(one.status.code(), Some(0));
    assert_eq!(one.stdout, eight.stdout);
}

#[test]
fn closed_pipe_exits_quietly() {
    let dir = tempfile::tempdir().unwrap();
    for i in 0..300 {
        write(
            dir.path(),
            &format!("f{i:03}.txt"),
            ARTICLE.repeat(20).as_bytes(),
        );
    }
    let mut child = byline()
        .arg(dir.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 64];
    child
        .stdout
        .as_mut()
        .unwrap()
        .read_exact(&mut first)
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(!stderr(&out).contains("panicked"), "{}", stderr(&out));
}

#[test]
fn check_reports_differences_and_blesses() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "one.txt", b"First sentence. Second sentence.");
    write(
        dir.path(),
        "one.json",
        br#"{"reference_date": "2025-12-02"}"#,
    );
    write(dir.path(), "orphan.json", b"{}");
    let d = dir.path().to_str().unwrap();
    let out = run(&["check", d], b"");
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert!(text.contains("DIFFERS  one.txt"), "{text}");
    assert!(
        text.contains("+  \"schema_version\": 1"),
        "a line diff: {text}"
    );
    assert!(text.contains("orphan"), "{text}");

    std::fs::remove_file(dir.path().join("orphan.json")).unwrap();
    let out = run(&["check", "--bless", d], b"");
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    let blessed: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.path().join("one.json")).unwrap())
            .unwrap();
    assert_eq!(blessed["reference_date"], "2025-12-02", "date kept");
    assert_eq!(blessed["stats"]["sentences"], 2);
    let out = run(&["check", d], b"");
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
}

#[test]
fn schema_is_json_schema() {
    let out = run(&["schema"], b"");
    assert_eq!(out.status.code(), Some(0));
    let v: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert!(
        v["$defs"]["Record"]["properties"]["sentences"].is_object(),
        "{v}"
    );
    assert!(
        v["$defs"]["ErrorRecord"]["properties"]["error"].is_object(),
        "{v}"
    );
}

#[test]
fn latin1_and_utf16_errors_say_how_to_convert() {
    let out = run(&[], b"Caf\xe9 cr\xe8me.");
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("iconv"), "{}", stderr(&out));
    let out = run(&[], b"\xff\xfeH\0i\0");
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("UTF-16"), "{}", stderr(&out));
}

#[test]
fn nul_late_in_the_input_is_still_binary() {
    let mut data = ARTICLE.repeat(200).into_bytes();
    data.push(0);
    let out = run(&[], &data);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains(&format!("NUL byte at byte {}", data.len() - 1)));
}

#[test]
fn a_long_single_line_finishes() {
    // 1 MB in one line, with abbreviations, quote marks and periods that
    // must not make any stage quadratic.
    let unit = "Mr. Smith of the U.S. said “it is fine. ";
    let text = unit.repeat(1_000_000 / unit.len());
    let out = run(&[], text.as_bytes());
    assert_eq!(out.status.code(), Some(0));
    let v: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(v["stats"]["paragraphs"], 1);
}

#[test]
fn control_and_bidi_characters_are_escaped() {
    let out = run(
        &["--input", "jsonl"],
        "{\"id\":\"x\u{202e}\",\"text\":\"A\\u0001b.\"}\n".as_bytes(),
    );
    let line = stdout(&out);
    assert!(line.contains(r"x\u202e"), "{line}");
    assert!(!line.contains('\u{202e}'));
    let v: Value = serde_json::from_str(line.trim()).unwrap();
    assert_eq!(v["id"], "x\u{202e}");
}

#[test]
fn folder_without_articles_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "readme.md", b"nothing");
    let out = run(&[dir.path().to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("no *.txt"), "{}", stderr(&out));
}

#[test]
fn the_same_file_twice_gives_two_records() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a.txt", b"Once.");
    let p = dir.path().join("a.txt");
    let p = p.to_str().unwrap();
    let out = run(&[p, p], b"");
    assert_eq!(out.status.code(), Some(0));
    let recs = json_lines(&out);
    assert_eq!(recs.len(), 2);
    assert_eq!(recs[0], recs[1]);
}

#[test]
fn a_full_disk_is_an_error() {
    let Ok(full) = std::fs::OpenOptions::new().write(true).open("/dev/full") else {
        return; // not Linux
    };
    let out = byline()
        .arg("-")
        .stdin(Stdio::piped())
        .stdout(full)
        .stderr(Stdio::piped())
        .spawn()
        .and_then(|mut c| {
            c.stdin.take().unwrap().write_all(ARTICLE.as_bytes())?;
            c.wait_with_output()
        })
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("writing output"), "{}", stderr(&out));
}

#[test]
fn committed_schema_matches_the_binary() {
    let out = run(&["schema"], b"");
    let committed =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/schema.json")).unwrap();
    assert_eq!(
        stdout(&out),
        committed,
        "docs/schema.json is stale: cargo run -- schema > docs/schema.json"
    );
}

#[test]
fn help_version_man_and_completions() {
    let help = run(&["--help"], b"");
    assert!(stdout(&help).contains("Examples:"));
    let version = run(&["--version"], b"");
    assert!(stdout(&version).starts_with("byline "));
    let man = run(&["--generate", "man"], b"");
    assert!(stdout(&man).contains(".TH byline"));
    for shell in ["complete-bash", "complete-zsh", "complete-fish"] {
        let out = run(&["--generate", shell], b"");
        assert_eq!(out.status.code(), Some(0));
        assert!(stdout(&out).contains("byline"), "{shell}");
    }
}

#[test]
fn no_input_on_a_terminal_prints_a_usage_hint() {
    // `script` gives the child a terminal; skip where it is missing.
    let Ok(out) = Command::new("script")
        .args(["-qec", env!("CARGO_BIN_EXE_byline"), "/dev/null"])
        .stdin(Stdio::null())
        .output()
    else {
        return;
    };
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("no input"), "{text}");
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn ext_and_hidden_files() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a.md", b"Markdown one.");
    write(dir.path(), "b.txt", b"Text one.");
    write(dir.path(), ".hidden.txt", b"Hidden.");
    write(dir.path(), ".git/c.txt", b"In a hidden folder.");
    let d = dir.path().to_str().unwrap();
    let ids = |o: &Output| -> Vec<String> {
        json_lines(o)
            .iter()
            .map(|r| {
                r["id"]
                    .as_str()
                    .unwrap()
                    .rsplit('/')
                    .next()
                    .unwrap()
                    .to_string()
            })
            .collect()
    };
    assert_eq!(ids(&run(&[d], b"")), ["b.txt"]);
    assert_eq!(ids(&run(&["--ext", "md,txt", d], b"")), ["a.md", "b.txt"]);
    // A hidden file named on the command line is analyzed.
    let hidden = dir.path().join(".hidden.txt");
    let out = run(&[hidden.to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn out_dir_mirrors_paths_and_keeps_error_records() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "in/a.txt", b"First.");
    write(dir.path(), "in/sub/b.txt", b"Second. Two.");
    write(dir.path(), "in/bad.txt", b"\xff");
    let out = byline()
        .current_dir(dir.path())
        .args(["--out-dir", "out", "in"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let read = |p: &str| -> Value {
        serde_json::from_str(&std::fs::read_to_string(dir.path().join(p)).unwrap()).unwrap()
    };
    assert_eq!(read("out/in/a.txt.json")["stats"]["sentences"], 1);
    assert_eq!(read("out/in/sub/b.txt.json")["stats"]["sentences"], 2);
    assert!(read("out/in/bad.txt.json")["error"].is_string());
    let leftovers = std::fs::read_dir(dir.path().join("out/in"))
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .file_name()
                .to_string_lossy()
                .contains(".tmp")
        })
        .count();
    assert_eq!(leftovers, 0, "no temporary files left");
}

#[test]
fn out_dir_never_writes_outside() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "x/a.txt", b"Outside path.");
    let out = byline()
        .current_dir(dir.path().join("x"))
        .args(["--out-dir", "out", "../x/a.txt"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(dir.path().join("x/out/_up/x/a.txt.json").exists());
}

#[test]
fn max_bytes_turns_big_inputs_into_error_records() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "small.txt", b"Small.");
    write(dir.path(), "big.txt", ARTICLE.repeat(10).as_bytes());
    let out = run(&["--max-bytes", "100", dir.path().to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(2));
    let recs = json_lines(&out);
    assert!(recs[0]["error"].as_str().unwrap().contains("--max-bytes"));
    assert_eq!(recs[1]["stats"]["sentences"], 1);
}

#[cfg(unix)]
#[test]
fn dangling_symlinks_and_loops_are_reported() {
    use std::os::unix::fs::symlink;
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "d/ok.txt", b"Fine.");
    symlink(
        dir.path().join("nowhere.txt"),
        dir.path().join("d/dangling.txt"),
    )
    .unwrap();
    symlink(dir.path().join("d"), dir.path().join("d/loop")).unwrap();
    let out = run(&[dir.path().join("d").to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(2));
    let recs = json_lines(&out);
    assert_eq!(recs.len(), 2, "{recs:?}");
    assert!(recs[0]["error"].as_str().unwrap().contains("dangling"));
    assert_eq!(recs[1]["stats"]["sentences"], 1);
    let out = run(&[dir.path().join("d/dangling.txt").to_str().unwrap()], b"");
    assert!(
        stderr(&out).contains("dangling symbolic link"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn summary_counts_use_separators() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a.txt", b"One.");
    write(dir.path(), "b.txt", b"\0");
    let out = run(&[dir.path().to_str().unwrap()], b"");
    assert!(
        stderr(&out).trim_end().ends_with("analyzed 1, failed 1"),
        "{}",
        stderr(&out)
    );
}
