//! The JSON record: serde types that are the public output contract.
//!
//! Input: an [`Analysis`] and the input's id. Output: a [`Record`] whose
//! field names and meanings are fixed by DESIGN.md ("Output record"); fields
//! may be added, never renamed. `schema_version` changes when a meaning does.
//!
//! - Offsets are UTF-8 byte offsets by default, or Unicode code points with
//!   [`OffsetUnit::Chars`]; `end` is exclusive.
//! - Every `text` field is the slice with runs of white space folded to one
//!   space (so hard-wrapped input reads naturally).
//! - Arrays are ordered by span start; entity ids are `e1, e2, …` in order of
//!   first mention, quotes `q1…`, claims `c1…`.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize, Serializer};

use crate::Analysis;
use crate::document::Span;

// The streamed writer serves the CLI; the library and Python build the
// record (`Analysis::record`).
#[cfg(feature = "cli")]
mod stream;
#[cfg(feature = "cli")]
pub(crate) use stream::RecordRef;

/// The version of this record's shape.
pub const SCHEMA_VERSION: u32 = 1;

/// How offsets are counted in the output.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum OffsetUnit {
    /// UTF-8 byte offsets (the default; slice the UTF-8 text directly).
    #[default]
    Bytes,
    /// Unicode scalar value offsets (Python `str` indices).
    Chars,
}

/// One analyzed input.
#[derive(Serialize, Deserialize, JsonSchema, Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Record {
    /// Version of the record shape (1).
    pub schema_version: u32,
    /// The input: its path as given, `-` for stdin, or the jsonl record's `id`.
    pub id: Option<String>,
    /// 1-based line number of the input record (`--input jsonl` only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    /// The date relative dates were resolved against (`--date`, the record's `date`, or a dateline in the text); null if none.
    #[schemars(regex(pattern = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"))]
    pub reference_date: Option<String>,
    /// Sizes and counts.
    pub stats: Stats,
    /// Paragraphs in text order.
    pub paragraphs: Vec<ParagraphOut>,
    /// Sentences in text order; never across a paragraph boundary.
    pub sentences: Vec<SentenceOut>,
    /// Named entities, in order of first mention.
    pub entities: Vec<EntityOut>,
    /// Quotes and reported speech, by start.
    pub quotes: Vec<QuoteOut>,
    /// Checkable sentences, by start.
    pub claims: Vec<ClaimOut>,
}

/// An input that could not be analyzed.
#[derive(Serialize, Deserialize, JsonSchema, Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ErrorRecord {
    /// Version of the record shape (1).
    pub schema_version: u32,
    /// The input that failed.
    pub id: Option<String>,
    /// 1-based line number of the input record (`--input jsonl` only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    /// Why it failed.
    pub error: String,
}

/// Sizes and counts of the input.
#[derive(Serialize, Deserialize, JsonSchema, Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Stats {
    /// Length of the analyzed text in UTF-8 bytes (after a BOM).
    pub bytes: usize,
    /// Number of paragraphs.
    pub paragraphs: usize,
    /// Number of sentences.
    pub sentences: usize,
    /// Number of words (Unicode word segmentation).
    pub words: usize,
}

/// One paragraph (offsets trimmed of surrounding white space).
#[derive(Serialize, Deserialize, JsonSchema, Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ParagraphOut {
    /// Offset where it starts (in the record's offset unit).
    pub start: usize,
    /// Offset where it ends, exclusive.
    pub end: usize,
    /// `body`, `heading`, `caption`, `byline` or `dateline`.
    #[schemars(extend("enum" = kinds::paragraph()))]
    pub kind: String,
}

/// One sentence.
#[derive(Serialize, Deserialize, JsonSchema, Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct SentenceOut {
    /// Offset where it starts (in the record's offset unit).
    pub start: usize,
    /// Offset where it ends, exclusive.
    pub end: usize,
    /// Index of the paragraph the sentence lies in.
    pub paragraph: usize,
}

/// A span with its text.
#[derive(Serialize, Deserialize, JsonSchema, Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct TextSpan {
    /// Offset where it starts (in the record's offset unit).
    pub start: usize,
    /// Offset where it ends, exclusive.
    pub end: usize,
    /// The slice, white space folded.
    pub text: String,
}

/// One entity of the article.
#[derive(Serialize, Deserialize, JsonSchema, Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct EntityOut {
    /// `e1`, `e2`, … in order of first mention.
    pub id: String,
    /// `person`, `organization`, `place`, `group` or `other`.
    #[schemars(extend("enum" = kinds::entity()))]
    pub kind: String,
    /// The fullest form of the name in the article.
    pub name: String,
    /// Titles and appositives attached to the entity.
    pub roles: Vec<String>,
    /// Every name mention (never pronouns), in text order.
    pub mentions: Vec<TextSpan>,
}

/// Who says a quote or asserts a claim.
#[derive(Serialize, Deserialize, JsonSchema, Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct SpeakerOut {
    /// The entity the speaker resolves to, or null.
    pub entity: Option<String>,
    /// The entity's name, else the antecedent of a pronoun, else the local text.
    pub name: String,
    /// The local mention the cue attaches to (may be a pronoun).
    pub text: String,
    /// Offset where it starts (in the record's offset unit).
    pub start: usize,
    /// Offset where it ends, exclusive.
    pub end: usize,
    /// How the speaker was found: `name`, `pronoun`, `description` ("the
    /// American forensics expert"), `carried` (from the quote before: a later
    /// segment of the same quote) or `according_to`.
    pub via: String,
}

/// One quote or piece of reported speech.
#[derive(Serialize, Deserialize, JsonSchema, Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct QuoteOut {
    /// `q1`, `q2`, … by start.
    pub id: String,
    /// `direct`, `partial` or `indirect`.
    #[schemars(extend("enum" = kinds::quote()))]
    pub kind: String,
    /// Offset where it starts (in the record's offset unit).
    pub start: usize,
    /// Offset where it ends, exclusive.
    pub end: usize,
    /// The quoted content without the enclosing quote marks (for indirect speech, the reported content).
    pub text: String,
    /// Who says it, or null when unknown.
    pub speaker: Option<SpeakerOut>,
    /// The speech verb or phrase ("said", "according to").
    pub cue: Option<TextSpan>,
}

/// One quantity mention.
#[derive(Serialize, Deserialize, JsonSchema, Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct QuantityOut {
    /// Offset where it starts (in the record's offset unit).
    pub start: usize,
    /// Offset where it ends, exclusive.
    pub end: usize,
    /// The text as it appears in the input.
    pub text: String,
    /// The number; the midpoint for an explicit range; null for a vague magnitude.
    #[serde(serialize_with = "number")]
    pub value: Option<f64>,
    /// Lower bound of a range or magnitude.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "number"
    )]
    pub low: Option<f64>,
    /// Upper bound of a range or magnitude.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "number"
    )]
    pub high: Option<f64>,
    /// ISO 4217 code for money, `percent`, a time unit, a measure, or the counted noun.
    pub unit: Option<String>,
    /// What the number counts: the noun phrase after it ("backlogged DNA
    /// samples" in "200,000 backlogged DNA samples", "voters" in "20% of
    /// voters"); null when it counts nothing named.
    #[serde(default)]
    pub counted: Option<String>,
    /// True under "nearly", "about", "more than", … or for a vague magnitude.
    pub approximate: bool,
}

/// One date expression.
#[derive(Serialize, Deserialize, JsonSchema, Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct DateOut {
    /// Offset where it starts (in the record's offset unit).
    pub start: usize,
    /// Offset where it ends, exclusive.
    pub end: usize,
    /// The text as it appears in the input.
    pub text: String,
    /// TIMEX3 value (`2025-11-27`, `2025-W48`, `PAST_REF`, …); null when it cannot be resolved.
    pub value: Option<String>,
    /// `day`, `week`, `month`, `quarter`, `season`, `year`, `decade`, `century` or `unknown`.
    #[schemars(extend("enum" = kinds::granularity()))]
    pub granularity: String,
}

/// One checkable sentence.
#[derive(Serialize, Deserialize, JsonSchema, Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ClaimOut {
    /// `c1`, `c2`, … by start.
    pub id: String,
    /// Index of the sentence.
    pub sentence: usize,
    /// Offset where it starts (in the record's offset unit).
    pub start: usize,
    /// Offset where it ends, exclusive.
    pub end: usize,
    /// The text as it appears in the input.
    pub text: String,
    /// Quantities, amounts and percentages in the sentence.
    pub quantities: Vec<QuantityOut>,
    /// Date expressions in the sentence, resolved against the reference date.
    pub dates: Vec<DateOut>,
    /// Ids of the place entities mentioned in the sentence.
    pub places: Vec<String>,
    /// Who asserts it: the speaker of the quote it sits in; else null.
    pub source: Option<SpeakerOut>,
    /// Id of the quote or reported speech the claim sits in, or null.
    pub quote: Option<String>,
    /// Hedging words and phrases ("reportedly", "may").
    pub hedges: Vec<TextSpan>,
    /// `statement`, `question` (ends in a question mark) or `headline` (a heading paragraph).
    pub kind: String,
    /// How much a fact-checker would want to check it: 0..1, ranks claims; 0.5 or more reads as check-worthy.
    pub checkworthy: f64,
    /// The features behind `checkworthy` (`quantity`, `comparison`, `opinion`, `question`, …).
    pub signals: Vec<String>,
}

/// Write whole numbers without a fraction (600000, not 600000.0), so the
/// JSON reads as the contract shows and parses as an integer in jq.
fn number<S: Serializer>(v: &Option<f64>, s: S) -> Result<S::Ok, S::Error> {
    match v {
        Some(x) if x.fract() == 0.0 && x.abs() < 9.0e15 => s.serialize_i64(*x as i64),
        Some(x) => s.serialize_f64(*x),
        None => s.serialize_none(),
    }
}

/// The values of the kind-like string fields, for the schema's `enum`s:
/// each list is built from the stage's own enum, and the `match` in each
/// stops compiling when a variant is added, so no list can fall behind.
mod kinds {
    use crate::claims::dates::Granularity;
    use crate::document::ParagraphKind;
    use crate::entities::EntityKind;
    use crate::quotes::QuoteKind;

    /// The names of the listed variants; the `match` stops compiling when
    /// the enum gains a variant that is not listed.
    macro_rules! names {
        ($ty:ident: $($v:ident),+) => {{
            let _exhaustive = |k: $ty| match k {
                $($ty::$v)|+ => (),
            };
            vec![$($ty::$v.as_str()),+]
        }};
    }

    pub fn paragraph() -> Vec<&'static str> {
        names!(ParagraphKind: Body, Heading, Caption, Byline, Dateline)
    }

    pub fn entity() -> Vec<&'static str> {
        names!(EntityKind: Person, Organization, Place, Group, Other)
    }

    pub fn quote() -> Vec<&'static str> {
        names!(QuoteKind: Direct, Partial, Indirect)
    }

    pub fn granularity() -> Vec<&'static str> {
        names!(Granularity: Day, Week, Month, Quarter, Season, Year, Decade, Century, Unknown)
    }
}

/// Drop `format`s that are not JSON Schema's own (schemars writes `uint`,
/// `uint32`, `double` for Rust number types; validators in strict mode
/// reject them); the `minimum` beside them keeps their meaning.
fn standard_formats_only(v: &mut serde_json::Value) {
    const STANDARD: &[&str] = &[
        "date-time",
        "date",
        "time",
        "duration",
        "email",
        "hostname",
        "ipv4",
        "ipv6",
        "uri",
        "uri-reference",
        "uuid",
        "regex",
    ];
    match v {
        serde_json::Value::Object(map) => {
            let odd = map
                .get("format")
                .and_then(|f| f.as_str())
                .is_some_and(|f| !STANDARD.contains(&f));
            if odd {
                map.remove("format");
            }
            map.values_mut().for_each(standard_formats_only);
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(standard_formats_only),
        _ => {}
    }
}

/// The JSON Schema (draft 2020-12) of one output record, pretty-printed:
/// `oneOf` an analyzed input ([`Record`]) or a failed one ([`ErrorRecord`];
/// only it has `error`, so exactly one branch matches).
pub fn schema_json() -> String {
    let mut generator = schemars::generate::SchemaSettings::draft2020_12().into_generator();
    let ok = generator.subschema_for::<Record>();
    let failed = generator.subschema_for::<ErrorRecord>();
    let mut schema = serde_json::json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "byline record",
        "description": "One record of byline's output: an analyzed input, or an input that failed.",
        "oneOf": [ok, failed],
        "$defs": generator.take_definitions(true),
    });
    standard_formats_only(&mut schema);
    // Through schemars' type again for its reader-friendly key order.
    let schema = schemars::Schema::try_from(schema).expect("an object is a schema");
    serde_json::to_string_pretty(&schema).expect("schema serializes")
}

/// Fold runs of white space to one space.
pub fn fold_space(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if c.is_whitespace() {
            space = true;
        } else {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.push(c);
        }
    }
    out
}

/// Converts byte offsets to the output unit.
struct Offsets {
    /// For chars: code-point index of each byte offset that starts a char
    /// (and of the end); empty for bytes.
    chars: Vec<u32>,
}

impl Offsets {
    fn new(text: &str, unit: OffsetUnit) -> Offsets {
        let chars = match unit {
            OffsetUnit::Bytes => Vec::new(),
            OffsetUnit::Chars => {
                let mut v = vec![0u32; text.len() + 1];
                let mut n = 0u32;
                for (i, c) in text.char_indices() {
                    for slot in &mut v[i..i + c.len_utf8()] {
                        *slot = n;
                    }
                    n += 1;
                }
                v[text.len()] = n;
                v
            }
        };
        Offsets { chars }
    }

    fn at(&self, byte: usize) -> usize {
        if self.chars.is_empty() {
            byte
        } else {
            self.chars[byte] as usize
        }
    }
}

struct Writer<'a> {
    text: &'a str,
    off: Offsets,
}

impl Writer<'_> {
    fn text_span(&self, span: Span) -> TextSpan {
        TextSpan {
            start: self.off.at(span.start()),
            end: self.off.at(span.end()),
            text: fold_space(&self.text[span]),
        }
    }
}

fn entity_id(i: usize) -> String {
    format!("e{}", i + 1)
}

/// Build the output record of one analysis.
pub fn record(analysis: &Analysis, id: Option<&str>, unit: OffsetUnit) -> Record {
    let text = analysis.document.text;
    let w = Writer {
        text,
        off: Offsets::new(text, unit),
    };
    let paragraphs = analysis
        .document
        .paragraphs
        .iter()
        .map(|p| ParagraphOut {
            start: w.off.at(p.span.start()),
            end: w.off.at(p.span.end()),
            kind: p.kind.as_str().to_string(),
        })
        .collect();
    let sentences = analysis
        .sentences
        .iter()
        .map(|s| SentenceOut {
            start: w.off.at(s.span.start()),
            end: w.off.at(s.span.end()),
            paragraph: s.paragraph,
        })
        .collect();
    let entity_name = |i: usize| fold_space(&text[analysis.entities[i].name]);
    let entities = analysis
        .entities
        .iter()
        .enumerate()
        .map(|(i, e)| EntityOut {
            id: entity_id(i),
            kind: e.kind.as_str().to_string(),
            name: entity_name(i),
            roles: e.roles.iter().map(|r| fold_space(&text[*r])).collect(),
            mentions: e.mentions.iter().map(|m| w.text_span(*m)).collect(),
        })
        .collect();
    let speaker = |sp: &crate::quotes::Speaker| {
        let local = w.text_span(sp.span);
        SpeakerOut {
            entity: sp.entity.map(|e| entity_id(e.0)),
            // A pronoun without an entity is named by its antecedent.
            name: sp.entity.map_or_else(
                || {
                    sp.antecedent
                        .map_or_else(|| local.text.clone(), |a| fold_space(&text[a]))
                },
                |e| entity_name(e.0),
            ),
            text: local.text,
            start: local.start,
            end: local.end,
            via: sp.via.as_str().to_string(),
        }
    };
    let quotes = analysis
        .quotes
        .iter()
        .enumerate()
        .map(|(i, q)| {
            let body = w.text_span(q.span);
            QuoteOut {
                id: format!("q{}", i + 1),
                kind: q.kind.as_str().to_string(),
                start: body.start,
                end: body.end,
                text: body.text,
                speaker: q.speaker.as_ref().map(speaker),
                cue: q.cue.map(|c| w.text_span(c)),
            }
        })
        .collect();
    let claims = analysis
        .claims
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let body = w.text_span(c.span);
            ClaimOut {
                id: format!("c{}", i + 1),
                sentence: c.sentence,
                start: body.start,
                end: body.end,
                text: body.text,
                quantities: c
                    .quantities
                    .iter()
                    .map(|q| {
                        let t = w.text_span(q.span);
                        QuantityOut {
                            start: t.start,
                            end: t.end,
                            text: t.text,
                            value: q.value,
                            low: q.low,
                            high: q.high,
                            unit: q.unit.clone(),
                            counted: q.counted.map(|s| w.text_span(s).text),
                            approximate: q.approximate,
                        }
                    })
                    .collect(),
                dates: c
                    .dates
                    .iter()
                    .map(|d| {
                        let t = w.text_span(d.span);
                        DateOut {
                            start: t.start,
                            end: t.end,
                            text: t.text,
                            value: d.value.clone(),
                            granularity: d.granularity.as_str().to_string(),
                        }
                    })
                    .collect(),
                places: c.places.iter().map(|e| entity_id(e.0)).collect(),
                source: c.source.as_ref().map(speaker),
                quote: c.quote.map(|q| format!("q{}", q + 1)),
                hedges: c.hedges.iter().map(|h| w.text_span(*h)).collect(),
                kind: c.kind.as_str().to_string(),
                checkworthy: c.checkworthy,
                signals: c.signals.iter().map(|s| s.as_str().to_string()).collect(),
            }
        })
        .collect();
    Record {
        schema_version: SCHEMA_VERSION,
        id: id.map(str::to_string),
        line: None,
        reference_date: analysis.reference_date.map(|d| d.to_string()),
        stats: Stats {
            bytes: text.len(),
            paragraphs: analysis.document.paragraphs.len(),
            sentences: analysis.sentences.len(),
            words: analysis.tokens.words,
        },
        paragraphs,
        sentences,
        entities,
        quotes,
        claims,
    }
}

/// The record of one analysis as a borrowed view that serializes to the
/// same JSON as [`record`] (with `line` set), without building it.
#[cfg(feature = "cli")]
pub(crate) fn record_ref<'r, 'a>(
    analysis: &'r Analysis<'a>,
    id: Option<&'r str>,
    line: Option<usize>,
    unit: OffsetUnit,
) -> RecordRef<'r, 'a> {
    RecordRef {
        analysis,
        id,
        line,
        off: Offsets::new(analysis.document.text, unit),
    }
}

/// The record for an input that failed.
pub fn error_record(id: Option<&str>, line: Option<usize>, error: &str) -> ErrorRecord {
    ErrorRecord {
        schema_version: SCHEMA_VERSION,
        id: id.map(str::to_string),
        line,
        error: error.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding() {
        let cases = [
            ("a  b\nc", "a b c"),
            ("  lead", "lead"),
            ("trail \n", "trail"),
            ("", ""),
        ];
        for (input, want) in cases {
            assert_eq!(fold_space(input), want);
        }
    }

    #[test]
    fn char_offsets() {
        let text = "é “x”";
        let off = Offsets::new(text, OffsetUnit::Chars);
        assert_eq!(off.at(0), 0);
        assert_eq!(off.at(2), 1);
        assert_eq!(off.at(text.len()), 5);
    }
}

/// Characters written as `\uXXXX` escapes although JSON allows them raw:
/// C1 controls, DEL, bidirectional overrides and isolates, line/paragraph
/// separators and the BOM, so that output shown on a terminal or pasted
/// into JavaScript cannot reorder or hide text.
fn needs_escape(c: char) -> bool {
    matches!(c,
        '\u{7f}'..='\u{9f}'
        | '\u{200e}' | '\u{200f}'
        | '\u{2028}'..='\u{202e}'
        | '\u{2066}'..='\u{2069}'
        | '\u{feff}')
}

/// A serde_json formatter that escapes [`needs_escape`] characters and
/// otherwise behaves like the formatter it wraps.
struct Escaping<F>(F);

macro_rules! forward {
    ($($name:ident($($arg:ident: $ty:ty),*)),* $(,)?) => {
        $(
            fn $name<W: ?Sized + std::io::Write>(&mut self, w: &mut W $(, $arg: $ty)*) -> std::io::Result<()> {
                self.0.$name(w $(, $arg)*)
            }
        )*
    };
}

impl<F: serde_json::ser::Formatter> serde_json::ser::Formatter for Escaping<F> {
    forward!(
        begin_array(),
        end_array(),
        begin_array_value(first: bool),
        end_array_value(),
        begin_object(),
        end_object(),
        begin_object_key(first: bool),
        end_object_key(),
        begin_object_value(),
        end_object_value(),
    );

    fn write_string_fragment<W: ?Sized + std::io::Write>(
        &mut self,
        w: &mut W,
        fragment: &str,
    ) -> std::io::Result<()> {
        // Every escaped char is 0x7F or starts with 0xC2, 0xE2 or 0xEF in
        // UTF-8: most fragments hold none and are written whole.
        if !fragment
            .bytes()
            .any(|b| matches!(b, 0x7f | 0xc2 | 0xe2 | 0xef))
        {
            return w.write_all(fragment.as_bytes());
        }
        let mut last = 0;
        for (i, c) in fragment.char_indices() {
            if needs_escape(c) {
                w.write_all(&fragment.as_bytes()[last..i])?;
                write!(w, "\\u{:04x}", c as u32)?;
                last = i + c.len_utf8();
            }
        }
        w.write_all(&fragment.as_bytes()[last..])
    }
}

/// Serialize `value` as JSON (pretty or one line) with the escaping above.
pub fn to_json<T: Serialize>(value: &T, pretty: bool) -> String {
    let mut buf = Vec::with_capacity(4096);
    write_json(value, pretty, &mut buf).expect("report types always serialize");
    String::from_utf8(buf).expect("serde_json writes UTF-8")
}

/// Write `value` as JSON (pretty or one line) with the escaping above to
/// `w`, without holding the whole text (a 10 MB article's pretty record is
/// about 100 MB).
pub fn write_json<T: Serialize, W: std::io::Write>(
    value: &T,
    pretty: bool,
    w: W,
) -> serde_json::Result<()> {
    if pretty {
        let fmt = Escaping(serde_json::ser::PrettyFormatter::new());
        value.serialize(&mut serde_json::Serializer::with_formatter(w, fmt))
    } else {
        let fmt = Escaping(serde_json::ser::CompactFormatter);
        value.serialize(&mut serde_json::Serializer::with_formatter(w, fmt))
    }
}

#[cfg(test)]
mod escape_tests {
    use super::*;

    #[test]
    fn escapes_bidi_and_controls() {
        let cases = [
            ("plain", r#""plain""#),
            ("a\u{202e}b", r#""a\u202eb""#),
            ("tab\tnul\u{1}", r#""tab\tnul\u0001""#),
            ("del\u{7f}", r#""del\u007f""#),
            ("“curly” é", "\"“curly” é\""),
        ];
        for (input, want) in cases {
            assert_eq!(to_json(&input, false), want);
            let back: String = serde_json::from_str(&to_json(&input, true)).unwrap();
            assert_eq!(back, input);
        }
    }
}
