//! The entities checklist on the seed article (`fixtures/00-seed-moscow-talks.txt`):
//! every person with the full name and all surname mentions, the places,
//! organizations and groups, and no junk people.

use byline::entities::EntityKind;

fn fold(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn seed_checklist() {
    let text = include_str!("../../fixtures/00-seed-moscow-talks.txt");
    let a = byline::analyze(text, &byline::Options::default());
    let ents: Vec<(EntityKind, String, Vec<String>)> = a
        .entities
        .iter()
        .map(|e| {
            (
                e.kind,
                fold(&text[e.name]),
                e.mentions.iter().map(|&m| fold(&text[m])).collect(),
            )
        })
        .collect();
    let find = |kind: EntityKind, name: &str| {
        ents.iter()
            .find(|(k, n, _)| *k == kind && n == name)
            .unwrap_or_else(|| panic!("no {kind:?} {name}: {ents:?}"))
    };
    // People: full name, and every bare surname in the text is a mention.
    let people = [
        "Donald Trump",
        "Steve Witkoff",
        "Jared Kushner",
        "Vladimir Putin",
        "Marco Rubio",
        "Volodymyr Zelensky",
        "Tatiana Stanovaya",
        "Yury Ushakov",
        "Kirill Dmitriev",
        "Rustem Umerov",
        "Emmanuel Macron",
        "Don Bacon",
    ];
    for name in people {
        let (_, _, mentions) = find(EntityKind::Person, name);
        let surname = name.rsplit(' ').next().unwrap_or(name);
        let in_text = text
            .match_indices(surname)
            .filter(|&(i, _)| {
                let after = text[i + surname.len()..].chars().next();
                !after.is_some_and(char::is_alphanumeric)
            })
            .count();
        let in_mentions: usize = mentions.iter().filter(|m| m.ends_with(surname)).count();
        assert_eq!(in_mentions, in_text, "{name}: {mentions:?}");
    }
    let places = [
        "Moscow",
        "Ukraine",
        "Russia",
        "Gaza",
        "Kherson",
        "Zaporizhzhia",
        "Kyiv",
        "Donbas",
        "Crimea",
        "Florida",
        "France",
        "Pokrovsk",
        "Vovchansk",
    ];
    for name in places {
        find(EntityKind::Place, name);
    }
    let orgs = [
        "White House",
        "Kremlin",
        "NATO",
        "Carnegie Russia Eurasia Center",
        "Bloomberg",
        "National Security and Defense Council",
    ];
    for name in orgs {
        find(EntityKind::Organization, name);
    }
    find(EntityKind::Group, "Russians");
    for junk in ["Here", "What", "Video", "Secretary of State", "Middle East"] {
        assert!(
            !ents
                .iter()
                .any(|(k, n, _)| *k == EntityKind::Person && n == junk),
            "junk person {junk}"
        );
    }
}
