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
