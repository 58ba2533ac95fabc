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
            let found = match word {
                AttributionWord::According => self.phrase_after(k + n, s.end).map(|p| (p, false)),
                AttributionWord::Quoting => {
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
                AttributionWord::Verb { doubting } => {
                    // "as saying" belongs to a quoting verb handled above
                    if k > s.first && self.lower(k - 1) == "as" {
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
                    self.phrase_before(k, s.first)
                        .or_else(|| self.phrase_after(k + n, s.end))
                        .map(|p| (p, doubting))
                }
            };
            if let Some((p, doubting)) = found {
                if let Some(mut a) = self.make_attribution(k, p, doubting, history) {
                    a.hedged |= k > s.first
                        && matches!(self.lower(k - 1), "initially" | "first" | "earlier");
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
            // "the observatory, a war monitor, said": the phrase before the appositive
            let comma = end - 1;
            let from = comma.saturating_sub(APPOSITIVE_REACH).max(sentence_first);
            let open = (from..comma).rev().find(|&j| self.word(j) == ",")?;
            end = open;
        }
        let mut start = end;
        while start > sentence_first && end - start < SOURCE_REACH {
            let j = start - 1;
            let w = self.word(j);
            if is(super::words::VERB_PHRASE_WORDS, self.lower(j)) {
                return None;
            }
            let inner_of = matches!(self.lower(j), "of" | "for" | "on" | "in")
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
        // a named source anywhere in the phrase
        for k in a..b {
            if let Some((source, n)) = frame.source_at(&self.lowered, &self.tokens, k) {
                if k + n <= b {
                    return Some(ResolvedSource {
                        canonical: source.name.clone(),
                        party: (!source.party.is_empty()).then(|| source.party.clone()),
                        person: false,
                        kind: source.kind.clone(),
                    });
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
        if let (Some(inst), Some(actor)) = (institution, party) {
            let adjective = actor
                .adjectives
                .first()
                .cloned()
                .unwrap_or_else(|| actor.name.clone());
            return Some(ResolvedSource {
                canonical: format!("{adjective} {}", inst.name),
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
            if let Some((_, s)) = history
                .seen
                .iter()
                .rev()
                .take(HISTORY_REACH)
                .find(|(text, s)| {
                    text.split_whitespace().last() == Some(head)
                        || s.canonical.to_lowercase().contains(head)
                })
            {
                return Some(s.clone());
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
        Some(ResolvedSource {
            canonical,
            party: party.map(|p| p.name.clone()),
            person,
            kind: if person { "person" } else { "other" }.into(),
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
        let quoted = self.text[s.span.start..s.span.end].starts_with('"')
            || self.text[s.span.start..s.span.end].ends_with('"');
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
