//! Reconciliation: one account out of many reports.
//!
//! The claims of many reports are grouped into clusters, each one thing counted once (the
//! Turkish soldiers killed on Feb 3), and every cluster gets a verdict, a best estimate with
//! its range, and every claim a status. The steps follow DESIGN.md:
//!
//! 1. **block** ([`block`]): claims meet only with the same event, a compatible class of what
//!    is counted (`troops` ~ `soldiers` ~ `military personnel`) and the same side;
//! 2. **separate events** ([`block`]): inside a block, claims whose event days are disjoint
//!    are different events; a claim with no day (or a vague one) joins a cluster only on
//!    evidence — one candidate whose window holds its publication day and whose place does
//!    not contradict it — or stays on its own; undated standing facts of a block with no dated
//!    event ("hosts 3.6 million refugees") form one cluster per publication window;
//! 3. **breakdowns** and **revisions** ([`compare`]): parts of a total told in the same
//!    sentence ("eight in Idlib, three in Latakia") are counted apart by place; a figure that a
//!    later one of the same report or voice updates ("initially said", "had risen to") is
//!    `superseded`, not a conflict;
//! 4. **compare** ([`compare`]): intervals that overlap agree, disjoint ones conflict (implied
//!    precision intervals are half-open, so 3.6 million and 3.7 million as written disagree);
//! 5. **independence**: a voice is the party a source speaks for, else the source, else the
//!    report itself; `n_sources` counts voices;
//! 6. **estimate** ([`estimate`]) by [`Policy`].
//!
//! Blocks are independent, so they are reconciled in parallel with rayon; the output order
//! depends only on the input order.

mod block;
mod compare;
mod estimate;

use rayon::prelude::*;

use crate::corpus::{with_threads, Cancel, Threads};
use crate::error::Result;
use crate::lexicon::Lexicon;

pub use estimate::Policy;

/// One claim, as reconciliation reads it (a row of the claims table).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ClaimRecord {
    /// The report.
    pub doc: String,
    /// Representative value.
    pub value: f64,
    /// Lowest value admitted.
    pub low: f64,
    /// Highest value admitted (may be infinite).
    pub high: f64,
    /// The event (`kill`, `host`…).
    pub event: String,
    /// The class of what is counted.
    pub what: String,
    /// The party the counted belong to.
    pub side: Option<String>,
    /// Canonical source.
    pub source: Option<String>,
    /// The party the source speaks for.
    pub source_party: Option<String>,
    /// Whether the report doubts the claim.
    pub hedged: bool,
    /// The event's days (days since 1970-01-01, inclusive).
    pub date: Option<(i32, i32)>,
    /// The place named for the event.
    pub place: Option<String>,
    /// The publication day.
    pub published: Option<i32>,
    /// The sentence (for the words of revisions).
    pub sentence: String,
    /// Offset of the claim in its report (orders the claims of one report).
    pub position: i64,
    /// Offset of the claim in its sentence, in characters, when known: which figure of a
    /// sentence the words of revision stand by ("revising an earlier estimate of 2,000").
    pub offset: Option<usize>,
}

impl ClaimRecord {
    /// The record of a claim extracted from `text` (the report `doc`, published `published`).
    pub fn from_frame(
        doc: &str,
        text: &str,
        published: Option<crate::time::Day>,
        c: &crate::claim::ClaimFrame,
    ) -> ClaimRecord {
        ClaimRecord {
            doc: doc.to_owned(),
            value: c.quantity.value,
            low: c.quantity.low,
            high: c.quantity.high,
            event: c.event.as_str().into(),
            what: c.what.clone(),
            side: c.side.clone(),
            source: c.source.clone(),
            source_party: c.source_party.clone(),
            hedged: c.hedged,
            date: c.date.map(|d| (d.from.0, d.to.0)),
            place: c.place.clone(),
            published: published.map(|d| d.0),
            sentence: text[c.sentence.start..c.sentence.end].to_owned(),
            position: c.start as i64,
            offset: Some(text[c.sentence.start..c.start].chars().count()),
        }
    }

    /// The voice of the claim: who it traces back to. The party of its source, else the
    /// source, else the report itself (an unattributed claim is its outlet's own voice).
    pub fn voice(&self) -> String {
        match (&self.source_party, &self.source) {
            (Some(p), _) => format!("party:{p}"),
            (None, Some(s)) => format!("source:{s}"),
            (None, None) => format!("report:{}", self.doc),
        }
    }

    /// The voice in words, for summaries.
    pub fn voice_name(&self) -> String {
        match (&self.source_party, &self.source) {
            (Some(p), Some(s)) if s != p => format!("{p} ({s})"),
            (Some(p), _) => p.clone(),
            (None, Some(s)) => s.clone(),
            (None, None) => format!("report {} itself", self.doc),
        }
    }
}

/// The status of a claim after reconciliation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// Agrees with every other live claim of its cluster.
    Consistent,
    /// Disagrees with at least one other live claim of its cluster.
    Conflicting,
    /// Updated by a later figure of the same report or voice.
    Superseded,
    /// The only claim of its cluster.
    Single,
}

impl Status {
    /// The name in the `status` column.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Consistent => "consistent",
            Status::Conflicting => "conflicting",
            Status::Superseded => "superseded",
            Status::Single => "single",
        }
    }
}

/// The verdict of a cluster.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Every live claim agrees.
    Agree,
    /// Some live claims disagree.
    Conflict,
    /// Only one live claim.
    Single,
}

impl Verdict {
    /// The name in the `verdict` column.
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Agree => "agree",
            Verdict::Conflict => "conflict",
            Verdict::Single => "single",
        }
    }
}

/// One cluster: a thing counted once, with the claims about it.
#[derive(Clone, Debug, PartialEq)]
pub struct Cluster {
    /// Indices of its claims in the input, in input order.
    pub claims: Vec<usize>,
    /// The event.
    pub event: String,
    /// What is counted (the class most of its claims name).
    pub what: String,
    /// The side.
    pub side: Option<String>,
    /// The event's days, from its dated claims.
    pub date: Option<(i32, i32)>,
    /// The place most of its claims name.
    pub place: Option<String>,
    /// Number of reports.
    pub n_docs: usize,
    /// Number of independent voices among its live claims.
    pub n_sources: usize,
    /// Estimate: lowest credible figure.
    pub low: f64,
    /// Estimate: best figure.
    pub best: f64,
    /// Estimate: highest credible figure.
    pub high: f64,
    /// (high − low) / best.
    pub spread: f64,
    /// Verdict.
    pub verdict: Verdict,
    /// The verdict in words.
    pub summary: String,
}

/// The result: a cluster and a status for every claim, and the clusters.
#[derive(Clone, Debug, PartialEq)]
pub struct Reconciliation {
    /// Cluster of each claim (index into `clusters`).
    pub cluster_of: Vec<usize>,
    /// Status of each claim.
    pub status: Vec<Status>,
    /// The clusters, numbered by their first claim in input order.
    pub clusters: Vec<Cluster>,
}

/// One reconciled cluster before numbering: its claims, their statuses, the cluster.
type Reconciled = (Vec<usize>, Vec<Status>, Cluster);

/// Reconcile claims.
pub fn reconcile(
    records: &[ClaimRecord],
    policy: Policy,
    lexicon: &Lexicon,
    threads: Threads,
) -> Result<Reconciliation> {
    reconcile_cancellable(records, policy, lexicon, threads, &Cancel::new())
}

/// [`reconcile`], stopped early (before each block) when `cancel` is raised.
pub fn reconcile_cancellable(
    records: &[ClaimRecord],
    policy: Policy,
    lexicon: &Lexicon,
    threads: Threads,
    cancel: &Cancel,
) -> Result<Reconciliation> {
    // a claim with no number at all cannot be compared: it stands alone
    let (numbered, unnumbered): (Vec<usize>, Vec<usize>) =
        (0..records.len()).partition(|&i| has_number(&records[i]));
    let records_view: Vec<ClaimRecord> = records.iter().map(with_value).collect();
    let records = &records_view[..];
    let blocks = block::blocks(records, &numbered, lexicon);
    let results: Vec<Vec<Reconciled>> = with_threads(threads, || {
        blocks
            .par_iter()
            .map(|members| {
                if cancel.is_cancelled() {
                    return Vec::new();
                }
                block::clusters(records, members, lexicon)
                    .into_iter()
                    .flat_map(|group| compare::reconcile_group(records, &group, lexicon, policy))
                    .collect()
            })
            .collect()
    })?;
    cancel.check()?;
    let mut found: Vec<Reconciled> = results.into_iter().flatten().collect();
    for i in unnumbered {
        found.push(compare::alone(records, i));
    }
    // clusters in the order of their first claim: the same for any thread count
    found.sort_by_key(|(claims, _, _)| claims.first().copied().unwrap_or(usize::MAX));
    let mut cluster_of = vec![usize::MAX; records.len()];
    let mut status = vec![Status::Single; records.len()];
    let mut clusters = Vec::with_capacity(found.len());
    for (id, (claims, statuses, cluster)) in found.into_iter().enumerate() {
        for (&i, s) in claims.iter().zip(statuses) {
            cluster_of[i] = id;
            status[i] = s;
        }
        clusters.push(cluster);
    }
    debug_assert!(cluster_of.iter().all(|&c| c != usize::MAX));
    Ok(Reconciliation {
        cluster_of,
        status,
        clusters,
    })
}

/// Whether a claim has a number to compare.
fn has_number(r: &ClaimRecord) -> bool {
    !(r.value.is_nan() && (r.low.is_nan() || r.high.is_nan()))
}

/// The claim with its value filled in from its bounds when only they are known, and its
/// bounds from its value.
fn with_value(r: &ClaimRecord) -> ClaimRecord {
    let mut r = r.clone();
    if r.value.is_nan() && !r.low.is_nan() && !r.high.is_nan() {
        r.value = if r.high.is_finite() {
            f64::midpoint(r.low, r.high)
        } else {
            r.low
        };
    }
    if r.low.is_nan() {
        r.low = r.value;
    }
    if r.high.is_nan() {
        r.high = r.value;
    }
    r
}

/// The most common value of an iterator, ties broken by first appearance.
fn most_common<'a>(values: impl Iterator<Item = &'a str>) -> Option<String> {
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for v in values {
        match counts.iter_mut().find(|(x, _)| *x == v) {
            Some(e) => e.1 += 1,
            None => counts.push((v, 1)),
        }
    }
    let best = counts.iter().map(|(_, n)| *n).max()?;
    counts
        .into_iter()
        .find(|(_, n)| *n == best)
        .map(|(v, _)| v.to_owned())
}

/// Distinct values, in first-seen order.
fn distinct<T: PartialEq + Clone>(values: impl Iterator<Item = T>) -> Vec<T> {
    let mut out = Vec::new();
    for v in values {
        if !out.contains(&v) {
            out.push(v);
        }
    }
    out
}

#[cfg(test)]
mod tests;
