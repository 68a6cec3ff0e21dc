//! Clustering mentions into entities.
//!
//! Input: typed [`Mention`]s in text order. Output: [`Entity`]s ordered by
//! first mention.
//!
//! People first, longest names first: a mention joins a person whose name
//! words contain its own in order ("Trump" ⊂ "Donald Trump", "SHEARER" ⊂
//! "Alan Shearer"); of several such people, the one named last before the
//! mention ("Smith" after "Florida Smith" is her, not an earlier "Will
//! Smith"). Then every other mention: a single word that is a known
//! person's surname joins that person even when a list calls it a place
//! (Jordan, Florida), unless a place preposition comes before it ("of
//! Jordan"); a single unknown word that is a person's first name joins that
//! person; the rest cluster by kind and lower-cased text, groups by the
//! people their demonym names ("Russian" with "Russians"). A single unknown
//! word written three times or more and never part of a person's name is
//! an organization ("Twitter") unless the article also writes it in lower
//! case ("Iodine" ... "iodine"); other single unknown words are dropped (or
//! take the fallback kind that sports copy gives them). Before all this, a
//! guessed name the article also writes with or without a plural "s"
//! ("Warhol Polaroids", "Polaroid") is a thing (`other`).
//!
//! Known limits: a bare surname shared by two people goes to the one named
//! last; a side named by a plural in sports copy ("the Springboks") is
//! read as a thing; "Zelensky"/"Zelenskyy" spelling variants stay apart.

use std::collections::{BTreeSet, HashMap};

use super::mentions::{Mention, Strength};
use super::{Entity, EntityKind};
use crate::document::Span;
use crate::lexicon::Gender;

struct Cluster {
    kind: EntityKind,
    strength: Strength,
    /// Name words of the fullest person mention (people only).
    words: Vec<String>,
    key: String,
    members: Vec<usize>,
    /// Start offsets of the members, for [`nearest`]: people join out of
    /// text order, and scanning all members there was quadratic.
    starts: BTreeSet<usize>,
}

impl Cluster {
    fn new(
        kind: EntityKind,
        strength: Strength,
        words: Vec<String>,
        key: String,
        m: &Mention,
        i: usize,
    ) -> Cluster {
        Cluster {
            kind,
            strength,
            words,
            key,
            members: vec![i],
            starts: BTreeSet::from([m.span.start()]),
        }
    }

    fn add(&mut self, i: usize, m: &Mention) {
        self.members.push(i);
        self.starts.insert(m.span.start());
    }
}

/// `part` appears in `whole` in order ("trump" in "donald trump").
fn subsequence(part: &[String], whole: &[String]) -> bool {
    let mut it = whole.iter();
    part.iter().all(|p| it.any(|w| w == p))
}

fn fold(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Of the `candidates` (cluster indices, ascending) that `fits`, the one
/// with a member closest before `start` (else the first): "Smith" after
/// "Florida Smith" is her, even when "Will Smith" came earlier.
fn nearest(
    clusters: &[Cluster],
    candidates: &[usize],
    start: usize,
    fits: impl Fn(&Cluster) -> bool,
) -> Option<usize> {
    let mut fitting = candidates.iter().copied().filter(|&i| fits(&clusters[i]));
    let first = fitting.next()?;
    let rank = |i: usize| {
        let c: &Cluster = &clusters[i];
        c.starts.range(..start).next_back().map_or(0, |&s| s + 1)
    };
    // Ties go to the lower index.
    let mut best = (first, rank(first));
    for i in fitting {
        let r = rank(i);
        if r > best.1 {
            best = (i, r);
        }
    }
    Some(best.0)
}

/// Lookups into the cluster list by name word and by key. Scanning every
/// cluster for every mention was quadratic on long documents with many
/// names. Each lookup gives the same clusters, in the same (ascending)
/// order, as the scan did; clusters never change kind, words or key.
#[derive(Default)]
struct Clusters {
    list: Vec<Cluster>,
    /// Person clusters holding a name word, ascending.
    by_word: HashMap<String, Vec<usize>>,
    /// The first cluster of a kind and key.
    by_kind_key: HashMap<(EntityKind, String), usize>,
    /// The first cluster of a key.
    by_key: HashMap<String, usize>,
}

impl Clusters {
    fn push(&mut self, c: Cluster) {
        let i = self.list.len();
        if c.kind == EntityKind::Person {
            let mut words: Vec<&String> = c.words.iter().collect();
            words.sort();
            words.dedup();
            for w in words {
                self.by_word.entry(w.clone()).or_default().push(i);
            }
        }
        self.by_kind_key.entry((c.kind, c.key.clone())).or_insert(i);
        self.by_key.entry(c.key.clone()).or_insert(i);
        self.list.push(c);
    }

    /// Person clusters whose words include `w` (others cannot fit).
    fn with_word(&self, w: &str) -> &[usize] {
        self.by_word.get(w).map_or(&[], Vec::as_slice)
    }
}

/// Can a mention with this courtesy title's gender ("Ms Clarkson") be
/// the person of `c`? Not when `c`'s first name has the other gender:
/// "Ms Clarkson" is Donna, not her son Lance, though he was named last.
fn gender_fits(title: Option<Gender>, c: &Cluster) -> bool {
    let Some(want @ (Gender::Male | Gender::Female)) = title else {
        return true;
    };
    if c.words.len() < 2 {
        return true;
    }
    match crate::lexicon::given_name_gender(&title_word(&c.words[0])) {
        Some(g @ (Gender::Male | Gender::Female)) => g == want,
        _ => true,
    }
}

/// "donna" -> "Donna": the given-name list is keyed as names are written.
fn title_word(w: &str) -> String {
    let mut c = w.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// The letters of an acronym ("OFT", "U.N.") in lower case, or `None`
/// when `w` is not one: two to eight capitals, maybe with periods or "&".
fn acronym_letters(w: &str) -> Option<String> {
    let letters: String = w.chars().filter(|c| !matches!(c, '.' | '&')).collect();
    let n = letters.chars().count();
    ((2..=8).contains(&n) && letters.chars().all(|c| c.is_ascii_uppercase()))
        .then(|| letters.to_ascii_lowercase())
}

/// Initials of a name's words, with and without its small words
/// ("american association for the advancement of science" -> "aaftaos",
/// "aaas"); connectors are not in `words` already.
fn initials(words: &[String]) -> [String; 2] {
    // Stage exception: the small words an acronym may skip besides the
    // connectors, which are gone already ("AAAS" skips "the"); a
    // convention of acronyms, not a word class of the lexicon.
    const SMALL: &[&str] = &["a", "at", "in", "on", "the", "to"];
    let all = words.iter().filter_map(|w| w.chars().next()).collect();
    let big = words
        .iter()
        .filter(|w| !SMALL.contains(&w.as_str()))
        .filter_map(|w| w.chars().next())
        .collect();
    [all, big]
}

/// Acronyms join the names they stand for: "the Office of Fair Trading
/// (OFT)" and "OFT (Office of Fair Trading)" define an alias, and any
/// acronym whose letters are the initials of a name of the article
/// ("AAAS" for "American Association for the Advancement of Science")
/// takes that name's words, so clustering puts them together. Only
/// acronyms no list knows ("US" stays the country) and only names of
/// organizations, places and other things, never people.
fn acronyms(text: &str, mentions: &mut [Mention]) {
    let is_acronym = |m: &Mention| {
        m.words.len() == 1
            && !m.caps
            && (m.kind.is_none()
                || m.kind == Some(EntityKind::Organization) && m.strength == Strength::Guess)
            && acronym_letters(&text[m.span]).is_some()
    };
    let is_long = |m: &Mention| {
        m.words.len() >= 2
            && matches!(
                m.kind,
                Some(EntityKind::Organization | EntityKind::Place | EntityKind::Other)
            )
    };
    let mut by_initials: HashMap<String, usize> = HashMap::new();
    let mut alias: HashMap<String, usize> = HashMap::new();
    for (i, m) in mentions.iter().enumerate() {
        if is_long(m) {
            for key in initials(&m.words) {
                by_initials.entry(key).or_insert(i);
            }
        }
        // "Long Name (ACR)" or "ACR (Long Name)": neighbours in brackets.
        let Some(next) = mentions.get(i + 1) else {
            continue;
        };
        let between = text[m.span.end()..next.span.start()].trim();
        let closed = text[next.span.end()..].trim_start().starts_with(')');
        if between != "(" || !closed {
            continue;
        }
        if is_long(m) && is_acronym(next) {
            alias.insert(next.words[0].clone(), i);
        } else if is_acronym(m) && is_long(next) {
            alias.insert(m.words[0].clone(), i + 1);
        }
    }
    for i in 0..mentions.len() {
        if !is_acronym(&mentions[i]) {
            continue;
        }
        let Some(letters) = acronym_letters(&text[mentions[i].span]) else {
            continue;
        };
        let long = alias
            .get(&mentions[i].words[0])
            .or_else(|| by_initials.get(&letters).filter(|_| letters.len() >= 3))
            .copied();
        if let Some(l) = long {
            let (kind, words) = (mentions[l].kind, mentions[l].words.clone());
            let m = &mut mentions[i];
            m.kind = kind;
            m.strength = Strength::Rule;
            m.words = words;
        }
    }
}

/// Things counted like objects: a guessed name whose last word the
/// article also writes with or without a plural "s" ("the Warhol
/// Polaroids", "a Polaroid") is a thing, not a person or a company. A
/// given name ("Roberts", "Robert") or a word of a person that a list or
/// rule found ("the Kennedys" after "John Kennedy") stays a name. Known
/// loss: a side in sports copy ("the Springboks", "a Springbok").
fn plural_things(mentions: &mut [Mention]) {
    let mut seen: BTreeSet<&str> = BTreeSet::new();
    let mut names: BTreeSet<&str> = BTreeSet::new();
    for m in mentions.iter() {
        seen.extend(m.words.iter().map(String::as_str));
        if m.kind == Some(EntityKind::Person) && m.strength > Strength::Guess {
            names.extend(m.words.iter().map(String::as_str));
        }
    }
    let thing = |w: &str| {
        let other = match w.strip_suffix('s') {
            Some(stem) if stem.len() > 2 => stem.to_string(),
            _ => format!("{w}s"),
        };
        let stem = w.strip_suffix('s').unwrap_or(w);
        seen.contains(other.as_str())
            && !names.contains(w)
            && !names.contains(other.as_str())
            && crate::lexicon::given_name(&title_word(stem)).is_none()
            // An ordinary word ("State", "Conservatives") is left to the
            // other rules.
            && crate::lexicon::common_word(stem) != Some(false)
    };
    let found: Vec<usize> = mentions
        .iter()
        .enumerate()
        .filter(|(_, m)| {
            let guessed = m.kind.is_none()
                || m.kind == Some(EntityKind::Person) && m.strength == Strength::Guess;
            guessed && m.words.last().is_some_and(|w| thing(w))
        })
        .map(|(i, _)| i)
        .collect();
    for i in found {
        mentions[i].kind = Some(EntityKind::Other);
        mentions[i].strength = Strength::Rule;
        mentions[i].roles.clear();
    }
}

/// One sense per article: a town that its own context made a club
/// ("Leeds beat Wigan") is the club in its other mentions too, except
/// where a place preposition says otherwise ("flew to Leeds").
fn one_sense(mentions: &mut [Mention]) {
    let clubs: BTreeSet<Vec<String>> = mentions
        .iter()
        .filter(|m| m.local && m.kind == Some(EntityKind::Organization))
        .map(|m| m.words.clone())
        .collect();
    if clubs.is_empty() {
        return;
    }
    for m in mentions.iter_mut() {
        if m.local && m.kind == Some(EntityKind::Place) && !m.after_prep && clubs.contains(&m.words)
        {
            m.kind = Some(EntityKind::Organization);
            m.strength = Strength::Rule;
        }
    }
}

/// A lone word that opens an organization's fuller name in the article
/// is that organization ("Magna" after "Magna International Inc"), even
/// where a context rule guessed a person ("Magna said"), unless it is
/// also a person's surname there or an ordinary word ("National").
fn short_org_names(mentions: &mut [Mention]) {
    let mut heads: HashMap<String, usize> = HashMap::new();
    let mut surnames: BTreeSet<&str> = BTreeSet::new();
    for (i, m) in mentions.iter().enumerate() {
        if m.words.len() < 2 {
            continue;
        }
        match m.kind {
            Some(EntityKind::Organization) if m.strength >= Strength::Rule => {
                heads.entry(m.words[0].clone()).or_insert(i);
            }
            Some(EntityKind::Person) => {
                surnames.extend(m.words.last().map(String::as_str));
            }
            _ => {}
        }
    }
    let heads: Vec<(usize, usize)> = mentions
        .iter()
        .enumerate()
        .filter_map(|(i, m)| {
            let [w] = m.words.as_slice() else {
                return None;
            };
            let open = m.kind.is_none()
                || m.kind == Some(EntityKind::Person) && m.strength < Strength::Sure;
            let org = *heads.get(w)?;
            (open && !surnames.contains(w.as_str()) && crate::lexicon::common_word(w).is_none())
                .then_some((i, org))
        })
        .collect();
    for (i, org) in heads {
        let words = mentions[org].words.clone();
        let m = &mut mentions[i];
        m.kind = Some(EntityKind::Organization);
        m.strength = Strength::Rule;
        m.words = words;
        m.roles.clear();
    }
}

/// Build entities from the mentions of one document.
pub(crate) fn entities(text: &str, mut mentions: Vec<Mention>) -> Vec<Entity> {
    plural_things(&mut mentions);
    short_org_names(&mut mentions);
    one_sense(&mut mentions);
    acronyms(text, &mut mentions);
    let mut clusters = Clusters::default();
    let mut assigned = vec![false; mentions.len()];
    cluster_people(&mentions, &mut clusters, &mut assigned);
    cluster_others(&mentions, &mut clusters, &mut assigned);
    cluster_repeated(text, &mentions, &mut clusters, &mut assigned);
    to_entities(text, &mentions, clusters)
}

/// People, longest names first: a mention joins the nearest person whose
/// name words hold its own in order.
fn cluster_people(mentions: &[Mention], clusters: &mut Clusters, assigned: &mut [bool]) {
    let mut people: Vec<usize> = (0..mentions.len())
        .filter(|&i| mentions[i].kind == Some(EntityKind::Person))
        .collect();
    people.sort_by_key(|&i| (std::cmp::Reverse(mentions[i].words.len()), i));
    for i in people {
        let m = &mentions[i];
        let start = m.span.start();
        // A cluster that fits holds the mention's first word; a mention
        // without words fits every person.
        let all: Vec<usize>;
        let candidates = match m.words.first() {
            Some(w) => clusters.with_word(w),
            None => {
                all = (0..clusters.list.len()).collect();
                &all
            }
        };
        let found = nearest(&clusters.list, candidates, start, |c| {
            c.kind == EntityKind::Person
                && subsequence(&m.words, &c.words)
                && gender_fits(m.honorific, c)
        });
        match found {
            Some(c) => {
                let c = &mut clusters.list[c];
                c.add(i, m);
                c.strength = c.strength.max(m.strength);
            }
            None => clusters.push(Cluster::new(
                EntityKind::Person,
                m.strength,
                m.words.clone(),
                String::new(),
                m,
                i,
            )),
        }
        assigned[i] = true;
    }
}

/// Every other mention, in text order: surnames and first names join
/// their people; the rest cluster by kind and key.
fn cluster_others(mentions: &[Mention], clusters: &mut Clusters, assigned: &mut [bool]) {
    // Unknown words that some mention types by its context: the others
    // wait for that cluster rather than take a fallback kind.
    let typed: BTreeSet<&[String]> = mentions
        .iter()
        .filter(|m| m.words.len() == 1 && matches!(m.kind, Some(k) if k != EntityKind::Person))
        .map(|m| m.words.as_slice())
        .collect();

    // Everything else, in text order.
    for (i, m) in mentions.iter().enumerate() {
        if assigned[i] {
            continue;
        }
        let listed_place = m.kind == Some(EntityKind::Place) && m.strength == Strength::Sure;
        if m.words.len() == 1
            && m.kind != Some(EntityKind::Group)
            && !(listed_place && m.after_prep)
        {
            let w = &m.words[0];
            // Of several people with this surname, the one named last
            // before this mention.
            let start = m.span.start();
            // In sports copy an unknown word joins a one-word person of
            // that name too: one sense per article ("c Vaas b Chandana"
            // ... "Chandana"). Elsewhere "Yukos said" makes no person of
            // every "Yukos".
            let surname = nearest(&clusters.list, clusters.with_word(w), start, |c| {
                c.kind == EntityKind::Person
                    && gender_fits(m.honorific, c)
                    && (c.words.len() > 1 && c.words.last() == Some(w)
                        || m.kind.is_none() && m.fallback.is_some() && c.words.len() == 1)
            });
            let first = || {
                clusters.with_word(w).iter().copied().find(|&c| {
                    let c = &clusters.list[c];
                    c.kind == EntityKind::Person && c.words.len() > 1 && c.words.first() == Some(w)
                })
            };
            let join = surname.or_else(|| if m.kind.is_none() { first() } else { None });
            if let Some(c) = join {
                clusters.list[c].add(i, m);
                assigned[i] = true;
                continue;
            }
        }
        if m.kind.is_none() && typed.contains(m.words.as_slice()) {
            continue;
        }
        let Some(kind) = m.kind.or(m.fallback) else {
            continue;
        };
        let key = match m.group {
            Some(g) => format!("group:{g}"),
            None => m.words.join(" "),
        };
        match clusters.by_kind_key.get(&(kind, key.clone())) {
            Some(&c) => {
                let c = &mut clusters.list[c];
                c.add(i, m);
                c.strength = c.strength.max(m.strength);
            }
            None => clusters.push(Cluster::new(kind, m.strength, m.words.clone(), key, m, i)),
        }
        assigned[i] = true;
    }
}

/// Unknown words that are still unassigned: those matching a typed
/// cluster's text join it; one written three times or more is an
/// organization (or a person called by a given name), unless the article
/// also writes it in lower case ("Iodine deficiency" ... "intake of
/// iodine"): then it is a word capitalized by position.
fn cluster_repeated(
    text: &str,
    mentions: &[Mention],
    clusters: &mut Clusters,
    assigned: &mut [bool],
) {
    // Unknown single words that match a typed non-person cluster's text.
    for (i, m) in mentions.iter().enumerate() {
        if assigned[i] || m.kind.is_some() {
            continue;
        }
        let key = m.words.join(" ");
        if let Some(&c) = clusters.by_key.get(&key) {
            clusters.list[c].add(i, m);
            assigned[i] = true;
        }
    }
    // An unknown word capitalized again and again and never part of a
    // person's name is an organization or product ("Twitter", "Google").
    let mut counts: HashMap<String, usize> = HashMap::new();
    for (i, m) in mentions.iter().enumerate() {
        if !assigned[i] && m.kind.is_none() {
            *counts.entry(m.words.join(" ")).or_default() += 1;
        }
    }
    counts.retain(|_, n| *n >= 3);
    if !counts.is_empty() {
        // The words the article writes in lower case, read once.
        let lower: BTreeSet<&str> = text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty() && !w.chars().any(char::is_uppercase))
            .collect();
        counts.retain(|k, _| !lower.contains(k.as_str()));
    }
    for (i, m) in mentions.iter().enumerate() {
        if assigned[i] || m.kind.is_some() {
            continue;
        }
        let key = m.words.join(" ");
        if !counts.contains_key(&key) {
            continue;
        }
        // Unless it is a given name that is no ordinary word: a person
        // called by first name ("Marilyn").
        let person = m.words.len() == 1
            && crate::lexicon::given_name(&title_word(&m.words[0]))
                .is_some_and(|g| !g.ambiguous.word);
        let kind = if person {
            EntityKind::Person
        } else {
            EntityKind::Organization
        };
        match clusters.by_key.get(&key) {
            Some(&c) => clusters.list[c].add(i, m),
            None => clusters.push(Cluster::new(
                kind,
                Strength::Guess,
                m.words.clone(),
                key,
                m,
                i,
            )),
        }
        assigned[i] = true;
    }
}

/// The entities of the clusters: members in text order, the fullest
/// mention as the name, roles without repeats; ordered by first mention.
fn to_entities(text: &str, mentions: &[Mention], clusters: Clusters) -> Vec<Entity> {
    let mut out: Vec<Entity> = clusters
        .list
        .into_iter()
        .map(|mut c| {
            c.members.sort_by_key(|&i| mentions[i].span.start());
            let best = c
                .members
                .iter()
                .copied()
                .max_by_key(|&i| {
                    let m = &mentions[i];
                    (
                        m.words.len(),
                        !m.caps,
                        m.span.len(),
                        std::cmp::Reverse(m.span.start()),
                    )
                })
                .unwrap_or(c.members[0]);
            let mut roles: Vec<Span> = Vec::new();
            let mut seen: Vec<String> = Vec::new();
            for &i in &c.members {
                for &r in &mentions[i].roles {
                    let f = fold(&text[r]);
                    if !seen.contains(&f) {
                        seen.push(f);
                        roles.push(r);
                    }
                }
            }
            roles.sort();
            Entity {
                kind: c.kind,
                name: mentions[best].span,
                roles,
                mentions: c.members.iter().map(|&i| mentions[i].span).collect(),
            }
        })
        .collect();
    out.sort_by_key(|e| e.mentions[0].start());
    out
}
