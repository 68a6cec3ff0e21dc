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

pub mod batch;
pub mod calendar;
pub mod check;
pub mod claims;
pub mod cli;
pub mod document;
pub mod entities;
pub mod lexicon;
pub mod quotes;
pub mod report;
pub mod segment;
pub mod view;

use calendar::Date;
use document::Document;

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
    let sentences = segment::sentences(&document);
    let entities = entities::extract(&document, &sentences);
    let quotes = quotes::extract(&document, &sentences, &entities);
    let claims = claims::extract(&document, &sentences, &entities, &quotes, reference_date);
    Analysis {
        document,
        sentences,
        entities,
        quotes,
        claims,
        reference_date,
    }
}
