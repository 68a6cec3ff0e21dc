// Shared by `build.rs` (which runs it at compile time) and `lexicon`
// (which reads its output): the name filter and the line index of the big
// sorted lists. Plain functions over `&str` with no crate imports, so that
// `include!` works in both places.

/// Slots of the name filter (one byte each; bit 0 places, 1 cities,
/// 2 organizations, 3 demonyms).
pub const FILTER_BITS: usize = 1 << 19;

/// The name filter's hash of a name: the Fx hash (rustc's) of its bytes.
pub fn filter_hash(name: &str) -> usize {
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
    (hash >> 32) as usize % FILTER_BITS
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
