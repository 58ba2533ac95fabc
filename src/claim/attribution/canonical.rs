//! One name for one voice: a source phrase resolves to a canonical name, in this order: a
//! named source of `sources.toml` ("SOHR", "the Britain-based observatory"); an institution
//! of `institutions.toml` with its party ("Turkey's defense ministry" → "Turkish Ministry of
//! Defense") or its place ("the region's health bureau" → "Tigray health bureau"); a
//! reference back to an earlier source by its head word or a pronoun; an actor ("Turkey",
//! "Ankara", "Erdogan"); a person's name; else the phrase itself. Then, over a whole
//! document, a surname alone takes the one full name the document gives it.
//!
//! It must not know how a phrase was found in the sentence (that is [`super::speaker`]).

use super::speaker::{ORGANISATION_WORDS, TITLES};
use super::{Attribution, ResolvedSource, SourceHistory, HISTORY_REACH};
use crate::claim::words::{self, is, GROUP_PRONOUNS, PERSON_PRONOUNS, SPEAKER_HEADS};
use crate::claim::Doc;
use crate::lexicon::{ActorTerm, ClaimList};

/// How far back, in tokens, "the group" looks for an armed group named before.
const GROUP_REACH: usize = 40;

/// Heads of a definite reference back, with the kinds of source they can refer to.
const KIND_HEADS: &[(&str, &[&str])] = &[
    ("monitor", &["monitor", "ngo"]),
    ("observatory", &["monitor"]),
    ("watchdog", &["monitor", "ngo"]),
    ("agency", &["agency", "state_media", "un"]),
    ("group", &["group", "monitor", "ngo"]),
    ("militia", &["group"]),
    ("movement", &["group"]),
    ("organization", &["ngo", "un", "group"]),
    ("organisation", &["ngo", "un", "group"]),
    ("charity", &["ngo"]),
    ("broadcaster", &["media", "state_media"]),
    ("newspaper", &["media"]),
    ("daily", &["media"]),
    ("channel", &["media", "state_media"]),
    ("military", &["military"]),
    ("army", &["military"]),
];

/// How many tokens a role before a person's name may span ("Head of the agency").
const ROLE_REACH: usize = 6;

/// Words that leave an institution as unqualified as it is bare ("senior officials", "the
/// federal authorities"): the country's of the place the report is about.
const UNQUALIFYING: &[&str] = &["senior", "top", "federal", "national", "central", "other"];

/// Prepositions after an institution that say whose it is ("officials in the coalition",
/// "sources close to the board"): it is not unqualified.
const QUALIFYING_PREPOSITIONS: &[&str] = &["in", "of", "at", "from", "for", "with", "close"];

/// Nouns that refer to the place a report is about ("the region's health bureau").
const PLACE_REFERENCES: &[&str] = &[
    "region",
    "territory",
    "enclave",
    "country",
    "province",
    "state",
    "city",
    "island",
    "strip",
    "district",
    "county",
    "town",
    "area",
    "local",
];

impl Doc<'_> {
    /// Resolve a source phrase `[a, b)`; None when it names no speaker.
    pub(super) fn resolve_source(
        &self,
        a: usize,
        b: usize,
        history: &SourceHistory,
    ) -> Option<ResolvedSource> {
        let frame = self.lexicon.frame();
        // pronouns refer back
        if b - a == 1 {
            let w = self.lower(a);
            if is(PERSON_PRONOUNS, w) {
                return history.last_where(|s| s.person);
            }
            // ("it" is no plural speaker's: "traders said … it said" is the body's before)
            if w == "it" {
                return history.last_where(|s| {
                    let plural = s.kind == "other" && s.canonical.ends_with('s');
                    !s.person && !plural
                });
            }
            if is(GROUP_PRONOUNS, w) {
                return history.last_where(|s| !s.person);
            }
        }
        // "Christopher Gunness from the UN agency", "Sutopo Purwo Nugroho of the disaster
        // agency": a person of an organisation speaks as the person, for its party
        if let Some(person) = self.person_of_organisation(a, b) {
            return Some(person);
        }
        // "Local official Miabek Lang", "disaster agency spokesman Sutopo Purwo Nugroho": a
        // phrase that ends in a person's full name is that person, for the party of the rest
        if let Some(person) = self.person_after_role(a, b, history) {
            return Some(person);
        }
        // "hospital officials", "a company spokesman", "the Defence Ministry statement": who
        // speaks for a body named right before is the body's voice
        if let Some(body) = self.body_voiced(a, b, history) {
            return Some(body);
        }
        // a named source anywhere in the phrase
        for k in a..b {
            if let Some((source, n)) = frame.source_at(&self.lowered, &self.tokens, k) {
                if k + n <= b {
                    return Some(ResolvedSource::named(source));
                }
            }
        }
        // the party named in the phrase, and an institution
        let mut party = None;
        let mut party_term = None;
        let mut institution = None;
        let mut institution_span = (a, a);
        let mut k = a;
        while k < b {
            if institution.is_none() {
                if let Some((inst, n)) = frame.institution_at(&self.lowered, &self.tokens, k) {
                    if k + n <= b {
                        institution = Some(inst);
                        institution_span = (k, k + n);
                        k += n;
                        continue;
                    }
                }
            }
            if party.is_none() {
                if let Some((actor, term, n)) = frame.actor_at(self.text, &self.tokens, k) {
                    party = Some(actor);
                    party_term = Some((term, k, n));
                    k += n;
                    continue;
                }
            }
            k += 1;
        }
        // "South Sudan President Salva Kiir": a leader named after the country and the
        // title is the leader, as "President Salva Kiir" is
        if institution.is_none_or(|i| i.person)
            && !matches!(party_term, Some((ActorTerm::Leader, _, _)))
        {
            if let Some((actor, k, n)) = self.leader_in(a, b) {
                party = Some(actor);
                party_term = Some((ActorTerm::Leader, k, n));
            }
        }
        // "President Recep Tayyip Erdogan": a leader named with a title is the leader
        if matches!(party_term, Some((ActorTerm::Leader, _, _)))
            && institution.is_none_or(|i| i.person)
        {
            institution = None;
        }
        // "the Turkish president" after "Erdogan": the person of that office named before
        if let (Some(inst), Some(actor)) = (institution, party) {
            if inst.person && !matches!(party_term, Some((ActorTerm::Leader, _, _))) {
                if let Some(s) = history
                    .last_where(|s| s.person && s.party.as_deref() == Some(actor.name.as_str()))
                {
                    return Some(s);
                }
            }
        }
        // "the health ministry" after one named: a reference back before any guess of place
        let bare_definite = self.lower(a) == "the"
            && (a + 1..b).all(|k| self.is_lowercase_word(k) || self.word(k) == "'");
        if bare_definite && institution.is_some() {
            let head = self.lower(b - 1);
            if let Some(s) = history.named_by(head, |s| !s.person) {
                return Some(s);
            }
        }
        // "Gaza health officials", "health officials in Tigray", "the region's health
        // bureau", "the health bureau there": an institution of a place is the place's
        // (not a person of it: "the police source", "a health official")
        let a_person = is(words::PERSON_HEADS, self.lower(b - 1));
        let place = institution
            .filter(|_| !a_person)
            .and_then(|i| self.place_of_institution(a, b, i.national_unqualified));
        // a country found as the report's place composes with its party
        let place_party = place
            .as_ref()
            .filter(|p| p.kind == "country")
            .and_then(|p| frame.actor(&p.name));
        // "state television reported" in a report about Qeshm: Iran's
        // (and "the state television" in one about Tigray is Ethiopia's, not Tigray's)
        let national = institution.is_some_and(|i| i.national);
        // "officials said", "the authorities" in a report about Qeshm: Iran's ("Western
        // officials", "opposition officials" are no country's, nor "official figures" and
        // "a government seismologist", whose head is another noun)
        let unqualified = institution.is_some_and(|i| i.national_unqualified)
            && place.is_none()
            && !a_person
            && institution_span.1 == b
            && !is(QUALIFYING_PREPOSITIONS, self.lower(b))
            && (a..institution_span.0)
                .all(|k| is(words::DETERMINERS, self.lower(k)) || is(UNQUALIFYING, self.lower(k)));
        let national_party = institution
            .filter(|_| national && party.is_none() && place_party.is_none())
            .and_then(|_| place.clone().or_else(|| self.main_place()))
            .and_then(|p| {
                frame.actor(if p.kind == "country" {
                    &p.name
                } else {
                    &p.country
                })
            })
            .or_else(|| {
                institution
                    .filter(|_| unqualified && party.is_none() && place_party.is_none())
                    .and_then(|_| self.report_country())
            });
        let party_from_place =
            unqualified && party.is_none() && place_party.is_none() && national_party.is_some();
        let party = party.or(place_party).or(national_party);
        let place = place.filter(|p| p.kind != "country" && !national);
        if let (Some(inst), Some(place)) = (institution, place.as_ref()) {
            let composed = format!("{} {}", place.name, inst.name);
            if let Some(named) = frame.source_named(&composed) {
                return Some(ResolvedSource::named(named));
            }
            return Some(ResolvedSource {
                canonical: composed,
                party: (!place.country.is_empty()).then(|| place.country.clone()),
                person: inst.person,
                kind: "government".into(),
                party_from_place: false,
            });
        }
        if let (Some(inst), Some(actor)) = (institution, party) {
            let adjective = actor
                .adjectives
                .first()
                .cloned()
                .unwrap_or_else(|| actor.name.clone());
            let composed = format!("{adjective} {}", inst.name);
            // a named source may be known by the composed name ("Palestinian Ministry of
            // Health" is how news names Gaza's health ministry)
            if let Some(named) = frame.source_named(&composed) {
                return Some(ResolvedSource::named(named));
            }
            return Some(ResolvedSource {
                canonical: composed,
                party: Some(actor.name.clone()),
                person: inst.person,
                kind: if inst.name == "military" {
                    "military"
                } else {
                    "government"
                }
                .into(),
                party_from_place,
            });
        }
        if let Some(actor) = party {
            if let Some((term, k, n)) = party_term {
                // a leader: the fullest form the lexicon knows
                if term == ActorTerm::Leader {
                    let said = &self.text[self.tokens[k].start..self.tokens[k + n - 1].end];
                    let surname = said.rsplit(' ').next().unwrap_or(said);
                    let full = actor
                        .leaders
                        .iter()
                        .filter(|l| l.rsplit(' ').next() == Some(surname))
                        .max_by_key(|l| l.len())
                        .cloned()
                        .unwrap_or_else(|| said.to_owned());
                    return Some(ResolvedSource {
                        canonical: full,
                        party: Some(actor.name.clone()),
                        person: true,
                        kind: "person".into(),
                        party_from_place: false,
                    });
                }
                // "Turkey said", "Ankara said", "Turkish officials"
                let whole =
                    k == a && k + n == b || (self.lower(a) == "the" && k == a + 1 && k + n == b);
                // "the Syrian army", "the IDF": a country's armed forces speak as its military
                if term == ActorTerm::Force && actor.kind == "country" {
                    let adjective = actor.adjectives.first().unwrap_or(&actor.name);
                    return Some(ResolvedSource {
                        canonical: format!("{adjective} military"),
                        party: Some(actor.name.clone()),
                        person: false,
                        kind: "military".into(),
                        party_from_place: false,
                    });
                }
                if whole && term != ActorTerm::Adjective {
                    return Some(ResolvedSource {
                        canonical: actor.name.clone(),
                        party: Some(actor.name.clone()),
                        person: false,
                        kind: actor.kind.clone(),
                        party_from_place: false,
                    });
                }
            }
        }
        // a reference back: "the ministry", "the observatory", "the official", "the statement"
        let head = self.lower(b - 1);
        let definite = matches!(self.lower(a), "the" | "this" | "that");
        if definite {
            if let Some(s) = history.named_by(head, |_| true) {
                return Some(s);
            }
            if let Some((_, kinds)) = KIND_HEADS.iter().find(|(h, _)| *h == head) {
                // "Hezbollah … the group said": an armed group named just before
                if kinds.first() == Some(&"group") || matches!(head, "group") {
                    if let Some(actor) = self.group_before(a) {
                        return Some(ResolvedSource {
                            canonical: actor.name.clone(),
                            party: Some(actor.name.clone()),
                            person: false,
                            kind: "group".into(),
                            party_from_place: false,
                        });
                    }
                }
                if let Some((_, s)) = history
                    .seen
                    .iter()
                    .rev()
                    .take(HISTORY_REACH)
                    .find(|(_, s)| kinds.contains(&s.kind.as_str()))
                {
                    return Some(s.clone());
                }
            }
            // (a report is a body's, not a country's named as a speaker: "Vietnam said …
            // the report said" is the lender's report)
            if matches!(head, "statement" | "report" | "communique") {
                return history.last_where(|s| !s.person && s.kind != "country");
            }
            // "Ema Suryani, a doctor at a clinic, told AFP … added the doctor": a role
            // refers back to the person named last; "the ministry said … the spokesman
            // said": with no person named, a spokesman speaks for the body named last
            if is(words::PERSON_HEADS, head) {
                if let Some(s) = history.last_where(|s| s.person) {
                    return Some(s);
                }
                if matches!(head, "spokesman" | "spokeswoman" | "spokesperson") {
                    if let Some(s) = history.last_where(|s| !s.person) {
                        return Some(s);
                    }
                }
            }
        }
        // a person's name: two or more capitalised words
        let capitalised = (a..b).filter(|&k| self.is_capitalised(k)).count();
        let speaker = (a..b).any(|k| is(SPEAKER_HEADS, self.lower(k)));
        if capitalised == 0 && !speaker && institution.is_none() {
            return None;
        }
        let person = (capitalised >= 2
            && self.is_capitalised(a)
            && (a..b).all(|k| {
                // (with particles: "Mehdi iran-Nejad", "Ahmed al-Sharaa", "Ursula von der Leyen")
                self.is_capitalised(k)
                    || self.joins(k)
                    || self.in_list(ClaimList::NameParticles, self.lower(k))
                    || (self.word(k + 1) == "-" && !self.tokens[k + 1].space_before)
            })
            && !speaker)
            || is(words::PERSON_HEADS, self.lower(b - 1));
        let canonical = self.written_name(a, b);
        let person = person || institution.is_some_and(|i| i.person);
        // a named person is one voice under name, surname and title: "Governor Abraham
        // Atururi", "Atururi", "Mr Atururi" and "disaster agency spokesman Abraham Atururi"
        if let Some(name) = self.personal_name(a, b, history) {
            let canonical = history
                .seen
                .iter()
                .rev()
                .take(HISTORY_REACH)
                .filter(|(_, s)| s.person)
                .find(|(_, s)| {
                    s.canonical != name
                        && s.canonical.rsplit(' ').next() == name.rsplit(' ').next()
                        && !name.contains(' ')
                })
                .map_or(name, |(_, s)| s.canonical.clone());
            return Some(ResolvedSource {
                canonical,
                party: party.map(|p| p.name.clone()),
                person: true,
                kind: "person".into(),
                party_from_place: false,
            });
        }
        Some(ResolvedSource {
            canonical,
            party: party.map(|p| p.name.clone()),
            person,
            kind: if person { "person" } else { "other" }.into(),
            party_from_place: false,
        })
    }

    /// A phrase `[a, b)` as a name: without an opening determiner ("the", "both"), on one
    /// line, and with a common noun that opens a sentence in lowercase ("Police sources" is
    /// "police sources", as it is written inside a sentence).
    fn written_name(&self, a: usize, b: usize) -> String {
        // (not the "A" of "A.M. Inc")
        let mut first = a;
        while first + 1 < b
            && is(words::DETERMINERS, self.lower(first))
            && self.tokens[first + 1].space_before
        {
            first += 1;
        }
        let written = &self.text[self.tokens[first].start..self.tokens[b - 1].end];
        let mut name = written.split_whitespace().collect::<Vec<_>>().join(" ");
        let word = self.lower(first);
        let common = is(words::SPEAKER_HEADS, word) || self.in_list(ClaimList::BodyVoices, word);
        let rest_lowercase = (first + 1..b).all(|k| !self.is_capitalised(k));
        let capitalised_only = self.word(first).chars().skip(1).all(char::is_lowercase);
        if common && rest_lowercase && capitalised_only && self.is_capitalised(first) {
            name = name.to_lowercase();
        }
        name
    }

    /// The body a phrase `[a, b)` that ends in a voice of it ("hospital officials", "Exxon
    /// spokesman", "the Defence Ministry statement") speaks for, resolved as the body alone.
    /// The body is an organisation's word, a named source, or a name the document gives a
    /// speaker before; a party's or a place's ("Turkish officials") is read as it is.
    fn body_voiced(&self, a: usize, b: usize, history: &SourceHistory) -> Option<ResolvedSource> {
        if b - a < 2 || !self.in_list(ClaimList::BodyVoices, self.lower(b - 1)) {
            return None;
        }
        let frame = self.lexicon.frame();
        let body = b - 1;
        // "Turkish officials", "Gaza officials": a party's or a place's, read as they are
        let read_as_written = (a..body).any(|k| {
            frame
                .actor_at(self.text, &self.tokens, k)
                .is_some_and(|(_, _, n)| k + n == body)
                || frame
                    .place_at(self.text, &self.tokens, k)
                    .is_some_and(|(_, n)| k + n == body)
        });
        if read_as_written {
            return None;
        }
        let organisation = is(ORGANISATION_WORDS, self.lower(body - 1))
            || (a..body).any(|k| {
                frame
                    .source_at(&self.lowered, &self.tokens, k)
                    .is_some_and(|(_, n)| k + n == body)
            });
        let bare = self.written_name(a, body);
        let spoke_before = history
            .seen
            .iter()
            .rev()
            .take(HISTORY_REACH)
            .any(|(_, s)| !s.person && s.canonical == bare);
        if !organisation && !spoke_before {
            return None;
        }
        // ("a senior Energy Ministry official", "one ministry official": the ministry's,
        // whatever the rank)
        let mut from = a;
        while from + 1 < body
            && (is(words::DETERMINERS, self.lower(from))
                || self.lower(from) == "one"
                || (is(UNQUALIFYING, self.lower(from)) && !self.is_capitalised(from)))
        {
            from += 1;
        }
        // ("a company spokesman … he said": "he" refers back to the spokesman's voice)
        let mut source = self.resolve_source(from, body, history)?;
        source.person = is(words::PERSON_HEADS, self.lower(body));
        Some(source)
    }

    /// The body named before that a person's phrase `[a, b)` says the person speaks for, by
    /// a definite reference back around the name: "Head of the agency Captain Manrosan",
    /// "the agency's spokesman X", "X, a spokesman for the ministry, said" (up to the verb
    /// at `verb`).
    pub(super) fn body_spoken_for(
        &self,
        a: usize,
        b: usize,
        verb: usize,
        history: &SourceHistory,
    ) -> Option<String> {
        // the role may stand before the phrase ("Head of the agency" + "Captain Manrosan")
        let mut from = a;
        while from > 0 && a - from < ROLE_REACH && self.is_word_or_apostrophe(from - 1) {
            from -= 1;
        }
        let to = if verb > b && verb - b <= ROLE_REACH * 2 {
            verb
        } else {
            b
        };
        (from..to).find_map(|k| {
            if self.lower(k) != "the" || k + 1 >= to || !self.is_lowercase_word(k + 1) {
                return None;
            }
            let of = k > from && matches!(self.lower(k - 1), "of" | "for" | "at");
            let possessive = self.word(k + 2) == "'" || self.lower(k + 2) == "'s";
            if !(of || possessive) {
                return None;
            }
            history
                .named_by(self.lower(k + 1), |s| !s.person)
                .map(|s| s.canonical)
        })
    }

    fn is_word_or_apostrophe(&self, k: usize) -> bool {
        self.tokens[k].kind == crate::text::token::TokenKind::Word || self.word(k) == "'"
    }

    /// The place an institution of a source phrase `[a, b)` belongs to: a gazetteer place
    /// in the phrase or right after it ("in Tigray"), else, for "the region's", "the
    /// territory's", "local" or "there", the place the document names most.
    fn place_of_institution(
        &self,
        a: usize,
        b: usize,
        national_unqualified: bool,
    ) -> Option<crate::lexicon::Place> {
        let frame = self.lexicon.frame();
        let named = (a..b + 2).find_map(|k| {
            let after_phrase = k >= b;
            if after_phrase && !(k == b + 1 && self.lower(b) == "in") {
                return None;
            }
            // a country's institution is composed with its party, not as a place
            frame
                .place_at(self.text, &self.tokens, k)
                .map(|(p, _)| p)
                .filter(|p| p.kind != "country")
        });
        if let Some(p) = named {
            return Some(p.clone());
        }
        // "the region's", "the health bureau there", "local", or a bare definite "the
        // health ministry": the place the report is about
        let bare = matches!(self.lower(a), "the")
            && (a + 1..b).all(|k| self.is_lowercase_word(k) || self.word(k) == "'");
        let local = (a..b).any(|k| {
            is(PLACE_REFERENCES, self.lower(k))
                && (self.word(k + 1) == "'" || self.lower(k) == "local")
        }) || self.lower(b) == "there"
            || self.lower(b - 1) == "there";
        let refers = local || bare;
        if !refers {
            return None;
        }
        // (a bare "the authorities" of a report about a region is the country's, not the
        // region's: left to the country of the report)
        self.main_place()
            .filter(|p| !(national_unqualified && bare && !local && p.kind != "country"))
    }

    /// The country a report is about, when the place it names most and the place it names
    /// first are in one country (a report from Tokyo that names Washington most is no
    /// report about the United States).
    fn report_country(&self) -> Option<&crate::lexicon::Actor> {
        let frame = self.lexicon.frame();
        let country = |p: &crate::lexicon::Place| {
            if p.kind == "country" {
                p.name.clone()
            } else {
                p.country.clone()
            }
        };
        let main = country(&self.main_place()?);
        let mut k = 0;
        let first = loop {
            if k >= self.tokens.len() {
                return None;
            }
            if !self.is_capitalised(k) {
                k += 1;
                continue;
            }
            if let Some((_, n)) = frame.source_at(&self.lowered, &self.tokens, k) {
                k += n;
                continue;
            }
            match frame.place_at(self.text, &self.tokens, k) {
                Some((p, _)) => break country(p),
                None => k += 1,
            }
        };
        (first == main).then(|| frame.actor(&main)).flatten()
    }

    /// The gazetteer place a document names most (ties by first mention).
    pub(in crate::claim) fn main_place(&self) -> Option<crate::lexicon::Place> {
        // (once per document: every claim may ask, and a scan per claim would be quadratic)
        self.main_place
            .get_or_init(|| self.count_main_place())
            .clone()
    }

    fn count_main_place(&self) -> Option<crate::lexicon::Place> {
        let frame = self.lexicon.frame();
        let mut counts: Vec<(usize, usize)> = Vec::new();
        let places = frame.places();
        let mut k = 0;
        // a place in a named source's name counts half: "the United States Geological
        // Survey" says less of where a report is than "in the United States" (but "Gaza's
        // health ministry" still says something)
        let mut source_end = 0;
        while k < self.tokens.len() {
            if !self.is_capitalised(k) {
                k += 1;
                continue;
            }
            if k >= source_end {
                if let Some((_, n)) = frame.source_at(&self.lowered, &self.tokens, k) {
                    source_end = k + n;
                }
            }
            let weight = if k < source_end { 1 } else { 2 };
            match frame.place_at(self.text, &self.tokens, k) {
                Some((p, n)) => {
                    let i = places
                        .iter()
                        .position(|q| std::ptr::eq(q, p))
                        .unwrap_or(usize::MAX);
                    match counts.iter_mut().find(|(j, _)| *j == i) {
                        Some(e) => e.1 += weight,
                        None => counts.push((i, weight)),
                    }
                    k += n;
                }
                None => k += 1,
            }
        }
        let best = counts
            .iter()
            .max_by(|x, y| x.1.cmp(&y.1).then(y.0.cmp(&x.0)))?;
        places.get(best.0).cloned()
    }

    /// One name for one person in a document: a surname attributed alone ("Mr Ging said")
    /// takes the full name the document gives that person elsewhere ("John Ging, director of
    /// operations"), when one full name of the document ends in that surname.
    pub(in crate::claim) fn one_name_per_person(&self, attributions: &mut [Vec<Attribution>]) {
        self.surnames_take_full_names(attributions);
        spellings_take_the_first(attributions);
        // "the local disaster agency said … Head of the agency Captain Manrosan told": the
        // body and the person who speaks for it are one voice, under the person's name, when
        // the document gives the body one such person
        let spoken_for: Vec<(String, String)> = attributions
            .iter()
            .flatten()
            .filter_map(|a| Some((a.speaks_for.clone()?, a.source.canonical.clone())))
            .collect();
        for a in attributions.iter_mut().flatten() {
            if a.source.person {
                continue;
            }
            let mut people = spoken_for
                .iter()
                .filter(|(body, _)| *body == a.source.canonical)
                .map(|(_, person)| person);
            if let Some(first) = people.next() {
                if people.all(|p| p == first) {
                    a.source.canonical = first.clone();
                }
            }
        }
    }

    /// A surname attributed alone takes the one full name the document gives it.
    /// (See also [`spellings_take_the_first`].)
    fn surnames_take_full_names(&self, attributions: &mut [Vec<Attribution>]) {
        let mut full: Vec<String> = attributions
            .iter()
            .flatten()
            .filter(|a| a.source.person && a.source.canonical.contains(' '))
            .map(|a| a.source.canonical.clone())
            .collect();
        let surnames: Vec<String> = attributions
            .iter()
            .flatten()
            .filter(|a| a.source.person && !a.source.canonical.contains(' '))
            .map(|a| a.source.canonical.clone())
            .collect();
        if surnames.is_empty() {
            return;
        }
        // the names written in the text that end in one of those surnames
        let frame = self.lexicon.frame();
        let name_word = |k: usize| {
            self.is_capitalised(k)
                && !is(TITLES, self.lower(k))
                && !is(ORGANISATION_WORDS, self.lower(k))
                // a sentence's first word is capitalised whatever it is ("When Ging …")
                && ![
                    words::CONJUNCTIONS,
                    words::PREPOSITIONS,
                    words::DETERMINERS,
                    words::PRONOUNS,
                ]
                .iter()
                .any(|list| is(list, self.lower(k)))
                && frame.place_at(self.text, &self.tokens, k).is_none()
                && frame.actor_at(self.text, &self.tokens, k).is_none()
        };
        for k in 1..self.tokens.len() {
            if !surnames.iter().any(|s| s == self.word(k))
                || !(name_word(k - 1) || self.is_initial_stop(k - 1))
            {
                continue;
            }
            let mut start = k - 1;
            while start > 0
                && k - start < 6
                && (name_word(start - 1) || self.is_initial_stop(start - 1))
            {
                start -= 1;
            }
            if !name_word(start) {
                continue;
            }
            // a sentence's first word is capitalised whatever it is ("Later Ulrich Brandt")
            let opens = start == 0 || matches!(self.word(start - 1), "." | "!" | "?" | "\n");
            if opens && self.is_sentence_adverb(start) {
                start += 1;
                if start == k {
                    continue;
                }
            }
            full.push(self.text[self.tokens[start].start..self.tokens[k].end].to_owned());
        }
        for a in attributions.iter_mut().flatten() {
            if !a.source.person || a.source.canonical.contains(' ') {
                continue;
            }
            let surname = a.source.canonical.as_str();
            let mut named = full
                .iter()
                .filter(|f| f.rsplit(' ').next() == Some(surname));
            if let Some(first) = named.next() {
                if named.all(|f| f == first) {
                    a.source.canonical = first.clone();
                }
            }
        }
    }

    /// The leader of an actor named in `[a, b)` after other words ("South Sudan President
    /// Salva Kiir"), with where the name starts and its token count.
    fn leader_in(&self, a: usize, b: usize) -> Option<(&crate::lexicon::Actor, usize, usize)> {
        let frame = self.lexicon.frame();
        (a..b).find_map(|k| {
            frame
                .actor_at(self.text, &self.tokens, k)
                .filter(|&(_, term, n)| term == ActorTerm::Leader && k + n <= b)
                .map(|(actor, _, n)| (actor, k, n))
        })
    }

    /// The armed group named last before token `at`, within a few sentences.
    fn group_before(&self, at: usize) -> Option<&crate::lexicon::Actor> {
        let from = at.saturating_sub(GROUP_REACH);
        (from..at).rev().find_map(|k| {
            self.lexicon
                .frame()
                .actor_at(self.text, &self.tokens, k)
                .map(|(a, _, _)| a)
                .filter(|a| a.kind == "group")
        })
    }
}

/// One person spelled two ways in one document ("Heydar Alishvandi" and "Heidar
/// Alishvandi", "Mehdi Irannejad" and "Mehdi iran-Nejad"): every spelling takes the first
/// one written, when the surnames fold to one and the given names do too or differ in one
/// letter.
fn spellings_take_the_first(attributions: &mut [Vec<Attribution>]) {
    let mut names: Vec<String> = Vec::new();
    for a in attributions.iter().flatten() {
        let name = &a.source.canonical;
        if a.source.person && name.contains(' ') && !names.contains(name) {
            names.push(name.clone());
        }
    }
    if names.len() < 2 {
        return;
    }
    let spelled_as = |name: &str| -> Option<String> {
        names
            .iter()
            .take_while(|first| first.as_str() != name)
            .find(|first| same_person(first, name))
            .cloned()
    };
    let mut renamed: Vec<(String, String)> = Vec::new();
    for name in &names {
        if let Some(first) = spelled_as(name) {
            renamed.push((name.clone(), first));
        }
    }
    for a in attributions.iter_mut().flatten() {
        if let Some((_, first)) = renamed.iter().find(|(n, _)| *n == a.source.canonical) {
            a.source.canonical = first.clone();
        }
    }
}

/// Whether two full names are one person's spelled two ways.
fn same_person(x: &str, y: &str) -> bool {
    let fold = |w: &str| -> String {
        w.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect()
    };
    let (Some((x_given, x_surname)), Some((y_given, y_surname))) =
        (x.split_once(' '), y.split_once(' '))
    else {
        return false;
    };
    if fold(x_surname) != fold(y_surname) || fold(x_surname).chars().count() < 4 {
        return false;
    }
    let (a, b) = (fold(x_given), fold(y_given));
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    a.len() == b.len() && a.len() >= 3 && a.iter().zip(&b).filter(|(p, q)| p != q).count() <= 1
}

#[cfg(test)]
mod tests {
    use crate::claim::extract;
    use crate::lexicon::Lexicon;

    fn source_of(text: &str, written: &str) -> Option<String> {
        extract(text, None, Lexicon::builtin())
            .into_iter()
            .find(|c| &text[c.start..c.end] == written)
            .and_then(|c| c.source)
    }

    #[test]
    fn state_television_with_no_country_is_the_reported_places_country() {
        let text = "An earthquake struck near Mosul on Sunday, killing 8 people, state \
                    television reported. The quake in Mosul damaged 40 homes, the Iraqi \
                    state media said.";
        assert_eq!(
            source_of(text, "8").as_deref(),
            source_of(text, "40").as_deref()
        );
        assert!(source_of(text, "8").is_some_and(|s| s.starts_with("Iraqi")));
    }
}
