//! The `byline` binary: parse the command line, run, map the outcome to an
//! exit code (0 all analyzed, 1 check found differences, 2 an input failed
//! or usage error). Writing into a closed pipe ends the run quietly.

use std::io::{self, BufWriter, IsTerminal, Write};
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::Parser;

use byline::batch::{self, InputFormat, Settings};
use byline::cli::{Cli, Command, OffsetsArg};
use byline::report::OffsetUnit;
use byline::view::{Format, View};

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(err) => {
            let broken_pipe = err.chain().any(|c| {
                c.downcast_ref::<io::Error>()
                    .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
            });
            if broken_pipe {
                return ExitCode::SUCCESS;
            }
            eprintln!("byline: {err:#}");
            ExitCode::from(2)
        }
    }
}

fn run(cli: Cli) -> Result<ExitCode> {
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    if let Some(kind) = cli.generate {
        byline::cli::generate(kind, &mut out).context("writing output")?;
        out.flush().context("writing output")?;
        return Ok(ExitCode::SUCCESS);
    }
    let code = match cli.command {
        Some(Command::Check { bless, dir }) => {
            let summary = byline::check::run(&dir, bless, &mut out)?;
            if summary.errors > 0 {
                ExitCode::from(2)
            } else if summary.differed > 0 {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            }
        }
        Some(Command::Schema) => {
            writeln!(out, "{}", byline::report::schema_json()).context("writing output")?;
            ExitCode::SUCCESS
        }
        None => {
            let paths = if cli.paths.is_empty() {
                if io::stdin().is_terminal() {
                    eprintln!(
                        "byline: no input. Pipe an article in (pbpaste | byline) or name files: byline PATH...\n\
                         Try 'byline --help' for more."
                    );
                    return Ok(ExitCode::from(2));
                }
                vec!["-".into()]
            } else {
                cli.paths
            };
            let walk = batch::WalkOptions {
                extensions: cli
                    .ext
                    .iter()
                    .map(|e| e.trim_start_matches('.').to_string())
                    .collect(),
            };
            let inputs = batch::expand(&paths, &walk)?;
            let format = match cli.input {
                byline::cli::InputFormat::Text => InputFormat::Text,
                byline::cli::InputFormat::Jsonl => InputFormat::Jsonl,
            };
            if cli.out_dir.is_some() && format == InputFormat::Jsonl {
                anyhow::bail!("--out-dir works with text inputs, not --input jsonl");
            }
            let single = paths.len() == 1 && !paths[0].is_dir();
            check_format(
                &cli.format,
                cli.input,
                cli.out_dir.is_some(),
                single && inputs.len() == 1,
            )?;
            let settings = Settings {
                single,
                max_bytes: cli.max_bytes,
                out_dir: cli.out_dir.clone(),
                format,
                date: cli.date,
                unit: match cli.offsets {
                    OffsetsArg::Bytes => OffsetUnit::Bytes,
                    OffsetsArg::Chars => OffsetUnit::Chars,
                },
                jobs: cli.jobs.map(usize::from),
                quiet: cli.quiet,
                view: match cli.out_dir {
                    Some(_) => View::for_files(cli.format),
                    None => View::for_stdout(cli.format),
                },
            };
            let outcome = batch::run(&inputs, &settings, &mut out)?;
            out.flush().context("writing output")?;
            let several = inputs.len() > 1 || format == InputFormat::Jsonl;
            if several && !cli.quiet && (outcome.failed > 0 || inputs.len() > 1) {
                eprintln!(
                    "byline: analyzed {}, failed {}",
                    batch::thousands(outcome.analyzed),
                    batch::thousands(outcome.failed)
                );
            }
            if outcome.failed > 0 {
                ExitCode::from(2)
            } else {
                ExitCode::SUCCESS
            }
        }
    };
    out.flush().context("writing output")?;
    Ok(code)
}

/// HTML pages are one per input: several inputs need a folder to go to,
/// and jsonl records have no file to name their page after.
fn check_format(
    format: &Format,
    input: byline::cli::InputFormat,
    out_dir: bool,
    one_input: bool,
) -> Result<()> {
    if *format != Format::Html {
        return Ok(());
    }
    if input == byline::cli::InputFormat::Jsonl {
        anyhow::bail!(
            "--format html reads text inputs; for --input jsonl use --format json or text"
        );
    }
    if !one_input && !out_dir {
        anyhow::bail!(
            "--format html writes one page per input: give --out-dir DIR for several inputs \
             (it also writes DIR/index.html)"
        );
    }
    Ok(())
}
