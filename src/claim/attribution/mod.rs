//! Who makes a claim: "according to X", "X said", "said X", "X told reporters", "X quoted Y
//! as saying", quotations attributed before or after, and references back ("the ministry",
//! "the observatory", "he", "the official") to a source named earlier in the document.
//!
//! This room finds the attributions of a sentence (the reporting word and the phrase of its
//! speaker) and the attribution a figure takes. What the phrase is made of lives in
//! [`speaker`]; what name it resolves to, in [`canonical`]. It must not know the claims'
//! stories or reconciliation: a source is resolved within one document.

mod canonical;
mod speaker;

use super::words::is;
use super::{Doc, Draft, Sentence};
use crate::lexicon::{AttributionWord, ClaimList};
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
    /// The party is not written but taken from the place the report is about ("officials
    /// said" of a quake in Iran): one voice with the country's, but no evidence of whose
    /// people are counted.
    pub party_from_place: bool,
}

impl ResolvedSource {
    /// A named source of the lexicon, as it resolves.
    fn named(source: &crate::lexicon::Source) -> ResolvedSource {
        ResolvedSource {
            canonical: source.name.clone(),
            party: (!source.party.is_empty()).then(|| source.party.clone()),
            person: false,
            kind: source.kind.clone(),
            party_from_place: false,
        }
    }
}

/// How many sources named before a reference back ("the ministry", "he") may reach: far
/// enough for any report, and a bound on the work in a document of a million words.
const HISTORY_REACH: usize = 64;

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
    /// The canonical name of a body named before that this person speaks for ("the
    /// agency" of "Head of the agency Captain Manrosan"): one voice in the document.
    pub speaks_for: Option<String>,
}

impl Attribution {
    /// The party its source is written to speak for (not one taken from the report's place).
    pub(super) fn stated_party(&self) -> Option<&str> {
        (!self.source.party_from_place)
            .then_some(self.source.party.as_deref())
            .flatten()
    }
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

/// How many tokens a sentence's opening participial clause may span before its comma.
const PARTICIPLE_REACH: usize = 40;

/// First-person pronouns: inside a quotation they are its speaker, named elsewhere.
const FIRST_PERSON: &[&str] = &["we", "i", "us"];

/// Auxiliaries of a passive reporting verb ("Y was quoted as saying").
const PASSIVE_AUXILIARIES: &[&str] = &[
    "was", "were", "is", "are", "been", "being", "has", "have", "had",
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
            // Said Haji"), not a reporting verb; after a determiner, a reporting word is a
            // noun ("The notes can be converted", "its report")
            let noun = self.is_reporting_noun(k, n, s.first);
            if noun
                || (k > s.first
                    && self.is_capitalised(k)
                    && !matches!(word, AttributionWord::According))
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
                    // "Iranian officials were quoted by AP as saying": the carrier is no
                    // speaker; the subject of the passive is
                    let passive = k > s.first
                        && is(PASSIVE_AUXILIARIES, self.lower(k - 1))
                        && p.is_some_and(|(_, b)| self.lower(b) == "as");
                    if passive {
                        if let Some(subject) = self.phrase_before(k - 1, s.first) {
                            if let Some(a) = self.make_attribution(k, subject, false, history) {
                                out.push(a);
                            }
                            k = p.map_or(k + n, |(_, b)| b + 2);
                            continue;
                        }
                    }
                    p.map(|p| (p, false))
                }
                AttributionWord::Participle => {
                    // "Speaking by phone from Gaza, Mr Ging struggled …": only opening its
                    // sentence, the subject after the comma (up to its verb)
                    let comma =
                        (k + n..s.end.min(k + n + PARTICIPLE_REACH)).find(|&j| self.word(j) == ",");
                    let subject = comma
                        .filter(|_| k == s.first)
                        .and_then(|c| self.phrase_after(c + 1, s.end))
                        .map(|(a, b)| (a, self.subject_end(a, b)));
                    subject.map(|p| (p, false))
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
                    // "if the reports are confirmed, China's …", "it was reported": a
                    // passive reporting verb has no speaker, but after "by"
                    let passive = k > s.first
                        && matches!(
                            self.lower(k - 1),
                            "is" | "are" | "was" | "were" | "be" | "been" | "being"
                        );
                    if passive {
                        if self.lower(k + n) == "by" {
                            if let Some(p) = self.phrase_after(k + n + 1, s.end) {
                                if let Some(a) = self.make_attribution(k, p, doubting, history) {
                                    out.push(a);
                                }
                            }
                        }
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
                        // (a phrase after the verb that does not end its clause is the
                        // reported clause's subject, "traders indicated China may lack", and
                        // speaks only when nothing stands before the verb)
                        let object = || {
                            before
                                .is_none()
                                .then(|| self.phrase_after(k + n, s.end))
                                .flatten()
                        };
                        (before, after.or_else(object))
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

    /// Whether the reporting word of `n` tokens at `k` is a noun after a determiner ("The
    /// notes can be converted", "the report says", "its statement").
    pub(super) fn is_reporting_noun(&self, k: usize, n: usize, sentence_first: usize) -> bool {
        k > sentence_first
            && n == 1
            && (matches!(
                self.lower(k - 1),
                "the" | "a" | "an" | "this" | "these" | "those"
            ) || self.in_list(ClaimList::Possessives, self.lower(k - 1)))
            && !matches!(
                self.lexicon
                    .frame()
                    .attribution_at(&self.lowered, &self.tokens, k),
                Some((AttributionWord::According, _))
            )
    }

    /// The first party tokens `[a, b)` name: the party of a named source ("the UN
    /// humanitarian office"), else an actor ("Turkish", "Hamas").
    pub(super) fn party_named_in(&self, a: usize, b: usize) -> Option<String> {
        let frame = self.lexicon.frame();
        (a..b).find_map(|k| {
            frame
                .source_at(&self.lowered, &self.tokens, k)
                .and_then(|(s, _)| (!s.party.is_empty()).then(|| s.party.clone()))
                .or_else(|| {
                    frame
                        .actor_at(self.text, &self.tokens, k)
                        .map(|(actor, _, _)| actor.name.clone())
                })
        })
    }

    /// The party of an appositive between a speaker and its verb: "David Swanson,
    /// spokesman for the UN humanitarian office, said" speaks for the United Nations.
    fn party_of_appositive(&self, from: usize, verb: usize) -> Option<String> {
        if self.word(from) != "," {
            return None;
        }
        self.party_named_in(from + 1, verb)
    }

    fn make_attribution(
        &self,
        at: usize,
        (a, b): (usize, usize),
        doubting: bool,
        history: &mut SourceHistory,
    ) -> Option<Attribution> {
        let mut source = self.resolve_source(a, b, history)?;
        // a name on one line ("U.S. Agriculture\nDepartment" is "U.S. Agriculture Department")
        let ragged = source.canonical.contains("  ")
            || source
                .canonical
                .contains(|c: char| c.is_whitespace() && c != ' ');
        if ragged {
            source.canonical = source
                .canonical
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
        }
        let speaks_for = source
            .person
            .then(|| self.body_spoken_for(a, b, at, history))
            .flatten();
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
            speaks_for,
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

#[cfg(test)]
mod tests {
    use crate::claim::{extract, ClaimFrame};
    use crate::lexicon::Lexicon;

    fn source_of(text: &str, written: &str) -> Option<String> {
        let claims: Vec<ClaimFrame> = extract(text, None, Lexicon::builtin());
        claims
            .iter()
            .find(|c| &text[c.start..c.end] == written)
            .unwrap_or_else(|| {
                let spans: Vec<&str> = claims.iter().map(|c| &text[c.start..c.end]).collect();
                panic!("no claim {written:?} in {spans:?}")
            })
            .source
            .clone()
    }

    #[test]
    fn a_name_after_a_quotation_speaks_over_appositives_of_place() {
        let text = "\"We have treated 40 injured people,\" Maria Okonjo, a nurse at a clinic \
                    in Kasese town, Rwenzori district, told reporters.";
        assert_eq!(source_of(text, "40").as_deref(), Some("Maria Okonjo"));
    }

    #[test]
    fn the_carrier_of_a_passive_quotation_is_no_speaker() {
        let text = "Chilean officials were quoted by Reuters as saying that 14 people had died.";
        assert_eq!(source_of(text, "14").as_deref(), Some("Chilean government"));
    }

    #[test]
    fn a_body_and_the_head_who_speaks_for_it_are_one_voice() {
        let text = "The floods destroyed 300 homes, the provincial disaster agency said on \
                    Monday. Head of the agency Colonel Ruslan Hadi told reporters that 12 \
                    people had died.";
        assert_eq!(source_of(text, "12").as_deref(), Some("Ruslan Hadi"));
        assert_eq!(source_of(text, "300").as_deref(), Some("Ruslan Hadi"));
        // a body no one is said to speak for keeps its name
        let text = "The floods destroyed 300 homes, the provincial disaster agency said. \
                    Colonel Ruslan Hadi told reporters that 12 people had died.";
        assert_ne!(source_of(text, "300").as_deref(), Some("Ruslan Hadi"));
    }

    #[test]
    fn a_sentence_opening_with_speaking_is_its_subjects() {
        let text = "John Ogara is the aid agency's director in Juba. Speaking by phone from \
                    Juba, Mr Ogara described an attack that killed 14 people.";
        assert_eq!(source_of(text, "14").as_deref(), Some("John Ogara"));
        let text = "Speaking to reporters, the Turkish defence ministry put the toll at 9.";
        assert_eq!(
            source_of(text, "9").as_deref(),
            Some("Turkish Ministry of Defense")
        );
    }
}
