//! Estimates of a cluster: `low`, `best`, `high`, by policy.
//!
//! The casualty datasets publish a range and a best figure per event (UCDP GED: `low`,
//! `best`, `high`; ACLED: the most conservative credible figure). Every policy here uses the
//! same range — the lowest and highest credible figures — and differs in `best`:
//!
//! - [`Policy::Ucdp`]: among the most precise figures (exact counts before rounded or vague
//!   ones), the one the most independent voices give, then the most reports, then the latest;
//! - [`Policy::Conservative`]: the lowest credible figure (ACLED's rule);
//! - [`Policy::Median`]: the median of the independent voices' figures (each voice counts once,
//!   with its most precise figure).
//!
//! Credible figures are the live claims the reports do not doubt (all live claims when every
//! one is doubted). An open bound ("at least eight") contributes its finite end. Every policy
//! returns `low ≤ best ≤ high`.

use rustc_hash::{FxHashMap, FxHashSet};

use super::ClaimRecord;

/// The support of one distinct figure: its first claim, voices, reports, latest day.
struct Support<'a> {
    first: usize,
    voices: FxHashSet<String>,
    docs: FxHashSet<&'a str>,
    latest: Option<i32>,
}

fn voice_of(r: &ClaimRecord) -> String {
    r.voice()
}

/// Figures whose relative imprecision is within this factor of the sharpest are as precise
/// ("7.6" and "7.7" are both told to a tenth, though a tenth is less of 7.7).
const PRECISION_FACTOR: f64 = 1.5;

/// Figures whose relative imprecision differs by less than this are equally precise.
const PRECISION_EPSILON: f64 = 1e-9;

/// How a cluster's best estimate is chosen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Policy {
    /// UCDP style: the most precise figure of the most relayed voice.
    Ucdp,
    /// ACLED style: the lowest credible figure.
    Conservative,
    /// The median of the independent voices.
    Median,
}

impl Policy {
    /// Parse a policy name (`ucdp`, `conservative`, `median`).
    pub fn parse(name: &str) -> Option<Policy> {
        match name {
            "ucdp" => Some(Policy::Ucdp),
            "conservative" => Some(Policy::Conservative),
            "median" => Some(Policy::Median),
            _ => None,
        }
    }
}

/// Relative width of a figure's interval: 0 for an exact count.
fn imprecision(r: &ClaimRecord) -> f64 {
    if r.high.is_infinite() || r.low.is_infinite() {
        return f64::INFINITY;
    }
    (r.high - r.low) / r.value.abs().max(1.0)
}

/// (low, best, high) of the live claims `live`.
pub(super) fn estimate(records: &[ClaimRecord], live: &[usize], policy: Policy) -> (f64, f64, f64) {
    let undoubted: Vec<usize> = live
        .iter()
        .copied()
        .filter(|&i| !records[i].hedged)
        .collect();
    let credible = if undoubted.is_empty() {
        live.to_vec()
    } else {
        undoubted
    };
    if credible.is_empty() {
        return (f64::NAN, f64::NAN, f64::NAN);
    }
    let finite = |x: f64, fallback: f64| if x.is_finite() { x } else { fallback };
    let low = credible
        .iter()
        .map(|&i| finite(records[i].low, records[i].value))
        .fold(f64::INFINITY, f64::min);
    let high = credible
        .iter()
        .map(|&i| finite(records[i].high, records[i].value))
        .fold(f64::NEG_INFINITY, f64::max);
    let best = match policy {
        Policy::Conservative => credible
            .iter()
            .map(|&i| records[i].value)
            .fold(f64::INFINITY, f64::min),
        Policy::Ucdp => {
            // the most precise figures; among them, the one the most independent voices
            // give, then the most reports, then the latest, then the first told: the support
            // of each distinct figure is counted once, in one pass (O(k log k))
            let sharpest = credible
                .iter()
                .map(|&i| imprecision(&records[i]))
                .fold(f64::INFINITY, f64::min);
            let mut support: FxHashMap<u64, Support<'_>> = FxHashMap::default();
            for &i in credible.iter().filter(|&&i| {
                imprecision(&records[i]) <= sharpest * PRECISION_FACTOR + PRECISION_EPSILON
            }) {
                let r = &records[i];
                let s = support.entry(r.value.to_bits()).or_insert_with(|| Support {
                    first: i,
                    voices: FxHashSet::default(),
                    docs: FxHashSet::default(),
                    latest: None,
                });
                s.first = s.first.min(i);
                s.voices.insert(voice_of(r));
                s.docs.insert(r.doc.as_str());
                s.latest = s.latest.max(r.published);
            }
            support
                .values()
                .max_by(|a, b| {
                    (a.voices.len(), a.docs.len(), a.latest)
                        .cmp(&(b.voices.len(), b.docs.len(), b.latest))
                        .then(b.first.cmp(&a.first))
                })
                .map_or(f64::NAN, |s| records[s.first].value)
        }
        Policy::Median => {
            // each voice counts once, with its most precise figure (the first told on ties)
            let mut by_voice: FxHashMap<String, (f64, usize)> = FxHashMap::default();
            for &i in &credible {
                let sharp = imprecision(&records[i]);
                by_voice
                    .entry(voice_of(&records[i]))
                    .and_modify(|e| {
                        if sharp < e.0 {
                            *e = (sharp, i);
                        }
                    })
                    .or_insert((sharp, i));
            }
            let mut figures: Vec<f64> = by_voice.values().map(|&(_, i)| records[i].value).collect();
            figures.sort_by(f64::total_cmp);
            let n = figures.len();
            if n % 2 == 1 {
                figures[n / 2]
            } else {
                f64::midpoint(figures[n / 2 - 1], figures[n / 2])
            }
        }
    };
    (low.min(best), best, high.max(best))
}
