//! byline: a news-article analyzer.
//!
//! [`analyze`] runs one article's text through a one-way pipeline; each stage
//! is a pure function of the earlier stages' values:
//!
//! 1. **document** ([`document`]): paragraphs and their kinds (body, heading,
//!    caption, byline, dateline), hard-wrapped lines joined.
//! 2. **segment** ([`segment`]): sentences inside paragraphs, abbreviation-aware.
//! 3. **entities** ([`entities`]): people, organizations, places and groups.
//! 4. **quotes** ([`quotes`]): direct, partial and indirect speech, with speakers.
//! 5. **claims** ([`claims`]): checkable sentences with quantities, dates,
//!    places, source and hedges.
//! 6. **report** ([`report`]): the JSON record (the public contract).
//!
//! Stage records hold [`document::Span`]s and ids, never copied strings; only
//! the report slices text out.

// The command line and what only it uses (clap, rayon, anyhow, similar)
// sit behind the default `cli` feature; the library never names a clap type.
#[cfg(feature = "cli")]
pub mod batch;
pub mod calendar;
#[cfg(feature = "cli")]
pub mod check;
pub mod claims;
#[cfg(feature = "cli")]
pub mod cli;
pub mod document;
pub mod entities;
pub mod lexicon;
pub mod outdir;
pub mod quotes;
pub mod report;
pub mod segment;
#[cfg(feature = "cli")]
pub mod view;
pub mod walk;

use calendar::Date;
use document::Document;

/// The version of this library (and of the `byline` binary and the Python
/// package built from it).
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// Settings for one analysis.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Options {
    /// The date relative dates ("on Sunday") are resolved against.
    pub reference_date: Option<Date>,
}

/// Everything the pipeline found in one text.
#[derive(Debug, Clone)]
pub struct Analysis<'a> {
    pub document: Document<'a>,
    pub sentences: Vec<segment::Sentence>,
    /// Every sentence's tokens and the document's word types.
    pub tokens: segment::Tokens<'a>,
    pub entities: Vec<entities::Entity>,
    pub quotes: Vec<quotes::Quote>,
    pub claims: Vec<claims::Claim>,
    pub reference_date: Option<Date>,
}

/// Run the whole pipeline over `text`. This is the only place stages are
/// composed.
pub fn analyze<'a>(text: &'a str, options: &Options) -> Analysis<'a> {
    let document = Document::new(text);
    // Without a given date, a dateline or publication date in the text
    // serves (DESIGN: "a dateline or date found in the text may serve").
    let reference_date = options
        .reference_date
        .or_else(|| claims::dates::reference_from_text(&document));
    let (sentences, tokens) = segment::segment(&document);
    let entities = entities::extract(&document, &sentences);
    let quotes = quotes::extract(&document, &sentences, &entities);
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
