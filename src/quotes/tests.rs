//! End-to-end cases for the quotes stage: text in, (kind, content, speaker,
//! cue) out. The speaker column shows the antecedent for pronouns ("He" →
//! "Rubio"). All texts are our own writing.

use super::speakers::{Gender, gender_of};
use super::*;
use crate::segment;

type Got = (String, String, Option<String>, Option<String>);
type Row<'a> = (&'a str, &'a str, Option<&'a str>, Option<&'a str>);

/// The quotes of `text`, with entities from the real entities stage (the
/// path production takes).
fn run(text: &str) -> Vec<Quote> {
    let doc = Document::new(text);
    let sentences = segment::sentences(&doc);
    let entities = crate::entities::extract(&doc, &sentences);
    extract(&doc, &sentences, &entities)
}

fn rows(text: &str) -> Vec<Got> {
    run(text)
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
        // An intention cue with a longer quote: the subject's words.
        (
            "Clinton wants voters to “send a message to Wall Street banks” this week.",
            &[(
                "partial",
                "send a message to Wall Street banks",
                Some("Clinton"),
                Some("wants"),
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
    let text = "“We had a session,” Marco Rubio told reporters.\n\nHe added that “there is more work to be done” in the talks.";
    check_contains(
        text,
        &[(
            "partial",
            "there is more work to be done",
            Some("Marco Rubio"),
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

/// The speaker of the quote with content `content`.
fn speaker_of(text: &str, quotes: &[Quote], content: &str) -> Speaker {
    quotes
        .iter()
        .find(|q| &text[q.span] == content)
        .and_then(|q| q.speaker)
        .unwrap_or_else(|| panic!("no quote {content:?} with a speaker"))
}

/// The name of the entity a speaker links to.
fn entity_name(text: &str, sp: Speaker) -> Option<String> {
    let doc = Document::new(text);
    let sentences = segment::sentences(&doc);
    let entities = crate::entities::extract(&doc, &sentences);
    sp.entity.map(|e| text[entities[e.0].name].to_string())
}

#[test]
fn entity_linking() {
    let text = "Secretary of State Marco Rubio met Maria Lopez. “We had a session,” Rubio said.\n\nHe added that “there is more work to be done” in the talks.\n\nLopez said that she agreed.";
    let quotes = run(text);
    // A name mention overlapping an entity mention links to it.
    let s = speaker_of(text, &quotes, "We had a session,");
    assert_eq!(entity_name(text, s).as_deref(), Some("Marco Rubio"));
    assert_eq!(s.via, Via::Name);
    // A pronoun links to the nearest preceding compatible person.
    let s = speaker_of(text, &quotes, "there is more work to be done");
    assert_eq!(&text[s.span], "He");
    assert_eq!(s.via, Via::Pronoun);
    assert_eq!(entity_name(text, s).as_deref(), Some("Marco Rubio"));
    assert_eq!(s.antecedent.map(|a| &text[a]), Some("Rubio"));
    let s = speaker_of(text, &quotes, "she agreed");
    assert_eq!(entity_name(text, s).as_deref(), Some("Maria Lopez"));
    // A description without an earlier tie stays an unlinked description.
    let text2 = "The van was late, another source said.";
    let s = run(text2)[0].speaker.expect("speaker");
    assert_eq!((s.entity, s.via), (None, Via::Description));
}

#[test]
fn it_links_to_the_nearest_organization() {
    let text =
        "The Transport Workers Union met Mayor Ruiz. Later it said that the plan was unfair.";
    let quotes = run(text);
    let sp = speaker_of(text, &quotes, "the plan was unfair");
    assert_eq!(&text[sp.span], "it");
    assert_eq!(
        entity_name(text, sp).as_deref(),
        Some("Transport Workers Union")
    );
}

#[test]
fn link_by_last_name() {
    let text = "Marco Rubio spoke. Later, the senator Rubio said so.";
    let doc = Document::new(text);
    let sentences = segment::sentences(&doc);
    let entities = crate::entities::extract(&doc, &sentences);
    let at = text.rfind("Rubio").expect("mention");
    let span = Span::new(text, at, at + 5);
    let linked = Resolver::new(text, &entities).link(span).expect("linked");
    assert_eq!(&text[entities[linked.0].name], "Marco Rubio");
}

#[test]
fn output_is_ordered_and_in_bounds() {
    let text = "“One,” he said. Trump says the plan is dead. “Two,” said Rubio, “three.”\n\n“Four” and ‘five’ — she said that “six” is right.";
    let quotes = run(text);
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
    let entities = crate::entities::extract(&doc, &sentences);
    let quotes = extract(&doc, &sentences, &entities);
    let last = quotes.last().expect("the last quote");
    assert_eq!(&text.as_str()[last.span], "Last words,");
    let para_end = doc.paragraphs[0].span.end();
    for q in &quotes {
        assert!(q.span.end() <= para_end || q.span.start() > para_end);
        assert!(q.kind == QuoteKind::Indirect || q.span.len() < 1000);
    }
}

#[test]
fn pronoun_gender_from_the_given_name_lexicon() {
    assert_eq!(gender_of("Tatiana Stanovaya"), Some(Gender::Female));
    assert_eq!(gender_of("Donald Trump"), Some(Gender::Male));
    assert_eq!(gender_of("Mr. Smith"), Some(Gender::Male));
    assert_eq!(gender_of("Stanovaya"), None);
}

/// Issue 11, family 1: a quote reopened at each sentence keeps its speaker
/// through every segment; "I think" inside it is no new speech.
#[test]
fn reopened_quotes_carry_their_speaker() {
    let text = "Calder said: \"This is terrible news for every level of Scottish rugby. \"David is a successful businessman and I think he will be missed.\"\n\nThe club met on Monday.";
    check_exact(
        text,
        &[
            (
                "direct",
                "This is terrible news for every level of Scottish rugby.",
                Some("Calder"),
                Some("said"),
            ),
            (
                "direct",
                "David is a successful businessman and I think he will be missed.",
                Some("Calder"),
                None,
            ),
        ],
    );
    let quotes = run(text);
    assert_eq!(quotes[1].speaker.map(|s| s.via), Some(Via::Carried));
    // Curly marks, three segments, attributed at the end.
    check_exact(
        "“We lost. “We will be back. “We always are,” the coach said.",
        &[
            ("direct", "We lost.", Some("the coach"), None),
            ("direct", "We will be back.", Some("the coach"), None),
            ("direct", "We always are,", Some("the coach"), Some("said")),
        ],
    );
}

/// Issue 11, family 2: a reporting verb makes speech only with a quote, a
/// clause or a colon; with a plain object (a goal, a song, a product) it
/// is no speech, and line-up labels are no speakers.
#[test]
fn cues_where_no_one_speaks() {
    let none: &[&str] = &[
        "Joe Cole added a second with a 20-yard shot.",
        "He wrote Ring of Fire with June Carter.",
        "Jobs showed off the new machine in San Francisco.",
        "The family is seeking damages from the hospital.",
        "She won best supporting actor at the ceremony.",
        "Subs Not Used: Smith, Jones, Brown.",
        // "shows" as a headline noun (its verb follows).
        "Reality TV shows are booming on cable.",
        "Game shows were popular in the sixties.",
    ];
    for text in none {
        assert_eq!(rows(text), Vec::<Got>::new(), "text {text:?}");
    }
    // The same verbs with a clause, a colon or a quote are speech.
    let cases: &[(&str, &[Row])] = &[
        (
            "Cole added the team was tired.",
            &[(
                "indirect",
                "the team was tired",
                Some("Cole"),
                Some("added"),
            )],
        ),
        (
            "Cole added: “We were tired.”",
            &[("direct", "We were tired.", Some("Cole"), Some("added"))],
        ),
        (
            "Smith wrote in a post that the vote was rigged.",
            &[(
                "indirect",
                "the vote was rigged",
                Some("Smith"),
                Some("wrote"),
            )],
        ),
        (
            "“Why isn’t this proof?” Vitter demanded.",
            &[(
                "direct",
                "Why isn’t this proof?",
                Some("Vitter"),
                Some("demanded"),
            )],
        ),
    ];
    for (text, want) in cases {
        check_contains(text, want);
    }
}

/// Issue 11, family 3: speakers after the quote with titles and roles,
/// descriptions, and pronoun-like words.
#[test]
fn the_person_the_text_names() {
    let cases: &[(&str, &[Row])] = &[
        (
            "“Deliberations will start soon,” said committee chairman Kostas Panagopoulos.",
            &[(
                "direct",
                "Deliberations will start soon,",
                Some("committee chairman Kostas Panagopoulos"),
                Some("said"),
            )],
        ),
        (
            "“We are ready,” said John Smith, the minister.",
            &[("direct", "We are ready,", Some("John Smith"), Some("said"))],
        ),
        (
            "“The veto will be overridden,” Senate Majority Leader Mitch McConnell, R-Ky., said Tuesday.",
            &[(
                "direct",
                "The veto will be overridden,",
                Some("Senate Majority Leader Mitch McConnell"),
                Some("said"),
            )],
        ),
        // "Everybody" is no speaker: the reported speech has none.
        (
            "Everybody said the plan was dead.",
            &[("indirect", "the plan was dead", None, Some("said"))],
        ),
    ];
    for (text, want) in cases {
        check_contains(text, want);
    }
    // A description is never a nationality inside it: unlinked when no
    // earlier sentence ties it to a person.
    let text = "The American forensics expert said there were flaws.";
    let s = speaker_of(text, &run(text), "there were flaws");
    assert_eq!((s.entity, s.via), (None, Via::Description));
    assert_eq!(&text[s.span], "The American forensics expert");
}

/// Issue 11, family 5: how each speaker was found.
#[test]
fn speaker_via() {
    let text = "“We will win,” said Rubio. “We always do.”\n\nHe said the talks went well. According to officials, the deal is close.";
    let quotes = run(text);
    let via = |c: &str| speaker_of(text, &quotes, c).via;
    assert_eq!(via("We will win,"), Via::Name);
    assert_eq!(via("We always do."), Via::Carried);
    assert_eq!(via("the talks went well"), Via::Pronoun);
    assert_eq!(via("the deal is close"), Via::AccordingTo);
}

/// Issue 11: each cue takes the complements its lexicon row names
/// (`recipient`, `infinitive`, `clause`, `object`), and a content ends where
/// the writer's words begin again.
#[test]
fn cue_complements() {
    let none: &[&str] = &[
        // A listener with no clause is no content.
        "She told the group on Tuesday.",
        // "plans" as a noun takes no object content.
        "Republican plans are dead.",
    ];
    for text in none {
        assert_eq!(rows(text), Vec::<Got>::new(), "text {text:?}");
    }
    let cases: &[(&str, &[Row])] = &[
        (
            "He told reporters the plan was dead.",
            &[("indirect", "the plan was dead", Some("He"), Some("told"))],
        ),
        (
            "Trump plans to cut taxes for the middle class.",
            &[(
                "indirect",
                "to cut taxes for the middle class",
                Some("Trump"),
                Some("plans"),
            )],
        ),
        (
            "Trump officially endorsed the plan in July.",
            &[("indirect", "the plan", Some("Trump"), Some("endorsed"))],
        ),
        (
            "Theresa May said that the country would go.",
            &[(
                "indirect",
                "the country would go",
                Some("Theresa May"),
                Some("said"),
            )],
        ),
        (
            "McAuliffe has said about 20 people have indicated an interest.",
            &[(
                "indirect",
                "about 20 people have indicated an interest",
                Some("McAuliffe"),
                Some("has said"),
            )],
        ),
        (
            "Trump said after the convention he would not accept the endorsement.",
            &[(
                "indirect",
                "he would not accept the endorsement",
                Some("Trump"),
                Some("said"),
            )],
        ),
        (
            "Polls show a close contest in the state.",
            &[(
                "indirect",
                "a close contest in the state",
                Some("Polls"),
                Some("show"),
            )],
        ),
    ];
    for (text, want) in cases {
        check_contains(text, want);
    }
}

/// A participle cue without its own subject ("..., saying", "tweets early
/// Friday saying that") reports the main subject's words; a relative
/// clause's speaker ("an architect who said") is not carried over to it,
/// and a preposition's participle ("blame for denying") is no report.
#[test]
fn participle_speakers() {
    let cases: &[(&str, &[Row])] = &[
        (
            "Trump was defensive about an architect who said he was stiffed, saying, “Maybe he didn’t do a good job.”",
            &[(
                "direct",
                "Maybe he didn’t do a good job.",
                Some("Trump"),
                Some("saying"),
            )],
        ),
        (
            "Trump sent a series of tweets early Friday saying that Clinton had shown bad judgment “as a paragon of virtue.”",
            &[(
                "partial",
                "as a paragon of virtue.",
                Some("Trump"),
                Some("saying"),
            )],
        ),
        // Negative: the previous cue's own subject still carries.
        (
            "Clinton said the plan was dead, adding, “We will start again.”",
            &[(
                "direct",
                "We will start again.",
                Some("Clinton"),
                Some("adding"),
            )],
        ),
    ];
    for (text, want) in cases {
        check_contains(text, want);
    }
    // Negative: "for denying" reports nothing.
    let got = rows("The President drew criticism that critics blame for denying them entry.");
    assert!(
        got.iter().all(|g| g.3.as_deref() != Some("denying")),
        "got {got:?}"
    );
}

/// A question or exclamation ends its sentence; the next sentence's speech
/// cue right after it attributes the quote even with an adverbial after
/// the cue, but not when a clause follows (new reported speech).
#[test]
fn attribution_after_a_question() {
    check_contains(
        "“We cast our votes for Donald J. Trump!” Senator Jeff Sessions said as he launched the roll call.",
        &[(
            "direct",
            "We cast our votes for Donald J. Trump!",
            Some("Senator Jeff Sessions"),
            Some("said"),
        )],
    );
    let text = "She adds, “What kind of genius loses a billion dollars in a year?” Clinton says there needs to be a law on tax returns.";
    let got = rows(text);
    let q = got
        .iter()
        .find(|g| g.1.starts_with("What kind"))
        .expect("the quote");
    assert_eq!(q.2.as_deref(), Some("She"), "got {got:?}");
}

/// A document after a determiner speaks ("the letter reads", "The
/// statement noted"), though such nouns end a speaker phrase elsewhere.
#[test]
fn documents_as_sources() {
    check_contains(
        "“We see charter schools offering hope,” the letter reads.",
        &[(
            "direct",
            "We see charter schools offering hope,",
            Some("the letter"),
            Some("reads"),
        )],
    );
    check_contains(
        "The statement noted that members would take “further significant measures” soon.",
        &[(
            "partial",
            "further significant measures",
            Some("The statement"),
            Some("noted"),
        )],
    );
    // Negative: without a determiner, "statement" is no speaker ("in a
    // statement" is an adverbial; the speaker stays the name).
    check_contains(
        "“We will appeal,” Smith said in a statement.",
        &[("direct", "We will appeal,", Some("Smith"), Some("said"))],
    );
}

/// A cue-less quote opening the sentence after reported speech ("...,
/// Schiff said. “The other factor ...”") is carried from that reporter;
/// an earlier quote's speaker carries only when no later reporter came.
#[test]
fn carried_from_reported_speech() {
    check_contains(
        "The administration may be reluctant to act, Schiff said. “The other factor is the appearance of tipping the scales.”",
        &[(
            "direct",
            "The other factor is the appearance of tipping the scales.",
            Some("Schiff"),
            None,
        )],
    );
    check_contains(
        "“We will win,” Rubio said. Cruz said the race was over. “It is over for everyone.”",
        &[("direct", "It is over for everyone.", Some("Cruz"), None)],
    );
    // Negative: no reported speech before, the last quote's speaker.
    check_contains(
        "“We will win,” Rubio said. The crowd cheered loudly. “It is not over.”",
        &[("direct", "It is not over.", Some("Rubio"), None)],
    );
}

/// An "as" clause next to a quote names its source: before it ("As X
/// recently put it, “…”") or after it ("…,” as a memo put it.").
#[test]
fn as_clause_sources() {
    let cases: &[(&str, &[Row])] = &[
        (
            "As Steven Rosenthal, a tax lawyer, recently put it, “Did he lower his taxes through legal tax avoidance?”",
            &[(
                "direct",
                "Did he lower his taxes through legal tax avoidance?",
                Some("Steven Rosenthal"),
                None,
            )],
        ),
        (
            "The primary requirement is a \"lawful source of investment income,\" as a Homeland Security memo put it.",
            &[(
                "partial",
                "lawful source of investment income,",
                Some("a Homeland Security memo"),
                None,
            )],
        ),
        (
            "As the columnist Louella Parsons put it years earlier, “We just could not have an industry without him.”",
            &[(
                "direct",
                "We just could not have an industry without him.",
                Some("the columnist Louella Parsons"),
                None,
            )],
        ),
    ];
    for (text, want) in cases {
        check_contains(text, want);
    }
    // Negatives: a causal "as" without a speech verb names no one.
    let got = rows("As the crowd grew, “We will never give up” rang out across the square.");
    assert!(
        got.iter().all(|g| g.2.as_deref() != Some("the crowd")),
        "got {got:?}"
    );
}

/// Subjects the phrase rules used to miss: a description ending "of
/// three", the subject of a verb coordinated with the cue ("I laughed and
/// said"), and a main subject that ends before its verb ("The nominee
/// outlined his plan and vowed": not "The nominee outlined his").
#[test]
fn roles_descriptions_and_coordinated_subjects() {
    let cases: &[(&str, &[Row])] = &[
        (
            "Asked about fathers, the 34-year-old mother of three replied, “It is meant to benefit the mother.”",
            &[(
                "direct",
                "It is meant to benefit the mother.",
                Some("the 34-year-old mother of three"),
                Some("replied"),
            )],
        ),
        (
            "When my mother mentioned the devil, I laughed and said, “I don’t believe in the devil.”",
            &[(
                "direct",
                "I don’t believe in the devil.",
                Some("I"),
                Some("said"),
            )],
        ),
        // Negative: "and" after a noun coordinates no subject-verb pair;
        // the main subject stays the speaker.
        (
            "The nominee outlined his plan and vowed to punish “those who violate classification rules.”",
            &[(
                "partial",
                "those who violate classification rules.",
                Some("The nominee"),
                Some("vowed"),
            )],
        ),
        // "plan" before "and" is a noun, not an intention cue whose phrase
        // ("his cybersecurity") the coordinated "vowed" would inherit.
        (
            "The Republican nominee also outlined his cybersecurity plan and vowed to harshly punish “those who violate classification rules.”",
            &[(
                "partial",
                "those who violate classification rules.",
                Some("The Republican nominee"),
                Some("vowed"),
            )],
        ),
    ];
    for (text, want) in cases {
        check_contains(text, want);
    }
}

/// The main subject behind a participle cue skips datelines with an agency
/// ("Washington (AFP) –"), a time opener ("Hours later,") and a place
/// inside an opening phrase ("Speaking in Salem, New Hampshire, Trump").
#[test]
fn main_subject_after_openers() {
    let cases: &[(&str, &str, &str)] = &[
        (
            "Washington (AFP) – Democrat Hillary Clinton has taken a swipe at Trump, saying that “bombastic comments” do more harm than good.",
            "bombastic comments",
            "Democrat Hillary Clinton",
        ),
        (
            "Hours later, Trump returned the compliment to Adelson, telling Reuters, “Sheldon and I have been friends for a long time.”",
            "Sheldon and I have been friends for a long time.",
            "Trump",
        ),
        (
            "Speaking at a town hall event in Salem, New Hampshire, Trump went after Bush, calling him “a total stiff.”",
            "a total stiff.",
            "Trump",
        ),
        // Negative: a weekday after "on" is no part of the name, and the
        // name is no time opener.
        (
            "The Security Council on Friday condemned the test and pledged to act against what it called “a clear threat to international peace.”",
            "a clear threat to international peace.",
            "The Security Council",
        ),
    ];
    for (text, quote, speaker) in cases {
        let got = rows(text);
        let q = got.iter().find(|g| g.1 == *quote);
        assert!(
            q.is_some_and(|g| g.2.as_deref() == Some(*speaker)),
            "text {text:?}: got {got:#?}"
        );
    }
}

/// A quote ending with a comma, then a name or pronoun and a verb the cue
/// list lacks ("Trump shot back"), is that speaker's; a possessive or a
/// determiner phrase after the quote names no one this way.
#[test]
fn name_after_a_comma_quote() {
    check_contains(
        "“Jeb wants to be a tough guy tonight,” Trump shot back.",
        &[(
            "direct",
            "Jeb wants to be a tough guy tonight,",
            Some("Trump"),
            None,
        )],
    );
    check_contains(
        "“Look at all these supporters,” she smirked.",
        &[("direct", "Look at all these supporters,", Some("she"), None)],
    );
    // Negatives: no comma at the quote end; a possessive subject.
    for text in [
        "“We will win.” Trump shot back at the podium.",
        "“We will win,” Trump’s campaign manager shot back.",
    ] {
        let got = rows(text);
        assert!(
            got.iter()
                .all(|g| g.2.as_deref() != Some("Trump") || g.3.is_some()),
            "text {text:?}: got {got:?}"
        );
    }
    // "Lewandowski earlier quashed ... by tweeting": a name before a time
    // word is the subject, not a time opener ("Hours later,").
    check_contains(
        "Lewandowski earlier quashed rumors by tweeting that “I am under a strict confidentiality agreement with Mr. Trump.”",
        &[(
            "partial",
            "I am under a strict confidentiality agreement with Mr. Trump.",
            Some("Lewandowski"),
            Some("tweeting"),
        )],
    );
}

/// Topic phrases, lemma rows, passive agents, one-word objects and object
/// ends (issue 11: cue families of indirect speech).
#[test]
fn cue_families() {
    let none: &[&str] = &[
        // No speech in a goal: a sports verb with an object.
        "Joe Cole added a second with a 20-yard shot.",
        // A song credit: an authoring verb with an object.
        "He wrote Ring of Fire with June Carter.",
        // A headline noun "shows", then a verb.
        "Reality TV shows are booming.",
        // A time phrase after a topic preposition is no topic.
        "The two women spoke for about five minutes.",
        "The president spoke on Friday.",
        // A topic word without its preposition is no cue.
        "The plant is critical infrastructure.",
        // A cognition verb's topic is its relative object.
        "Here is what we know about the meeting.",
        // A one-word object that is no name.
        "Trump officially endorsed one.",
        // A passive agent before a question: the question is the content.
        "He was asked by reporters.",
    ];
    for text in none {
        let got: Vec<Got> = rows(text)
            .into_iter()
            .filter(|r| r.0 == "indirect")
            .collect();
        assert_eq!(got, Vec::<Got>::new(), "text {text:?}");
    }
    let cases: &[(&str, &[Row])] = &[
        // Topic phrases.
        (
            "Chief Justice John Roberts spoke of the legacy of racism.",
            &[(
                "indirect",
                "the legacy of racism",
                Some("Chief Justice John Roberts"),
                Some("spoke"),
            )],
        ),
        (
            "Mr. Trump has called for steep new tariffs on goods from China.",
            &[(
                "indirect",
                "steep new tariffs on goods from China",
                Some("Mr. Trump"),
                Some("has called"),
            )],
        ),
        (
            "Graham has been critical of the party's lack of environmental awareness.",
            &[(
                "indirect",
                "the party's lack of environmental awareness",
                Some("Graham"),
                Some("critical"),
            )],
        ),
        // A lemma row's regular forms ("thank" -> "thanked").
        (
            "Cruz thanked the senators for their support.",
            &[(
                "indirect",
                "the senators for their support",
                Some("Cruz"),
                Some("thanked"),
            )],
        ),
        // Passive agents.
        (
            "The registration issue was first reported by Reuters.",
            &[(
                "indirect",
                "The registration issue",
                Some("Reuters"),
                Some("reported"),
            )],
        ),
        // A Title Case headline ending on its cue.
        (
            "Clinton Hid Past Health Problems From Public, Former White House Doctor Says.",
            &[(
                "indirect",
                "Clinton Hid Past Health Problems From Public",
                Some("Former White House Doctor"),
                Some("Says"),
            )],
        ),
        // One-word objects.
        (
            "Cruz has endorsed Trump.",
            &[("indirect", "Trump", Some("Cruz"), Some("has endorsed"))],
        ),
        // Object ends and particles.
        (
            "Some state officials praised Mr. Clarke's work but also had to give him more time.",
            &[(
                "indirect",
                "Mr. Clarke's work",
                Some("Some state officials"),
                Some("praised"),
            )],
        ),
        (
            "Politifact then pointed out that one shooting may have more than one victim.",
            &[(
                "indirect",
                "one shooting may have more than one victim",
                Some("Politifact"),
                Some("pointed"),
            )],
        ),
    ];
    for (text, want) in cases {
        check_contains(text, want);
    }
}
