//! Inputs and batch runs: files, folders, stdin and JSON Lines, analyzed in
//! parallel with the output kept in input order.
//!
//! Input: the paths and settings from the command line. Output: records
//! written to a `Write` (pretty JSON for one input, JSON Lines otherwise) or
//! one file per input under `--out-dir` ([`crate::outdir`]), messages on
//! stderr, and an [`Outcome`] that `main` maps to an exit code.
//!
//! Every input gets exactly one record. A failed input (unreadable, not
//! UTF-8, binary, over `--max-bytes`, a FIFO found in a folder, a bad jsonl
//! line, a record that could not be written) never stops the run: it gets an
//! error record and one line on stderr, and the run exits 2 at the end.
//! Folders are listed by [`crate::walk`], the walker `check` uses too.
//! Reading is bounded while it happens (a `take` on the reader), so neither
//! `/dev/zero`, an endless pipe nor a huge jsonl line costs more than
//! `--max-bytes` + 1 bytes.
//!
//! Known limits: a folder's files are listed before any is analyzed; a text
//! input is read whole into memory (articles are small); without
//! `--max-bytes`, a device or pipe named on the command line is read for as
//! long as it gives data.

use std::fs;
use std::io::{self, BufRead, Read, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use rayon::prelude::*;
use serde::Deserialize;

use crate::calendar::Date;
use crate::report::{self, OffsetUnit};
use crate::{Options, analyze, document, outdir, walk};

/// Resolved settings of a run.
#[derive(Clone, Debug)]
pub struct Settings {
    /// One file or stdin was named (not a folder): print one pretty record
    /// instead of JSON Lines.
    pub single: bool,
    /// Inputs above this size fail instead of being analyzed.
    pub max_bytes: Option<u64>,
    /// Write one NAME.json per input here instead of to the output stream.
    pub out_dir: Option<PathBuf>,
    pub format: InputFormat,
    pub date: Option<Date>,
    pub unit: OffsetUnit,
    /// Worker threads; None = all cores.
    pub jobs: Option<usize>,
    pub quiet: bool,
    /// How each record is printed (JSON, HTML page, text summary).
    pub view: crate::view::View,
}

/// How an input's bytes are read (the CLI's `--input`, mapped in `main`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InputFormat {
    /// Plain UTF-8 article text.
    Text,
    /// JSON Lines: one `{"text", "id"?, "date"?}` object per line.
    Jsonl,
}

/// Where one input comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    Stdin,
    /// A file found in a folder: read only if it is a regular file.
    File,
    /// A path named on the command line: read whatever it is (a FIFO,
    /// `/dev/stdin`, a process substitution), bounded by `--max-bytes`.
    Named,
    /// The path could not be used; the message says why.
    Broken(String),
}

/// One input: its id (the path as given, or "-"), its path (None for
/// stdin) and its source.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Input {
    pub id: String,
    pub path: Option<PathBuf>,
    pub source: Source,
}

impl Input {
    fn at(path: &Path, source: Source) -> Input {
        Input {
            id: walk::display_id(path),
            path: Some(path.to_path_buf()),
            source,
        }
    }
}

/// How a run went.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Outcome {
    pub analyzed: usize,
    pub failed: usize,
}

/// How folders are searched.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WalkOptions {
    /// File extensions (without the dot) analyzed inside folders.
    pub extensions: Vec<String>,
}

impl Default for WalkOptions {
    fn default() -> WalkOptions {
        WalkOptions {
            extensions: vec!["txt".to_string()],
        }
    }
}

/// Expand command-line paths into inputs: a folder becomes its matching
/// files ([`walk`] rules), `-` is stdin, a named path is always taken.
/// Errors only on usage mistakes (stdin named twice); an unusable path
/// becomes a broken input with the reason. A link loop inside a folder is
/// reported on stderr and not entered (the files it leads to are listed
/// once, under their first path).
pub fn expand(paths: &[PathBuf], walk_options: &WalkOptions) -> Result<Vec<Input>> {
    let stdin_count = paths.iter().filter(|p| p.as_os_str() == "-").count();
    if stdin_count > 1 {
        bail!("stdin (-) can be named only once");
    }
    let mut inputs = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            inputs.push(Input {
                id: "-".to_string(),
                path: None,
                source: Source::Stdin,
            });
            continue;
        }
        match fs::metadata(path) {
            Ok(meta) if meta.is_dir() => {
                let before = inputs.len();
                for entry in walk::walk(path, &walk_options.extensions) {
                    let source = match entry.kind {
                        walk::Kind::File => Source::File,
                        walk::Kind::Special(what) => Source::Broken(format!(
                            "not a regular file ({what}); name it on the command line to read it"
                        )),
                        walk::Kind::Broken(msg) => Source::Broken(msg),
                        walk::Kind::Loop(to) => {
                            eprintln!(
                                "byline: skipping {}: symbolic link loop back to {to}",
                                walk::display_id(&entry.path)
                            );
                            continue;
                        }
                    };
                    inputs.push(Input::at(&entry.path, source));
                }
                if inputs.len() == before {
                    let exts: Vec<String> = walk_options
                        .extensions
                        .iter()
                        .map(|e| format!("*.{e}"))
                        .collect();
                    let msg = format!("folder holds no {} files", exts.join(" or "));
                    inputs.push(Input::at(path, Source::Broken(msg)));
                }
            }
            Ok(_) => inputs.push(Input::at(path, Source::Named)),
            Err(err) => {
                let msg = walk::describe_path_error(path, &err);
                inputs.push(Input::at(path, Source::Broken(msg)));
            }
        }
    }
    Ok(inputs)
}

/// Analyze one article's bytes into a serialized record.
pub fn analyze_bytes(
    bytes: &[u8],
    id: Option<&str>,
    line: Option<usize>,
    date: Option<Date>,
    unit: OffsetUnit,
    pretty: bool,
) -> Result<String, String> {
    let json = crate::view::View::default();
    render_bytes(bytes, id, line, date, unit, pretty, &json)
}

/// Analyze one article's bytes and render the record in `view`.
pub fn render_bytes(
    bytes: &[u8],
    id: Option<&str>,
    line: Option<usize>,
    date: Option<Date>,
    unit: OffsetUnit,
    pretty: bool,
    view: &crate::view::View,
) -> Result<String, String> {
    let text = document::decode(bytes).map_err(|e| e.to_string())?;
    let analysis = analyze(
        text,
        &Options {
            reference_date: date,
        },
    );
    if view.format == crate::view::Format::Json {
        // The contract's JSON is written straight from the analysis; only
        // the people's views read a built record.
        return Ok(report::to_json(
            &analysis.record_ref(id, line, unit),
            pretty,
        ));
    }
    let mut rec = report::record(&analysis, id, unit);
    rec.line = line;
    Ok(view.render(&rec, text, unit, pretty))
}

/// One JSON Lines input record.
#[derive(Deserialize)]
struct LineIn {
    text: String,
    #[serde(default)]
    id: Option<serde_json::Value>,
    #[serde(default)]
    date: Option<String>,
}

fn id_string(v: &serde_json::Value) -> Option<String> {
    match v {
        serde_json::Value::Null => None,
        serde_json::Value::String(s) => Some(s.clone()),
        other => Some(other.to_string()),
    }
}

/// The `id` of a line that failed, when the line is JSON at all. A line
/// that is not UTF-8 is read with the bad bytes replaced; its id is kept
/// only when the replacement did not touch it.
fn salvage_id(raw: &[u8]) -> Option<String> {
    let text = String::from_utf8_lossy(raw);
    let v = serde_json::from_str::<serde_json::Value>(&text).ok()?;
    let id = v.get("id").and_then(id_string)?;
    let touched = matches!(text, std::borrow::Cow::Owned(_)) && id.contains('\u{FFFD}');
    (!touched).then_some(id)
}

/// One non-blank line of a JSON Lines input.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RawLine {
    /// 1-based line number.
    pub number: usize,
    /// The line without its line ending (and without a BOM on line 1).
    pub bytes: Vec<u8>,
    /// The line was longer than `--max-bytes`: `bytes` holds its start,
    /// this its whole length.
    pub too_long: Option<u64>,
}

/// Reads JSON Lines one line at a time, holding at most `max` bytes of a
/// line in memory (the rest of a longer line is skipped, not stored).
pub struct JsonlReader<R> {
    reader: R,
    max: Option<u64>,
    number: usize,
}

impl<R: BufRead> JsonlReader<R> {
    pub fn new(reader: R, max: Option<u64>) -> JsonlReader<R> {
        JsonlReader {
            reader,
            max,
            number: 0,
        }
    }

    /// The next line that is not blank, or None at the end.
    pub fn next_line(&mut self) -> io::Result<Option<RawLine>> {
        loop {
            let mut bytes = Vec::new();
            let mut len = 0u64;
            let mut ended = false;
            let keep = self.max.map_or(u64::MAX, |m| m.saturating_add(1));
            loop {
                let buf = match self.reader.fill_buf() {
                    Ok(b) => b,
                    Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                    Err(e) => return Err(e),
                };
                if buf.is_empty() {
                    break;
                }
                let (part, used) = match buf.iter().position(|&b| b == b'\n') {
                    Some(i) => (&buf[..i], i + 1),
                    None => (buf, buf.len()),
                };
                let room = keep.saturating_sub(bytes.len() as u64);
                let take = part.len().min(usize::try_from(room).unwrap_or(usize::MAX));
                bytes.extend_from_slice(&part[..take]);
                len += part.len() as u64;
                ended = used > part.len();
                self.reader.consume(used);
                if ended {
                    break;
                }
            }
            if !ended && len == 0 {
                return Ok(None);
            }
            self.number += 1;
            if bytes.last() == Some(&b'\r') && len <= bytes.len() as u64 {
                bytes.pop();
                len -= 1;
            }
            if self.number == 1 && bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
                bytes.drain(..3);
                len -= 3;
            }
            if len == bytes.len() as u64 && bytes.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            let too_long = self.max.filter(|&m| len > m).map(|_| len);
            return Ok(Some(RawLine {
                number: self.number,
                bytes,
                too_long,
            }));
        }
    }
}

/// Analyze one jsonl line into a compact record; Err carries (id, message).
pub fn analyze_line(
    line: &RawLine,
    date: Option<Date>,
    unit: OffsetUnit,
    view: &crate::view::View,
) -> Result<String, (Option<String>, String)> {
    if let Some(len) = line.too_long {
        return Err((None, format!("line is {len} bytes, over --max-bytes")));
    }
    let text = std::str::from_utf8(&line.bytes).map_err(|e| {
        let msg = format!("invalid UTF-8 at byte {} of the line", e.valid_up_to());
        (salvage_id(&line.bytes), msg)
    })?;
    let rec: LineIn = serde_json::from_str(text)
        .map_err(|e| (salvage_id(&line.bytes), format!("bad record: {e}")))?;
    let id = rec.id.as_ref().and_then(id_string);
    let date = match rec.date.as_deref() {
        Some(d) => Some(Date::parse_lenient(d).map_err(|e| (id.clone(), e))?),
        None => date,
    };
    render_bytes(
        rec.text.as_bytes(),
        id.as_deref(),
        Some(line.number),
        date,
        unit,
        false,
        view,
    )
    .map_err(|e| (id, e))
}

/// How many jsonl lines are analyzed between two writes: big enough to keep
/// every worker busy, small enough to stream.
const CHUNK: usize = 256;

/// Articles per step in text mode (files are bigger than lines; smaller
/// steps keep memory flat and the progress line moving).
const FILE_CHUNK: usize = 64;

/// A one-line progress counter on stderr, shown only when stderr is a
/// terminal, the batch is long and `-q` was not given. Nothing is coloured,
/// so NO_COLOR needs no handling.
struct Progress {
    total: usize,
    done: usize,
    shown: bool,
}

impl Progress {
    fn new(total: usize, quiet: bool) -> Progress {
        use std::io::IsTerminal;
        Progress {
            total,
            done: 0,
            shown: !quiet && total >= 200 && io::stderr().is_terminal(),
        }
    }

    fn step(&mut self, n: usize) {
        self.done += n;
        if self.shown {
            eprint!("\rbyline: {}/{} analyzed", self.done, self.total);
        }
    }

    fn finish(&self) {
        if self.shown {
            eprint!("\r{:width$}\r", "", width = 40);
        }
    }
}

/// Workers per core above which `-j` is lowered: more threads than that
/// only cost memory and start-up time (65,535 threads took minutes).
pub const JOBS_PER_CORE: usize = 4;

/// The worker count for `-j requested`: at most [`JOBS_PER_CORE`] per core,
/// with a note on stderr when lowered (unless `quiet`).
pub fn worker_count(requested: Option<usize>, quiet: bool) -> Option<usize> {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let cap = cores * JOBS_PER_CORE;
    match requested {
        Some(n) if n > cap => {
            if !quiet {
                eprintln!(
                    "byline: -j {n} lowered to {cap} ({JOBS_PER_CORE} per core on {cores} cores)"
                );
            }
            Some(cap)
        }
        other => other,
    }
}

/// Run the analysis over `inputs`, writing records to `out` (or, with
/// `--out-dir`, to one file per input). With `--out-dir`, fails before
/// reading or writing anything when two inputs would share an output file.
pub fn run(inputs: &[Input], settings: &Settings, out: &mut dyn Write) -> Result<Outcome> {
    let targets = match &settings.out_dir {
        Some(_) => Some(plan_outputs(inputs, settings.view.format.extension())?),
        None => None,
    };
    let mut builder = rayon::ThreadPoolBuilder::new();
    if let Some(n) = worker_count(settings.jobs, settings.quiet) {
        builder = builder.num_threads(n);
    }
    let pool = builder.build().context("starting worker threads")?;
    match settings.format {
        InputFormat::Text => run_text(inputs, targets.as_deref(), settings, &pool, out),
        InputFormat::Jsonl => run_jsonl(inputs, settings, &pool, out),
    }
}

/// The output file of every input below the out-dir ([`outdir::relative`]),
/// or an error naming two inputs that would share one.
pub fn plan_outputs(inputs: &[Input], ext: &str) -> Result<Vec<PathBuf>> {
    let mut seen: std::collections::HashMap<PathBuf, usize> = Default::default();
    let mut targets = Vec::with_capacity(inputs.len());
    for (i, input) in inputs.iter().enumerate() {
        let Some(rel) = outdir::relative(input.path.as_deref(), ext) else {
            bail!(
                "--out-dir: {} names no file to write a record for",
                input.id
            );
        };
        if let Some(&first) = seen.get(&rel) {
            bail!(
                "--out-dir: {} and {} would both be written to {}; nothing was written \
                 (name each input once, by one path)",
                inputs[first].id,
                input.id,
                walk::display_id(&rel)
            );
        }
        seen.insert(rel.clone(), i);
        targets.push(rel);
    }
    Ok(targets)
}

/// Read all of `reader`, but fail once more than `max` bytes arrive (so
/// `/dev/zero` or an endless pipe costs at most `max` + 1 bytes).
pub fn read_bounded(reader: impl Read, max: Option<u64>) -> Result<Vec<u8>, String> {
    let mut buf = Vec::new();
    let limit = max.map_or(u64::MAX, |m| m.saturating_add(1));
    reader
        .take(limit)
        .read_to_end(&mut buf)
        .map_err(|e| walk::describe_io(&e))?;
    match max {
        Some(m) if buf.len() as u64 > m => Err(format!("input is over --max-bytes {m}")),
        _ => Ok(buf),
    }
}

/// Open a file found in a folder without blocking (a FIFO swapped in after
/// the walk must not hang the batch) and check it is still a regular file.
fn open_found(path: &Path) -> io::Result<fs::File> {
    let mut options = fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(rustix::fs::OFlags::NONBLOCK.bits() as i32);
    }
    options.open(path)
}

fn read_input(
    input: &Input,
    stdin: &Option<Result<Vec<u8>, String>>,
    max: Option<u64>,
) -> Result<Vec<u8>, String> {
    let path = match (&input.source, &input.path) {
        (Source::Stdin, _) => return stdin.clone().unwrap_or_else(|| Ok(Vec::new())),
        (Source::Broken(msg), _) => return Err(msg.clone()),
        (_, None) => return Err("no path".to_string()),
        (_, Some(p)) => p,
    };
    let file = match input.source {
        Source::File => open_found(path),
        _ => fs::File::open(path),
    }
    .map_err(|e| walk::describe_path_error(path, &e))?;
    let meta = file.metadata().map_err(|e| walk::describe_io(&e))?;
    if meta.is_dir() {
        return Err("is a folder".to_string());
    }
    if input.source == Source::File
        && let Some(what) = walk::special_kind(&meta.file_type())
    {
        return Err(format!("not a regular file ({what})"));
    }
    if let Some(m) = max
        && meta.is_file()
        && meta.len() > m
    {
        return Err(format!(
            "input is {} bytes, over --max-bytes {m}",
            meta.len()
        ));
    }
    read_bounded(file, max)
}

/// "2,224": thousands separated, for the summary line.
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn run_text(
    inputs: &[Input],
    targets: Option<&[PathBuf]>,
    settings: &Settings,
    pool: &rayon::ThreadPool,
    out: &mut dyn Write,
) -> Result<Outcome> {
    // One input prints pretty; so does every file written with --out-dir.
    let pretty = (settings.single && inputs.len() == 1) || settings.out_dir.is_some();
    let stdin_data = inputs
        .iter()
        .any(|i| i.source == Source::Stdin)
        .then(|| read_bounded(io::stdin().lock(), settings.max_bytes));
    if let [input] = inputs
        && settings.out_dir.is_none()
        && settings.view.format == crate::view::Format::Json
    {
        return run_one(input, &stdin_data, settings, pretty, out);
    }
    let mut outcome = Outcome::default();
    let mut progress = Progress::new(inputs.len(), settings.quiet);
    let mut index =
        (settings.view.format == crate::view::Format::Html).then(crate::view::Index::default);
    for (n, chunk) in inputs.chunks(FILE_CHUNK).enumerate() {
        let results: Vec<Result<String, String>> = pool.install(|| {
            chunk
                .par_iter()
                .map(|input| {
                    let bytes = read_input(input, &stdin_data, settings.max_bytes)?;
                    render_bytes(
                        &bytes,
                        Some(&input.id),
                        None,
                        settings.date,
                        settings.unit,
                        pretty,
                        &settings.view,
                    )
                })
                .collect()
        });
        for (i, (input, result)) in chunk.iter().zip(results).enumerate() {
            let shown = progress.shown;
            let report_failure = |msg: &str| {
                if shown {
                    eprintln!();
                }
                eprintln!("byline: {msg}");
            };
            let (record, ok) = match result {
                Ok(json) => (json, true),
                Err(msg) => {
                    report_failure(&format!("reading {}: {msg}", input.id));
                    let rec = report::error_record(Some(&input.id), None, &msg);
                    (settings.view.render_error(&rec, pretty), false)
                }
            };
            let written = match (targets, &settings.out_dir) {
                (Some(targets), Some(dir)) => {
                    let rel = &targets[n * FILE_CHUNK + i];
                    if let Some(index) = index.as_mut() {
                        index.add(dir, &input.id, &dir.join(rel), &record, !ok);
                    }
                    let result = outdir::write(dir, rel, (record + "\n").as_bytes());
                    result.map_err(|e| {
                        // The record is lost: say so, and leave an error
                        // record in its place if the folder still takes one.
                        let target = walk::display_id(&dir.join(rel));
                        let msg = format!("writing {target}: {}", walk::describe_io(&e));
                        report_failure(&msg);
                        let rec = report::error_record(Some(&input.id), None, &msg);
                        let json = settings.view.render_error(&rec, pretty) + "\n";
                        let _ = outdir::write(dir, rel, json.as_bytes());
                    })
                }
                // A single pretty input that failed prints nothing on
                // stdout: stderr and the exit status say it.
                _ if pretty && !ok => Ok(()),
                _ => {
                    writeln!(out, "{record}").context("writing output")?;
                    Ok(())
                }
            };
            if ok && written.is_ok() {
                outcome.analyzed += 1;
            } else {
                outcome.failed += 1;
            }
        }
        progress.step(chunk.len());
    }
    progress.finish();
    if let (Some(index), Some(dir)) = (index, &settings.out_dir) {
        let path = index.path(dir);
        let rel = path.strip_prefix(dir).unwrap_or(&path);
        outdir::write(dir, rel, index.page().as_bytes())
            .with_context(|| format!("writing {}", path.display()))?;
    }
    Ok(outcome)
}

/// One input to the output stream as JSON: the record is written straight
/// from the analysis, never held whole (a 10 MB article's pretty record is
/// about 100 MB). Failures read as in [`run_text`].
fn run_one(
    input: &Input,
    stdin_data: &Option<Result<Vec<u8>, String>>,
    settings: &Settings,
    pretty: bool,
    out: &mut dyn Write,
) -> Result<Outcome> {
    let failed = |msg: String, out: &mut dyn Write| -> Result<Outcome> {
        eprintln!("byline: reading {}: {msg}", input.id);
        // A single pretty input that failed prints nothing on stdout.
        if !pretty {
            let rec = report::error_record(Some(&input.id), None, &msg);
            writeln!(out, "{}", settings.view.render_error(&rec, pretty))
                .context("writing output")?;
        }
        Ok(Outcome {
            analyzed: 0,
            failed: 1,
        })
    };
    let bytes = match read_input(input, stdin_data, settings.max_bytes) {
        Ok(bytes) => bytes,
        Err(msg) => return failed(msg, out),
    };
    let text = match document::decode(&bytes) {
        Ok(text) => text,
        Err(e) => return failed(e.to_string(), out),
    };
    let options = Options {
        reference_date: settings.date,
    };
    let analysis = analyze(text, &options);
    let rec = analysis.record_ref(Some(&input.id), None, settings.unit);
    // Back to the io::Error it carries, so that main sees a broken pipe.
    report::write_json(&rec, pretty, &mut *out)
        .map_err(io::Error::from)
        .context("writing output")?;
    writeln!(out).context("writing output")?;
    Ok(Outcome {
        analyzed: 1,
        failed: 0,
    })
}

fn run_jsonl(
    inputs: &[Input],
    settings: &Settings,
    pool: &rayon::ThreadPool,
    out: &mut dyn Write,
) -> Result<Outcome> {
    let mut outcome = Outcome::default();
    for input in inputs {
        let reader: Box<dyn BufRead> = match &input.source {
            Source::Stdin => Box::new(io::stdin().lock()),
            Source::Broken(msg) => {
                input_failed(out, &input.id, msg, &mut outcome)?;
                continue;
            }
            Source::File | Source::Named => {
                let path = input.path.as_deref().unwrap_or(Path::new(""));
                let opened = match input.source {
                    Source::File => open_found(path),
                    _ => fs::File::open(path),
                };
                match opened {
                    Ok(f) => Box::new(io::BufReader::new(f)),
                    Err(e) => {
                        let msg = walk::describe_io(&e);
                        input_failed(out, &input.id, &msg, &mut outcome)?;
                        continue;
                    }
                }
            }
        };
        let mut lines = JsonlReader::new(reader, settings.max_bytes);
        loop {
            let mut chunk: Vec<RawLine> = Vec::with_capacity(CHUNK);
            let mut read_error = None;
            while chunk.len() < CHUNK {
                match lines.next_line() {
                    Ok(Some(line)) => chunk.push(line),
                    Ok(None) => break,
                    Err(e) => {
                        read_error = Some(walk::describe_io(&e));
                        break;
                    }
                }
            }
            if chunk.is_empty() && read_error.is_none() {
                break;
            }
            let results: Vec<Result<String, (Option<String>, String)>> = pool.install(|| {
                chunk
                    .par_iter()
                    .map(|line| analyze_line(line, settings.date, settings.unit, &settings.view))
                    .collect()
            });
            for (line, result) in chunk.iter().zip(results) {
                match result {
                    Ok(json) => {
                        writeln!(out, "{json}").context("writing output")?;
                        outcome.analyzed += 1;
                    }
                    Err((id, msg)) => {
                        eprintln!("byline: {} line {}: {msg}", input.id, line.number);
                        let rec = report::error_record(id.as_deref(), Some(line.number), &msg);
                        writeln!(out, "{}", settings.view.render_error(&rec, false))
                            .context("writing output")?;
                        outcome.failed += 1;
                    }
                }
            }
            if let Some(msg) = read_error {
                // The lines read so far have their records; the rest of
                // this input is lost, and says so.
                input_failed(out, &input.id, &msg, &mut outcome)?;
                break;
            }
        }
    }
    Ok(outcome)
}

/// A jsonl input that could not be (fully) read: one line on stderr and an
/// error record with the input's path as id and no line number.
fn input_failed(out: &mut dyn Write, id: &str, msg: &str, outcome: &mut Outcome) -> Result<()> {
    eprintln!("byline: reading {id}: {msg}");
    let rec = report::error_record(Some(id), None, msg);
    writeln!(out, "{}", report::to_json(&rec, false)).context("writing output")?;
    outcome.failed += 1;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thousands_separators() {
        let cases = [
            (0, "0"),
            (999, "999"),
            (1000, "1,000"),
            (2224, "2,224"),
            (1234567, "1,234,567"),
        ];
        for (n, want) in cases {
            assert_eq!(thousands(n), want);
        }
    }

    type Line = (usize, String, Option<u64>);

    fn lines(input: &[u8], max: Option<u64>) -> Vec<Line> {
        let mut r = JsonlReader::new(input, max);
        let mut out = Vec::new();
        while let Some(l) = r.next_line().unwrap() {
            let text = String::from_utf8_lossy(&l.bytes).into_owned();
            out.push((l.number, text, l.too_long));
        }
        out
    }

    #[test]
    fn jsonl_reader_lines() {
        let s = |n: usize, t: &str| (n, t.to_string(), None);
        let cases: &[(&[u8], Option<u64>, Vec<Line>)] = &[
            (b"a\nb", None, vec![s(1, "a"), s(2, "b")]),
            (b"a\r\n\r\n  \nb\r\n", None, vec![s(1, "a"), s(4, "b")]),
            (
                b"\xEF\xBB\xBFa\n\xEF\xBB\xBFb",
                None,
                vec![s(1, "a"), s(2, "\u{feff}b")],
            ),
            (b"", None, vec![]),
            (b"\n\n", None, vec![]),
            (
                b"12345\nabc\n123456789\n",
                Some(4),
                vec![
                    (1, "12345".into(), Some(5)),
                    s(2, "abc"),
                    (3, "12345".into(), Some(9)),
                ],
            ),
            (b"abcd\r\n", Some(4), vec![s(1, "abcd")]),
        ];
        for (input, max, want) in cases {
            assert_eq!(&lines(input, *max), want, "{input:?}");
        }
    }

    #[test]
    fn jsonl_reader_bounds_memory_on_a_huge_line() {
        // 64 MB without a newline: only max + 1 bytes are kept.
        let huge = io::repeat(b'x').take(64 << 20);
        let mut r = JsonlReader::new(io::BufReader::new(huge), Some(10));
        let line = r.next_line().unwrap().unwrap();
        assert_eq!(line.bytes.len(), 11);
        assert_eq!(line.too_long, Some(64 << 20));
        assert!(r.next_line().unwrap().is_none());
    }

    #[test]
    fn invalid_utf8_line_keeps_an_intact_id() {
        let line = |b: &[u8]| RawLine {
            number: 1,
            bytes: b.to_vec(),
            too_long: None,
        };
        let cases: &[(&[u8], Option<&str>)] = &[
            (b"{\"id\": \"a1\", \"text\": \"caf\xe9\"}", Some("a1")),
            (b"{\"id\": \"a\xff\", \"text\": \"x\"}", None),
            (b"{\"id\": 7, \"text\": \"\xff\"}", Some("7")),
            (b"not json \xff", None),
        ];
        for (raw, want) in cases {
            let (id, msg) =
                analyze_line(&line(raw), None, OffsetUnit::Bytes, &Default::default()).unwrap_err();
            assert_eq!(id.as_deref(), *want, "{raw:?}");
            assert!(msg.contains("UTF-8"), "{msg}");
        }
    }

    #[test]
    fn read_bounded_stops_at_the_limit() {
        let zero = io::repeat(0).take(1 << 30);
        let err = read_bounded(zero, Some(1000)).unwrap_err();
        assert!(err.contains("over --max-bytes 1000"), "{err}");
        assert_eq!(read_bounded(&b"abc"[..], Some(3)).unwrap(), b"abc");
        assert_eq!(read_bounded(&b"abc"[..], None).unwrap(), b"abc");
    }

    #[test]
    fn two_inputs_for_one_output_are_refused() {
        let input = |p: &str| Input::at(Path::new(p), Source::Named);
        let ok = [input("in/a.txt"), input("in/a.md"), input("../in/a.txt")];
        assert_eq!(plan_outputs(&ok, "json").unwrap().len(), 3);
        let clash = [input("in/a.txt"), input("in/./x/../a.txt")];
        let err = plan_outputs(&clash, "json").unwrap_err().to_string();
        assert!(err.contains("both be written to in/a.txt.json"), "{err}");
    }
}
