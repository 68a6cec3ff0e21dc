//! Invariants of the entity stage on generated text: spans non-empty,
//! trimmed, on char boundaries (slicing would panic otherwise), mentions in
//! text order and not overlapping, entities ordered by first mention, the
//! name one of the mentions' texts.

use proptest::prelude::*;

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("Trump".to_string()),
        Just("Donald".to_string()),
        Just("U.S.".to_string()),
        Just("’s".to_string()),
        Just(" 's".to_string()),
        Just("Kyiv".to_string()),
        Just("of".to_string()),
        Just("and".to_string()),
        Just("President".to_string()),
        Just("Council".to_string()),
        Just("Zoë".to_string()),
        Just("ÉCOLE".to_string()),
        Just("said".to_string()),
        Just(",".to_string()),
        Just(".".to_string()),
        Just("\n".to_string()),
        Just("\n\n".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        "[A-Z][a-z]{1,8}".prop_map(|s| s),
        "[a-z]{1,8}".prop_map(|s| s),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]
    #[test]
    fn entity_spans_are_sound(parts in proptest::collection::vec(piece(), 0..60)) {
        let text = parts.join(" ");
        let a = byline::analyze(&text, &byline::Options::default());
        let mut first = 0;
        for e in &a.entities {
            prop_assert!(!e.mentions.is_empty());
            prop_assert!(e.mentions[0].start() >= first);
            first = e.mentions[0].start();
            for w in e.mentions.windows(2) {
                prop_assert!(w[0].end() <= w[1].start());
            }
            for &m in &e.mentions {
                let s = &text.as_str()[m];
                prop_assert!(!s.is_empty() && s.trim() == s, "{:?}", s);
            }
            prop_assert!(e.mentions.contains(&e.name));
            for &r in &e.roles {
                let s = &text.as_str()[r];
                prop_assert!(!s.is_empty() && s.trim() == s);
            }
        }
    }
}
