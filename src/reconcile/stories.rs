//! The stories of a claims table (DESIGN step 1), on [`crate::story`].
//!
//! Each report is read as a signature from its claims: the salient names of their sentences
//! and places, their events and the publication day. A user's own `story` label is used as
//! given; claims without one are grouped by signature. A round-up that tells several stories
//! is split by claim: a claim whose sentence names nothing of its report's story but names
//! another story goes to that story, and the claims after it that name nothing follow it.

use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHashSet};

use super::{by_frequency, ClaimRecord, Story};
use crate::lexicon::Lexicon;
use crate::story::{
    assign, capitalised_with, salient_names, Signature, StopWords, JOIN_SHARE, POSTING_CAP,
};

/// How many names, places and events the stories table lists.
const LISTED: usize = 8;

/// A report's claims, in input order.
struct Report {
    claims: Vec<usize>,
}

/// The story of each claim, and the stories, numbered by first claim in input order.
pub fn stories(records: &[ClaimRecord], lexicon: &Lexicon) -> (Vec<usize>, Vec<Story>) {
    let mut index: FxHashMap<&str, usize> = FxHashMap::default();
    let mut reports: Vec<Report> = Vec::new();
    for (i, r) in records.iter().enumerate() {
        let k = *index.entry(r.doc.as_str()).or_insert_with(|| {
            reports.push(Report { claims: Vec::new() });
            reports.len() - 1
        });
        reports[k].claims.push(i);
    }
    // the text of each report as its claims tell it: distinct sentences and places
    let texts: Vec<String> = reports
        .par_iter()
        .map(|rep| {
            let mut seen = FxHashSet::default();
            let mut text = String::new();
            for &i in &rep.claims {
                let r = &records[i];
                for part in std::iter::once(r.sentence.as_str()).chain(r.place.as_deref()) {
                    if seen.insert(part) {
                        text.push_str(part);
                        text.push('\n');
                    }
                }
            }
            text
        })
        .collect();
    let text_refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    let names = salient_names(&text_refs, lexicon);
    let signatures: Vec<Signature> = reports
        .iter()
        .zip(&names)
        .map(|(rep, names)| Signature {
            names: names.clone(),
            events: super::distinct(rep.claims.iter().map(|&i| records[i].event.clone())),
            published: rep.claims.iter().find_map(|&i| records[i].published),
        })
        .collect();
    let found = assign(&signatures);
    let mut story_of: Vec<usize> = vec![0; records.len()];
    for (k, rep) in reports.iter().enumerate() {
        for &i in &rep.claims {
            story_of[i] = found.story_of[k];
        }
    }
    split_round_ups(records, &reports, &names, &found, &mut story_of, lexicon);
    // a user's own label is used as given; labels come after the found stories' numbers
    let mut labels: FxHashMap<&str, usize> = FxHashMap::default();
    let offset = found.story_of.iter().max().map_or(0, |m| m + 1);
    for (i, r) in records.iter().enumerate() {
        if let Some(label) = &r.story {
            let next = offset + labels.len();
            story_of[i] = *labels.entry(label.as_str()).or_insert(next);
        }
    }
    // numbered by first claim in input order
    let mut renumber: FxHashMap<usize, usize> = FxHashMap::default();
    for s in &mut story_of {
        let next = renumber.len();
        *s = *renumber.entry(*s).or_insert(next);
    }
    let table = table(records, &reports, &names, &story_of, renumber.len());
    (story_of, table)
}

/// Move the claims of a round-up to the stories their own sentences name.
fn split_round_ups(
    records: &[ClaimRecord],
    reports: &[Report],
    names: &[Vec<String>],
    found: &crate::story::Stories,
    story_of: &mut [usize],
    lexicon: &Lexicon,
) {
    // for each story, the reports holding each name; for each name, its stories (capped)
    let mut held: FxHashMap<(usize, &str), usize> = FxHashMap::default();
    let mut stories_of: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
    for (k, ns) in names.iter().enumerate() {
        let s = found.story_of[k];
        for n in super::distinct(ns.iter()) {
            let count = held.entry((s, n.as_str())).or_insert(0);
            *count += 1;
            if *count == 1 {
                let list = stories_of.entry(n.as_str()).or_default();
                if list.len() <= POSTING_CAP {
                    list.push(s);
                }
            }
        }
    }
    let reader = RoundUps {
        records,
        names,
        found,
        held,
        stories_of,
        stop: StopWords::new(lexicon),
    };
    // each report is read on its own (in parallel); the moves are applied after
    let moves: Vec<(usize, usize)> = reports
        .par_iter()
        .enumerate()
        .flat_map_iter(|(k, rep)| reader.moves(k, rep))
        .collect();
    for (i, s) in moves {
        story_of[i] = s;
    }
}

/// What the round-ups of a table are read against: the stories found for whole reports and
/// the names each story holds.
struct RoundUps<'a> {
    records: &'a [ClaimRecord],
    names: &'a [Vec<String>],
    found: &'a crate::story::Stories,
    /// Reports of each story holding each name.
    held: FxHashMap<(usize, &'a str), usize>,
    /// The stories of each name (capped).
    stories_of: FxHashMap<&'a str, Vec<usize>>,
    stop: StopWords,
}

impl RoundUps<'_> {
    /// The story of each claim of report `k` that leaves the report's story, or follows a
    /// claim that left it (nothing when the report is no round-up).
    fn moves(&self, k: usize, rep: &Report) -> Vec<(usize, usize)> {
        let RoundUps {
            records,
            names,
            found,
            held,
            stories_of,
            stop,
        } = self;
        let own = found.story_of[k];
        let sentences = super::distinct(rep.claims.iter().map(|&i| records[i].sentence.as_str()));
        if sentences.len() < 2 {
            return Vec::new();
        }
        let doc_names: FxHashSet<&str> = names[k].iter().map(String::as_str).collect();
        let mut order = rep.claims.clone();
        order.sort_by_key(|&i| (records[i].position, i));
        let mut moves = Vec::with_capacity(order.len());
        let mut previous: Option<usize> = None;
        for i in order {
            let sentence_names: Vec<String> = super::distinct(
                capitalised_with(&records[i].sentence, stop)
                    .into_iter()
                    .map(str::to_lowercase)
                    .filter(|w| doc_names.contains(w.as_str())),
            );
            if sentence_names.is_empty() {
                if let Some(p) = previous {
                    moves.push((i, p));
                }
                continue;
            }
            let weight = |n: &str| found.weight.get(n).copied().unwrap_or(0.0);
            let own_score: f64 = sentence_names
                .iter()
                .filter(|n| held.get(&(own, n.as_str())).copied().unwrap_or(0) > 1)
                .map(|n| weight(n))
                .sum();
            let total: f64 = sentence_names.iter().map(|n| weight(n)).sum();
            let mut scores: FxHashMap<usize, f64> = FxHashMap::default();
            for n in &sentence_names {
                for &s in stories_of.get(n.as_str()).map_or(&[][..], Vec::as_slice) {
                    if s != own && stories_of[n.as_str()].len() <= POSTING_CAP {
                        *scores.entry(s).or_default() += weight(n);
                    }
                }
            }
            let best = scores
                .into_iter()
                .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)));
            let story = match best {
                Some((s, score))
                    if own_score == 0.0 && score > 0.0 && score >= JOIN_SHARE * total =>
                {
                    s
                }
                _ => own,
            };
            moves.push((i, story));
            previous = Some(story);
        }
        moves
    }
}

/// The stories table.
fn table(
    records: &[ClaimRecord],
    reports: &[Report],
    names: &[Vec<String>],
    story_of: &[usize],
    n_stories: usize,
) -> Vec<Story> {
    let mut docs: Vec<FxHashSet<&str>> = vec![FxHashSet::default(); n_stories];
    let mut days: Vec<(Option<i32>, Option<i32>)> = vec![(None, None); n_stories];
    let mut places: Vec<Vec<&str>> = vec![Vec::new(); n_stories];
    let mut events: Vec<Vec<&str>> = vec![Vec::new(); n_stories];
    let mut story_names: Vec<Vec<&str>> = vec![Vec::new(); n_stories];
    for (i, r) in records.iter().enumerate() {
        let s = story_of[i];
        docs[s].insert(r.doc.as_str());
        if let Some(p) = r.published {
            let d = &mut days[s];
            d.0 = Some(d.0.map_or(p, |x| x.min(p)));
            d.1 = Some(d.1.map_or(p, |x| x.max(p)));
        }
        places[s].extend(r.place.as_deref());
        events[s].push(r.event.as_str());
    }
    for (k, rep) in reports.iter().enumerate() {
        let mut told: FxHashSet<usize> = FxHashSet::default();
        for &i in &rep.claims {
            told.insert(story_of[i]);
        }
        for s in told {
            story_names[s].extend(names[k].iter().map(String::as_str));
        }
    }
    (0..n_stories)
        .map(|s| {
            let mut names: Vec<String> = by_frequency(story_names[s].iter().copied());
            names.truncate(LISTED);
            let mut places = by_frequency(places[s].iter().copied());
            places.truncate(LISTED);
            let mut events = by_frequency(events[s].iter().copied());
            events.truncate(LISTED);
            Story {
                n_docs: docs[s].len(),
                first_published: days[s].0,
                last_published: days[s].1,
                names,
                places,
                events,
            }
        })
        .collect()
}
