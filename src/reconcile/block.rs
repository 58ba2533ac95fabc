//! Blocking and the separation of events in time.
//!
//! A block holds the claims that could be about the same thing: same event, same side, and a
//! compatible class of what is counted. Classes are compatible through the families of
//! `counted.toml`: the military classes (`soldier`, `personnel`, `officer`) meet, since
//! "troops", "soldiers" and "military personnel" are told of the same dead; in the `people`
//! family only the generic classes (`person`, `displaced`, `casualty`, `victim`, `body`) meet
//! each other, so that civilians never meet children nor refugees the displaced; any other
//! class meets only itself.

use std::collections::HashMap;

use super::{distinct, ClaimRecord};
use crate::lexicon::Lexicon;

/// Widest event interval, in days, that still dates an event ("Monday", "the night from
/// February 2 to February 3", a weekend). A wider one ("last month", "in recent weeks") only
/// places a claim near an event, as evidence, like a publication day.
pub const ANCHOR_DAYS: i32 = 3;

/// Widest interval, in days, of a claim that may still join an event its interval overlaps
/// ("last week"); a claim over months ("over a few months") is a running total, not the
/// figure of one event.
pub const VAGUE_JOIN_DAYS: i32 = 7;

/// Events whose claims are never compared with one another: a measurement says nothing of
/// what it measures to the blocking key, and `other` is no event.
const UNCOMPARED_EVENTS: &[&str] = &["measure", "other"];

/// Days after an event's last day in which a report still tells of it: an undated claim
/// published in that window may join the event.
pub const REPORTING_WINDOW_DAYS: i32 = 3;

/// Days within which undated claims of a block with no dated event are one standing fact
/// ("hosts 3.6 million refugees" published on Feb 3 and on Feb 10).
pub const STANDING_WINDOW_DAYS: i32 = 31;

/// Events that are states more than happenings: told undated, they are one fact over a
/// window of publication days.
const STANDING_EVENTS: &[&str] = &["host", "population", "displace"];

/// Generic classes of the `people` family, which may meet each other.
const GENERIC_PEOPLE: &[&str] = &["person", "displaced", "casualty", "victim", "body"];

/// Families whose classes all meet.
const MEETING_FAMILIES: &[&str] = &["military"];

/// The compatibility group of a class.
fn group(what: &str, lexicon: &Lexicon) -> String {
    let family = lexicon
        .frame()
        .class(what)
        .map_or(what, |c| c.family.as_str());
    if MEETING_FAMILIES.contains(&family) {
        return format!("family:{family}");
    }
    if family == "people" && GENERIC_PEOPLE.contains(&what) {
        return "people:generic".into();
    }
    format!("class:{what}")
}

/// The blocks: indices of claims, each block in input order, blocks in the order of their
/// first claim.
pub(super) fn blocks(
    records: &[ClaimRecord],
    members: &[usize],
    lexicon: &Lexicon,
) -> Vec<Vec<usize>> {
    let mut index: HashMap<(String, String, Option<String>), usize> = HashMap::new();
    let mut out: Vec<Vec<usize>> = Vec::new();
    for &i in members {
        let r = &records[i];
        let key = (r.event.clone(), group(&r.what, lexicon), r.side.clone());
        let b = *index.entry(key).or_insert_with(|| {
            out.push(Vec::new());
            out.len() - 1
        });
        out[b].push(i);
    }
    out
}

/// Whether a claim's day dates its event.
fn anchored(r: &ClaimRecord) -> bool {
    r.date.is_some_and(|(from, to)| to - from < ANCHOR_DAYS)
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
    if block
        .first()
        .is_some_and(|&i| UNCOMPARED_EVENTS.contains(&records[i].event.as_str()))
    {
        return block.iter().map(|&i| vec![i]).collect();
    }
    // 1. anchored claims: overlapping days are one event
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
            Some(e) if from <= e.to => {
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
    // 2. the others join one event on evidence, or stand apart
    let mut loose: Vec<usize> = Vec::new();
    let mut joins: Vec<(usize, usize)> = Vec::new();
    for &i in block {
        let r = &records[i];
        if anchored(r) {
            continue;
        }
        let candidates: Vec<usize> = events
            .iter()
            .enumerate()
            .filter(|(_, e)| {
                let in_window = match (r.date, r.published) {
                    (Some((from, to)), _) => {
                        to - from < VAGUE_JOIN_DAYS && from <= e.to && e.from <= to
                    }
                    (None, Some(p)) => e.from <= p && p <= e.to + REPORTING_WINDOW_DAYS,
                    (None, None) => false,
                };
                let place_fits = match &r.place {
                    Some(p) => e.places.is_empty() || e.places.contains(p),
                    None => true,
                };
                in_window && place_fits
            })
            .map(|(k, _)| k)
            .collect();
        if let [only] = candidates[..] {
            joins.push((only, i));
        } else {
            loose.push(i);
        }
    }
    for (k, i) in joins {
        events[k].claims.push(i);
    }
    let mut out: Vec<Vec<usize>> = events.into_iter().map(|e| e.claims).collect();
    // 2b. figures of one sentence told in words of revision ("initially reported 19 deaths
    //     but later lowered the figure to 17") are one thing counted twice, dated or not
    let standing = block
        .first()
        .is_some_and(|&i| STANDING_EVENTS.contains(&records[i].event.as_str()));
    let words = lexicon.frame().revisions();
    let mut revised: Vec<Vec<usize>> = Vec::new();
    loose.retain(|&i| {
        let r = &records[i];
        if standing && out.is_empty() {
            return true; // a standing fact gathers its figures below
        }
        let revision = super::compare::says(&r.sentence, &words.earlier)
            || super::compare::says(&r.sentence, &words.later);
        if !revision {
            return true;
        }
        match revised
            .iter_mut()
            .find(|g| records[g[0]].doc == r.doc && records[g[0]].sentence == r.sentence)
        {
            Some(g) => g.push(i),
            None => revised.push(vec![i]),
        }
        false
    });
    for group in revised {
        if group.len() > 1 {
            out.push(group);
        } else {
            loose.extend(group);
        }
    }
    loose.sort_unstable();
    // 3. a standing fact (refugees hosted, people displaced so far, people living somewhere)
    //    told with no day: the claims of one window of publication days are one fact;
    //    any other claim with no event to join stays on its own
    if out.is_empty() && standing {
        out.extend(standing_facts(records, &loose, lexicon));
    } else {
        out.extend(loose.into_iter().map(|i| vec![i]));
    }
    for group in &mut out {
        group.sort_unstable();
    }
    out
}

/// Group undated claims of a standing fact: one group per window of publication days and per
/// country of the place named (a claim with no place joins the only country of its window, if
/// there is one). A claim with no publication day meets only the claims of its own report.
fn standing_facts(records: &[ClaimRecord], loose: &[usize], lexicon: &Lexicon) -> Vec<Vec<usize>> {
    let mut windows: Vec<Vec<usize>> = Vec::new();
    let mut dated: Vec<usize> = loose
        .iter()
        .copied()
        .filter(|&i| records[i].published.is_some())
        .collect();
    dated.sort_by_key(|&i| (records[i].published, i));
    let mut start = None;
    for i in dated {
        let p = records[i].published.expect("filtered");
        match (start, windows.last_mut()) {
            (Some(s), Some(w)) if p - s <= STANDING_WINDOW_DAYS => w.push(i),
            _ => {
                windows.push(vec![i]);
                start = Some(p);
            }
        }
    }
    let mut by_report: Vec<(String, Vec<usize>)> = Vec::new();
    for &i in loose.iter().filter(|&&i| records[i].published.is_none()) {
        match by_report.iter_mut().find(|(d, _)| *d == records[i].doc) {
            Some((_, g)) => g.push(i),
            None => by_report.push((records[i].doc.clone(), vec![i])),
        }
    }
    windows.extend(by_report.into_iter().map(|(_, g)| g));
    let country = |i: usize| {
        records[i].place.as_ref().map(|p| {
            lexicon
                .frame()
                .place_named(p)
                .map_or_else(|| p.clone(), |place| place.country.clone())
        })
    };
    let mut out: Vec<Vec<usize>> = Vec::new();
    for window in windows {
        let countries = distinct(window.iter().filter_map(|&i| country(i)));
        for c in &countries {
            out.push(
                window
                    .iter()
                    .copied()
                    .filter(|&i| country(i).as_ref() == Some(c))
                    .collect(),
            );
        }
        let placeless: Vec<usize> = window
            .iter()
            .copied()
            .filter(|&i| country(i).is_none())
            .collect();
        match (countries.len(), out.last_mut()) {
            (1, Some(only)) => only.extend(placeless),
            _ if !placeless.is_empty() => out.push(placeless),
            _ => {}
        }
    }
    out
}
