//! Inside a cluster: breakdowns, revisions, comparison of intervals, statuses and verdict.

use super::estimate::{estimate, Policy};
use super::{distinct, most_common, ClaimRecord, Cluster, Reconciled, Status, Verdict};
use crate::lexicon::Lexicon;

/// Relative tolerance when parts are summed to their total.
const SUM_TOLERANCE: f64 = 1e-9;

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

/// Whether `sentence` holds one of `words` as whole words (case-insensitive).
pub(super) fn says(sentence: &str, words: &[String]) -> bool {
    let lower = sentence.to_lowercase();
    words.iter().any(|w| {
        lower.match_indices(w.as_str()).any(|(at, _)| {
            let before = lower[..at].chars().next_back();
            let after = lower[at + w.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
    })
}

/// How far before a figure, in characters, the words of an earlier figure may stand ("an
/// earlier estimate of 2,000", "initially put the toll at 19").
const EARLIER_REACH: usize = 40;

/// Whether words of an earlier figure stand right before the claim in its sentence.
fn told_as_earlier(r: &ClaimRecord, earlier: &[String]) -> bool {
    let Some(offset) = r.offset else {
        return false;
    };
    let before: Vec<char> = r.sentence.chars().take(offset).collect();
    let from = before.len().saturating_sub(EARLIER_REACH);
    let window: String = before[from..].iter().collect();
    says(&window, earlier)
}

/// Parts of a total told in one sentence ("13 soldiers … eight in Idlib, three in Latakia and
/// two in Hama"): claims of one report and sentence, with places, whose values add up to
/// another claim of that sentence.
fn parts(records: &[ClaimRecord], group: &[usize]) -> Vec<usize> {
    let mut out = Vec::new();
    for &total in group {
        let t = &records[total];
        let candidates: Vec<usize> = group
            .iter()
            .copied()
            .filter(|&i| {
                i != total
                    && records[i].doc == t.doc
                    && records[i].sentence == t.sentence
                    && records[i].place.is_some()
                    && records[i].position > t.position
            })
            .collect();
        if candidates.len() >= 2 {
            let sum: f64 = candidates.iter().map(|&i| records[i].value).sum();
            if (sum - t.value).abs() <= SUM_TOLERANCE * t.value.abs().max(1.0) {
                out.extend(candidates);
            }
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// Which claims of a cluster a later figure updates.
fn superseded(records: &[ClaimRecord], group: &[usize], lexicon: &Lexicon) -> Vec<bool> {
    let words = lexicon.frame().revisions();
    let mut out = vec![false; group.len()];
    // once per claim, not once per pair
    let earlier: Vec<bool> = group
        .iter()
        .map(|&i| told_as_earlier(&records[i], &words.earlier))
        .collect();
    for (a, &i) in group.iter().enumerate() {
        let ri = &records[i];
        for (b, &j) in group.iter().enumerate() {
            if i == j {
                continue;
            }
            let rj = &records[j];
            let differs = !overlap((ri.low, ri.high), (rj.low, rj.high));
            if !differs {
                continue;
            }
            // the same report: a later figure that says it updates, or an earlier one that
            // says it was first
            let same_report = ri.doc == rj.doc;
            let later_in_report = same_report && rj.position > ri.position;
            if later_in_report && says(&rj.sentence, &words.later) {
                out[a] = true;
            }
            // one sentence telling two figures in words of revision: the one the words of an
            // earlier figure stand by is the old one ("…, revising an earlier estimate of
            // 2,000"); else the one told last is the newer ("initially reported 19 deaths but
            // later lowered the figure to 17")
            if same_report && ri.sentence == rj.sentence {
                let i_earlier = earlier[a];
                let j_earlier = earlier[b];
                if i_earlier && !j_earlier
                    || (later_in_report && !j_earlier && says(&rj.sentence, &words.earlier))
                {
                    out[a] = true;
                }
            }
            if same_report
                && says(&ri.sentence, &words.earlier)
                && !says(&rj.sentence, &words.earlier)
            {
                out[a] = true;
            }
            let later_report = match (ri.published, rj.published) {
                (Some(p), Some(q)) => q > p,
                _ => false,
            };
            // across reports: a later report that says the figure has changed ("the toll has
            // risen to")
            if !same_report && later_report && says(&rj.sentence, &words.later) {
                out[a] = true;
            }
        }
    }
    out
}

/// Reconcile one group of claims about one event; parts of totals come out as clusters of
/// their own, one per place.
pub(super) fn reconcile_group(
    records: &[ClaimRecord],
    group: &[usize],
    lexicon: &Lexicon,
    policy: Policy,
) -> Vec<Reconciled> {
    let part_list = parts(records, group);
    let mut out = Vec::new();
    let whole: Vec<usize> = group
        .iter()
        .copied()
        .filter(|i| !part_list.contains(i))
        .collect();
    if !whole.is_empty() {
        out.push(one_cluster(records, whole, lexicon, policy));
    }
    let places = distinct(part_list.iter().map(|&i| records[i].place.clone()));
    for place in places {
        let members: Vec<usize> = part_list
            .iter()
            .copied()
            .filter(|&i| records[i].place == place)
            .collect();
        out.push(one_cluster(records, members, lexicon, policy));
    }
    out
}

/// A claim with no number: a cluster of its own, with no estimate.
pub(super) fn alone(records: &[ClaimRecord], i: usize) -> Reconciled {
    let r = &records[i];
    let cluster = Cluster {
        claims: vec![i],
        event: r.event.clone(),
        what: r.what.clone(),
        side: r.side.clone(),
        date: r.date,
        place: r.place.clone(),
        n_docs: 1,
        n_sources: 1,
        low: f64::NAN,
        best: f64::NAN,
        high: f64::NAN,
        spread: f64::NAN,
        verdict: Verdict::Single,
        summary: format!("single: no figure, from {}", r.voice_name()),
    };
    (vec![i], vec![Status::Single], cluster)
}

fn one_cluster(
    records: &[ClaimRecord],
    group: Vec<usize>,
    lexicon: &Lexicon,
    policy: Policy,
) -> Reconciled {
    let gone = superseded(records, &group, lexicon);
    let live: Vec<usize> = group
        .iter()
        .zip(&gone)
        .filter(|(_, g)| !**g)
        .map(|(&i, _)| i)
        .collect();
    let conflicting: Vec<bool> = group
        .iter()
        .map(|&i| {
            live.iter().any(|&j| {
                j != i
                    && !overlap(
                        (records[i].low, records[i].high),
                        (records[j].low, records[j].high),
                    )
            })
        })
        .collect();
    let verdict = if live.len() <= 1 {
        Verdict::Single
    } else if live
        .iter()
        .any(|&i| conflicting[group.iter().position(|&g| g == i).unwrap_or(0)])
    {
        Verdict::Conflict
    } else {
        Verdict::Agree
    };
    let statuses: Vec<Status> = group
        .iter()
        .enumerate()
        .map(|(k, _)| {
            if gone[k] {
                Status::Superseded
            } else if verdict == Verdict::Single {
                Status::Single
            } else if conflicting[k] {
                Status::Conflicting
            } else {
                Status::Consistent
            }
        })
        .collect();
    let first = &records[group[0]];
    let dates: Vec<(i32, i32)> = group
        .iter()
        .filter_map(|&i| {
            records[i]
                .date
                .filter(|(f, t)| t - f < super::block::ANCHOR_DAYS)
        })
        .collect();
    let date = (!dates.is_empty()).then(|| {
        (
            dates.iter().map(|d| d.0).min().unwrap_or_default(),
            dates.iter().map(|d| d.1).max().unwrap_or_default(),
        )
    });
    let voices = distinct(live.iter().map(|&i| records[i].voice()));
    let docs = distinct(group.iter().map(|&i| records[i].doc.clone()));
    let (low, best, high) = estimate(records, &live, policy);
    let spread = if best > 0.0 {
        (high - low) / best
    } else {
        f64::NAN
    };
    let summary = summarize(
        records,
        &group,
        &live,
        &statuses,
        verdict,
        docs.len(),
        &voices,
    );
    let cluster = Cluster {
        event: first.event.clone(),
        what: most_common(group.iter().map(|&i| records[i].what.as_str())).unwrap_or_default(),
        side: first.side.clone(),
        date,
        place: most_common(group.iter().filter_map(|&i| records[i].place.as_deref())),
        n_docs: docs.len(),
        n_sources: voices.len(),
        low,
        best,
        high,
        spread,
        verdict,
        summary,
        claims: group.clone(),
    };
    (group, statuses, cluster)
}

/// A figure as written in a summary.
fn figure(r: &ClaimRecord) -> String {
    if r.low == r.high {
        format_number(r.value)
    } else if r.high.is_infinite() {
        format!("at least {}", format_number(r.low))
    } else {
        format!("{}–{}", format_number(r.low), format_number(r.high))
    }
}

fn format_number(x: f64) -> String {
    if x.fract() == 0.0 && x.abs() < 1e15 {
        let digits = format!("{}", x.abs() as i64);
        let mut grouped = String::new();
        for (k, c) in digits.chars().enumerate() {
            if k > 0 && (digits.len() - k) % 3 == 0 {
                grouped.push(',');
            }
            grouped.push(c);
        }
        if x < 0.0 {
            grouped.insert(0, '-');
        }
        grouped
    } else {
        format!("{x}")
    }
}

/// The verdict in words.
fn summarize(
    records: &[ClaimRecord],
    group: &[usize],
    live: &[usize],
    statuses: &[Status],
    verdict: Verdict,
    n_docs: usize,
    voices: &[String],
) -> String {
    let reports = |n: usize| {
        if n == 1 {
            "1 report".to_owned()
        } else {
            format!("{n} reports")
        }
    };
    let n_superseded = statuses
        .iter()
        .filter(|s| **s == Status::Superseded)
        .count();
    let revised = if n_superseded > 0 {
        format!("; {n_superseded} earlier figure(s) superseded by a later one")
    } else {
        String::new()
    };
    let relay = if voices.len() == 1 && n_docs > 1 {
        let name = records[live[0]].voice_name();
        format!("; all {n_docs} reports relay one voice, {name}")
    } else {
        String::new()
    };
    match verdict {
        Verdict::Single => {
            let r = &records[*live.first().unwrap_or(&group[0])];
            format!("single: {} from {}{revised}", figure(r), r.voice_name())
        }
        Verdict::Agree => {
            let figures = distinct(live.iter().map(|&i| figure(&records[i])));
            format!(
                "agree: {} ({}, {} independent voice(s)){relay}{revised}",
                figures.join(", "),
                reports(n_docs),
                voices.len()
            )
        }
        Verdict::Conflict => {
            let mut by_figure: Vec<(String, Vec<String>)> = Vec::new();
            for &i in live {
                let f = figure(&records[i]);
                let who = records[i].voice_name();
                match by_figure.iter_mut().find(|(x, _)| *x == f) {
                    Some((_, w)) => {
                        if !w.contains(&who) {
                            w.push(who);
                        }
                    }
                    None => by_figure.push((f, vec![who])),
                }
            }
            let parts: Vec<String> = by_figure
                .into_iter()
                .map(|(f, w)| format!("{f} ({})", w.join(", ")))
                .collect();
            format!("conflict: {}{revised}", parts.join(" vs "))
        }
    }
}
