//! Reading a figure in its sentence: what it counts, the event that governs it, and the
//! side its counted phrase names. A bare count takes its meaning from a verb of people
//! ("Gunmen killed 31"), a toll before it ("the death toll rose to 64"), or a count of the
//! sentence before ("13 soldiers died: eight in Idlib").
//!
//! Drafts of earlier sentences are read only as referents; sources, hedges, days and the
//! sides that come from context are resolved later, in [`super::reference`].

use super::phrase::CountedPhrase;
use super::words::is;
use super::{predicate, singular, Doc, Draft, Sentence, TOLL_WINDOW};

/// How far a count listed under a total may be from "including", and "including" from the
/// total, in tokens.
const LIST_REACH: usize = 12;
use crate::lexicon::ClaimList;
use crate::lexicon::{Dimension, EventKind, EventWord};
use crate::quantity::MentionKind;
use crate::text::token::TokenKind;

impl Doc<'_> {
    /// The event a counted phrase's head names when that head is an event noun that counts
    /// people ("deaths", "fatalities", "injuries", "arrests"), with the head's tokens.
    pub(super) fn people_event_head(
        &self,
        phrase: &CountedPhrase,
    ) -> Option<(EventKind, (usize, usize))> {
        phrase.unknown_head.as_ref()?;
        (phrase.start..phrase.end).find_map(|k| {
            match self
                .lexicon
                .frame()
                .event_at(&self.lowered, &self.tokens, k)
            {
                Some((EventWord::Noun(kind), n))
                    if k + n == phrase.end
                        && matches!(
                            kind,
                            EventKind::Kill
                                | EventKind::Injure
                                | EventKind::Arrest
                                | EventKind::Attack
                        ) =>
                {
                    Some((kind, (k, k + n)))
                }
                _ => None,
            }
        })
    }

    /// Whether a count stands right by its verb `(start, end)`: after it with only
    /// determiners and the preposition of its object between ("targeted some 30 operators",
    /// "the attack on two platforms"), or before it with only auxiliaries
    /// and adverbs between ("100 operators have been targeted"). A class outside the lexicon
    /// keeps only such a verb: "sent the index down 63.51 points" is no deployment of points.
    pub(super) fn next_to_its_verb(&self, d: &Draft, (start, end): (usize, usize)) -> bool {
        let phrase_end = d.phrase_end();
        if end <= d.first {
            // "targeted some 30 operators", "the attack on two platforms"
            (end..d.first).all(|k| {
                let w = self.lower(k);
                self.in_list(ClaimList::Determiners, w)
                    || matches!(w, "on" | "against" | "of" | "at")
            })
        } else if start >= phrase_end {
            (phrase_end..start).all(|k| {
                let w = self.lower(k);
                self.in_list(ClaimList::Auxiliaries, w) || (w.ends_with("ly") && w.len() > 4)
            })
        } else {
            true
        }
    }

    /// Fill what, side and event of a draft; false when the number is no claim.
    pub(super) fn read_draft(&self, d: &mut Draft, s: &Sentence, earlier: &[Draft]) -> bool {
        let counts = matches!(d.kind, MentionKind::Cardinal | MentionKind::Fraction);
        // "a magnitude 6.1 quake", "a 9.1-magnitude quake", "measuring 5.6 on the Richter
        // scale": the strength of a quake, a measure with no event
        if d.quantity.unit == "magnitude" || self.quake_magnitude(d, s) {
            d.quantity.unit = "magnitude".into();
            d.what = Some("magnitude".into());
            d.family = Some("measure".into());
            d.event = EventKind::Measure;
            return true;
        }
        // "a 28-year-old man", "aged 35", "over the age of 10": an age, a figure of the
        // person it is told of
        let age_cue = d.first > s.first + 1
            && (matches!(self.lower(d.first - 1), "aged" | "ages")
                || (self.lower(d.first - 1) == "of" && self.lower(d.first - 2) == "age"));
        if d.kind == MentionKind::Age || (age_cue && d.kind == MentionKind::Cardinal) {
            if d.kind != MentionKind::Age {
                d.kind = MentionKind::Age;
                d.quantity.unit = "year".into();
            }
            d.what = Some("age".into());
            d.family = Some("measure".into());
            d.event = EventKind::Measure;
            return true;
        }
        if self.number_word_in_a_name(d, s) {
            return false;
        }
        // "12 days ago", "six months earlier": a time, not a duration told of anything
        let duration = self
            .lexicon
            .unit(&d.quantity.unit)
            .is_some_and(|u| u.dimension == Dimension::Duration);
        if duration && self.in_list(ClaimList::TimeAfterADuration, self.lower(d.after)) {
            return false;
        }
        // "around 1700 EDT": a clock time
        if self.in_list(ClaimList::TimeZones, self.lower(d.after)) {
            return false;
        }
        // "Nine mths" alone on a line of a table: a label, not a claim
        if self.label_line(d) {
            return false;
        }
        let mut contrast: Option<(EventKind, Option<(usize, usize)>)> = None;
        let phrase = self.counted_phrase(d.after, s.end, !counts, d.quantity.value == 1.0);
        if phrase.frequency {
            // "called 3 times", "100 times more than expected": how often or how many times
            // over, a figure with no event
            // ("a one-time gain", "one time" told of a moment, are no figure)
            let times = self.lower(d.after);
            if !counts || d.quantity.value <= 1.0 || !matches!(times, "times" | "fold") {
                return false;
            }
            d.what = Some("times".into());
            d.family = Some("measure".into());
            d.event = EventKind::Measure;
            return true;
        }
        // "no-one", "someone": a pronoun, not a count
        if d.first >= 2 && self.word(d.first - 1) == "-" && !self.tokens[d.first].space_before {
            return false;
        }
        // "one of the largest": a pronoun, not a count ("one of 5 soldiers" is a count)
        if counts && d.quantity.value == 1.0 && self.lower(d.after) == "of" {
            let det = usize::from(self.lower(d.after + 1) == "the");
            // ("one of his nephews had been killed", "One of the gunmen killed in the raid":
            // one that a verb of people befalls is a count of one; "one of the journalists
            // assembled" is a person at a gathering, not a count of one)
            let mut bare = d.clone();
            bare.after = phrase.end.max(d.after);
            if !self.is_number_token(d.after + 1 + det)
                && self
                    .people_verb_of_bare_count(&bare, s)
                    .is_none_or(|(kind, (_, end))| {
                        // ("one of the factors hurting the stocks": a participle of the kind)
                        kind == EventKind::Gather || self.lower(end - 1).ends_with("ing")
                    })
            {
                return false;
            }
        }
        let sentence = d.sentence;
        let referent = |same_sentence_only: bool| {
            earlier.iter().rev().find(|e| {
                e.what.is_some()
                    && e.family.as_deref() != Some("place")
                    && matches!(e.kind, MentionKind::Cardinal | MentionKind::Fraction)
                    && (e.sentence == sentence
                        || (!same_sentence_only && e.sentence + 1 >= sentence))
            })
        };
        if !counts {
            d.what = Some(self.measure_class(d));
            d.family = Some("measure".into());
            if phrase.has_head() {
                d.what = phrase
                    .class
                    .as_ref()
                    .map(|c| c.name.clone())
                    .or(phrase.unknown_head.clone())
                    .or(d.what.take());
            }
        } else if phrase.anaphor {
            match referent(false) {
                Some(r) => d.take_frame_of(r),
                // "dozens of others were seriously injured": others whom a verb of people
                // befalls are people
                None => {
                    let mut bare = d.clone();
                    bare.after = phrase.end;
                    let Some((kind, verb)) = self.people_verb_of_bare_count(&bare, s) else {
                        return false;
                    };
                    d.what = Some("person".into());
                    d.family = Some("people".into());
                    d.event = kind;
                    d.predicate = Some(verb);
                }
            }
        } else if phrase.has_head() {
            if phrase.people {
                d.what = Some("person".into());
                d.family = Some("people".into());
            } else if let Some(c) = &phrase.class {
                d.what = Some(c.name.clone());
                d.family = Some(c.family.clone());
            } else if let Some((kind, at)) = self.people_event_head(&phrase) {
                // "19 deaths", "30 arrests", "12 injuries": people counted by what befell
                // them, and the event named by the head itself; "five airstrikes": the
                // strikes themselves
                if kind == EventKind::Attack {
                    d.what = Some(singular(&self.lower(at.1 - 1).replace('-', "")));
                    d.family = Some("strike".into());
                } else {
                    d.what = Some("person".into());
                    d.family = Some("people".into());
                }
                d.event = kind;
                d.predicate = Some(at);
            } else {
                let head = phrase.unknown_head.clone().unwrap_or_default();
                d.what = Some(singular(&head));
            }
        } else if let Some((toll, event)) = self.toll_before(d.first, s.first) {
            // "the death toll had risen to eight", "a total of around 1,000"
            match event {
                Some(kind) => {
                    // the class of a count of the same event just before ("four of its
                    // soldiers … the death toll had risen to eight"), else people
                    let same = earlier.iter().rev().find(|e| {
                        e.event == kind
                            && e.what.is_some()
                            && e.sentence + 1 >= sentence
                            && e.paragraph == s.paragraph
                    });
                    d.what = same.and_then(|e| e.what.clone()).or(Some("person".into()));
                    d.family = same
                        .and_then(|e| e.family.clone())
                        .or(Some("people".into()));
                    d.event = kind;
                    d.predicate = Some(toll);
                    d.phrase.start = toll.0;
                    d.phrase.end = toll.1;
                    d.side = self.side_in(toll.0, toll.1);
                }
                None => {
                    let Some(r) = referent(false) else {
                        return false;
                    };
                    d.take_frame_of(r);
                    d.event = r.event;
                    d.predicate = r.predicate;
                }
            }
        } else if let Some(unit) = self.strength_of_a_unit(d) {
            // "a 3,000-strong force", "a 500-member battalion": the people of a unit, sent
            // where it is; "the 700-strong community": people living somewhere
            let military = self.in_list(ClaimList::MilitaryUnits, self.lower(unit));
            d.what = Some(if military { "personnel" } else { "person" }.into());
            d.family = Some(if military { "military" } else { "people" }.into());
            d.phrase = CountedPhrase {
                start: d.after,
                end: unit + 1,
                ..CountedPhrase::default()
            };
            if military {
                d.event = EventKind::Deploy;
                d.predicate = Some((d.after + 1, d.after + 2));
            } else if matches!(self.lower(unit), "community" | "village" | "town") {
                d.event = EventKind::Population;
                d.predicate = Some((unit, unit + 1));
            }
        } else if self.number_of_a_name(d, s) {
            return false;
        } else if d.kind == MentionKind::Cardinal
            && Self::written_decimal(d)
            // ("wounded about 4,562", "just under 300 were killed": a vague bound's midpoint
            // need not be whole when a verb of people governs it)
            && (d.quantity.modifier.is_none()
                || self.text[d.start..d.end].contains('.')
                || self.people_verb_of_bare_count(d, s).is_none())
        {
            // "9.1" with nothing counted counts no people or things; it is a figure only of
            // a concept the sentence names ("a deficit of 1.6 billion")
            return self.figure_of_a_concept(d, s, earlier);
        } else if let Some((kind, verb)) =
            self.people_verb_of_bare_count(d, s).filter(|&(kind, _)| {
                // a count of the same sentence that can undergo the event stands for it ("13
                // soldiers died: eight were killed in Idlib"); otherwise the count is of people
                referent(true).is_none_or(|r| {
                    !r.family
                        .as_deref()
                        .is_some_and(|f| predicate::event_fits(kind, f))
                })
            })
        {
            // "Gunmen killed 31", "Dozens were killed", "At least 12 are dead", "the 40 who
            // escaped": a bare count that a verb of people governs counts people
            d.what = Some("person".into());
            d.family = Some("people".into());
            d.event = kind;
            d.predicate = Some(verb);
        } else if let Some(r) = referent(
            // "He said another 120 were missing": a count whose verb follows may take the
            // class of the count of the sentence before
            !self.in_list(ClaimList::Auxiliaries, self.lower(d.after)),
        ) {
            // "13 soldiers were killed: eight in Idlib, three in Latakia"; "five were
            // killed and eight were wounded"
            d.take_frame_of(r);
            let verb_between = (r.after..d.first).any(|k| {
                matches!(
                    self.lexicon
                        .frame()
                        .event_at(&self.lowered, &self.tokens, k),
                    Some((EventWord::Verb(_), _))
                )
            });
            // a list after a colon, or a count with no verb of its own since its total
            let listed = (r.after..d.first).any(|k| self.word(k) == ":") || !verb_between;
            if self.in_list(ClaimList::Locatives, self.lower(d.after)) && listed {
                d.event = r.event;
                d.predicate = r.predicate;
                d.place = self.place_after(d.after + 1, s.end);
            }
            // "Police said 12,000 marched, while the union claimed 80,000": another voice's
            // figure for the same thing, told right after a reporting word
            let reported = d.first > s.first
                && (d.first.saturating_sub(3).max(s.first)..d.first).any(|k| {
                    self.lexicon
                        .frame()
                        .attribution_at(&self.lowered, &self.tokens, k)
                        .is_some_and(|(_, n)| k + n == d.first || self.lower(k + n) == "at")
                });
            if reported && r.sentence == d.sentence {
                contrast = Some((r.event, r.predicate));
            }
        } else if self
            .lexicon
            .frame()
            .event_at(&self.lowered, &self.tokens, d.after)
            .is_some()
        {
            // "left 30 dead and 50 wounded": people counted by what befell them
            d.what = Some("person".into());
            d.family = Some("people".into());
        } else {
            // a bare number: a figure only of a concept the sentence names ("a current
            // account deficit of 1.6 billion", "the index stood at 1,420")
            return self.figure_of_a_concept(d, s, earlier);
        }
        if d.side.is_none() {
            d.side = phrase.side.clone();
        }
        if d.side.is_none() && phrase.government {
            d.side
                .clone_from(self.government.get_or_init(|| self.government_party()));
        }
        // ("13 of its hostages": the owner holds them; their side is read from context)
        if d.side.is_none() && d.what.as_deref() != Some("prisoner") {
            if let Some(p) = phrase.possessive {
                d.side = self.owner_of(p, s.first);
            }
        }
        d.phrase = if phrase.is_empty() {
            d.phrase.clone()
        } else {
            phrase
        };
        if d.predicate.is_none() {
            // "killing 69 Palestinians, including 15 children and one woman": counts listed
            // under a total take the total's event
            let (event, predicate, direct) = match self.total_of_list(d, s, earlier) {
                Some(total) => (total.event, total.predicate, true),
                None => self.governing_event(d, s),
            };
            d.event = event;
            d.predicate = predicate;
            // an event the count's class cannot undergo ("seven posthumous nominations" near
            // "died") is no event of it; an unknown class keeps only a verb that governs it
            // an unknown class may be freed, gathered or arrested only if it is people,
            // which it does not say ("two opinion polls released", "gathered data")
            let people_only = matches!(
                event,
                EventKind::Release | EventKind::Gather | EventKind::Arrest | EventKind::Abduct
            );
            let fits = match d.family.as_deref() {
                Some(family) => predicate::event_fits(event, family),
                None => {
                    !people_only && direct && predicate.is_some_and(|p| self.next_to_its_verb(d, p))
                }
            };
            if !fits && counts {
                d.event = EventKind::Other;
                d.predicate = None;
            }
            if let (EventKind::Other, Some((event, predicate))) = (d.event, contrast) {
                d.event = event;
                d.predicate = predicate;
            }
            // "the 12 dead gunmen were identified": the event the phrase itself names
            if let (EventKind::Other, Some((event, at))) = (d.event, d.phrase.modifier_event) {
                let fits = d
                    .family
                    .as_deref()
                    .is_some_and(|f| predicate::event_fits(event, f));
                if fits {
                    d.event = event;
                    d.predicate = Some(at);
                }
            }
        }
        // A measurement is the object of an event only as territory ("recaptured 600 km2",
        // "encircled 30 km of the front"); money, percentages, masses and durations next to
        // "fell to", "seized" or "struck" are levels and amounts ("fell to 4.02 billion dlrs").
        if !counts && d.event != EventKind::Measure {
            let territory = d.kind == MentionKind::Measure
                && matches!(d.event, EventKind::Capture | EventKind::Surround)
                && self
                    .lexicon
                    .unit(&d.quantity.unit)
                    .is_some_and(|u| matches!(u.dimension, Dimension::Area | Dimension::Length));
            if !territory {
                d.event = EventKind::Measure;
                d.predicate = None;
            }
        }
        // "stole gems worth 85 million euros", "offering a $35,000 reward": money that is the
        // figure of a happening, not a measurement
        if d.kind == MentionKind::Currency && d.event == EventKind::Measure {
            if let Some((event, predicate)) = self.money_event(d, s, earlier) {
                d.event = event;
                d.predicate = predicate;
            }
        }
        // "in three provinces": the scope of an event, not a count of it
        if d.family.as_deref() == Some("place")
            && d.first > s.first
            && self.in_list(ClaimList::Locatives, self.lower(d.first - 1))
        {
            return false;
        }
        // "Yida is home to more than 22,000 refugees", "a camp of about 20,000 refugees":
        // refugees living somewhere, or counted with no event, are hosted there; bodies
        // counted with none are of the dead
        match (d.event, d.what.as_deref()) {
            (EventKind::Population | EventKind::Other, Some("refugee")) => {
                d.event = EventKind::Host;
            }
            (EventKind::Population, Some("displaced" | "migrant")) => d.event = EventKind::Host,
            (EventKind::Other, Some("body")) => d.event = EventKind::Kill,
            // "the bodies of more than 100 people were recovered"
            (EventKind::Other, _)
                if d.first >= s.first + 2
                    && self.lower(d.first - 1) == "of"
                    && self
                        .lexicon
                        .frame()
                        .counted_at(&self.lowered, &self.tokens, d.first - 2)
                        .is_some_and(|(c, n)| c.name == "body" && n == 1) =>
            {
                d.event = EventKind::Kill;
            }
            _ => {}
        }
        // a figure listed with a measure ("1,200 vs 1,045 a year earlier") is a measure too
        if counts && d.family.as_deref() == Some("measure") && d.event != EventKind::Measure {
            d.event = EventKind::Measure;
            d.predicate = None;
        }
        // "Hezbollah has sent 5,000 fighters": who deploys sends their own
        if d.side.is_none() && d.event == EventKind::Deploy {
            if let Some((verb, _)) = d.predicate {
                d.side = self.owner_of(verb, s.first);
            }
        }
        if d.side.is_none() && d.family.as_deref() == Some("military") {
            d.side = self.side_of_nearby_military(d.first, s.first);
        }
        // "the two sides", "both rivals": a definite count with no event names, not claims
        // "the 12 miners who remain trapped", "handed the 30 hostages over": a definite count
        // of people is a claim even with no event
        let definite =
            d.first > s.first && is(&["the", "these", "those", "both"], self.lower(d.first - 1));
        // ("urged the two men to stop": one or two named before are a reference, not a count)
        let people = matches!(
            d.family.as_deref(),
            Some("people" | "military" | "combatant" | "security")
        ) && d.quantity.value >= 3.0;
        // (money keeps its figure: "pay the $3.5m fine")
        let money = d.kind == MentionKind::Currency;
        !definite || d.event != EventKind::Other || people || money
    }

    /// The event of a verb that governs a bare count (no noun after it) and befalls people:
    /// right before it ("killed 31", "wounded more than 40", "freed another 12"), or after
    /// it over a relative pronoun, auxiliaries and adverbs ("Dozens were killed", "27 were
    /// taken to hospital", "the 40 who escaped", "one who was shot").
    pub(super) fn people_verb_of_bare_count(
        &self,
        d: &Draft,
        s: &Sentence,
    ) -> Option<(EventKind, (usize, usize))> {
        let frame = self.lexicon.frame();
        // "eliminate the 50 ct fee": a word after the number that may be a noun of it
        let lowercase_word = self.tokens.get(d.after).is_some_and(|t| {
            t.kind == TokenKind::Word && self.word(d.after).starts_with(char::is_lowercase)
        });
        if d.after < s.end && lowercase_word && self.is_phrase_word(d.after) {
            let verb_next = self
                .lexicon
                .frame()
                .event_at(&self.lowered, &self.tokens, d.after)
                .is_some();
            if !verb_next {
                return None;
            }
        }
        let people = |kind: EventKind| {
            matches!(
                kind,
                EventKind::Kill
                    | EventKind::Injure
                    | EventKind::Arrest
                    | EventKind::Abduct
                    | EventKind::Release
                    | EventKind::Displace
                    | EventKind::Gather
            )
        };
        // left: the verb ends right before the count, or before a determiner of it
        let mut k = d.first;
        while k > s.first
            && is(
                &["another", "the", "some", "all", "over"],
                self.lower(k - 1),
            )
        {
            k -= 1;
        }
        // "The breach exposed 57 million", "the floods affected 33 million": people a
        // happening reached, counted with no event of the taxonomy
        if k > s.first && self.in_list(ClaimList::AffectingVerbs, self.lower(k - 1)) {
            return Some((EventKind::Other, (k - 1, k)));
        }
        for start in k.saturating_sub(4).max(s.first)..k {
            // "killing dozens": a form the lexicon reads as a noun is a participle here
            let verb = |word: EventWord, n: usize| match word {
                EventWord::Verb(kind) => Some(kind),
                EventWord::Noun(kind) => {
                    let last = self.lower(start + n - 1);
                    (last.ends_with("ing") || last.ends_with("ed")).then_some(kind)
                }
            };
            if let Some((kind, n)) = frame
                .event_at(&self.lowered, &self.tokens, start)
                .and_then(|(word, n)| verb(word, n).map(|kind| (kind, n)))
            {
                // (a crowd gathers of itself: "demonstrating one" names no crowd)
                if start + n == k
                    && people(kind)
                    && kind != EventKind::Gather
                    && !frame.is_subject_verb(&self.lowered, &self.tokens, start, n)
                {
                    return Some((kind, (start, start + n)));
                }
            }
        }
        // right: "who"/"that", then auxiliaries and adverbs, then the verb; after a verb of
        // ordering, "to" ("ordered 30,000 to evacuate", "forced hundreds to flee")
        let mut k = d.after;
        if k < s.end && is(&["who", "that"], self.lower(k)) {
            k += 1;
        }
        let ordered =
            d.first > s.first && self.in_list(ClaimList::OrderingVerbs, self.lower(d.first - 1));
        if ordered && self.lower(k) == "to" {
            k += 1;
        }
        // "scores, possibly hundreds, had been killed": a second figure in commas offers
        // another size of the same count, and the verb after it governs both
        if self.word(k) == "," {
            if let Some(next) = self.alternative_figure_after(k, s.end) {
                k = next;
            } else if self.alternative_figure_at(d.first, s.first) {
                k += 1;
            }
        }
        let from = k;
        while k < s.end && k - from < 5 {
            if let Some((word, n)) = frame.event_at(&self.lowered, &self.tokens, k) {
                // ("two were captured": people taken in a passive, not a town seized)
                let passive_capture = kind_is(word, EventKind::Capture) && k > from;
                return match word {
                    EventWord::Verb(kind) if people(kind) || passive_capture => {
                        Some((kind, (k, k + n)))
                    }
                    _ => None,
                };
            }
            let w = self.lower(k);
            // "more than 2,700 in Gaza have died": a place between the count and its verb
            if k == from && self.in_list(ClaimList::Locatives, w) {
                if let Some((_, n)) = frame.place_at(self.text, &self.tokens, k + 1) {
                    k += 1 + n;
                    continue;
                }
            }
            // "At least 50 reported injured", "Dozens have been reported injured"
            if !self.between_subject_and_verb(w) {
                return None;
            }
            k += 1;
        }
        None
    }

    /// The total a count is listed under ("more than 300 people were killed, including 90
    /// children and 107 women", "1,200 Sudanese, among them 300 children"): the count of an
    /// event of people before "including" or "among", with no verb between the word and the
    /// listed count.
    fn total_of_list<'e>(
        &self,
        d: &Draft,
        s: &Sentence,
        earlier: &'e [Draft],
    ) -> Option<&'e Draft> {
        let frame = self.lexicon.frame();
        let from = d.first.saturating_sub(LIST_REACH).max(s.first);
        let mut inclusion = None;
        for j in (from..d.first).rev() {
            let w = self.lower(j);
            if matches!(w, ";" | ":")
                || matches!(
                    frame.event_at(&self.lowered, &self.tokens, j),
                    Some((EventWord::Verb(_), _))
                )
            {
                return None;
            }
            if w == "including" || (w == "among" && is(&["them", "whom"], self.lower(j + 1))) {
                inclusion = Some(j);
                break;
            }
        }
        let inclusion = inclusion?;
        // ("killed, including 260 children, and 4,500 others have been wounded": a count with a
        // verb of its own after it is no part of the list)
        let own_verb = (d.phrase_end()..(d.phrase_end() + 4).min(s.end)).any(|j| {
            matches!(
                frame.event_at(&self.lowered, &self.tokens, j),
                Some((EventWord::Verb(_), _))
            )
        });
        if own_verb {
            return None;
        }
        earlier.iter().rev().find(|e| {
            e.sentence == d.sentence
                && e.after <= inclusion
                && inclusion - e.after <= LIST_REACH
                && !matches!(e.event, EventKind::Other | EventKind::Measure)
                && e.family
                    .as_deref()
                    .is_some_and(|f| matches!(f, "people" | "military" | "combatant" | "security"))
        })
    }

    /// The token after ", possibly hundreds," opening at the comma `k`: a figure set off by
    /// commas after "or" or a word of doubt ("possibly", "perhaps", "maybe").
    fn alternative_figure_after(&self, k: usize, end: usize) -> Option<usize> {
        let mut j = k + 1;
        let opener = j;
        while j < end
            && is(
                &["or", "possibly", "perhaps", "maybe", "probably"],
                self.lower(j),
            )
        {
            j += 1;
        }
        let figure = j;
        while j < end && j - figure < 4 && self.figure_word(j) {
            j += 1;
        }
        (j > opener && figure > opener && j > figure && self.word(j) == ",").then_some(j + 1)
    }

    /// Whether the figure at `first` is itself the second size in commas (", possibly
    /// hundreds,").
    fn alternative_figure_at(&self, first: usize, sentence_first: usize) -> bool {
        let mut k = first;
        while k > sentence_first
            && is(
                &["or", "possibly", "perhaps", "maybe", "probably"],
                self.lower(k - 1),
            )
        {
            k -= 1;
        }
        k < first && k > sentence_first && self.word(k - 1) == ","
    }

    /// A word of a number phrase: digits, a number word, a vague amount, a bound.
    fn figure_word(&self, k: usize) -> bool {
        let w = self.lower(k);
        self.is_number_token(k)
            || crate::quantity::convention::vague_first_word(w)
            || is(&["of", "than", "more", "least", "at"], w)
    }

    /// The party named in tokens `[a, b)`.
    pub(super) fn side_in(&self, a: usize, b: usize) -> Option<String> {
        (a..b).find_map(|k| self.party_at(k).map(|(n, _)| n))
    }

    /// "the death toll (had risen to)", "a total of", "the number of displaced (reached)":
    /// the noun phrase before a bare number that says what it counts.
    pub(super) fn toll_before(
        &self,
        first: usize,
        sentence_first: usize,
    ) -> Option<((usize, usize), Option<EventKind>)> {
        let from = first.saturating_sub(TOLL_WINDOW).max(sentence_first);
        for k in (from..first).rev() {
            let w = self.lower(k);
            if w == "total" || w == "tally" {
                return Some(((k, k + 1), None));
            }
            // "put the number of dead at 34", "the number of displaced reached 700,000"
            if w == "number" && self.lower(k + 1) == "of" {
                if let Some((word, n)) =
                    self.lexicon
                        .frame()
                        .event_at(&self.lowered, &self.tokens, k + 2)
                {
                    return Some(((k, k + 2 + n), Some(word.kind())));
                }
            }
            if let Some((EventWord::Noun(kind), n)) =
                self.lexicon
                    .frame()
                    .event_at(&self.lowered, &self.tokens, k)
            {
                // "a population of 120,000", "with a population of more than 100,000"
                if kind == EventKind::Population && k + n == first {
                    return Some(((k, k + n), Some(kind)));
                }
                if matches!(self.lower(k + n - 1), "toll" | "tolls") || w == "toll" {
                    // extend left over the phrase: "the Turkish death toll"
                    let mut a = k;
                    while a > sentence_first
                        && (self.is_phrase_word(a - 1) || self.lower(a - 1) == "the")
                    {
                        a -= 1;
                        if self.lower(a) == "the" {
                            break;
                        }
                    }
                    return Some(((a, k + n), Some(kind)));
                }
            }
            // a stop ends the clause, but not the point of a decimal ("6.8")
            let decimal_point = w == "."
                && k > sentence_first
                && self.tokens[k - 1].kind == TokenKind::Digits
                && self.tokens.get(k + 1).is_some_and(|t| {
                    t.kind == TokenKind::Digits && !t.space_before && !self.tokens[k].space_before
                });
            if (w == "." && !decimal_point) || w == ";" {
                break;
            }
            // "the toll rose to 45, and 12 remain missing": a toll before another number
            // is that number's; a number that only modifies a noun on the way ("the toll from
            // Tuesday's magnitude 6.8 quake rose to 1,240", "the toll from the two attacks")
            // is not its figure
            let year = self.tokens[k].kind == TokenKind::Digits
                && w.len() == 4
                && w.starts_with(['1', '2']);
            let number = (self.tokens[k].kind == TokenKind::Digits && !year)
                || self.lexicon.numbers().cardinal(w).is_some();
            if number && !self.modifier_number(k, sentence_first) {
                break;
            }
        }
        None
    }

    /// Whether the number at token `k` modifies a noun on the way to another figure rather
    /// than being a figure itself: after "magnitude" or a determiner ("the two attacks",
    /// "Tuesday's 6.8 quake"), never after a verb or preposition that takes a figure.
    pub(super) fn modifier_number(&self, k: usize, sentence_first: usize) -> bool {
        // the first token of a number written with a point or separators ("6.8", "1,240")
        let mut k = k;
        while k >= sentence_first + 2
            && matches!(self.word(k - 1), "." | ",")
            && self.tokens[k - 2].kind == TokenKind::Digits
            && !self.tokens[k - 1].space_before
        {
            k -= 2;
        }
        if k <= sentence_first {
            return false;
        }
        let before = self.lower(k - 1);
        before == "magnitude"
            || before == "'s"
            || before == "'"
            || (self.in_list(ClaimList::Determiners, before)
                && !is(&["all", "some", "another"], before))
    }

    /// Keep a bare number as a figure when its sentence names what it measures: a measure of
    /// that concept with no event; otherwise it is no claim.
    fn figure_of_a_concept(&self, d: &mut Draft, s: &Sentence, earlier: &[Draft]) -> bool {
        if self.concept_of_bare_number(d, s, earlier).is_none() {
            return false;
        }
        d.what = Some("number".into());
        d.family = Some("measure".into());
        d.event = EventKind::Measure;
        true
    }
}

/// Whether an event word is a verb of the class `kind`.
fn kind_is(word: EventWord, kind: EventKind) -> bool {
    matches!(word, EventWord::Verb(k) if k == kind)
}
