//! End-to-end checks of the claims stage through the library API: our own
//! short article (written for this test) in, the report's `claims` out.

use byline::report::{OffsetUnit, record};
use byline::{Options, analyze};

const ARTICLE: &str = "\
Officials said on Sunday that nearly 20% of the 600,000 troops had left.

The plan, which leaked in late November, would use $100 billion in frozen assets.

It was reportedly cut to around 20 points last week, and talks may resume over the weekend.

Nothing here is checkable.
";

#[test]
fn claims_from_a_short_article() {
    let options = Options {
        reference_date: "2025-12-02".parse().ok(),
    };
    let analysis = analyze(ARTICLE, &options);
    let rec = record(&analysis, None, OffsetUnit::Bytes);
    let claims = &rec.claims;
    assert_eq!(claims.len(), 3, "{claims:#?}");

    let q: Vec<(&str, Option<f64>, Option<&str>, bool)> = claims
        .iter()
        .flat_map(|c| &c.quantities)
        .map(|q| (q.text.as_str(), q.value, q.unit.as_deref(), q.approximate))
        .collect();
    assert_eq!(
        q,
        [
            ("nearly 20%", Some(20.0), Some("percent"), true),
            ("600,000 troops", Some(600_000.0), Some("troops"), false),
            ("$100 billion", Some(1e11), Some("USD"), false),
            ("around 20 points", Some(20.0), Some("points"), true),
        ]
    );

    let d: Vec<(&str, Option<&str>)> = claims
        .iter()
        .flat_map(|c| &c.dates)
        .map(|d| (d.text.as_str(), d.value.as_deref()))
        .collect();
    assert_eq!(
        d,
        [
            ("Sunday", Some("2025-11-30")),
            ("late November", Some("2025-11")),
            ("last week", Some("2025-W48")),
            ("over the weekend", Some("2025-W48-WE")),
        ]
    );

    let hedges: Vec<&str> = claims[2].hedges.iter().map(|h| h.text.as_str()).collect();
    assert_eq!(hedges, ["reportedly", "may"]);
    assert_eq!(
        claims[0].source.as_ref().map(|s| s.text.as_str()),
        Some("Officials")
    );
}

#[test]
fn relative_dates_stay_null_without_a_reference() {
    let analysis = analyze("Talks began on Sunday.", &Options::default());
    let rec = record(&analysis, None, OffsetUnit::Bytes);
    assert_eq!(rec.claims.len(), 1);
    assert_eq!(rec.claims[0].dates[0].value, None);
}

#[test]
fn a_dateline_serves_as_the_reference() {
    let text = "Robots win\n\nFriday, July 21, 2017\n\nThe team won a medal on Tuesday.\n";
    let analysis = analyze(text, &Options::default());
    let rec = record(&analysis, None, OffsetUnit::Bytes);
    let values: Vec<Option<&str>> = rec
        .claims
        .iter()
        .flat_map(|c| &c.dates)
        .map(|d| d.value.as_deref())
        .collect();
    assert_eq!(values, [Some("2017-07-21"), Some("2017-07-18")]);
    assert_eq!(
        byline::claims::dates::reference_from_text(&analysis.document),
        "2017-07-21".parse().ok()
    );
}

mod props {
    use byline::{Options, analyze};
    use proptest::prelude::*;

    /// Words and symbols the claim rules react to, glued at random.
    const PIECES: &[&str] = &[
        "5",
        "600,000",
        "2.5",
        "1/4",
        "-",
        "–",
        "$",
        "€",
        "£",
        "%",
        "½",
        "US",
        "m",
        "bn",
        "k",
        "to",
        "and",
        "between",
        "from",
        "nearly",
        "more than",
        "hundreds",
        "of",
        "thousands",
        "twenty",
        "one",
        "a",
        "dozen",
        "million",
        "troops",
        "years",
        "year",
        "ago",
        "last",
        "week",
        "Monday",
        "Nov.",
        "27",
        "2017",
        "May",
        "may",
        "in",
        "late",
        "the",
        "1990s",
        "weekend",
        "over",
        "said",
        "according",
        "Ukraine",
        ",",
        ".",
        " ",
        " ",
        " ",
        "’s",
        "“",
        "”",
        "\n",
        "é",
        "192.168.1.2",
        "http://x.co/1",
        "9/11",
        "3-1",
        "minus",
        "K",
        "USD",
        "MUSD",
        "quarter",
        "third",
    ];

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]
        #[test]
        fn claims_never_panic_and_spans_nest(
            idx in proptest::collection::vec(0..PIECES.len(), 0..40),
            with_date in any::<bool>(),
        ) {
            let text: String = idx.iter().map(|&i| PIECES[i]).collect();
            let options = Options {
                reference_date: if with_date { "2025-12-02".parse().ok() } else { None },
            };
            let a = analyze(&text, &options);
            for c in &a.claims {
                for q in &c.quantities {
                    prop_assert!(c.span.contains(q.span));
                }
                for d in &c.dates {
                    prop_assert!(c.span.contains(d.span));
                }
                for w in c.dates.windows(2) {
                    prop_assert!(w[0].span.end() <= w[1].span.start());
                }
                for w in c.quantities.windows(2) {
                    prop_assert!(w[0].span.end() <= w[1].span.start());
                }
            }
        }
    }
}

/// Stages agree on every fixture: no claim quantity lies inside (or is) a
/// name of a person, organization or other name, and no claim date lies
/// strictly inside one; a claim's quote is one of the record's quotes.
#[test]
fn claims_take_nothing_from_inside_names_on_the_fixtures() {
    use byline::entities::EntityKind;
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures");
    let mut seen = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "txt") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let a = analyze(&text, &Options::default());
        let names: Vec<_> = a
            .entities
            .iter()
            .filter(|e| {
                matches!(
                    e.kind,
                    EntityKind::Person | EntityKind::Organization | EntityKind::Other
                )
            })
            .flat_map(|e| e.mentions.iter().copied())
            .collect();
        for c in &a.claims {
            for q in &c.quantities {
                assert!(
                    !names.iter().any(|n| n.contains(q.span)),
                    "{}: quantity {:?} inside a name",
                    path.display(),
                    &text[q.span.start()..q.span.end()]
                );
            }
            for d in &c.dates {
                assert!(
                    !names.iter().any(|n| n.contains(d.span) && *n != d.span),
                    "{}: date {:?} inside a name",
                    path.display(),
                    &text[d.span.start()..d.span.end()]
                );
            }
            if let Some(q) = c.quote {
                assert!(q < a.quotes.len());
                assert_eq!(c.source, a.quotes[q].speaker);
            }
        }
        seen += 1;
    }
    assert!(seen >= 1);
}
