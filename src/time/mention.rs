//! What the scan returns: a [`TimeMention`], a span of text and what it says ([`TimeValue`]),
//! resolved days or an offset from another event. This room holds types only.

use super::day::DayInterval;

/// What a temporal expression says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TimeValue {
    /// Resolved days.
    Days(DayInterval),
    /// An offset in days from another event the sentence anchors it to ("a week earlier" = -7,
    /// "two days later" = +2, "a week after" = +7, "the day before" = -1); the caller decides
    /// which event that is.
    Relative(i32),
}

/// A temporal expression found in a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TimeMention {
    /// Byte offset of the first byte of the expression.
    pub start: usize,
    /// Byte offset just past the expression.
    pub end: usize,
    /// What the expression says.
    pub value: TimeValue,
}
