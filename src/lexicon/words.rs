//! Closed-class word lists that several stages read.
//!
//! Input: none (lists compiled in). Output: sorted `&'static str` slices and
//! lower-case lookups by binary search.
//!
//! Provenance: our own lists, written for byline's segmenter (sentence
//! openers after an ambiguous abbreviation; speech verbs after a closing
//! quote).
//!
//! Known limits: English only.

/// Closed-class and other words that typically open a sentence and are not
/// names. After an ambiguous abbreviation ("U.S.", "Co.", "I.") a capital
/// only starts a new sentence when it is one of these ("in the U.S. How
/// about you?" vs "the U.S. Government").
pub static STARTERS: &[&str] = &[
    "a",
    "about",
    "according",
    "after",
    "afterwards",
    "again",
    "all",
    "also",
    "although",
    "among",
    "an",
    "and",
    "another",
    "any",
    "are",
    "as",
    "at",
    "because",
    "before",
    "both",
    "but",
    "by",
    "can",
    "could",
    "despite",
    "did",
    "do",
    "does",
    "during",
    "each",
    "earlier",
    "either",
    "even",
    "every",
    "few",
    "finally",
    "for",
    "from",
    "further",
    "furthermore",
    "had",
    "has",
    "have",
    "he",
    "her",
    "here",
    "his",
    "how",
    "however",
    "i",
    "if",
    "in",
    "indeed",
    "instead",
    "is",
    "it",
    "its",
    "just",
    "last",
    "later",
    "let",
    "many",
    "may",
    "meanwhile",
    "might",
    "more",
    "moreover",
    "most",
    "much",
    "must",
    "my",
    "neither",
    "never",
    "nevertheless",
    "next",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "on",
    "once",
    "one",
    "only",
    "or",
    "other",
    "our",
    "over",
    "perhaps",
    "please",
    "several",
    "she",
    "should",
    "since",
    "so",
    "some",
    "still",
    "such",
    "that",
    "the",
    "their",
    "then",
    "there",
    "therefore",
    "these",
    "they",
    "this",
    "those",
    "though",
    "thus",
    "to",
    "today",
    "tomorrow",
    "two",
    "under",
    "unlike",
    "until",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "whether",
    "which",
    "while",
    "who",
    "why",
    "will",
    "with",
    "without",
    "would",
    "yes",
    "yesterday",
    "yet",
    "you",
    "your",
];

/// Is `lower` (a lower-case word) a word that typically opens a sentence?
pub fn is_starter(lower: &str) -> bool {
    STARTERS.binary_search(&lower).is_ok()
}

/// Speech verbs that may follow a closing quote and its speaker
/// ("“Why not?” Trump asked."): the quote does not end the sentence.
pub static SPEECH_VERBS: &[&str] = &[
    "added",
    "adds",
    "admitted",
    "announced",
    "answered",
    "argued",
    "asked",
    "asks",
    "continued",
    "cried",
    "declared",
    "exclaimed",
    "explained",
    "insisted",
    "noted",
    "replied",
    "reported",
    "said",
    "says",
    "shouted",
    "stated",
    "tells",
    "told",
    "tweeted",
    "warned",
    "wondered",
    "writes",
    "wrote",
    "yelled",
];

/// Is `lower` (a lower-case word) a speech verb that may follow a quote?
pub fn is_speech_verb(lower: &str) -> bool {
    SPEECH_VERBS.binary_search(&lower).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorted_and_unique() {
        assert!(STARTERS.windows(2).all(|w| w[0] < w[1]));
        assert!(SPEECH_VERBS.windows(2).all(|w| w[0] < w[1]));
    }
}
