//! Attributions inside one sentence: speech cues, the speaker mention each
//! cue attaches to, and the content of reported (indirect) speech.
//!
//! Input: the text and the sentence's [`Tok`]s (quoted words flagged).
//! Output: [`Attr`]s (cue, class, complement, speaker) and [`Indirect`]
//! contents.
//!
//! Cues come from `src/lexicon/cues.tsv`: a class (speech verbs in every
//! tense; cognition verbs; framing and act verbs such as "called",
//! "criticized", which attribute only partial quotes; "according to") and a
//! complement (what reported content follows without "that": a bare clause,
//! an object, or nothing). A cue word counts only in lower case outside
//! quoted words, and only with a speaker:
//! - the subject before the cue, skipping auxiliaries, adverbs and time
//!   adverbials ("Trump has said", "He previously said", "Clinton on
//!   Tuesday said"), parentheticals ("Bacon (R-Neb.) wrote"), appositives
//!   ("Stanovaya, a senior fellow at ..., wrote"), a prepositional tail ("A
//!   spokeswoman for Hillary Clinton says") and relative "who" (the mention
//!   is "who", standing for the phrase before it);
//! - or, after a boundary (quote mark, comma, sentence start), the noun phrase
//!   after the cue ("said Rubio", "according to President Zelensky");
//! - or a participle after a comma ("..., saying he would") or after an
//!   object ("tweets early Friday saying that") and a verb coordinated with
//!   an earlier one ("..., but ... warned Ukraine that"): the previous
//!   cue's speaker (not a relative clause's "who"), else the main clause's
//!   subject; "I laughed and said": the subject of the verb before "and";
//! - or none, after "when"/"while"/"after" ("when asked whether ...").
//!
//! Speaker mentions are a name run (capitalized words with "of"/"the"
//! connectors), a pronoun, or a short common noun phrase ("another source",
//! "U.S. officials"); possessives ("Trump’s tweet") and verb forms are not.
//!
//! Indirect content: the clause after the cue ("said that ...", "says the
//! plan ...", "cited derogatory comments ..."), cut at ";", a dash, ", but",
//! a participle clause, or the next attribution (at most [`MAX_CONTENT`]
//! tokens); or the sentence before a final attribution ("..., sources
//! said."); or around "according to X".
//!
//! Known limits: no parsing, so a subject far from its verb is missed, an
//! object noun can pass for a subject in odd word orders, and a
//! parenthetical attribution ("The plan, he said, is dead") yields no
//! content.

use super::view::Tok;
use crate::document::Span;
use crate::lexicon;

mod cues;
mod indirect;
mod np;

use cues::*;
pub use cues::{Complement, CueClass};
pub use indirect::{Indirect, indirect};
use np::*;
pub use np::{Mention, as_source, main_subject, name_after, name_before};

/// One cue with its speaker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Attr {
    /// The cue words, with a perfect auxiliary ("has said").
    pub cue: Span,
    pub cue_first: usize,
    pub cue_last: usize,
    pub class: CueClass,
    pub complement: Complement,
    pub speaker: Option<Mention>,
    /// The cue continues a coordinated verb phrase without its own subject;
    /// the speaker is the previous cue's.
    pub coordinated: bool,
    /// A passive cue ("was asked whether ..."): reported speech whose
    /// speaker the sentence does not name.
    pub passive: bool,
}

/// A pronoun that is a whole speaker ("he", "we").
fn is_subject_pronoun(w: &str) -> bool {
    crate::quotes::words::has(w, crate::quotes::words::Class::SubjectPronoun)
}

/// A determiner or number that opens a noun phrase ("the", "several").
fn is_np_determiner(w: &str) -> bool {
    crate::quotes::words::has(w, crate::quotes::words::Class::NpDeterminer)
}

fn lower(s: &str) -> String {
    s.to_lowercase()
}

/// A weekday, a month, or another time word ("today", "earlier").
fn is_time_word(lower: &str) -> bool {
    lexicon::is_weekday(lower)
        || lexicon::is_month(lower)
        || crate::quotes::words::has(lower, crate::quotes::words::Class::TimeWord)
}

fn is_cap(w: &str) -> bool {
    w.starts_with(|c: char| c.is_uppercase())
}

/// A weekday name as written mid-sentence, capitalized ("Monday").
fn is_weekday(w: &str) -> bool {
    is_cap(w) && lexicon::is_weekday(&w.to_lowercase())
}

fn is_adverb(w: &str) -> bool {
    !is_cap(w) && w.len() > 4 && w.ends_with("ly")
}

fn is_word(toks: &[Tok], i: usize) -> bool {
    toks.get(i).is_some_and(|t| t.word && !t.quoted)
}

fn mention(toks: &[Tok], first: usize, last: usize, pronoun: bool, inverted: bool) -> Mention {
    Mention {
        span: toks[first].span.cover(toks[last].span),
        first,
        last,
        pronoun,
        inverted,
        refers: None,
    }
}

/// Is there a coordinating "and"/"but" shortly before token `i`?
fn coordinated(text: &str, toks: &[Tok], i: usize) -> bool {
    let lo = i.saturating_sub(8);
    (lo..i)
        .rev()
        .take_while(|&k| toks[k].word || toks[k].punct(text) == Some(','))
        .any(|k| matches!(toks[k].text(text), "and" | "but"))
}

/// All attributions in one sentence's tokens, in order.
pub fn attributions(text: &str, toks: &[Tok]) -> Vec<Attr> {
    let mut out: Vec<Attr> = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let Some((entry, last)) = cue_at(text, toks, i) else {
            i += 1;
            continue;
        };
        // "his cybersecurity plan and vowed": an intention cue followed by
        // a coordinator instead of its "to" is a noun; its phrase would pass
        // its speaker to "vowed".
        if entry.complement == Complement::Infinitive
            && toks
                .get(last + 1)
                .is_some_and(|t| matches!(t.text(text), "and" | "but" | "or"))
        {
            i = last + 1;
            continue;
        }
        let mut attr = Attr {
            cue: toks[i].span.cover(toks[last].span),
            cue_first: i,
            cue_last: last,
            class: entry.class,
            complement: entry.complement,
            speaker: None,
            coordinated: false,
            passive: false,
        };
        if entry.class == CueClass::According {
            attr.speaker =
                np_right(text, toks, last + 1).or_else(|| plural_np(text, toks, last + 1));
        } else {
            let (left, aux_first) = subject(text, toks, i);
            attr.cue = toks[aux_first].span.cover(toks[last].span);
            attr.cue_first = aux_first;
            let w = toks[i].text(text);
            let prev = aux_first.checked_sub(1).map(|k| toks[k]);
            let prev_punct = prev
                .and_then(|t| t.punct(text))
                .filter(|_| prev.is_some_and(|t| !t.quoted));
            let prev_word = prev
                .filter(|t| t.word && !t.quoted)
                .map(|t| lower(t.text(text)));
            let participle = w.ends_with("ing");
            // "Asked whether he would run, Trump said ...": the question is
            // reported, the asker unnamed.
            let asked_first = w == "Asked";
            let subordinate = prev_word.as_deref().is_some_and(|p| {
                matches!(
                    p,
                    "when"
                        | "if"
                        | "after"
                        | "before"
                        | "while"
                        | "without"
                        | "by"
                        | "as"
                        | "since"
                        | "upon"
                        | "despite"
                )
            }) && (participle || w == "asked");
            if asked_first {
                attr.passive = true;
            } else if participle && matches!(prev_punct, Some(',' | '—' | '–' | '-')) {
                // "Clinton attacked Trump, saying he would ...": the main
                // clause's subject (or the previous cue's) says it.
                attr.coordinated = true;
                attr.speaker = participle_speaker(text, toks, &out, aux_first);
            } else if subordinate {
                // "When asked whether ...", "while saying that ...": the
                // previous cue's speaker, else (for a participle, "Ryan,
                // despite admitting that ...") the main clause's subject.
                attr.coordinated = true;
                attr.speaker = match out.last() {
                    Some(p) => p.speaker,
                    None if participle => main_subject(text, toks, aux_first),
                    None => None,
                };
            } else {
                match left {
                    Left::Found(m) => attr.speaker = Some(m),
                    Left::Boundary if entry.class == CueClass::Speech => {
                        attr.speaker = np_right(text, toks, last + 1);
                    }
                    // "Trump unleashed a series of tweets early Friday
                    // saying that ...": a participle after an object or a
                    // time adverbial reports what the main subject says.
                    Left::NotSubject
                        if participle
                            && entry.class == CueClass::Speech
                            && !prev_word.as_deref().is_some_and(|p| {
                                // "blame for denying them entry": the
                                // participle of a preposition is no report.
                                crate::quotes::words::has(
                                    p,
                                    crate::quotes::words::Class::NpPreposition,
                                )
                            }) =>
                    {
                        attr.coordinated = true;
                        attr.speaker = participle_speaker(text, toks, &out, aux_first);
                    }
                    // "has been endorsed by dozens of papers": the agent
                    // after "by" is the source (the content is the subject).
                    Left::Passive
                        if is_word(toks, last + 1) && toks[last + 1].text(text) == "by" =>
                    {
                        attr.speaker = np_right(text, toks, last + 2)
                            .or_else(|| plural_np(text, toks, last + 2));
                    }
                    Left::Passive => attr.passive = entry.class == CueClass::Speech,
                    _ => {}
                }
                if attr.speaker.is_none() && !attr.passive && entry.class != CueClass::Frame {
                    attr.coordinated = coordinated(text, toks, aux_first);
                    if let Some(m) = attr
                        .coordinated
                        .then(|| verb_and_subject(text, toks, aux_first))
                        .flatten()
                    {
                        // "I laughed and said": the subject of the verb
                        // just before, not an earlier cue's speaker.
                        attr.speaker = Some(m);
                        attr.coordinated = false;
                    } else if attr.coordinated && out.is_empty() {
                        attr.speaker = main_subject(text, toks, aux_first);
                    }
                }
            }
        }
        if attr.speaker.is_some() || attr.coordinated || attr.passive {
            out.push(attr);
        }
        i = last + 1;
    }
    out
}

/// "I laughed and said", "Trump paused and added": a pronoun or a name
/// right before a lower-case verb right before "and" and the cue at `cue`.
fn verb_and_subject(text: &str, toks: &[Tok], cue: usize) -> Option<Mention> {
    let and = cue.checked_sub(1)?;
    let verb = cue.checked_sub(2)?;
    let subj = cue.checked_sub(3)?;
    let verb_word = toks[verb].text(text);
    if toks[and].text(text) != "and" || !is_word(toks, verb) || is_cap(verb_word) {
        return None;
    }
    // A past tense without an object ("laughed", "paused"); "and" after a
    // noun ("plan and vowed") coordinates something else.
    if !verb_word.ends_with("ed") && lexicon::cue(verb_word).is_none() {
        return None;
    }
    match np::np_left(text, toks, subj) {
        Left::Found(m) if m.last == subj && (m.pronoun || is_cap(toks[subj].text(text))) => Some(m),
        _ => None,
    }
}

/// The speaker of a participle cue without its own subject ("..., saying
/// ..."): the previous cue's speaker, unless that cue sat in a relative
/// clause ("defend not paying an architect who said ..., saying, “…”": the
/// architect does not say it), else the main clause's subject.
fn participle_speaker(text: &str, toks: &[Tok], out: &[Attr], before: usize) -> Option<Mention> {
    let prev = out.last().map(|p| p.speaker);
    match prev {
        Some(sp) if sp.is_none_or(|m| m.refers.is_none()) => sp,
        _ => main_subject(text, toks, before).or(prev.flatten()),
    }
}

fn is_mark(text: &str, t: Tok) -> bool {
    matches!(t.punct(text), Some('“' | '”' | '"' | '«' | '»' | '„'))
}

#[cfg(test)]
mod tests {
    use super::super::view::view_of;
    use super::*;

    fn analyze(text: &str) -> (Vec<(String, Option<String>)>, Vec<String>) {
        let toks = view_of(text, &[]);
        let attrs = attributions(text, &toks);
        let a = attrs
            .iter()
            .map(|a| {
                (
                    text[a.cue].to_string(),
                    a.speaker.map(|m| text[m.span].to_string()),
                )
            })
            .collect();
        let ind = indirect(text, &toks, &attrs)
            .iter()
            .map(|i| text[i.content].to_string())
            .collect();
        (a, ind)
    }

    #[test]
    fn cue_list_sorted_and_unique() {
        let forms: Vec<&str> = lexicon::rows(include_str!("../../lexicon/cues.tsv"))
            .map(|r| r[0])
            .collect();
        assert!(
            forms.windows(2).all(|w| w[0] < w[1]),
            "cues.tsv must stay sorted"
        );
        assert!(forms.len() <= lexicon::vocab::cue_count());
    }

    #[test]
    fn cues_load_and_classes() {
        assert_eq!(
            lexicon::cue("said").map(|c| c.class),
            Some(CueClass::Speech)
        );
        assert_eq!(
            lexicon::cue("believes").map(|c| c.class),
            Some(CueClass::Cognition)
        );
        assert_eq!(
            lexicon::cue("described").map(|c| c.class),
            Some(CueClass::Frame)
        );
        assert!(lexicon::cue("state").is_none());
    }

    #[test]
    fn speakers() {
        let cases: &[(&str, &str, Option<&str>)] = &[
            (
                "Putin said last week that a sit-down was necessary.",
                "said",
                Some("Putin"),
            ),
            (
                "Trump has said that the call was fine.",
                "has said",
                Some("Trump"),
            ),
            ("He previously said that he was ready.", "said", Some("He")),
            (
                "Ukraine says that the points are red lines.",
                "says",
                Some("Ukraine"),
            ),
            (
                "The Kremlin confirmed that Witkoff will come.",
                "confirmed",
                Some("The Kremlin"),
            ),
            (
                "It grew, with the Kremlin claiming that it won.",
                "claiming",
                Some("the Kremlin"),
            ),
            ("It went well, said Rubio.", "said", Some("Rubio")),
            (
                "It went well, according to President Volodymyr Zelensky.",
                "according to",
                Some("President Volodymyr Zelensky"),
            ),
            (
                "Rep. Don Bacon (R-Neb.) wrote in a post.",
                "wrote",
                Some("Rep. Don Bacon"),
            ),
            (
                "Tatiana Stanovaya, a senior fellow at the Carnegie Center, wrote in a post.",
                "wrote",
                Some("Tatiana Stanovaya"),
            ),
            (
                "The van was late, another source said.",
                "said",
                Some("another source"),
            ),
            (
                "It failed, senior U.S. officials said.",
                "said",
                Some("senior U.S. officials"),
            ),
            (
                "Secretary of State Marco Rubio said so.",
                "said",
                Some("Secretary of State Marco Rubio"),
            ),
            ("Trump Says He Will Go", "Says", Some("Trump")),
        ];
        for (text, cue, speaker) in cases {
            let (attrs, _) = analyze(text);
            let want = (cue.to_string(), speaker.map(str::to_string));
            assert!(attrs.contains(&want), "text {text:?}: got {attrs:?}");
        }
    }

    #[test]
    fn not_cues() {
        // Capitalized, determiner-only or noun uses are no attributions.
        for text in [
            "Secretary of State Marco Rubio arrived.",
            "The claims that he made are false.",
            "Says the man in the hat.",
        ] {
            let (attrs, _) = analyze(text);
            assert!(attrs.is_empty(), "text {text:?}: got {attrs:?}");
        }
    }

    #[test]
    fn indirect_contents() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Putin said last week that a sit-down was necessary to discuss details of the plan, but in the same breath warned Ukraine that Russian forces would continue.",
                &[
                    "a sit-down was necessary to discuss details of the plan",
                    "Russian forces would continue",
                ],
            ),
            (
                "He previously said that he was prepared to walk away from talks.",
                &["he was prepared to walk away from talks"],
            ),
            ("Trump says the plan is dead.", &["the plan is dead"]),
            (
                "The van was supposed to be escorted, another source said.",
                &["The van was supposed to be escorted"],
            ),
            (
                "According to the poll, Clinton beats Trump by four points.",
                &["Clinton beats Trump by four points"],
            ),
            ("Rubio told reporters after the meeting.", &[]),
            ("Trump said on Sunday.", &[]),
        ];
        for (text, want) in cases {
            let (_, got) = analyze(text);
            assert_eq!(&got, want, "text {text:?}");
        }
    }
}
