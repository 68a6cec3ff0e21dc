//! Inputs and batch runs: files, folders, stdin and JSON Lines, analyzed in
//! parallel with the output kept in input order.
//!
//! Input: the paths and settings from the command line. Output: records
//! written to a `Write` (pretty JSON for one input, JSON Lines otherwise),
//! messages on stderr, and a [`Outcome`] that `main` maps to an exit code.
//!
//! A failed input (unreadable, not UTF-8, binary, a bad jsonl line) never
//! stops the run: it gets an error record in JSON Lines output and one line
//! on stderr, and the run exits 2 at the end.
//!
//! Known limits: a folder's files are listed before any is analyzed; a text
//! input is read whole into memory (articles are small).

use std::collections::HashSet;
use std::fs;
use std::io::{self, BufRead, Read, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use rayon::prelude::*;
use serde::Deserialize;

use crate::calendar::Date;
use crate::cli::InputFormat;
use crate::report::{self, OffsetUnit};
use crate::{Options, analyze, document};

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

/// Where one input comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    Stdin,
    File(PathBuf),
    /// The path could not be used; the message says why.
    Broken(String),
}

/// One input: its id (the path as given, or "-") and its source.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Input {
    pub id: String,
    pub source: Source,
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
/// files (recursively, sorted by path, hidden entries skipped), `-` is
/// stdin, a named file is always taken. Errors only on usage mistakes (stdin
/// named twice); an unusable path becomes a broken input with the reason.
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
                source: Source::Stdin,
            });
            continue;
        }
        let id = path.display().to_string();
        match fs::metadata(path) {
            Ok(meta) if meta.is_dir() => {
                let mut found = Vec::new();
                let mut seen = HashSet::new();
                walk(path, walk_options, &mut found, &mut seen);
                let matched = found.iter().any(|i| matches!(i.source, Source::File(_)));
                if !matched {
                    let exts: Vec<String> = walk_options
                        .extensions
                        .iter()
                        .map(|e| format!("*.{e}"))
                        .collect();
                    inputs.push(Input {
                        id: id.clone(),
                        source: Source::Broken(format!(
                            "folder holds no {} files",
                            exts.join(" or ")
                        )),
                    });
                }
                inputs.extend(found);
            }
            Ok(_) => inputs.push(Input {
                id,
                source: Source::File(path.clone()),
            }),
            Err(err) => inputs.push(Input {
                id,
                source: Source::Broken(describe_path_error(path, &err)),
            }),
        }
    }
    Ok(inputs)
}

fn describe_io(err: &io::Error) -> String {
    match err.kind() {
        io::ErrorKind::NotFound => "no such file or folder".to_string(),
        io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => err.to_string(),
    }
}

/// Like [`describe_io`], but names dangling symlinks and symlink loops.
fn describe_path_error(path: &Path, err: &io::Error) -> String {
    let is_link = fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
    match err.kind() {
        io::ErrorKind::NotFound if is_link => "dangling symbolic link".to_string(),
        _ if is_link && err.raw_os_error() == Some(40) => {
            "symbolic link loop (too many levels of links)".to_string()
        }
        _ => describe_io(err),
    }
}

/// Collect matching files under `dir` in sorted order, following symlinks
/// but never entering a folder twice (symlink loops). Unreadable folders and
/// broken links with a matching name become broken inputs, so nothing the
/// user would expect to see analyzed disappears silently.
fn walk(dir: &Path, options: &WalkOptions, out: &mut Vec<Input>, seen: &mut HashSet<PathBuf>) {
    let broken = |path: &Path, msg: String| Input {
        id: path.display().to_string(),
        source: Source::Broken(msg),
    };
    let canonical = match fs::canonicalize(dir) {
        Ok(c) => c,
        Err(e) => return out.push(broken(dir, describe_path_error(dir, &e))),
    };
    if !seen.insert(canonical) {
        return;
    }
    let entries = match fs::read_dir(dir) {
        Ok(rd) => rd,
        Err(e) => return out.push(broken(dir, format!("reading folder: {}", describe_io(&e)))),
    };
    let mut entries: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for path in entries {
        let hidden = path
            .file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with('.'));
        if hidden {
            continue;
        }
        let wanted = path.extension().is_some_and(|e| {
            options
                .extensions
                .iter()
                .any(|x| e.eq_ignore_ascii_case(x.as_str()))
        });
        match fs::metadata(&path) {
            Ok(meta) if meta.is_dir() => walk(&path, options, out, seen),
            Ok(_) if wanted => out.push(Input {
                id: path.display().to_string(),
                source: Source::File(path),
            }),
            Err(e) if wanted => {
                let msg = describe_path_error(&path, &e);
                out.push(broken(&path, msg));
            }
            _ => {}
        }
    }
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

/// Analyze one jsonl line; Err carries (id, message).
fn analyze_line(
    line: &str,
    number: usize,
    settings: &Settings,
) -> Result<String, (Option<String>, String)> {
    let rec: LineIn = serde_json::from_str(line).map_err(|e| {
        // Salvage the id for the error record when the line is JSON at all.
        let id = serde_json::from_str::<serde_json::Value>(line)
            .ok()
            .and_then(|v| v.get("id").and_then(id_string));
        (id, format!("bad record: {e}"))
    })?;
    let id = rec.id.as_ref().and_then(id_string);
    let date = match rec.date.as_deref() {
        Some(d) => Some(Date::parse_lenient(d).map_err(|e| (id.clone(), e))?),
        None => settings.date,
    };
    render_bytes(
        rec.text.as_bytes(),
        id.as_deref(),
        Some(number),
        date,
        settings.unit,
        false,
        &settings.view,
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

/// Run the analysis over `inputs`, writing records to `out`.
pub fn run(inputs: &[Input], settings: &Settings, out: &mut dyn Write) -> Result<Outcome> {
    let mut builder = rayon::ThreadPoolBuilder::new();
    if let Some(n) = settings.jobs {
        builder = builder.num_threads(n);
    }
    let pool = builder.build().context("starting worker threads")?;
    match settings.format {
        InputFormat::Text => run_text(inputs, settings, &pool, out),
        InputFormat::Jsonl => run_jsonl(inputs, settings, &pool, out),
    }
}

fn too_large(len: u64, max: Option<u64>) -> Result<(), String> {
    match max {
        Some(m) if len > m => Err(format!("input is {len} bytes, over --max-bytes {m}")),
        _ => Ok(()),
    }
}

fn read_source(
    source: &Source,
    stdin_data: &Option<Vec<u8>>,
    max: Option<u64>,
) -> Result<Vec<u8>, String> {
    match source {
        Source::Stdin => {
            let data = stdin_data.clone().unwrap_or_default();
            too_large(data.len() as u64, max)?;
            Ok(data)
        }
        Source::File(p) => {
            if let Ok(meta) = fs::metadata(p) {
                too_large(meta.len(), max)?;
            }
            fs::read(p).map_err(|e| describe_io(&e))
        }
        Source::Broken(msg) => Err(msg.clone()),
    }
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

/// Where `--out-dir` puts the record of `input`: the input's path as
/// given when it is relative and stays inside (no `..`, not absolute),
/// else its file name; `.json` replaces the extension.
pub fn out_path(dir: &Path, input: &Input) -> PathBuf {
    use std::path::Component;
    let given = match &input.source {
        Source::Stdin => PathBuf::from("stdin"),
        _ => PathBuf::from(&input.id),
    };
    let inside = given
        .components()
        .all(|c| matches!(c, Component::Normal(_) | Component::CurDir));
    let rel = if inside {
        given
    } else {
        PathBuf::from(given.file_name().unwrap_or_else(|| "input".as_ref()))
    };
    dir.join(rel).with_extension("json")
}

/// Write `contents` to `path` atomically: a temporary file beside it, then
/// a rename, so a reader never sees half a record.
fn write_atomic(path: &Path, contents: &str) -> Result<()> {
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).with_context(|| format!("creating {}", parent.display()))?;
    }
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    let tmp = path.with_file_name(format!(".{name}.tmp{}", std::process::id()));
    fs::write(&tmp, contents).with_context(|| format!("writing {}", tmp.display()))?;
    fs::rename(&tmp, path).with_context(|| format!("writing {}", path.display()))
}

fn run_text(
    inputs: &[Input],
    settings: &Settings,
    pool: &rayon::ThreadPool,
    out: &mut dyn Write,
) -> Result<Outcome> {
    // One input prints pretty; so does every file written with --out-dir.
    let pretty = (settings.single && inputs.len() == 1) || settings.out_dir.is_some();
    let stdin_data = if inputs.iter().any(|i| i.source == Source::Stdin) {
        let mut buf = Vec::new();
        io::stdin()
            .lock()
            .read_to_end(&mut buf)
            .context("reading stdin")?;
        Some(buf)
    } else {
        None
    };
    let mut outcome = Outcome::default();
    let mut progress = Progress::new(inputs.len(), settings.quiet);
    let mut index =
        (settings.view.format == crate::view::Format::Html).then(crate::view::Index::default);
    for chunk in inputs.chunks(FILE_CHUNK) {
        let results: Vec<Result<String, String>> = pool.install(|| {
            chunk
                .par_iter()
                .map(|input| {
                    let bytes = read_source(&input.source, &stdin_data, settings.max_bytes)?;
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
        for (input, result) in chunk.iter().zip(results) {
            let failed_before = outcome.failed;
            let record = match result {
                Ok(json) => {
                    outcome.analyzed += 1;
                    Some(json)
                }
                Err(msg) => {
                    if progress.shown {
                        eprintln!();
                    }
                    eprintln!("byline: reading {}: {msg}", input.id);
                    outcome.failed += 1;
                    let rec = report::error_record(Some(&input.id), None, &msg);
                    (!pretty || settings.out_dir.is_some())
                        .then(|| settings.view.render_error(&rec, settings.out_dir.is_some()))
                }
            };
            match (record, &settings.out_dir) {
                (Some(json), Some(dir)) => {
                    let path =
                        out_path(dir, input).with_extension(settings.view.format.extension());
                    if let Some(index) = index.as_mut() {
                        index.add(dir, &input.id, &path, &json, failed_before < outcome.failed);
                    }
                    write_atomic(&path, &(json + "\n"))?
                }
                (Some(json), None) => writeln!(out, "{json}").context("writing output")?,
                (None, _) => {}
            }
        }
        progress.step(chunk.len());
    }
    progress.finish();
    if let (Some(index), Some(dir)) = (index, &settings.out_dir) {
        write_atomic(&index.path(dir), &index.page())?;
    }
    Ok(outcome)
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
            Source::File(p) => match fs::File::open(p) {
                Ok(f) => Box::new(io::BufReader::new(f)),
                Err(e) => {
                    eprintln!("byline: reading {}: {}", input.id, describe_io(&e));
                    outcome.failed += 1;
                    continue;
                }
            },
            Source::Broken(msg) => {
                eprintln!("byline: reading {}: {msg}", input.id);
                outcome.failed += 1;
                continue;
            }
        };
        let mut lines = reader.split(b'\n');
        let mut number = 0usize;
        loop {
            // (line number, raw bytes) of the next chunk, blank lines skipped.
            let mut chunk: Vec<(usize, Vec<u8>)> = Vec::with_capacity(CHUNK);
            for line in lines.by_ref() {
                let mut line = line.with_context(|| format!("reading {}", input.id))?;
                number += 1;
                if line.last() == Some(&b'\r') {
                    line.pop();
                }
                if line.iter().all(u8::is_ascii_whitespace) {
                    continue;
                }
                chunk.push((number, line));
                if chunk.len() == CHUNK {
                    break;
                }
            }
            if chunk.is_empty() {
                break;
            }
            let results: Vec<Result<String, (Option<String>, String)>> = pool.install(|| {
                chunk
                    .par_iter()
                    .map(|(n, raw)| match std::str::from_utf8(raw) {
                        Ok(line) => analyze_line(line, *n, settings),
                        Err(e) => Err((
                            None,
                            format!("invalid UTF-8 at byte {} of the line", e.valid_up_to()),
                        )),
                    })
                    .collect()
            });
            for ((n, _), result) in chunk.iter().zip(results) {
                match result {
                    Ok(json) => {
                        writeln!(out, "{json}").context("writing output")?;
                        outcome.analyzed += 1;
                    }
                    Err((id, msg)) => {
                        eprintln!("byline: {} line {n}: {msg}", input.id);
                        let rec = report::error_record(id.as_deref(), Some(*n), &msg);
                        writeln!(out, "{}", settings.view.render_error(&rec, false))
                            .context("writing output")?;
                        outcome.failed += 1;
                    }
                }
            }
        }
    }
    Ok(outcome)
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

    #[test]
    fn out_paths_stay_inside() {
        let dir = Path::new("out");
        let cases = [
            ("in/a.txt", "out/in/a.json"),
            ("./in/b.md", "out/./in/b.json"),
            ("../x/c.txt", "out/c.json"),
            ("/abs/d.txt", "out/d.json"),
        ];
        for (id, want) in cases {
            let input = Input {
                id: id.to_string(),
                source: Source::File(PathBuf::from(id)),
            };
            assert_eq!(out_path(dir, &input), PathBuf::from(want), "{id}");
        }
    }
}
