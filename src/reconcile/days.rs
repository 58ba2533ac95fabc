//! Days as evidence of an event (DESIGN step 3): how wide a claim's days may be to date its
//! event, how far apart two dated claims may lie and still be one event, and how long after
//! an event reports still tell of it.
//!
//! The blocks split and join events by these, and the comparison dates a cluster by the
//! same anchored days, so they live here, below both.

use super::ClaimRecord;

/// Widest event interval, in days, that still dates an event ("Monday", "the night from
/// February 2 to February 3", a weekend). A wider one ("last month", "in recent weeks") only
/// places a claim near an event, as evidence, like a publication day.
pub const ANCHOR_DAYS: i32 = 3;

/// Widest interval, in days, of a claim that may still join an event its interval overlaps
/// ("last week"); a claim over months ("over a few months") is a running total, not the
/// figure of one event.
pub const VAGUE_JOIN_DAYS: i32 = 7;

/// Days between two dated claims that still make one event (a toll told on the day and the
/// next, a night across midnight).
pub const SAME_EVENT_GAP_DAYS: i32 = 1;

/// Days after an event's last day in which a report still tells of it.
pub const REPORTING_WINDOW_DAYS: i32 = 3;

/// How day bases read: a day estimated from the publication day is no evidence of the event.
const ESTIMATED_BASES: &[&str] = &["published", "none"];

/// Days before its publication within which a vague interval still tells of the story's
/// own time ("in recent weeks", "this year" hold the publication window).
pub const BACKGROUND_DAYS: i32 = 7;

/// Whether a claim's day dates its event.
pub(super) fn anchored(r: &ClaimRecord) -> bool {
    r.date.is_some_and(|(from, to)| to - from < ANCHOR_DAYS)
        && !r
            .date_basis
            .as_deref()
            .is_some_and(|b| ESTIMATED_BASES.contains(&b))
}
