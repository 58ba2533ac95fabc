//! Which numbers of a sentence are figures at all: a number word inside a name ("World War
//! Two"), a label line of a table, a version after a name ("Halo 2"), a written decimal with
//! nothing counted, the magnitude of a quake, the strength of a unit ("a 3,000-strong force"),
//! and the dimension of a measure.
//!
//! It reads one number in its sentence and knows nothing of other sentences.

use super::words::is;
use super::{Doc, Draft, Sentence};
use crate::lexicon::ClaimList;
use crate::quantity::MentionKind;
use crate::text::token::TokenKind;

impl Doc<'_> {
    /// "BBC Radio Five Live", "World War Two", "the Group of Seven", "Formula One": a number
    /// word written capitalised inside a sentence of prose is part of a name, not a count.
    /// Not at the start of a sentence or after a quotation mark, colon, dash or bracket (which
    /// may open one), and not in a headline, where every word is capitalised.
    pub(super) fn number_word_in_a_name(&self, d: &Draft, s: &Sentence) -> bool {
        if d.kind != MentionKind::Cardinal || !self.is_capitalised(d.first) || d.first == s.first {
            return false;
        }
        // "At least 12", "More than 40", "Scores of": a capitalised modifier opens a sentence
        // or a line, and only a number word itself can be part of a name
        if self
            .lexicon
            .numbers()
            .cardinal(self.lower(d.first))
            .is_none()
        {
            return false;
        }
        // a new line opens a sentence unless the line before was cut in mid-phrase ("the
        // Group of\nSeven" in hard-wrapped wire copy)
        let line_start =
            self.text[self.tokens[d.first - 1].end..self.tokens[d.first].start].contains('\n');
        let wrapped = self.is_lowercase_word(d.first - 1)
            || matches!(self.word(d.first - 1), "," | "-" | "the" | "of" | "a");
        if line_start && !wrapped {
            return false;
        }
        // after a stop with no space ("in Gaza.Ten Palestinians"): text whose spaces were
        // lost when it was scraped, and a new sentence all the same
        if matches!(
            self.word(d.first - 1),
            "\"" | ":" | "-" | "(" | "[" | "'" | "."
        ) {
            return false;
        }
        // glued to the word before ("CanadaFive Canadians"): a heading run into its text
        if !self.tokens[d.first].space_before {
            return false;
        }
        let words = (s.first..s.end).filter(|&k| self.tokens[k].kind == TokenKind::Word);
        let (all, capitalised) = words.fold((0, 0), |(n, c), k| {
            (n + 1, c + usize::from(self.is_capitalised(k)))
        });
        // a headline in title case: "Syria Attack Kills Five Turkish Soldiers"
        capitalised * 5 < all * 3
    }

    /// Whether a number is the magnitude of a quake: next to "magnitude" ("magnitude 6.1",
    /// "6.1-magnitude", "a magnitude of 5.9", "7.6 and 7.5 magnitude quakes"), before "on the
    /// Richter scale", or after "measuring"/"registering" in a sentence about a quake. A
    /// magnitude is a decimal between 1 and 10.
    pub(super) fn quake_magnitude(&self, d: &Draft, s: &Sentence) -> bool {
        if !(1.0..=10.0).contains(&d.quantity.value) || d.kind != MentionKind::Cardinal {
            return false;
        }
        let cue = |k: usize| self.in_list(ClaimList::MagnitudeWords, self.lower(k));
        // before: "magnitude 6.1", "magnitude-6.1", "a magnitude of 5.9", "at magnitude 5.4"
        let mut k = d.first;
        let mut steps = 0;
        while k > s.first && steps < 3 {
            k -= 1;
            steps += 1;
            if cue(k) {
                return true;
            }
            if !matches!(self.lower(k), "-" | "of" | "at" | "least" | "about" | "a") {
                break;
            }
        }
        // after: "6.1-magnitude", "7.6 and 7.5 magnitude", "5.6 on the Richter scale"
        let mut k = d.after;
        while k < s.end && k - d.after < 6 {
            if cue(k) || self.lower(k) == "richter" {
                return true;
            }
            let w = self.lower(k);
            let joins = matches!(w, "-" | "and" | "or" | "on" | "the" | ",")
                || self.is_number_token(k)
                || self.word(k) == ".";
            if !joins {
                break;
            }
            k += 1;
        }
        // "two quakes, measuring 7.6 and 7.4": a verb of measuring in a sentence of quakes
        let measured = (d.first.saturating_sub(7).max(s.first)..d.first)
            .any(|k| self.in_list(ClaimList::MeasuringVerbs, self.lower(k)));
        measured && (s.first..s.end).any(|k| self.in_list(ClaimList::QuakeWords, self.lower(k)))
    }

    /// Whether a spelled number stands on a line of at most three words with no event word:
    /// a label of a table ("Nine mths", "Six months"), not a sentence.
    pub(super) fn label_line(&self, d: &Draft) -> bool {
        let start = self.text[..d.start].rfind('\n').map_or(0, |i| i + 1);
        let end = self.text[d.end..]
            .find('\n')
            .map_or(self.text.len(), |i| d.end + i);
        if start == 0 && end == self.text.len() {
            return false; // a text of one line is a sentence, however short
        }
        let (first, last) = (self.token_at(start), self.token_at(end));
        let words = (first..last)
            .filter(|&k| self.tokens[k].kind == TokenKind::Word)
            .count();
        let frame = self.lexicon.frame();
        let spelled = self.tokens[d.first].kind == TokenKind::Word;
        // the number opens its line, and the line before ends whole (not hard-wrapped prose)
        let opens = first == d.first
            && (d.first == 0
                || !(self.is_lowercase_word(d.first - 1)
                    || matches!(self.word(d.first - 1), "," | "-")));
        spelled
            && opens
            && words <= 3
            && !(first..last).any(|k| frame.event_at(&self.lowered, &self.tokens, k).is_some())
    }

    /// The token of the unit a number gives the strength of: "3,000-strong force", "a
    /// 500-member battalion", "the 44-man squad".
    pub(super) fn strength_of_a_unit(&self, d: &Draft) -> Option<usize> {
        if self.word(d.after) != "-"
            || !is(
                &["strong", "member", "man", "person"],
                self.lower(d.after + 1),
            )
        {
            return None;
        }
        let noun = d.after + 2;
        (self.tokens.get(noun)?.kind == TokenKind::Word && self.is_lowercase_word(noun))
            .then_some(noun)
    }

    /// "Halo 2 has been released", "Apollo 11": a bare number right after a name is part of
    /// it (not after a capitalised verb of a headline, "Blast Kills Hundreds", nor after a
    /// capitalised first word, "While hundreds of thousands have fled").
    pub(super) fn number_of_a_name(&self, d: &Draft, s: &Sentence) -> bool {
        if d.first == s.first || !self.is_capitalised(d.first - 1) {
            return false;
        }
        let before = self.lower(d.first - 1);
        let function_word = self.in_list(ClaimList::Determiners, before)
            || self.in_list(ClaimList::Prepositions, before)
            || self.in_list(ClaimList::Conjunctions, before)
            || self.in_list(ClaimList::Pronouns, before)
            || self.in_list(ClaimList::ClauseBarriers, before)
            || matches!(before, "when" | "as" | "if" | "some" | "about");
        !function_word
            && self
                .lexicon
                .frame()
                .event_at(&self.lowered, &self.tokens, d.first - 1)
                .is_none()
    }

    /// Whether a number is a fraction of a unit ("9.1", "107-1/2"), not a count: a figure
    /// whose bounds are whole ("nearly 2,400", "two or three") may have a midpoint that is
    /// no whole number and still count people.
    pub(super) fn written_decimal(d: &Draft) -> bool {
        let q = &d.quantity;
        // ("two or three were killed": a range of whole counts has a midpoint of a half)
        q.low.fract() != 0.0
            || (q.high.is_finite() && q.high.fract() != 0.0)
            || (q.value.fract() != 0.0 && q.modifier.is_none())
    }

    /// The dimension of a measure, currency or percent mention.
    pub(super) fn measure_class(&self, d: &Draft) -> String {
        match d.kind {
            MentionKind::Percent => "percent".into(),
            MentionKind::Currency => "money".into(),
            _ => self.lexicon.unit(&d.quantity.unit).map_or_else(
                || "measure".into(),
                |u| format!("{:?}", u.dimension).to_lowercase(),
            ),
        }
    }
}
