//! Date expressions resolved against the reference date (TIMEX3 values).
//!
//! Known limits: not yet implemented (issue "Claims").

use crate::document::Span;

/// Granularity of a resolved date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Granularity {
    Day,
    Week,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
    Unknown,
}

impl Granularity {
    pub fn as_str(self) -> &'static str {
        match self {
            Granularity::Day => "day",
            Granularity::Week => "week",
            Granularity::Month => "month",
            Granularity::Quarter => "quarter",
            Granularity::Year => "year",
            Granularity::Decade => "decade",
            Granularity::Century => "century",
            Granularity::Unknown => "unknown",
        }
    }
}

/// One date expression.
#[derive(Clone, Debug, PartialEq)]
pub struct DateMention {
    pub span: Span,
    /// TIMEX3 value ("2025-11-27", "2025-W48", "PAST_REF"); None if unresolved.
    pub value: Option<String>,
    pub granularity: Granularity,
}
