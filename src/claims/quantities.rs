//! Quantities: numbers with units, ranges and vague magnitudes.
//!
//! Known limits: not yet implemented (issue "Claims").

use crate::document::Span;

/// One quantity mention.
#[derive(Clone, Debug, PartialEq)]
pub struct Quantity {
    pub span: Span,
    pub value: Option<f64>,
    pub low: Option<f64>,
    pub high: Option<f64>,
    /// ISO 4217 code, "percent", a time unit, or the counted noun.
    pub unit: Option<String>,
    pub approximate: bool,
}
