//! Stories: documents that tell the same real-world happening.
//!
//! Reconciliation compares the claims of one story only, so two similar events (two quakes in
//! one country, two bank raids in one city) never meet. A document is read as a signature:
//! its salient names (capitalised words that the corpus does not also write in lower case,
//! less the stop words of the lexicon), the events it tells and its publication day. The
//! signatures are taken in order of publication and each joins the story that shares the
//! most weight of its names (rare names weigh more: inverse document frequency), or opens a
//! new one. Candidate stories come from an inverted index over names whose posting lists are
//! capped (a name told by many stories is no evidence), so the work is near-linear in the
//! number of documents and never looks at all pairs. Publication days are evidence: a story
//! whose reports are weeks away from a document's day is not a candidate, one of the same
//! days weighs more. Without publication days, stories come from names and events alone.
//!
//! ```
//! use crosscheck::story::{assign, Signature};
//! let sig = |names: &[&str]| Signature {
//!     names: names.iter().map(|n| n.to_string()).collect(),
//!     events: vec!["kill".into()],
//!     published: None,
//! };
//! let stories = assign(&[
//!     sig(&["aceh", "indonesia", "bireuen"]),
//!     sig(&["papua", "indonesia", "manokwari"]),
//!     sig(&["aceh", "bireuen", "takengon"]),
//!     sig(&["manokwari", "papua"]),
//! ]);
//! assert_eq!(stories.story_of, vec![0, 1, 0, 1]);
//! ```

use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHashSet};

use crate::lexicon::Lexicon;

/// Share of a document's name weight that a story must hold for the document to join it.
pub const JOIN_SHARE: f64 = 0.4;

/// Share of each other's name weight that two stories must hold to merge.
pub const MERGE_SHARE: f64 = 0.3;

/// Stories a name may be indexed under; a name told by more stories is no evidence.
pub const POSTING_CAP: usize = 32;

/// Days between a document and the nearest report of a story beyond which the story is no
/// candidate (a story runs for weeks, not for months).
pub const STORY_GAP_DAYS: i32 = 45;

/// Days within which a document's publication counts as evidence for a story (its weight of
/// shared names grows by `SAME_DAYS_BONUS`).
pub const SAME_DAYS: i32 = 3;

/// Factor on the shared weight of a story with reports within `SAME_DAYS`.
pub const SAME_DAYS_BONUS: f64 = 1.3;

/// Factor on the shared weight of a story that tells none of the document's events.
pub const OTHER_EVENTS_FACTOR: f64 = 0.8;

/// The synthetic name of a report that names nothing.
const NAMELESS: &str = "\u{0}nameless";

/// What a document (or a part of one) says about its story.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Signature {
    /// Salient names, lowercase, repeated as often as told (a name told often is what the
    /// document is about: its weight grows with the logarithm of its count).
    pub names: Vec<String>,
    /// Events told.
    pub events: Vec<String>,
    /// Publication day (days since 1970-01-01).
    pub published: Option<i32>,
}

/// Stories found for signatures.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Stories {
    /// The story of each signature, numbered by first signature in input order.
    pub story_of: Vec<usize>,
    /// Weight of each name (by name), for the assignment of parts of documents.
    pub weight: FxHashMap<String, f64>,
}

/// The capitalised words of a text that may name a story (as written), in order, repeated.
/// Words of the lexicon's `story_stop` list, calendar words, words with digits and single
/// letters are left out.
pub fn capitalised<'a>(text: &'a str, lexicon: &Lexicon) -> Vec<&'a str> {
    capitalised_with(text, &StopWords::new(lexicon))
}

/// The lexicon's `story_stop` words and its calendar words (months, weekdays), lowercase, for
/// look-ups by hash.
pub struct StopWords(FxHashSet<String>);

impl StopWords {
    /// The stop words of a lexicon.
    pub fn new(lexicon: &Lexicon) -> StopWords {
        let stop = lexicon.reconciliation().story_stop.iter();
        let calendar = lexicon.calendar().words().map(str::to_string);
        StopWords(stop.map(|s| s.to_lowercase()).chain(calendar).collect())
    }

    fn holds(&self, word: &str) -> bool {
        if word.chars().all(char::is_lowercase) {
            self.0.contains(word)
        } else {
            self.0.contains(&word.to_lowercase())
        }
    }
}

/// [`capitalised`] with the stop words read once.
pub fn capitalised_with<'a>(text: &'a str, stop: &StopWords) -> Vec<&'a str> {
    words(text)
        .filter(|w| {
            let mut chars = w.chars();
            chars.next().is_some_and(char::is_uppercase)
                && chars.next().is_some()
                && !w.chars().any(|c| c.is_ascii_digit())
                && !stop.holds(w)
        })
        .collect()
}

/// The words of a text: runs of letters, digits, hyphens and apostrophes inside a word.
pub fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\'' || c == '’'))
        .map(|w| w.trim_matches(|c: char| c == '-' || c == '\'' || c == '’'))
        .map(|w| {
            w.strip_suffix("'s")
                .or_else(|| w.strip_suffix("’s"))
                .unwrap_or(w)
        })
        .filter(|w| !w.is_empty())
}

/// Salient names of many texts (one list per text, lowercase, repeated as often as the text
/// names them): their capitalised words, less those the texts also write in lower case at
/// least as often ("Shelling" opening a sentence is the word "shelling").
pub fn salient_names(texts: &[&str], lexicon: &Lexicon) -> Vec<Vec<String>> {
    let stop = StopWords::new(lexicon);
    // texts are read in parallel (in input order), counted after
    let capital: Vec<Vec<&str>> = texts
        .par_iter()
        .map(|t| capitalised_with(t, &stop))
        .collect();
    let mut upper: FxHashMap<String, (usize, usize)> = FxHashMap::default();
    for words in &capital {
        for w in words {
            upper.entry(w.to_lowercase()).or_default().0 += 1;
        }
    }
    for t in texts {
        for w in words(t) {
            if w.chars().next().is_some_and(char::is_lowercase) {
                if let Some(e) = upper.get_mut(w) {
                    e.1 += 1;
                }
            }
        }
    }
    capital
        .into_iter()
        .map(|words| {
            words
                .into_iter()
                .map(str::to_lowercase)
                .filter(|w| upper.get(w).is_some_and(|&(u, l)| u > l))
                .collect()
        })
        .collect()
}

/// The stories of whole documents: names from their full texts, no events, their
/// publication days. For documents with no claims (`reconcile` sees claims only).
pub fn of_documents(texts: &[&str], published: &[Option<i32>], lexicon: &Lexicon) -> Stories {
    let names = salient_names(texts, lexicon);
    let signatures: Vec<Signature> = names
        .into_iter()
        .zip(published)
        .map(|(names, &published)| Signature {
            names,
            events: Vec::new(),
            published,
        })
        .collect();
    assign(&signatures)
}

/// A story being formed.
struct Forming {
    units: usize,
    /// Documents of the story holding each name.
    names: FxHashMap<u32, usize>,
    events: FxHashSet<String>,
    first: Option<i32>,
    last: Option<i32>,
    /// Weight of its names, each by the log of the documents holding it.
    total: f64,
}

/// Group signatures into stories.
///
/// Two passes: documents join stories one by one, then the stories so formed, read as
/// signatures of their own (all their documents' names), join each other when each holds
/// `MERGE_SHARE` of the other's weight, which mends a story that an early document with few
/// names split in two. Days are evidence in both: a story is no candidate for a document (or
/// a story) whose days lie more than `STORY_GAP_DAYS` away.
pub fn assign(signatures: &[Signature]) -> Stories {
    let days: Vec<Option<(i32, i32)>> = signatures
        .iter()
        .map(|s| s.published.map(|p| (p, p)))
        .collect();
    let first = one_pass(signatures, &days, JOIN_SHARE, false);
    let n_stories = first.story_of.iter().max().map_or(0, |m| m + 1);
    let mut merged: Vec<Signature> = vec![Signature::default(); n_stories];
    let mut windows: Vec<Option<(i32, i32)>> = vec![None; n_stories];
    for (sig, &s) in signatures.iter().zip(&first.story_of) {
        if let Some(p) = sig.published {
            windows[s] = Some(windows[s].map_or((p, p), |(a, b)| (a.min(p), b.max(p))));
        }
        let m = &mut merged[s];
        m.names.extend(sig.names.iter().cloned());
        for e in &sig.events {
            if !m.events.contains(e) {
                m.events.push(e.clone());
            }
        }
    }
    let second = one_pass(&merged, &windows, MERGE_SHARE, true);
    let mut story_of: Vec<usize> = first.story_of.iter().map(|&s| second.story_of[s]).collect();
    let mut renumber: FxHashMap<usize, usize> = FxHashMap::default();
    for s in &mut story_of {
        let next = renumber.len();
        *s = *renumber.entry(*s).or_insert(next);
    }
    Stories {
        story_of,
        weight: first.weight,
    }
}

/// One pass of assignment at a share of name weight.
///
/// `days` is the publication window of each signature; `both_ways` asks each candidate story
/// to hold `join_share` of the other's weight too (for merging stories).
fn one_pass(
    signatures: &[Signature],
    days: &[Option<(i32, i32)>],
    join_share: f64,
    both_ways: bool,
) -> Stories {
    // names as numbers, with their document frequency
    let mut ids: FxHashMap<String, u32> = FxHashMap::default();
    let mut df: Vec<usize> = Vec::new();
    // a report that names nothing meets the others that name nothing, by publication day:
    // one synthetic name stands for "no name"
    let sigs: Vec<Vec<(u32, f64)>> = signatures
        .iter()
        .map(|s| {
            let nameless = [NAMELESS.to_owned()];
            let names = if s.names.is_empty() {
                &nameless[..]
            } else {
                &s.names[..]
            };
            let mut out: Vec<u32> = names
                .iter()
                .map(|n| {
                    let next = ids.len() as u32;
                    let id = *ids.entry(n.clone()).or_insert(next);
                    if id as usize == df.len() {
                        df.push(0);
                    }
                    id
                })
                .collect();
            out.sort_unstable();
            let mut counted: Vec<(u32, f64)> = Vec::new();
            for id in out {
                match counted.last_mut() {
                    Some((last, n)) if *last == id => *n += 1.0,
                    _ => counted.push((id, 1.0)),
                }
            }
            for (id, n) in &mut counted {
                df[*id as usize] += 1;
                *n = 1.0 + n.ln();
            }
            counted
        })
        .collect();
    let n = signatures.len() as f64;
    let mut weight: Vec<f64> = df
        .iter()
        .map(|&d| ((n + 1.0) / d as f64).ln().max(0.0))
        .collect();
    if let Some(&k) = ids.get(NAMELESS) {
        weight[k as usize] = 1.0;
    }
    // in order of publication (undated after dated), then of input
    let mut order: Vec<usize> = (0..signatures.len()).collect();
    order.sort_by_key(|&i| (signatures[i].published.unwrap_or(i32::MAX), i));
    let mut postings: Vec<Vec<u32>> = vec![Vec::new(); df.len()];
    let mut crowded: Vec<bool> = vec![false; df.len()];
    let mut forming: Vec<Forming> = Vec::new();
    let mut story_of = vec![usize::MAX; signatures.len()];
    let mut score: FxHashMap<u32, (f64, f64)> = FxHashMap::default();
    for i in order {
        let names = &sigs[i];
        let sig = &signatures[i];
        // names no other document holds can match nothing: they weigh on no side
        let total: f64 = names
            .iter()
            .filter(|&&(k, _)| df[k as usize] > 1)
            .map(|&(k, tf)| weight[k as usize] * tf)
            .sum();
        score.clear();
        for &(k, tf) in names {
            if crowded[k as usize] {
                continue;
            }
            for &s in &postings[k as usize] {
                let f = &forming[s as usize];
                let held = f.names.get(&k).copied().unwrap_or(0) as f64;
                // a name told by one report of a long story is weak evidence for it
                let evidence = (2.0 * held / f.units as f64).min(1.0);
                let e = score.entry(s).or_default();
                e.0 += weight[k as usize] * tf * evidence;
                e.1 += weight[k as usize] * (1.0 + held.ln());
            }
        }
        let mut best: Option<(u32, f64)> = None;
        let mut candidates: Vec<(u32, (f64, f64))> = score.iter().map(|(&s, &v)| (s, v)).collect();
        candidates.sort_unstable_by_key(|&(s, _)| s);
        for (s, (shared, shared_by_story)) in candidates {
            let f = &forming[s as usize];
            // merging stories: each must hold the share of the other's weight
            if both_ways && shared_by_story < join_share * f.total {
                continue;
            }
            let mut value = shared;
            if let (Some((from, to)), Some(first), Some(last)) = (days[i], f.first, f.last) {
                let gap = (first - to).max(from - last).max(0);
                if gap > STORY_GAP_DAYS {
                    continue;
                }
                if gap <= SAME_DAYS && !both_ways {
                    value *= SAME_DAYS_BONUS;
                }
            }
            if !sig.events.is_empty()
                && !f.events.is_empty()
                && !sig.events.iter().any(|e| f.events.contains(e))
            {
                value *= OTHER_EVENTS_FACTOR;
            }
            if value > 0.0 && value >= join_share * total && best.is_none_or(|(_, b)| value > b) {
                best = Some((s, value));
            }
        }
        let s = match best {
            Some((s, _)) => s,
            None => {
                forming.push(Forming {
                    units: 0,
                    names: FxHashMap::default(),
                    events: FxHashSet::default(),
                    first: None,
                    last: None,
                    total: 0.0,
                });
                (forming.len() - 1) as u32
            }
        };
        let f = &mut forming[s as usize];
        f.units += 1;
        f.events.extend(sig.events.iter().cloned());
        if let Some((from, to)) = days[i] {
            f.first = Some(f.first.map_or(from, |x| x.min(from)));
            f.last = Some(f.last.map_or(to, |x| x.max(to)));
        }
        for &(k, _) in names {
            let held = f.names.entry(k).or_insert(0);
            *held += 1;
            let before = if *held == 1 {
                0.0
            } else {
                1.0 + ((*held - 1) as f64).ln()
            };
            f.total += weight[k as usize] * (1.0 + (*held as f64).ln() - before);
            if *held == 1 && !crowded[k as usize] {
                let list = &mut postings[k as usize];
                if list.len() >= POSTING_CAP {
                    crowded[k as usize] = true;
                    list.clear();
                } else {
                    list.push(s);
                }
            }
        }
        story_of[i] = s as usize;
    }
    // stories numbered by their first signature in input order
    let mut renumber: FxHashMap<usize, usize> = FxHashMap::default();
    for s in &mut story_of {
        let next = renumber.len();
        *s = *renumber.entry(*s).or_insert(next);
    }
    let weight = ids
        .into_iter()
        .filter(|(name, _)| name != NAMELESS)
        .map(|(name, k)| (name, weight[k as usize]))
        .collect();
    Stories { story_of, weight }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sig(names: &[&str], published: Option<i32>) -> Signature {
        Signature {
            names: names.iter().map(|n| (*n).to_owned()).collect(),
            events: vec!["kill".into()],
            published,
        }
    }

    #[test]
    fn names_are_capitalised_words_not_written_in_lower_case() {
        let lexicon = Lexicon::builtin();
        let names = salient_names(
            &[
                "Shelling killed five soldiers in Saraqeb, Erdogan said on Monday.",
                "The shelling of Saraqeb went on. Erdogan's army replied.",
            ],
            lexicon,
        );
        assert_eq!(names[0], vec!["saraqeb", "erdogan"]);
        assert_eq!(names[1], vec!["saraqeb", "erdogan"]);
    }

    #[test]
    fn similar_events_with_other_names_are_other_stories() {
        let s = assign(&[
            sig(&["aceh", "indonesia", "bener", "meriah"], Some(100)),
            sig(&["papua", "indonesia", "manokwari"], Some(100)),
            sig(&["aceh", "meriah", "takengon", "indonesia"], Some(101)),
            sig(&["manokwari", "papua", "indonesia"], Some(102)),
        ]);
        assert_eq!(s.story_of, vec![0, 1, 0, 1]);
    }

    #[test]
    fn the_same_names_months_apart_are_another_story() {
        let s = assign(&[
            sig(&["saraqeb", "idlib"], Some(100)),
            sig(&["saraqeb", "idlib"], Some(107)),
            sig(&["saraqeb", "idlib"], Some(400)),
            sig(&["saraqeb", "idlib"], None),
        ]);
        assert_eq!(s.story_of, vec![0, 0, 1, 0]);
    }

    #[test]
    fn a_story_runs_for_weeks() {
        let days = [100, 110, 125, 140, 150];
        let sigs: Vec<Signature> = days
            .iter()
            .map(|&d| sig(&["aceh", "bireuen"], Some(d)))
            .collect();
        assert!(assign(&sigs).story_of.iter().all(|&s| s == 0));
    }

    #[test]
    fn reports_that_name_nothing_meet_by_day() {
        let s = assign(&[
            sig(&[], Some(100)),
            sig(&["aceh"], Some(100)),
            sig(&[], Some(101)),
            sig(&[], Some(300)),
        ]);
        assert_eq!(s.story_of, vec![0, 1, 0, 2]);
    }
}
