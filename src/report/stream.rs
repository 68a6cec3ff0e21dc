//! The record serialized straight from the analysis: the same JSON as
//! [`super::record`] followed by serde, without building the [`super::Record`]
//! (no `String` per text field, id or kind; the whole output is never held
//! as values).
//!
//! Input: an [`Analysis`], the record's id and line, and the offset unit.
//! Output: [`RecordRef`], a borrowed view whose `Serialize` writes the
//! fields in the `Record`'s order with the same values. Text fields are
//! folded only when they hold white space to fold; ids (`e1`, `q1`, …) and
//! the reference date are written through `Display`.
//!
//! Known limits: the field order and skipping rules are written twice, here
//! and on the `Record` types; `same_json_as_record` (below) checks that the
//! two agree on texts with every kind of field.

use std::borrow::Cow;
use std::fmt;

use serde::Serialize;
use serde::ser::{SerializeStruct, Serializer};

use super::{Offsets, SCHEMA_VERSION, fold_space, number};
use crate::Analysis;
use crate::document::Span;

/// One record, borrowed from its analysis.
pub struct RecordRef<'r, 'a> {
    pub(super) analysis: &'r Analysis<'a>,
    pub(super) id: Option<&'r str>,
    pub(super) line: Option<usize>,
    pub(super) off: Offsets,
}

/// `s` with runs of white space folded to one space, borrowed when that
/// changes nothing (most names and mentions).
fn folded(s: &str) -> Cow<'_, str> {
    let mut prev_space = true; // a leading space would be dropped
    for c in s.chars() {
        let space = c.is_whitespace();
        if space && (prev_space || c != ' ') {
            return Cow::Owned(fold_space(s));
        }
        prev_space = space;
    }
    if prev_space && !s.is_empty() {
        return Cow::Owned(fold_space(s));
    }
    Cow::Borrowed(s)
}

/// An id such as `e3`: a letter and a 1-based number.
struct Id(char, usize);

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}{}", self.0, self.1 + 1)
    }
}

impl Serialize for Id {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// A sequence written from an iterator made on demand.
struct Seq<F>(F);

impl<F, I> Serialize for Seq<F>
where
    F: Fn() -> I,
    I: IntoIterator,
    I::Item: Serialize,
{
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq((self.0)())
    }
}

/// A text span: `start`, `end`, `text` (a `TextSpan`).
struct TextRef<'r> {
    start: usize,
    end: usize,
    text: Cow<'r, str>,
}

impl Serialize for TextRef<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("TextSpan", 3)?;
        st.serialize_field("start", &self.start)?;
        st.serialize_field("end", &self.end)?;
        st.serialize_field("text", &self.text)?;
        st.end()
    }
}

impl<'r> RecordRef<'r, '_> {
    fn text(&self) -> &'r str {
        self.analysis.document.text
    }

    fn span(&self, span: Span) -> TextRef<'r> {
        TextRef {
            start: self.off.at(span.start()),
            end: self.off.at(span.end()),
            text: folded(&self.text()[span]),
        }
    }

    fn entity_name(&self, i: usize) -> Cow<'r, str> {
        folded(&self.text()[self.analysis.entities[i].name])
    }
}

/// Who says a quote or asserts a claim (a `SpeakerOut`).
struct SpeakerRef<'s, 'r, 'a>(&'s RecordRef<'r, 'a>, &'s crate::quotes::Speaker);

impl Serialize for SpeakerRef<'_, '_, '_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let (rec, sp) = (self.0, self.1);
        let local = rec.span(sp.span);
        // A pronoun without an entity is named by its antecedent.
        let name = match (sp.entity, sp.antecedent) {
            (Some(e), _) => rec.entity_name(e.0),
            (None, Some(a)) => folded(&rec.text()[a]),
            (None, None) => local.text.clone(),
        };
        let mut st = s.serialize_struct("SpeakerOut", 6)?;
        st.serialize_field("entity", &sp.entity.map(|e| Id('e', e.0)))?;
        st.serialize_field("name", &name)?;
        st.serialize_field("text", &local.text)?;
        st.serialize_field("start", &local.start)?;
        st.serialize_field("end", &local.end)?;
        st.serialize_field("via", sp.via.as_str())?;
        st.end()
    }
}

/// A field written through [`number`] (whole numbers without a fraction).
struct Number(Option<f64>);

impl Serialize for Number {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        number(&self.0, s)
    }
}

impl Serialize for RecordRef<'_, '_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let a = self.analysis;
        let mut st = s.serialize_struct("Record", 11)?;
        st.serialize_field("schema_version", &SCHEMA_VERSION)?;
        st.serialize_field("id", &self.id)?;
        if self.line.is_some() {
            st.serialize_field("line", &self.line)?;
        } else {
            st.skip_field("line")?;
        }
        let date = a.reference_date.map(Display);
        st.serialize_field("reference_date", &date)?;
        st.serialize_field(
            "stats",
            &super::Stats {
                bytes: self.text().len(),
                paragraphs: a.document.paragraphs.len(),
                sentences: a.sentences.len(),
                words: a.tokens.words,
            },
        )?;
        st.serialize_field(
            "paragraphs",
            &Seq(|| a.document.paragraphs.iter().map(|p| Paragraph(self, p))),
        )?;
        st.serialize_field(
            "sentences",
            &Seq(|| a.sentences.iter().map(|x| Sentence(self, x))),
        )?;
        st.serialize_field(
            "entities",
            &Seq(|| {
                a.entities
                    .iter()
                    .enumerate()
                    .map(|(i, e)| Entity(self, i, e))
            }),
        )?;
        st.serialize_field(
            "quotes",
            &Seq(|| a.quotes.iter().enumerate().map(|(i, q)| Quote(self, i, q))),
        )?;
        st.serialize_field(
            "claims",
            &Seq(|| a.claims.iter().enumerate().map(|(i, c)| Claim(self, i, c))),
        )?;
        st.end()
    }
}

/// A value written through its `Display` (the reference date).
struct Display<T>(T);

impl<T: fmt::Display> Serialize for Display<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&self.0)
    }
}

struct Paragraph<'s, 'r, 'a>(&'s RecordRef<'r, 'a>, &'s crate::document::Paragraph);

impl Serialize for Paragraph<'_, '_, '_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let (rec, p) = (self.0, self.1);
        let mut st = s.serialize_struct("ParagraphOut", 3)?;
        st.serialize_field("start", &rec.off.at(p.span.start()))?;
        st.serialize_field("end", &rec.off.at(p.span.end()))?;
        st.serialize_field("kind", p.kind.as_str())?;
        st.end()
    }
}

struct Sentence<'s, 'r, 'a>(&'s RecordRef<'r, 'a>, &'s crate::segment::Sentence);

impl Serialize for Sentence<'_, '_, '_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let (rec, x) = (self.0, self.1);
        let mut st = s.serialize_struct("SentenceOut", 3)?;
        st.serialize_field("start", &rec.off.at(x.span.start()))?;
        st.serialize_field("end", &rec.off.at(x.span.end()))?;
        st.serialize_field("paragraph", &x.paragraph)?;
        st.end()
    }
}

struct Entity<'s, 'r, 'a>(&'s RecordRef<'r, 'a>, usize, &'s crate::entities::Entity);

impl Serialize for Entity<'_, '_, '_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let (rec, i, e) = (self.0, self.1, self.2);
        let text = rec.text();
        let mut st = s.serialize_struct("EntityOut", 5)?;
        st.serialize_field("id", &Id('e', i))?;
        st.serialize_field("kind", e.kind.as_str())?;
        st.serialize_field("name", &rec.entity_name(i))?;
        st.serialize_field("roles", &Seq(|| e.roles.iter().map(|r| folded(&text[*r]))))?;
        st.serialize_field("mentions", &Seq(|| e.mentions.iter().map(|m| rec.span(*m))))?;
        st.end()
    }
}

struct Quote<'s, 'r, 'a>(&'s RecordRef<'r, 'a>, usize, &'s crate::quotes::Quote);

impl Serialize for Quote<'_, '_, '_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let (rec, i, q) = (self.0, self.1, self.2);
        let body = rec.span(q.span);
        let mut st = s.serialize_struct("QuoteOut", 7)?;
        st.serialize_field("id", &Id('q', i))?;
        st.serialize_field("kind", q.kind.as_str())?;
        st.serialize_field("start", &body.start)?;
        st.serialize_field("end", &body.end)?;
        st.serialize_field("text", &body.text)?;
        st.serialize_field("speaker", &q.speaker.as_ref().map(|sp| SpeakerRef(rec, sp)))?;
        st.serialize_field("cue", &q.cue.map(|c| rec.span(c)))?;
        st.end()
    }
}

struct Claim<'s, 'r, 'a>(&'s RecordRef<'r, 'a>, usize, &'s crate::claims::Claim);

impl Serialize for Claim<'_, '_, '_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let (rec, i, c) = (self.0, self.1, self.2);
        let body = rec.span(c.span);
        let mut st = s.serialize_struct("ClaimOut", 15)?;
        st.serialize_field("id", &Id('c', i))?;
        st.serialize_field("sentence", &c.sentence)?;
        st.serialize_field("start", &body.start)?;
        st.serialize_field("end", &body.end)?;
        st.serialize_field("text", &body.text)?;
        st.serialize_field(
            "quantities",
            &Seq(|| c.quantities.iter().map(|q| Quantity(rec, q))),
        )?;
        st.serialize_field("dates", &Seq(|| c.dates.iter().map(|d| DateRef(rec, d))))?;
        st.serialize_field("places", &Seq(|| c.places.iter().map(|e| Id('e', e.0))))?;
        st.serialize_field("source", &c.source.as_ref().map(|sp| SpeakerRef(rec, sp)))?;
        st.serialize_field("quote", &c.quote.map(|q| Id('q', q)))?;
        st.serialize_field("hedges", &Seq(|| c.hedges.iter().map(|h| rec.span(*h))))?;
        st.serialize_field("kind", c.kind.as_str())?;
        st.serialize_field("checkworthy", &c.checkworthy)?;
        st.serialize_field("signals", &Seq(|| c.signals.iter().map(|x| x.as_str())))?;
        st.end()
    }
}

struct Quantity<'s, 'r, 'a>(
    &'s RecordRef<'r, 'a>,
    &'s crate::claims::quantities::Quantity,
);

impl Serialize for Quantity<'_, '_, '_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let (rec, q) = (self.0, self.1);
        let t = rec.span(q.span);
        let mut st = s.serialize_struct("QuantityOut", 9)?;
        st.serialize_field("start", &t.start)?;
        st.serialize_field("end", &t.end)?;
        st.serialize_field("text", &t.text)?;
        st.serialize_field("value", &Number(q.value))?;
        if q.low.is_some() {
            st.serialize_field("low", &Number(q.low))?;
        } else {
            st.skip_field("low")?;
        }
        if q.high.is_some() {
            st.serialize_field("high", &Number(q.high))?;
        } else {
            st.skip_field("high")?;
        }
        st.serialize_field("unit", &q.unit.as_deref())?;
        st.serialize_field("counted", &q.counted.map(|c| rec.span(c).text))?;
        st.serialize_field("approximate", &q.approximate)?;
        st.end()
    }
}

struct DateRef<'s, 'r, 'a>(&'s RecordRef<'r, 'a>, &'s crate::claims::dates::DateMention);

impl Serialize for DateRef<'_, '_, '_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let (rec, d) = (self.0, self.1);
        let t = rec.span(d.span);
        let mut st = s.serialize_struct("DateOut", 5)?;
        st.serialize_field("start", &t.start)?;
        st.serialize_field("end", &t.end)?;
        st.serialize_field("text", &t.text)?;
        st.serialize_field("value", &d.value.as_deref())?;
        st.serialize_field("granularity", d.granularity.as_str())?;
        st.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::{OffsetUnit, to_json};

    #[test]
    fn folding_borrows_only_when_nothing_changes() {
        let cases = [
            ("a b", true),
            ("a  b", false),
            (" a", false),
            ("a ", false),
            ("a\nb", false),
            ("a\u{a0}b", false),
            ("", true),
        ];
        for (s, borrowed) in cases {
            let f = folded(s);
            assert_eq!(matches!(f, Cow::Borrowed(_)), borrowed, "{s:?}");
            assert_eq!(f, fold_space(s), "{s:?}");
        }
    }

    /// The streamed JSON is the JSON of the built record, byte for byte.
    #[test]
    fn same_json_as_record() {
        let texts = [
            "",
            "LONDON (Reuters) - Prices rose 4% to $1.5bn in May, the Office for \
             National Statistics said on Tuesday.\n\n\"We will   cut costs by 10%,\" said \
             Anna Berg, the finance minister. She added that it may rise in 2026.",
            "Ms Smith said: \"We will win.\" Is it true that 300 people came?\n\nHe said \
             he was in Paris on Monday, according to Le Monde.",
        ];
        // The fixture articles too: every field of the record occurs in
        // some of them, so a field added to one path only is caught here.
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures");
        let mut fixtures: Vec<String> = std::fs::read_dir(dir)
            .expect("fixtures")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .map(|p| std::fs::read_to_string(p).expect("fixture text"))
            .collect();
        fixtures.sort();
        assert!(!fixtures.is_empty());
        for text in texts
            .iter()
            .copied()
            .chain(fixtures.iter().map(String::as_str))
        {
            let analysis = crate::analyze(text, &crate::Options::default());
            for unit in [OffsetUnit::Bytes, OffsetUnit::Chars] {
                for line in [None, Some(3)] {
                    let mut rec = analysis.record(Some("x"), unit);
                    rec.line = line;
                    for pretty in [false, true] {
                        let streamed = to_json(&analysis.record_ref(Some("x"), line, unit), pretty);
                        assert_eq!(streamed, to_json(&rec, pretty));
                    }
                }
            }
        }
    }
}
