// Shared by `build.rs` (which runs it at compile time) and `lexicon`
// (which reads its output): the name filter and the line index of the big
// sorted lists. Plain functions over `&str` with no crate imports, so that
// `include!` works in both places.

/// Slots of the name filter (one byte each; bit 0 places, 1 cities,
/// 2 organizations, 3 demonyms).
pub const FILTER_BITS: usize = 1 << 19;

/// The name filter's hash of a name: the Fx hash (rustc's) of its bytes.
pub fn filter_hash(name: &str) -> usize {
    (fx_hash(name) >> 32) as usize % FILTER_BITS
}

/// The Fx hash (rustc's) of a string's bytes.
pub fn fx_hash(name: &str) -> u64 {
    let mut hash: u64 = 0;
    let mut add = |word: u64| {
        hash = (hash.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    };
    let mut chunks = name.as_bytes().chunks_exact(8);
    for c in &mut chunks {
        let mut buf = [0u8; 8];
        buf.copy_from_slice(c);
        add(u64::from_le_bytes(buf));
    }
    for &b in chunks.remainder() {
        add(u64::from(b));
    }
    hash
}

/// The first slot a key probes in a line hash table of `size` slots (a
/// power of two).
pub fn line_slot(key: &str, size: usize) -> usize {
    (fx_hash(key) >> 32) as usize & (size - 1)
}

/// An open-addressing hash table over the lines of a sorted list (the
/// `SortedLines` index from [`line_starts`]): at least twice as many slots
/// as lines, each 0 (empty) or a line's number + 1, linear probing from
/// [`line_slot`] of the line's first column. A lookup is one hash and
/// about one comparison instead of a binary search.
pub fn line_slots(data: &str, starts: &[u32]) -> Vec<u32> {
    let n = starts.len().saturating_sub(1);
    let size = (2 * n).next_power_of_two().max(2);
    let mut slots = vec![0u32; size];
    for i in 0..n {
        let line = &data[starts[i] as usize..starts[i + 1] as usize];
        let key = line.split(['\t', '\n']).next().unwrap_or("");
        let mut h = line_slot(key, size);
        while slots[h] != 0 {
            h = (h + 1) & (size - 1);
        }
        slots[h] = i as u32 + 1;
    }
    slots
}

/// The first column of every data row of a TSV (provenance lines starting
/// with `#`, blank lines and the header row skipped), as `Table` parses it.
pub fn table_keys(data: &str) -> impl Iterator<Item = &str> {
    data.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .skip(1)
        .map(|l| l.split('\t').next().unwrap_or(""))
}

/// The start offset of every data line of a sorted TSV, then the end of
/// the data (the `SortedLines` index).
pub fn line_starts(data: &str) -> Vec<u32> {
    let mut starts = Vec::with_capacity(data.len() / 8);
    let mut offset = 0usize;
    let mut header_seen = false;
    for line in data.split('\n') {
        let at = offset;
        offset += line.len() + 1;
        if line.starts_with('#') || line.is_empty() {
            continue;
        }
        if !header_seen {
            header_seen = true;
            continue;
        }
        starts.push(at as u32);
    }
    starts.push(data.len().min(offset) as u32);
    starts
}

/// The name filter over the four name lists.
pub fn name_filter(places: &str, cities: &str, organizations: &str, demonyms: &str) -> Vec<u8> {
    let mut flags = vec![0u8; FILTER_BITS];
    for (bit, data) in [(1u8, places), (2, cities), (4, organizations), (8, demonyms)] {
        for k in table_keys(data) {
            flags[filter_hash(k)] |= bit;
        }
    }
    flags
}

/// The title lookup key: lower case, final period dropped, words joined by
/// one space (the same as `lexicon::title_key`).
pub fn title_key_of(words: &[&str]) -> String {
    let mut key = String::new();
    for w in words {
        if !key.is_empty() {
            key.push(' ');
        }
        key.push_str(&w.trim_end_matches('.').to_lowercase());
    }
    key
}

/// The titles list merged by key: rows that differ only in case or a final
/// period become one (the first row's category, except that a modifier
/// gives way to an office; pre-name if any row says
/// so). Returns a sorted TSV body (`key<TAB>category<TAB>0|1` lines, a
/// header line first so `line_starts` skips it), the sorted first words of
/// titles of more than one word (same layout, one column), and the most
/// words in one title.
pub fn title_tables(data: &str) -> (String, String, usize) {
    let mut merged: Vec<(String, String, bool)> = Vec::new();
    let mut index: std::collections::HashMap<String, usize> = Default::default();
    let mut firsts: Vec<String> = Vec::new();
    let mut longest = 1;
    for line in data
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .skip(1)
    {
        let cols: Vec<&str> = line.split('\t').collect();
        let words: Vec<&str> = cols[0].split_whitespace().collect();
        longest = longest.max(words.len());
        if words.len() > 1 {
            firsts.push(title_key_of(&words[..1]));
        }
        let key = title_key_of(&words);
        let pre_name = cols.get(2) == Some(&"1");
        let category = cols.get(1).copied().unwrap_or("");
        match index.get(&key) {
            Some(&i) => {
                merged[i].2 |= pre_name;
                // A word that is also an office ("chief": "Euronext chief
                // X") is that office; its modifier reading ("Chief
                // Justice") lives in the longer titles.
                if matches!(merged[i].1.as_str(), "modifier" | "status")
                    && !matches!(category, "modifier" | "status" | "")
                {
                    merged[i].1 = category.to_string();
                }
            }
            None => {
                index.insert(key.clone(), merged.len());
                merged.push((key, category.to_string(), pre_name));
            }
        }
    }
    merged.sort_by(|a, b| a.0.as_bytes().cmp(b.0.as_bytes()));
    firsts.sort_by(|a, b| a.as_bytes().cmp(b.as_bytes()));
    firsts.dedup();
    let mut table = String::from("key\tcategory\tpre_name\n");
    for (key, category, pre) in &merged {
        table.push_str(&format!("{key}\t{category}\t{}\n", u8::from(*pre)));
    }
    let mut first = String::from("word\n");
    for w in &firsts {
        first.push_str(w);
        first.push('\n');
    }
    (table, first, longest)
}
