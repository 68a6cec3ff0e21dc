//! Whole-pipeline tests that look at the stages' own records (spans,
//! entity kinds, quotes, claims), which are not public: they run inside the
//! crate. Tests of the public API and the binary stay in `tests/`.

mod big_input;
mod claims;
mod entities_eval;
mod entities_props;
mod entities_seed;
mod invariants;
mod quotes;
mod segmentation_eval;
mod stages;
