//! The event of a count: the predicate that governs it.
//!
//! A count is the object of the verb before it ("shelling **killed** five soldiers", "has
//! **taken in** 3.6 million refugees"), the subject of the verb after it ("101 elements have
//! been **neutralized**", "700,000 people have **fled**"), or the complement of an event noun
//! ("**attacks** on 115 targets"). The reader looks left first, within the clause; then right,
//! over auxiliaries and coordinated counts; then anywhere in the sentence, verbs before nouns.
//! A participle right after the object names the event ("sent thousands **fleeing**", "left
//! ten **dead**").

use super::{Doc, Draft, Sentence};
use crate::lexicon::ClaimList;
use crate::lexicon::{EventKind, EventWord};

/// How far left of a count its verb may be, in tokens.
const LEFT_REACH: usize = 10;
/// How far right of the counted phrase its verb may be, in tokens.
const RIGHT_REACH: usize = 8;

/// Whether an event can befall things of a family of `counted.toml`: deaths befall people and
/// armed men, not "nominations"; destruction befalls things, not voters. A class outside the
/// lexicon fits nothing here; it keeps an event only when a verb governs it directly.
pub(super) fn event_fits(event: EventKind, family: &str) -> bool {
    const PEOPLE: &[&str] = &["people", "military", "combatant", "security"];
    let any = |families: &[&str]| families.contains(&family);
    match event {
        EventKind::Kill | EventKind::Injure => any(PEOPLE) || family == "animal",
        EventKind::Arrest | EventKind::Abduct | EventKind::Release => any(PEOPLE),
        EventKind::Gather => family == "people",
        EventKind::Displace | EventKind::Host | EventKind::Population => family == "people",
        EventKind::Deploy => any(&[
            "military",
            "combatant",
            "security",
            "equipment",
            "infrastructure",
        ]),
        EventKind::Destroy => any(&["equipment", "infrastructure", "place", "animal"]),
        EventKind::Attack | EventKind::Capture | EventKind::Surround => {
            any(PEOPLE) || any(&["equipment", "infrastructure", "place"])
        }
        // a user's class says nothing of what it befalls: any count may undergo it
        EventKind::Measure | EventKind::Other | EventKind::Custom(_) => true,
    }
}

impl Doc<'_> {
    pub(super) fn governing_event(
        &self,
        d: &Draft,
        s: &Sentence,
    ) -> (EventKind, Option<(usize, usize)>, bool) {
        let phrase_end = d.phrase_end();
        // the verbs around "31 of 40 drones" are the part's: the whole keeps only a
        // participle of its own ("40 drones launched by Russia")
        if let Some(part) = self.partitive_part(d.first, s.first) {
            // a verb right after the whole is the part's when the part is the subject ("one
            // of 5 soldiers died"), a participle of the whole when the part is an object
            let part_is_object = self.event_left(part, s.first).is_some();
            return match self.event_right(phrase_end, s.end) {
                Some((k, n, kind, true)) if k == phrase_end && part_is_object => {
                    (kind, Some((k, k + n)), true)
                }
                _ => (EventKind::Other, None, false),
            };
        }
        let mut left = self.event_left(d.first, s.first);
        let right = self.event_right(phrase_end, s.end);
        if self.agent_of_its_verb(phrase_end, right) {
            return (EventKind::Other, None, false);
        }
        // a measure is the object of its verb only right next to it ("recaptured 600 km2")
        let measure = !matches!(
            d.kind,
            crate::quantity::MentionKind::Cardinal | crate::quantity::MentionKind::Fraction
        );
        if measure && left.is_some_and(|(k, n, _)| d.first - (k + n) > 1) {
            left = None;
        }
        if measure {
            return match left {
                Some((k, n, kind)) => (kind, Some((k, k + n)), true),
                None => (EventKind::Measure, None, true),
            };
        }
        // the subject of a verb after auxiliaries ("101 elements have been neutralized") even
        // when another clause's verb comes before it
        if let Some((k, n, kind, true)) = right {
            if k > phrase_end && self.in_list(ClaimList::Auxiliaries, self.lower(k - 1)) {
                return (kind, Some((k, k + n)), true);
            }
        }
        // "50 wounded", "12 dead": an event word right after a bare number
        if let Some((k, n, kind, _)) = right {
            if d.phrase.is_empty() && k == d.after {
                return (kind, Some((k, k + n)), true);
            }
        }
        // "sent hundreds of thousands fleeing", "left ten dead" (but "killed about 40
        // Palestinians sheltering in a school": a killing keeps its own verb)
        if let Some((k, n, kind, _)) = right {
            let w = self.lower(k + n - 1);
            let killing =
                left.is_some_and(|(_, _, l)| matches!(l, EventKind::Kill | EventKind::Injure));
            if k == phrase_end
                && (w.ends_with("ing") || w == "dead" || w == "homeless")
                && left.is_some()
                && !killing
            {
                return (kind, Some((k, k + n)), true);
            }
        }
        // "50 people with injuries", "12 with gunshot wounds": the state they are in
        if self.lower(phrase_end) == "with" {
            for j in phrase_end + 1..(phrase_end + 4).min(s.end) {
                if let Some((EventWord::Noun(EventKind::Injure), n)) = self
                    .lexicon
                    .frame()
                    .event_at(&self.lowered, &self.tokens, j)
                {
                    return (EventKind::Injure, Some((j, j + n)), true);
                }
            }
        }
        // "300 died and at least 4,000 are missing": a count followed by a finite verb is the
        // subject of a predicate of its own; when that names no event, no verb before it does
        if right.is_none()
            && phrase_end < s.end
            && self.in_list(ClaimList::SubjectLinks, self.lower(phrase_end))
        {
            return (EventKind::Other, None, false);
        }
        // "24 people dead and 249 people injured": each count of a list takes the word right
        // after it, not the word of the count before
        if let (Some((lk, ln, _)), Some((k, n, kind, _))) = (left, right) {
            let listed = (lk + ln..d.first).any(|j| matches!(self.lower(j), "and" | ","));
            if k == phrase_end && listed {
                return (kind, Some((k, k + n)), true);
            }
        }
        if let Some((k, n, kind)) = left {
            return (kind, Some((k, k + n)), true);
        }
        if let Some((k, n, kind, _)) = right {
            return (kind, Some((k, k + n)), true);
        }
        // anywhere in the clause: the nearest verb, else the nearest event noun
        let (from, to) = self.clause_around(d.first, phrase_end, s);
        let mut best: Option<(usize, usize, usize, EventKind, bool)> = None;
        let mut k = from;
        while k < to {
            if k >= d.first && k < phrase_end {
                k += 1;
                continue;
            }
            if let Some((word, n)) = self
                .lexicon
                .frame()
                .event_at(&self.lowered, &self.tokens, k)
            {
                let distance = if k < d.first {
                    d.first - k
                } else {
                    k - phrase_end
                };
                if k < d.first
                    && self
                        .lexicon
                        .frame()
                        .is_subject_verb(&self.lowered, &self.tokens, k, n)
                {
                    k += n;
                    continue;
                }
                let verb = matches!(word, EventWord::Verb(_));
                let better = match best {
                    None => true,
                    Some((_, _, bd, _, bverb)) => {
                        (verb && !bverb) || (verb == bverb && distance < bd)
                    }
                };
                if better {
                    best = Some((k, n, distance, word.kind(), verb));
                }
                k += n;
                continue;
            }
            k += 1;
        }
        match best {
            Some((k, n, _, kind, _)) => (kind, Some((k, k + n)), false),
            None => (EventKind::Other, None, false),
        }
    }

    /// "Five gunmen killed 12 people", "70 fighters from Hamas killed dozens": a count right
    /// before an active verb of harm that has a figure of its own as object did the harm; it
    /// did not suffer it.
    fn agent_of_its_verb(
        &self,
        phrase_end: usize,
        right: Option<(usize, usize, EventKind, bool)>,
    ) -> bool {
        let Some((k, n, kind, _)) = right else {
            return false;
        };
        // (a postmodifier of origin may stand between: "fighters from Hamas")
        let between = (phrase_end..k).all(|j| {
            (j == phrase_end && matches!(self.lower(j), "from" | "of"))
                || (j > phrase_end && self.is_capitalised(j))
        });
        let verb = matches!(
            self.lexicon
                .frame()
                .event_at(&self.lowered, &self.tokens, k),
            Some((EventWord::Verb(_), _))
        );
        let object = self.is_number_token(k + n)
            || crate::quantity::convention::vague_first_word(self.lower(k + n))
            || self
                .lexicon
                .modifier_at(self.text, &self.tokens, k + n)
                .is_some();
        matches!(
            kind,
            EventKind::Kill | EventKind::Injure | EventKind::Abduct
        ) && verb
            && between
            && object
            && !self.lower(k + n - 1).ends_with("ing")
    }

    /// The clause around a count, `[from, to)`: bounded by the sentence, semicolons, colons,
    /// coordinating or subordinating words ("they rescued 14 hostages | and killed five
    /// gunmen") and, after the count, reporting words ("affected 33 million, the agency | said,
    /// though aid groups put the toll higher").
    pub(super) fn clause_around(
        &self,
        first: usize,
        phrase_end: usize,
        s: &Sentence,
    ) -> (usize, usize) {
        let boundary = |k: usize| {
            matches!(
                self.lower(k),
                ";" | ":"
                    | "and"
                    | "but"
                    | "while"
                    | "when"
                    | "whereas"
                    | "although"
                    | "after"
                    | "before"
                    | "though"
                    | "because"
                    | "unless"
                    | "who"
                    | "which"
                    | "whose"
                    | "that"
            )
        };
        // a reporting word after the count closes its clause; before it, it may be embedded
        // ("attacks on what it said were 115 targets")
        // ("900 Israelis reported killed": a reporting participle before the event verb is
        // hearsay inside the clause)
        let reported = |k: usize| {
            let frame = self.lexicon.frame();
            frame
                .attribution_at(&self.lowered, &self.tokens, k)
                .is_some()
                && !(matches!(self.lower(k), "reported" | "confirmed")
                    && matches!(
                        frame.event_at(&self.lowered, &self.tokens, k + 1),
                        Some((EventWord::Verb(_), _))
                    ))
        };
        let from = (s.first..first)
            .rev()
            .find(|&k| boundary(k))
            .map_or(s.first, |k| k + 1);
        let to = (phrase_end..s.end)
            .find(|&k| boundary(k) || reported(k))
            .unwrap_or(s.end);
        (from, to)
    }

    /// When the count at token `first` is the whole of a partitive (the 40 of "shot down 31
    /// of 40 drones", the 12 of "three of the 12 soldiers were killed"), the token of its part.
    fn partitive_part(&self, first: usize, sentence_first: usize) -> Option<usize> {
        let of = if first > sentence_first + 1 && self.lower(first - 1) == "the" {
            first - 2
        } else {
            first.checked_sub(1)?
        };
        // (`then`, not `then_some`: `of - 1` must not be computed when `of` is 0)
        (of > sentence_first && self.lower(of) == "of" && self.is_number_token(of - 1))
            .then(|| of - 1)
    }

    /// The event word left of a count, in its clause: (token, length, event).
    fn event_left(&self, first: usize, sentence_first: usize) -> Option<(usize, usize, EventKind)> {
        let from = first.saturating_sub(LEFT_REACH).max(sentence_first);
        let mut k = first;
        while k > from {
            k -= 1;
            let w = self.lower(k);
            if self.in_list(ClaimList::LeftBarriers, w)
                || self.in_list(ClaimList::FiniteAuxiliaries, w)
                || self
                    .lexicon
                    .frame()
                    .attribution_at(&self.lowered, &self.tokens, k)
                    .is_some()
            {
                return None;
            }
            // a multi-word event may start a few tokens back ("taken in", "home to")
            for start in (k.saturating_sub(3).max(from)..=k).rev() {
                if let Some((word, n)) =
                    self.lexicon
                        .frame()
                        .event_at(&self.lowered, &self.tokens, start)
                {
                    if start + n > k && start + n <= first {
                        // "exports fell to 2.5 billion": the level, not what fell
                        if self.lexicon.frame().is_subject_verb(
                            &self.lowered,
                            &self.tokens,
                            start,
                            n,
                        ) {
                            return None;
                        }
                        return Some((start, n, word.kind()));
                    }
                }
            }
        }
        None
    }

    /// The event verb right of a counted phrase ending at token `end_of_phrase`, over
    /// auxiliaries, adverbs and coordinated counts ("five soldiers and three civilians died").
    fn event_right(
        &self,
        end_of_phrase: usize,
        sentence_end: usize,
    ) -> Option<(usize, usize, EventKind, bool)> {
        let mut k = end_of_phrase;
        let mut steps = 0;
        while k < sentence_end && steps < RIGHT_REACH {
            steps += 1;
            if let Some((word, n)) = self
                .lexicon
                .frame()
                .event_at(&self.lowered, &self.tokens, k)
            {
                return match word {
                    EventWord::Verb(kind) => Some((k, n, kind, true)),
                    // "five dead", "12 wounded": a noun right after the count
                    EventWord::Noun(kind) if k == end_of_phrase => Some((k, n, kind, false)),
                    EventWord::Noun(_) => None,
                };
            }
            let w = self.lower(k);
            if self.in_list(ClaimList::Auxiliaries, w) || (w.ends_with("ly") && w.len() > 4) {
                k += 1;
                continue;
            }
            // "at least three people, a man and two women, were killed": an appositive
            // between commas
            if w == "," && k == end_of_phrase {
                if let Some(close) =
                    (k + 1..(k + 9).min(sentence_end)).find(|&j| self.word(j) == ",")
                {
                    k = close + 1;
                    continue;
                }
            }
            // "and three civilians": skip a coordinated count and its phrase
            if (w == "and" || w == "or") && k + 1 < sentence_end {
                let next = k + 1;
                let starts_count = self.tokens[next].kind == crate::text::token::TokenKind::Digits
                    || self.lexicon.numbers().cardinal(self.lower(next)).is_some()
                    || matches!(
                        self.lower(next),
                        "dozens"
                            | "hundreds"
                            | "thousands"
                            | "several"
                            | "scores"
                            | "nearly"
                            | "about"
                            | "at"
                            | "more"
                            | "some"
                    );
                if starts_count {
                    let mut j = next;
                    while j < sentence_end && j - next < 8 {
                        if self
                            .lexicon
                            .frame()
                            .event_at(&self.lowered, &self.tokens, j)
                            .is_some()
                            || self.in_list(ClaimList::Auxiliaries, self.lower(j))
                        {
                            break;
                        }
                        j += 1;
                    }
                    k = j;
                    continue;
                }
            }
            return None;
        }
        None
    }
}
