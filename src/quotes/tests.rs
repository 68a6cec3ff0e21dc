//! End-to-end cases for the quotes stage: text in, (kind, content, speaker,
//! cue) out. The speaker column shows the antecedent for pronouns ("He" →
//! "Rubio"). All texts are our own writing.

use super::speakers::{FEMALE, Gender, MALE, gender_of};
use super::*;
use crate::entities::EntityKind;
use crate::segment;

type Got = (String, String, Option<String>, Option<String>);
type Row<'a> = (&'a str, &'a str, Option<&'a str>, Option<&'a str>);

fn run_with(text: &str, entities: &[Entity]) -> Vec<Quote> {
    let doc = Document::new(text);
    let sentences = segment::sentences(&doc);
    extract(&doc, &sentences, entities)
}

fn rows(text: &str) -> Vec<Got> {
    run_with(text, &[])
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

fn owned(want: &[Row]) -> Vec<Got> {
    want.iter()
        .map(|(k, c, s, cue)| {
            (
                k.to_string(),
                c.to_string(),
                s.map(str::to_string),
                cue.map(str::to_string),
            )
        })
        .collect()
}

/// Every row of `want` must be among the quotes found (other quotes, such
/// as the indirect reading of the same sentence, may be there too).
fn check_contains(text: &str, want: &[Row]) {
    let got = rows(text);
    for w in owned(want) {
        assert!(
            got.contains(&w),
            "text {text:?}\nmissing {w:?}\ngot {got:#?}"
        );
    }
}

/// The quotes found must be exactly `want`.
fn check_exact(text: &str, want: &[Row]) {
    assert_eq!(rows(text), owned(want), "text {text:?}");
}

#[test]
fn direct_quotes() {
    let cases: &[(&str, &[Row])] = &[
        // Speaker after the quote, curly marks.
        (
            "“We can make a deal,” Trump said on Sunday.",
            &[("direct", "We can make a deal,", Some("Trump"), Some("said"))],
        ),
        // Inverted order.
        (
            "“We will win,” said Rubio.",
            &[("direct", "We will win,", Some("Rubio"), Some("said"))],
        ),
        // Speaker before the quote, colon.
        (
            "Rubio told reporters: “We had a very productive session.”",
            &[(
                "direct",
                "We had a very productive session.",
                Some("Rubio"),
                Some("told"),
            )],
        ),
        // Straight marks and a description as speaker.
        (
            "\"It is over,\" the official said.",
            &[("direct", "It is over,", Some("the official"), Some("said"))],
        ),
        // Guillemets.
        (
            "«Nous verrons», said the minister.",
            &[("direct", "Nous verrons", Some("the minister"), Some("said"))],
        ),
        // Appositive between the speaker and the cue.
        (
            "“Nothing will change,” Jane Roe, a senior fellow at the Example Institute, wrote in a post.",
            &[(
                "direct",
                "Nothing will change,",
                Some("Jane Roe"),
                Some("wrote"),
            )],
        ),
        // A parenthetical after the name.
        (
            "“It is clear,” Rep. John Doe (R-Neb.) wrote.",
            &[(
                "direct",
                "It is clear,",
                Some("Rep. John Doe"),
                Some("wrote"),
            )],
        ),
        // A quote spanning two sentences.
        (
            "“It may work — fine. If not, we go home,” Smith wrote.",
            &[(
                "direct",
                "It may work — fine. If not, we go home,",
                Some("Smith"),
                Some("wrote"),
            )],
        ),
        // Reader-comment style: a dash and a name.
        (
            "“I am worried about the economy.” ― Maria Lopez",
            &[(
                "direct",
                "I am worried about the economy.",
                Some("Maria Lopez"),
                None,
            )],
        ),
        // Double apostrophes as marks (some archives).
        (
            "''It's more tinkering at the edges,'' said Alan Cole.",
            &[(
                "direct",
                "It's more tinkering at the edges,",
                Some("Alan Cole"),
                Some("said"),
            )],
        ),
    ];
    for (text, want) in cases {
        check_exact(text, want);
    }
}

#[test]
fn split_and_carried_quotes() {
    // A split quote: both halves get the speaker between them.
    check_exact(
        "“For those who oppose it,” Rep. John Doe wrote in a post, “it is clear that he is wrong.”",
        &[
            (
                "direct",
                "For those who oppose it,",
                Some("Rep. John Doe"),
                Some("wrote"),
            ),
            (
                "direct",
                "it is clear that he is wrong.",
                Some("Rep. John Doe"),
                Some("wrote"),
            ),
        ],
    );
    // The second sentence has no cue: it keeps the first one's speaker.
    check_exact(
        "“We had a session,” Rubio told reporters. “We want peace.”",
        &[
            ("direct", "We had a session,", Some("Rubio"), Some("told")),
            ("direct", "We want peace.", Some("Rubio"), None),
        ],
    );
    // A cue paragraph ending with a colon introduces the next paragraph.
    check_exact(
        "The senator said:\n\n“We have a problem in our cities.”",
        &[(
            "direct",
            "We have a problem in our cities.",
            Some("The senator"),
            Some("said"),
        )],
    );
}

#[test]
fn multi_paragraph_quote_shares_its_speaker() {
    let text =
        "“The first part of what I say goes here.\n\n“And the second part goes here,” Smith said.";
    check_exact(
        text,
        &[
            (
                "direct",
                "The first part of what I say goes here.",
                Some("Smith"),
                None,
            ),
            (
                "direct",
                "And the second part goes here,",
                Some("Smith"),
                Some("said"),
            ),
        ],
    );
}

#[test]
fn partial_quotes() {
    let cases: &[(&str, &[Row])] = &[
        (
            "After the meetings, Zelensky said that the revised proposal “looks better” but that it needed more work.",
            &[
                ("partial", "looks better", Some("Zelensky"), Some("said")),
                (
                    "indirect",
                    "the revised proposal “looks better” but that it needed more work",
                    Some("Zelensky"),
                    Some("said"),
                ),
            ],
        ),
        (
            "The team went there to defend its “priorities,” according to President Volodymyr Zelensky.",
            &[(
                "partial",
                "priorities,",
                Some("President Volodymyr Zelensky"),
                Some("according to"),
            )],
        ),
        (
            "Trump has said that the call was a “standard thing” that a “dealmaker does” in talks.",
            &[
                ("partial", "standard thing", Some("Trump"), Some("has said")),
                ("partial", "dealmaker does", Some("Trump"), Some("has said")),
            ],
        ),
        // No cue, but a longer quote: the subject's words.
        (
            "Clinton wants voters to “send a message to Wall Street banks” this week.",
            &[(
                "partial",
                "send a message to Wall Street banks",
                Some("Clinton"),
                None,
            )],
        ),
        (
            "The governor called the plan “a disaster.”",
            &[(
                "partial",
                "a disaster.",
                Some("The governor"),
                Some("called"),
            )],
        ),
    ];
    for (text, want) in cases {
        check_contains(text, want);
    }
}

#[test]
fn indirect_speech() {
    let cases: &[(&str, &[Row])] = &[
        (
            "Putin said last week that a sit-down was necessary to discuss the plan, but in the same breath warned Ukraine that his forces would advance.",
            &[
                (
                    "indirect",
                    "a sit-down was necessary to discuss the plan",
                    Some("Putin"),
                    Some("said"),
                ),
                (
                    "indirect",
                    "his forces would advance",
                    Some("Putin"),
                    Some("warned"),
                ),
            ],
        ),
        (
            "Ukraine says that many of the points are red lines.",
            &[(
                "indirect",
                "many of the points are red lines",
                Some("Ukraine"),
                Some("says"),
            )],
        ),
        (
            "Fighting went on, with the Kremlin claiming Monday evening that its forces captured the town.",
            &[(
                "indirect",
                "its forces captured the town",
                Some("the Kremlin"),
                Some("claiming"),
            )],
        ),
        (
            "The van was supposed to be escorted, another source said.",
            &[(
                "indirect",
                "The van was supposed to be escorted",
                Some("another source"),
                Some("said"),
            )],
        ),
        (
            "Clinton attacked Trump, saying he would appoint the wrong judges.",
            &[(
                "indirect",
                "he would appoint the wrong judges",
                Some("Clinton"),
                Some("saying"),
            )],
        ),
        (
            "Adelson said on Friday he met the candidate earlier this week.",
            &[(
                "indirect",
                "he met the candidate earlier this week",
                Some("Adelson"),
                Some("said"),
            )],
        ),
        (
            "A spokeswoman for the mayor says the road will reopen.",
            &[(
                "indirect",
                "the road will reopen",
                Some("A spokeswoman for the mayor"),
                Some("says"),
            )],
        ),
        (
            "Barkley, who said he votes every year, left early.",
            &[(
                "indirect",
                "he votes every year",
                Some("Barkley"),
                Some("said"),
            )],
        ),
    ];
    for (text, want) in cases {
        check_contains(text, want);
    }
}

#[test]
fn passive_cues_and_appositive_speakers() {
    // A passive cue reports speech without naming the speaker.
    check_contains(
        "The senator was asked whether the bill would pass.",
        &[(
            "indirect",
            "whether the bill would pass",
            None,
            Some("asked"),
        )],
    );
    // A speaker in apposition ends no reported content before it.
    let got = rows("Speaking to reporters, the prime minister, Najib Razak, said nothing.");
    assert!(
        got.iter().all(|r| !r.1.contains("prime minister")),
        "{got:?}"
    );
}

#[test]
fn pronoun_speakers_resolve_to_the_nearest_person() {
    let text = "“We had a session,” Rubio told reporters.\n\nHe added that “there is more work to be done” in the talks.";
    check_contains(
        text,
        &[(
            "partial",
            "there is more work to be done",
            Some("Rubio"),
            Some("added"),
        )],
    );
    // Gender: "she" skips a male name for the earlier female one.
    let text =
        "Maria Lopez spoke first. John Smith spoke next.\n\nShe said that the vote was fair.";
    check_contains(
        text,
        &[(
            "indirect",
            "the vote was fair",
            Some("Maria Lopez"),
            Some("said"),
        )],
    );
}

#[test]
fn labelled_turns_are_indirect_speech() {
    check_contains(
        "SMITH: We will not be attending the event tomorrow night.",
        &[(
            "indirect",
            "We will not be attending the event tomorrow night.",
            Some("SMITH"),
            None,
        )],
    );
    // Notes and updates are no speakers.
    assert!(rows("Note: The figures were revised on Monday.").is_empty());
}

#[test]
fn negatives() {
    let cases: &[&str] = &[
        // Apostrophes are not quote marks.
        "We don't know Russia’s plans for the ’90s, and the voters' mood is grim.",
        // Scare quotes without any attribution are not speech.
        "The so-called “peace plan” was widely criticized in the capital.",
        // A title of a work.
        "She played the song “American Skin (41 Shots)” on stage.",
        // Titles after a title noun, with an appositive, or a show after a
        // possessive.
        "She starred in her blockbuster film, “Trainwreck.”",
        "“Chi-Raq,” a movie about violence in the city, opened in the fall.",
        "He watched NBC's ''Meet the Press'' all morning.",
        // A subhead in single quotes.
        "'Relationships that last.'",
        // An unbalanced mark never swallows the article.
        "He had “no idea where it went.\n\nThe next paragraph is plain.",
        // Cue words as nouns or capitalized are not cues.
        "Secretary of State Marco Rubio arrived. Trump’s tweet went viral. The claims that he made were false.",
    ];
    for text in cases {
        assert_eq!(rows(text), Vec::<Got>::new(), "text {text:?}");
    }
}

#[test]
fn a_show_title_in_an_attributed_sentence_is_not_a_quote() {
    let got = rows("Khan said on NBC's ''Meet the Press'' on Sunday that Trump had shown disdain.");
    assert!(got.iter().all(|r| r.0 == "indirect"), "{got:?}");
    assert!(
        got.iter().any(|r| r.1 == "Trump had shown disdain"),
        "{got:?}"
    );
}

#[test]
fn a_quote_without_speaker_keeps_speaker_null() {
    check_exact(
        "The crowd grew quiet.\n\n“This is the end of an era.”",
        &[("direct", "This is the end of an era.", None, None)],
    );
}

fn person(text: &str, mentions: &[&str]) -> Entity {
    let spans: Vec<Span> = mentions
        .iter()
        .flat_map(|m| {
            text.match_indices(m)
                .map(|(i, _)| Span::new(text, i, i + m.len()))
                .collect::<Vec<_>>()
        })
        .collect();
    let mut spans = spans;
    spans.sort();
    Entity {
        kind: EntityKind::Person,
        name: spans[0],
        roles: Vec::new(),
        mentions: spans,
    }
}

#[test]
fn entity_linking() {
    let text = "Secretary of State Marco Rubio met Maria Lopez. “We had a session,” Rubio said.\n\nHe added that “there is more work to be done” in the talks.\n\nLopez said that she agreed.";
    let rubio = person(text, &["Marco Rubio", "Rubio said"]);
    let mut rubio = rubio;
    // Mentions are names only: trim "Rubio said" to "Rubio".
    for m in &mut rubio.mentions {
        if text[*m].ends_with(" said") {
            *m = Span::new(text, m.start(), m.end() - 5);
        }
    }
    let lopez = person(text, &["Maria Lopez", "Lopez said"]);
    let mut lopez = lopez;
    for m in &mut lopez.mentions {
        if text[*m].ends_with(" said") {
            *m = Span::new(text, m.start(), m.end() - 5);
        }
    }
    let quotes = run_with(text, &[rubio, lopez]);
    let speaker_of = |content: &str| {
        quotes
            .iter()
            .find(|q| &text[q.span] == content)
            .and_then(|q| q.speaker)
            .unwrap_or_else(|| panic!("no quote {content:?}"))
    };
    // A name mention overlapping an entity mention links to it.
    let s = speaker_of("We had a session,");
    assert_eq!(s.entity, Some(EntityId(0)));
    // A pronoun links to the nearest preceding compatible person.
    let s = speaker_of("there is more work to be done");
    assert_eq!(&text[s.span], "He");
    assert_eq!(s.entity, Some(EntityId(0)));
    assert_eq!(s.antecedent.map(|a| &text[a]), Some("Rubio"));
    let s = speaker_of("she agreed");
    assert_eq!(s.entity, Some(EntityId(1)));
    // A description without an entity stays unlinked.
    let text2 = "The van was late, another source said.";
    let q = run_with(text2, &[]);
    assert_eq!(q[0].speaker.map(|s| s.entity), Some(None));
}

#[test]
fn it_links_to_the_nearest_organization() {
    let text = "The transit union met Mayor Ruiz. Later it said that the plan was unfair.";
    let union = Entity {
        kind: EntityKind::Organization,
        name: Span::new(text, 4, 16),
        roles: Vec::new(),
        mentions: vec![Span::new(text, 4, 16)],
    };
    let at = text.find("Ruiz").expect("Ruiz");
    let ruiz = Entity {
        kind: EntityKind::Person,
        name: Span::new(text, at, at + 4),
        roles: Vec::new(),
        mentions: vec![Span::new(text, at, at + 4)],
    };
    let quotes = run_with(text, &[union, ruiz]);
    let sp = quotes
        .iter()
        .find(|q| &text[q.span] == "the plan was unfair")
        .and_then(|q| q.speaker)
        .expect("speaker");
    assert_eq!(&text[sp.span], "it");
    assert_eq!(sp.entity, Some(EntityId(0)));
    // Without entities "it" stays unresolved (but is still the speaker).
    let quotes = run_with(text, &[]);
    let sp = quotes[0].speaker.expect("speaker");
    assert_eq!((sp.entity, sp.antecedent), (None, None));
}

#[test]
fn link_by_last_name() {
    let text = "Marco Rubio spoke. Later, the senator Rubio said so.";
    let e = Entity {
        kind: EntityKind::Person,
        name: Span::new(text, 0, 11),
        roles: Vec::new(),
        mentions: vec![Span::new(text, 0, 11)],
    };
    let at = text.rfind("Rubio").expect("mention");
    let span = Span::new(text, at, at + 5);
    let entities = [e];
    assert_eq!(
        Resolver::new(text, &[], &entities).link(span),
        Some(EntityId(0))
    );
    assert_eq!(Resolver::new(text, &[], &[]).link(span), None);
}

#[test]
fn output_is_ordered_and_in_bounds() {
    let text = "“One,” he said. Trump says the plan is dead. “Two,” said Rubio, “three.”\n\n“Four” and ‘five’ — she said that “six” is right.";
    let quotes = run_with(text, &[]);
    assert!(!quotes.is_empty());
    for w in quotes.windows(2) {
        assert!((w[0].span.start(), w[0].span.end()) <= (w[1].span.start(), w[1].span.end()));
    }
    for q in &quotes {
        assert!(!q.span.is_empty() && q.span.end() <= text.len());
    }
}

#[test]
fn unmatched_marks_megabyte_paragraph() {
    // One 1 MB paragraph full of unmatched and stray marks: extract returns
    // (linear scans), and no quote runs past a paragraph.
    let mut text = String::new();
    while text.len() < 1_000_000 {
        text.push_str("he said “ word ” and \" then ‘ more ’ text “ again ");
    }
    text.push_str("\n\n“Last words,” she said.");
    let doc = Document::new(&text);
    let sentences = segment::sentences(&doc);
    let quotes = extract(&doc, &sentences, &[]);
    let last = quotes.last().expect("the last quote");
    assert_eq!(&text.as_str()[last.span], "Last words,");
    let para_end = doc.paragraphs[0].span.end();
    for q in &quotes {
        assert!(q.span.end() <= para_end || q.span.start() > para_end);
        assert!(q.kind == QuoteKind::Indirect || q.span.len() < 1000);
    }
}

#[test]
fn name_lists_sorted() {
    assert!(MALE.windows(2).all(|w| w[0] < w[1]));
    assert!(FEMALE.windows(2).all(|w| w[0] < w[1]));
    assert_eq!(gender_of("Tatiana Stanovaya"), Some(Gender::Female));
    assert_eq!(gender_of("Mr. Smith"), Some(Gender::Male));
    assert_eq!(gender_of("Stanovaya"), None);
}
