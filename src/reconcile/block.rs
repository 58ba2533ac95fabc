//! Blocks of compatible claims inside a story, and the separation of events by days.
//!
//! A block holds the claims of one story that could be about the same thing (DESIGN step 2):
//! the same event and unit (figures are already in the base unit of their dimension, so miles
//! meet kilometres), a compatible class of what is counted, a compatible side and, for
//! measures and `other`, the same concept. Compatibility is not equality:
//!
//! - classes meet through the `meet` lists of `reconcile.toml` (`soldier` ~ `personnel`,
//!   `passenger` ~ `crew` ~ `person`, `position` ~ `post`), and the generic people classes
//!   meet the one specific people class a block holds (`person` and `child` when no other
//!   people class is told);
//! - a claim with no side meets the one named side of its block; two named sides never meet;
//! - a measure with no concept meets the one concept of its block, and with none named in its
//!   block it is compared with nothing.
//!
//! Inside a block, days are evidence, not walls (step 3): dated claims within a day of each
//! other are one event; an undated claim joins the event its publication day points to (the
//! latest one begun by then), and the undated claims of a block with no dated event are one
//! event, split only by the countries of the places they name.

use rustc_hash::{FxHashMap, FxHashSet};

use super::days::{
    anchored, BACKGROUND_DAYS, REPORTING_WINDOW_DAYS, SAME_EVENT_GAP_DAYS, VAGUE_JOIN_DAYS,
};
use super::interval::overlap;
use super::{distinct, ClaimRecord};
use crate::lexicon::Lexicon;

/// Events whose claims are compared by concept (what the measure or the count is of).
const CONCEPT_EVENTS: &[&str] = &["measure", "other"];

/// The root of a class in the union-find of the `meet` lists.
fn find(root: &FxHashMap<String, String>, c: &str) -> String {
    let mut c = c.to_owned();
    while let Some(p) = root.get(&c) {
        if *p == c {
            break;
        }
        c = p.clone();
    }
    c
}

/// The compatibility classes of `what`: the `meet` lists joined (union-find over classes).
struct Classes {
    root: FxHashMap<String, String>,
}

impl Classes {
    fn new(lexicon: &Lexicon) -> Classes {
        let mut root: FxHashMap<String, String> = FxHashMap::default();
        for list in &lexicon.reconciliation().meet {
            for c in list {
                root.entry(c.clone()).or_insert_with(|| c.clone());
            }
            for pair in list.windows(2) {
                let (a, b) = (find(&root, &pair[0]), find(&root, &pair[1]));
                if a != b {
                    let (lead, other) = if a < b { (a, b) } else { (b, a) };
                    root.insert(other, lead);
                }
            }
        }
        let classes: Vec<String> = root.keys().cloned().collect();
        let flat = classes
            .into_iter()
            .map(|c| {
                let r = find(&root, &c);
                (c, r)
            })
            .collect();
        Classes { root: flat }
    }

    fn of(&self, what: &str) -> String {
        self.root
            .get(what)
            .cloned()
            .unwrap_or_else(|| what.to_owned())
    }
}

/// The concept of a measure as a key: its last word, lowercase, singular.
fn concept_key(r: &ClaimRecord) -> Option<String> {
    let concept = r.concept.as_deref()?;
    let last = concept
        .split(|c: char| !c.is_alphanumeric())
        .rfind(|w| !w.is_empty())?
        .to_lowercase();
    let singular = match last.strip_suffix('s') {
        Some(stem) if stem.len() > 2 && !stem.ends_with('s') => stem.to_owned(),
        _ => last,
    };
    Some(singular)
}

/// The blocks: indices of claims, each block in input order, blocks in the order of their
/// first claim.
pub(super) fn blocks(
    records: &[ClaimRecord],
    members: &[usize],
    story_of: &[usize],
    lexicon: &Lexicon,
) -> Vec<Vec<usize>> {
    let classes = Classes::new(lexicon);
    let generic: FxHashSet<String> = lexicon
        .reconciliation()
        .generic
        .iter()
        .map(|g| classes.of(g))
        .collect();
    // 1. story, event and unit
    let mut index: FxHashMap<(usize, &str, &str), usize> = FxHashMap::default();
    let mut coarse: Vec<Vec<usize>> = Vec::new();
    for &i in members {
        let r = &records[i];
        let key = (story_of[i], r.event.as_str(), r.unit.as_str());
        let b = *index.entry(key).or_insert_with(|| {
            coarse.push(Vec::new());
            coarse.len() - 1
        });
        coarse[b].push(i);
    }
    // 2. compatible classes, concepts and sides inside each
    let mut out = Vec::new();
    for block in coarse {
        let class: Vec<String> = block
            .iter()
            .map(|&i| classes.of(&records[i].what))
            .collect();
        // the generic people classes meet the one specific people class of the block
        let is_generic = |c: &str| generic.contains(c);
        let is_people = |i: usize| {
            lexicon
                .frame()
                .class(&records[i].what)
                .is_some_and(|c| c.family == "people")
        };
        let specific = distinct(
            block
                .iter()
                .zip(&class)
                .filter(|(&i, c)| !is_generic(c) && is_people(i))
                .map(|(_, c)| c.clone()),
        );
        let class: Vec<String> = class
            .into_iter()
            .map(|c| match &specific[..] {
                [only] if is_generic(&c) => only.clone(),
                _ => c,
            })
            .collect();
        let concept_event = block
            .first()
            .is_some_and(|&i| CONCEPT_EVENTS.contains(&records[i].event.as_str()));
        let measures = block
            .first()
            .is_some_and(|&i| records[i].event == "measure");
        let concept: Vec<Option<String>> = block
            .iter()
            .map(|&i| {
                if concept_event {
                    concept_key(&records[i])
                } else {
                    None
                }
            })
            .collect();
        // a claim with no concept meets the one concept of its class
        let mut named: FxHashMap<&str, Vec<&str>> = FxHashMap::default();
        for (k, c) in concept.iter().enumerate() {
            if let Some(c) = c.as_deref() {
                let list = named.entry(class[k].as_str()).or_default();
                if list.len() < 2 && !list.contains(&c) {
                    list.push(c);
                }
            }
        }
        let mut index: FxHashMap<(&str, Option<&str>), usize> = FxHashMap::default();
        let mut merged: Vec<Vec<usize>> = Vec::new();
        for (k, &i) in block.iter().enumerate() {
            let c = class[k].as_str();
            let key = match concept[k].as_deref() {
                Some(x) => (c, Some(x)),
                None => match named.get(c).map(Vec::as_slice) {
                    Some([only]) => (c, Some(*only)),
                    _ => (c, None),
                },
            };
            // a measurement that names nothing it measures is compared with nothing ("about
            // eight miles" and "8 kilometres" may be two distances), unless its unit measures
            // one thing only: a story's magnitudes are its quake's
            let one_thing = lexicon
                .unit(&records[i].unit)
                .is_some_and(|u| u.dimension == crate::lexicon::Dimension::Magnitude);
            if measures && key.1.is_none() && !one_thing {
                merged.push(vec![i]);
                continue;
            }
            let g = *index.entry(key).or_insert_with(|| {
                merged.push(Vec::new());
                merged.len() - 1
            });
            merged[g].push(i);
        }
        for mut group in merged {
            group.sort_unstable();
            out.extend(split_sides(records, &group));
        }
    }
    out.sort_by_key(|b| b.first().copied().unwrap_or(usize::MAX));
    out
}

/// Split a group by side: named sides apart, a claim with no side joins the one named side.
fn split_sides(records: &[ClaimRecord], group: &[usize]) -> Vec<Vec<usize>> {
    let sides = distinct(group.iter().filter_map(|&i| records[i].side.as_deref()));
    let mut out: Vec<Vec<usize>> = sides
        .iter()
        .map(|s| {
            group
                .iter()
                .copied()
                .filter(|&i| records[i].side.as_deref() == Some(s))
                .collect()
        })
        .collect();
    let sideless: Vec<usize> = group
        .iter()
        .copied()
        .filter(|&i| records[i].side.is_none())
        .collect();
    match (&mut out[..], sideless.is_empty()) {
        (_, true) => {}
        ([only], false) => {
            only.extend(sideless);
            only.sort_unstable();
        }
        _ => out.push(sideless),
    }
    out
}

/// A dated event being formed: its days and claims.
struct Event {
    from: i32,
    to: i32,
    claims: Vec<usize>,
    places: Vec<String>,
}

/// Split a block into groups of claims about one event each.
pub(super) fn clusters(
    records: &[ClaimRecord],
    block: &[usize],
    lexicon: &Lexicon,
) -> Vec<Vec<usize>> {
    // 1. anchored claims: days within a day of each other are one event (sort and sweep)
    let mut dated: Vec<usize> = block
        .iter()
        .copied()
        .filter(|&i| anchored(&records[i]))
        .collect();
    dated.sort_by_key(|&i| (records[i].date.map(|d| d.0), i));
    let mut events: Vec<Event> = Vec::new();
    for i in dated {
        let (from, to) = records[i].date.expect("anchored");
        match events.last_mut() {
            Some(e) if from <= e.to + SAME_EVENT_GAP_DAYS => {
                e.to = e.to.max(to);
                e.claims.push(i);
                e.places.extend(records[i].place.clone());
            }
            _ => events.push(Event {
                from,
                to,
                claims: vec![i],
                places: records[i].place.iter().cloned().collect(),
            }),
        }
    }
    for e in &mut events {
        e.places = distinct(e.places.drain(..));
    }
    let has_dated_event = !events.is_empty();
    // 2. the others join the event their days point to; a vaguely dated figure of an earlier
    //    time ("the 2004 tsunami killed 170,000") is background, an event of its own
    let mut loose: Vec<usize> = Vec::new();
    let mut background: Vec<usize> = Vec::new();
    for &i in block {
        let r = &records[i];
        if anchored(r) {
            continue;
        }
        if is_background(r) {
            // an earlier time's figure never joins an event by its report's day
            match pick_event(r, &events, records).filter(|&k| {
                let (from, to) = r.date.expect("background claims are dated");
                from <= events[k].to && events[k].from <= to
            }) {
                Some(k) => events[k].claims.push(i),
                None => background.push(i),
            }
            continue;
        }
        match pick_event(r, &events, records) {
            Some(k) => events[k].claims.push(i),
            None => loose.push(i),
        }
    }
    let mut out: Vec<Vec<usize>> = events.into_iter().map(|e| e.claims).collect();
    // background figures meet when their days overlap (sort and sweep)
    background.sort_by_key(|&i| (records[i].date.map(|d| d.0), i));
    let mut earlier: Vec<(i32, Vec<usize>)> = Vec::new();
    for i in background {
        let (from, to) = records[i].date.expect("background claims are dated");
        match earlier.last_mut() {
            Some((end, claims)) if from <= *end => {
                *end = (*end).max(to);
                claims.push(i);
            }
            _ => earlier.push((to, vec![i])),
        }
    }
    out.extend(earlier.into_iter().map(|(_, claims)| claims));
    // 3. with no dated event to join, the undated claims of the block are one event, apart
    //    by the countries they name; with dated events, a claim no event fits stays alone
    if out.is_empty() || !has_dated_event {
        out.extend(by_country(records, &loose, lexicon));
    } else {
        out.extend(loose.into_iter().map(|i| vec![i]));
    }
    for group in &mut out {
        group.sort_unstable();
    }
    out
}

/// Whether a vaguely dated claim tells of an earlier time than its report: its interval ends
/// well before the publication day (or, with none, it is dated at all but vaguely).
fn is_background(r: &ClaimRecord) -> bool {
    match (r.date, r.published) {
        (Some((_, to)), Some(p)) => to < p - BACKGROUND_DAYS,
        (Some(_), None) => true,
        (None, _) => false,
    }
}

/// The event an undated (or vaguely dated) claim belongs to, on the evidence of its days.
fn pick_event(r: &ClaimRecord, events: &[Event], records: &[ClaimRecord]) -> Option<usize> {
    let place_fits = |e: &Event| match &r.place {
        Some(p) => e.places.is_empty() || e.places.contains(p),
        None => true,
    };
    let fits: Vec<usize> = (0..events.len())
        .filter(|&k| place_fits(&events[k]))
        .collect();
    if fits.is_empty() {
        return None;
    }
    if let Some((from, to)) = r.date {
        if to - from < VAGUE_JOIN_DAYS {
            let overlapping: Vec<usize> = fits
                .iter()
                .copied()
                .filter(|&k| from <= events[k].to && events[k].from <= to)
                .collect();
            if let [only] = overlapping[..] {
                return Some(only);
            }
        }
    }
    if let Some(p) = r.published {
        // the latest event begun by the publication day; else the nearest one after it
        let before = fits
            .iter()
            .copied()
            .filter(|&k| events[k].from <= p + SAME_EVENT_GAP_DAYS)
            .max_by_key(|&k| (events[k].from, std::cmp::Reverse(k)));
        if before.is_some() {
            return before;
        }
        return fits
            .iter()
            .copied()
            .filter(|&k| events[k].from - p <= REPORTING_WINDOW_DAYS)
            .min_by_key(|&k| (events[k].from, k));
    }
    if let [only] = fits[..] {
        return Some(only);
    }
    // no day at all: the one event whose figures hold this one
    let holding: Vec<usize> = fits
        .iter()
        .copied()
        .filter(|&k| {
            events[k]
                .claims
                .iter()
                .any(|&j| overlap((r.low, r.high), (records[j].low, records[j].high)))
        })
        .collect();
    match holding[..] {
        [only] => Some(only),
        _ => None,
    }
}

/// Undated claims of one event, apart by the country of the place they name (a claim with no
/// known country joins the only country named, if there is one).
fn by_country(records: &[ClaimRecord], loose: &[usize], lexicon: &Lexicon) -> Vec<Vec<usize>> {
    if loose.is_empty() {
        return Vec::new();
    }
    // a place the lexicon does not know tells no country: it splits nothing
    let country = |i: usize| {
        records[i]
            .place
            .as_ref()
            .and_then(|p| lexicon.frame().place_named(p))
            .map(|place| place.country.clone())
    };
    let countries: Vec<Option<String>> = loose.iter().map(|&i| country(i)).collect();
    let named = distinct(countries.iter().flatten().cloned());
    let mut out: Vec<Vec<usize>> = named
        .iter()
        .map(|c| {
            loose
                .iter()
                .zip(&countries)
                .filter(|(_, k)| k.as_ref() == Some(c))
                .map(|(&i, _)| i)
                .collect()
        })
        .collect();
    let placeless: Vec<usize> = loose
        .iter()
        .zip(&countries)
        .filter(|(_, k)| k.is_none())
        .map(|(&i, _)| i)
        .collect();
    match (&mut out[..], placeless.is_empty()) {
        (_, true) => {}
        ([only], false) => only.extend(placeless),
        _ => out.push(placeless),
    }
    out
}
