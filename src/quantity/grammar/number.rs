//! Any number at a token: the one entry point every reading calls for "a number here".
//!
//! `number_at` reads a unicode fraction ("½"), digits ("3.5"), the longer of a fraction and a
//! cardinal in words ("two thirds", "two hundred"), a whole and a fraction ("one and a half"),
//! or a vague amount ("dozens", "several hundred", "tens of thousands").

use super::{Number, Scanner};
use crate::lexicon::CardinalWord;
use crate::quantity::convention::vague_amount;
use crate::text::token::TokenKind;

impl Scanner<'_> {
    /// Any number at `i`: digits, words, a fraction, or a vague amount.
    pub(super) fn number_at(&self, i: usize, after_currency: bool) -> Option<Number> {
        let t = self.tok(i)?;
        match t.kind {
            TokenKind::Digits => self.digits_number_at(i, after_currency),
            TokenKind::Other => {
                if let Some(f) = self.unicode_fraction(i) {
                    let mut n = Number::simple(i, i + 1, f);
                    n.fraction = true;
                    return Some(n);
                }
                self.digits_number_at(i, after_currency)
            }
            TokenKind::Word => {
                if let Some(v) = self.vague_at(i) {
                    return Some(v);
                }
                let frac = self.word_fraction_at(i);
                let card = self.words_number_from(i, 0.0, i);
                let mut best = match (frac, card) {
                    (Some(f), Some(c)) => Some(if f.end > c.end { f } else { c }),
                    (f, c) => f.or(c),
                }?;
                // "one and a half", "twenty and three fifths", "five and a half million"
                if !best.fraction && self.is_word(best.end, "and") {
                    if let Some(f) = self.word_fraction_scaled(best.end + 1, false) {
                        if f.fraction && f.value < 1.0 {
                            let mut v = best.value + f.value;
                            let mut end = f.end;
                            let mut scale = None;
                            if let Some(CardinalWord::Scale(s)) = self.num.cardinal(self.word(end))
                            {
                                v *= s;
                                end += 1;
                                scale = Some(s);
                            }
                            best = Number::simple(i, end, v);
                            best.words = true;
                            best.fraction = scale.is_none();
                            if let Some(s) = scale {
                                best.scale = Some(s);
                                best.half_width = (0.5 * s * 0.1).min(self.conv.precision_cap * v);
                            }
                        }
                    }
                }
                Some(best)
            }
        }
    }

    /// A vague amount at `i`: "dozens", "several hundred", "hundreds of thousands",
    /// "tens of thousands", "a few", "a couple of dozen".
    fn vague_at(&self, i: usize) -> Option<Number> {
        let mut found = None;
        for n in (1..=3).rev() {
            if i + n > self.toks.len() || (i..i + n).any(|k| self.word(k).is_empty()) {
                continue;
            }
            let key = (i..i + n)
                .map(|k| self.word(k))
                .collect::<Vec<_>>()
                .join(" ");
            if let Some(range) = vague_amount(&key) {
                found = Some((range, n, key));
                break;
            }
        }
        let ((mut lo, mut hi), n, key) = found?;
        let mut end = i + n;
        // "scores" and "tens" are amounts only before "of" ("the scores were level", "tens
        // digit"); "scores" also before "more" or "others" and opening a clause before its verb
        // ("scores more were hurt", "Scores were killed"); "a couple" only before a number
        let needs_of = matches!(key.as_str(), "scores" | "tens" | "handfuls");
        if needs_of && !self.is_word(end, "of") && !(key == "scores" && self.scores_amount(i)) {
            return None;
        }
        if key == "a couple"
            && !matches!(
                self.num.cardinal(self.word(end)),
                Some(CardinalWord::Hundred | CardinalWord::Scale(_) | CardinalWord::Dozen)
            )
        {
            return None;
        }
        // "hundreds of thousands", "tens of millions"
        if self.is_word(end, "of") {
            let next = self.word(end + 1);
            let scale = match next {
                "thousands" => Some(1e3),
                "millions" => Some(1e6),
                "billions" => Some(1e9),
                "dozens" => Some(12.0),
                _ => None,
            };
            if let Some(s) = scale {
                lo *= s;
                hi *= s;
                end += 2;
            }
        } else {
            // "several hundred", "a few thousand", "a couple dozen"
            match self.num.cardinal(self.word(end)) {
                Some(CardinalWord::Hundred) => {
                    lo *= 100.0;
                    hi *= 100.0;
                    end += 1;
                }
                Some(CardinalWord::Scale(s)) => {
                    lo *= s;
                    hi *= s;
                    end += 1;
                }
                Some(CardinalWord::Dozen) => {
                    lo *= 12.0;
                    hi *= 12.0;
                    end += 1;
                }
                _ => {}
            }
            // "a few hundred thousand", "several hundred million": a larger scale multiplies
            // the whole vague amount, never starts a number of its own
            if end > i + n && self.num.cardinal(self.word(end - 1)) == Some(CardinalWord::Hundred) {
                if let Some(CardinalWord::Scale(s)) = self.num.cardinal(self.word(end)) {
                    lo *= s;
                    hi *= s;
                    end += 1;
                }
            }
        }
        let mut n = Number::simple(i, end, (lo * hi).sqrt().round());
        n.vague = Some((lo, hi));
        n.words = true;
        Some(n)
    }

    /// Whether "scores" at `i` is the vague amount without an "of" after it: before "more" or
    /// "others" ("scores more were hurt"), or opening a clause before its verb ("Scores were
    /// killed", "…; scores died"), where the sports or test score would have a determiner or a
    /// noun before it ("the scores were level", "test scores were high").
    fn scores_amount(&self, i: usize) -> bool {
        let next = self.word(i + 1);
        if matches!(next, "more" | "others" | "other") {
            return true;
        }
        let opens_clause = i == 0 || self.word(i - 1).is_empty() || self.is_word(i - 1, "and");
        opens_clause && matches!(next, "were" | "are" | "have" | "had" | "died" | "remain")
    }

    /// Whether a number begins at `i` (for currency signs and modifiers).
    pub(super) fn number_starts_at(&self, i: usize) -> bool {
        self.is_digits(i)
            || self.is_other(i, ".") && self.is_digits(i + 1)
            || self.is_dash(i) && self.is_digits(i + 1)
            || self.num.cardinal(self.word(i)).is_some()
            || matches!(
                self.word(i),
                "a" | "an"
                    | "half"
                    | "several"
                    | "dozens"
                    | "hundreds"
                    | "thousands"
                    | "millions"
                    | "billions"
            )
    }
}
