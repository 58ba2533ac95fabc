//! The speaker's phrase of an attribution: the noun phrase before or after a reporting verb
//! (over auxiliaries and appositives), a person's name inside it without titles and roles,
//! and a person of an organisation ("Sutopo Purwo Nugroho of the disaster agency").
//!
//! It knows token shapes and the lexicon's sources, institutions, actors and places; it must
//! not know the document's history of sources beyond a surname named before, nor how a
//! phrase is canonicalised (that is [`super::canonical`]).

use super::{ResolvedSource, SourceHistory, HISTORY_REACH};
use crate::claim::words::{self, is};
use crate::claim::Doc;
use crate::lexicon::ClaimList;
use crate::text::token::TokenKind;

/// How many tokens an appositive between commas may span ("the observatory, a war monitor,
/// said").
const APPOSITIVE_REACH: usize = 14;
/// How many tokens a source phrase may span.
const SOURCE_REACH: usize = 10;

/// How many tokens a chain of appositives may span between a sentence's opening name and
/// its reporting verb ("John Ging, director of operations in Gaza for UNRWA, the United
/// Nations Relief and Works Agency, said").
const APPOSITIVE_CHAIN_REACH: usize = 40;

/// Titles before a person's name ("Governor Abraham Atururi", "Mr Lang").
pub(super) const TITLES: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "dr",
    "doctor",
    "prof",
    "professor",
    "president",
    "governor",
    "mayor",
    "minister",
    "gen",
    "general",
    "col",
    "colonel",
    "capt",
    "captain",
    "lt",
    "lieutenant",
    "maj",
    "major",
    "sgt",
    "sergeant",
    "sheikh",
    "sir",
    "lord",
    "dame",
    "rev",
    "father",
    "imam",
    "rabbi",
    "chief",
    "commander",
    "inspector",
    "superintendent",
    "senator",
    "sen",
    "rep",
    "judge",
    "justice",
    "ambassador",
    "secretary",
    "premier",
    "prince",
    "king",
    "queen",
    "local",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "police",
    "officer",
    "official",
    "insp",
    "supt",
    "det",
    "detective",
    "sheriff",
    "deputy",
    "constable",
    "cmdr",
    "adm",
    "admiral",
    "brig",
    "brigadier",
    "cpl",
    "corporal",
    "chairman",
    "chairwoman",
    "chair",
    "ceo",
    "vice",
];

/// Words of organisations' names, never of a person's.
pub(super) const ORGANISATION_WORDS: &[&str] = &[
    "survey",
    "agency",
    "police",
    "ministry",
    "department",
    "council",
    "center",
    "centre",
    "office",
    "organization",
    "organisation",
    "committee",
    "institute",
    "university",
    "hospital",
    "service",
    "services",
    "force",
    "forces",
    "army",
    "bureau",
    "authority",
    "authorities",
    "association",
    "union",
    "party",
    "group",
    "news",
    "times",
    "post",
    "press",
    "company",
    "corporation",
    "inc",
    "ltd",
    "bank",
    "commission",
    "foundation",
    "network",
    "television",
    "radio",
    "agency's",
    "brigades",
    "movement",
    "front",
    "coalition",
    "society",
    "red",
    "crescent",
    "cross",
    "nations",
    "court",
    "program",
    "programme",
    "fund",
    "watch",
    "international",
    "observatory",
    "channel",
    "daily",
    "journal",
    "herald",
    "tribune",
    "magazine",
    "house",
    "ministry's",
    "government",
    "administration",
    "secretariat",
];

/// Quotation marks as tokens: straight, curly and typewriter (`''`).
const QUOTE_MARKS: &[&str] = &["\"", "\u{201c}", "\u{201d}", "''", "``"];

/// Prepositions of place that end a speaker's phrase ("a doctor in Gaza said").
const LOCATIVE_PREPOSITIONS: &[&str] = &["in", "at", "near", "from"];

impl Doc<'_> {
    /// The subject phrase that ends right before a reporting verb at `verb`, over auxiliaries
    /// and an appositive between commas.
    pub(super) fn phrase_before(
        &self,
        verb: usize,
        sentence_first: usize,
    ) -> Option<(usize, usize)> {
        let mut end = verb;
        while end > sentence_first
            && matches!(
                self.lower(end - 1),
                "has"
                    | "have"
                    | "had"
                    | "also"
                    | "later"
                    | "initially"
                    | "first"
                    | "earlier"
                    | "then"
                    | "previously"
                    | "separately"
                    | "further"
                    | "again"
                    | "repeatedly"
                    | "would"
                    | "will"
                    | "could"
                    | "may"
                    | "might"
                    | "did"
                    | "does"
            )
        {
            end -= 1;
        }
        // "The company today reported", "Hastings this morning announced", "police on
        // Monday said": a time between the subject and its verb is no part of the subject
        end = self.before_time_adverbial(end, sentence_first);
        if end > sentence_first && self.word(end - 1) == "," {
            // "the observatory, a war monitor, said": the phrase before the appositive; but
            // "…, Henri Sembiring a local health official, said": a name right after the
            // first comma is the speaker itself
            let comma = end - 1;
            if let Some(name) = self.name_before_appositives(comma, sentence_first) {
                return Some(name);
            }
            // '"…," Ema Suryani, a doctor at a clinic in Lampahan, Bener Meriah district,
            // told AFP': after a quotation, the name that follows it opens the clause
            let after_quote = (sentence_first..comma)
                .rev()
                .find(|&j| is(QUOTE_MARKS, self.word(j)))
                .map(|j| j + 1);
            if let Some(name) =
                after_quote.and_then(|first| self.name_before_appositives(comma, first))
            {
                return Some(name);
            }
            let from = comma.saturating_sub(APPOSITIVE_REACH).max(sentence_first);
            let open = (from..comma).rev().find(|&j| self.word(j) == ",")?;
            // (a name may have lowercase particles: "Mehdi iran-Nejad", "Ahmed al-Sharaa")
            let particled = self.is_capitalised(comma - 1)
                && (open + 2..comma).all(|j| {
                    self.is_capitalised(j)
                        || self.joins(j)
                        || self.is_initial_stop(j)
                        || self.in_list(ClaimList::NameParticles, self.lower(j))
                        || (self.word(j + 1) == "-" && !self.tokens[j + 1].space_before)
                });
            let named = open + 2 < comma
                && self.is_capitalised(open + 1)
                && (self.is_capitalised(open + 2) || particled)
                && !matches!(self.lower(open + 1), "the" | "a" | "an");
            if named {
                return Some((open + 1, comma));
            }
            end = open;
        }
        let mut start = end;
        while start > sentence_first && end - start < SOURCE_REACH {
            let j = start - 1;
            if is(words::VERB_PHRASE_WORDS, self.lower(j)) {
                return None;
            }
            let inner_of = matches!(self.lower(j), "of" | "for" | "on" | "in" | "and" | "&")
                && j > sentence_first
                && self.is_capitalised(j - 1)
                && self.is_capitalised(j + 1);
            // a capitalised word inside a sentence is a name's, not a verb ("the United
            // States Geological Survey said")
            let inner_name = j > sentence_first && self.is_capitalised(j);
            let word_ok = self.tokens[j].kind == crate::text::token::TokenKind::Word
                && !is(words::CONJUNCTIONS, self.lower(j))
                && !is(words::PREPOSITIONS, self.lower(j))
                && (inner_name
                    || (self
                        .lexicon
                        .frame()
                        .event_at(&self.lowered, &self.tokens, j)
                        .is_none()
                        && (self
                            .lexicon
                            .frame()
                            .attribution_at(&self.lowered, &self.tokens, j)
                            .is_none()
                            || self.is_reporting_noun(j, 1, sentence_first))));
            if inner_of || word_ok || self.joins(j) || self.is_initial_stop(j) {
                start = j;
                // (an article, not the initial "A." of "J.A.M. Inc")
                if matches!(self.lower(j), "the" | "a" | "an")
                    && self.tokens.get(j + 1).is_some_and(|t| t.space_before)
                {
                    break;
                }
                continue;
            }
            break;
        }
        // "Later Heidar Aliyani said": an adverb opening the sentence is no part of its subject
        if start == sentence_first && start + 1 < end && self.is_sentence_adverb(start) {
            start += 1;
        }
        // "the Bureau of Alcohol, Tobacco, Firearms and Explosives said": a named source
        // keeps the commas of its name
        if start < end {
            let from = start.saturating_sub(SOURCE_REACH).max(sentence_first);
            let frame = self.lexicon.frame();
            if let Some(k) = (from..start).find(|&k| {
                frame
                    .source_at(&self.lowered, &self.tokens, k)
                    .is_some_and(|(_, n)| k + n == end)
            }) {
                start = if k > sentence_first && self.lower(k - 1) == "the" {
                    k - 1
                } else {
                    k
                };
            }
        }
        // "Sutopo Purwo Nugroho of the disaster agency said": a name before "of the"
        // organisation is the speaker
        if start < end
            && start > sentence_first + 1
            && matches!(self.lower(start - 1), "of" | "for" | "at" | "with" | "from")
            && self.lower(start) == "the"
            && self.is_capitalised(start - 2)
        {
            let mut name = start - 1;
            while name > sentence_first
                && end - name < SOURCE_REACH + 4
                && (self.is_capitalised(name - 1) || self.joins(name - 1))
            {
                name -= 1;
            }
            if name < start - 1 {
                return Some((name, end));
            }
        }
        // "a hospital director in Khartoum said": the phrase ends in a place after a
        // preposition; the speaker is the noun phrase before it
        if start < end
            && start > sentence_first + 1
            && is(LOCATIVE_PREPOSITIONS, self.lower(start - 1))
            && self.is_lowercase_word(start - 2)
        {
            if let Some(head) = self.phrase_before(start - 1, sentence_first) {
                return Some(head);
            }
        }
        // "officials and state media said", "The official IRNA news agency and the USGS
        // said": of speakers joined at the opening of their clause, the first leads
        if start < end && start > sentence_first + 1 && self.lower(start - 1) == "and" {
            if let Some((a, b)) = self.phrase_before(start - 1, sentence_first) {
                let opens = a == sentence_first
                    || matches!(self.word(a - 1), "," | ";" | ":")
                    || is(QUOTE_MARKS, self.word(a - 1))
                    || self.lower(a - 1) == "that";
                if opens && b == start - 1 && self.names_a_speaker(a, b) {
                    return Some((a, b));
                }
            }
        }
        (start < end).then_some((start, end))
    }

    /// Whether token `j` is the stop of a capital's initial ("J." of "Robert J. Pickell";
    /// not "a. m.").
    pub(super) fn is_initial_stop(&self, j: usize) -> bool {
        j > 0
            && self.word(j) == "."
            && !self.tokens[j].space_before
            && self.word(j - 1).chars().count() == 1
            && self.is_capitalised(j - 1)
    }

    /// Where a subject ends that a time adverbial ending at `end` follows: "today",
    /// "Monday", "on Monday", "this morning", "late on Friday", "Monday night".
    fn before_time_adverbial(&self, end: usize, sentence_first: usize) -> usize {
        let calendar = self.lexicon.calendar();
        let mut at = end;
        while at > sentence_first + 1 {
            let w = self.lower(at - 1);
            let day = calendar.near_day(w).is_some()
                || (calendar.weekday(w).is_some() && self.is_capitalised(at - 1));
            if day {
                at -= 1;
            } else if calendar.is_part_of_day(w)
                && (calendar.near_day(self.lower(at - 2)).is_some()
                    || calendar.weekday(self.lower(at - 2)).is_some()
                    || matches!(self.lower(at - 2), "this" | "last" | "late" | "early"))
            {
                at -= 2;
            } else if matches!(w, "on" | "late" | "early" | "last") && at < end {
                at -= 1;
            } else {
                break;
            }
        }
        // only a time after a subject: "Monday said" opens no phrase
        if at > sentence_first && at < end && self.tokens[at - 1].kind == TokenKind::Word {
            at
        } else {
            end
        }
    }

    /// Whether the phrase `[a, b)` has a word that can name a speaker: a named source, an
    /// institution, a speaker's head ("officials", "witnesses") or a capitalised word past
    /// the sentence's first.
    fn names_a_speaker(&self, a: usize, b: usize) -> bool {
        let frame = self.lexicon.frame();
        (a..b).any(|k| {
            is(words::SPEAKER_HEADS, self.lower(k))
                || (k > a && self.is_capitalised(k))
                || frame.source_at(&self.lowered, &self.tokens, k).is_some()
                || frame
                    .institution_at(&self.lowered, &self.tokens, k)
                    .is_some()
        })
    }

    /// A name that opens the sentence and is the subject of a reporting verb after a chain
    /// of appositives ending in the comma at `comma`: "John Ging, director of operations in
    /// Gaza for UNRWA, the United Nations agency, said". The name is all capitalised words
    /// (with "of", "for", "the", "and" inside an organisation's name) up to the first comma.
    pub(super) fn name_before_appositives(
        &self,
        comma: usize,
        sentence_first: usize,
    ) -> Option<(usize, usize)> {
        let sentence_first = if self.is_sentence_adverb(sentence_first) {
            sentence_first + 1
        } else {
            sentence_first
        };
        let first_comma = (sentence_first..comma).find(|&j| self.word(j) == ",")?;
        if comma - first_comma > APPOSITIVE_CHAIN_REACH
            || first_comma - sentence_first > SOURCE_REACH
            || first_comma - sentence_first < 2
        {
            return None;
        }
        let capitalised = (sentence_first..first_comma)
            .filter(|&j| self.is_capitalised(j))
            .count();
        let named = self.is_capitalised(sentence_first)
            && capitalised >= 2
            && (sentence_first..first_comma).all(|j| {
                self.is_capitalised(j)
                    || self.joins(j)
                    || (j > sentence_first && matches!(self.lower(j), "of" | "for" | "the" | "and"))
            })
            // "In Gaza City, …", "On Tuesday, …": a sentence adverbial, not a speaker
            && !is(words::PREPOSITIONS, self.lower(sentence_first))
            && !is(words::CONJUNCTIONS, self.lower(sentence_first));
        // the appositives between name no other speaker and report nothing
        let frame = self.lexicon.frame();
        let plain = (first_comma..comma).all(|j| {
            frame
                .attribution_at(&self.lowered, &self.tokens, j)
                .is_none()
                && self.word(j) != ";"
        });
        (named && plain).then_some((sentence_first, first_comma))
    }

    /// Whether token `k` is an adverb that may open a sentence before its subject
    /// ("Later Ulrich Brandt said", "Separately, …").
    pub(super) fn is_sentence_adverb(&self, k: usize) -> bool {
        let w = self.lower(k);
        // ("-ly" is no test: "Emily", "Kelly")
        is(words::AUXILIARIES, w)
            || matches!(
                w,
                "later"
                    | "earlier"
                    | "meanwhile"
                    | "however"
                    | "yesterday"
                    | "today"
                    | "separately"
                    | "previously"
                    | "finally"
            )
    }

    /// The source phrase that starts at `from`: "the ministry", "David Swanson, spokesman
    /// for …" (up to the comma), "Turkey's defense ministry and monitoring groups" (up to
    /// "and").
    pub(super) fn phrase_after(&self, from: usize, sentence_end: usize) -> Option<(usize, usize)> {
        let mut end = from;
        while end < sentence_end && end - from < SOURCE_REACH {
            let w = self.lower(end);
            let inner_of = matches!(w, "of" | "for" | "on" | "in")
                && end > from
                && (self.is_capitalised(end + 1) || self.lower(end + 1) == "the")
                && self.is_capitalised(end - 1);
            let ok = (self.tokens[end].kind == crate::text::token::TokenKind::Word
                && !is(words::CONJUNCTIONS, w)
                && (inner_of || !is(words::PREPOSITIONS, w))
                && !is(words::AUXILIARIES, w)
                && self
                    .lexicon
                    .frame()
                    .attribution_at(&self.lowered, &self.tokens, end)
                    .is_none()
                && !(end > from
                    && self
                        .lexicon
                        .frame()
                        .event_at(&self.lowered, &self.tokens, end)
                        .is_some()))
                || self.joins(end)
                || inner_of
                || (w == "the" && end > from && self.word(end - 1).eq_ignore_ascii_case("of"))
                // the stop of an initial: "said E.F. Hutton analyst Bernard Sosnick"
                || (w == "."
                    && end > from
                    && end + 1 < sentence_end
                    && self.word(end - 1).chars().count() == 1
                    && self.is_capitalised(end - 1));
            if !ok {
                break;
            }
            end += 1;
        }
        (end > from).then_some((from, end))
    }

    /// The end of the subject that opens the phrase `[a, b)`, before the main verb a
    /// phrase after a comma may run on into: "Mr Ging struggled" → "Mr Ging", "he put" →
    /// "he" (a lowercase word right after a name or a pronoun that is no speaker's noun).
    pub(super) fn subject_end(&self, a: usize, b: usize) -> usize {
        let frame = self.lexicon.frame();
        (a + 1..b)
            .find(|&j| {
                let after_name = self.is_capitalised(j - 1)
                    || is(words::PERSON_PRONOUNS, self.lower(j - 1))
                    || is(words::GROUP_PRONOUNS, self.lower(j - 1));
                self.is_lowercase_word(j)
                    && after_name
                    && !is(words::PERSON_HEADS, self.lower(j))
                    && !is(words::SPEAKER_HEADS, self.lower(j))
                    && !matches!(self.lower(j), "of" | "for")
                    && frame
                        .institution_at(&self.lowered, &self.tokens, j)
                        .is_none()
                    && frame.source_at(&self.lowered, &self.tokens, j).is_none()
            })
            .unwrap_or(b)
    }

    /// Whether token `b`, right after a phrase that follows a reporting verb, ends that phrase
    /// as the verb's subject ("said Fauzi.", "said the official who…", "said police on
    /// Monday"), not as the subject of a reported clause ("said the army had killed").
    pub(super) fn ends_inverted_subject(&self, b: usize, sentence_end: usize) -> bool {
        b >= sentence_end
            || self.tokens[b].kind != crate::text::token::TokenKind::Word
            || is(words::PREPOSITIONS, self.lower(b))
            || matches!(
                self.lower(b),
                "who"
                    | "whose"
                    | "which"
                    | "late"
                    | "earlier"
                    | "later"
                    | "yesterday"
                    | "today"
                    | "monday"
                    | "tuesday"
                    | "wednesday"
                    | "thursday"
                    | "friday"
                    | "saturday"
                    | "sunday"
            )
    }

    /// A person's name that opens a source phrase `[a, b)` before "of", "from", "for",
    /// "at" or "with" and the organisation the person speaks for: the person, with the
    /// organisation's party.
    pub(super) fn person_of_organisation(&self, a: usize, b: usize) -> Option<ResolvedSource> {
        let frame = self.lexicon.frame();
        let mut k = a;
        while k < b && is(TITLES, self.lower(k)) {
            k += 1;
        }
        let start = k;
        while k < b
            && (self.is_capitalised(k) || (k > start && self.joins(k)))
            && !is(ORGANISATION_WORDS, self.lower(k))
            && frame.source_at(&self.lowered, &self.tokens, k).is_none()
            && frame
                .institution_at(&self.lowered, &self.tokens, k)
                .is_none()
            && frame.actor_at(self.text, &self.tokens, k).is_none()
            && frame.place_at(self.text, &self.tokens, k).is_none()
        {
            k += 1;
        }
        let words = (start..k)
            .filter(|&j| self.tokens[j].kind == crate::text::token::TokenKind::Word)
            .count();
        if words < 2
            || k + 1 >= b
            || !matches!(self.lower(k), "of" | "from" | "for" | "at" | "with")
        {
            return None;
        }
        let party = self.party_named_in(k + 1, b);
        Some(ResolvedSource {
            canonical: self.text[self.tokens[start].start..self.tokens[k - 1].end].to_owned(),
            party,
            person: true,
            kind: "person".into(),
            party_from_place: false,
        })
    }

    /// A phrase `[a, b)` of a role or title and then a full name of two words or more: the
    /// person, with the party the role names (a named source's, or an actor's).
    pub(super) fn person_after_role(
        &self,
        a: usize,
        b: usize,
        history: &SourceHistory,
    ) -> Option<ResolvedSource> {
        let name = self.personal_name(a, b, history)?;
        let written_end = &self.text[..self.tokens[b - 1].end];
        if !name.contains(' ') || !written_end.ends_with(name.as_str()) {
            return None;
        }
        let name_start = self.tokens[b - 1].end - name.len();
        let role_end = (a..b).find(|&k| self.tokens[k].start >= name_start)?;
        if role_end == a {
            return None;
        }
        let party = self.party_named_in(a, role_end);
        Some(ResolvedSource {
            canonical: name,
            party,
            person: true,
            kind: "person".into(),
            party_from_place: false,
        })
    }

    /// The name of a person in a source phrase `[a, b)`, without titles and roles: the last
    /// run of capitalised words that is no party, place or institution ("Sutopo Purwo
    /// Nugroho" of "disaster agency spokesman Sutopo Purwo Nugroho", "Lang" of "Mr Lang"). A
    /// single word counts only after a title ("Mr Lang", "Governor Atururi").
    pub(super) fn personal_name(
        &self,
        a: usize,
        b: usize,
        history: &SourceHistory,
    ) -> Option<String> {
        let frame = self.lexicon.frame();
        let name_word = |k: usize| {
            self.is_capitalised(k)
                && !is(TITLES, self.lower(k))
                && frame.place_at(self.text, &self.tokens, k).is_none()
                && frame.actor_at(self.text, &self.tokens, k).is_none()
        };
        // the runs of name words, joined over hyphens and apostrophes ("al-Qudra")
        let mut best: Option<(usize, usize)> = None;
        let mut k = a;
        while k < b {
            // (a name starts no abbreviation's inner letter: the "S" of "U.S.")
            let inner_letter = k > a && self.word(k - 1) == "." && !self.tokens[k].space_before;
            if !name_word(k) || inner_letter {
                k += 1;
                continue;
            }
            let start = k;
            // ("Robert J. Pickell": over an initial's stop)
            while k < b
                && (name_word(k)
                    || (k > start && self.joins(k))
                    || (k > start && self.is_initial_stop(k) && k + 1 < b && name_word(k + 1)))
            {
                k += 1;
            }
            // ("Harris Associates L.P.": with the last initial's stop)
            if k < b && k > start && self.is_initial_stop(k) {
                k += 1;
            }
            // "of the National Disaster Mitigation Agency", "U.S. Geological Survey": an
            // organisation, not a name
            let organisation = (start > a && matches!(self.lower(start - 1), "of" | "the" | "for"))
                || (start..k).any(|j| is(ORGANISATION_WORDS, self.lower(j)));
            if !organisation {
                best = Some((start, k));
            }
        }
        let (start, end) = best?;
        let words = (start..end)
            .filter(|&k| self.tokens[k].kind == crate::text::token::TokenKind::Word)
            .count();
        // ("Lt. Hastings": the title's stop stands between)
        let title_at = if start > a + 1 && self.word(start - 1) == "." {
            start - 2
        } else {
            start.saturating_sub(1)
        };
        let titled = start > a && is(TITLES, self.lower(title_at));
        let roled = start > a && is(words::PERSON_HEADS, self.lower(start - 1));
        // a one-word name that is the whole phrase and no organisation ("Fauzi said")
        let alone = words == 1
            && start == a
            && end == b
            && !is(words::SPEAKER_HEADS, self.lower(start))
            && frame
                .source_at(&self.lowered, &self.tokens, start)
                .is_none()
            && frame
                .institution_at(&self.lowered, &self.tokens, start)
                .is_none();
        // a surname named before in the document ("Hastings this morning")
        let known =
            words == 1
                && history.seen.iter().rev().take(HISTORY_REACH).any(|(_, s)| {
                    s.person && s.canonical.rsplit(' ').next() == Some(self.word(start))
                });
        // a sentence's first word is capitalised whatever it is ("Local official X")
        if words >= 2 || titled || roled || known || alone {
            let text = &self.text[self.tokens[start].start..self.tokens[end - 1].end];
            return Some(text.to_owned());
        }
        None
    }
}
