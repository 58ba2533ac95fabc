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
//!   people class is told), or, with several, the one whose figures hold their own;
//! - a count told by degree ("30 people seriously injured") meets only the counts of its
//!   degree (the `degrees` lists of `reconcile.toml`): the gravely hurt are a part of the
//!   injured, not another account of them;
//! - a claim with no side meets any named side: it joins the one named side of its event,
//!   or, with several, the one side whose figures hold its own, or the side most of the
//!   event's claims name (three times any other that holds it); claims with no side that
//!   outnumber the named sides' three times over stay together; two named sides never meet;
//!   people counted in their own country are of no side when theirs is the only such side.
//!   Sides are told apart event by event, after the days: a background toll's country or
//!   another day's slip weighs on no other event;
//! - a measure (or an `other` figure with a unit: a haul, a ransom) with no concept meets
//!   the one concept of its block; with none named in its
//!   block it meets only the same figure told again ("two million euros" twice), except
//!   magnitudes, which are the story's quakes: readings within half a unit are one quake,
//!   unless one voice tells them apart in one sentence ("two quakes, 7.6 and 7.4").
//!
//! Inside a block, days are evidence, not walls (step 3): dated claims within a day of each
//! other are one event; an undated claim joins the event its publication day points to (the
//! latest one begun by then), and the undated claims of a block with no dated event are one
//! event, split only by the countries of the places they name; a claim with no day at all
//! joins the dated event whose sharp figures hold its own (not "several" nor "as many as
//! 80"; of several such, the one told three times as often as each other), and those no
//! event holds are one event.
//! A figure over a hundred times off every other of its event counts another thing and
//! stands alone. Figures of an earlier time
//! (background: "the 2004 tsunami killed 170,000") are facts retold, not a count that runs:
//! they meet when their days overlap and their figures lie within a fifth of each other.

use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHashSet};

use super::days::{
    anchored, BACKGROUND_DAYS, REPORTING_WINDOW_DAYS, SAME_EVENT_GAP_DAYS, VAGUE_JOIN_DAYS,
};
use super::interval::{overlap, Holding};
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
    // 2. compatible classes, concepts and sides inside each (independent: in parallel)
    let mut out: Vec<Vec<usize>> = coarse
        .into_par_iter()
        .flat_map_iter(|block| fine_blocks(records, &block, &classes, &generic, lexicon))
        .collect();
    out.sort_by_key(|b| b.first().copied().unwrap_or(usize::MAX));
    out
}

/// The blocks of one story, event and unit: claims of compatible classes, concepts and sides.
fn fine_blocks(
    records: &[ClaimRecord],
    block: &[usize],
    classes: &Classes,
    generic: &FxHashSet<String>,
    lexicon: &Lexicon,
) -> Vec<Vec<usize>> {
    let mut out = Vec::new();
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
    // with several, a generic claim meets the one specific class whose figures hold its own
    let holding: Vec<Holding> = if specific.len() > 1 {
        specific
            .iter()
            .map(|s| {
                Holding::new(
                    block
                        .iter()
                        .zip(&class)
                        .filter(|(_, c)| *c == s)
                        .map(|(&i, _)| (records[i].low, records[i].high)),
                )
            })
            .collect()
    } else {
        Vec::new()
    };
    let class: Vec<String> = class
        .into_iter()
        .zip(block)
        .map(|(c, &i)| match &specific[..] {
            [only] if is_generic(&c) => only.clone(),
            [_, _, ..] if is_generic(&c) && !holding.is_empty() => {
                let x = (records[i].low, records[i].high);
                let mut fits = (0..specific.len()).filter(|&k| holding[k].holds(x));
                match (fits.next(), fits.next()) {
                    (Some(k), None) => specific[k].clone(),
                    _ => c,
                }
            }
            _ => c,
        })
        .collect();
    // a count told by degree ("30 people seriously injured") is a part of its kind: it
    // meets only the counts of its degree
    let class: Vec<String> = class
        .into_iter()
        .zip(block)
        .map(|(c, &i)| match degree(&records[i], lexicon) {
            Some(d) => format!("{c}\u{1f}{d}"),
            None => c,
        })
        .collect();
    let concept_event = block
        .first()
        .is_some_and(|&i| CONCEPT_EVENTS.contains(&records[i].event.as_str()));
    // money or a measurement that an event took (a haul, a ransom, damage) is told under
    // `other` as often as `measure`: a figure with a unit is compared as a measure, and
    // money whatever its event
    let measures = block.first().is_some_and(|&i| {
        records[i].event == "measure"
            || (records[i].event == "other" && records[i].unit != "count")
            || lexicon
                .unit(&records[i].unit)
                .is_some_and(|u| u.dimension == crate::lexicon::Dimension::Currency)
    });
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
    let mut told: FxHashMap<(&str, u64), usize> = FxHashMap::default();
    let mut merged: Vec<Vec<usize>> = Vec::new();
    // union-find over the groups of `merged` (usize::MAX: a root not yet touched)
    let mut parent: Vec<usize> = Vec::new();
    for (k, &i) in block.iter().enumerate() {
        let c = class[k].as_str();
        // a story's magnitudes are its quake's, however the sentence names the quake
        let one_thing = is_magnitude(&records[i], lexicon);
        let key = match concept[k].as_deref().filter(|_| !one_thing) {
            Some(x) => (c, Some(x)),
            // a measurement that names nothing it measures takes no other's concept: "2
            // km" and "16 km from the capital" are two distances
            None if measures => (c, None),
            None => match named.get(c).map(Vec::as_slice) {
                Some([only]) => (c, Some(*only)),
                _ => (c, None),
            },
        };
        // a measurement is compared with the claims of its concept and with the same
        // figure told again under any concept or none ("about eight miles" and "8
        // kilometres" may be two distances; "two million euros" twice in one story is one
        // amount, whether told as the haul, the heist or the jewels), unless its unit
        // measures one thing only
        if measures && !one_thing {
            let g = match key.1 {
                Some(_) => *index.entry(key).or_insert_with(|| {
                    merged.push(Vec::new());
                    merged.len() - 1
                }),
                None => {
                    merged.push(Vec::new());
                    merged.len() - 1
                }
            };
            merged[g].push(i);
            if let Some(figure) = same_figure(records[i].value) {
                match told.get(&(c, figure)) {
                    Some(&h) => join_groups(&mut parent, g, h),
                    None => {
                        told.insert((c, figure), g);
                    }
                }
            }
            continue;
        }
        let g = *index.entry(key).or_insert_with(|| {
            merged.push(Vec::new());
            merged.len() - 1
        });
        merged[g].push(i);
    }
    // groups that share a figure are one
    parent.resize(merged.len(), usize::MAX);
    let mut roots: Vec<Vec<usize>> = vec![Vec::new(); merged.len()];
    for (g, members) in merged.into_iter().enumerate() {
        roots[group_root(&mut parent, g)].extend(members);
    }
    let merged: Vec<Vec<usize>> = roots.into_iter().filter(|g| !g.is_empty()).collect();
    for mut group in merged {
        group.sort_unstable();
        let magnitudes = group
            .first()
            .is_some_and(|&i| is_magnitude(&records[i], lexicon));
        if magnitudes {
            out.extend(readings(records, &group));
        } else {
            out.push(group);
        }
    }
    out
}

/// How far after the start of a figure, in characters, the words of its degree may stand
/// ("around 30 people seriously injured").
const DEGREE_REACH: usize = 48;

/// Words that end a figure's own phrase: what follows tells another figure or clause ("249
/// people, 30 of them seriously").
const PHRASE_ENDS: &[&str] = &[
    ",",
    ";",
    ":",
    ". ",
    "(",
    " and ",
    " but ",
    " while ",
    " of whom ",
];

/// The degree of a count (its index in the lexicon's `degrees`), read in the figure's own
/// phrase: from its start up to the next comma or clause, at most `DEGREE_REACH` characters.
fn degree(r: &ClaimRecord, lexicon: &Lexicon) -> Option<usize> {
    let degrees = &lexicon.reconciliation().degrees;
    let offset = r.offset?;
    if degrees.is_empty() {
        return None;
    }
    let phrase: String = r
        .sentence
        .chars()
        .skip(offset)
        .take(DEGREE_REACH)
        .collect::<String>()
        .to_lowercase();
    // the figure's own digits may hold a comma ("1,234"): its phrase ends after them
    let figure_end = phrase
        .find(|c: char| c.is_whitespace())
        .unwrap_or(phrase.len());
    let end = PHRASE_ENDS
        .iter()
        .filter_map(|p| phrase[figure_end..].find(p).map(|at| figure_end + at))
        .min()
        .unwrap_or(phrase.len());
    let phrase = &phrase[..end];
    degrees.iter().position(|words| {
        words.iter().any(|w| {
            phrase.match_indices(w.as_str()).any(|(at, _)| {
                let before = phrase[..at].chars().next_back();
                let after = phrase[at + w.len()..].chars().next();
                !before.is_some_and(char::is_alphanumeric)
                    && !after.is_some_and(char::is_alphanumeric)
            })
        })
    })
}

/// Whether a claim's unit measures one thing only, a quake's magnitude.
fn is_magnitude(r: &ClaimRecord, lexicon: &Lexicon) -> bool {
    lexicon
        .unit(&r.unit)
        .is_some_and(|u| u.dimension == crate::lexicon::Dimension::Magnitude)
}

/// Widest difference between two readings of one quake's magnitude by different agencies
/// (5.9 by Tehran, 6.1 by the USGS); readings further apart are of two quakes.
const READING_SPREAD: f64 = 0.5;

/// The quakes of a story's magnitudes: readings within `READING_SPREAD` of each other are of
/// one quake, except that two magnitudes one voice tells in one sentence ("two quakes,
/// measuring 7.6 and 7.4") are two quakes, however close. Greedy cuts between the sorted
/// distinct values (interval stabbing): O(k log k).
fn readings(records: &[ClaimRecord], group: &[usize]) -> Vec<Vec<usize>> {
    let mut values: Vec<f64> = group
        .iter()
        .map(|&i| records[i].value)
        .filter(|v| v.is_finite())
        .collect();
    values.sort_by(f64::total_cmp);
    values.dedup();
    if values.len() < 2 {
        return vec![group.to_vec()];
    }
    let at = |v: f64| values.partition_point(|&x| x < v);
    // cuts[k]: a cut between values[k] and values[k + 1]
    let mut cuts: Vec<bool> = values
        .windows(2)
        .map(|w| w[1] - w[0] > READING_SPREAD + 1e-9)
        .collect();
    // the distinct values one voice tells in one sentence must fall apart
    let mut told: FxHashMap<(&str, &str, Option<&str>), Vec<usize>> = FxHashMap::default();
    for &i in group {
        let r = &records[i];
        if r.value.is_finite() {
            told.entry((r.doc.as_str(), r.sentence.as_str(), r.source.as_deref()))
                .or_default()
                .push(at(r.value));
        }
    }
    let mut apart: Vec<(usize, usize)> = Vec::new();
    for ks in told.values_mut() {
        ks.sort_unstable();
        ks.dedup();
        apart.extend(ks.windows(2).map(|w| (w[0], w[1])));
    }
    apart.sort_unstable_by_key(|&(a, b)| (b, a));
    for (a, b) in apart {
        if (a..b).any(|k| cuts[k]) {
            continue;
        }
        // the widest gap between them, the highest of equal ones
        let k = (a..b)
            .max_by(|&x, &y| {
                (values[x + 1] - values[x])
                    .total_cmp(&(values[y + 1] - values[y]))
                    .then(x.cmp(&y))
            })
            .unwrap_or(a);
        cuts[k] = true;
    }
    let mut segment = vec![0usize; values.len()];
    for k in 1..values.len() {
        segment[k] = segment[k - 1] + usize::from(cuts[k - 1]);
    }
    let mut out: Vec<Vec<usize>> = vec![Vec::new(); segment[values.len() - 1] + 1];
    for &i in group {
        let v = records[i].value;
        let s = if v.is_finite() { segment[at(v)] } else { 0 };
        out[s].push(i);
    }
    out.retain(|g| !g.is_empty());
    out
}

/// How far apart, relatively, two retellings of one earlier figure may be ("168,000" and
/// "170,000" killed by the 2004 tsunami); further apart they are two figures (the tsunami's
/// toll in Aceh and across Asia).
const RETOLD_SPREAD: f64 = 0.2;

/// Figures of an earlier time, split into the figures retold: sorted by value, a figure
/// joins the previous one within `RETOLD_SPREAD` of it. An earlier time's figure is a fact
/// retold, not a count running in the story, so two far apart are two facts.
fn retold(records: &[ClaimRecord], mut claims: Vec<usize>) -> Vec<Vec<usize>> {
    claims.sort_by(|&a, &b| {
        records[a]
            .value
            .total_cmp(&records[b].value)
            .then(a.cmp(&b))
    });
    let mut out: Vec<Vec<usize>> = Vec::new();
    let mut last = f64::NAN;
    for i in claims {
        let v = records[i].value;
        match out.last_mut() {
            Some(g) if v <= last * (1.0 + RETOLD_SPREAD) => g.push(i),
            _ => out.push(vec![i]),
        }
        last = v;
    }
    out
}

/// Significant digits to which two unnamed measures are the same figure ("$2.6 million" and
/// "$2.6m"; "12.9 km" from 8 miles is not "13 km").
const SAME_FIGURE_DIGITS: i32 = 3;

/// A figure as a key, rounded to `SAME_FIGURE_DIGITS` significant digits (none for zero or
/// a figure that is not finite).
fn same_figure(value: f64) -> Option<u64> {
    if !value.is_finite() || value == 0.0 {
        return None;
    }
    let scale = 10f64.powi(SAME_FIGURE_DIGITS - 1 - value.abs().log10().floor() as i32);
    Some(((value * scale).round() / scale).to_bits())
}

/// The root of group `g` in a union-find whose untouched entries are `usize::MAX`.
fn group_root(parent: &mut Vec<usize>, g: usize) -> usize {
    if parent.len() <= g {
        parent.resize(g + 1, usize::MAX);
    }
    let mut r = g;
    while parent[r] != usize::MAX {
        r = parent[r];
    }
    // path halving is enough here: groups are few
    let mut k = g;
    while parent[k] != usize::MAX && parent[k] != r {
        let next = parent[k];
        parent[k] = r;
        k = next;
    }
    r
}

/// Join the groups `a` and `b`.
fn join_groups(parent: &mut Vec<usize>, a: usize, b: usize) {
    let (ra, rb) = (group_root(parent, a), group_root(parent, b));
    if ra != rb {
        parent[ra.max(rb)] = ra.min(rb);
    }
}

/// How many times the claims of another named side of an event (or of all others together,
/// for a figure no side holds) a side's claims must be for a claim with no side to be told
/// of it (see [`split_sides`]).
const DOMINANT_SIDE: usize = 3;

/// Split a group by side: named sides apart; a claim with no side meets any named side, so
/// it joins the one named side of its group, or, with several, the one side whose figures
/// hold its own (with figures of none or of several, it stays with the other sideless).
///
/// People (not combatants) counted in their own country are of no side when theirs is the
/// only such side of the group: the Indonesians of a quake in Aceh are the quake's people,
/// not a party against the US agency that measured it. Two sides each in its own country
/// (Palestinians in Gaza, Israelis in Israel) stay two sides, and soldiers keep theirs.
fn split_sides(records: &[ClaimRecord], group: &[usize], lexicon: &Lexicon) -> Vec<Vec<usize>> {
    let at_home = |i: usize| {
        let r = &records[i];
        let (Some(side), Some(place)) = (r.side.as_deref(), r.place.as_deref()) else {
            return false;
        };
        let people = lexicon
            .frame()
            .class(&r.what)
            .is_some_and(|c| c.family == "people");
        people
            && (place == side
                || lexicon
                    .frame()
                    .place_named(place)
                    .is_some_and(|p| p.country == side))
    };
    let home: Vec<bool> = group.iter().map(|&i| at_home(i)).collect();
    let home_sides = distinct(
        group
            .iter()
            .zip(&home)
            .filter(|(_, h)| **h)
            .filter_map(|(&i, _)| records[i].side.as_deref()),
    );
    let side_of: FxHashMap<usize, Option<&str>> = group
        .iter()
        .zip(&home)
        .map(|(&i, &h)| {
            let side = records[i].side.as_deref();
            (
                i,
                if h && home_sides.len() == 1 {
                    None
                } else {
                    side
                },
            )
        })
        .collect();
    let sides = distinct(group.iter().filter_map(|i| side_of[i]));
    let mut out: Vec<Vec<usize>> = sides
        .iter()
        .map(|s| {
            group
                .iter()
                .copied()
                .filter(|i| side_of[i] == Some(s))
                .collect()
        })
        .collect();
    let sideless: Vec<usize> = group
        .iter()
        .copied()
        .filter(|i| side_of[i].is_none())
        .collect();
    if sideless.is_empty() {
        return out;
    }
    if let [only] = &mut out[..] {
        only.extend(sideless);
        only.sort_unstable();
        return out;
    }
    // claims with no side that outnumber the named sides' claims `DOMINANT_SIDE` times
    // over tell the event's own count: a few claims naming another party (an agency, a
    // neighbour) do not pull it apart
    let named: usize = out.iter().map(Vec::len).sum();
    if sideless.len() >= DOMINANT_SIDE * named {
        for g in &mut out {
            g.sort_unstable();
        }
        out.push(sideless);
        return out;
    }
    let holding: Vec<Holding> = out
        .iter()
        .map(|g| Holding::new(g.iter().map(|&i| (records[i].low, records[i].high))))
        .collect();
    // a side told by `DOMINANT_SIDE` times as many claims as the others is the one a claim
    // with no side is told of: among the sides that hold its figure, against each other one;
    // when none holds it, against all the other named sides together (a few reports' slips or
    // asides do not make a count of the event's people another party's)
    let sizes: Vec<usize> = out.iter().map(Vec::len).collect();
    let all: usize = sizes.iter().sum();
    let dominant = (0..out.len()).find(|&k| sizes[k] >= DOMINANT_SIDE * (all - sizes[k]));
    let mut rest = Vec::new();
    for i in sideless {
        let x = (records[i].low, records[i].high);
        let fits: Vec<usize> = (0..out.len()).filter(|&k| holding[k].holds(x)).collect();
        let most_told = fits
            .iter()
            .copied()
            .max_by_key(|&k| (sizes[k], std::cmp::Reverse(k)));
        let ahead = most_told.filter(|&m| {
            fits.iter()
                .all(|&k| k == m || sizes[m] >= DOMINANT_SIDE * sizes[k])
        });
        match (&fits[..], ahead, dominant) {
            ([k], _, _) => out[*k].push(i),
            ([], _, Some(d)) => out[d].push(i),
            (_, Some(m), _) => out[m].push(i),
            _ => rest.push(i),
        }
    }
    for g in &mut out {
        g.sort_unstable();
    }
    if !rest.is_empty() {
        out.push(rest);
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
    for (_, claims) in earlier {
        out.extend(retold(records, claims));
    }
    // 3. with no dated event to join, the undated claims of the block are one event, apart
    //    by the countries they name; with dated events, a claim no event fits stays alone,
    //    except that the claims with no day at all (no date, no publication day) that no
    //    dated event holds are told of an event of their own, which they share
    if out.is_empty() || !has_dated_event {
        out.extend(by_country(records, &loose, lexicon));
    } else {
        let (dayless, dated_loose): (Vec<usize>, Vec<usize>) = loose
            .into_iter()
            .partition(|&i| records[i].date.is_none() && records[i].published.is_none());
        out.extend(by_country(records, &dayless, lexicon));
        out.extend(dated_loose.into_iter().map(|i| vec![i]));
    }
    // sides are told apart event by event: a side named in another event's reports (a
    // background toll's country, a foreign agency of another day) weighs on none of this one
    let mut out: Vec<Vec<usize>> = out
        .into_iter()
        .flat_map(|group| split_sides(records, &group, lexicon))
        .flat_map(|group| apart_by_scale(records, group))
        .collect();
    for group in &mut out {
        group.sort_unstable();
    }
    out
}

/// How many times the nearest other figure of its group a figure may be (or the reverse)
/// and still count the same thing: a toll that runs from one to 24 stays one toll, but four
/// robbers and "a million" in one block, or 80 injured and the island's 500,000 people,
/// are two things counted, not two accounts of one.
const SAME_SCALE_RATIO: f64 = 100.0;

/// A group with the figures that lie further than `SAME_SCALE_RATIO` from every other
/// figure of the group set apart, each alone. Zero ("no one was hurt") is a denial of the
/// count, at every scale: it is never set apart and sets nothing apart. Sorted by value,
/// the nearest figures of a claim are its neighbours (O(k log k)).
fn apart_by_scale(records: &[ClaimRecord], group: Vec<usize>) -> Vec<Vec<usize>> {
    let positive = |i: usize| records[i].value.is_finite() && records[i].value > 0.0;
    let mut sorted: Vec<usize> = group.iter().copied().filter(|&i| positive(i)).collect();
    if sorted.len() < 2 {
        return vec![group];
    }
    sorted.sort_by(|&a, &b| records[a].value.total_cmp(&records[b].value));
    let far = |a: usize, b: usize| {
        let (x, y) = (records[a].value, records[b].value);
        x.max(y) > SAME_SCALE_RATIO * x.min(y)
    };
    let apart: FxHashSet<usize> = (0..sorted.len())
        .filter(|&k| {
            let below = k.checked_sub(1).map(|j| sorted[j]);
            let above = sorted.get(k + 1).copied();
            [below, above]
                .into_iter()
                .flatten()
                .all(|o| far(sorted[k], o))
        })
        .map(|k| sorted[k])
        .collect();
    if apart.is_empty() {
        return vec![group];
    }
    let (alone, kept): (Vec<usize>, Vec<usize>) =
        group.into_iter().partition(|i| apart.contains(i));
    let mut out = vec![kept];
    out.extend(alone.into_iter().map(|i| vec![i]));
    out.retain(|g| !g.is_empty());
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

/// Widest relative width of a figure that may hold a claim with no day ("about 50", 47.5 to
/// 52.5, is sharp; "several", 3 to 7, is not).
const SHARP_WIDTH: f64 = 0.2;

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
    // no day at all, not even a publication day: the figure is the only evidence left, so
    // it joins the one event whose figures hold it (a report of another quake of the same
    // island, told without a day, is not the dated one's merely because it is alone). Only a
    // sharp figure of the event holds it: an exact or rounded count, or an open "at least";
    // a vague range ("several", "two to five") or a bound from above ("as many as 80", 0 to
    // 80) holds every small count and so tells nothing of which event it is
    let sharp = |x: &ClaimRecord| {
        x.low > 0.0 && (x.high.is_infinite() || x.high - x.low <= SHARP_WIDTH * x.value.abs())
    };
    let holding: Vec<usize> = fits
        .iter()
        .copied()
        .filter(|&k| {
            events[k].claims.iter().any(|&j| {
                sharp(&records[j]) && overlap((r.low, r.high), (records[j].low, records[j].high))
            })
        })
        .collect();
    // held by several: the event most reports tell, when it is told `DOMINANT_SIDE` times
    // as often as each other (another day's stray reading is no rival to the story's event)
    let size = |k: usize| events[k].claims.len();
    let most = holding
        .iter()
        .copied()
        .max_by_key(|&k| (size(k), std::cmp::Reverse(k)))?;
    holding
        .iter()
        .all(|&k| k == most || size(most) >= DOMINANT_SIDE * size(k))
        .then_some(most)
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
