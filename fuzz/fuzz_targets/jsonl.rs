//! Any bytes as a JSON Lines input: one record per non-blank line, ids
//! kept, memory bounded (tests/support/fuzz_cases.rs, shared with the
//! property tests).
#![no_main]

#[path = "../../tests/support/fuzz_cases.rs"]
mod fuzz_cases;

libfuzzer_sys::fuzz_target!(|data: &[u8]| fuzz_cases::jsonl_case(data));
