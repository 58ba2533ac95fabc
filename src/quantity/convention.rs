//! The conventions that turn a number phrase into an interval, in one place.
//!
//! News English rarely states a count exactly: "nearly 700,000", "roughly 4 million",
//! "dozens". Each such phrase becomes an interval `[low, high]` with a representative `value`,
//! and the width of that interval is a convention, not a fact of the text. The conventions are
//! named constants here, documented, and overridable through [`Conventions`], so that an
//! analyst who reads "more than" differently can say so once.
//!
//! | phrase                      | low                  | high                     | value      |
//! | --------------------------- | -------------------- | ------------------------ | ---------- |
//! | `3.6 million`               | 3.55 M               | 3.65 M                   | 3.6 M      |
//! | `4 million`                 | 3.8 M (capped 5 %)   | 4.2 M                    | 4 M        |
//! | `about 4 million`           | value − 5 %          | value + 5 %              | 4 M        |
//! | `nearly 700,000`            | value − 5 %          | value − 1                | midpoint   |
//! | `more than 500,000`         | value + 1            | value + 50 %             | low        |
//! | `fewer than 50`             | value − 50 %         | value − 1                | high       |
//! | `at least 8`                | 8                    | +∞                       | 8          |
//! | `up to 300`                 | 0                    | 300                      | 300        |
//! | `3-4 million`               | 3 M                  | 4 M                      | 3.5 M      |
//! | `dozens`                    | 24                   | 99                       | geometric mean |
//!
//! Intervals of implied precision are half-open: "3.6 million" is [3.55 M, 3.65 M) and "3.7
//! million" [3.65 M, 3.75 M), so two figures that only touch at a rounding boundary disagree,
//! as they do as written. The `high` reported is the boundary itself.
//!
//! "value − 1" and "value + 1" apply to whole numbers (strict bounds on counts); for other
//! values the bound is the value itself.

use std::sync::LazyLock;

/// Half-width of "about", "roughly", "some", "an estimated", relative to the value.
pub const APPROX_TOLERANCE: f64 = 0.05;
/// Largest implied precision of a round figure, relative to the value: "4 million" as written
/// could mean 3.5–4.5 M by its last digit, but news writers round to about 5 %.
pub const PRECISION_CAP: f64 = 0.05;
/// How far below the value "nearly", "almost", "close to" may reach, relative to the value.
pub const NEARLY_MARGIN: f64 = 0.05;
/// How far above the value "more than", "over", "upwards of" may reach, relative to the value.
pub const OVER_MARGIN: f64 = 0.5;
/// How far below the value "fewer than", "less than", "under" may reach, relative to the value.
pub const UNDER_MARGIN: f64 = 0.5;

/// Vague amounts and their intervals. A plural scale word on its own ("hundreds") means at
/// least two of it and fewer than ten; "dozens" and "scores" at least two dozens/scores and
/// fewer than a hundred.
pub const VAGUE_AMOUNTS: &[(&str, f64, f64)] = &[
    ("a few", 2.0, 5.0),
    ("a couple", 2.0, 3.0),
    ("a couple of", 2.0, 3.0),
    ("couple of", 2.0, 3.0),
    ("several", 3.0, 7.0),
    ("a handful", 3.0, 6.0),
    ("a handful of", 3.0, 6.0),
    ("handfuls", 6.0, 20.0),
    ("dozens", 24.0, 99.0),
    ("dozens and dozens", 48.0, 199.0),
    ("scores", 40.0, 199.0),
    ("tens", 20.0, 99.0),
    ("hundreds", 200.0, 999.0),
    ("thousands", 2_000.0, 9_999.0),
    ("millions", 2e6, 999e6),
    ("billions", 2e9, 999e9),
    ("trillions", 2e12, 999e12),
];

/// The overridable conventions. [`Conventions::default`] uses the constants of this module.
#[derive(Clone, Debug, PartialEq)]
pub struct Conventions {
    /// See [`APPROX_TOLERANCE`].
    pub approx_tolerance: f64,
    /// See [`PRECISION_CAP`].
    pub precision_cap: f64,
    /// See [`NEARLY_MARGIN`].
    pub nearly_margin: f64,
    /// See [`OVER_MARGIN`].
    pub over_margin: f64,
    /// See [`UNDER_MARGIN`].
    pub under_margin: f64,
}

impl Default for Conventions {
    fn default() -> Conventions {
        Conventions {
            approx_tolerance: APPROX_TOLERANCE,
            precision_cap: PRECISION_CAP,
            nearly_margin: NEARLY_MARGIN,
            over_margin: OVER_MARGIN,
            under_margin: UNDER_MARGIN,
        }
    }
}

/// Whether a vague amount can start with this (lowercase) word.
pub fn vague_first_word(w: &str) -> bool {
    static FIRST: LazyLock<rustc_hash::FxHashSet<&'static str>> = LazyLock::new(|| {
        VAGUE_AMOUNTS
            .iter()
            .filter_map(|(k, _, _)| k.split(' ').next())
            .collect()
    });
    FIRST.contains(w)
}

/// The vague interval of a phrase such as "dozens" or "a few", if it is one.
pub fn vague_amount(key: &str) -> Option<(f64, f64)> {
    VAGUE_AMOUNTS
        .iter()
        .find(|(k, _, _)| *k == key)
        .map(|&(_, lo, hi)| (lo, hi))
}
