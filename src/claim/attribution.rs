//! Who makes a claim: "according to X", "X said", "said X", "X told reporters", "X quoted Y
//! as saying", quotations attributed before or after, and references back ("the ministry",
//! "the observatory", "he", "the official") to a source named earlier in the document.
//!
//! A source phrase is canonicalised in this order: a named source of `sources.toml` ("SOHR",
//! "the Britain-based observatory"); an institution of `institutions.toml` with its party
//! ("Turkey's defense ministry" → "Turkish Ministry of Defense"); a reference back to an
//! earlier source by its head word or a pronoun; an actor ("Turkey", "Ankara", "Erdogan"); a
//! person's name; else the phrase itself.

use super::words::{is, GROUP_PRONOUNS, PERSON_PRONOUNS, SPEAKER_HEADS};
use super::{Doc, Draft, Sentence};
use crate::lexicon::{ActorTerm, AttributionWord};
use crate::segment::Span;

/// A source, resolved.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct ResolvedSource {
    pub canonical: String,
    pub party: Option<String>,
    pub person: bool,
    /// What kind of speaker (`monitor`, `agency`, `group`, `government`…), for references
    /// back such as "the monitor", "the agency", "the group".
    pub kind: String,
}

impl ResolvedSource {
    /// A named source of the lexicon, as it resolves.
    fn named(source: &crate::lexicon::Source) -> ResolvedSource {
        ResolvedSource {
            canonical: source.name.clone(),
            party: (!source.party.is_empty()).then(|| source.party.clone()),
            person: false,
            kind: source.kind.clone(),
        }
    }
}

/// How many sources named before a reference back ("the ministry", "he") may reach: far
/// enough for any report, and a bound on the work in a document of a million words.
const HISTORY_REACH: usize = 64;

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

/// An attribution in a sentence.
#[derive(Clone, Debug)]
pub(super) struct Attribution {
    /// The token of the attributing word (the verb, "according to").
    pub at: usize,
    /// The source phrase as written (bytes of the normalised text).
    pub span: Span,
    pub source: ResolvedSource,
    /// The verb doubts by itself ("claimed").
    pub doubting: bool,
    /// The attribution says the figure is initial or unconfirmed ("initially said").
    pub hedged: bool,
}

/// The sources named so far in a document, for references back.
#[derive(Default)]
pub(super) struct SourceHistory {
    seen: Vec<(String, ResolvedSource)>,
}

impl SourceHistory {
    /// The last source (of those `keep` accepts) a definite head refers back to: a word of
    /// its phrase as written or of its canonical name ("doctor Ema Suryani … the doctor",
    /// "the agency's spokesman … the spokesman").
    fn named_by(
        &self,
        head: &str,
        keep: impl Fn(&ResolvedSource) -> bool,
    ) -> Option<ResolvedSource> {
        self.seen
            .iter()
            .rev()
            .take(HISTORY_REACH)
            .find(|(text, s)| {
                keep(s)
                    && (text.split_whitespace().any(|w| w == head)
                        || s.canonical.to_lowercase().contains(head))
            })
            .map(|(_, s)| s.clone())
    }

    /// The last source named that satisfies `keep`.
    fn last_where(&self, keep: impl Fn(&ResolvedSource) -> bool) -> Option<ResolvedSource> {
        self.seen
            .iter()
            .rev()
            .find(|(_, s)| keep(s))
            .map(|(_, s)| s.clone())
    }
}

/// How many tokens an appositive between commas may span ("the observatory, a war monitor,
/// said").
const APPOSITIVE_REACH: usize = 14;
/// How many tokens a source phrase may span.
const SOURCE_REACH: usize = 10;

/// First-person pronouns: inside a quotation they are its speaker, named elsewhere.
const FIRST_PERSON: &[&str] = &["we", "i", "us"];

/// Auxiliaries of a passive reporting verb ("Y was quoted as saying").
const PASSIVE_AUXILIARIES: &[&str] = &[
    "was", "were", "is", "are", "been", "being", "has", "have", "had",
];

/// How many tokens a chain of appositives may span between a sentence's opening name and
/// its reporting verb ("John Ging, director of operations in Gaza for UNRWA, the United
/// Nations Relief and Works Agency, said").
const APPOSITIVE_CHAIN_REACH: usize = 40;

/// Titles before a person's name ("Governor Abraham Atururi", "Mr Lang").
const TITLES: &[&str] = &[
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
];

/// Nouns of a count or a document that stand between "according to" and who made it.
const COUNT_DOCUMENTS: &[&str] = &[
    "count",
    "tally",
    "tallies",
    "figures",
    "estimate",
    "estimates",
    "data",
    "report",
    "reports",
    "statement",
    "toll",
    "records",
    "numbers",
    "calculations",
    "analysis",
    "survey",
    "census",
];

/// Words of organisations' names, never of a person's.
const ORGANISATION_WORDS: &[&str] = &[
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

/// Prepositions of place that end a speaker's phrase ("a doctor in Gaza said").
const LOCATIVE_PREPOSITIONS: &[&str] = &["in", "at", "near", "from"];

impl Doc<'_> {
    /// Every attribution of a sentence, in order, resolving references with `history`.
    pub(super) fn attributions(
        &self,
        s: &Sentence,
        history: &mut SourceHistory,
    ) -> Vec<Attribution> {
        let mut out = Vec::new();
        let mut k = s.first;
        while k < s.end {
            let Some((word, n)) =
                self.lexicon
                    .frame()
                    .attribution_at(&self.lowered, &self.tokens, k)
            else {
                k += 1;
                continue;
            };
            // a capitalised word inside a sentence is a name's ("the United States", "Omar
            // Said Haji"), not a reporting verb
            if k > s.first && self.is_capitalised(k) && !matches!(word, AttributionWord::According)
            {
                k += 1;
                continue;
            }
            let found = match word {
                AttributionWord::According => {
                    // "according to an independent count by X", "according to figures from
                    // X": the source is the one who counted
                    let p = self.phrase_after(k + n, s.end).map(|(a, b)| {
                        let counted = (a..b).any(|j| is(COUNT_DOCUMENTS, self.lower(j)));
                        if counted && matches!(self.lower(b), "by" | "from" | "of") {
                            self.phrase_after(b + 1, s.end).unwrap_or((a, b))
                        } else {
                            (a, b)
                        }
                    });
                    p.map(|p| (p, false))
                }
                AttributionWord::Quoting => {
                    // "Y was quoted as saying": the source is the subject Y
                    let mut verb = k;
                    while verb > s.first && is(PASSIVE_AUXILIARIES, self.lower(verb - 1)) {
                        verb -= 1;
                    }
                    if verb < k && self.lower(k + n) == "as" {
                        if let Some(p) = self.phrase_before(verb, s.first) {
                            if let Some(a) = self.make_attribution(k, p, false, history) {
                                out.push(a);
                            }
                        }
                        k += n + 2;
                        continue;
                    }
                    // "X quoted Y as saying": the source is Y; skip the "as saying"
                    let y = self.phrase_after(k + n, s.end);
                    if let Some((_, b)) = y {
                        if self.lower(b) == "as" {
                            k = b + 2;
                        } else {
                            k += n;
                        }
                    } else {
                        k += n;
                    }
                    if let Some(p) = y {
                        if let Some(a) =
                            self.make_attribution(k.saturating_sub(1), p, false, history)
                        {
                            out.push(a);
                        }
                    }
                    continue;
                }
                AttributionWord::Verb {
                    doubting,
                    addressed,
                } => {
                    // "900 Israelis reported killed": a participle of hearsay, no speaker
                    // ("police said wounded people …" keeps its speaker)
                    let hearsay = matches!(self.lower(k), "reported" | "confirmed")
                        && n == 1
                        && matches!(
                            self.lexicon
                                .frame()
                                .event_at(&self.lowered, &self.tokens, k + n),
                            Some((crate::lexicon::EventWord::Verb(_), _))
                        );
                    // "as saying" belongs to a quoting verb handled above
                    if hearsay || (k > s.first && self.lower(k - 1) == "as") {
                        k += n;
                        continue;
                    }
                    // "we have counted", "I saw" inside a quotation: the speaker is named
                    // where the quotation is attributed, not here
                    let first_person = k > s.first
                        && self
                            .phrase_before(k, s.first)
                            .is_some_and(|(a, b)| b == a + 1 && is(FIRST_PERSON, self.lower(a)));
                    if first_person {
                        k += n;
                        continue;
                    }
                    // "…, said Sutopo of the agency.": after a comma, a subject that
                    // follows the verb and ends the clause is the speaker ("12 died in
                    // Takengon, the capital of the district, said X" is not Takengon's)
                    let after = self
                        .phrase_after(k + n, s.end)
                        .filter(|&(_, b)| self.ends_inverted_subject(b, s.end));
                    let inverted = !addressed && k > s.first && self.word(k - 1) == ",";
                    let before = self.phrase_before(k, s.first);
                    let (first, second) = if inverted && after.is_some() {
                        (after, before)
                    } else {
                        (before, after.or_else(|| self.phrase_after(k + n, s.end)))
                    };
                    // a phrase that names no speaker ("In a village, … said X") gives way
                    // to the other side of the verb
                    let first = first.filter(|&(a, b)| {
                        second.is_none() || self.resolve_source(a, b, history).is_some()
                    });
                    first.or(second).map(|p| (p, doubting))
                }
            };
            if let Some((p, doubting)) = found {
                if let Some(mut a) = self.make_attribution(k, p, doubting, history) {
                    a.hedged |= k > s.first
                        && matches!(self.lower(k - 1), "initially" | "first" | "earlier");
                    if a.source.party.is_none() && p.1 < k {
                        a.source.party = self.party_of_appositive(p.1, k);
                    }
                    out.push(a);
                }
            } else if let Some(last) = out.last().cloned() {
                // "…, adding that …": the subject of the verb before
                out.push(Attribution { at: k, ..last });
            }
            k += n;
        }
        out
    }

    /// The party of an appositive between a speaker and its verb: "David Swanson,
    /// spokesman for the UN humanitarian office, said" speaks for the United Nations.
    fn party_of_appositive(&self, from: usize, verb: usize) -> Option<String> {
        if self.word(from) != "," {
            return None;
        }
        let frame = self.lexicon.frame();
        (from + 1..verb).find_map(|k| {
            frame
                .source_at(&self.lowered, &self.tokens, k)
                .and_then(|(s, _)| (!s.party.is_empty()).then(|| s.party.clone()))
                .or_else(|| {
                    frame
                        .actor_at(self.text, &self.tokens, k)
                        .map(|(a, _, _)| a.name.clone())
                })
        })
    }

    fn make_attribution(
        &self,
        at: usize,
        (a, b): (usize, usize),
        doubting: bool,
        history: &mut SourceHistory,
    ) -> Option<Attribution> {
        let source = self.resolve_source(a, b, history)?;
        let span = Span {
            start: self.tokens[a].start,
            end: self.tokens[b - 1].end,
        };
        history.seen.push((
            self.text[span.start..span.end].to_lowercase(),
            source.clone(),
        ));
        Some(Attribution {
            at,
            span,
            source,
            doubting,
            hedged: false,
        })
    }

    /// The subject phrase that ends right before a reporting verb at `verb`, over auxiliaries
    /// and an appositive between commas.
    fn phrase_before(&self, verb: usize, sentence_first: usize) -> Option<(usize, usize)> {
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
        if end > sentence_first && self.word(end - 1) == "," {
            // "the observatory, a war monitor, said": the phrase before the appositive; but
            // "…, Henri Sembiring a local health official, said": a name right after the
            // first comma is the speaker itself
            let comma = end - 1;
            if let Some(name) = self.name_before_appositives(comma, sentence_first) {
                return Some(name);
            }
            let from = comma.saturating_sub(APPOSITIVE_REACH).max(sentence_first);
            let open = (from..comma).rev().find(|&j| self.word(j) == ",")?;
            let named = open + 2 < comma
                && self.is_capitalised(open + 1)
                && self.is_capitalised(open + 2)
                && !matches!(self.lower(open + 1), "the" | "a" | "an");
            if named {
                return Some((open + 1, comma));
            }
            end = open;
        }
        let mut start = end;
        while start > sentence_first && end - start < SOURCE_REACH {
            let j = start - 1;
            let w = self.word(j);
            if is(super::words::VERB_PHRASE_WORDS, self.lower(j)) {
                return None;
            }
            let inner_of = matches!(self.lower(j), "of" | "for" | "on" | "in" | "and" | "&")
                && j > sentence_first
                && self.is_capitalised(j - 1)
                && self.is_capitalised(j + 1);
            let word_ok = self.tokens[j].kind == crate::text::token::TokenKind::Word
                && !is(super::words::CONJUNCTIONS, self.lower(j))
                && !is(super::words::PREPOSITIONS, self.lower(j))
                && self
                    .lexicon
                    .frame()
                    .event_at(&self.lowered, &self.tokens, j)
                    .is_none()
                && self
                    .lexicon
                    .frame()
                    .attribution_at(&self.lowered, &self.tokens, j)
                    .is_none();
            if inner_of
                || word_ok
                || self.joins(j)
                || (w == "." && j > 0 && self.word(j - 1).len() == 1)
            {
                start = j;
                if matches!(self.lower(j), "the" | "a" | "an") {
                    break;
                }
                continue;
            }
            break;
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
        (start < end).then_some((start, end))
    }

    /// A name that opens the sentence and is the subject of a reporting verb after a chain
    /// of appositives ending in the comma at `comma`: "John Ging, director of operations in
    /// Gaza for UNRWA, the United Nations agency, said". The name is all capitalised words
    /// (with "of", "for", "the", "and" inside an organisation's name) up to the first comma.
    fn name_before_appositives(
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
            && !is(super::words::PREPOSITIONS, self.lower(sentence_first))
            && !is(super::words::CONJUNCTIONS, self.lower(sentence_first));
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
    fn is_sentence_adverb(&self, k: usize) -> bool {
        let w = self.lower(k);
        // ("-ly" is no test: "Emily", "Kelly")
        is(super::words::AUXILIARIES, w)
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
    fn phrase_after(&self, from: usize, sentence_end: usize) -> Option<(usize, usize)> {
        let mut end = from;
        while end < sentence_end && end - from < SOURCE_REACH {
            let w = self.lower(end);
            let inner_of = matches!(w, "of" | "for" | "on" | "in")
                && end > from
                && (self.is_capitalised(end + 1) || self.lower(end + 1) == "the")
                && self.is_capitalised(end - 1);
            let ok = (self.tokens[end].kind == crate::text::token::TokenKind::Word
                && !is(super::words::CONJUNCTIONS, w)
                && (inner_of || !is(super::words::PREPOSITIONS, w))
                && !is(super::words::AUXILIARIES, w)
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

    /// Whether token `b`, right after a phrase that follows a reporting verb, ends that phrase
    /// as the verb's subject ("said Fauzi.", "said the official who…", "said police on
    /// Monday"), not as the subject of a reported clause ("said the army had killed").
    fn ends_inverted_subject(&self, b: usize, sentence_end: usize) -> bool {
        b >= sentence_end
            || self.tokens[b].kind != crate::text::token::TokenKind::Word
            || is(super::words::PREPOSITIONS, self.lower(b))
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

    /// Resolve a source phrase `[a, b)`; None when it names no speaker.
    fn resolve_source(
        &self,
        a: usize,
        b: usize,
        history: &SourceHistory,
    ) -> Option<ResolvedSource> {
        let frame = self.lexicon.frame();
        let written = &self.text[self.tokens[a].start..self.tokens[b - 1].end];
        // pronouns refer back
        if b - a == 1 {
            let w = self.lower(a);
            if is(PERSON_PRONOUNS, w) {
                return history.last_where(|s| s.person);
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
        let mut k = a;
        while k < b {
            if institution.is_none() {
                if let Some((inst, n)) = frame.institution_at(&self.lowered, &self.tokens, k) {
                    if k + n <= b {
                        institution = Some(inst);
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
        let a_person = is(super::words::PERSON_HEADS, self.lower(b - 1));
        let place = institution
            .filter(|_| !a_person)
            .and_then(|_| self.place_of_institution(a, b));
        // a country found as the report's place composes with its party
        let place_party = place
            .as_ref()
            .filter(|p| p.kind == "country")
            .and_then(|p| frame.actor(&p.name));
        let party = party.or(place_party);
        let place = place.filter(|p| p.kind != "country");
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
                    });
                }
                if whole && term != ActorTerm::Adjective {
                    return Some(ResolvedSource {
                        canonical: actor.name.clone(),
                        party: Some(actor.name.clone()),
                        person: false,
                        kind: actor.kind.clone(),
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
            if matches!(head, "statement" | "report" | "communique") {
                return history.last_where(|s| !s.person);
            }
            // "Ema Suryani, a doctor at a clinic, told AFP … added the doctor": a role
            // refers back to the person named last; "the ministry said … the spokesman
            // said": with no person named, a spokesman speaks for the body named last
            if is(super::words::PERSON_HEADS, head) {
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
            && (a..b).all(|k| self.is_capitalised(k) || self.joins(k))
            && !speaker)
            || is(super::words::PERSON_HEADS, self.lower(b - 1));
        let canonical = ["the ", "The ", "a ", "A ", "an ", "An "]
            .iter()
            .find_map(|article| written.strip_prefix(article))
            .unwrap_or(written)
            .to_owned();
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
            });
        }
        Some(ResolvedSource {
            canonical,
            party: party.map(|p| p.name.clone()),
            person,
            kind: if person { "person" } else { "other" }.into(),
        })
    }

    /// A person's name that opens a source phrase `[a, b)` before "of", "from", "for",
    /// "at" or "with" and the organisation the person speaks for: the person, with the
    /// organisation's party.
    fn person_of_organisation(&self, a: usize, b: usize) -> Option<ResolvedSource> {
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
        let party = (k + 1..b).find_map(|j| {
            frame
                .source_at(&self.lowered, &self.tokens, j)
                .and_then(|(s, _)| (!s.party.is_empty()).then(|| s.party.clone()))
                .or_else(|| {
                    frame
                        .actor_at(self.text, &self.tokens, j)
                        .map(|(actor, _, _)| actor.name.clone())
                })
        });
        Some(ResolvedSource {
            canonical: self.text[self.tokens[start].start..self.tokens[k - 1].end].to_owned(),
            party,
            person: true,
            kind: "person".into(),
        })
    }

    /// A phrase `[a, b)` of a role or title and then a full name of two words or more: the
    /// person, with the party the role names (a named source's, or an actor's).
    fn person_after_role(
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
        let frame = self.lexicon.frame();
        let name_start = self.tokens[b - 1].end - name.len();
        let role_end = (a..b).find(|&k| self.tokens[k].start >= name_start)?;
        if role_end == a {
            return None;
        }
        let party = (a..role_end).find_map(|k| {
            frame
                .source_at(&self.lowered, &self.tokens, k)
                .and_then(|(s, _)| (!s.party.is_empty()).then(|| s.party.clone()))
                .or_else(|| {
                    frame
                        .actor_at(self.text, &self.tokens, k)
                        .map(|(actor, _, _)| actor.name.clone())
                })
        });
        Some(ResolvedSource {
            canonical: name,
            party,
            person: true,
            kind: "person".into(),
        })
    }

    /// The name of a person in a source phrase `[a, b)`, without titles and roles: the last
    /// run of capitalised words that is no party, place or institution ("Sutopo Purwo
    /// Nugroho" of "disaster agency spokesman Sutopo Purwo Nugroho", "Lang" of "Mr Lang"). A
    /// single word counts only after a title ("Mr Lang", "Governor Atururi").
    fn personal_name(&self, a: usize, b: usize, history: &SourceHistory) -> Option<String> {
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
            if !name_word(k) {
                k += 1;
                continue;
            }
            let start = k;
            while k < b && (name_word(k) || (k > start && self.joins(k))) {
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
        let roled = start > a && is(super::words::PERSON_HEADS, self.lower(start - 1));
        // a one-word name that is the whole phrase and no organisation ("Fauzi said")
        let alone = words == 1
            && start == a
            && end == b
            && !is(super::words::SPEAKER_HEADS, self.lower(start))
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

    /// The place an institution of a source phrase `[a, b)` belongs to: a gazetteer place
    /// in the phrase or right after it ("in Tigray"), else, for "the region's", "the
    /// territory's", "local" or "there", the place the document names most.
    fn place_of_institution(&self, a: usize, b: usize) -> Option<crate::lexicon::Place> {
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
        let refers = (a..b).any(|k| {
            is(PLACE_REFERENCES, self.lower(k))
                && (self.word(k + 1) == "'" || self.lower(k) == "local")
        }) || self.lower(b) == "there"
            || self.lower(b - 1) == "there"
            || bare;
        if !refers {
            return None;
        }
        self.main_place()
    }

    /// The gazetteer place a document names most (ties by first mention).
    pub(super) fn main_place(&self) -> Option<crate::lexicon::Place> {
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
        while k < self.tokens.len() {
            if !self.is_capitalised(k) {
                k += 1;
                continue;
            }
            match frame.place_at(self.text, &self.tokens, k) {
                Some((p, n)) => {
                    let i = places
                        .iter()
                        .position(|q| std::ptr::eq(q, p))
                        .unwrap_or(usize::MAX);
                    match counts.iter_mut().find(|(j, _)| *j == i) {
                        Some(e) => e.1 += 1,
                        None => counts.push((i, 1)),
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
    pub(super) fn one_name_per_person(&self, attributions: &mut [Vec<Attribution>]) {
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
                    super::words::CONJUNCTIONS,
                    super::words::PREPOSITIONS,
                    super::words::DETERMINERS,
                    super::words::PRONOUNS,
                ]
                .iter()
                .any(|list| is(list, self.lower(k)))
                && frame.place_at(self.text, &self.tokens, k).is_none()
                && frame.actor_at(self.text, &self.tokens, k).is_none()
        };
        for k in 1..self.tokens.len() {
            if !surnames.iter().any(|s| s == self.word(k)) || !name_word(k - 1) {
                continue;
            }
            let mut start = k - 1;
            while start > 0 && k - start < 4 && name_word(start - 1) {
                start -= 1;
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

    /// The attribution of a draft: the nearest attribution before it in its sentence, else
    /// the first after; in a quotation with none, the attribution of the quotation.
    pub(super) fn attribution_for(
        &self,
        d: &Draft,
        si: usize,
        sentences: &[Sentence],
        attributions: &[Vec<Attribution>],
    ) -> Option<Attribution> {
        let here = attributions.get(si).map_or(&[][..], Vec::as_slice);
        if let Some(a) = here
            .iter()
            .rev()
            .find(|a| a.at < d.first && a.span.end <= d.start)
        {
            return Some(a.clone());
        }
        if let Some(a) = here
            .iter()
            .find(|a| a.at >= d.after || a.span.start >= d.end)
        {
            return Some(a.clone());
        }
        // inside a quotation that goes on from (or into) a neighbouring sentence
        let s = &sentences[si];
        // straight, curly and typewriter quotation marks ("``…''" is normalised to "''…''")
        let written = self.text[s.span.start..s.span.end].trim();
        let quoted = ["\"", "\u{201c}", "``", "''"]
            .iter()
            .any(|q| written.starts_with(q))
            || ["\"", "\u{201d}", "''"]
                .iter()
                .any(|q| written.ends_with(q));
        if quoted {
            let same_paragraph = |j: usize| sentences[j].paragraph == s.paragraph;
            if si > 0 && same_paragraph(si - 1) {
                if let Some(a) = attributions[si - 1].last() {
                    return Some(a.clone());
                }
            }
            if si + 1 < sentences.len() && same_paragraph(si + 1) {
                if let Some(a) = attributions.get(si + 1).and_then(|x| x.first()) {
                    return Some(a.clone());
                }
            }
        }
        None
    }
}
