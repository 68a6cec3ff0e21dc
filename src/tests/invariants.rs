//! Properties every analysis keeps, on any text: spans in bounds and on
//! char boundaries, arrays ordered by start, sentences inside their
//! paragraph and never overlapping, quotes and claims inside the text.

use byline::document::Span;
use byline::{Analysis, Options, analyze};
use proptest::prelude::*;

fn check_span(text: &str, span: Span) {
    assert!(span.start() <= span.end() && span.end() <= text.len());
    assert!(text.is_char_boundary(span.start()) && text.is_char_boundary(span.end()));
}

fn check(text: &str, a: &Analysis) {
    let paras = &a.document.paragraphs;
    for p in paras {
        check_span(text, p.span);
        assert!(!p.span.is_empty());
    }
    for w in paras.windows(2) {
        assert!(w[0].span.end() <= w[1].span.start(), "paragraphs ordered");
    }
    for s in &a.sentences {
        check_span(text, s.span);
        assert!(!s.span.is_empty());
        assert!(
            paras[s.paragraph].span.contains(s.span),
            "sentence in its paragraph"
        );
    }
    for w in a.sentences.windows(2) {
        assert!(
            w[0].span.end() <= w[1].span.start(),
            "sentences ordered, no overlap"
        );
    }
    for e in &a.entities {
        check_span(text, e.name);
        for m in &e.mentions {
            check_span(text, *m);
        }
        assert!(e.mentions.windows(2).all(|w| w[0].start() <= w[1].start()));
    }
    for q in &a.quotes {
        check_span(text, q.span);
        if let Some(sp) = q.speaker {
            check_span(text, sp.span);
        }
    }
    assert!(
        a.quotes
            .windows(2)
            .all(|w| w[0].span.start() <= w[1].span.start())
    );
    for c in &a.claims {
        check_span(text, c.span);
        for q in &c.quantities {
            check_span(text, q.span);
        }
        for d in &c.dates {
            check_span(text, d.span);
        }
        assert!(
            (0.0..=1.0).contains(&c.checkworthy),
            "checkworthy {} out of [0, 1]",
            c.checkworthy
        );
    }
    assert!(
        a.claims
            .windows(2)
            .all(|w| w[0].span.start() <= w[1].span.start())
    );
    // Report writing slices every span; it must not panic.
    let _ = byline::report::record(a, None, byline::report::OffsetUnit::Chars);
}

/// Text built from news-like pieces: words, abbreviations, quotes, numbers,
/// line breaks and odd characters.
fn article() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("Trump".to_string()),
        Just("said".to_string()),
        Just("U.S.".to_string()),
        Just("Mr.".to_string()),
        Just("Nov. 27".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("\"".to_string()),
        Just("’s".to_string()),
        Just(". ".to_string()),
        Just("? ".to_string()),
        Just("...".to_string()),
        Just(" . . . ".to_string()),
        Just("\n".to_string()),
        Just("\n\n".to_string()),
        Just("\r\n".to_string()),
        Just(" ".to_string()),
        Just("1.".to_string()),
        Just("$100 billion".to_string()),
        Just("20%".to_string()),
        Just("(R-Neb.)".to_string()),
        Just("é".to_string()),
        Just("\u{200f}".to_string()),
        "[a-zA-Z]{1,8}",
        any::<char>().prop_map(|c| c.to_string()),
    ];
    prop::collection::vec(piece, 0..80).prop_map(|v| v.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn spans_are_sound(text in article()) {
        let a = analyze(&text, &Options::default());
        check(&text, &a);
    }

    #[test]
    fn arbitrary_strings_are_sound(text in ".{0,300}") {
        let a = analyze(&text, &Options::default());
        check(&text, &a);
    }
}

#[test]
fn fixtures_are_sound() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures");
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "txt") {
            let text = std::fs::read_to_string(&path).unwrap();
            check(&text, &analyze(&text, &Options::default()));
        }
    }
}
