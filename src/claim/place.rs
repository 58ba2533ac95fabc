//! Where an event happened: "in Taftanaz", "near the town of Saraqeb", "in Idlib Province",
//! "in the Taftanaz area".
//!
//! A place is a gazetteer name (`places.toml`) or a capitalised name after a locative
//! preposition; a name after "northeast of", "from" or "toward" is a reference point, not the
//! event's place. The most specific candidate wins (a town before a province before a
//! country), then the nearest to the number.

use super::{Doc, Sentence};
use crate::lexicon::ClaimList;
use crate::lexicon::{ActorTerm, EventKind};

/// How many capitalised words a place name may have.
const MAX_NAME_TOKENS: usize = 4;

/// The specificity of a gazetteer kind: a town before a city before a region before a country.
fn place_rank(kind: &str) -> u8 {
    match kind {
        "town" => 0,
        "city" | "capital" => 1,
        "region" => 2,
        _ => 3,
    }
}

struct Candidate {
    name: String,
    at: usize,
    rank: u8,
}

impl Doc<'_> {
    /// The place of the event of a number at token `first` in sentence `s`.
    pub(super) fn place_for(&self, first: usize, s: &Sentence) -> Option<String> {
        let mut candidates = Vec::new();
        let mut k = s.first;
        while k < s.end {
            if self.in_list(ClaimList::Locatives, self.lower(k)) {
                if let Some((c, next)) = self.place_candidate(k + 1, s.end) {
                    // "officials in Damascus said": where the speaker is, not the event
                    let speaker = self
                        .lexicon
                        .frame()
                        .attribution_at(&self.lowered, &self.tokens, next)
                        .is_some();
                    if !speaker {
                        candidates.push(c);
                    }
                    k = next;
                    continue;
                }
            }
            // "airstrikes on Rafah", "an attack against Kharkiv": the target, when the
            // gazetteer knows it as a place (not "strikes on Hamas", "attacks on Monday")
            if matches!(self.lower(k), "on" | "against") && self.attack_ends_at(k) {
                if let Some((place, n)) =
                    self.lexicon
                        .frame()
                        .place_at(self.text, &self.tokens, k + 1)
                {
                    let possessor = self.word(k + 1 + n) == "'" && self.lower(k + 2 + n) == "s";
                    if !possessor {
                        candidates.push(Candidate {
                            name: place.name.clone(),
                            at: k + 1,
                            rank: place_rank(&place.kind),
                        });
                        k += 1 + n;
                        continue;
                    }
                }
            }
            k += 1;
        }
        candidates
            .into_iter()
            .min_by_key(|c| (c.rank, c.at.abs_diff(first)))
            .map(|c| c.name)
    }

    /// Whether an attack word ends just before token `k` ("airstrikes" in "airstrikes on").
    fn attack_ends_at(&self, k: usize) -> bool {
        (k.saturating_sub(3)..k).any(|start| {
            self.lexicon
                .frame()
                .event_at(&self.lowered, &self.tokens, start)
                .is_some_and(|(word, n)| word.kind() == EventKind::Attack && start + n == k)
        })
    }

    /// The place right after a locative at `from` ("eight in Idlib").
    pub(super) fn place_after(&self, from: usize, end: usize) -> Option<String> {
        self.place_candidate(from, end).map(|(c, _)| c.name)
    }

    /// A place name starting at token `k` (after a locative), with the token after it.
    fn place_candidate(&self, mut k: usize, end: usize) -> Option<(Candidate, usize)> {
        let frame = self.lexicon.frame();
        let mut rank_hint = None;
        // "the town of X", "the X area", "northwest Syria"
        // "in rebel-held areas of Aleppo" has no article
        // ("in a Gaza refugee camp": an indefinite article too)
        let has_article = matches!(self.lower(k), "the" | "a" | "an");
        if has_article || self.is_lowercase_word(k) {
            if has_article {
                k += 1;
            }
            // "the town of X", "the border town of X", "the rebel-held city of X"
            let noun = (k..(k + 5).min(end)).find(|&j| {
                self.in_list(ClaimList::PlaceNouns, self.lower(j))
                    && self.lower(j + 1) == "of"
                    && !self.is_capitalised(j)
            });
            if let Some(j) = noun {
                if (k..j)
                    .all(|m| self.is_lowercase_word(m) || self.joins(m) || self.lower(m).len() <= 2)
                {
                    rank_hint = Some(0);
                    k = j + 2;
                }
            }
        }
        while k < end
            && (self.in_list(ClaimList::Directions, self.lower(k)) && !self.is_capitalised(k)
                || self.lower(k).starts_with("north")
                || self.lower(k).starts_with("south"))
            && !self.is_capitalised(k)
        {
            k += 1;
        }
        // months and weekdays are capitalised but never places
        if k >= end
            || !self.is_capitalised(k)
            || self.lexicon.calendar().is_calendar_word(self.lower(k))
        {
            return None;
        }
        // after "northeast of" / "from": a reference point
        if k >= 2
            && self.lower(k - 1) == "of"
            && self.in_list(ClaimList::Directions, self.lower(k - 2))
        {
            return None;
        }
        if let Some((place, n)) = frame.place_at(self.text, &self.tokens, k) {
            // "in Syria's war": a possessor, not a place; "in Yemen's Hodeidah province": the
            // place is the possessed one
            if self.word(k + n) == "'" && self.lower(k + n + 1) == "s" {
                return self.place_candidate(k + n + 2, end);
            }
            let rank = rank_hint.unwrap_or_else(|| place_rank(&place.kind));
            return Some((
                Candidate {
                    name: place.name.clone(),
                    at: k,
                    rank,
                },
                k + n,
            ));
        }
        // an actor named as such is a party, not a place ("in Turkey" is in the gazetteer)
        if let Some((_, term, _)) = frame.actor_at(self.text, &self.tokens, k) {
            if !matches!(term, ActorTerm::Metonym) {
                return None;
            }
        }
        // "the Place de la Nation", "Rio de Janeiro", "Dar es Salaam": lowercase particles
        // inside a name, between capitalised words
        let particle = |j: usize| {
            j > k
                && self.in_list(ClaimList::NameParticles, self.word(j))
                && (j + 1..(j + 3).min(end)).any(|m| self.is_capitalised(m))
        };
        let mut j = k;
        let mut particles = false;
        while j < end
            && j - k < MAX_NAME_TOKENS + 2
            && (self.is_capitalised(j) || (j > k && self.joins(j)) || particle(j))
        {
            if self.in_list(ClaimList::PlaceNouns, self.lower(j)) {
                break;
            }
            particles |= particle(j);
            j += 1;
        }
        let name_end = j;
        if name_end == k {
            return None; // "in Province 5": a place noun alone names nothing
        }
        // only names the sentence marks as places: "the X area", "X province", or a name
        // that is no organisation or person (one capitalised word)
        let marked = rank_hint.is_some()
            || (name_end < end && self.in_list(ClaimList::PlaceNouns, self.lower(name_end)));
        if !marked && !particles && name_end - k > 2 {
            return None;
        }
        let name = self.text[self.tokens[k].start..self.tokens[name_end - 1].end].to_owned();
        Some((
            Candidate {
                name,
                at: k,
                rank: rank_hint.unwrap_or(0),
            },
            name_end,
        ))
    }
}
