//! byline: a news-article analyzer.
//!
//! [`analyze`] runs one article's text through a one-way pipeline; each stage
//! is a pure function of the earlier stages' values:
//!
//! 1. **document**: paragraphs and their kinds (body, heading, caption,
//!    byline, dateline), hard-wrapped lines joined.
//! 2. **segment**: sentences inside paragraphs, abbreviation-aware.
//! 3. **entities**: people, organizations, places and groups.
//! 4. **quotes**: direct, partial and indirect speech, with speakers.
//! 5. **claims**: checkable sentences with quantities, dates, places, source
//!    and hedges.
//! 6. **report** ([`report`]): the JSON record, the public contract
//!    ([`schema`] gives its JSON Schema).
//!
//! Stage records hold spans and ids, never copied strings; only the report
//! slices text out. The stages' records are internal; the [`Record`] and its
//! parts are the library's stable output.
//!
//! ```
//! use byline::{OffsetUnit, Options, analyze};
//!
//! let text = "Ministers met in Paris on Monday.\n\n\
//!             \"We will cut costs by 10%,\" said Anna Berg, the finance minister.";
//! let analysis = analyze(text, &Options::default());
//! let record = analysis.record(Some("example"), OffsetUnit::Chars);
//! assert_eq!(record.paragraphs.len(), 2);
//! assert!(record.entities.iter().any(|e| e.name == "Anna Berg" && e.kind == "person"));
//! let json = byline::report::to_json(&record, false);
//! assert!(json.starts_with("{\"schema_version\":"));
//! ```

#![deny(missing_docs)]

// The command line and what only it uses (clap, rayon, anyhow, similar)
// sit behind the default `cli` feature; the library never names a clap type.
// `batch`, `check` and `cli` are `pub` only because the binary, the fuzz
// targets (fuzz/) and tests/fuzz_props.rs drive them (the JSONL reader
// above all); they are not part of the library's API, hence hidden.
#[cfg(feature = "cli")]
#[doc(hidden)]
#[allow(rustdoc::private_intra_doc_links)] // hidden: its docs are for developers
pub mod batch;
pub(crate) mod calendar;
#[cfg(feature = "cli")]
#[doc(hidden)]
#[allow(rustdoc::private_intra_doc_links)] // hidden: its docs are for developers
pub mod check;
pub(crate) mod claims;
#[cfg(feature = "cli")]
#[doc(hidden)]
pub mod cli;
pub(crate) mod document;
pub(crate) mod entities;
pub(crate) mod lexicon;
#[cfg(feature = "cli")]
pub(crate) mod outdir;
pub(crate) mod quotes;
pub mod report;
pub(crate) mod segment;
#[cfg(feature = "cli")]
#[doc(hidden)]
pub mod view;
#[cfg(feature = "cli")]
pub(crate) mod walk;

// Unit tests that drive the whole pipeline and look at its inner records
// (they were integration tests in tests/; `byline::` paths keep working).
#[cfg(test)]
extern crate self as byline;
#[cfg(test)]
mod tests;

pub use calendar::Date;
use document::Document;
pub use document::{DecodeError, decode};
pub use report::{OffsetUnit, Record, schema_json as schema};

/// The version of this library (and of the `byline` binary and the Python
/// package built from it).
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// Settings for one analysis.
///
/// New settings will be added; build one from `Options::default()` and the
/// `with_` methods:
///
/// ```
/// let date = byline::Date::new(2025, 12, 2).unwrap();
/// let options = byline::Options::default().with_reference_date(Some(date));
/// assert_eq!(options.reference_date, Some(date));
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Options {
    /// The date relative dates ("on Sunday") are resolved against. Without
    /// one, a dateline or publication date found in the text serves.
    pub reference_date: Option<Date>,
}

impl Options {
    /// These options with `date` as the reference date (`None`: take it
    /// from the text when it has one).
    #[must_use]
    pub fn with_reference_date(mut self, date: Option<Date>) -> Options {
        self.reference_date = date;
        self
    }
}

/// Everything the pipeline found in one text.
///
/// The stages' own records borrow the text and change with the pipeline;
/// what is stable is the JSON record: [`Analysis::record`].
#[derive(Debug, Clone)]
pub struct Analysis<'a> {
    pub(crate) document: Document<'a>,
    pub(crate) sentences: Vec<segment::Sentence>,
    /// Every sentence's tokens and the document's word types.
    pub(crate) tokens: segment::Tokens<'a>,
    pub(crate) entities: Vec<entities::Entity>,
    pub(crate) quotes: Vec<quotes::Quote>,
    pub(crate) claims: Vec<claims::Claim>,
    pub(crate) reference_date: Option<Date>,
}

impl<'a> Analysis<'a> {
    /// The JSON record of this analysis (see [`report::record`]).
    ///
    /// ```
    /// let text = "Ms Smith said: \"We will win.\"";
    /// let analysis = byline::analyze(text, &byline::Options::default());
    /// let record = analysis.record(Some("a1"), byline::OffsetUnit::Bytes);
    /// assert_eq!(record.quotes[0].kind, "direct");
    /// ```
    pub fn record(&self, id: Option<&str>, unit: OffsetUnit) -> Record {
        report::record(self, id, unit)
    }

    /// The record as a borrowed view that serializes to the same JSON as
    /// [`Analysis::record`] (with `line` set) without building it.
    #[cfg(feature = "cli")]
    pub(crate) fn record_ref<'r>(
        &'r self,
        id: Option<&'r str>,
        line: Option<usize>,
        unit: OffsetUnit,
    ) -> report::RecordRef<'r, 'a> {
        report::record_ref(self, id, line, unit)
    }

    /// The date relative dates were resolved against: the one in
    /// [`Options`], else one found in the text.
    pub fn reference_date(&self) -> Option<Date> {
        self.reference_date
    }
}

/// Run the whole pipeline over `text`. This is the only place stages are
/// composed. Stages never fail: any text gives an analysis (use [`decode`]
/// to turn bytes into text first).
///
/// ```
/// use byline::{OffsetUnit, Options, analyze};
///
/// let text = "LONDON (Reuters) - Prices rose 4% in May, the Office for \
///             National Statistics said on Tuesday.";
/// let analysis = analyze(text, &Options::default());
/// let record = analysis.record(None, OffsetUnit::Chars);
/// assert_eq!(record.sentences.len(), 1);
/// assert!(record.claims.iter().any(|c| !c.quantities.is_empty()));
/// ```
pub fn analyze<'a>(text: &'a str, options: &Options) -> Analysis<'a> {
    let document = Document::new(text);
    // Without a given date, a dateline or publication date in the text
    // serves (DESIGN: "a dateline or date found in the text may serve").
    let reference_date = options
        .reference_date
        .or_else(|| claims::dates::reference_from_text(&document));
    let (sentences, tokens) = segment::segment(&document);
    let entities = entities::extract_from(&document, &sentences, &tokens);
    let quotes = quotes::extract_from(&document, &sentences, &entities, &tokens);
    let claims = claims::extract(
        &document,
        &sentences,
        &entities,
        &tokens,
        &quotes,
        reference_date,
    );
    Analysis {
        document,
        sentences,
        tokens,
        entities,
        quotes,
        claims,
        reference_date,
    }
}
