//! Reconciliation: one account out of many reports.
//!
//! The claims of many reports are grouped into clusters, each one thing counted once (the
//! Turkish soldiers killed on Feb 3), and every cluster gets a verdict, a best estimate with
//! its range, and every claim a status. The steps follow DESIGN.md:
//!
//! 1. **stories** ([`stories`], on [`crate::story`]): reports that tell one happening form a
//!    story (or the user's own `story` column says so); claims of different stories never
//!    meet, and a round-up's claims go to the story their own sentence names;
//! 2. **block** ([`block`]): inside a story, claims meet with the same event, a compatible
//!    class of what is counted (`troops` ~ `soldiers`; `passengers` ~ `crew` ~ `people`; the
//!    generic `person` meets the one people class of its block, or the one whose figures hold
//!    its own), a compatible side (none meets any named side of its event: the only one,
//!    the one whose figures hold its own, or the one most of the event's claims name) and, for measures, the same concept and dimension
//!    (miles meet kilometres, converted);
//! 3. **separate events by evidence** ([`block`], on the rules of [`days`]): dated claims
//!    within a day of each other are one event; undated claims join the event their
//!    publication day points to; two events split only on clearly disjoint days;
//! 4. **order in time and compare** ([`compare`]): parts set apart (figures that add up to
//!    a total in one sentence; lower exact figures one voice tells beside its count in one
//!    report, a district's or a clinic's); claims ordered by publication day and
//!    position; a later figure revises an earlier one (a rise, a refinement, a fall told as a
//!    correction, a change told in words of revision) when the count runs over time, in one
//!    sort-and-sweep; the earlier figure is `superseded` (and so is the same figure retold
//!    by its voice in a later report); figures that cannot both hold, from
//!    different voices, conflict;
//! 5. **independence** ([`voice`]): a named person, their surname and their organisation's
//!    spokesperson are one voice, as are the outlets relaying one party;
//! 6. **estimate** ([`estimate`]) by [`Policy`], O(k log k) per cluster.
//!
//! The modules lean one way only: [`block`] and [`compare`] both read [`days`] and
//! [`interval`] (whether two figures can both hold), never each other.
//!
//! Blocks are independent, so they are reconciled in parallel with rayon; the output order
//! depends only on the input order.

mod block;
mod compare;
mod days;
mod estimate;
mod interval;
pub mod stories;
mod voice;

use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHashSet};

use crate::error::Result;
use crate::lexicon::Lexicon;
use crate::parallel::{with_threads, Cancel, Threads};

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
    /// The unit (`count`, `km`, `USD`…); empty reads as `count`.
    pub unit: String,
    /// What a measure measures, or the counted phrase as written, when known.
    pub concept: Option<String>,
    /// How the day was found (`stated`, `context`, `published`, `none`), when known: a day
    /// estimated from the publication day is no evidence of the event's day.
    pub date_basis: Option<String>,
    /// The user's own story label, when given.
    pub story: Option<String>,
    /// The voice, once resolved across the claims of a story (see [`voice`]).
    pub voice_key: Option<String>,
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
            unit: c.quantity.unit.clone(),
            concept: c
                .concept
                .or(c.counted)
                .map(|s| text[s.start..s.end].to_owned()),
            ..ClaimRecord::default()
        }
    }

    /// The voice of the claim: who it traces back to. The party of its source, else the
    /// source, else the report itself (an unattributed claim is its outlet's own voice).
    pub fn voice(&self) -> String {
        if let Some(key) = &self.voice_key {
            return key.clone();
        }
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
    /// Revised by a later figure.
    Superseded,
    /// The only claim of its cluster still standing (any others revised by it).
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
    /// Only one claim (a figure revised by later ones is an account agreed on).
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

/// How a later figure revises an earlier one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Revision {
    /// A higher figure later (a toll rising as bodies are found).
    Rise,
    /// A lower figure told as a correction ("revised down to").
    Fall,
    /// An exact figure inside an earlier open or vague one ("at least 30", then 41).
    Refinement,
    /// A figure told as replacing an earlier one, neither higher nor lower.
    Change,
}

impl Revision {
    /// The name in the `revision` column.
    pub fn as_str(self) -> &'static str {
        match self {
            Revision::Rise => "rise",
            Revision::Fall => "fall",
            Revision::Refinement => "refinement",
            Revision::Change => "change",
        }
    }
}

/// One story: the reports that tell one happening.
#[derive(Clone, Debug, PartialEq)]
pub struct Story {
    /// Number of reports.
    pub n_docs: usize,
    /// First publication day, when known.
    pub first_published: Option<i32>,
    /// Last publication day, when known.
    pub last_published: Option<i32>,
    /// Its salient names, most told first (the user's label for a given story).
    pub names: Vec<String>,
    /// The places its claims name, most told first.
    pub places: Vec<String>,
    /// The events its claims tell, most told first.
    pub events: Vec<String>,
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
    /// The story.
    pub story: usize,
    /// The unit its figures are compared in.
    pub unit: String,
    /// What a measure measures (the most told concept), when known.
    pub concept: Option<String>,
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
    /// The claim that revises each superseded claim.
    pub superseded_by: Vec<Option<usize>>,
    /// How each superseded claim was revised.
    pub revision: Vec<Option<Revision>>,
    /// The story of each claim (index into `stories`).
    pub story_of: Vec<usize>,
    /// The stories, numbered by their first claim in input order.
    pub stories: Vec<Story>,
}

/// What reconciliation says of one claim of a cluster.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Outcome {
    status: Status,
    superseded_by: Option<usize>,
    revision: Option<Revision>,
}

/// One reconciled cluster before numbering: its claims, what is said of each, the cluster.
type Reconciled = (Vec<usize>, Vec<Outcome>, Cluster);

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
    let (story_of, stories, records_view, results) = with_threads(threads, || {
        // stories are partly sequential: the figures are read meanwhile
        let ((story_of, stories), mut records_view) = rayon::join(
            || stories::stories(records, lexicon),
            || {
                records
                    .par_iter()
                    .map(|r| with_value(r, lexicon))
                    .collect::<Vec<ClaimRecord>>()
            },
        );
        voice::resolve(&mut records_view, &story_of, lexicon);
        let view = &records_view[..];
        let reader = compare::RevisionReader::new(lexicon);
        let blocks = block::blocks(view, &numbered, &story_of, lexicon);
        let results: Vec<Vec<Reconciled>> = blocks
            .par_iter()
            .map(|members| {
                if cancel.is_cancelled() {
                    return Vec::new();
                }
                block::clusters(view, members, lexicon)
                    .into_iter()
                    .flat_map(|group| {
                        compare::reconcile_group(view, &group, lexicon, &reader, policy)
                    })
                    .collect()
            })
            .collect();
        (story_of, stories, records_view, results)
    })?;
    cancel.check()?;
    let records = &records_view[..];
    let mut found: Vec<Reconciled> = results.into_iter().flatten().collect();
    for i in unnumbered {
        found.push(compare::alone(records, i));
    }
    // clusters in the order of their first claim: the same for any thread count
    found.sort_by_key(|(claims, _, _)| claims.first().copied().unwrap_or(usize::MAX));
    let n = records.len();
    let mut cluster_of = vec![usize::MAX; n];
    let mut status = vec![Status::Single; n];
    let mut superseded_by = vec![None; n];
    let mut revision = vec![None; n];
    let mut clusters = Vec::with_capacity(found.len());
    for (id, (claims, outcomes, mut cluster)) in found.into_iter().enumerate() {
        for (&i, o) in claims.iter().zip(outcomes) {
            cluster_of[i] = id;
            status[i] = o.status;
            superseded_by[i] = o.superseded_by;
            revision[i] = o.revision;
        }
        cluster.story = claims.first().map_or(0, |&i| story_of[i]);
        clusters.push(cluster);
    }
    debug_assert!(cluster_of.iter().all(|&c| c != usize::MAX));
    Ok(Reconciliation {
        cluster_of,
        status,
        clusters,
        superseded_by,
        revision,
        story_of,
        stories,
    })
}

/// Whether a claim has a number to compare.
fn has_number(r: &ClaimRecord) -> bool {
    !(r.value.is_nan() && (r.low.is_nan() || r.high.is_nan()))
}

/// The claim with its value filled in from its bounds when only they are known, its bounds
/// from its value, and its figures in the base unit of its dimension (miles as kilometres).
fn with_value(r: &ClaimRecord, lexicon: &Lexicon) -> ClaimRecord {
    let mut r = r.clone();
    if r.unit.is_empty() {
        r.unit = "count".into();
    }
    let (base, factor) = lexicon.reconciliation().base_unit(&r.unit);
    if factor != 1.0 || base != r.unit {
        let base = base.to_owned();
        r.value *= factor;
        r.low *= factor;
        r.high *= factor;
        r.unit = base;
    }
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

/// The values of an iterator, most common first, ties by first appearance (O(n log n)).
fn by_frequency<'a>(values: impl Iterator<Item = &'a str>) -> Vec<String> {
    let mut counts: FxHashMap<&str, (usize, usize)> = FxHashMap::default();
    for (k, v) in values.enumerate() {
        counts.entry(v).or_insert((0, k)).0 += 1;
    }
    let mut out: Vec<(&str, (usize, usize))> = counts.into_iter().collect();
    out.sort_by_key(|&(_, (n, first))| (std::cmp::Reverse(n), first));
    out.into_iter().map(|(v, _)| v.to_owned()).collect()
}

/// The most common value of an iterator, ties broken by first appearance.
fn most_common<'a>(values: impl Iterator<Item = &'a str>) -> Option<String> {
    by_frequency(values).into_iter().next()
}

/// Distinct values, in first-seen order (hashing: O(n)).
fn distinct<T: Eq + std::hash::Hash + Clone>(values: impl Iterator<Item = T>) -> Vec<T> {
    let mut seen = FxHashSet::default();
    values.filter(|v| seen.insert(v.clone())).collect()
}

#[cfg(test)]
mod tests;
