//! Compile-time lexicon tables: the name filter and the line index of the
//! big sorted lists, computed here from the TSV files (the source of truth)
//! so that start-up parses nothing (issue 10; STYLE.md §3 "Compile-time
//! tables"). The code is shared with `src/lexicon/` through `include!`.

use std::path::Path;

include!("src/lexicon/tables.rs");

fn read(name: &str) -> String {
    let path = format!("src/lexicon/{name}");
    println!("cargo:rerun-if-changed={path}");
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn write(out: &Path, name: &str, bytes: &[u8]) {
    std::fs::write(out.join(name), bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
}

fn u32s(v: &[u32]) -> Vec<u8> {
    v.iter().flat_map(|x| x.to_le_bytes()).collect()
}

/// The line index (`NAME.starts`) and hash table (`NAME.slots`) of a
/// sorted list.
fn index(out: &Path, name: &str, data: &str) {
    let starts = line_starts(data);
    write(
        out,
        &format!("{name}.slots"),
        &u32s(&line_slots(data, &starts)),
    );
    write(out, &format!("{name}.starts"), &u32s(&starts));
}

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=src/lexicon/tables.rs");
    let out = std::env::var("OUT_DIR").expect("OUT_DIR");
    let out = Path::new(&out);
    let cities = read("cities.tsv");
    let common = read("common_words.tsv");
    let filter = name_filter(
        &read("places.tsv"),
        &cities,
        &read("organizations.tsv"),
        &read("demonyms.tsv"),
    );
    write(out, "name_filter.bin", &filter);
    index(out, "cities", &cities);
    index(out, "common_words", &common);
    // The other sorted lists are searched in place too (no parsing at
    // start-up); each needs only its line index.
    for name in [
        "places",
        "organizations",
        "demonyms",
        "given_names",
        "org_keywords",
    ] {
        let data = read(&format!("{name}.tsv"));
        index(out, name, &data);
    }
    // Titles are looked up by a folded key: the merged, sorted table is
    // computed here.
    let (titles, firsts, longest) = title_tables(&read("titles.tsv"));
    write(out, "titles.tsv", titles.as_bytes());
    index(out, "titles", &titles);
    write(out, "title_firsts.txt", firsts.as_bytes());
    index(out, "title_firsts", &firsts);
    write(out, "titles.longest", longest.to_string().as_bytes());
}
