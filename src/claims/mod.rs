//! Claims: sentences that assert something checkable (a quantity, a date or
//! a place), with who asserts it and how hedged.
//!
//! Input: the document, sentences, entities, quotes and the reference date.
//! Output: [`Claim`]s in sentence order.
//!
//! Known limits: not yet implemented (issue "Claims"); returns nothing.

pub mod dates;
pub mod quantities;

use crate::calendar::Date;
use crate::document::{Document, Span};
use crate::entities::{Entity, EntityId};
use crate::quotes::{Quote, Speaker};
use crate::segment::Sentence;

pub use dates::DateMention;
pub use quantities::Quantity;

/// One checkable sentence.
#[derive(Clone, Debug, PartialEq)]
pub struct Claim {
    /// Index of the sentence.
    pub sentence: usize,
    pub span: Span,
    pub quantities: Vec<Quantity>,
    pub dates: Vec<DateMention>,
    /// Place entities mentioned in the sentence.
    pub places: Vec<EntityId>,
    /// Who asserts it, when the sentence attributes it.
    pub source: Option<Speaker>,
    /// Hedging words ("reportedly", "may").
    pub hedges: Vec<Span>,
}

/// Find the claims of `doc`.
pub fn extract(
    doc: &Document,
    sentences: &[Sentence],
    entities: &[Entity],
    quotes: &[Quote],
    reference: Option<Date>,
) -> Vec<Claim> {
    let _ = (doc, sentences, entities, quotes, reference);
    Vec::new()
}
