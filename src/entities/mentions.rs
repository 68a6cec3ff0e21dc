//! Name mentions: capitalized token runs, split and typed.
//!
//! Input: the text, its sentences (and whether each sits in a heading), and
//! the document-wide [`Evidence`]. Output: [`Mention`]s in text order, each
//! with a kind (or `None` when only clustering can tell), the lower-cased
//! name words used for clustering, and role spans (titles before the name,
//! role nouns before it, appositives after it).
//!
//! A run is a maximal sequence of candidate words, optionally joined by one
//! connector ("of", "and", "&", "von"). A word is a candidate when it is
//! capitalized in running text; at the start of a sentence, in an all-caps
//! headline or in a title-case heading it must also be known: a listed name,
//! or a word this article capitalizes in mid-sentence, or no ordinary English
//! word. So "Here", "What", "Video" at a sentence start stay out, and
//! "SHEARER" in a headline is in when the story says "Alan Shearer".
//!
//! A run is then split and typed, first rule that applies:
//! 1. the whole run is a listed organization, place or demonym;
//! 2. organization shape: a keyword head ("... Council", "... Inc") or a
//!    prefix keyword before "of" ("Ministry of ..."), or an "&" inside;
//! 3. a pre-name title ("President", "Secretary of State", "Rep."), maybe
//!    after listed words ("U.S. President"): the name after it is a person
//!    and the title a role; a title with no name after it is dropped;
//! 4. only name particles inside ("Aravinda de Silva") is a person; real
//!    connectors split the run ("Kherson and Zaporizhzhia");
//! 5. a given name first: a person ("Kirill Dmitriev");
//! 6. listed pieces cover the run, or a listed piece is followed by a
//!    person name;
//! 7. event and place head words ("World Cup", "Grace Road");
//! 8. otherwise two or three unknown words are a person, unless the last is
//!    an ordinary English word ("Internet Explorer": `other`) or all the
//!    words before it are ("Space Shuttle Atlantis", "Labour Day"; this
//!    also loses first names no list knows: "Tiger Woods"); longer runs
//!    and acronyms are organizations; a single unknown word waits for
//!    clustering (in sports copy it falls back to a team).
//!
//! Context then adjusts a piece: "the city of X" and "X region" make a
//! place, "X said" a person, "the cruise ship X" and "HMS X" a vessel
//! (`other`); in sports copy (a sport named anywhere, or
//! several sports words) a listed city or county names its team unless a
//! place preposition comes before it ("at Leicester").
//!
//! Roles: the title of rule 3, role nouns right before a person ("special
//! envoy", "foreign policy aide"), and an appositive after it (", a senior
//! fellow at ...," / ", the head of ...,").
//!
//! Known limits: no part-of-speech tagging, so a capitalized common noun in
//! mid-sentence may become a guess; the sports rule is a document-wide
//! switch; GUM-style noun-phrase spans ("the White House") are not
//! produced, only names.

use std::collections::HashSet;
use std::hash::BuildHasherDefault;

use super::EntityKind;
use super::words::{self, Class};
use crate::document::Span;
use crate::lexicon::{self, FxHasher, KeywordPosition, PlaceKind, TitleCategory};

/// What a token is to the name rules.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TokKind {
    /// A word, number or mixed token.
    Word,
    /// "’s" or "'s" after a word.
    Possessive,
    /// Punctuation or a quote mark.
    Punct,
}

/// A shared token ([`crate::segment::Token`]) as the name rules read it:
/// its span, kind and whether the lexicon reads it as a month or weekday
/// name (`Classes::MONTH | WEEKDAY`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Token {
    pub span: Span,
    pub kind: TokKind,
    pub calendar: bool,
}

/// The shared tokens `list` of one sentence, read with their shapes and
/// lexicon classes (no tokenizing here).
pub(crate) fn read_tokens(
    tokens: &crate::segment::Tokens,
    list: &[crate::segment::Token],
) -> Vec<Token> {
    list.iter()
        .map(|&t| {
            let kind = if tokens.is(t, lexicon::Classes::POSSESSIVE) {
                TokKind::Possessive
            } else if tokens.shape(t).is_word() {
                TokKind::Word
            } else {
                TokKind::Punct
            };
            let calendar =
                tokens.is(t, lexicon::Classes::MONTH) || tokens.is(t, lexicon::Classes::WEEKDAY);
            Token {
                span: t.span,
                kind,
                calendar,
            }
        })
        .collect()
}

/// Sets keyed by words of the input. The Fx hash is not flood-resistant;
/// an article crafted to collide only slows its own analysis.
type FastSet<T> = HashSet<T, BuildHasherDefault<FxHasher>>;

/// How a mention's kind was decided.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Strength {
    /// A default for unknown words.
    Guess,
    /// A name shape or context rule.
    Rule,
    /// A list entry or a title before the name.
    Sure,
}

/// One name mention.
#[derive(Clone, Debug)]
pub(crate) struct Mention {
    pub span: Span,
    pub kind: Option<EntityKind>,
    pub strength: Strength,
    /// Lower-cased name words ("donald", "trump").
    pub words: Vec<String>,
    /// For groups: the place or people of the demonym ("Russia").
    pub group: Option<&'static str>,
    pub roles: Vec<Span>,
    /// Written in all capitals (a headline): a poor choice of display name.
    pub caps: bool,
    /// The kind to use when `kind` is `None` and clustering finds no
    /// person to join (a lone unknown word in sports copy is a team).
    pub fallback: Option<EntityKind>,
    /// Right after a place preposition ("in Jordan", "of Georgia"), or
    /// opening a dateline: a place there is not a person's surname, nor a
    /// club.
    pub after_prep: bool,
    /// The gender a courtesy title before the name gives ("Ms Clarkson":
    /// female, "Dr Clarkson": unknown), `None` without one.
    pub honorific: Option<lexicon::Gender>,
    /// A listed town or first-level division (maybe read as its club).
    pub local: bool,
}

/// Facts about the whole article that single sentences cannot give.
#[derive(Default)]
pub(crate) struct Evidence<'t> {
    /// Words seen capitalized in mid-sentence running text, as written.
    cap_mid: FastSet<&'t str>,
    /// The article reads as sports copy (many sports words): place names
    /// of cities and counties there mostly name teams.
    sports: bool,
}

/// One sentence to read: its span, whether it is a heading, its tokens.
#[derive(Clone, Debug)]
pub(crate) struct Line {
    pub span: Span,
    pub heading: bool,
    pub toks: Vec<Token>,
    /// Most words are in capitals (see [`caps_sentence`]).
    pub caps: bool,
}

/// The most tokens read as one run. The longest listed names have nine
/// words ("American Federation of Labor and Congress of Industrial
/// Organizations"); a longer run is read in pieces of this size.
const MAX_RUN: usize = 16;

fn is_cap(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// The shape of an English county's name: "-shire", "-sex".
fn county_shape(w: &str) -> bool {
    let lower = w.to_ascii_lowercase();
    is_cap(w) && lower.len() >= 6 && (lower.ends_with("shire") || lower.ends_with("ssex"))
        || lower == "middlesex"
}

/// A cricket bowler's figures: overs-maidens-runs-wickets ("10-0-41-2",
/// "6.5-1-23-4").
fn bowling_figures(w: &str) -> bool {
    let parts: Vec<&str> = w.split('-').collect();
    parts.len() == 4
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit() || b == b'.'))
}

/// The gender a courtesy title gives ("Mr", "Mrs.", "Ms"); `Unknown` for
/// one without ("Dr").
fn honorific(w: &str) -> Option<lexicon::Gender> {
    use lexicon::Gender::*;
    // Stage exception: these titles are `never_name` words
    // (`lexicon/entity_lists.tsv`), so the
    // title rule never sees them; only their gender matters here.
    Some(
        match w.trim_end_matches('.').to_ascii_lowercase().as_str() {
            "mr" => Male,
            "mrs" | "ms" | "miss" => Female,
            "dr" => Unknown,
            _ => return None,
        },
    )
}

/// One capital and a period ("M.", "J."): a person's initial.
fn initial(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() == 2 && b[0].is_ascii_uppercase() && b[1] == b'.'
}

fn is_all_caps(w: &str) -> bool {
    let mut letters = w.chars().filter(|c| c.is_alphabetic()).peekable();
    letters.peek().is_some() && letters.all(char::is_uppercase)
}

/// "SHEARER" -> "Shearer"; words with periods ("U.S.") keep their form.
fn title_case(w: &str) -> String {
    if w.contains('.') {
        return w.to_string();
    }
    let mut out = String::with_capacity(w.len());
    let mut start = true;
    for c in w.chars() {
        if start {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
        start = c == '-' || c == '\'' || c == '’';
    }
    out
}

/// What a list says a name is.
#[derive(Clone, Copy, Debug)]
enum Listed {
    Org,
    /// `local`: a city or first-level division (a sports team's name in
    /// sports copy), not a country or region.
    Place {
        ambiguous: bool,
        local: bool,
    },
    Demonym(lexicon::Demonym),
}

fn lookup_exact(name: &str) -> Option<Listed> {
    let info = lexicon::name(name)?;
    let (org, place) = (info.org, info.place);
    // A demonym that is also a country's name ("U.S.") is the country.
    if let Some(d) = info.demonym
        && !place.is_some_and(|p| p.kind == PlaceKind::Country)
    {
        return Some(Listed::Demonym(d));
    }
    match (org, place) {
        // A several-word name in both lists is the organization, unless
        // the organization list itself marks its place sense ("Wall
        // Street", a street that stands for a market): then the place.
        (Some(o), Some(_))
            if o.kind == lexicon::OrgType::Metonym || name.contains(' ') && !o.ambiguous.place =>
        {
            Some(Listed::Org)
        }
        // A country's name is read as the country even when it is also a
        // word ("Japan", "Turkey") or a given name ("Jordan"): clustering
        // still moves it to a person with that surname.
        (_, Some(p)) => Some(Listed::Place {
            ambiguous: p.kind != PlaceKind::Country && (p.ambiguous.word || p.ambiguous.given),
            local: matches!(p.kind, PlaceKind::City | PlaceKind::Admin1) && !home_nation(name),
        }),
        (Some(o), None) if !o.ambiguous.word || name.contains(' ') => Some(Listed::Org),
        _ => None,
    }
}

/// First-level divisions of the United Kingdom that field national
/// sides: "England beat Scotland" names the country, as a country's name
/// does in sports copy, not a club.
fn home_nation(name: &str) -> bool {
    ["England", "Scotland", "Wales", "Northern Ireland"].contains(&name)
}

/// Look a sequence of words up, as written and (for all-caps words) in
/// title case.
fn lookup(words: &[&str], caps: bool) -> Option<Listed> {
    let found = match words {
        [one] => lookup_exact(one),
        _ => lookup_exact(&words.join(" ")),
    };
    if found.is_some() {
        return found;
    }
    // In a headline "NEW YORK" is "New York"; elsewhere capitals are an
    // acronym's own form ("NATO").
    if caps && words.iter().any(|w| is_all_caps(w)) {
        let tc: Vec<String> = words.iter().map(|w| title_case(w)).collect();
        return lookup_exact(&tc.join(" "));
    }
    None
}

fn given(w: &str, caps: bool) -> Option<lexicon::GivenName> {
    lexicon::given_name(w).or_else(|| {
        if caps && is_all_caps(w) && w.chars().count() > 1 {
            lexicon::given_name(&title_case(w))
        } else {
            None
        }
    })
}

fn keyword(w: &str, caps: bool) -> Option<KeywordPosition> {
    lexicon::org_keyword(w).or_else(|| {
        if caps && is_all_caps(w) && w.chars().count() > 3 {
            lexicon::org_keyword(&title_case(w))
        } else {
            None
        }
    })
}

fn is_pre_name_title(t: lexicon::Title) -> bool {
    t.pre_name
        && matches!(
            t.category,
            TitleCategory::Role | TitleCategory::Honorific | TitleCategory::Kinship
        )
}

fn is_role_noun(w: &str) -> bool {
    lexicon::title(&[w])
        .is_some_and(|t| matches!(t.category, TitleCategory::Role | TitleCategory::Kinship))
}

impl<'t> Evidence<'t> {
    /// Collect the evidence from every sentence.
    pub fn collect(text: &'t str, lines: &[Line]) -> Evidence<'t> {
        let mut ev = Evidence::default();
        let n: usize = lines.iter().map(|l| l.toks.len()).sum();
        let mut sports = 0u64;
        ev.cap_mid.reserve(n / 8);
        let mut named_sport = false;
        for line in lines {
            let toks = &line.toks;
            // Headlines name the sport in capitals ("SOCCER - ..."); body
            // text in lower case, which the count below sees.
            if line.heading || line.caps {
                named_sport = named_sport
                    || toks.iter().any(|t| {
                        t.kind == TokKind::Word && words::has(&text[t.span], Class::Sport)
                    });
            }
            if line.heading || line.caps {
                continue;
            }
            for (k, t) in toks.iter().enumerate() {
                if t.kind != TokKind::Word {
                    continue;
                }
                let w = &text[t.span];
                if is_cap(w) {
                    if !sentence_initial(text, toks, k) {
                        ev.cap_mid.insert(w);
                    }
                } else if w.len() > 2 && w.as_bytes()[0].is_ascii_lowercase() {
                    // A bit per distinct sports word seen; one sport's
                    // name is enough.
                    if words::has(w, Class::Sport) {
                        named_sport = true;
                    } else if let Some(i) = words::sports_index(w) {
                        sports |= 1u64 << i;
                    }
                }
            }
        }
        ev.sports = named_sport || sports.count_ones() >= 5;
        ev
    }
}

/// Most words with letters are all capitals: a headline or a dateline.
pub(crate) fn caps_sentence(text: &str, toks: &[Token]) -> bool {
    let mut lettered = 0;
    let mut caps = 0;
    for t in toks.iter().filter(|t| t.kind == TokKind::Word) {
        let w = &text[t.span];
        let first = w.as_bytes()[0];
        // Most words start with a lower-case ASCII letter: no capitals word.
        if first.is_ascii_lowercase() {
            lettered += usize::from(w.len() > 1);
            continue;
        }
        if w.chars().filter(|c| c.is_alphabetic()).count() < 2 {
            continue;
        }
        lettered += 1;
        if is_all_caps(w) {
            caps += 1;
        }
    }
    lettered > 0 && caps * 10 >= lettered * 7
}

/// Most words capitalized: a title-case heading.
fn title_case_line(text: &str, toks: &[Token]) -> bool {
    let words: Vec<&str> = toks
        .iter()
        .filter(|t| t.kind == TokKind::Word)
        .map(|t| &text[t.span])
        .filter(|w| w.chars().count() > 3 && w.chars().all(char::is_alphabetic))
        .collect();
    words.len() >= 2 && words.iter().all(|w| is_cap(w))
}

/// The first word of the sentence, or the first after an opening quote,
/// a semicolon or a dash: capitalized by position.
fn sentence_initial(text: &str, toks: &[Token], k: usize) -> bool {
    let prev = toks[..k].iter().rev().find(|t| {
        t.kind != TokKind::Punct || {
            let p = &text[t.span];
            !matches!(p, "“" | "\"" | "‘" | "'" | "(" | "[" | "•" | "*")
        }
    });
    match prev {
        None => true,
        Some(t) => t.kind == TokKind::Punct && matches!(&text[t.span], ":" | "—" | "–" | "-" | ";"),
    }
}

/// One typed stretch of a run: token range `a..b` into the sentence.
#[derive(Clone, Debug)]
struct Piece {
    a: usize,
    b: usize,
    kind: Option<EntityKind>,
    strength: Strength,
    group: Option<&'static str>,
    role: Option<Span>,
    /// A listed city or first-level division.
    local: bool,
}

struct SentenceReader<'t> {
    text: &'t str,
    toks: &'t [Token],
    caps: bool,
    /// The article is sports copy ([`Evidence`]).
    sports: bool,
}

impl SentenceReader<'_> {
    fn word(&self, k: usize) -> &str {
        &self.text[self.toks[k].span]
    }

    fn is_word(&self, k: usize) -> bool {
        k < self.toks.len() && self.toks[k].kind == TokKind::Word
    }

    /// May tokens `i` and `j` (adjacent) be in one name? Not across a
    /// line break that ends a short line (tables, bylines); a wrapped line
    /// of running text is fine ("Kirill\nDmitriev").
    fn joinable(&self, i: usize, j: usize) -> bool {
        wrapped_gap(
            self.text,
            self.toks[i].span.end(),
            self.toks[j].span.start(),
        )
    }

    fn lower(&self, k: usize) -> String {
        self.word(k).to_lowercase()
    }

    fn connector(&self, k: usize) -> bool {
        if k >= self.toks.len() {
            return false;
        }
        let w = self.word(k);
        // All connectors are short: most words fail here without a compare.
        if w.len() > 3 {
            return false;
        }
        // Lower case only ("Bank of England", not "Of"), except in
        // all-caps lines ("BANK OF ENGLAND").
        (self.caps || !w.bytes().any(|b| b.is_ascii_uppercase()))
            && words::has(w, Class::NameConnector)
    }

    /// A lower-case name particle ("van", "der", "de", "bin").
    fn particle(&self, k: usize) -> bool {
        k < self.toks.len() && {
            let w = self.word(k);
            !w.bytes().any(|b| b.is_ascii_uppercase()) && words::has(w, Class::NameParticle)
        }
    }

    /// Is word `k` known as a name without its capital letter's help?
    fn known(&self, k: usize, ev: &Evidence) -> bool {
        let w = self.word(k);
        // Cheap exit for the usual sentence openers ("The", "But", "He").
        if words::has(w, Class::Opener) {
            return false;
        }
        // "P. Simmons": an initial before a capitalized word.
        if w.len() == 2 && w.ends_with('.') && self.is_word(k + 1) && is_cap(self.word(k + 1)) {
            return true;
        }
        // "NEW YORK", "South Africa": the start of a listed name.
        for len in 2..=3 {
            if k + len <= self.toks.len()
                && (k + 1..k + len).all(|j| self.is_word(j) && is_cap(self.word(j)))
                && lookup(&self.words(k, k + len), self.caps).is_some()
            {
                return true;
            }
        }
        if ev.cap_mid.contains(w) || (is_all_caps(w) && ev.cap_mid.contains(title_case(w).as_str()))
        {
            return true;
        }
        let lower = w.to_lowercase();
        if let Some(
            Listed::Place {
                ambiguous: false, ..
            }
            | Listed::Org
            | Listed::Demonym(_),
        ) = lookup(&[w], self.caps)
        {
            return true;
        }
        // A given name, unless it is also a word ("Will", "Mark"): then only
        // before another capitalized word ("Mark Smith said"); so too the
        // first word of a club's name ("Real Madrid").
        let next_cap = self.is_word(k + 1) && is_cap(self.word(k + 1));
        if next_cap && words::has(w, Class::ClubPrefix) {
            return true;
        }
        // A results row of sports copy opens with a side's name, whatever
        // its words ("East Fife 3 1 2", "St Johnstone 2").
        if self.sports && !self.caps && self.row_name(k) {
            return true;
        }
        if given(w, self.caps).is_some_and(|g| !g.ambiguous.word || next_cap)
            || lexicon::title(&[w]).is_some_and(is_pre_name_title)
        {
            return true;
        }
        // No ordinary English word.
        let bare = lower.trim_end_matches('.');
        bare.len() > 1 && lexicon::common_word(bare).is_none()
    }

    fn candidate(&self, k: usize, ev: &Evidence, heading: bool) -> bool {
        if !self.is_word(k) {
            return false;
        }
        let w = self.word(k);
        if !is_cap(w) || w.chars().all(|c| !c.is_alphabetic()) {
            return false;
        }
        // A lone capital ("A", "N" in tables) is no name; an initial is.
        if w.chars().count() == 1 {
            return false;
        }
        let bare = w.trim_end_matches('.');
        // Weekdays and months, full or short ("Mon", "Sept."), are no
        // name, except the months that are also names ("Theresa May").
        if words::has(bare, Class::NeverName)
            || self.toks[k].calendar && !words::has(bare, Class::NameMonth)
        {
            return false;
        }
        // "R-Neb.", "D-Calif.": party and state, not a name.
        let mut parts = w.split('-');
        if let (Some(p), Some(_)) = (parts.next(), parts.next())
            && p.len() == 1
        {
            return false;
        }
        if self.caps || heading || sentence_initial(self.text, self.toks, k) {
            return self.known(k, ev);
        }
        true
    }

    /// The longest pre-name title starting at `i` (token count), within
    /// `i..end`, allowing modifiers ("Deputy", "Former") before it.
    fn title_at(&self, i: usize, end: usize) -> Option<(usize, lexicon::Title)> {
        let max = if lexicon::title_may_start(self.word(i)) {
            lexicon::title_max_words().min(end - i)
        } else {
            1
        };
        for len in (1..=max).rev() {
            let words: Vec<&str> = (i..i + len).map(|k| self.word(k)).collect();
            // "Don Bacon": a given name before a surname is likelier than
            // a title; "King Abdullah": a title before a given name.
            if len == 1
                && given(words[0], self.caps).is_some()
                && !(i + 1 < end && given(self.word(i + 1), self.caps).is_some())
            {
                continue;
            }
            if let Some(t) = lexicon::title(&words)
                && is_pre_name_title(t)
            {
                return Some((len, t));
            }
        }
        None
    }

    fn words(&self, a: usize, b: usize) -> Vec<&str> {
        (a..b).map(|k| self.word(k)).collect()
    }

    /// Cover `a..b` with listed pieces, longest first; `None` if a word is
    /// left over.
    fn listed_cover(&self, a: usize, b: usize) -> Option<Vec<Piece>> {
        let mut out = Vec::new();
        let mut i = a;
        while i < b {
            let mut found = None;
            for j in (i + 1..=b).rev() {
                if let Some(l) = lookup(&self.words(i, j), self.caps) {
                    found = Some((j, l));
                    break;
                }
            }
            let (j, l) = found?;
            out.push(listed_piece(i, j, l));
            i = j;
        }
        Some(out)
    }

    /// Split and type the run `a..b` (see the module doc for the rules).
    fn split(&self, a: usize, b: usize) -> Vec<Piece> {
        // Connectors never open or close a name, nor does an article
        // ("The White House" at a sentence start names "White House").
        let (mut a, mut b) = (a, b);
        while a < b && (self.connector(a) || self.lower(a) == "the") {
            a += 1;
        }
        while b > a && self.connector(b - 1) {
            b -= 1;
        }
        if a >= b {
            return Vec::new();
        }
        let n = b - a;
        let has_connector = (a..b).any(|k| self.connector(k));
        if n == 1 {
            let w = self.word(a);
            let bare = w.trim_end_matches('.');
            if words::has(w, Class::Sport)
                || words::has(bare, Class::NameMonth)
                || words::has(bare, Class::LoneStop)
            {
                return Vec::new();
            }
        }
        // "Douglas & Lomason", "Procter & Gamble".
        if n >= 3 && (a..b).any(|k| self.word(k) == "&") {
            return vec![piece(a, b, EntityKind::Organization, Strength::Rule)];
        }
        // A title with a capitalized number word first or last names a
        // work, event, competition or channel ("Six Nations", "Ocean's
        // Twelve", "BBC Three", "Formula One"): kind `other`, and a name
        // whose number the claims stage must not read. A listed place
        // stays one ("Seven Oaks").
        let listed = lookup(&self.words(a, b), self.caps);
        if n >= 2
            && !matches!(listed, Some(Listed::Place { .. }))
            && (self.cardinal_word(a) || self.cardinal_word(b - 1))
        {
            return vec![piece(a, b, EntityKind::Other, Strength::Rule)];
        }
        // 1. Listed as a whole.
        if let Some(l) = listed {
            return vec![listed_piece(a, b, l)];
        }
        // 2. Organization shape.
        if n >= 2 {
            let last = keyword(self.word(b - 1), self.caps);
            let first = keyword(self.word(a), self.caps);
            let head_of = |i: usize| {
                i + 1 < b
                    && matches!(
                        keyword(self.word(i), self.caps),
                        Some(KeywordPosition::Prefix | KeywordPosition::Head)
                    )
                    && self.connector(i + 1)
            };
            // "Ministry of ...", and after one modifier: "American
            // Association for the Advancement of Science".
            let prefix = matches!(first, Some(KeywordPosition::Prefix | KeywordPosition::Head))
                && self.connector(a + 1)
                || head_of(a + 1) && matches!(self.word(a + 2), "of" | "for");
            if matches!(last, Some(KeywordPosition::Head | KeywordPosition::Suffix)) || prefix {
                return vec![piece(a, b, EntityKind::Organization, Strength::Rule)];
            }
        }
        // 3. Title, maybe after listed words.
        if let Some(out) = self.title_rule(a, b) {
            return out;
        }
        // Only particles inside: a personal name ("Aravinda de Silva",
        // "Joost van der Westhuizen").
        if has_connector && n <= 5 && (a..b).all(|k| !self.connector(k) || self.particle(k)) {
            return vec![piece(a, b, EntityKind::Person, Strength::Rule)];
        }
        // "X and Y", "X of Y": split at the real connectors first, so each
        // part keeps its particles.
        if (a..b).any(|k| self.connector(k) && !self.particle(k)) {
            let mut out = Vec::new();
            let mut start = a;
            for k in a..=b {
                if k == b || (self.connector(k) && !self.particle(k)) {
                    out.extend(self.split(start, k));
                    start = k + 1;
                }
            }
            return out;
        }
        // 4. Connectors split the run.
        if has_connector {
            let mut out = Vec::new();
            let mut start = a;
            for k in a..=b {
                if k == b || self.connector(k) {
                    out.extend(self.split(start, k));
                    start = k + 1;
                }
            }
            return out;
        }
        // 5. Given name or an initial first ("Kirill Dmitriev", "M. Waugh").
        if (2..=4).contains(&n)
            && (given(self.word(a), self.caps).is_some() || initial(self.word(a)))
        {
            return vec![piece(a, b, EntityKind::Person, Strength::Rule)];
        }
        // A club's name: "Real Madrid", "Bristol Rovers", "Dynamo Moscow";
        // a company's: "Jones Medical", "Bucharest Newsroom"; a team named
        // by its town and a plural ("Philadelphia Eagles").
        if n >= 2
            && (words::has(self.word(a), Class::ClubPrefix)
                || words::has(self.word(b - 1), Class::ClubSuffix)
                || words::has(self.word(b - 1), Class::CompanyHead)
                || self.town_and_plural(a, b)
                || self.side_in_row(a, b))
        {
            return vec![piece(a, b, EntityKind::Organization, Strength::Rule)];
        }
        // 6. Listed pieces cover the run, or a listed piece then a person.
        if n >= 2 {
            if let Some(out) = self.listed_cover(a, b) {
                return out;
            }
            for j in (a + 1..b).rev() {
                if let Some(l) = lookup(&self.words(a, j), self.caps)
                    && given(self.word(j), self.caps).is_some()
                {
                    let mut out = vec![listed_piece(a, j, l)];
                    out.extend(self.split(j, b));
                    return out;
                }
            }
        }
        // 7. Head words.
        let last = self.word(b - 1);
        if n >= 2 && words::has(last, Class::EventHead) {
            return vec![piece(a, b, EntityKind::Other, Strength::Rule)];
        }
        if n >= 2 && words::has(last, Class::PlaceHead) {
            return vec![piece(a, b, EntityKind::Place, Strength::Rule)];
        }
        // 8. Guesses.
        self.guess(a, b)
    }

    /// Is word `k` inside the capitalized words that open a results row
    /// ("East Fife 3 1 2 0", "St Johnstone v Airdrieonians")? Reads at
    /// most `MAX_RUN` words ahead, so a long capitalized line stays linear.
    fn row_name(&self, k: usize) -> bool {
        let n = self.toks.len();
        if k >= MAX_RUN || (0..k).any(|i| !self.is_word(i) || !is_cap(self.word(i))) {
            return false;
        }
        let end = (k..n.min(k + MAX_RUN))
            .find(|&i| !self.is_word(i) || !is_cap(self.word(i)))
            .unwrap_or(n);
        // One word alone is known or not by the usual tests ("Since 15").
        end >= 2 && end < n && self.score_cell(end)
    }

    /// A score of a results row (up to three digits: not a year) or "v"
    /// (versus) at token `k`.
    fn score_cell(&self, k: usize) -> bool {
        k < self.toks.len() && {
            let w = self.word(k);
            w == "v" || (1..=3).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit())
        }
    }

    /// A side's name in a results row of sports copy: between the row's
    /// start, a score or "v" and a score or "v" ("Greenock Morton 3 2",
    /// "Buducnost 1 Red Star 3"), and no person's name (no given name or
    /// initial first).
    fn side_in_row(&self, a: usize, b: usize) -> bool {
        self.sports
            && !self.caps
            && (a == 0 || self.score_cell(a - 1))
            && self.score_cell(b)
            && given(self.word(a), self.caps).is_none()
            && !initial(self.word(a))
            && !words::has(self.word(b - 1), Class::EventHead)
    }

    /// Is token `k` a capitalized cardinal number word ("Six", "Twelve";
    /// not "First", not "Hundred")?
    fn cardinal_word(&self, k: usize) -> bool {
        use lexicon::NumberKind;
        let w = self.word(k);
        is_cap(w)
            && !self.caps
            && lexicon::number_word(&w.to_lowercase()).is_some_and(|n| {
                matches!(
                    n.kind,
                    NumberKind::Unit | NumberKind::Teen | NumberKind::Tens
                )
            })
    }

    /// "Philadelphia Eagles", "Kansas City Royals": a listed town or
    /// state (no country, no ordinary word), then one capitalized plural that heads no place or event
    /// name: a team (or a company: "Bangladesh Lamps").
    fn town_and_plural(&self, a: usize, b: usize) -> bool {
        let last = self.word(b - 1);
        let plural = is_cap(last)
            && !is_all_caps(last)
            && last.len() > 3
            && last.ends_with('s')
            && !last.ends_with("ss")
            && !words::has(last, Class::PlaceHead)
            && !words::has(last, Class::EventHead);
        // A town or state ("UK Muslims" is no team), and no compass word
        // standing for a region ("West Midlands").
        let one_word = b - a == 2;
        plural
            && matches!(
                lookup(&self.words(a, b - 1), self.caps),
                Some(Listed::Place { local: true, .. })
            )
            && !(one_word && lexicon::common_word(&self.word(a).to_lowercase()).is_some())
    }

    /// Rule 3: a pre-name title, maybe after listed words ("U.S.
    /// President X"): the name after it is a person with the title as
    /// role; a title with no name after it gives no name.
    fn title_rule(&self, a: usize, b: usize) -> Option<Vec<Piece>> {
        for i in a..b {
            if self.connector(i) {
                return None;
            }
            let Some((len, t)) = self.title_at(i, b) else {
                continue;
            };
            let prefix = if i == a {
                Some(Vec::new())
            } else {
                self.listed_cover(a, i)
            };
            let mut out = prefix?;
            let mut rest = i + len;
            // "Deputy Prime Minister", "Foreign Minister": titles in a row.
            while rest < b
                && let Some((l2, _)) = self.title_at(rest, b)
            {
                rest += l2;
            }
            let role = (t.category != TitleCategory::Honorific)
                .then(|| self.toks[a].span.cover(self.toks[rest - 1].span));
            if rest < b && !self.connector(rest) {
                // The name after the title may itself be a list of names
                // ("Marco Rubio and Rep. Don Bacon"): the first is the
                // titled person.
                let mut names = self.split(rest, b);
                if let Some(first) = names.first_mut()
                    && first.a == rest
                    && !(first.strength == Strength::Sure
                        && first.kind == Some(EntityKind::Organization))
                {
                    first.kind = Some(EntityKind::Person);
                    first.strength = Strength::Sure;
                    first.group = None;
                    first.local = false;
                    if first.role.is_none() {
                        first.role = role;
                    }
                }
                out.extend(names);
            }
            return Some(out);
        }
        None
    }

    /// Rule 8: guesses for what no list or shape explains.
    fn guess(&self, a: usize, b: usize) -> Vec<Piece> {
        let n = b - a;
        if n >= 2 {
            let acronym = (a..b).any(|k| {
                let w = self.word(k);
                !self.caps && is_all_caps(w) && w.chars().count() >= 2 && !initial(w)
            });
            let numeric = (a..b).any(|k| self.word(k).chars().any(|c| c.is_ascii_digit()));
            // A surname is seldom an ordinary word: "Internet Explorer",
            // "Space Shuttle", "Visual Arts" are things, not people.
            // Nor are names whose leading words are all ordinary words
            // ("Space Shuttle Atlantis", "Visual Arts Centre").
            let ordinary = |k: usize| lexicon::common_word(&self.lower(k)) == Some(false);
            let wordy = ordinary(b - 1) || (a..b - 1).all(ordinary);
            let kind = if n <= 3 && !acronym && !numeric && !wordy {
                EntityKind::Person
            } else if wordy && n <= 3 && !acronym {
                EntityKind::Other
            } else {
                EntityKind::Organization
            };
            return vec![piece(a, b, kind, Strength::Guess)];
        }
        let w = self.word(a);
        if !self.caps && is_all_caps(w) && (2..=6).contains(&w.chars().count()) && !w.contains('.')
        {
            return vec![piece(a, b, EntityKind::Organization, Strength::Guess)];
        }
        // "Derbyshire", "Middlesex": an English county, whose name a
        // sports report gives its team.
        if county_shape(w) {
            let mut p = piece(a, b, EntityKind::Place, Strength::Rule);
            p.local = true;
            return vec![p];
        }
        let mut p = piece(a, b, EntityKind::Other, Strength::Guess);
        p.kind = None;
        vec![p]
    }

    /// Context rules around a piece: "the city of X", "X region",
    /// "X said".
    fn context(&self, p: &mut Piece, ev: &Evidence) {
        let next = (p.b < self.toks.len()).then(|| self.word(p.b));
        let prev = |d: usize| (p.a >= d).then(|| self.word(p.a - d));
        // Sports copy: "Leicestershire beat Somerset", "Newcastle 2": a
        // city or county names its team, except after a place preposition
        // and in datelines.
        // In capitals only in a table row ("CHICAGO 70 60"), not in a
        // dateline ("LONDON 1996-08-30").
        // A vessel's name: "the cruise ship Freewinds", "HMS Belfast".
        let after_noun = words::is(prev(1), Class::VesselNoun)
            && prev(1).is_some_and(|w| !is_cap(w))
            && (p.kind.is_none() || p.strength == Strength::Guess);
        let prefixed = p.b > p.a + 1 && words::has(self.word(p.a), Class::VesselPrefix);
        if after_noun || prefixed {
            p.kind = Some(EntityKind::Other);
            p.strength = Strength::Rule;
            return;
        }
        let table_row = next.is_some_and(|w| w.bytes().all(|b| b.is_ascii_digit()));
        let place_here = self.place_context(p);
        // Outside sports copy a town is a club only by its own context
        // ("Leeds beat Wigan 2-1", "the Leeds side", "Leeds manager X").
        let sports = ev.sports || self.team_context(p);
        if sports && p.local && (!self.caps || table_row) && !place_here {
            p.kind = Some(EntityKind::Organization);
            p.strength = Strength::Rule;
            return;
        }
        // An unknown word where places go: "at Headingley", "Longyear ,
        // Norway"; its other mentions follow (one sense per article).
        // Not before a noun it modifies ("in Hajj stampede").
        let modifies =
            next.is_some_and(|w| w.len() > 3 && w.starts_with(|c: char| c.is_lowercase()));
        // "at" and "from" go with employers too ("at Google") outside
        // sports copy, where they name venues ("at Headingley").
        let company_prep = !ev.sports && matches!(prev(1), Some("at" | "from"));
        // Nor a plural ("in Asbos", "CSOs") or an ordinary word ("in
        // Parliament").
        let w = self.word(p.a);
        let wordy = w.ends_with('s')
            || lexicon::common_word(&w.to_lowercase()).is_some()
            || words::has(w.trim_end_matches('.'), Class::NameMonth);
        if p.kind.is_none() && place_here && p.b == p.a + 1 && !modifies && !company_prep && !wordy
        {
            p.kind = Some(EntityKind::Place);
            p.strength = Strength::Guess;
            return;
        }
        if p.strength == Strength::Sure && p.kind != Some(EntityKind::Person) {
            return;
        }
        if words::is(next, Class::PlaceNoun) && p.kind != Some(EntityKind::Person) {
            p.kind = Some(EntityKind::Place);
            p.strength = Strength::Rule;
            return;
        }
        if prev(1).is_some_and(|w| w.eq_ignore_ascii_case("of"))
            && words::is(prev(2), Class::PlaceOf)
        {
            p.kind = Some(EntityKind::Place);
            p.strength = Strength::Rule;
            return;
        }
        if p.kind.is_none() && (words::is(next, Class::PersonVerb) || self.player_context(p)) {
            p.kind = Some(EntityKind::Person);
            p.strength = Strength::Rule;
        }
    }

    /// Where the run `k..j` of candidates goes on, if it does: the next
    /// candidate; one connector and a candidate ("Kherson and
    /// Zaporizhzhia"); two particles ("Joost van der Westhuizen"); in an
    /// organization's name, "of the" / "for the" ("American Association
    /// for the Advancement of Science") and a list of fields closed by
    /// "and" ("Centre for Vision, Speech and Signal Processing").
    fn extend_run(&self, k: usize, j: usize, cand: &[bool]) -> Option<usize> {
        let n = self.toks.len();
        let c = |i: usize| i < n && cand[i];
        if c(j) && self.joinable(j - 1, j) {
            return Some(j + 1);
        }
        // "Ocean's Twelve": a possessive before a number word that ends
        // a title.
        if c(j + 1)
            && self
                .toks
                .get(j)
                .is_some_and(|t| t.kind == TokKind::Possessive)
            && self.cardinal_word(j + 1)
            && !c(j + 2)
        {
            return Some(j + 2);
        }
        if c(j + 1) && self.connector(j) && self.joinable(j - 1, j) && self.joinable(j, j + 1) {
            return Some(j + 2);
        }
        if c(j + 2) && self.particle(j) && self.particle(j + 1) && self.joinable(j - 1, j + 2) {
            return Some(j + 3);
        }
        let org_of = (k..j).any(|i| {
            matches!(
                keyword(self.word(i), self.caps),
                Some(KeywordPosition::Head | KeywordPosition::Prefix)
            ) && matches!(
                self.toks.get(i + 1).map(|t| &self.text[t.span]),
                Some("of" | "for")
            )
        });
        if !org_of || self.caps {
            return None;
        }
        if c(j + 2) && matches!(self.word(j), "of" | "for") && self.word(j + 1) == "the" {
            return Some(j + 3);
        }
        if j < n && self.word(j) == "," {
            return self.field_list(j, cand);
        }
        None
    }

    /// ", B, C and D" from the comma at `j`: the end of the list when it
    /// is capitalized fields closed by "and" and a last field.
    fn field_list(&self, j: usize, cand: &[bool]) -> Option<usize> {
        let n = self.toks.len();
        let mut i = j;
        while i < n && i - j < MAX_RUN {
            let sep = self.word(i);
            if sep != "," && sep != "and" {
                return None;
            }
            let start = i + 1;
            i = start;
            while i < n && cand[i] {
                i += 1;
            }
            if i == start {
                return None;
            }
            if sep == "and" {
                return Some(i);
            }
        }
        None
    }

    /// Where a name is a side in a match: before or after a match verb
    /// ("Leeds beat Wigan"), before a team noun or a club role ("the
    /// Leeds side", "Leeds manager"), or in a score ("Leeds 2-1").
    fn team_context(&self, p: &Piece) -> bool {
        let next = (p.b < self.toks.len()).then(|| self.word(p.b));
        let prev = (p.a > 0).then(|| self.word(p.a - 1));
        let score = next.is_some_and(|w| {
            let mut parts = w.split(['-', '–']);
            parts.clone().count() == 2
                && parts.all(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()))
        });
        words::is(next, Class::TeamVerb)
            || words::is(prev, Class::TeamVerb)
            || words::is(next, Class::TeamNoun)
            || words::is(next, Class::SportsRole)
            || score
    }

    /// Where a name is a place, not a team or a person: after a place
    /// preposition ("at Headingley"; not "to", as in "lost to Leeds"),
    /// in a place's apposition ("MILWAUKEE , Wisconsin", "The Oval ,
    /// London"), alone in parentheses ("Ato Boldon ( Trinidad )"), or
    /// before a colon that opens a results line ("Leicester : ...").
    fn place_context(&self, p: &Piece) -> bool {
        let next = (p.b < self.toks.len()).then(|| self.word(p.b));
        let prev = |d: usize| (p.a >= d).then(|| self.word(p.a - d));
        let listed_place = |k: usize| {
            k < self.toks.len()
                && self.is_word(k)
                && matches!(
                    lookup(&[self.word(k)], self.caps),
                    Some(Listed::Place { .. })
                )
        };
        if next.is_some_and(|w| w == "’s" || w == "'s") {
            return false;
        }
        (words::is(prev(1), Class::PlacePrep) && prev(1) != Some("to"))
            || (next == Some(",") && listed_place(p.b + 1))
            || (prev(1) == Some(",") && p.a >= 2 && listed_place(p.a - 2) && p.b == p.a + 1)
            || (prev(1) == Some("(") && next == Some(")"))
            || (next == Some(":") && p.a == 0)
            || self.dateline(p)
    }

    /// A dateline: the name opens a short line that ends in a date, maybe
    /// with its region between ("LONDON 1996-08-30", "MILWAUKEE ,
    /// Wisconsin 1996-08-30"). The dateline names where the story was
    /// filed, a place even in sports copy.
    fn dateline(&self, p: &Piece) -> bool {
        let n = self.toks.len();
        if p.a != 0 || p.b >= n || n - p.b > 5 {
            return false;
        }
        let date = self.word(n - 1);
        date.bytes().any(|b| b.is_ascii_digit())
            && date
                .bytes()
                .all(|b| b.is_ascii_digit() || b == b'-' || b == b'/')
            && (p.b..n - 1).all(|k| {
                let w = self.word(k);
                w == "," || self.is_word(k) && is_cap(w)
            })
    }

    /// Where only a player's name goes: a scorecard's dismissals ("c Vaas
    /// b Chandana", "Gough lbw b ..."), bowling figures after the name
    /// ("Croft 8-0-37-2"), or a role noun before it ("midfielder
    /// Donato").
    fn player_context(&self, p: &Piece) -> bool {
        let next = (p.b < self.toks.len()).then(|| self.word(p.b));
        let prev = (p.a > 0).then(|| self.word(p.a - 1));
        // Dismissal words are lower case in scorecards; "B" or "C" is a
        // letter of a name or a list.
        let dismissal = |w: Option<&str>| {
            w.is_some_and(|w| w.bytes().all(|b| b.is_ascii_lowercase()))
                && words::is(w, Class::Dismissal)
        };
        let out = p.b + 1 < self.toks.len()
            && matches!(next, Some("run" | "not"))
            && self.word(p.b + 1) == "out";
        dismissal(prev)
            || dismissal(next)
            || out
            || next.is_some_and(bowling_figures)
            || prev.is_some_and(|w| self.is_word(p.a - 1) && !is_cap(w) && is_role_noun(w))
    }

    /// Role nouns right before a person: "special envoy", "son-in-law",
    /// "foreign policy aide".
    fn role_before(&self, a: usize) -> Option<Span> {
        let mut end = a.checked_sub(1)?;
        // A courtesy title between role and name: "spokesman Sir Menzies
        // Campbell", "NAO head Sir John Bourn".
        if end > 0
            && self.is_word(end)
            && is_cap(self.word(end))
            && lexicon::title(&[self.word(end)])
                .is_some_and(|t| t.category == TitleCategory::Honorific)
        {
            end -= 1;
        }
        // A capital only at the sentence start: "Striker X", "Chief
        // executive X".
        let plain = |k: usize| {
            let w = self.word(k);
            self.is_word(k)
                && (!is_cap(w) || k == 0 && lexicon::title(&[w]).is_some())
                && !words::has(w, Class::RoleStop)
        };
        // Titles of two or three words first ("chief executive").
        let mut start = None;
        for len in [3, 2] {
            if end + 1 >= len
                && ((end + 1 - len)..=end).all(plain)
                && lexicon::title(&self.words(end + 1 - len, end + 1)).is_some_and(|t| {
                    matches!(t.category, TitleCategory::Role | TitleCategory::Kinship)
                })
            {
                start = Some(end + 1 - len);
                break;
            }
        }
        if start.is_none() && !(plain(end) && is_role_noun(self.word(end))) {
            return None;
        }
        let mut start = start.unwrap_or(end);
        // Modifiers before it: "special envoy", "foreign policy aide".
        while start > 0 && end - start < 3 {
            let k = start - 1;
            let w = self.word(k);
            // A past participle is more often the clause's verb ("it
            // pleased boss X") than a modifier, unless it is a title word.
            let verb = w.ends_with("ed") && lexicon::title(&[w]).is_none();
            if !plain(k) || verb || w.chars().any(|c| c.is_ascii_digit()) {
                break;
            }
            start = k;
        }
        Some(self.toks[start].span.cover(self.toks[end].span))
    }

    /// A lower-case role noun ("lawyer", "chairman", "chief").
    fn role_word(&self, k: usize) -> bool {
        let w = self.word(k);
        // A plural ("officials", "ministers") names others, not this one.
        let plural =
            w.len() > 3 && w.ends_with('s') && lexicon::title(&[&w[..w.len() - 1]]).is_some();
        self.is_word(k) && !is_cap(w) && is_role_noun(w) && !plural
    }

    /// A word that starts a clause inside an appositive ("told", "has",
    /// "who", "by"): the phrase is no longer a role. The determiners,
    /// links and "and" of role phrases are not such words.
    fn clause_word(w: &str) -> bool {
        !is_cap(w)
            && (words::has(w, Class::RoleStop) || words::has(w, Class::PersonVerb))
            && !words::has(w, Class::RoleLink)
            && !words::has(w, Class::RoleDet)
            && !matches!(w, "a" | "an" | "and")
    }

    /// A role phrase set off by a comma before the name, opened by a
    /// determiner: "Its lawyer, Hugh Ray," / "The new chairman of the Bar
    /// Council, Guy Mansfield". Only at the sentence start or when a comma
    /// closes the name too, so "After talking to the lawyer, Smith left"
    /// gives Smith no role.
    fn role_before_comma(&self, a: usize, b: usize) -> Option<Span> {
        let comma = a.checked_sub(1)?;
        if self.word(comma) != "," {
            return None;
        }
        let is_part = |k: usize| self.is_word(k) || self.toks[k].kind == TokKind::Possessive;
        // The role noun, then maybe "of/at/for" and the body's name.
        let mut r = None;
        for k in (comma.saturating_sub(8)..comma).rev() {
            if !is_part(k) {
                return None;
            }
            if self.role_word(k) {
                r = Some(k);
                break;
            }
        }
        let r = r?;
        if r + 1 < comma {
            let body = (r + 2..comma).all(|k| is_part(k) && !Self::clause_word(self.word(k)));
            if !(words::has(self.word(r + 1), Class::RoleLink) && body && r + 2 < comma) {
                return None;
            }
        }
        // Modifiers back to the determiner: "the party's new chief
        // executive", "its Paris lawyer".
        let mut s = r;
        while s > 0 && r - s < 4 {
            let k = s - 1;
            let w = self.word(k);
            if !is_part(k)
                || words::has(w, Class::RoleStop)
                || w.chars().any(|c| c.is_ascii_digit())
            {
                break;
            }
            s = k;
        }
        let det = s.checked_sub(1)?;
        let closed = b < self.toks.len() && self.word(b) == ",";
        // Or, when a comma closes the name, a comma or "and" before the
        // phrase: "..., and European Union ambassador to the WTO, Carlo
        // Trojan, said".
        let opened = words::has(self.word(det), Class::RoleDet) && (det == 0 || closed)
            || closed && matches!(self.word(det), "," | "and");
        if !opened {
            return None;
        }
        Some(self.toks[s].span.cover(self.toks[comma - 1].span))
    }

    /// An appositive after a person: ", a senior fellow at the Carnegie
    /// Russia Eurasia Center," or ", the head of ...".
    fn role_after(&self, b: usize) -> Option<Span> {
        if b >= self.toks.len() || self.word(b) != "," {
            return None;
        }
        let mut k = b + 1;
        if k < self.toks.len()
            && (matches!(self.word(k), "a" | "an") || words::has(self.word(k), Class::RoleDet))
        {
            k += 1;
        }
        let start = k;
        let mut end = k;
        // The last word of the role noun's title ("chief executive").
        let mut role_end = None;
        let mut linked = false;
        while end < self.toks.len() && end - start < 14 {
            let w = self.word(end);
            if !self.is_word(end) && self.toks[end].kind != TokKind::Possessive {
                break;
            }
            let titled = role_end == Some(end.wrapping_sub(1))
                && !is_cap(w)
                && lexicon::title(&[w]).is_some_and(|t| {
                    matches!(
                        t.category,
                        TitleCategory::Role | TitleCategory::Kinship | TitleCategory::Modifier
                    )
                });
            // The role noun is the last one before its body ("chief
            // investment officer of ...", not "manager of merchant ...").
            linked = linked || role_end.is_some() && words::has(w, Class::RoleLink);
            if !linked && end < start + 5 && self.role_word(end) || titled {
                role_end = Some(end);
            }
            end += 1;
        }
        // After the role only its body may follow ("... of the Fed"), not
        // a clause ("spokesman told the BBC", "chief critics of ...").
        let has_role =
            role_end.is_some_and(|r| r + 1 == end || words::has(self.word(r + 1), Class::RoleLink));
        let stops = end >= self.toks.len()
            || matches!(
                self.word(end),
                "," | "." | ";" | ")" | "(" | "—" | "–" | "-" | "”" | ":"
            );
        // A capital may open it when it is no person's name: "Libya's oil
        // minister", "CBI director general", "the UK-based co-chairman";
        // not "Smith, Jones and their manager".
        if start >= end {
            return None;
        }
        let first = self.word(start);
        let named = is_cap(first)
            && (given(first, self.caps).is_some()
                || lexicon::title(&[first]).is_some_and(is_pre_name_title));
        let clause = (start + 1..end).any(|k| Self::clause_word(self.word(k)));
        if !has_role || !stops || named || clause || words::has(first, Class::RoleStop) {
            return None;
        }
        Some(self.toks[start].span.cover(self.toks[end - 1].span))
    }
}

/// The white space `end..start` has no line break, or breaks a line of
/// running text (at least 50 chars wide).
pub(crate) fn wrapped_gap(text: &str, end: usize, start: usize) -> bool {
    let gap = &text[end..start];
    if !gap.contains(['\n', '\r']) {
        return true;
    }
    let line_start = text[..end].rfind(['\n', '\r']).map_or(0, |i| i + 1);
    text[line_start..end].chars().count() >= 50 && gap.matches('\n').count() <= 1
}

fn piece(a: usize, b: usize, kind: EntityKind, strength: Strength) -> Piece {
    Piece {
        a,
        b,
        kind: Some(kind),
        strength,
        group: None,
        role: None,
        local: false,
    }
}

fn listed_piece(a: usize, b: usize, l: Listed) -> Piece {
    match l {
        Listed::Org => piece(a, b, EntityKind::Organization, Strength::Sure),
        Listed::Place { ambiguous, local } => {
            let s = if ambiguous {
                Strength::Rule
            } else {
                Strength::Sure
            };
            let mut p = piece(a, b, EntityKind::Place, s);
            p.local = local;
            p
        }
        Listed::Demonym(d) => {
            let mut p = piece(a, b, EntityKind::Group, Strength::Sure);
            p.group = Some(if d.entity.is_empty() { d.cc } else { d.entity });
            p
        }
    }
}

/// Find the mentions of every line, in text order.
pub(crate) fn find(text: &str, lines: &[Line], ev: &Evidence) -> Vec<Mention> {
    let mut out = Vec::new();
    for line in lines {
        let r = SentenceReader {
            text,
            caps: line.caps,
            toks: &line.toks,
            sports: ev.sports,
        };
        let heading = line.heading && title_case_line(text, r.toks);
        let n = r.toks.len();
        let cand: Vec<bool> = (0..n).map(|k| r.candidate(k, ev, heading)).collect();
        let mut k = 0;
        while k < n {
            if !cand[k] {
                k += 1;
                continue;
            }
            let mut j = k + 1;
            // No name is longer than `MAX_RUN`: stopping there keeps
            // `split`, whose lookups grow with the run, bounded (a line of
            // 64,000 capitalized words was cubic).
            while j - k < MAX_RUN
                && let Some(next) = r.extend_run(k, j, &cand)
            {
                j = next;
            }
            for mut p in r.split(k, j) {
                r.context(&mut p, ev);
                let mut roles = Vec::new();
                if p.kind == Some(EntityKind::Person) {
                    let first_role_tok = match p.role {
                        Some(role) => r.toks.iter().position(|t| t.span.start() == role.start()),
                        None => Some(p.a),
                    };
                    if let Some(before) = first_role_tok
                        .and_then(|f| r.role_before(f).or_else(|| r.role_before_comma(f, p.b)))
                    {
                        roles.push(before);
                    }
                    roles.extend(p.role);
                    roles.extend(r.role_after(p.b));
                }
                let span = r.toks[p.a].span.cover(r.toks[p.b - 1].span);
                out.push(Mention {
                    span,
                    kind: p.kind,
                    strength: p.strength,
                    words: (p.a..p.b)
                        .filter(|&k| !r.connector(k))
                        .map(|k| r.word(k).trim_end_matches('.').to_lowercase())
                        .collect(),
                    group: p.group,
                    roles,
                    caps: r.caps,
                    fallback: ev.sports.then_some(EntityKind::Organization),
                    local: p.local,
                    honorific: (p.a > 0).then(|| honorific(r.word(p.a - 1))).flatten(),
                    after_prep: r.dateline(&p)
                        || p.a > 0 && {
                            let w = r.word(p.a - 1);
                            words::has(w, Class::PlacePrep) || w.eq_ignore_ascii_case("of")
                        },
                });
            }
            k = j;
        }
    }
    out
}
