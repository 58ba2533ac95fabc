//! Fractions: unicode, in words, and as ratios.
//!
//! "½", "a third", "two thirds", "three-quarters", "half a million", "a quarter of a million",
//! "3 million and a half", and the ratios "one in five" and "1 out of 3". Numerator and
//! denominator must agree in number: "a third" and "two thirds", never "one thirds".

use super::{Number, Scanner};
use crate::lexicon::CardinalWord;

impl Scanner<'_> {
    pub(super) fn unicode_fraction(&self, i: usize) -> Option<f64> {
        Some(match self.raw(i) {
            "½" => 0.5,
            "⅓" => 1.0 / 3.0,
            "⅔" => 2.0 / 3.0,
            "¼" => 0.25,
            "¾" => 0.75,
            "⅕" => 0.2,
            "⅖" => 0.4,
            "⅗" => 0.6,
            "⅘" => 0.8,
            "⅙" => 1.0 / 6.0,
            "⅚" => 5.0 / 6.0,
            "⅛" => 0.125,
            "⅜" => 0.375,
            "⅝" => 0.625,
            "⅞" => 0.875,
            _ => return None,
        })
    }

    /// "… and a half", "… and three quarters" after a scaled number: "3 million and a half".
    pub(super) fn and_a_fraction(&self, n: &mut Number) {
        let j = n.end;
        if !self.is_word(j, "and") || n.scale.is_none() {
            return;
        }
        if let Some(f) = self.word_fraction_scaled(j + 1, false) {
            if f.value < 1.0 {
                let mut scale = n.scale.unwrap_or(1.0);
                let mut end = f.end;
                // "one billion and a half million": the fraction of a smaller scale
                if let Some(CardinalWord::Scale(s)) = self.num.cardinal(self.word(end)) {
                    if s < scale {
                        scale = s;
                        end += 1;
                    }
                }
                n.value += f.value * scale;
                n.end = end;
            }
        }
    }

    /// Whether token `i` starts a cardinal and a fraction denominator ("two thirds"), so that
    /// "one hundred and two thirds" keeps "two thirds" for the fraction reading.
    pub(super) fn followed_by_fraction_denominator(&self, i: usize) -> bool {
        let mut j = i + 1;
        if self.is_dash(j) {
            j += 1;
        }
        let w = self.word(j);
        let one = matches!(self.word(i), "one" | "a" | "an");
        self.num
            .ordinal(w)
            .is_some_and(|(d, plural)| (plural || one) && d >= 3.0)
            || matches!(w, "quarters" | "halves")
            || one && matches!(w, "half" | "quarter")
    }

    /// A fraction in words at `i`: "a half", "a third", "two thirds", "three-quarters",
    /// "one and a half", "half a million", "a quarter of a million", "five eighths".
    pub(super) fn word_fraction_at(&self, i: usize) -> Option<Number> {
        self.word_fraction_scaled(i, true)
    }

    /// An ordinal phrase at `i` that can be a denominator or a rank: "fifth", "twenty-first",
    /// "one hundred and fifth", "hundredths"; returns (value, plural, end).
    fn ordinal_phrase_at(&self, i: usize) -> Option<(f64, bool, usize)> {
        if let Some((o, plural)) = self.num.ordinal(self.word(i)) {
            return Some((o, plural, i + 1));
        }
        let c = self.words_number_from(i, 0.0, i)?;
        if c.scale.is_some() || c.vague.is_some() || c.fraction {
            return None;
        }
        let mut k = c.end;
        if self.is_dash(k) || self.is_word(k, "and") {
            k += 1;
        }
        let (o, plural) = self.num.ordinal(self.word(k))?;
        let v = c.value;
        let compound = ((20.0..100.0).contains(&v) && v % 10.0 == 0.0 && o < 10.0)
            || (v >= 100.0 && v % 100.0 == 0.0 && o < 100.0);
        compound.then_some((v + o, plural, k + 1))
    }

    pub(super) fn word_fraction_scaled(&self, i: usize, allow_scale: bool) -> Option<Number> {
        let w = self.word(i);
        // half a million, half a dozen, half
        if w == "half" {
            if matches!(self.word(i + 1), "a" | "an") {
                if let Some(CardinalWord::Scale(s)) = self.num.cardinal(self.word(i + 2)) {
                    let mut n = Number::simple(i, i + 3, 0.5 * s);
                    n.scale = Some(s);
                    n.mantissa = 0.5;
                    n.words = true;
                    return Some(n);
                }
                if self.word(i + 2) == "dozen" {
                    let mut n = Number::simple(i, i + 3, 6.0);
                    n.words = true;
                    return Some(n);
                }
            }
            if let Some(CardinalWord::Scale(s)) = self.num.cardinal(self.word(i + 1)) {
                let mut n = Number::simple(i, i + 2, 0.5 * s);
                n.scale = Some(s);
                n.mantissa = 0.5;
                n.words = true;
                return Some(n);
            }
            let before = i.checked_sub(1).map_or("", |p| self.word(p));
            let hyphenated = (i > 0 && self.is_dash(i - 1) && self.glued(i))
                || (self.is_dash(i + 1) && self.glued(i + 1));
            if hyphenated
                || self.num.ordinal(before).is_some()
                || matches!(before, "the" | "this" | "that" | "each" | "other" | "every")
            {
                return None;
            }
            let mut n = Number::simple(i, i + 1, 0.5);
            n.fraction = true;
            n.words = true;
            return Some(n);
        }
        if w == "quarter"
            && self
                .num
                .cardinal(self.word(i + 1))
                .is_some_and(|c| matches!(c, CardinalWord::Scale(_)))
        {
            if let Some(CardinalWord::Scale(s)) = self.num.cardinal(self.word(i + 1)) {
                let mut n = Number::simple(i, i + 2, 0.25 * s);
                n.scale = Some(s);
                n.mantissa = 0.25;
                n.words = true;
                return Some(n);
            }
        }
        // numerator: a / an / a cardinal in words
        let article_alone = (w == "a" || w == "an")
            && !matches!(
                self.num.cardinal(self.word(i + 1)),
                Some(CardinalWord::Hundred | CardinalWord::Scale(_))
            );
        let (num, mut j, article) = if article_alone {
            (1.0, i + 1, true)
        } else if let Some(n) = self.words_number_from(i, 0.0, i) {
            if !n.words {
                return None;
            }
            // "one hundred thirty-fifths": a hyphen binds the tens to the denominator
            let mut end = n.end;
            let mut value = n.value;
            let tens_then_ordinal = |k: usize| {
                self.num
                    .ordinal(self.word(k))
                    .is_some_and(|(o, _)| o < 10.0)
            };
            if end >= 2 {
                if let Some(CardinalWord::Tens(t)) = self.num.cardinal(self.word(end - 1)) {
                    let hyphen = self.is_dash(end) && self.glued(end) && tens_then_ordinal(end + 1);
                    let after_scale = matches!(
                        self.num.cardinal(self.word(end - 2)),
                        Some(CardinalWord::Hundred | CardinalWord::Scale(_))
                    );
                    if value > t && (hyphen || after_scale && tens_then_ordinal(end)) {
                        end -= 1;
                        value -= t;
                    }
                }
            }
            (value, end, false)
        } else {
            return None;
        };
        if self.is_dash(j) {
            j += 1;
        }
        let dw = self.word(j);
        let (den, plural, den_end) = match self.num.fraction_noun(dw) {
            Some((d, p)) => (d, p, j + 1),
            None => {
                let (d, p, e) = self.ordinal_phrase_at(j)?;
                // "a second" is a duration, "one first" no fraction
                if d < 3.0 {
                    return None;
                }
                (d, p, e)
            }
        };
        // "a third" and "two thirds" are English, "one thirds" and "two third" are not
        if (num == 1.0) == plural {
            return None;
        }
        // "a third time": a singular ordinal read as an ordinal before a noun
        if article && self.num.ordinal(dw).is_some() && !plural {
            let next = self.word(j + 1);
            let ok = next.is_empty()
                || next == "of"
                || matches!(self.num.cardinal(next), Some(CardinalWord::Scale(_)));
            if !ok {
                return None;
            }
        }
        // "a third-round loss", "a half-decent mark": the word is part of a compound adjective
        if self.is_dash(den_end) && self.glued(den_end) && self.glued_alnum(den_end + 1) {
            return None;
        }
        let mut value = num / den;
        let mut end = den_end;
        let mut n_scale = None;
        // "two thirds of a million", "a quarter of a million"
        if !allow_scale {
        } else if self.is_word(end, "of") && matches!(self.word(end + 1), "a" | "an") {
            if let Some(CardinalWord::Scale(s)) = self.num.cardinal(self.word(end + 2)) {
                value *= s;
                end += 3;
                n_scale = Some(s);
            }
        } else if let Some(CardinalWord::Scale(s)) = self.num.cardinal(self.word(end)) {
            value *= s;
            end += 1;
            n_scale = Some(s);
        }
        let mut n = Number::simple(i, end, value);
        n.fraction = n_scale.is_none();
        n.scale = n_scale;
        n.words = true;
        Some(n)
    }

    /// "one in five", "1 out of 3", "one over three" after a number.
    pub(super) fn ratio_after(&self, num: &Number) -> Option<(Number, usize)> {
        if num.fraction || num.vague.is_some() || num.scale.is_some() {
            return None;
        }
        let j = num.end;
        let (k, strict) = match self.word(j) {
            "in" => (j + 1, true),
            "out" if self.is_word(j + 1, "of") => (j + 2, false),
            "over" => (j + 1, true),
            _ => return None,
        };
        let den = self.number_at(k, false)?;
        if den.vague.is_some() || den.fraction || den.value == 0.0 {
            return None;
        }
        if strict && (num.value >= den.value || den.plain_digits == Some(4)) {
            return None;
        }
        if self.word(j) == "over" && !self.word(den.end).is_empty() {
            return None; // "$2000 over 3 years"
        }
        if !strict && num.value > den.value {
            return None;
        }
        let mut r = Number::simple(num.first, den.end, num.value / den.value);
        r.fraction = true;
        Some((r, den.end))
    }
}
