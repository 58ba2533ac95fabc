//! The side of counted people when their own phrase names none.
//!
//! "At least 300 people were killed" says nothing of whose people they were; the sentence
//! around it usually does. News English tells the victims' party, in order of strength:
//!
//! 1. a count listed with one that names its party ("Four Dutch soldiers and two civilians
//!    died", "1,200 Sudanese, among them 300 children");
//! 2. the target of the attack ("the assault by Hamas on Israel that killed 1,300");
//! 3. a locative right after the count ("killed 12 in Kharkiv", "300 people in Khartoum");
//! 4. the attacker: the victims of an attack told by its perpetrator ("Russian strikes killed
//!    14", "killed by Hamas gunmen", "the army said it killed 40") belong to the other party
//!    of the story, the party the document names most after the attacker and its allies;
//! 5. the place of the event ("In Gaza, 70 people were killed"), where displaced people also
//!    belong;
//! 6. last, the party of the source ("80 people have been killed, the Tigray health bureau
//!    said").
//!
//! Only counts of people that something befell are read this way (killed, wounded, abducted,
//! arrested, freed, displaced): a count of tanks or of a crowd has no victims' party.

use super::words::is;

/// How far from a count, in tokens, a place of its sentence may give its side.
const NEAR_TOKENS: usize = 12;

/// How many tokens a gazetteer name may have ("Kibbutz Be ' eri").
const MAX_PLACE_TOKENS: usize = 6;
use super::{Doc, Draft, Sentence};
use crate::lexicon::ClaimList;
use crate::lexicon::{ActorTerm, EventKind};

impl Doc<'_> {
    /// The side of a draft's counted people from the words around it, or None.
    pub(super) fn side_from_context(
        &self,
        d: &Draft,
        s: &Sentence,
        earlier: &[(&Draft, Option<&str>)],
        source_party: Option<&str>,
    ) -> Option<String> {
        let victims = matches!(
            d.event,
            EventKind::Kill
                | EventKind::Injure
                | EventKind::Abduct
                | EventKind::Arrest
                | EventKind::Release
                | EventKind::Displace
        );
        // (a class outside the lexicon that is killed or wounded is people: "revelers")
        let people = matches!(
            d.family.as_deref(),
            Some("people" | "military" | "combatant" | "security")
        ) || (d.family.is_none()
            && matches!(
                d.event,
                EventKind::Kill | EventKind::Injure | EventKind::Abduct
            ));
        if !victims || !people {
            return None;
        }
        // "18 from Thailand", "six senior leaders of Hamas": the origin or body named
        // right after the counted phrase
        let after = d.phrase_end();
        if matches!(self.lower(after), "from" | "of") {
            let at = after + 1 + usize::from(self.lower(after + 1) == "the");
            if let Some((party, _)) = self.party_at(at) {
                return Some(party);
            }
            // "100 residents of Be'eri": the country of a place of origin
            if let Some(country) = self.party_of_place_at(at) {
                return Some(country);
            }
        }
        if let Some(side) = self.side_of_list(d, earlier) {
            return Some(side);
        }
        if let Some(side) = self.side_of_the_held(d, s, source_party) {
            return Some(side);
        }
        // the victims of a quake, a flood or a storm are of no party for where it struck, nor
        // for the agency that counts them
        if (s.first..s.end).any(|k| self.in_list(ClaimList::Hazards, self.lower(k))) {
            return None;
        }
        if matches!(d.event, EventKind::Displace) {
            return self.place_country(self.place_for(d.first, s)?.as_str());
        }
        if let Some(side) = self.target_party(d, s) {
            return Some(side);
        }
        if let Some(side) = self.party_of_place_after(d.phrase_end(), s.end) {
            return Some(side);
        }
        // "have killed more than 2,808 people and wounded 10,850 others in Gaza": a locative
        // later in the count's own clause
        let (_, clause_end) = self.clause_around(d.first, d.phrase_end(), s);
        let clause_place = (d.phrase_end()..clause_end.min(s.end))
            .find_map(|k| self.party_of_place_after(k, clause_end.min(s.end)));
        if let Some(side) = clause_place {
            return Some(side);
        }
        if let Some(side) = self.party_of_place_before_where(d.first, s.first) {
            return Some(side);
        }
        if matches!(
            d.event,
            EventKind::Kill | EventKind::Injure | EventKind::Abduct
        ) {
            // the agent of a passive verb, else an attack named with its agent ("an Israeli
            // strike on a home in Rafah, near the Egypt border, killed 17"), else the party
            // before the verb
            let passive = d.predicate.is_some_and(|(verb, _)| verb >= d.phrase_end());
            let attacker = if passive {
                self.attacker(d, s, source_party)
                    .or_else(|| self.agent_of_an_attack(d, s))
            } else {
                self.agent_of_an_attack(d, s)
                    .or_else(|| self.attacker(d, s, source_party))
            };
            if let Some(attacker) = attacker {
                if let Some(side) = self.other_party(&attacker) {
                    return Some(side);
                }
                // the attacker's victims are never the attacker's own party
                if let Some(place) = d.place.clone().or_else(|| self.place_for(d.first, s)) {
                    return self
                        .place_country(&place)
                        .filter(|c| !self.aligned(&attacker, c));
                }
                return None;
            }
        }
        if let Some(place) = d.place.clone().or_else(|| self.place_for(d.first, s)) {
            if let Some(country) = self.place_country(&place) {
                return Some(country);
            }
        }
        // the place of the sentence nearest the count that the gazetteer knows, when the
        // nearest place is one it does not ("protests across the Middle East following a
        // strike on a hospital in Gaza City that killed hundreds"), or a demonym of places
        // ("rampaged through southern Israeli communities, killing 1,000")
        let near = d.first.saturating_sub(NEAR_TOKENS).max(s.first)
            ..(d.phrase_end() + NEAR_TOKENS).min(s.end);
        let located = near
            .filter(|&k| self.in_list(ClaimList::Locatives, self.lower(k)))
            .filter_map(|k| {
                self.party_of_place_after(k, s.end)
                    .map(|p| (k.abs_diff(d.first), p))
            })
            .min_by_key(|(distance, _)| *distance);
        if let Some((_, side)) = located {
            return Some(side);
        }
        // a group's ministry counts the people of the party it is aligned with (the Hamas-run
        // health ministry counts Palestinians)
        // (an organisation or a news agency counts people of no party of its own)
        let party = source_party?;
        let frame = self.lexicon.frame();
        let side = match frame.actor(party) {
            Some(a) if a.kind == "group" && !a.aligned.is_empty() => a.aligned[0].clone(),
            Some(a) if matches!(a.kind.as_str(), "country" | "group") => party.to_owned(),
            _ => return None,
        };
        // a foreign voice ("the U.S. Geological Survey said" of a quake in Indonesia) counts
        // no people of its own: the report's place is in another country
        let abroad = self
            .main_place()
            .map(|p| {
                if p.kind == "country" {
                    p.name
                } else {
                    p.country
                }
            })
            .filter(|c| !c.is_empty())
            .is_some_and(|c| !self.aligned(&side, &c) && !self.at_war(&side, &c));
        (!abroad).then_some(side)
    }

    /// The agent of an attack named before the count in its sentence: "the attack by Hamas
    /// on Oct. 7, in which 1,400 people were killed", "Hamas's assault", "a Russian strike".
    fn agent_of_an_attack(&self, d: &Draft, s: &Sentence) -> Option<String> {
        let frame = self.lexicon.frame();
        let mut k = d.first;
        while k > s.first {
            k -= 1;
            let Some((word, n)) = frame.event_at(&self.lowered, &self.tokens, k) else {
                continue;
            };
            if word.kind() != EventKind::Attack {
                continue;
            }
            if self.lower(k + n) == "by" {
                if let Some((p, _)) =
                    self.party_at(k + n + 1 + usize::from(self.lower(k + n + 1) == "the"))
                {
                    return Some(p);
                }
            }
            // "Hamas's assault", "a Russian strike", "Israeli airstrikes"; "Hamas, whose
            // Oct. 7 assault": the one the relative "whose" stands for
            let mut j = k;
            while j > s.first && k - j < 6 {
                j -= 1;
                if self.lower(j) == "whose" && j > s.first {
                    let before = j.saturating_sub(1 + usize::from(self.word(j - 1) == ","));
                    let owner = (before.saturating_sub(2)..=before)
                        .rev()
                        .find_map(|i| self.party_at(i).filter(|(_, m)| i + m == before + 1));
                    if let Some((p, _)) = owner {
                        return Some(p);
                    }
                    break;
                }
                if let Some((p, m)) = self.party_at(j) {
                    // ("Hamas's cross-border incursion": premodifiers between)
                    let premodifies = (j + m..k).all(|i| {
                        let w = self.lower(i);
                        self.tokens[i].kind == crate::text::token::TokenKind::Word
                            && !self.in_list(ClaimList::Prepositions, w)
                            && !self.in_list(ClaimList::Conjunctions, w)
                            && !self.in_list(ClaimList::Auxiliaries, w)
                            || matches!(w, "'" | "-" | "\u{2019}")
                    });
                    if premodifies {
                        return Some(p);
                    }
                    break;
                }
            }
            // the nearest attack names the cause; one further back is another event
            return None;
        }
        None
    }

    /// Rule 1: the side of a count of the same sentence this one is listed with.
    fn side_of_list(&self, d: &Draft, earlier: &[(&Draft, Option<&str>)]) -> Option<String> {
        let (e, side) = earlier
            .iter()
            .rev()
            .find(|(e, _)| e.sentence == d.sentence && e.first < d.first)?;
        let side = (*side)?;
        let between = e.phrase_end()..d.first;
        let listed = between.len() <= 4
            && between
                .clone()
                .all(|k| self.in_list(ClaimList::ListWords, self.lower(k)));
        // "687 Palestinians had been killed, including 140 children": a part of the total
        // ("14 Americans were among the 1,000 killed": a count after "among (the)" is the
        // whole the earlier one is part of, of no side of the part's)
        let whole_after = d.first > 0
            && (self.lower(d.first - 1) == "among"
                || (d.first > 1
                    && self.lower(d.first - 1) == "the"
                    && self.lower(d.first - 2) == "among"));
        let part = !whole_after
            && (d.first.saturating_sub(2).max(e.phrase_end())..d.first)
                .any(|k| matches!(self.lower(k), "including" | "among" | "whom"));
        (listed || part).then(|| side.to_owned())
    }

    /// Rule 2: "the assault by Hamas on Israel that killed …", "an attack against Kharkiv":
    /// the party or place an attack is on, before the count in its sentence.
    fn target_party(&self, d: &Draft, s: &Sentence) -> Option<String> {
        // ("were killed in a Hamas assault on an Israeli kibbutz": after the count too, in
        // the count's clause)
        let (_, clause_end) = self.clause_around(d.first, d.phrase_end(), s);
        let after = d.phrase_end()..clause_end.min(s.end);
        // ("a strike on Hezbollah after the attacks by Hamas, which killed 1,400": the target
        // of an attack before the nearest one is another event's)
        let frame = self.lexicon.frame();
        let nearest_attack = (s.first..d.first).rev().find(|&k| {
            frame
                .event_at(&self.lowered, &self.tokens, k)
                .is_some_and(|(word, _)| word.kind() == EventKind::Attack)
        });
        // "when it raided Israel last weekend, killing hundreds": the object of the attack
        // verb
        if let Some(k) = nearest_attack {
            if let Some((crate::lexicon::EventWord::Verb(_), n)) =
                frame.event_at(&self.lowered, &self.tokens, k)
            {
                let at = k + n + usize::from(self.lower(k + n) == "the");
                if at < d.first {
                    if let Some((p, _)) = self.party_at(at) {
                        return Some(p);
                    }
                }
            }
        }
        let from = nearest_attack.unwrap_or(s.first);
        let target = (from..d.first).rev().chain(after).find_map(|k| {
            if !(matches!(self.lower(k), "on" | "against") && self.attack_ends_before(k)) {
                return None;
            }
            // ("blamed the strike on Israel": the one blamed, not the target)
            if (k.saturating_sub(5).max(s.first)..k)
                .any(|j| self.in_list(ClaimList::BlameVerbs, self.lower(j)))
            {
                return None;
            }
            let at = k + 1 + usize::from(matches!(self.lower(k + 1), "the" | "a" | "an"));
            self.party_at(at)
                .map(|(p, _)| p)
                .or_else(|| self.party_of_place_at(at))
        });
        if target.is_some() {
            return target;
        }
        // "a blast at a hospital in Gaza that killed hundreds", "the rampage across southern
        // Israel, which killed": where the attack struck
        if let Some(k) = nearest_attack {
            // ("strike back at Russia, which killed 25": "at" after an attack names a target
            // that may be the agent of the next clause)
            // ("bombs at Hamas in Gaza since the group killed 1,300 people in Israel": a
            // subordinate clause of the count starts its own event)
            let clause_from = (k + 1..d.first)
                .rev()
                .find(|&j| {
                    is(
                        &[";", "since", "after", "before", "when", "while", "because"],
                        self.lower(j),
                    )
                })
                .unwrap_or(k);
            let struck = (clause_from + 1..d.first)
                .filter(|&j| {
                    self.in_list(ClaimList::Locatives, self.lower(j)) && self.lower(j) != "at"
                })
                .find_map(|j| self.party_of_place_after(j, d.first));
            return struck;
        }
        None
    }

    /// Whether an attack word ends at token `k`, or a "by X" phrase after one does ("the
    /// assault by Hamas on Israel").
    fn attack_ends_before(&self, k: usize) -> bool {
        let frame = self.lexicon.frame();
        (k.saturating_sub(6)..k).any(|start| {
            frame
                .event_at(&self.lowered, &self.tokens, start)
                .is_some_and(|(word, n)| {
                    word.kind() == EventKind::Attack
                        && (start + n == k
                            || (self.lower(start + n) == "by"
                                && (start + n + 1..k).all(|j| !is(&[",", ";"], self.lower(j)))))
                })
        })
    }

    /// The party of a gazetteer place right after a locative at `from`: "killed 12 in
    /// Kharkiv", "300 people in Khartoum".
    fn party_of_place_after(&self, from: usize, end: usize) -> Option<String> {
        (from + 1 < end && self.in_list(ClaimList::Locatives, self.lower(from)))
            .then(|| self.party_of_place_at(from + 1))
            .flatten()
    }

    /// The country of a gazetteer place, or a country's own name, at token `at` (after an
    /// optional "the").
    fn party_of_place_at(&self, at: usize) -> Option<String> {
        let mut at = at + usize::from(matches!(self.lower(at), "the" | "a" | "an"));
        // "southern Israel", "northern Gaza"
        if self.in_list(ClaimList::Directions, self.lower(at)) && self.is_capitalised(at + 1) {
            at += 1;
        }
        if let Some((place, _)) = self.lexicon.frame().place_at(self.text, &self.tokens, at) {
            return (!place.country.is_empty()).then(|| place.country.clone());
        }
        match self.lexicon.frame().actor_at(self.text, &self.tokens, at) {
            Some((actor, ActorTerm::Name, _)) if actor.kind == "country" => {
                Some(actor.name.clone())
            }
            // "through southern Israeli communities", "in Palestinian villages": a country's
            // demonym before a noun of places
            Some((actor, ActorTerm::Adjective, n))
                if actor.kind == "country"
                    && self.in_list(ClaimList::PlaceNouns, self.lower(at + n)) =>
            {
                Some(actor.name.clone())
            }
            _ => None,
        }
    }

    /// "Kibbutz Be'eri, where more than 100 civilians were killed", "the Gaza hospital where
    /// hundreds were killed": the country of the place a relative "where" right before the
    /// count stands for. Without a comma the place may modify one or two nouns before
    /// "where"; after a comma it is the name right before it, or before an apposition in
    /// commas ("Be'eri, one of the worst-hit villages, where").
    fn party_of_place_before_where(&self, first: usize, sentence_first: usize) -> Option<String> {
        if first < sentence_first + 2 || self.lower(first - 1) != "where" {
            return None;
        }
        let where_at = first - 1;
        if self.word(where_at - 1) == "," {
            let comma = where_at - 1;
            return self
                .country_of_place_ending_at(comma, sentence_first)
                .or_else(|| {
                    let opening = (comma.saturating_sub(8).max(sentence_first + 1)..comma)
                        .rev()
                        .find(|&k| self.word(k) == ",")?;
                    self.country_of_place_ending_at(opening, sentence_first)
                });
        }
        // ("near the Gaza border where": a border is beside the place, not in it)
        let mut end = where_at;
        for nouns in 0..=2 {
            if nouns > 0 {
                let noun = end > sentence_first
                    && self.is_lowercase_word(end - 1)
                    && !is(&["border", "borders", "frontier"], self.lower(end - 1));
                if !noun {
                    break;
                }
                end -= 1;
            }
            if let Some(country) = self.country_of_place_ending_at(end, sentence_first) {
                return Some(country);
            }
        }
        None
    }

    /// The country of a gazetteer place that ends right before token `end`.
    fn country_of_place_ending_at(&self, end: usize, sentence_first: usize) -> Option<String> {
        let frame = self.lexicon.frame();
        (end.saturating_sub(MAX_PLACE_TOKENS).max(sentence_first)..end)
            .find_map(|k| {
                frame
                    .place_at(self.text, &self.tokens, k)
                    .filter(|(_, n)| k + n == end)
                    .map(|(place, _)| place.country.clone())
            })
            .filter(|c| !c.is_empty())
    }

    /// The country of a place of the gazetteer, by canonical name.
    fn place_country(&self, place: &str) -> Option<String> {
        self.lexicon
            .frame()
            .place_named(place)
            .filter(|p| !p.country.is_empty())
            .map(|p| p.country.clone())
    }

    /// Rule 4: who carried out the event of a draft: the agent after "by" ("killed by Hamas
    /// gunmen"), the speaker when a pronoun is the subject of a reported verb ("the army said
    /// it killed"), else the party named before the verb in the count's clause ("Russian
    /// strikes killed 14", "Hamas, which … killed").
    fn attacker(&self, d: &Draft, s: &Sentence, source_party: Option<&str>) -> Option<String> {
        let (verb, verb_end) = d.predicate?;
        let phrase_end = d.phrase_end();
        // "the killing of hundreds of civilians by Hamas": the agent after the counted phrase
        if verb < d.first && self.lower(phrase_end) == "by" {
            let at = phrase_end + 1 + usize::from(self.lower(phrase_end + 1) == "the");
            if let Some((p, _)) = self.party_at(at) {
                return Some(p);
            }
        }
        // passive: "were killed by Israeli airstrikes", "people killed by Hamas gunmen"
        if verb >= phrase_end {
            // ("were killed in the garden of a house by four Israeli soldiers": the agent may
            // follow a place, in the same clause)
            let clause_word = |k: &usize| {
                !is(
                    &[",", ";", ":", "and", "but", "while", "after"],
                    self.lower(*k),
                )
            };
            let by = (verb_end..s.end.min(verb_end + 12))
                .take_while(clause_word)
                .find(|&k| self.lower(k) == "by")?;
            return (by + 1..s.end.min(by + 5)).find_map(|j| self.party_at(j).map(|(p, _)| p));
        }
        // a toll noun ("put the toll at 1,900") names no agent before it ("killing" is a
        // noun too, but not after a comma: "attacked Israel, killing hundreds")
        let noun = verb > s.first
            && self.in_list(ClaimList::Determiners, self.lower(verb - 1))
            && self
                .lexicon
                .frame()
                .event_at(&self.lowered, &self.tokens, verb)
                .is_some_and(|(word, _)| matches!(word, crate::lexicon::EventWord::Noun(_)));
        if noun {
            return None;
        }
        let mut subject = verb;
        while subject > s.first && self.in_list(ClaimList::Auxiliaries, self.lower(subject - 1)) {
            subject -= 1;
        }
        // "the army said it killed 40": the speaker; "where they killed": a party named
        // before in the sentence
        // "the strike, which they blamed on Israel, killed 471", "blamed the strike on Israel
        // and said it killed 471": the one blamed
        if let Some(blamed) = self.party_blamed(s.first, verb) {
            return Some(blamed);
        }
        // ("They killed 1,400 people, Israeli officials say": a pronoun that opens the
        // sentence is no speaker reported on)
        let reported = subject >= s.first + 2
            && (self.lower(subject - 2) == "that"
                || self
                    .lexicon
                    .frame()
                    .attribution_at(&self.lowered, &self.tokens, subject - 2)
                    .is_some());
        if subject > s.first
            && reported
            && self.in_list(ClaimList::SpeakerSubjects, self.lower(subject - 1))
        {
            if let Some(party) = source_party {
                return Some(party.to_owned());
            }
        }
        // "crossed into southern Israel, killing", "attacked Israel, killing", "a bombardment
        // of Gaza that killed": a party after a preposition or an attack verb is a place or
        // a target, no agent
        let frame = self.lexicon.frame();
        let target = |k: usize| {
            (k.saturating_sub(2).max(s.first)..k).any(|j| {
                let w = self.lower(j);
                // ("the attack by Hamas on Israel that killed": "by" names the agent; "after
                // Hamas broke through": a subordinator; "hundreds of Palestinian gunmen
                // swept": a partitive of the subject)
                let partitive = w == "of"
                    && j > s.first
                    && (self.is_number_token(j - 1)
                        || self
                            .lower(j - 1)
                            .strip_suffix('s')
                            .is_some_and(|n| self.lexicon.numbers().cardinal(n).is_some()));
                self.in_list(ClaimList::Locatives, w)
                    || (self.in_list(ClaimList::Prepositions, w)
                        && !self.in_list(ClaimList::Conjunctions, w)
                        && w != "by"
                        && !partitive)
                    || frame
                        .event_at(&self.lowered, &self.tokens, j)
                        .is_some_and(|(word, _)| {
                            // ("overrunning two dozen Israeli villages": what is seized is a
                            // target too)
                            matches!(
                                word,
                                crate::lexicon::EventWord::Verb(
                                    EventKind::Attack | EventKind::Capture
                                )
                            )
                        })
            })
        };
        // "Hamas, which killed", "Hamas's incursion, which killed": the relative stands for
        // the party right before it
        if subject > s.first && is(&["which", "who", "that"], self.lower(subject - 1)) {
            let mut end = subject - 1;
            if end > s.first && self.word(end - 1) == "," {
                end -= 1;
            }
            let antecedent = (end.saturating_sub(5).max(s.first)..end)
                .rev()
                .find_map(|k| {
                    // ("a bombardment of Gaza that killed", "a blast at a hospital in Gaza
                    // that killed": the head is the attack or the place, its complement no
                    // agent; "strike back at Russia, which killed": the antecedent)
                    let complement = (k.saturating_sub(2).max(s.first)..k).any(|j| {
                        self.lower(j) == "of"
                            || (self.in_list(ClaimList::Locatives, self.lower(j))
                                && self.lower(j) != "at")
                            || frame
                                .event_at(&self.lowered, &self.tokens, j)
                                .is_some_and(|(word, _)| word.kind() == EventKind::Attack)
                    });
                    // ("a blast at a Gaza hospital that killed": a party that only modifies
                    // the head noun is no antecedent; "Hamas's incursion, which": an attack
                    // noun after it is its own)
                    self.party_at(k).filter(|&(_, n)| {
                        !complement
                            && (k + n..end).all(|j| {
                                matches!(self.word(j), "'" | "\u{2019}" | "s")
                                    || frame
                                        .event_at(&self.lowered, &self.tokens, j)
                                        .is_some_and(|(word, _)| word.kind() == EventKind::Attack)
                            })
                    })
                });
            if let Some((party, _)) = antecedent {
                return Some(party);
            }
        }
        // the nearest party before the verb that is not a target, a place or a speaker
        let mut k = verb;
        while k > s.first {
            k -= 1;
            // ("Biden arrived in Israel, hours after an explosion at a hospital in Gaza
            // killed hundreds": a subordinate clause has its own agent or none)
            if is(
                &[";", "said", "says", "after", "before", "when", "while"],
                self.lower(k),
            ) {
                break;
            }
            if let Some((party, _)) = self.party_at(k) {
                if target(k) {
                    continue;
                }
                return Some(party);
            }
        }
        None
    }

    /// The party blamed in tokens `[from, to)`: "blamed the strike on Israel", "blamed Israel
    /// for the blast".
    fn party_blamed(&self, from: usize, to: usize) -> Option<String> {
        (from..to).find_map(|j| {
            if !self.in_list(ClaimList::BlameVerbs, self.lower(j)) {
                return None;
            }
            if let Some((p, _)) = self.party_at(j + 1) {
                return Some(p);
            }
            let on = (j + 1..(j + 6).min(to)).find(|&k| self.lower(k) == "on")?;
            self.party_at(on + 1 + usize::from(self.lower(on + 1) == "the"))
                .map(|(p, _)| p)
        })
    }

    /// Hostages and prisoners belong to the party their holder fights: the owner of "its
    /// hostages", else the agent of "held by", else the source's party ("Hamas said 13
    /// hostages were killed in Israeli strikes": Israel's people).
    fn side_of_the_held(
        &self,
        d: &Draft,
        s: &Sentence,
        source_party: Option<&str>,
    ) -> Option<String> {
        if d.what.as_deref() != Some("prisoner") {
            return None;
        }
        let owner = d.phrase.possessive.and_then(|p| self.owner_of(p, s.first));
        let end = d.phrase_end();
        let held_by = (self.lower(end) == "held" && self.lower(end + 1) == "by")
            .then(|| self.party_at(end + 2 + usize::from(self.lower(end + 2) == "the")))
            .flatten()
            .map(|(p, _)| p);
        let frame = self.lexicon.frame();
        // (a state's voice on hostages speaks of its own people held by others)
        let source_group = source_party
            .filter(|p| frame.actor(p).is_some_and(|a| a.kind == "group"))
            .map(str::to_owned);
        let holder = owner.or(held_by).or(source_group)?;
        let holder = frame.actor(&holder)?;
        let fights = |a: &crate::lexicon::Actor| match a.opponents.as_slice() {
            [one] => Some(one.clone()),
            _ => None,
        };
        fights(holder).or_else(|| {
            holder
                .aligned
                .iter()
                .find_map(|ally| fights(frame.actor(ally)?))
        })
    }

    /// Whether parties `a` and `b` (or a group and the party it fights for) are each other's
    /// adversaries: a report from the place of one is no report from abroad for the other.
    fn at_war(&self, a: &str, b: &str) -> bool {
        let frame = self.lexicon.frame();
        let foes = |x: &str, y: &str| {
            frame.actor(x).is_some_and(|actor| {
                actor.opponents.iter().any(|o| self.aligned(o, y))
                    || actor
                        .aligned
                        .iter()
                        .filter_map(|ally| frame.actor(ally))
                        .any(|ally| ally.opponents.iter().any(|o| self.aligned(o, y)))
            })
        };
        foes(a, b) || foes(b, a)
    }

    /// Whether party `b` is `a` or fights alongside it.
    fn aligned(&self, a: &str, b: &str) -> bool {
        let frame = self.lexicon.frame();
        a == b
            || frame
                .actor(a)
                .is_some_and(|x| x.aligned.iter().any(|y| y == b))
            || frame
                .actor(b)
                .is_some_and(|x| x.aligned.iter().any(|y| y == a))
    }

    /// The party of the story that an attacker's victims belong to: the country or group the
    /// document names most often, after the attacker and its allies.
    fn other_party(&self, attacker: &str) -> Option<String> {
        // the attacker's (or its ally's) known adversary, when the document names it: the
        // parties most named may be bystanders ("Egypt border", "U.S. officials")
        let frame = self.lexicon.frame();
        let adversaries: Vec<&String> = frame.actor(attacker).map_or(Vec::new(), |a| {
            a.opponents
                .iter()
                .chain(
                    a.aligned
                        .iter()
                        .filter_map(|ally| frame.actor(ally))
                        .flat_map(|ally| ally.opponents.iter()),
                )
                .collect()
        });
        if let Some((p, _)) = self
            .parties()
            .iter()
            .find(|(p, _)| adversaries.iter().any(|a| self.aligned(a, p)))
        {
            // a group fighting for the adversary stands for its people ("Hamas" → Palestine)
            let p = frame
                .actor(p)
                .filter(|a| a.kind == "group")
                .and_then(|a| a.aligned.first().cloned())
                .filter(|ally| adversaries.contains(&ally))
                .unwrap_or_else(|| p.clone());
            return Some(p);
        }
        self.parties()
            .iter()
            .find(|(p, _)| !self.aligned(attacker, p))
            .map(|(p, _)| p.clone())
            .or_else(|| {
                // a report that names no other party: the attacker's adversary in the
                // conflict it is known for (the lexicon's `opponents`), when it has one
                let frame = self.lexicon.frame();
                let actor = frame.actor(attacker)?;
                let opponent = match actor.opponents.as_slice() {
                    [one] => Some(one.clone()),
                    _ => None,
                };
                opponent.or_else(|| {
                    // a group fights for its aligned party: that party's one adversary
                    let ally = frame.actor(actor.aligned.first()?)?;
                    match ally.opponents.as_slice() {
                        [one] => Some(one.clone()),
                        _ => None,
                    }
                })
            })
    }

    /// The countries and groups the document names, most often first (ties by first
    /// mention), counted once.
    fn parties(&self) -> &[(String, usize)] {
        self.parties.get_or_init(|| {
            let frame = self.lexicon.frame();
            let mut counts: Vec<(String, usize)> = Vec::new();
            let mut k = 0;
            while k < self.tokens.len() {
                if !self.is_capitalised(k) {
                    k += 1;
                    continue;
                }
                match frame.actor_at(self.text, &self.tokens, k) {
                    Some((actor, _, n)) => {
                        if matches!(actor.kind.as_str(), "country" | "group") {
                            match counts.iter_mut().find(|(p, _)| *p == actor.name) {
                                Some(e) => e.1 += 1,
                                None => counts.push((actor.name.clone(), 1)),
                            }
                        }
                        k += n;
                    }
                    None => k += 1,
                }
            }
            // most named first; in a tie a country before a group (the victims of attacks
            // are far more often a country's people), then the order of first mention
            let country = |name: &str| frame.actor(name).is_some_and(|a| a.kind == "country");
            counts.sort_by(|a, b| b.1.cmp(&a.1).then(country(&b.0).cmp(&country(&a.0))));
            counts
        })
    }
}
