//! Issue 13, "nothing lost, nothing written outside": one test per numbered
//! item (writes outside --out-dir, records lost with exit 0, unbounded
//! reads, failed writes, `check`'s walker, jsonl ids and BOM, binary
//! detection, the schema), plus the `-j` cap. Each runs the binary as users
//! do. Tests that need a FIFO, a mount or symbolic links skip with a message
//! where the machine cannot make them (tests run as root, so permission
//! bits cannot make a file unwritable: a tmpfs or a file in a folder's
//! place does it instead).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

#[path = "support/cmd.rs"]
mod cmd;

use cmd::{byline, json_lines, run, stderr, write};

/// Wait for `child` at most `secs`; kill it and fail the test if it hangs.
fn finish_within(mut child: Child, secs: u64, what: &str) -> Output {
    let deadline = Instant::now() + Duration::from_secs(secs);
    loop {
        if child.try_wait().unwrap().is_some() {
            return child.wait_with_output().unwrap();
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("{what}: still running after {secs} s");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn spawn(cmd: &mut Command) -> Child {
    cmd.stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

/// Every file below `dir`, relative to it, sorted.
fn files_below(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if std::fs::symlink_metadata(&p).unwrap().is_dir() {
                stack.push(p);
            } else {
                out.push(p.strip_prefix(dir).unwrap().to_path_buf());
            }
        }
    }
    out.sort();
    out
}

fn mkfifo(path: &Path) -> bool {
    let made = Command::new("mkfifo").arg(path).status();
    if !made.is_ok_and(|s| s.success()) {
        eprintln!("SKIP: cannot make a FIFO here (mkfifo failed)");
        return false;
    }
    true
}

// 1. A symlink already inside the out-dir is not followed.
#[cfg(unix)]
#[test]
fn item01_symlink_inside_out_dir_is_not_followed() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "s/in.txt", b"An article.");
    std::fs::create_dir_all(dir.path().join("victim")).unwrap();
    std::fs::create_dir_all(dir.path().join("out")).unwrap();
    std::os::unix::fs::symlink("../victim", dir.path().join("out/s")).unwrap();
    let out = byline()
        .current_dir(dir.path())
        .args(["--out-dir", "out", "s/in.txt"])
        .output()
        .unwrap();
    assert!(
        files_below(&dir.path().join("victim")).is_empty(),
        "nothing written through the link"
    );
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("symbolic link"), "{}", stderr(&out));
}

// 2. The temporary file is created exclusively: a link planted at any name
// the old scheme (`.NAME.json.tmp<PID>`) could pick is never written through.
#[cfg(unix)]
#[test]
fn item02_planted_temp_file_link_is_not_followed() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a.txt", b"An article.");
    write(dir.path(), "precious", b"keep me");
    let out_dir = dir.path().join("out");
    std::fs::create_dir_all(&out_dir).unwrap();
    // Process ids are handed out in order: plant links for the next few
    // thousand, for both the old and the new output name.
    let next = Command::new("true").spawn().unwrap().id();
    for pid in next..next + 3000 {
        for name in ["a.json", "a.txt.json"] {
            let link = out_dir.join(format!(".{name}.tmp{pid}"));
            std::os::unix::fs::symlink(dir.path().join("precious"), link).unwrap();
        }
    }
    let child = spawn(
        byline()
            .current_dir(dir.path())
            .args(["--out-dir", "out", "a.txt"]),
    );
    let pid = child.id();
    let out = finish_within(child, 120, "byline");
    if !(next..next + 3000).contains(&pid) {
        eprintln!("note: byline ran as pid {pid}, outside the planted range");
    }
    let precious = std::fs::read_to_string(dir.path().join("precious")).unwrap();
    assert_eq!(
        precious, "keep me",
        "the file a planted link points to is untouched"
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let rec: Value =
        serde_json::from_slice(&std::fs::read(out_dir.join("a.txt.json")).unwrap()).unwrap();
    assert_eq!(rec["id"], "a.txt");
}

/// Run `args` in `cwd` with --out-dir `out`; the output files written.
fn out_files(cwd: &Path, out: &Path, args: &[&str]) -> (Output, Vec<PathBuf>) {
    let o = byline()
        .current_dir(cwd)
        .arg("--out-dir")
        .arg(out)
        .args(args)
        .output()
        .unwrap();
    let files = if out.exists() {
        files_below(out)
    } else {
        Vec::new()
    };
    (o, files)
}

// 3. Absolute paths and `..` paths keep one output file per input.
#[test]
fn item03_absolute_and_dotdot_paths_do_not_collide() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "abs/a/x.txt", b"One.");
    write(dir.path(), "abs/b/x.txt", b"Two.");
    write(dir.path(), "abs/x.txt", b"Three.");
    let abs = dir.path().join("abs");
    let out = dir.path().join("out1");
    let (o, files) = out_files(dir.path(), &out, &[abs.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(files.len(), 3, "{files:?}");
    assert!(files.iter().all(|f| f.starts_with("_root")), "{files:?}");

    write(dir.path(), "x/c.txt", b"Four.");
    write(dir.path(), "x2/c.txt", b"Five.");
    std::fs::create_dir_all(dir.path().join("w/y")).unwrap();
    let out = dir.path().join("out2");
    let (o, files) = out_files(
        &dir.path().join("w"),
        &out,
        &["../x/c.txt", "y/../../x2/c.txt"],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let want: Vec<PathBuf> = ["_up/x/c.txt.json", "_up/x2/c.txt.json"]
        .iter()
        .map(PathBuf::from)
        .collect();
    assert_eq!(files, want);
}

// 4. `a.txt` and `a.md` with --ext md,txt keep two records.
#[test]
fn item04_extensions_do_not_collide() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "in/a.txt", b"Text.");
    write(dir.path(), "in/a.md", b"Markdown.");
    let out = dir.path().join("out");
    let (o, files) = out_files(dir.path(), &out, &["--ext", "md,txt", "in"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let want: Vec<PathBuf> = ["in/a.md.json", "in/a.txt.json"]
        .iter()
        .map(PathBuf::from)
        .collect();
    assert_eq!(files, want);
}

// 5. Names that are not UTF-8 keep their own ids and files.
#[cfg(unix)]
#[test]
fn item05_non_utf8_names_do_not_collide() {
    use std::os::unix::ffi::OsStrExt;
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("in")).unwrap();
    for name in [&b"bad\xffname.txt"[..], b"bad\xfename.txt"] {
        let path = dir
            .path()
            .join("in")
            .join(std::ffi::OsStr::from_bytes(name));
        if std::fs::write(&path, b"Text.").is_err() {
            eprintln!("SKIP: this file system refuses names that are not UTF-8");
            return;
        }
    }
    let out = dir.path().join("out");
    let (o, files) = out_files(dir.path(), &out, &["in"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(files.len(), 2, "{files:?}");
    let listed = byline().current_dir(dir.path()).arg("in").output().unwrap();
    let ids: Vec<String> = json_lines(&listed)
        .iter()
        .map(|r| r["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(ids, ["in/bad\\xfename.txt", "in/bad\\xffname.txt"]);
}

// 3-5. What would still share a file is refused before anything is written.
#[test]
fn two_inputs_for_one_output_file_are_refused_before_writing() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "in/a.txt", b"Text.");
    write(dir.path(), "in/b.txt", b"Text.");
    let out = dir.path().join("out");
    let (o, files) = out_files(dir.path(), &out, &["in/b.txt", "in/a.txt", "in/./a.txt"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("nothing was written"), "{}", stderr(&o));
    assert!(files.is_empty() && !out.exists(), "{files:?}");
}

// 6. A FIFO inside a folder gets an error record; the batch finishes.
#[cfg(unix)]
#[test]
fn item06_fifo_in_a_folder_does_not_block_the_batch() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "d/a.txt", b"Good file.");
    write(dir.path(), "d/c.txt", b"Another good file.");
    if !mkfifo(&dir.path().join("d/b.txt")) {
        return;
    }
    let out = finish_within(spawn(byline().arg(dir.path().join("d"))), 60, "FIFO batch");
    assert_eq!(out.status.code(), Some(2));
    let recs = json_lines(&out);
    assert_eq!(recs.len(), 3);
    assert_eq!(recs[0]["stats"]["sentences"], 1);
    assert!(
        recs[1]["error"].as_str().unwrap().contains("a FIFO"),
        "{recs:?}"
    );
    assert_eq!(recs[2]["stats"]["sentences"], 1);
}

// 6. A FIFO named on the command line is read, bounded by --max-bytes.
#[cfg(unix)]
#[test]
fn item06_named_fifo_is_read_within_max_bytes() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("p.txt");
    if !mkfifo(&fifo) {
        return;
    }
    let writer_path = fifo.clone();
    let writer = std::thread::spawn(move || {
        let mut f = std::fs::OpenOptions::new()
            .write(true)
            .open(writer_path)
            .unwrap();
        // Endless input: stops when byline closes its end.
        let block = vec![b'a'; 65536];
        while f.write_all(&block).is_ok() {}
    });
    let child = spawn(byline().args(["--max-bytes", "1000"]).arg(&fifo));
    let out = finish_within(child, 60, "named FIFO");
    writer.join().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("over --max-bytes 1000"),
        "{}",
        stderr(&out)
    );
}

// 7. --max-bytes bounds /dev/zero (whose size reads as 0) and stdin.
#[cfg(unix)]
#[test]
fn item07_max_bytes_bounds_devices_and_stdin() {
    if Path::new("/dev/zero").exists() {
        let child = spawn(byline().args(["--max-bytes", "1000", "/dev/zero"]));
        let out = finish_within(child, 60, "/dev/zero");
        assert_eq!(out.status.code(), Some(2));
        assert!(
            stderr(&out).contains("over --max-bytes 1000"),
            "{}",
            stderr(&out)
        );
    }
    // 2 GB of zeros on stdin under a 1 GB address-space limit: reading it
    // all would abort; reading 11 bytes does not.
    let script =
        "ulimit -v 1000000 || exit 99; head -c 2000000000 /dev/zero | \"$0\" --max-bytes 10 -";
    let child = spawn(Command::new("sh").args(["-c", script, env!("CARGO_BIN_EXE_byline")]));
    let out = finish_within(child, 120, "stdin");
    if out.status.code() == Some(99) {
        eprintln!("SKIP: ulimit -v not available");
        return;
    }
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("over --max-bytes 10"),
        "{}",
        stderr(&out)
    );
}

// 8. --max-bytes bounds each jsonl line; the other lines go on.
#[test]
fn item08_max_bytes_bounds_jsonl_lines() {
    let big = "Words and more words. ".repeat(300);
    let input = format!(
        "{{\"id\":\"a\",\"text\":\"Short one.\"}}\n{{\"id\":\"big\",\"text\":\"{big}\"}}\n{{\"id\":\"c\",\"text\":\"Also short.\"}}\n"
    );
    let out = run(
        &["--input", "jsonl", "--max-bytes", "1000"],
        input.as_bytes(),
    );
    assert_eq!(out.status.code(), Some(2));
    let recs = json_lines(&out);
    assert_eq!(recs.len(), 3, "{recs:?}");
    assert_eq!(recs[0]["id"], "a");
    assert_eq!(recs[1]["line"], 2);
    assert!(
        recs[1]["error"].as_str().unwrap().contains("--max-bytes"),
        "{recs:?}"
    );
    assert_eq!(recs[2]["id"], "c");
    assert_eq!(recs[2]["stats"]["sentences"], 1);
}

fn no_temp_files(dir: &Path) {
    let left: Vec<PathBuf> = files_below(dir)
        .into_iter()
        .filter(|f| f.to_string_lossy().contains(".tmp"))
        .collect();
    assert!(left.is_empty(), "temporary files left: {left:?}");
}

// 9. A failed write is that input's error; the batch goes on, no temporary
// file stays. A file in the place of a folder fails the write even for root.
#[test]
fn item09_failed_write_is_an_error_record_and_the_batch_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "in/a.txt", b"First.");
    write(dir.path(), "b.txt", b"Second.");
    write(dir.path(), "out/in", b"a file where a folder is needed");
    let out = byline()
        .current_dir(dir.path())
        .args(["--out-dir", "out", "in", "b.txt"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("writing out/in/a.txt.json"), "{err}");
    assert!(err.contains("analyzed 1, failed 1"), "{err}");
    let rec: Value =
        serde_json::from_slice(&std::fs::read(dir.path().join("out/b.txt.json")).unwrap()).unwrap();
    assert_eq!(rec["stats"]["sentences"], 1);
    no_temp_files(&dir.path().join("out"));
}

/// A small tmpfs at `path`, unmounted on drop; None where mounting fails.
struct Tmpfs(PathBuf);

impl Tmpfs {
    fn mount(path: &Path, size: &str) -> Option<Tmpfs> {
        std::fs::create_dir_all(path).unwrap();
        let ok = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(path)
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        ok.then(|| Tmpfs(path.to_path_buf()))
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(&self.0).status();
    }
}

// 9. A full disk and a read-only file system, on a small tmpfs.
#[test]
fn item09_full_and_read_only_file_systems() {
    let dir = tempfile::tempdir().unwrap();
    let Some(fs) = Tmpfs::mount(&dir.path().join("out"), "64k") else {
        eprintln!("SKIP: cannot mount a tmpfs here (not root, or no mount permission)");
        return;
    };
    let big = "Mr. Smith said the city of Paris spent $5 million on 3 March 2024. ".repeat(400);
    write(dir.path(), "in/1-big.txt", big.as_bytes());
    write(dir.path(), "in/2-small.txt", b"Small.");
    let out = byline()
        .current_dir(dir.path())
        .args(["--out-dir", "out", "in"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("writing out/in/1-big.txt.json"), "{err}");
    assert!(dir.path().join("out/in/2-small.txt.json").exists(), "{err}");
    no_temp_files(&fs.0);

    let remount = Command::new("mount")
        .args(["-o", "remount,ro"])
        .arg(&fs.0)
        .status();
    if !remount.is_ok_and(|s| s.success()) {
        eprintln!("SKIP: cannot remount the tmpfs read-only");
        return;
    }
    let out = byline()
        .current_dir(dir.path())
        .args(["--out-dir", "out", "in"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert_eq!(err.matches("writing out/in/").count(), 2, "{err}");
    assert!(err.contains("analyzed 0, failed 2"), "{err}");
}

// 10. `check` walks like analysis: loops reported, hidden folders skipped,
// a dangling link an error line with the summary still printed.
#[cfg(unix)]
#[test]
fn item10_check_shares_the_walker() {
    let dir = tempfile::tempdir().unwrap();
    let fx = dir.path().join("fx");
    write(&fx, "a.txt", b"First fixture.");
    let blessed = byline()
        .args(["check", "--bless"])
        .arg(&fx)
        .output()
        .unwrap();
    assert_eq!(blessed.status.code(), Some(0), "{}", stderr(&blessed));
    std::os::unix::fs::symlink(".", fx.join("loop")).unwrap();
    write(&fx, ".hidden/b.txt", b"Not a fixture.");
    let out = byline().arg("check").arg(&fx).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(text.contains("skipped") && text.contains("loop"), "{text}");
    assert!(
        !text.contains("DIFFERS") && !text.contains("missing"),
        "{text}"
    );
    assert!(text.contains("1 passed, 0 differed"), "{text}");

    std::os::unix::fs::symlink("nowhere.txt", fx.join("dangling.txt")).unwrap();
    let out = byline().arg("check").arg(&fx).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    assert_eq!(out.status.code(), Some(2), "{text}");
    assert!(text.contains("dangling symbolic link"), "{text}");
    assert!(
        text.contains("1 passed, 0 differed, 0 blessed, 1 errors"),
        "{text}"
    );
}

// 11. jsonl: a line that is not UTF-8 keeps its intact id; a BOM before the
// first line is dropped.
#[test]
fn item11_jsonl_keeps_ids_and_drops_a_bom() {
    let mut input = b"\xEF\xBB\xBF{\"id\": \"first\", \"text\": \"Hello there.\"}\n".to_vec();
    input.extend_from_slice(b"{\"id\": \"latin1\", \"text\": \"Caf\xe9.\"}\n");
    let out = run(&["--input", "jsonl"], &input);
    assert_eq!(out.status.code(), Some(2));
    let recs = json_lines(&out);
    assert_eq!(recs.len(), 2);
    assert_eq!(recs[0]["id"], "first");
    assert_eq!(recs[0]["stats"]["sentences"], 1, "{recs:?}");
    assert_eq!(recs[1]["id"], "latin1");
    assert!(recs[1]["error"].as_str().unwrap().contains("UTF-8"));
}

// A jsonl input that cannot be opened still gets its record.
#[test]
fn jsonl_input_that_cannot_be_opened_gets_an_error_record() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "ok.jsonl",
        b"{\"id\": \"x\", \"text\": \"Hi.\"}\n",
    );
    let out = byline()
        .current_dir(dir.path())
        .args(["--input", "jsonl", "ok.jsonl", "missing.jsonl"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let recs = json_lines(&out);
    assert_eq!(recs.len(), 2, "{recs:?}");
    assert_eq!(recs[0]["id"], "x");
    assert_eq!(recs[1]["id"], "missing.jsonl");
    assert!(recs[1]["error"].as_str().unwrap().contains("no such file"));
}

// 12. An executable is binary (NUL in the first block), not "invalid UTF-8".
#[test]
fn item12_executable_is_binary() {
    let mut elf = b"\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0>\0\x01\0\0\0".to_vec();
    elf.extend_from_slice(b"\xff\xfe\x80 more bytes");
    let out = run(&[], &elf);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("binary input"), "{}", stderr(&out));
    if let Ok(ls) = std::fs::read("/bin/ls") {
        let out = run(&[], &ls);
        assert!(stderr(&out).contains("binary input"), "{}", stderr(&out));
    }
}

fn schema() -> Value {
    let out = byline().arg("schema").output().unwrap();
    serde_json::from_slice(&out.stdout).unwrap()
}

/// Every value of `key` anywhere in `v`.
fn all_values<'a>(v: &'a Value, key: &str, out: &mut Vec<&'a Value>) {
    match v {
        Value::Object(m) => {
            if let Some(x) = m.get(key) {
                out.push(x);
            }
            m.values().for_each(|c| all_values(c, key, out));
        }
        Value::Array(a) => a.iter().for_each(|c| all_values(c, key, out)),
        _ => {}
    }
}

// 13. The schema: oneOf success/error record, kinds as enums, only
// standard formats, and real records (both kinds) validate.
#[test]
fn item13_schema_covers_error_records_with_enums_and_standard_formats() {
    let schema = schema();
    let branches = schema["oneOf"].as_array().expect("oneOf");
    assert_eq!(branches.len(), 2);
    let defs = &schema["$defs"];
    for (def, field) in [
        ("ParagraphOut", "kind"),
        ("EntityOut", "kind"),
        ("QuoteOut", "kind"),
        ("DateOut", "granularity"),
    ] {
        let values = defs[def]["properties"][field]["enum"].as_array();
        assert!(values.is_some_and(|v| !v.is_empty()), "{def}.{field}");
    }
    let mut formats = Vec::new();
    all_values(&schema, "format", &mut formats);
    assert!(formats.is_empty(), "no formats: {formats:?}");

    let mut compiler = boon::Compiler::new();
    let mut schemas = boon::Schemas::new();
    compiler
        .add_resource("byline.schema.json", schema.clone())
        .unwrap();
    let index = compiler
        .compile("byline.schema.json", &mut schemas)
        .unwrap();
    let input = concat!(
        "{\"id\":\"ok\",\"text\":\"Mr. Smith said on Monday that Paris spent $5m. “Yes,” he said.\",\"date\":\"2025-12-02\"}\n",
        "{\"id\":\"bad\"}\n",
        "not json\n",
    );
    let out = run(&["--input", "jsonl"], input.as_bytes());
    let recs = json_lines(&out);
    assert_eq!(recs.len(), 3);
    for rec in &recs {
        if let Err(e) = schemas.validate(rec, index) {
            panic!("{rec} does not validate: {e}");
        }
    }
    // Exactly one branch: an error record is no success record.
    let mut wrong = recs[1].clone();
    wrong["stats"] = recs[0]["stats"].clone();
    assert!(schemas.validate(&wrong, index).is_ok());
    let mut neither = recs[0].clone();
    neither.as_object_mut().unwrap().remove("stats");
    assert!(schemas.validate(&neither, index).is_err());
}

// 13. Ajv (the JavaScript validator) in strict mode accepts the schema and
// validates records: runs where `node` and Ajv 8 are installed (.ci/run
// installs them), else skips.
#[test]
fn item13_schema_passes_ajv_strict_mode() {
    let Ok(ajv_dir) = std::env::var("BYLINE_AJV_DIR") else {
        eprintln!("SKIP: BYLINE_AJV_DIR is not set (.ci/run sets it after `npm install ajv`)");
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let schema_path = dir.path().join("schema.json");
    std::fs::write(&schema_path, serde_json::to_string(&schema()).unwrap()).unwrap();
    let out = run(
        &["--input", "jsonl"],
        b"{\"id\":\"ok\",\"text\":\"Mr. Smith said on Monday that Paris spent $5m.\"}\n{\"id\":7}\n",
    );
    let recs_path = dir.path().join("recs.jsonl");
    std::fs::write(&recs_path, &out.stdout).unwrap();
    let script = r#"
        const Ajv2020 = require(process.argv[1] + "/node_modules/ajv/dist/2020");
        const fs = require("fs");
        const ajv = new Ajv2020({ strict: true, allErrors: true });
        const validate = ajv.compile(JSON.parse(fs.readFileSync(process.argv[2], "utf8")));
        for (const line of fs.readFileSync(process.argv[3], "utf8").split("\n")) {
            if (line.trim() && !validate(JSON.parse(line))) {
                console.error(JSON.stringify(validate.errors));
                process.exit(1);
            }
        }
    "#;
    let node = Command::new("node")
        .args(["-e", script, &ajv_dir])
        .arg(&schema_path)
        .arg(&recs_path)
        .output()
        .expect("node runs");
    assert!(
        node.status.success(),
        "{}",
        String::from_utf8_lossy(&node.stderr)
    );
}

// Issue 10's `-j 65535`: capped at 4 per core, with a note.
#[test]
fn huge_jobs_count_is_capped_with_a_note() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a.txt", b"One.");
    write(dir.path(), "b.txt", b"Two.");
    let child = spawn(byline().args(["-j", "65535"]).arg(dir.path()));
    let out = finish_within(child, 60, "-j 65535");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("-j 65535 lowered to"),
        "{}",
        stderr(&out)
    );
    assert_eq!(json_lines(&out).len(), 2);
}
