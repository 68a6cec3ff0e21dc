//! Quotations and reported speech, with their cues and speakers.
//!
//! Input: the [`Document`], its [`Sentence`]s and [`Entity`]s. Output:
//! [`Quote`]s in text order.
//!
//! Known limits: not yet implemented (issue "Quotes"); returns nothing.

use crate::document::{Document, Span};
use crate::entities::{Entity, EntityId};
use crate::segment::Sentence;

/// How the words are reported.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuoteKind {
    Direct,
    Partial,
    Indirect,
}

impl QuoteKind {
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Partial => "partial",
            QuoteKind::Indirect => "indirect",
        }
    }
}

/// Who says it: the local mention the cue attaches to, and the entity it
/// resolves to (if any).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Speaker {
    pub span: Span,
    pub entity: Option<EntityId>,
}

/// One quotation or piece of reported speech.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Quote {
    pub kind: QuoteKind,
    /// The quoted content, without the enclosing quote marks.
    pub span: Span,
    pub speaker: Option<Speaker>,
    /// The speech verb or phrase ("said", "according to").
    pub cue: Option<Span>,
}

/// Find the quotes of `doc`.
pub fn extract(doc: &Document, sentences: &[Sentence], entities: &[Entity]) -> Vec<Quote> {
    let _ = (doc, sentences, entities);
    Vec::new()
}
