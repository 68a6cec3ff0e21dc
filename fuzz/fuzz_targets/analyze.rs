//! Any bytes as one article: decode, analyze, write the record, check it
//! (tests/support/fuzz_cases.rs, shared with the property tests).
#![no_main]

#[path = "../../tests/support/fuzz_cases.rs"]
mod fuzz_cases;

libfuzzer_sys::fuzz_target!(|data: &[u8]| fuzz_cases::analyze_case(data));
