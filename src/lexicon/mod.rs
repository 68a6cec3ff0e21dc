//! Embedded word lists, parsed once per process.
//!
//! Input: TSV files compiled into the binary with `include_str!` (each opens
//! with a `#` provenance line, then a header row). Output: lookup functions
//! over immutable `LazyLock` tables. The lists are derived from
//! `shared/data/lexicon/` (see README.md "Data attributions").
//!
//! Known limits: lookups are exact on the form given (callers decide on case
//! folding); the lists are English-news oriented.

use std::collections::HashMap;
use std::sync::LazyLock;

/// How often an abbreviation ends a sentence in running text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EndsSentence {
    Never,
    Rare,
    Sometimes,
    Often,
}

/// What an abbreviation is (the `class` column).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AbbrevClass {
    Title,
    Month,
    Weekday,
    Initial,
    Initialism,
    Time,
    Number,
    Corporate,
    UsState,
    Other,
}

/// One abbreviation row.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Abbreviation {
    pub class: AbbrevClass,
    pub ends_sentence: EndsSentence,
}

/// Iterate the data rows of an embedded TSV: provenance and header skipped.
pub(crate) fn rows(data: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    data.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .skip(1)
        .map(|l| l.split('\t').collect())
}

static ABBREVIATIONS: LazyLock<HashMap<&'static str, Abbreviation>> = LazyLock::new(|| {
    rows(include_str!("abbreviations.tsv"))
        .map(|cols| {
            let class = match cols.get(2).copied().unwrap_or("") {
                "title" => AbbrevClass::Title,
                "month" => AbbrevClass::Month,
                "weekday" => AbbrevClass::Weekday,
                "initial" => AbbrevClass::Initial,
                "initialism" => AbbrevClass::Initialism,
                "time" => AbbrevClass::Time,
                "number" => AbbrevClass::Number,
                "corporate" => AbbrevClass::Corporate,
                "us_state" => AbbrevClass::UsState,
                _ => AbbrevClass::Other,
            };
            let ends_sentence = match cols.get(3).copied().unwrap_or("") {
                "never" => EndsSentence::Never,
                "rare" => EndsSentence::Rare,
                "often" => EndsSentence::Often,
                _ => EndsSentence::Sometimes,
            };
            (
                cols[0],
                Abbreviation {
                    class,
                    ends_sentence,
                },
            )
        })
        .collect()
});

/// Look up an abbreviation written with its final period ("Mr.", "U.S.").
/// Tries the exact form, then the form with only its first letter capitalized
/// and the lower-cased form, so "CO." and "co." find "Co.".
pub fn abbreviation(word: &str) -> Option<Abbreviation> {
    if let Some(a) = ABBREVIATIONS.get(word) {
        return Some(*a);
    }
    let lower = word.to_lowercase();
    if let Some(a) = ABBREVIATIONS.get(lower.as_str()) {
        return Some(*a);
    }
    let mut chars = lower.chars();
    let first = chars.next()?;
    let capitalized: String = first.to_uppercase().chain(chars).collect();
    ABBREVIATIONS.get(capitalized.as_str()).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn abbreviations_load() {
        let cases = [
            ("Mr.", Some(AbbrevClass::Title)),
            ("Rep.", Some(AbbrevClass::Title)),
            ("U.S.", Some(AbbrevClass::Initialism)),
            ("co.", Some(AbbrevClass::Corporate)),
            ("Nov.", Some(AbbrevClass::Month)),
            ("dog.", None),
        ];
        for (word, class) in cases {
            assert_eq!(abbreviation(word).map(|a| a.class), class, "{word}");
        }
    }
}
