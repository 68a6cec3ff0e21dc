//! Command-line definitions (clap derive). The help text lives here.
//!
//! Input: `std::env::args`. Output: a [`Cli`] value; `main` turns it into a
//! run. The contract (DESIGN.md "Command line") is: `byline [PATH]...`,
//! `byline check [--bless] DIR`, `byline schema`.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

use crate::calendar::Date;
use crate::view::Format;

const EXAMPLES: &str = "\
Examples:
  byline article.txt                      analyze one file (pretty JSON)
  pbpaste | byline | jq '.quotes'         analyze the clipboard
  byline --date 2025-12-02 articles/      a folder (*.txt, recursed): JSON Lines
  byline --input jsonl < batch.jsonl      {\"id\",\"text\",\"date\"} per line in, one record per line out
  byline --format html a.txt > a.html     a page with the highlights and a side panel
  pbpaste | byline --format text          a summary on the terminal
  byline --ext md,txt --out-dir out/ in/  one out/in/**/NAME.md.json or NAME.txt.json per input
  byline check fixtures                   compare fixtures/NAME.txt with NAME.json
  byline schema                           JSON Schema of the output record
  byline --generate complete-bash > /etc/bash_completion.d/byline
  byline --generate man > byline.1

Exit status: 0 all analyzed; 1 check found differences; 2 an input failed or usage error.";

/// Analyze news articles: paragraphs, sentences, entities, quotes and claims, as JSON.
#[derive(Parser, Debug)]
#[command(
    name = "byline",
    version,
    about,
    after_long_help = EXAMPLES,
    args_conflicts_with_subcommands = true,
    max_term_width = 100,
    // Help and usage errors are plain text on a terminal too: the same
    // bytes on a terminal as in a pipe or a log (README, "colours").
    color = clap::ColorChoice::Never
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,

    /// Files, folders (recursed for *.txt, in sorted order) or - for stdin.
    /// Without PATH, a piped stdin is read.
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    /// Input format: plain article text, or JSON Lines with one
    /// {"text", "id"?, "date"?} object per line.
    #[arg(long, value_enum, default_value_t = InputFormat::Text)]
    pub input: InputFormat,

    /// Reference date for relative dates ("on Sunday"); a jsonl record's
    /// "date" overrides it.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub date: Option<Date>,

    /// What to print: the JSON record (the contract), an HTML page (one per
    /// input; several inputs need --out-dir, which adds an index.html), or
    /// a terminal summary.
    #[arg(long, value_enum, default_value_t = Format::Json)]
    pub format: Format,

    /// Unit of the start/end offsets in the output.
    #[arg(long, value_enum, default_value_t = OffsetsArg::Bytes)]
    pub offsets: OffsetsArg,

    /// Parallel workers for many inputs (default: all cores; at most 4 per
    /// core). Output order never changes.
    #[arg(short = 'j', long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    pub jobs: Option<u16>,

    /// File extensions analyzed inside folders (comma-separated). Files
    /// named on the command line are always analyzed.
    #[arg(
        long,
        value_name = "EXT,...",
        value_delimiter = ',',
        default_value = "txt"
    )]
    pub ext: Vec<String>,

    /// Inputs larger than this many bytes fail with an error record
    /// instead of being analyzed; reading stops there (files, devices,
    /// stdin). With --input jsonl it bounds each line.
    #[arg(long, value_name = "N")]
    pub max_bytes: Option<u64>,

    /// Write one NAME.EXT.json per input under DIR instead of printing
    /// records: the input's path mirrored, `..` as _up, an absolute path
    /// under _root, stdin as _stdin.json. Refused when two inputs would
    /// share a file; never writes through a link inside DIR.
    #[arg(long, value_name = "DIR")]
    pub out_dir: Option<PathBuf>,

    /// Print no summary or progress on stderr (errors are still printed).
    #[arg(short, long)]
    pub quiet: bool,

    /// Print a man page or a shell completion script and exit.
    #[arg(long, value_enum, value_name = "KIND")]
    pub generate: Option<Generate>,
}

/// What `--generate` prints.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Generate {
    /// The man page (roff).
    Man,
    /// Bash completion script.
    CompleteBash,
    /// Zsh completion script.
    CompleteZsh,
    /// Fish completion script.
    CompleteFish,
}

/// Write the man page or completion script for `kind`.
pub fn generate(kind: Generate, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    use clap::CommandFactory;
    use clap_complete::Shell;
    let mut cmd = Cli::command();
    let shell = match kind {
        Generate::Man => return clap_mangen::Man::new(cmd).render(out),
        Generate::CompleteBash => Shell::Bash,
        Generate::CompleteZsh => Shell::Zsh,
        Generate::CompleteFish => Shell::Fish,
    };
    clap_complete::generate(shell, &mut cmd, "byline", out);
    Ok(())
}

/// Subcommands.
#[derive(Subcommand, Debug)]
pub enum Command {
    /// Compare each DIR/**/NAME.txt's analysis with NAME.json (the expected
    /// record; its "reference_date" is used as --date). Prints a diff and
    /// exits 1 on any difference.
    Check {
        /// Rewrite the expected files with the current output instead.
        #[arg(long)]
        bless: bool,
        /// The fixture folder.
        dir: PathBuf,
    },
    /// Print the JSON Schema of the output record.
    Schema,
}

/// The input format (`main` maps it to [`crate::batch::InputFormat`], so
/// the batch runner takes no clap type).
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum InputFormat {
    /// Plain UTF-8 article text.
    Text,
    /// JSON Lines: {"text": "...", "id"?: "...", "date"?: "YYYY-MM-DD"} per line.
    Jsonl,
}

/// The unit of output offsets.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum OffsetsArg {
    /// UTF-8 bytes (Rust, Go, byte-oriented tools).
    Bytes,
    /// Unicode code points (Python, JavaScript-style indexing of code points).
    Chars,
}

fn parse_date(s: &str) -> Result<Date, String> {
    Date::parse_lenient(s)
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn verify_cli() {
        Cli::command().debug_assert();
    }

    #[test]
    fn parses() {
        let cli = Cli::try_parse_from(["byline", "--date", "2025-12-02", "a.txt", "-"]).unwrap();
        assert_eq!(cli.paths.len(), 2);
        assert_eq!(cli.date.unwrap().to_string(), "2025-12-02");
        assert!(Cli::try_parse_from(["byline", "--date", "2025-13-02"]).is_err());
        assert!(Cli::try_parse_from(["byline", "-j", "0"]).is_err());
        let cli = Cli::try_parse_from(["byline", "check", "--bless", "fixtures"]).unwrap();
        assert!(matches!(
            cli.command,
            Some(Command::Check { bless: true, .. })
        ));
    }
}
