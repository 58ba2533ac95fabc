//! Intervals of figures: whether two can both hold.
//!
//! Both the blocks (an undated claim joins the one event whose figures hold it) and the
//! comparison (disjoint figures conflict) read this one rule, so it lives below both.
//!
//! ```text
//! overlap((8, 8), (8, ∞))              -> true   ("8" and "at least 8" agree)
//! overlap((3.55 M, 3.65 M), (3.65 M, 3.75 M)) -> false  (rounded intervals only touch)
//! ```

/// Whether two intervals overlap. Implied-precision intervals are half-open, so intervals
/// that only touch ([3.55 M, 3.65 M] and [3.65 M, 3.75 M]) are disjoint — unless one of them
/// is an exact figure, which touches nothing by rounding ("8" and "at least 8" agree).
pub fn overlap(a: (f64, f64), b: (f64, f64)) -> bool {
    let lo = a.0.max(b.0);
    let hi = a.1.min(b.1);
    if lo < hi {
        return true;
    }
    lo == hi && (a.0 == a.1 || b.0 == b.1)
}

/// A set of intervals asked whether any of them overlaps a given one, in O(log n) a query:
/// sorted by low, with the running highest high (the one member that can reach furthest).
pub struct Holding {
    /// (low, high) sorted by low, each with the widest-reaching interval up to it.
    by_low: Vec<(f64, (f64, f64))>,
}

impl Holding {
    /// The set of `intervals`.
    pub fn new(intervals: impl Iterator<Item = (f64, f64)>) -> Holding {
        let mut all: Vec<(f64, f64)> = intervals
            .filter(|(l, h)| !l.is_nan() && !h.is_nan())
            .collect();
        all.sort_by(|a, b| a.0.total_cmp(&b.0));
        let mut reach: Option<(f64, f64)> = None;
        let by_low = all
            .into_iter()
            .map(|iv| {
                if reach.is_none_or(|r| iv.1 >= r.1) {
                    reach = Some(iv);
                }
                (iv.0, reach.unwrap_or(iv))
            })
            .collect();
        Holding { by_low }
    }

    /// Whether some interval of the set overlaps `x` (as [`overlap`] reads it).
    pub fn holds(&self, x: (f64, f64)) -> bool {
        // the intervals that start at or before x ends; of them, the one reaching furthest
        let n = self.by_low.partition_point(|&(low, _)| low <= x.1);
        n > 0 && overlap(self.by_low[n - 1].1, x)
    }
}
