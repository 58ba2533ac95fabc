//! Inside a cluster: breakdowns, revisions in time, comparison of intervals, statuses and
//! verdict. Every step is a sort, a sweep or a hash join: O(k log k) in the cluster's size.

use std::collections::BTreeSet;

use regex::Regex;
use rustc_hash::{FxHashMap, FxHashSet};

use super::days::ANCHOR_DAYS;
use super::estimate::{estimate, Policy};
use super::interval::overlap;
use super::{
    distinct, most_common, ClaimRecord, Cluster, Outcome, Reconciled, Revision, Status, Verdict,
};
use crate::lexicon::Lexicon;

/// Relative tolerance when parts are summed to their total.
const SUM_TOLERANCE: f64 = 1e-9;

/// Whether `sentence` holds one of `words` as whole words (case-insensitive).
fn says(sentence: &str, words: &[String]) -> bool {
    let lower = sentence.to_lowercase();
    words.iter().any(|w| {
        lower.match_indices(w.as_str()).any(|(at, _)| {
            let before = lower[..at].chars().next_back();
            let after = lower[at + w.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
    })
}

/// The words of revision of a lexicon as three matchers, built once per reconciliation: a
/// sentence is read in one pass per list, not once per word (a million claims' sentences).
/// Each matches a word of its list as a whole word, whatever its case, as [`says`] does.
pub(super) struct RevisionReader {
    later: WholeWords,
    earlier: WholeWords,
    lowered: WholeWords,
}

impl RevisionReader {
    /// The matchers of a lexicon's revision words and words of a correction downwards.
    pub(super) fn new(lexicon: &Lexicon) -> RevisionReader {
        let words = lexicon.frame().revisions();
        RevisionReader {
            later: WholeWords::new(&words.later),
            earlier: WholeWords::new(&words.earlier),
            lowered: WholeWords::new(&lexicon.reconciliation().lowered),
        }
    }

    /// Whether a sentence holds words of a later figure, of an earlier one, of a lowering.
    fn read(&self, sentence: &str) -> (bool, bool, bool) {
        (
            self.later.in_(sentence),
            self.earlier.in_(sentence),
            self.lowered.in_(sentence),
        )
    }
}

/// Any of a list of words as whole words (no letter or digit either side), case insensitive:
/// one regex, or, for a list too large for the regex engine, the words one by one.
enum WholeWords {
    Regex(Regex),
    Words(Vec<String>),
}

impl WholeWords {
    fn new(words: &[String]) -> WholeWords {
        let alternatives: Vec<String> = words
            .iter()
            .filter(|w| !w.is_empty())
            .map(|w| regex::escape(&w.to_lowercase()))
            .collect();
        if alternatives.is_empty() {
            return WholeWords::Words(Vec::new());
        }
        let edge = r"[^\p{Alphabetic}\p{Nd}\p{Nl}\p{No}]";
        let pattern = format!("(?i)(?:^|{edge})(?:{})(?:{edge}|$)", alternatives.join("|"));
        match Regex::new(&pattern) {
            Ok(m) => WholeWords::Regex(m),
            Err(_) => WholeWords::Words(words.iter().map(|w| w.to_lowercase()).collect()),
        }
    }

    fn in_(&self, sentence: &str) -> bool {
        match self {
            WholeWords::Regex(m) => m.is_match(sentence),
            WholeWords::Words(words) => says(sentence, words),
        }
    }
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
fn parts(records: &[ClaimRecord], group: &[usize]) -> FxHashSet<usize> {
    let mut by_sentence: FxHashMap<(&str, &str), Vec<usize>> = FxHashMap::default();
    for &i in group {
        by_sentence
            .entry((records[i].doc.as_str(), records[i].sentence.as_str()))
            .or_default()
            .push(i);
    }
    let mut out = FxHashSet::default();
    for members in by_sentence.values().filter(|m| m.len() >= 3) {
        for &total in members {
            let t = &records[total];
            let candidates: Vec<usize> = members
                .iter()
                .copied()
                .filter(|&i| {
                    i != total && records[i].place.is_some() && records[i].position > t.position
                })
                .collect();
            if candidates.len() >= 2 {
                let sum: f64 = candidates.iter().map(|&i| records[i].value).sum();
                if (sum - t.value).abs() <= SUM_TOLERANCE * t.value.abs().max(1.0) {
                    out.extend(candidates);
                }
            }
        }
    }
    out
}

/// Parts told by one voice in one report: a named voice that tells, in one report and with
/// no words of revision (or the report itself, in one sentence), a count and lower exact figures of the same count ("249 injured";
/// "70 others were injured … in Bener Meriah district") tells the total and its parts (a
/// district's, a hospital's), not two totals. The highest figure stands; the exact figures
/// wholly below it are parts. One pass over the claims grouped by report and voice: O(k).
fn parts_by_one_voice(
    records: &[ClaimRecord],
    group: &[usize],
    reader: &RevisionReader,
) -> Vec<usize> {
    let mut by_voice: FxHashMap<(&str, (u8, &str)), Vec<usize>> = FxHashMap::default();
    for &i in group {
        // (the report's own voice, in one sentence only: "Four people – one with broken
        // bones, 3 with breathing problems – are treated in hospitals")
        let v = relayed_voice(&records[i]).unwrap_or((3, records[i].sentence.as_str()));
        by_voice
            .entry((records[i].doc.as_str(), v))
            .or_default()
            .push(i);
    }
    let mut out = Vec::new();
    for members in by_voice.values().filter(|m| m.len() >= 2) {
        let plain = members.iter().all(|&i| {
            let (later, earlier, lowered) = reader.read(&records[i].sentence);
            !(later || earlier || lowered)
        });
        if !plain {
            continue;
        }
        let total = members
            .iter()
            .map(|&i| records[i].low)
            .fold(f64::MIN, f64::max);
        out.extend(members.iter().copied().filter(|&i| {
            let r = &records[i];
            r.low == r.high && r.high < total
        }));
    }
    out.sort_unstable();
    out
}

/// What the words of a claim's sentence say of revision, read once per claim.
#[derive(Clone, Copy, Default)]
struct Told {
    /// Words of a figure that updates an earlier one ("had risen to").
    later: bool,
    /// Words of a figure a later one replaces ("initially").
    earlier: bool,
    /// Words of an earlier figure right before this one ("an earlier estimate of 2,000").
    as_earlier: bool,
    /// Words of a correction downwards ("revised down").
    lowered: bool,
}

/// The kind of revision from `old` to `new`.
fn kind(old: &ClaimRecord, new: &ClaimRecord) -> Revision {
    if new.low > old.high || (new.low == old.high && new.value > old.value) {
        Revision::Rise
    } else if new.high < old.low || (new.high == old.low && new.value < old.value) {
        Revision::Fall
    } else if imprecision(new) < imprecision(old) {
        Revision::Refinement
    } else {
        Revision::Change
    }
}

/// Relative width of a figure (infinite for an open one).
fn imprecision(r: &ClaimRecord) -> f64 {
    if r.high.is_infinite() {
        return f64::INFINITY;
    }
    (r.high - r.low) / r.value.abs().max(1.0)
}

/// A key that orders floats totally, for the sweep's ordered sets.
fn key(x: f64) -> i64 {
    let bits = x.to_bits() as i64;
    bits ^ (((bits >> 63) as u64) >> 1) as i64
}

/// Which claims of a cluster later figures revise: the revising claim and the kind.
///
/// Inside one report, by the words of revision (DESIGN step 4, as told by the report). Across
/// reports, in order of publication day: a later day's figure above every earlier one of a
/// count that runs over time is a rise; an exact figure inside an earlier open or vague one
/// is a refinement; a lower figure told as a correction is a fall; a later report that says
/// the figure changed revises the earlier figures it disagrees with. One sort and one sweep
/// over ordered sets of the standing figures: O(k log k).
fn revisions(
    records: &[ClaimRecord],
    group: &[usize],
    lexicon: &Lexicon,
    reader: &RevisionReader,
) -> Vec<Option<(usize, Revision)>> {
    let mut out: Vec<Option<(usize, Revision)>> = vec![None; group.len()];
    if group.len() < 2 {
        return out;
    }
    let words = lexicon.frame().revisions();
    // the words of a sentence are read once, however many reports relay it
    let mut by_sentence: FxHashMap<&str, (bool, bool, bool)> = FxHashMap::default();
    let told: Vec<Told> = group
        .iter()
        .map(|&i| {
            let r = &records[i];
            let (later, earlier, lower) = *by_sentence
                .entry(r.sentence.as_str())
                .or_insert_with(|| reader.read(&r.sentence));
            Told {
                later,
                earlier,
                as_earlier: earlier && told_as_earlier(r, &words.earlier),
                lowered: lower,
            }
        })
        .collect();
    let mark = |out: &mut Vec<Option<(usize, Revision)>>, a: usize, b: usize| {
        if out[a].is_none() {
            out[a] = Some((group[b], kind(&records[group[a]], &records[group[b]])));
        }
    };
    // 1. inside one report, by its words
    let mut by_report: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
    for (a, &i) in group.iter().enumerate() {
        by_report
            .entry(records[i].doc.as_str())
            .or_default()
            .push(a);
    }
    let mut reports: Vec<&Vec<usize>> = by_report.values().collect();
    reports.sort_by_key(|m| m[0]);
    for members in reports {
        if members.len() < 2 {
            continue;
        }
        for &a in members {
            let ri = &records[group[a]];
            for &b in members {
                let rj = &records[group[b]];
                if a == b || overlap((ri.low, ri.high), (rj.low, rj.high)) {
                    continue;
                }
                let later_in_report = rj.position > ri.position;
                // a later figure that says it updates
                if later_in_report && told[b].later {
                    mark(&mut out, a, b);
                }
                // one sentence telling two figures in words of revision: the one the words of
                // an earlier figure stand by is the old one ("…, revising an earlier estimate
                // of 2,000"); else the one told last is the newer ("initially reported 19
                // deaths but later lowered the figure to 17")
                if ri.sentence == rj.sentence
                    && (told[a].as_earlier && !told[b].as_earlier
                        || (later_in_report && !told[b].as_earlier && told[b].earlier))
                {
                    mark(&mut out, a, b);
                }
                // a figure the report calls initial, against one it does not
                if told[a].earlier && !told[b].earlier {
                    mark(&mut out, a, b);
                }
            }
        }
    }
    // 2. across reports, by publication day: sort and sweep
    let running = group
        .first()
        .is_some_and(|&i| lexicon.reconciliation().runs_over_time(&records[i].event));
    let mut dated: Vec<usize> = (0..group.len())
        .filter(|&a| records[group[a]].published.is_some())
        .collect();
    dated.sort_by_key(|&a| (records[group[a]].published, group[a]));
    // the standing figures of earlier days, by high, by low, and the open or vague ones by low
    let mut by_high: BTreeSet<(i64, usize)> = BTreeSet::new();
    let mut by_low: BTreeSet<(i64, usize)> = BTreeSet::new();
    let mut vague: BTreeSet<(i64, usize)> = BTreeSet::new();
    let mut day_start = 0;
    while day_start < dated.len() {
        let day = records[group[dated[day_start]]].published;
        let day_end = dated[day_start..]
            .iter()
            .position(|&a| records[group[a]].published != day)
            .map_or(dated.len(), |n| day_start + n);
        for &b in &dated[day_start..day_end] {
            let new = &records[group[b]];
            let t = told[b];
            let remove = |a: usize,
                          by_high: &mut BTreeSet<(i64, usize)>,
                          by_low: &mut BTreeSet<(i64, usize)>,
                          vague: &mut BTreeSet<(i64, usize)>| {
                let old = &records[group[a]];
                by_high.remove(&(key(old.high), a));
                by_low.remove(&(key(old.low), a));
                vague.remove(&(key(old.low), a));
            };
            // a rise: every standing figure wholly below
            if running || t.later {
                while let Some(&(_, a)) = by_high.first() {
                    let old = &records[group[a]];
                    if old.high < new.low || (old.high == new.low && !overlap_at_edge(old, new)) {
                        remove(a, &mut by_high, &mut by_low, &mut vague);
                        mark(&mut out, a, b);
                    } else {
                        break;
                    }
                }
            }
            // a fall told as a correction: every standing figure wholly above
            if t.lowered || (t.later && !running) {
                while let Some(&(_, a)) = by_low.last() {
                    let old = &records[group[a]];
                    if old.low > new.high || (old.low == new.high && !overlap_at_edge(old, new)) {
                        remove(a, &mut by_high, &mut by_low, &mut vague);
                        mark(&mut out, a, b);
                    } else {
                        break;
                    }
                }
            }
            // a refinement: an earlier open or vague figure that holds this sharper one
            if running {
                let sharp = imprecision(new);
                let held: Vec<usize> = vague
                    .range(..=(key(new.low), usize::MAX))
                    .map(|&(_, a)| a)
                    .filter(|&a| {
                        let old = &records[group[a]];
                        old.high >= new.high && imprecision(old) > sharp
                    })
                    .collect();
                for a in held {
                    remove(a, &mut by_high, &mut by_low, &mut vague);
                    mark(&mut out, a, b);
                }
            }
        }
        // one voice relayed by two reports of one day with two figures of a running count
        // told its count twice: the higher is its update (counts run up), not a conflict
        if running {
            let mut top: FxHashMap<(u8, &str), usize> = FxHashMap::default();
            for &b in &dated[day_start..day_end] {
                let r = &records[group[b]];
                if let (None, Some(v)) = (out[b], relayed_voice(r)) {
                    top.entry(v)
                        .and_modify(|t| {
                            if r.low > records[group[*t]].low {
                                *t = b;
                            }
                        })
                        .or_insert(b);
                }
            }
            for &b in &dated[day_start..day_end] {
                let r = &records[group[b]];
                let Some(&t) = relayed_voice(r).and_then(|v| top.get(&v)) else {
                    continue;
                };
                let higher = &records[group[t]];
                if out[b].is_none()
                    && r.doc != higher.doc
                    && (r.high < higher.low
                        || (r.high == higher.low && !overlap_at_edge(r, higher)))
                {
                    mark(&mut out, b, t);
                }
            }
        }
        for &b in &dated[day_start..day_end] {
            if out[b].is_none() {
                let r = &records[group[b]];
                by_high.insert((key(r.high), b));
                by_low.insert((key(r.low), b));
                if r.high.is_infinite() || r.high > r.low {
                    vague.insert((key(r.low), b));
                }
            }
        }
        day_start = day_end;
    }
    out
}

/// A figure already revised, told again by the same voice in a later report ("around 50",
/// a doctor's first count, relayed the next day beside the agency's 249), is the old figure
/// retold, not a figure standing against the new one: it is revised as its first telling
/// was. One hash join: O(k).
fn retold_revised(
    records: &[ClaimRecord],
    group: &[usize],
    revised: &mut [Option<(usize, Revision)>],
) {
    // a figure as its voice tells it: the voice and the bounds
    type Telling<'a> = ((u8, &'a str), u64, u64);
    let key = |i: usize| -> Option<Telling<'_>> {
        let r = &records[i];
        relayed_voice(r).map(|v| (v, r.low.to_bits(), r.high.to_bits()))
    };
    let mut first: FxHashMap<Telling<'_>, (usize, Revision)> = FxHashMap::default();
    for (&i, rev) in group.iter().zip(revised.iter()) {
        if let (Some(rev), Some(k)) = (rev, key(i)) {
            first.entry(k).or_insert(*rev);
        }
    }
    if first.is_empty() {
        return;
    }
    for (&i, rev) in group.iter().zip(revised.iter_mut()) {
        if rev.is_none() {
            if let Some(&(by, how)) = key(i).and_then(|k| first.get(&k)) {
                if by != i {
                    *rev = Some((by, how));
                }
            }
        }
    }
}

/// The voice of a claim that other reports may relay (its resolved voice, party or source),
/// without allocating; none for an unattributed claim, which is its own report's voice.
fn relayed_voice(r: &ClaimRecord) -> Option<(u8, &str)> {
    match (&r.voice_key, &r.source_party, &r.source) {
        (Some(k), _, _) => Some((0, k.as_str())),
        (None, Some(p), _) => Some((1, p.as_str())),
        (None, None, Some(s)) => Some((2, s.as_str())),
        (None, None, None) => None,
    }
}

/// Whether two figures that touch at one end still agree there (an exact figure touches
/// nothing by rounding: "8" and "at least 8").
fn overlap_at_edge(a: &ClaimRecord, b: &ClaimRecord) -> bool {
    overlap((a.low, a.high), (b.low, b.high))
}

/// Reconcile one group of claims about one event; parts of totals come out as clusters of
/// their own, one per place.
pub(super) fn reconcile_group(
    records: &[ClaimRecord],
    group: &[usize],
    lexicon: &Lexicon,
    reader: &RevisionReader,
    policy: Policy,
) -> Vec<Reconciled> {
    let mut part_set = parts(records, group);
    part_set.extend(parts_by_one_voice(records, group, reader));
    let mut out = Vec::new();
    let whole: Vec<usize> = group
        .iter()
        .copied()
        .filter(|i| !part_set.contains(i))
        .collect();
    if !whole.is_empty() {
        out.push(one_cluster(records, whole, lexicon, reader, policy));
    }
    let mut part_list: Vec<usize> = part_set.into_iter().collect();
    part_list.sort_unstable();
    let mut by_place: FxHashMap<Option<&str>, Vec<usize>> = FxHashMap::default();
    for &i in &part_list {
        by_place
            .entry(records[i].place.as_deref())
            .or_default()
            .push(i);
    }
    let mut places: Vec<Vec<usize>> = by_place.into_values().collect();
    places.sort_by_key(|m| m[0]);
    for members in places {
        out.push(one_cluster(records, members, lexicon, reader, policy));
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
        story: 0,
        unit: r.unit.clone(),
        concept: r.concept.clone(),
    };
    let outcome = Outcome {
        status: Status::Single,
        superseded_by: None,
        revision: None,
    };
    (vec![i], vec![outcome], cluster)
}

/// The live claims that disagree with a live claim of another voice: for each claim, the
/// figure of another voice with the highest low and the one with the lowest high are the
/// only ones to test (O(k)).
fn conflicting(records: &[ClaimRecord], group: &[usize], live: &[bool]) -> Vec<bool> {
    let voices: Vec<String> = group.iter().map(|&i| records[i].voice()).collect();
    // the best two claims of distinct voices by a score
    let top_two = |score: &dyn Fn(usize) -> f64| {
        let mut first: Option<usize> = None;
        let mut second: Option<usize> = None;
        for a in (0..group.len()).filter(|&a| live[a]) {
            let s = score(a);
            match first {
                None => first = Some(a),
                Some(f) if s > score(f) => {
                    if voices[f] != voices[a] {
                        second = Some(f);
                    }
                    first = Some(a);
                }
                Some(f) => {
                    if voices[f] != voices[a] && second.is_none_or(|x| s > score(x)) {
                        second = Some(a);
                    }
                }
            }
        }
        (first, second)
    };
    let highest_low = top_two(&|a| records[group[a]].low);
    let lowest_high = top_two(&|a| -records[group[a]].high);
    (0..group.len())
        .map(|a| {
            if !live[a] {
                return false;
            }
            let r = &records[group[a]];
            [highest_low, lowest_high].iter().any(|&(first, second)| {
                let other = match first {
                    Some(f) if voices[f] != voices[a] => Some(f),
                    _ => second,
                };
                other.is_some_and(|b| {
                    let o = &records[group[b]];
                    !overlap((r.low, r.high), (o.low, o.high))
                })
            })
        })
        .collect()
}

fn one_cluster(
    records: &[ClaimRecord],
    group: Vec<usize>,
    lexicon: &Lexicon,
    reader: &RevisionReader,
    policy: Policy,
) -> Reconciled {
    let mut revised = revisions(records, &group, lexicon, reader);
    retold_revised(records, &group, &mut revised);
    let live_mask: Vec<bool> = revised.iter().map(Option::is_none).collect();
    let live: Vec<usize> = group
        .iter()
        .zip(&live_mask)
        .filter(|(_, l)| **l)
        .map(|(&i, _)| i)
        .collect();
    let conflicting = conflicting(records, &group, &live_mask);
    // a figure revised by later ones is an account agreed on, not a single report: the
    // verdict is single only for a cluster of one claim
    let verdict = if group.len() <= 1 {
        Verdict::Single
    } else if conflicting.iter().any(|&c| c) {
        Verdict::Conflict
    } else {
        Verdict::Agree
    };
    let outcomes: Vec<Outcome> = (0..group.len())
        .map(|k| {
            let status = if revised[k].is_some() {
                Status::Superseded
            } else if live.len() <= 1 {
                Status::Single
            } else if conflicting[k] {
                Status::Conflicting
            } else {
                Status::Consistent
            };
            Outcome {
                status,
                superseded_by: revised[k].map(|(j, _)| j),
                revision: revised[k].map(|(_, r)| r),
            }
        })
        .collect();
    let first = &records[group[0]];
    let dates: Vec<(i32, i32)> = group
        .iter()
        .filter_map(|&i| records[i].date.filter(|(f, t)| t - f < ANCHOR_DAYS))
        .collect();
    let date = (!dates.is_empty()).then(|| {
        (
            dates.iter().map(|d| d.0).min().unwrap_or_default(),
            dates.iter().map(|d| d.1).max().unwrap_or_default(),
        )
    });
    let voices = distinct(live.iter().map(|&i| records[i].voice()));
    let n_docs = distinct(group.iter().map(|&i| records[i].doc.as_str())).len();
    let (low, best, high) = estimate(records, &live, policy);
    let spread = if best > 0.0 {
        (high - low) / best
    } else {
        f64::NAN
    };
    let statuses: Vec<Status> = outcomes.iter().map(|o| o.status).collect();
    let summary = summarize(records, &group, &live, &statuses, verdict, n_docs, &voices);
    let measured = matches!(first.event.as_str(), "measure" | "other");
    let cluster = Cluster {
        event: first.event.clone(),
        what: most_common(group.iter().map(|&i| records[i].what.as_str())).unwrap_or_default(),
        side: most_common(group.iter().filter_map(|&i| records[i].side.as_deref())),
        date,
        place: most_common(group.iter().filter_map(|&i| records[i].place.as_deref())),
        n_docs,
        n_sources: voices.len(),
        low,
        best,
        high,
        spread,
        verdict,
        summary,
        story: 0,
        unit: first.unit.clone(),
        concept: if measured {
            most_common(group.iter().filter_map(|&i| records[i].concept.as_deref()))
        } else {
            None
        },
        claims: group.clone(),
    };
    (group, outcomes, cluster)
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
            let mut index: FxHashMap<String, (usize, FxHashSet<String>)> = FxHashMap::default();
            for &i in live {
                let f = figure(&records[i]);
                let who = records[i].voice_name();
                let entry = index.entry(f.clone()).or_insert_with(|| {
                    by_figure.push((f, Vec::new()));
                    (by_figure.len() - 1, FxHashSet::default())
                });
                if entry.1.insert(who.clone()) {
                    by_figure[entry.0].1.push(who);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_words_read_as_says_reads_them() {
        let words: Vec<String> = ["risen to", "initially", "revised down", "(updated)"]
            .iter()
            .map(ToString::to_string)
            .collect();
        let matcher = WholeWords::new(&words);
        assert!(matches!(matcher, WholeWords::Regex(_)));
        for sentence in [
            "The toll had Risen to 41.",
            "Officials initially said 30.",
            "It was revised down, to 17.",
            "The toll (updated) is 41.",
            "Initially: 30.",
            "The toll had arisen to 41.",
            "uninitially said",
            "revised downwards",
            "",
        ] {
            assert_eq!(matcher.in_(sentence), says(sentence, &words), "{sentence}");
        }
    }
}
