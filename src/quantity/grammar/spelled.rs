//! Numbers and ordinals written in words.
//!
//! A small state machine reads cardinals the way English builds them: "a hundred and one",
//! "twenty-one", "one thousand two hundred", "three lakh crore", "a dozen", and the words that
//! continue a digit number ("3 hundred and 21"). Ordinals built on them ("twenty-first", "two
//! hundredth") and bare ordinals ("the second time") are ranks, not counts.

use super::{Number, Scanner};
use crate::lexicon::CardinalWord;
use crate::quantity::{Mention, MentionKind, Quantity};
use crate::text::token::TokenKind;

impl Scanner<'_> {
    /// A cardinal in words (or continuing a small digit number `start_value` that began at
    /// token `origin`) starting at token `i`: "a hundred and one", "twenty-one",
    /// "one thousand two hundred", "3 hundred and 21", "half a million", "a dozen".
    pub(super) fn words_number_from(
        &self,
        i: usize,
        start_value: f64,
        origin: usize,
    ) -> Option<Number> {
        #[derive(Clone, Copy, PartialEq)]
        enum Last {
            Start,
            A,
            Unit,
            Teen,
            Tens,
            Hundred,
            Scale,
        }
        let continuing = origin < i;
        let mut total = 0.0f64;
        let mut current = if continuing { start_value } else { 0.0 };
        let mut last = if continuing {
            if start_value < 10.0 {
                Last::Unit
            } else {
                Last::Teen
            }
        } else {
            Last::Start
        };
        let mut last_scale = f64::INFINITY;
        let mut end = i;
        let mut j = i;
        let mut any_word = false;
        let mut final_scale: Option<f64> = None;
        let mut mantissa = 0.0;
        let mut since_and = 0.0;
        loop {
            let w = self.word(j);
            // connectors: "and" after a hundred or a scale, "-" or a space inside "twenty-one"
            // "three million, two hundred": a comma inside a number only before more hundreds
            if last == Last::Scale
                && self.is_other(j, ",")
                && matches!(
                    self.num.cardinal(self.word(j + 1)),
                    Some(CardinalWord::Unit(_) | CardinalWord::Teen(_) | CardinalWord::Tens(_))
                )
                && matches!(
                    self.num.cardinal(self.word(j + 2)),
                    Some(CardinalWord::Hundred | CardinalWord::Scale(_))
                )
            {
                j += 1;
                continue;
            }
            if self.is_other(j, "&")
                && matches!(last, Last::Hundred | Last::Scale)
                && self.num.cardinal(self.word(j + 1)).is_some()
            {
                since_and = current;
                j += 1;
                continue;
            }
            if w == "and" && matches!(last, Last::Hundred | Last::Scale) {
                since_and = current;
                let next = self.word(j + 1);
                let next_is_small = matches!(
                    self.num.cardinal(next),
                    Some(CardinalWord::Unit(_) | CardinalWord::Teen(_) | CardinalWord::Tens(_))
                ) || (self.is_digits(j + 1)
                    && self.digits_len(j + 1) <= 2
                    && !self.glued_alnum(j + 2));
                let next_is_tens = matches!(self.num.cardinal(next), Some(CardinalWord::Tens(_)));
                let new_hundreds = last == Last::Hundred && self.word(j + 2) == "hundred";
                if next_is_small
                    && !new_hundreds
                    && (next_is_tens || !self.followed_by_fraction_denominator(j + 1))
                {
                    j += 1;
                    continue;
                }
                break;
            }
            if self.is_dash(j)
                && last == Last::Tens
                && matches!(
                    self.num.cardinal(self.word(j + 1)),
                    Some(CardinalWord::Unit(_))
                )
            {
                j += 1;
                continue;
            }
            // "Eight-hundred", "eight-hundred-thousand", "two-hundred-fifty": a hyphen glued
            // inside a number in words joins its parts, as a space would
            if self.is_dash(j) && j > i && self.glued(j) && self.glued(j + 1) {
                let joins = match self.num.cardinal(self.word(j + 1)) {
                    Some(CardinalWord::Hundred) => {
                        matches!(last, Last::Unit | Last::Teen | Last::Tens)
                    }
                    Some(CardinalWord::Scale(_)) => {
                        matches!(last, Last::Unit | Last::Teen | Last::Tens | Last::Hundred)
                    }
                    Some(CardinalWord::Unit(_) | CardinalWord::Teen(_) | CardinalWord::Tens(_)) => {
                        matches!(last, Last::Hundred | Last::Scale)
                    }
                    _ => false,
                };
                if joins && self.tok(j + 1).is_some_and(|t| t.kind == TokenKind::Word) {
                    j += 1;
                    continue;
                }
                break;
            }
            if w == "a" || w == "an" {
                if last != Last::Start {
                    break;
                }
                match self.num.cardinal(self.word(j + 1)) {
                    Some(CardinalWord::Hundred | CardinalWord::Scale(_) | CardinalWord::Dozen) => {
                        current = 1.0;
                        last = Last::A;
                        j += 1;
                        continue;
                    }
                    _ => break,
                }
            }
            // small digits after a scale: "4 thousand 3 hundred and 21"
            let cw = if self.is_digits(j)
                && j > i
                && matches!(last, Last::Hundred | Last::Scale)
                && self.digits_len(j) <= 3
                && !self.glued_alnum(j + 1)
                && !(self.is_other(j + 1, ",") || self.is_other(j + 1, "."))
                || (self.is_digits(j)
                    && j > i
                    && matches!(last, Last::Hundred | Last::Scale)
                    && self.digits_len(j) <= 3
                    && !self.glued(j + 1))
            {
                let v = self.digits_value(j);
                // digits stand for a unit, or for a whole part below a thousand
                if v < 10.0 {
                    Some(CardinalWord::Unit(v))
                } else {
                    Some(CardinalWord::Teen(v))
                }
            } else if self.tok(j).is_some_and(|t| t.kind == TokenKind::Word) {
                self.num.cardinal(w).or_else(|| {
                    // "one mln dlrs", "three bln": wire-service scale abbreviations after a
                    // number word (never alone, and never the one-letter ones: "five m")
                    let after_number =
                        matches!(last, Last::Unit | Last::Teen | Last::Tens | Last::Hundred);
                    (after_number && w.len() >= 2)
                        .then(|| self.num.scale_suffix(w, false))
                        .flatten()
                        .filter(|&s| s >= 1e6)
                        .map(CardinalWord::Scale)
                })
            } else {
                None
            };
            let Some(cw) = cw else { break };
            match cw {
                CardinalWord::Unit(u) => {
                    if !matches!(last, Last::Start | Last::Tens | Last::Hundred | Last::Scale) {
                        break;
                    }
                    if last == Last::Tens
                        && self.toks[j].space_before
                        && !self.is_dash(j - 1)
                        && self.word(j - 1).is_empty()
                    {
                        break;
                    }
                    current += u;
                    last = Last::Unit;
                }
                CardinalWord::Teen(t) => {
                    if !matches!(last, Last::Start | Last::Hundred | Last::Scale) {
                        break;
                    }
                    current += t;
                    last = if t >= 100.0 {
                        Last::Hundred
                    } else {
                        Last::Teen
                    };
                }
                CardinalWord::Tens(t) => {
                    if !matches!(last, Last::Start | Last::Hundred | Last::Scale) {
                        break;
                    }
                    current += t;
                    last = Last::Tens;
                }
                CardinalWord::Hundred => {
                    if !matches!(
                        last,
                        Last::Start | Last::A | Last::Unit | Last::Teen | Last::Tens
                    ) {
                        break;
                    }
                    if current >= 100.0 && !(continuing && j == i) {
                        break;
                    }
                    current = if current == 0.0 {
                        100.0
                    } else {
                        current * 100.0
                    };
                    last = Last::Hundred;
                }
                CardinalWord::Scale(s) => {
                    if last == Last::Scale && current == 0.0 && s > last_scale {
                        // "a thousand million", "three lakh crore"
                        total *= s;
                        last_scale = s;
                    } else {
                        if s >= last_scale || last == Last::Start && !continuing && j > i {
                            break;
                        }
                        let m = if current == 0.0 { 1.0 } else { current };
                        mantissa = m;
                        total += m * s;
                        current = 0.0;
                        last_scale = s;
                    }
                    last = Last::Scale;
                    final_scale = Some(s);
                    // "one million and a half"
                }
                CardinalWord::Dozen => {
                    if !matches!(
                        last,
                        Last::A | Last::Unit | Last::Teen | Last::Tens | Last::Hundred
                    ) {
                        break;
                    }
                    // "three hundred and two dozens" multiplies the part after "and"
                    current = since_and + (current - since_and) * 12.0;
                    last = Last::Hundred;
                    end = j + 1;
                    any_word = true;
                    j += 1;
                    if self.num.dozen_plural(self.word(j))
                        || self.num.dozen_plural(self.word(j - 1))
                    {
                        break;
                    }
                    continue;
                }
            }
            if !matches!(cw, CardinalWord::Scale(_)) {
                final_scale = None;
            }
            any_word |= self.tok(j).is_some_and(|t| t.kind == TokenKind::Word);
            j += 1;
            end = j;
        }
        // "3 dozens": plural dozen after a number multiplies it
        if end > i && self.num.dozen_plural(self.word(end)) && !self.glued_alnum(end + 1) {
            current = since_and + (current - since_and) * 12.0;
            end += 1;
            any_word = true;
            final_scale = None;
        } else if end == i && continuing && self.num.dozen_plural(self.word(i)) {
            current *= 12.0;
            end = i + 1;
            any_word = true;
        }
        if !any_word && !continuing {
            return None;
        }
        if end == i && !continuing {
            return None;
        }
        let mut value = total + current;
        // "five point five", "two hundred point zero three", "nought point eleven"
        if any_word && final_scale.is_none() && self.is_word(end, "point") {
            if let Some((d, k)) = self.decimals_after_point(end) {
                value += d;
                end = k;
            }
        }
        let mut n = Number::simple(origin, end.max(i), value);
        n.words = self.tok(origin).is_some_and(|t| t.kind == TokenKind::Word);
        if let Some(s) = final_scale {
            n.scale = Some(s);
            n.mantissa = mantissa;
            n.half_width = (0.5 * s).min(self.conv.precision_cap * value);
        }
        self.and_a_fraction(&mut n);
        Some(n)
    }

    /// The decimals read in words after "point" at `end`: "five point five", "two hundred
    /// point zero three", "nought point eleven"; returns their value and the token after them.
    fn decimals_after_point(&self, end: usize) -> Option<(f64, usize)> {
        let mut k = end + 1;
        let mut digits = String::new();
        while let Some(CardinalWord::Unit(u)) = self.num.cardinal(self.word(k)) {
            digits.push(char::from(b'0' + u as u8));
            k += 1;
        }
        if digits.is_empty() {
            if let Some(frac) = self.words_number_from(end + 1, 0.0, end + 1) {
                if frac.value < 100.0 && frac.scale.is_none() && frac.words {
                    digits = format!("{}", frac.value as u64);
                    k = frac.end;
                }
            }
        }
        if let Ok(d) = format!("0.{digits}").parse::<f64>() {
            if !digits.is_empty() {
                return Some((d, k));
            }
        }
        None
    }

    /// An ordinal in words starting with the number read at `j`, or a bare ordinal word.
    pub(super) fn word_ordinal(&self, num: &Number) -> Option<(Mention, usize)> {
        let end = num.end;
        let ordinal_mention = |first: usize, end: usize, v: f64| {
            let q = Quantity::exact(v, "ordinal");
            (self.mention(first, end, MentionKind::Ordinal, Some(q)), end)
        };
        if num.words && !num.fraction && num.vague.is_none() && num.scale.is_none() {
            // "twenty-first", "one hundred and first"
            let mut k = end;
            if self.is_dash(k) && self.glued(k) || self.is_word(k, "and") {
                k += 1;
            }
            if let Some((o, false)) = self.num.ordinal(self.word(k)) {
                if o < 10.0 && num.value >= 20.0 && (num.value % 10.0 == 0.0)
                    || o < 100.0 && num.value >= 100.0 && num.value % 100.0 == 0.0
                {
                    return Some(ordinal_mention(num.first, k + 1, num.value + o));
                }
            }
            // "two hundredth", "three trillionth": a scale ordinal multiplies
            if k == end && num.value < 1000.0 {
                if let Some((o, false)) = self.num.ordinal(self.word(end)) {
                    if o >= 100.0 && (o.log10().fract() == 0.0) {
                        return Some(ordinal_mention(num.first, end + 1, num.value * o));
                    }
                }
            }
        }
        None
    }

    /// An ordinal word on its own: "the second time", "its third attack".
    pub(super) fn bare_ordinal(&self, i: usize) -> Option<(Mention, usize)> {
        let (v, plural) = self.num.ordinal(self.word(i))?;
        if plural || self.glued_alnum(i + 1) || (self.is_dash(i + 1) && self.glued(i + 1)) {
            return None;
        }
        // "a second" is a duration, not a rank
        if v == 2.0 && i > 0 && matches!(self.word(i - 1), "a" | "per" | "every" | "one") {
            return None;
        }
        let q = Quantity::exact(v, "ordinal");
        Some((self.mention(i, i + 1, MentionKind::Ordinal, Some(q)), i + 1))
    }
}
