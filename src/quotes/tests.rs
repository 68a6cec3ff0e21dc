//! End-to-end cases for the quotes stage: text in, (kind, content, speaker,
//! cue) out.

use super::*;
use crate::segment;

type Row<'a> = (&'a str, &'a str, Option<&'a str>, Option<&'a str>);

fn run(text: &str) -> Vec<(String, String, Option<String>, Option<String>)> {
    run_with(text, &[])
}

fn run_with(
    text: &str,
    entities: &[Entity],
) -> Vec<(String, String, Option<String>, Option<String>)> {
    let doc = Document::new(text);
    let sentences = segment::sentences(&doc);
    extract(&doc, &sentences, entities)
        .into_iter()
        .map(|q| {
            (
                q.kind.as_str().to_string(),
                text[q.span].to_string(),
                q.speaker
                    .map(|s| text[s.antecedent.unwrap_or(s.span)].to_string()),
                q.cue.map(|c| text[c].to_string()),
            )
        })
        .collect()
}

fn check(text: &str, want: &[Row]) {
    let got = run(text);
    let want: Vec<(String, String, Option<String>, Option<String>)> = want
        .iter()
        .map(|(k, c, s, cue)| {
            (
                k.to_string(),
                c.to_string(),
                s.map(str::to_string),
                cue.map(str::to_string),
            )
        })
        .collect();
    assert_eq!(got, want, "text {text:?}");
}

#[test]
fn direct_quotes() {
    let cases: &[(&str, &[Row])] = &[
        (
            "“I think that there’s a good chance we can make a deal,” Trump said on Sunday.",
            &[("direct", "I think that there’s a good chance we can make a deal,", Some("Trump"), Some("said"))],
        ),
        (
            "“We will win,” said Rubio.",
            &[("direct", "We will win,", Some("Rubio"), Some("said"))],
        ),
        (
            "Rubio told reporters: “We had a very productive session.”",
            &[("direct", "We had a very productive session.", Some("Rubio"), Some("told"))],
        ),
        (
            "\"It is over,\" the official said.",
            &[("direct", "It is over,", Some("the official"), Some("said"))],
        ),
    ];
    for (text, want) in cases {
        check(text, want);
    }
}
