//! Speaker resolution: pronoun antecedents and entity linking.
//!
//! Input: speaker [`Mention`]s found by the attribution rules and the
//! [`Entity`] list of the entities stage. Output: each [`Speaker`]'s
//! `antecedent` and `entity`.
//!
//! Rules: a name mention links to the entity whose mention overlaps it most
//! (ties: the lower id), else to a person or organization whose name ends
//! with the same word; when several people bear that surname ("Ms Clarkson"
//! after Lana and Donna Clarkson), the one whose gender agrees with the
//! title, then the nearest mentioned before. A description ("the American
//! forensics expert") links to the nearest earlier person with a role
//! holding its head word, else to nobody (never to a nationality or place
//! inside it). "he"/"she" resolve to the nearest preceding person entity
//! whose gender (title or given name from the lexicon) does not conflict;
//! "it"/"they" to the nearest organization, place or group entity. A
//! relative "who" is named by the phrase it stands for.
//!
//! Known limits: most surnames are compatible with both pronouns; an
//! article without entities gets no antecedents; a description tied to a
//! person only by an age or by a role the entities stage did not attach
//! ("the 64-year-old") stays unlinked.

use std::collections::HashMap;

use super::Speaker;
use super::attribution::Mention;
use crate::document::Span;
use crate::entities::{Entity, EntityId, EntityKind};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Gender {
    Male,
    Female,
}

/// The gender a name or title implies: "Mr."/"Mrs."/"Ms." or a given name
/// from the lexicon (census names and our own).
pub(crate) fn gender_of(name: &str) -> Option<Gender> {
    for w in name.split_whitespace() {
        let lw = w.trim_end_matches('.').to_lowercase();
        match lw.as_str() {
            "mr" => return Some(Gender::Male),
            "mrs" | "ms" => return Some(Gender::Female),
            _ => {}
        }
        match crate::lexicon::given_name_gender(w.trim_end_matches('.')) {
            Some(crate::lexicon::Gender::Male) => return Some(Gender::Male),
            Some(crate::lexicon::Gender::Female) => return Some(Gender::Female),
            _ => {}
        }
    }
    None
}

fn pronoun_gender(p: &str) -> Option<Gender> {
    match p.to_lowercase().as_str() {
        "he" => Some(Gender::Male),
        "she" => Some(Gender::Female),
        _ => None,
    }
}

/// A person-like name mention found without entities: capitalized words,
/// no determiner, nothing from class `not_person` of `quote_lists.tsv`.
fn person_like(text: &str, span: Span) -> bool {
    let s = &text[span];
    let first = s.split_whitespace().next().unwrap_or("");
    first.starts_with(char::is_uppercase)
        && first != "The"
        && s.split_whitespace().all(|w| {
            !crate::quotes::words::has(
                &w.trim_end_matches(['’', '\'', 's']).to_lowercase(),
                crate::quotes::words::Class::NotPerson,
            )
        })
        && s.split_whitespace().all(|w| {
            w.starts_with(char::is_uppercase)
                || matches!(w, "of" | "de" | "van" | "von" | "al" | "bin")
        })
}

/// A sentence subject that reads as a person's name ("Clinton", "Sen. Ted
/// Cruz"), not a capitalized adverb, contraction or heading ("Hastily",
/// "That’s", "RED STATES").
pub(crate) fn plausible_name(text: &str, span: Span) -> bool {
    let s = &text[span];
    person_like(text, span)
        && !s.contains(['’', '\''])
        && s.split_whitespace().all(|w| {
            !w.ends_with("ly") && w.chars().skip(1).any(char::is_lowercase) || w.len() <= 2
        })
}

/// Speaker resolution, built once per article: candidate antecedents with
/// their genders, and an index of entity mentions, so that each speaker is
/// resolved in logarithmic time (a long article with thousands of "he
/// said" stays linear overall).
pub(crate) struct Resolver<'a> {
    text: &'a str,
    /// Every entity mention with its entity index, by start.
    mentions: Vec<(Span, usize)>,
    /// Person mentions with entity index and gender, by end.
    persons: Vec<(Span, usize, Option<Gender>)>,
    /// Mentions of organizations, places and groups with entity index and
    /// kind, by end (antecedents of "it" and "they").
    others: Vec<(Span, usize, EntityKind)>,
    /// Last word of a person's or organization's name → every such
    /// entity, by id (two people may share a surname).
    by_last: HashMap<String, Vec<usize>>,
    /// Per entity: for a person, its gender (if known); `None` otherwise.
    genders: Vec<Option<Option<Gender>>>,
    /// Lower-case role words of each person ("expert", "chairman") with the
    /// entity index, for descriptions ("the forensics expert said").
    role_words: HashMap<String, Vec<usize>>,
}

/// How far back (bytes) a pronoun looks for its antecedent.
const PRONOUN_REACH: usize = 3000;

/// "it"/"they" reach much less far than "he"/"she": an organization named
/// two paragraphs back is rarely what "it" means, and an unlinked speaker
/// is better than a wrong one ("The transit union said …, and it warned").
const NEUTER_REACH: usize = 200;

/// The longest name mention considered when looking for overlaps (bytes).
const MAX_MENTION: usize = 200;

pub(crate) fn last_word(s: &str) -> Option<String> {
    s.split_whitespace()
        .last()
        .map(|w| w.trim_end_matches(['’', '\'', 's', '.', ',']).to_string())
        .filter(|w| !w.is_empty())
}

impl<'a> Resolver<'a> {
    pub(crate) fn new(text: &'a str, entities: &[Entity]) -> Resolver<'a> {
        let mut mentions: Vec<(Span, usize)> = entities
            .iter()
            .enumerate()
            .flat_map(|(i, e)| e.mentions.iter().map(move |&m| (m, i)))
            .collect();
        mentions.sort_by_key(|&(m, i)| (m.start(), m.end(), i));
        let mut persons: Vec<(Span, usize, Option<Gender>)> = entities
            .iter()
            .enumerate()
            .filter(|(_, e)| e.kind == EntityKind::Person)
            .flat_map(|(i, e)| {
                let g = gender_of(&text[e.name]);
                e.mentions.iter().map(move |&m| (m, i, g))
            })
            .collect();
        persons.sort_by_key(|&(m, i, _)| (m.end(), std::cmp::Reverse(i)));
        let mut others: Vec<(Span, usize, EntityKind)> = entities
            .iter()
            .enumerate()
            .filter(|(_, e)| e.kind != EntityKind::Person)
            .flat_map(|(i, e)| e.mentions.iter().map(move |&m| (m, i, e.kind)))
            .collect();
        others.sort_by_key(|&(m, i, _)| (m.end(), std::cmp::Reverse(i)));
        let mut by_last: HashMap<String, Vec<usize>> = HashMap::new();
        let mut role_words: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, e) in entities.iter().enumerate() {
            if matches!(e.kind, EntityKind::Person | EntityKind::Organization)
                && let Some(l) = last_word(&text[e.name])
            {
                by_last.entry(l).or_default().push(i);
            }
            if e.kind == EntityKind::Person {
                for r in &e.roles {
                    for w in text[*r].split(|c: char| !c.is_alphanumeric() && c != '-') {
                        if w.len() > 2 && w.starts_with(char::is_lowercase) {
                            let ids = role_words.entry(w.to_string()).or_default();
                            if ids.last() != Some(&i) {
                                ids.push(i);
                            }
                        }
                    }
                }
            }
        }
        let genders = entities
            .iter()
            .map(|e| (e.kind == EntityKind::Person).then(|| gender_of(&text[e.name])))
            .collect();
        Resolver {
            text,
            genders,
            mentions,
            persons,
            others,
            by_last,
            role_words,
        }
    }

    /// Link a speaker to entities, and resolve a pronoun to its antecedent.
    pub(crate) fn resolve(&self, sp: &mut Speaker, m: Mention) {
        let text = self.text;
        if let Some(r) = m.refers {
            // A relative pronoun ("who said"): named by the phrase it
            // stands for.
            sp.antecedent = Some(r);
            sp.entity = self.link(r);
            return;
        }
        if !m.pronoun {
            sp.entity = self.link(m.span);
            return;
        }
        let pos = m.span.start();
        let Some(gender) = pronoun_gender(&text[m.span]) else {
            // "it" / "they": the nearest organization, place or group entity
            // (no antecedent without entities: too easy to get wrong).
            let word = text[m.span].to_lowercase();
            let kinds: &[EntityKind] = match word.as_str() {
                "it" => &[EntityKind::Organization, EntityKind::Place],
                "they" => &[EntityKind::Organization, EntityKind::Group],
                _ => return,
            };
            let end = self.others.partition_point(|o| o.0.end() <= pos);
            if let Some(&(mention, id, _)) = self.others[..end]
                .iter()
                .rev()
                .take_while(|o| pos - o.0.end() <= NEUTER_REACH)
                .find(|o| kinds.contains(&o.2))
            {
                sp.antecedent = Some(mention);
                sp.entity = Some(EntityId(id));
            }
            return;
        };
        let compatible = |g: Option<Gender>| g.is_none_or(|g| g == gender);
        // The nearest preceding mention of a compatible person entity.
        let end = self.persons.partition_point(|p| p.0.end() <= pos);
        if let Some(&(mention, id, _)) = self.persons[..end]
            .iter()
            .rev()
            .take_while(|p| pos - p.0.end() <= PRONOUN_REACH)
            .find(|p| compatible(p.2))
        {
            sp.antecedent = Some(mention);
            sp.entity = Some(EntityId(id));
        }
    }

    /// The entity whose mention overlaps `span` most (ties: the lower id);
    /// else the first person or organization whose name ends with the same
    /// word as the mention ("the senator Rubio" → "Marco Rubio").
    pub(crate) fn link(&self, span: Span) -> Option<EntityId> {
        let s = &self.text[span];
        let head = s.split_whitespace().last().unwrap_or("");
        // "al-Amr", "bin Laden": a name particle leaves a capital inside.
        if !head.chars().any(char::is_uppercase) {
            // A description ("The American forensics expert", "the
            // 64-year-old"): the person an earlier role ties it to, never a
            // name inside it (the nationality "American").
            return self.by_role(span, head);
        }
        let overlap = |a: Span| {
            a.end()
                .min(span.end())
                .saturating_sub(a.start().max(span.start()))
        };
        let end = self.mentions.partition_point(|m| m.0.start() < span.end());
        let best = self.mentions[..end]
            .iter()
            .rev()
            .take_while(|m| m.0.start() + MAX_MENTION > span.start())
            .filter(|m| overlap(m.0) > 0)
            .max_by_key(|m| (overlap(m.0), std::cmp::Reverse(m.1)))
            .map(|m| EntityId(m.1));
        if best.is_some() {
            return best;
        }
        let want = last_word(s)?;
        let bearers = self.by_last.get(&want)?;
        if bearers.len() == 1 {
            return Some(EntityId(bearers[0]));
        }
        // Several bearers of the surname ("Ms Clarkson": the mother or the
        // daughter): the one whose gender agrees with a title, then the
        // nearest mentioned before.
        // A title ("Mr", "Ms") names a person whose gender does not conflict.
        let title = gender_of(s.split_whitespace().next().unwrap_or(""));
        let compatible = |i: usize| match (title, self.genders[i]) {
            (None, _) => true,
            (Some(t), Some(g)) => g.is_none_or(|g| g == t),
            (Some(_), None) => false,
        };
        self.nearest_before(span.start(), |i| bearers.contains(&i) && compatible(i))
            .or_else(|| bearers.iter().copied().find(|&i| compatible(i)))
            .map(EntityId)
    }

    /// The nearest person mentioned before `pos` (within reach) whose
    /// entity passes `ok`.
    fn nearest_before(&self, pos: usize, ok: impl Fn(usize) -> bool) -> Option<usize> {
        let end = self.persons.partition_point(|p| p.0.end() <= pos);
        self.persons[..end]
            .iter()
            .rev()
            .take_while(|p| pos - p.0.end() <= PRONOUN_REACH)
            .find(|p| ok(p.1))
            .map(|p| p.1)
    }

    /// A description's person: the nearest earlier person with a role
    /// holding the description's head word ("expert").
    fn by_role(&self, span: Span, head: &str) -> Option<EntityId> {
        let head = head
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        let ids = self.role_words.get(&head)?;
        self.nearest_before(span.start(), |i| ids.contains(&i))
            .map(EntityId)
    }
}
