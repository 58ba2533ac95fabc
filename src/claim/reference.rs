//! The resolution of what one sentence leaves to another: a draft becomes a claim with its
//! source (an attribution of its sentence, the next one, or an earlier one referred back to),
//! its side from context, its hedge, its day and its place; possessives and "the regime"
//! resolve to the party the document names.

use super::attribution::{self, Attribution};
use super::{ClaimFrame, Doc, Draft, Sentence};
use crate::lexicon::{ActorTerm, EventKind, HedgeWord};
use crate::segment::Span;
use crate::time::TimeMention;

impl Doc<'_> {
    /// Turn drafts into claims: sources, hedges, dates, places.
    pub(super) fn finish(
        &self,
        drafts: &[Draft],
        sentences: &[Sentence],
        times: &[Vec<TimeMention>],
    ) -> Vec<ClaimFrame> {
        // attributions up to the sentence after the last claim (references look back, and a
        // quotation may be attributed in the next sentence); hedges where a claim is or
        // right after it (a disclaimer doubts the sentence before)
        if drafts.is_empty() || sentences.is_empty() {
            return Vec::new();
        }
        let last = drafts
            .last()
            .map_or(0, |d| d.sentence + 1)
            .min(sentences.len());
        let mut sources = attribution::SourceHistory::default();
        let mut attributions: Vec<Vec<Attribution>> = Vec::with_capacity(last + 1);
        for s in &sentences[..=last.min(sentences.len() - 1)] {
            let a = self.attributions(s, &mut sources);
            attributions.push(a);
        }
        self.one_name_per_person(&mut attributions);
        let mut hedges: Vec<Option<Option<HedgeWord>>> = vec![None; sentences.len()];
        for d in drafts {
            for si in [d.sentence, d.sentence + 1] {
                if si < sentences.len() && hedges[si].is_none() {
                    hedges[si] = Some(self.hedge_in(&sentences[si]));
                }
            }
        }
        let disclaimed: Vec<bool> = hedges
            .iter()
            .map(|h| h.flatten() == Some(HedgeWord::Disclaimer))
            .collect();
        let mut has_claim = vec![false; sentences.len()];
        for d in drafts {
            has_claim[d.sentence] = true;
        }
        // a disclaimer doubts the sentence before only when it has no claim of its own ("It
        // was not possible to verify the claim."); otherwise it doubts its own
        let disclaimer: Vec<bool> = hedges
            .iter()
            .enumerate()
            .map(|(si, h)| h.flatten() == Some(HedgeWord::Disclaimer) && !has_claim[si])
            .collect();
        let lead = self.lead_date(times);
        let mut out: Vec<ClaimFrame> = Vec::with_capacity(drafts.len());
        for (i, d) in drafts.iter().enumerate() {
            let s = &sentences[d.sentence];
            let attribution = self.attribution_for(d, d.sentence, sentences, &attributions);
            let side = d.side.clone().or_else(|| {
                let earlier: Vec<(&Draft, Option<&str>)> = drafts[i.saturating_sub(8)..i]
                    .iter()
                    .zip(&out[i.saturating_sub(8)..i])
                    .map(|(e, c)| (e, c.side.as_deref()))
                    .collect();
                let party = attribution.as_ref().and_then(Attribution::stated_party);
                self.side_from_context(d, s, &earlier, party)
            });
            let mut is_hedged = disclaimed[d.sentence]
                || (hedges[d.sentence].flatten().is_some() && self.hedge_reaches(d, s))
                || disclaimer.get(d.sentence + 1).copied().unwrap_or(false)
                || attribution.as_ref().is_some_and(|a| a.doubting);
            if attribution.as_ref().is_some_and(|a| a.hedged) {
                is_hedged = true;
            }
            let (date, date_basis) = self.date_for(d, s, sentences, times, lead);
            // "Turkey, which has taken in 3.6 million refugees": the host is the place
            let host = (d.event == EventKind::Host)
                .then(|| d.predicate.and_then(|(v, _)| self.owner_of(v, s.first)))
                .flatten()
                .filter(|h| self.lexicon.frame().place_named(h).is_some());
            let place = d
                .place
                .clone()
                .or(host)
                .or_else(|| self.place_for(d.first, s));
            let counted = if d.phrase.is_empty() {
                None
            } else {
                Some(Span {
                    start: self.tokens[d.phrase.start].start,
                    end: self.tokens[d.phrase.end - 1].end,
                })
            };
            let concept = self.concept_of(d, s, drafts).map(|(a, b)| Span {
                start: self.tokens[a].start,
                end: self.tokens[b - 1].end,
            });
            let predicate = d.predicate.map(|(a, b)| Span {
                start: self.tokens[a].start,
                end: self.tokens[b - 1].end,
            });
            out.push(ClaimFrame {
                start: d.start,
                end: d.end,
                kind: d.kind,
                quantity: d.quantity.clone(),
                counted,
                what: d.what.clone().unwrap_or_else(|| "thing".into()),
                event: d.event,
                predicate,
                side,
                source: attribution.as_ref().map(|a| a.source.canonical.clone()),
                source_span: attribution.as_ref().map(|a| a.span),
                source_party: attribution.and_then(|a| a.source.party),
                hedged: is_hedged,
                date,
                date_basis,
                place,
                sentence: s.span,
                concept,
                direction: self.direction_of(d, s, drafts),
                published: self.published,
            });
        }
        out
    }

    /// The party that owns a possessive pronoun at token `p`: the nearest actor named as
    /// such before it (a name, capital or leader, not a demonym adjective), in the sentence
    /// or the one before.
    pub(super) fn owner_of(&self, p: usize, sentence_first: usize) -> Option<String> {
        let from = sentence_first.saturating_sub(60);
        let mut k = p;
        while k > from {
            k -= 1;
            if let Some((actor, term, _)) =
                self.lexicon.frame().actor_at(self.text, &self.tokens, k)
            {
                if matches!(
                    term,
                    ActorTerm::Name | ActorTerm::Metonym | ActorTerm::Leader | ActorTerm::Force
                ) {
                    return Some(actor.name.clone());
                }
            }
        }
        None
    }

    /// "attacked a Turkish military post … five soldiers were killed": counted people with no
    /// party of their own belong to the party of the military unit or post named before them.
    pub(super) fn side_of_nearby_military(
        &self,
        first: usize,
        sentence_first: usize,
    ) -> Option<String> {
        let mut k = first;
        while k > sentence_first {
            k -= 1;
            if let Some((actor, term @ (ActorTerm::Adjective | ActorTerm::Force), n)) =
                self.lexicon.frame().actor_at(self.text, &self.tokens, k)
            {
                let military = term == ActorTerm::Force
                    || (k + n..(k + n + 3).min(first)).any(|j| {
                        self.lexicon
                            .frame()
                            .counted_at(&self.lowered, &self.tokens, j)
                            .is_some_and(|(c, _)| {
                                matches!(c.family.as_str(), "military" | "infrastructure")
                            })
                            || self.lower(j) == "military"
                    });
                if military {
                    return Some(actor.name.clone());
                }
            }
        }
        None
    }

    /// The party a document calls "the regime" or "the government": the one most often
    /// named next to those words ("the Syrian regime", "Assad's government").
    pub(super) fn government_party(&self) -> Option<String> {
        let mut regime: Vec<(String, usize)> = Vec::new();
        let mut government: Vec<(String, usize)> = Vec::new();
        for i in 0..self.tokens.len() {
            let w = self.lower(i);
            let table = match w {
                "regime" => &mut regime,
                "government" => &mut government,
                _ => continue,
            };
            // the actor right before: "Syrian regime", "Assad's government", "Syria's regime"
            let mut k = i;
            while k > 0 && i - k < 4 {
                k -= 1;
                if let Some((name, n)) = self.party_at(k) {
                    if k + n >= i || matches!(self.word(k + n), "'") {
                        match table.iter_mut().find(|(p, _)| *p == name) {
                            Some(e) => e.1 += 1,
                            None => table.push((name, 1)),
                        }
                    }
                    break;
                }
            }
        }
        let best = |t: &[(String, usize)]| t.iter().max_by_key(|(_, n)| *n).map(|(p, _)| p.clone());
        best(&regime).or_else(|| best(&government))
    }
}
