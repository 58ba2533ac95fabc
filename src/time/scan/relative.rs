//! The relative expressions of the scanner: offsets from another event of the sentence ("a
//! week earlier", "two days later", "the day before", "later that day"), which the caller
//! anchors; their days are the named conventions' ([`super::conventions::offset_days`]).

use super::Scanner;
use crate::lexicon::TimeList;
use crate::time::conventions;

impl Scanner<'_> {
    /// An offset from another event: the token after it and the days.
    pub(super) fn relative(&self, i: usize) -> Option<(usize, i32)> {
        // "a week earlier", "two days later", "48 hours after"
        if let Some((n, j)) = self.count(i) {
            if let Some((unit, _, k)) = self.unit(j) {
                if let Some(sign) = self.direction(k) {
                    let days = conventions::offset_days(unit, n as i32);
                    return Some((k + 1, sign * days));
                }
            }
        }
        // "hours later", "a few minutes earlier", "moments after"
        let k = if self.is(i, "a") && self.is(i + 1, "few") {
            i + 2
        } else if self.is_any(i, &["several", "just", "only"]) {
            i + 1
        } else {
            i
        };
        if self.is_any(k, &["hours", "minutes", "moments"]) && self.direction(k + 1).is_some() {
            return Some((k + 2, 0));
        }
        if self.is(i, "the") {
            // "the day before", "the week after"
            if let Some(u) = self.lookup(i + 1, &[("day", 1), ("night", 1), ("week", 7)]) {
                if let Some(sign) = self.direction(i + 2) {
                    return Some((i + 3, sign * u));
                }
            }
            // "the previous day", "the next morning", "the following week"
            if let Some(sign) = self.lookup(
                i + 1,
                &[
                    ("previous", -1),
                    ("preceding", -1),
                    ("next", 1),
                    ("following", 1),
                ],
            ) {
                let units = if self.is(i + 1, "next") {
                    &[
                        ("day", 1),
                        ("morning", 1),
                        ("night", 1),
                        ("evening", 1),
                        ("afternoon", 1),
                    ][..]
                } else {
                    &[
                        ("day", 1),
                        ("morning", 1),
                        ("night", 1),
                        ("evening", 1),
                        ("afternoon", 1),
                        ("week", 7),
                    ][..]
                };
                if let Some(u) = self.lookup(i + 2, units) {
                    return Some((i + 3, sign * u));
                }
            }
        }
        // "the same day", "that same night"
        if self.is_any(i, &["the", "that"])
            && self.is(i + 1, "same")
            && self.in_list(i + 2, TimeList::SameDay)
        {
            return Some((i + 3, 0));
        }
        // "later that day", "earlier in the day"
        if self.is_any(i, &["later", "earlier"]) {
            if self.is(i + 1, "that") && self.in_list(i + 2, TimeList::SameDay) {
                return Some((i + 3, 0));
            }
            if self.is(i + 1, "in") && self.is(i + 2, "the") && self.is(i + 3, "day") {
                return Some((i + 4, 0));
            }
        }
        // "day's end", "by the end of the day"
        if self.is(i, "day")
            && self.is_apostrophe(i + 1)
            && self.is(i + 2, "s")
            && self.is(i + 3, "end")
        {
            return Some((i + 4, 0));
        }
        if self.prev_is_any(i, &["by"])
            && self.is(i, "the")
            && self.is(i + 1, "end")
            && self.is(i + 2, "of")
            && self.is(i + 3, "the")
            && self.is(i + 4, "day")
        {
            return Some((i + 5, 0));
        }
        None
    }
}
