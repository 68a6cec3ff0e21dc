//! Named entities: people, organizations, places and groups.
//!
//! Input: the [`Document`] and its [`Sentence`]s. Output: [`Entity`]s in
//! order of first mention, each with every name mention's span.
//!
//! Known limits: not yet implemented (issue "Entities"); returns nothing.

use crate::document::{Document, Span};
use crate::segment::Sentence;

/// Index of an entity in the `Vec<Entity>` that [`extract`] returns.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EntityId(pub usize);

/// What an entity is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EntityKind {
    Person,
    Organization,
    Place,
    Group,
    Other,
}

impl EntityKind {
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Organization => "organization",
            EntityKind::Place => "place",
            EntityKind::Group => "group",
            EntityKind::Other => "other",
        }
    }
}

/// One entity of the article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entity {
    pub kind: EntityKind,
    /// The mention with the fullest form of the name.
    pub name: Span,
    /// Titles and appositives attached to the entity.
    pub roles: Vec<Span>,
    /// Every name mention, in text order.
    pub mentions: Vec<Span>,
}

/// Find the entities of `doc`.
pub fn extract(doc: &Document, sentences: &[Sentence]) -> Vec<Entity> {
    let _ = (doc, sentences);
    Vec::new()
}
