//! The fixture corpus check: `byline check [--bless] DIR`.
//!
//! Input: a folder of `NAME.txt` articles, each with an expected record
//! `NAME.json` beside it. The expected record's `reference_date` is the date
//! the article is analyzed with, so a fixture carries its own date. Output: a
//! verdict per fixture, a line diff of the pretty JSON where it changed, and
//! a [`Summary`]. With `bless`, the expected files are rewritten instead.
//!
//! Records are compared as parsed JSON (key order and layout do not matter);
//! the `id` is the path relative to DIR, so the check does not depend on the
//! current folder.
//!
//! Fixtures are found by the same walker as analysis ([`crate::walk`]):
//! sorted, hidden folders skipped, link loops reported and not entered, a
//! dangling link, FIFO or unreadable file an `error` line (exit 2) while the
//! other fixtures are still checked and the summary still printed.
//!
//! Known limits: a fixture whose expected file is not valid JSON counts as
//! an error, not a difference.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use similar::TextDiff;

use crate::calendar::Date;
use crate::report::OffsetUnit;
use crate::walk;

/// What a check found.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    pub passed: usize,
    pub differed: usize,
    pub blessed: usize,
    pub errors: usize,
}

/// The fixture files under `dir`, by the walker's rules ([`walk`]): `.txt`
/// articles and `.json` records in sorted order, hidden entries skipped,
/// link loops reported (not entered), anything unreadable an error line.
struct Found {
    txt: Vec<PathBuf>,
    json: Vec<PathBuf>,
}

fn collect(dir: &Path, out: &mut dyn Write, summary: &mut Summary) -> Result<Found> {
    let exts = ["txt".to_string(), "json".to_string()];
    let mut found = Found {
        txt: Vec::new(),
        json: Vec::new(),
    };
    for entry in walk::walk(dir, &exts) {
        let shown = walk::display_id(&entry.path);
        match entry.kind {
            walk::Kind::File if walk::wanted(&entry.path, &exts[..1]) => found.txt.push(entry.path),
            walk::Kind::File => found.json.push(entry.path),
            walk::Kind::Loop(to) => {
                writeln!(out, "skipped  {shown}: symbolic link loop back to {to}")?
            }
            walk::Kind::Special(what) => {
                writeln!(out, "error    {shown}: not a regular file ({what})")?;
                summary.errors += 1;
            }
            walk::Kind::Broken(msg) => {
                writeln!(out, "error    {shown}: {msg}")?;
                summary.errors += 1;
            }
        }
    }
    Ok(found)
}

/// Compare (or bless) every fixture under `dir`, reporting to `out`. Every
/// fixture gets a verdict line and the summary line always ends the report;
/// only a `dir` that is no folder or holds no fixture fails outright.
pub fn run(dir: &Path, bless: bool, out: &mut dyn Write) -> Result<Summary> {
    if !dir.is_dir() {
        bail!("{}: not a folder", dir.display());
    }
    let mut summary = Summary::default();
    let Found {
        txt: txts,
        json: jsons,
    } = collect(dir, out, &mut summary)?;
    if txts.is_empty() && summary.errors == 0 {
        bail!("{}: no NAME.txt fixtures found", dir.display());
    }
    for json in &jsons {
        if !json.with_extension("txt").exists() {
            writeln!(out, "orphan   {} (no .txt beside it)", json.display())?;
            summary.differed += 1;
        }
    }
    for txt in &txts {
        let expected_path = txt.with_extension("json");
        let rel = txt
            .strip_prefix(dir)
            .unwrap_or(txt)
            .to_string_lossy()
            .replace('\\', "/");
        let expected_text = fs::read_to_string(&expected_path).ok();
        let expected: Option<serde_json::Value> = match &expected_text {
            Some(t) => match serde_json::from_str(t) {
                Ok(v) => Some(v),
                Err(e) => {
                    writeln!(out, "error    {}: {e}", expected_path.display())?;
                    summary.errors += 1;
                    continue;
                }
            },
            None => None,
        };
        let date = match expected
            .as_ref()
            .and_then(|v| v.get("reference_date"))
            .and_then(|d| d.as_str())
        {
            Some(d) => match d.parse::<Date>() {
                Ok(d) => Some(d),
                Err(e) => {
                    writeln!(out, "error    {}: {e}", expected_path.display())?;
                    summary.errors += 1;
                    continue;
                }
            },
            None => None,
        };
        let bytes = match fs::read(txt) {
            Ok(b) => b,
            Err(e) => {
                writeln!(out, "error    {}: {}", txt.display(), walk::describe_io(&e))?;
                summary.errors += 1;
                continue;
            }
        };
        let actual_text = match crate::batch::analyze_bytes(
            &bytes,
            Some(&rel),
            None,
            date,
            OffsetUnit::Bytes,
            true,
        ) {
            Ok(j) => j + "\n",
            Err(e) => {
                writeln!(out, "error    {}: {e}", txt.display())?;
                summary.errors += 1;
                continue;
            }
        };
        let actual: serde_json::Value =
            serde_json::from_str(&actual_text).context("re-reading own output")?;
        if expected.as_ref() == Some(&actual) {
            writeln!(out, "ok       {rel}")?;
            summary.passed += 1;
            continue;
        }
        if bless {
            // Replaces a link in the record's place instead of writing
            // through it, and never leaves half a file.
            let (folder, name) = (txt.parent().unwrap_or(dir), expected_path.file_name());
            crate::outdir::write(
                folder,
                Path::new(name.unwrap_or_default()),
                actual_text.as_bytes(),
            )
            .with_context(|| format!("writing {}", expected_path.display()))?;
            writeln!(out, "blessed  {rel}")?;
            summary.blessed += 1;
            continue;
        }
        summary.differed += 1;
        match &expected {
            None => writeln!(
                out,
                "missing  {rel}: no {} (run `byline check --bless {}` to create it)",
                expected_path.display(),
                dir.display()
            )?,
            Some(exp) => {
                writeln!(out, "DIFFERS  {rel}")?;
                // Both sides through the same printer (keys sorted), so the
                // diff shows changed values, not layout.
                let want = serde_json::to_string_pretty(exp)? + "\n";
                let got = serde_json::to_string_pretty(&actual)? + "\n";
                let diff = TextDiff::from_lines(&want, &got);
                write!(
                    out,
                    "{}",
                    diff.unified_diff()
                        .context_radius(3)
                        .header(&format!("expected {rel}"), &format!("actual {rel}"))
                )?;
            }
        }
    }
    writeln!(
        out,
        "{} passed, {} differed, {} blessed, {} errors",
        summary.passed, summary.differed, summary.blessed, summary.errors
    )?;
    Ok(summary)
}
