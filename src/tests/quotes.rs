//! Quotes through the whole pipeline and the JSON record: the contract
//! fields, offsets that slice back to the text, and invariants on a
//! hard-wrapped article with curly quotes. The article is our own writing.

use byline::report::{self, OffsetUnit};
use byline::{Options, analyze};

const ARTICLE: &str = "\
The mayor of Northfield announced a new plan for the city's bus network on Monday, after
months of complaints from riders and drivers about late and crowded buses across town.

“We listened to every rider who wrote to us,” Mayor Ana Ruiz told reporters at City Hall.
“This plan is the result.”

The transit union said that drivers had not been consulted, and it warned that the new
schedule would “break the backs” of night-shift crews.

“For riders on the east side,” council member Tom Hale wrote in a post, “this changes
nothing at all.”

He added that the council would vote on the plan next month.

Critics called the so-called “reform” a cosmetic change, according to a local newspaper.

The city's “Bus Forward” brochure lists the new routes. Riders don't know what the ’90s
routes looked like, and nobody asked them.
";

fn quotes() -> Vec<report::QuoteOut> {
    let analysis = analyze(ARTICLE, &Options::default());
    report::record(&analysis, None, OffsetUnit::Bytes).quotes
}

#[test]
fn offsets_slice_back_to_the_text_and_are_ordered() {
    let qs = quotes();
    assert!(!qs.is_empty());
    for q in &qs {
        let slice = &ARTICLE[q.start..q.end];
        assert_eq!(report::fold_space(slice), q.text, "{q:?}");
        assert!(matches!(q.kind.as_str(), "direct" | "partial" | "indirect"));
        if let Some(sp) = &q.speaker {
            assert_eq!(report::fold_space(&ARTICLE[sp.start..sp.end]), sp.text);
        }
        if let Some(cue) = &q.cue {
            assert_eq!(report::fold_space(&ARTICLE[cue.start..cue.end]), cue.text);
        }
    }
    for w in qs.windows(2) {
        assert!((w[0].start, w[0].end) <= (w[1].start, w[1].end));
    }
    let ids: Vec<&str> = qs.iter().map(|q| q.id.as_str()).collect();
    assert_eq!(ids.first(), Some(&"q1"));
}

fn find<'a>(qs: &'a [report::QuoteOut], kind: &str, text: &str) -> &'a report::QuoteOut {
    qs.iter()
        .find(|q| q.kind == kind && q.text == text)
        .unwrap_or_else(|| panic!("no {kind} quote {text:?} in {qs:#?}"))
}

#[test]
fn speakers_across_the_article() {
    let qs = quotes();
    let name = |q: &report::QuoteOut| q.speaker.as_ref().map(|s| s.name.clone());
    // Speaker after the quote, then carried to the cue-less second quote.
    let q = find(&qs, "direct", "We listened to every rider who wrote to us,");
    assert_eq!(name(q).as_deref(), Some("Ana Ruiz"));
    assert_eq!(q.cue.as_ref().map(|c| c.text.as_str()), Some("told"));
    let q = find(&qs, "direct", "This plan is the result.");
    assert_eq!(name(q).as_deref(), Some("Ana Ruiz"));
    assert!(q.cue.is_none());
    // A split quote over a hard line break.
    let q = find(&qs, "direct", "this changes nothing at all.");
    assert_eq!(name(q).as_deref(), Some("Tom Hale"));
    // A pronoun named by its antecedent; the local mention stays "He".
    let q = find(
        &qs,
        "indirect",
        "the council would vote on the plan next month",
    );
    let sp = q.speaker.as_ref().expect("speaker");
    assert_eq!(sp.text, "He");
    assert_eq!(sp.name, "Tom Hale");
    assert!(sp.entity.is_some(), "the pronoun links to the entity");
    // An organization as speaker, with a partial quote in its clause.
    let q = find(&qs, "partial", "break the backs");
    assert_eq!(name(q).as_deref(), Some("it"));
    let q = find(&qs, "indirect", "drivers had not been consulted");
    assert_eq!(name(q).as_deref(), Some("The transit union"));
}

#[test]
fn scare_quotes_titles_and_apostrophes_are_not_quotes() {
    let qs = quotes();
    for not in ["Bus Forward", "’90s", "don't"] {
        assert!(
            qs.iter()
                .all(|q| q.kind == "indirect" || !q.text.contains(not)),
            "{not:?} reported as a quote: {qs:#?}"
        );
    }
}

mod fuzz {
    use super::*;
    use proptest::prelude::*;

    /// Words, quote marks of every kind, apostrophes, punctuation, line
    /// breaks and multi-byte letters, in any order.
    fn article() -> impl Strategy<Value = String> {
        let pieces = prop::sample::select(vec![
            "“",
            "”",
            "\"",
            "'",
            "''",
            "‘",
            "’",
            "«",
            "»",
            "„",
            " ",
            " ",
            " ",
            "\n",
            "\n\n",
            ",",
            ".",
            ":",
            "—",
            "(",
            ")",
            "said",
            "says",
            "told",
            "according to",
            "that",
            "he",
            "She",
            "Rubio",
            "the",
            "source",
            "officials",
            "Zelensky",
            "wrote",
            "added",
            "é",
            "ü",
            "don't",
            "Russia’s",
            "’90s",
            "When",
            "asked",
            "saying",
            "who",
            "NAME:",
            "―",
            "Kremlin",
        ]);
        prop::collection::vec(pieces, 0..120).prop_map(|v| v.concat())
    }

    proptest! {
        #[test]
        fn never_panics_and_spans_are_valid(text in article()) {
            let analysis = analyze(&text, &Options::default());
            let mut last = (0, 0);
            for q in &analysis.quotes {
                let (s, e) = (q.span.start(), q.span.end());
                prop_assert!(s < e && e <= text.len());
                prop_assert!(text.is_char_boundary(s) && text.is_char_boundary(e));
                prop_assert!((s, e) >= last);
                last = (s, e);
                if let Some(sp) = q.speaker {
                    prop_assert!(sp.span.end() <= text.len());
                }
            }
            // The record builds (offsets map back) for any input.
            let _ = report::record(&analysis, None, OffsetUnit::Chars);
        }
    }
}
