//! Named entities: people, organizations, places and groups.
//!
//! Input: the [`Document`] and its [`Sentence`]s. Output: [`Entity`]s in
//! order of first mention, each with every name mention's span (never a
//! pronoun), its fullest name and the roles written next to it.
//!
//! Steps: [`tokens`] splits each sentence into words; [`mentions`] finds
//! capitalized runs and types them with the embedded lexicons and rules;
//! [`cluster`] joins the mentions of one entity ("Trump" with "Donald
//! Trump", "Russian" with "Russians") and picks the name.
//!
//! Known limits: no coreference beyond names (no "the president" -> Trump);
//! a single unknown capitalized word that no other mention explains is
//! dropped; transliteration variants (Zelensky/Zelenskyy) stay apart.

mod cluster;
mod mentions;
mod tokens;

use crate::document::{Document, ParagraphKind, Span};
use crate::segment::Sentence;

/// Index of an entity in the `Vec<Entity>` that [`extract`] returns.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EntityId(pub usize);

/// What an entity is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
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
    let mut lines: Vec<mentions::Line> = Vec::with_capacity(sentences.len());
    for s in sentences {
        let line = mentions::Line {
            span: s.span,
            heading: doc
                .paragraphs
                .get(s.paragraph)
                .is_some_and(|p| p.kind == ParagraphKind::Heading),
        };
        match lines.last_mut() {
            Some(prev) if name_across_break(doc.text, prev.span, s.span) => {
                prev.span = prev.span.cover(s.span);
            }
            _ => lines.push(line),
        }
    }
    let evidence = mentions::Evidence::collect(doc.text, &lines);
    let found = mentions::find(doc.text, &lines, &evidence);
    cluster::entities(doc.text, found)
}

/// A hard line break inside a name can end a paragraph in the layout
/// rules ("economic envoy Kirill" / "Dmitriev."): when a line ends in a
/// capitalized word without punctuation and the next starts with one after
/// a single line break, read them as one sentence.
fn name_across_break(text: &str, prev: Span, next: Span) -> bool {
    if prev.end() > next.start() {
        return false;
    }
    let gap = &text[prev.end()..next.start()];
    let single_break =
        gap.chars().filter(|&c| c == '\n').count() == 1 && gap.chars().all(char::is_whitespace);
    let last = text[prev].split_whitespace().last().unwrap_or("");
    let first = text[next].split_whitespace().next().unwrap_or("");
    let cap = |w: &str| {
        w.chars().next().is_some_and(char::is_uppercase)
            && w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '.')
    };
    single_break
        && mentions::wrapped_gap(text, prev.end(), next.start())
        && cap(last)
        && !last.ends_with('.')
        && cap(first.trim_end_matches([',', '.']))
}
