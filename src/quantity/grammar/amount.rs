//! Amounts: the reading `[modifier] [currency] number [range] [scale] [unit] [modifier]`.
//!
//! `amount_at` reads what opens the amount (a modifier, "between", a sign, a currency), the
//! number, and what attaches after it (a range, a unit, an age, a minor unit, "or more"); then
//! `quantity` turns it into the interval the conventions give: "about 300" widens by the
//! approximation tolerance, "more than 20" starts at 21.

use super::{is_integral, Number, Scanner};
use crate::lexicon::CardinalWord;
use crate::lexicon::Dimension;
use crate::quantity::{Mention, MentionKind, Modifier, Quantity};
use crate::text::token::TokenKind;

impl Scanner<'_> {
    pub(super) fn amount_at(&self, i: usize) -> Option<(Mention, usize)> {
        let mut first = i;
        let mut j = i;
        let mut modifier = None;
        let mut range_opener = None;
        // "between X and Y", "from X to Y"
        if matches!(self.word(j), "between" | "from") {
            range_opener = Some(self.word(j).to_string());
            j += 1;
            if let Some((Modifier::About, n)) = self.lex.modifier_at(self.text, &self.toks, j) {
                modifier = Some(Modifier::About);
                j += n;
            }
        } else if let Some((m, n)) = self
            .lex
            .modifier_at(self.text, &self.toks, j)
            .filter(|_| !(j > 0 && self.word(j - 1) == "how"))
        {
            modifier = Some(m);
            j += n;
            if matches!(self.word(j), "between") {
                range_opener = Some("between".into());
                j += 1;
            }
        }
        // sign: "-5", "minus five", "negative one"
        let mut negative = false;
        // "minus-40 degrees": the sign word hyphenated to the number
        let hyphen = usize::from(self.is_dash(j + 1) && self.glued(j + 1) && self.glued(j + 2));
        if matches!(self.word(j), "minus" | "negative")
            && (self.is_digits(j + 1 + hyphen)
                || self.num.cardinal(self.word(j + 1 + hyphen)).is_some())
        {
            negative = true;
            j += 1 + hyphen;
        } else if (self.is_dash(j) || self.is_other(j, "−"))
            && (self.is_digits(j + 1) || self.is_other(j + 1, "."))
            && (j == 0 || self.toks[j].space_before || self.is_other(j - 1, "("))
        {
            // "-5" is negative, and "- 20 degrees"; "- 45 of them" (a dash between clauses)
            // is not
            let glued_number = self.glued(j + 1)
                || (self.is_digits(j + 1)
                    && self.lex.unit_after(self.text, &self.toks, j + 2).is_some());
            if glued_number && !(j > 0 && (self.is_digits(j - 1))) {
                negative = true;
                j += 1;
            }
        } else if j > first
            && self.is_dash(j)
            && self.is_digits(j + 1)
            && self.glued(j + 1)
            && modifier.is_some()
        {
            {
                negative = true;
                j += 1;
            }
        }
        // currency before the number: $5b, US$ 75 million, € 3
        let mut unit = None;
        if let Some((u, n)) = self.lex.unit_before(self.text, &self.toks, j) {
            if self.number_starts_at(j + n) {
                unit = Some(u);
                j += n;
            }
        }
        // "MAUD 60": millions of a currency, before the number
        let mut millions = false;
        if unit.is_none() && self.number_starts_at(j + 1) {
            if let Some(u) = self.million_currency_at(j) {
                unit = Some(u);
                millions = true;
                j += 1;
            }
        }
        if !negative && unit.is_some() && self.is_dash(j) && self.is_digits(j + 1) {
            negative = true;
            j += 1;
        }
        if self.pronoun_one(j) {
            return None;
        }
        if let Some(name) = self.number_in_name(j).filter(|_| j == first) {
            return Some(name);
        }
        // "threefold", "a tenfold rise": a multiplier in one word
        if let Some(v) = self
            .num
            .multiplier(self.word(j))
            .filter(|_| unit.is_none() && !negative)
        {
            let code = self.lex.unit("times").map_or("times", |u| u.code.as_str());
            let (modifier, end) = self.trailing_modifier(modifier, false, j + 1);
            let n = Number::simple(j, j + 1, v);
            let q = self.quantity(&n, None, modifier, code.to_string());
            return Some((self.mention(first, end, MentionKind::Measure, Some(q)), end));
        }
        let Some(mut num) = self.number_at(j, unit.is_some()) else {
            return self.bare_ordinal(j).filter(|_| j == first);
        };
        if modifier.is_none()
            && range_opener.is_none()
            && unit.is_none()
            && !negative
            && num.first > first
        {
            return None;
        }
        // a ratio: "one in five", "1 out of 3", "one over three"
        if let Some((ratio, end)) = self.ratio_after(&num) {
            num = ratio;
            num.end = end;
        }
        let mut end = num.end;
        if num.overflow {
            let kind = if num.year_pair {
                MentionKind::Year
            } else {
                MentionKind::Identifier
            };
            return Some((self.mention(num.first, end, kind, None), end));
        }
        // ordinals written in digits: 21st, 2nd (not "1st Armored"? still an ordinal)
        if let Some(ordinal) = self.digit_ordinal(&num) {
            return Some(ordinal);
        }
        // ordinals in words: "twenty-first", "one hundred and first", "second"
        if let Some((m, e)) = self.word_ordinal(&num) {
            return Some((m, e));
        }
        if negative {
            num.value = -num.value;
            num.mantissa = -num.mantissa;
        }
        if millions {
            num.value *= 1e6;
            num.half_width = 0.0;
        }
        // decades and years
        if unit.is_none() && modifier.is_none() && !negative {
            if let Some(y) = self.year_reading(&num) {
                return Some(y);
            }
        }
        // a range: 3-4 million, between 3 and 4 million, from 20 to 30, two or three
        let mut high_num = None;
        // "lost 9.20 to 278", "rose 5 to 10": after a verb of change, "to" names the level
        // reached, not the end of a range
        let change_verb_before = range_opener.is_none()
            && first > 0
            && self.lex.grammar().change_verb(self.word(first - 1));
        let after_change = change_verb_before && self.is_word(end, "to");
        // "10k or 15k", "5- or 6-inch": two figures each written whole are alternatives, not
        // the ends of one range ("two or three", "3 or 4 million" are ranges)
        let alternatives = range_opener.is_none()
            && (self.is_word(end, "or") && num.scale.is_some() && num.vague.is_none()
                || self.is_dash(end) && self.glued(end) && self.is_word(end + 1, "or"));
        let connector = self
            .range_connector(end, range_opener.as_deref())
            .filter(|_| !after_change && !alternatives);
        if let Some(c) = connector {
            let mut k = end + c;
            let mut second_unit = None;
            if let Some((u, n)) = self.lex.unit_before(self.text, &self.toks, k) {
                second_unit = Some(u);
                k += n;
            }
            if let Some(h) = self.number_at(k, unit.is_some() || second_unit.is_some()) {
                let dash = self.is_dash(end);
                let mut lo = num.clone();
                // the scale of the second number reaches back: "3-4 million"
                if lo.scale.is_none() && lo.vague.is_none() {
                    if let Some(s) = h.scale {
                        if lo.value <= h.mantissa.abs()
                            || lo.value < h.value / s * 10.0 && lo.value < 1000.0
                        {
                            lo.value *= s;
                            lo.half_width = 0.0;
                        }
                    }
                }
                let plausible = lo.value < h.value
                    && h.vague.is_none()
                    && lo.vague.is_none()
                    && !(dash && (num.words != h.words))
                    && !Self::year_like_pair(&num, &h);
                if plausible {
                    num = lo;
                    end = h.end;
                    if unit.is_none() {
                        unit = second_unit;
                    }
                    high_num = Some(h);
                } else if range_opener.is_some() {
                    return None;
                }
            }
        }
        // unit after the number: %, km, square miles, dollars, years old
        let mut kind = MentionKind::Cardinal;
        let mut unit_code: Option<String> = unit.map(|u| u.code.clone());
        let mut dim = unit.map(|u| u.dimension);
        if let Some((e, code)) = self.age_after(end, num.first) {
            if first == num.first
                && num.first > 0
                && matches!(self.word(num.first - 1), "aged" | "age")
            {
                first = num.first - 1;
            }
            kind = MentionKind::Age;
            unit_code = Some(code);
            dim = Some(Dimension::Age);
            end = e;
        } else if let Some((u, e)) = self.unit_after(end) {
            if unit.is_none()
                || u.dimension == Dimension::Currency && unit.is_some_and(|p| p.code == u.code)
            {
                unit_code = Some(u.code.clone());
                dim = Some(u.dimension);
                end = e;
                // a range whose ends both carry the unit: "44 mg to 50 mg", "-18 °C to -34 °C"
                // (but "rose 4p to 293.5p" is a change and a level)
                if high_num.is_none() && !(change_verb_before && self.is_word(end, "to")) {
                    if let Some((lo, h, e2)) =
                        self.unit_range_after(&num, end, &u.code, range_opener.as_deref(), None)
                    {
                        num.value = lo;
                        num.half_width = 0.0;
                        high_num = Some(h);
                        end = e2;
                    }
                }
            }
        }
        // "between" and "from" open a range or nothing
        if range_opener.is_some() && high_num.is_none() && modifier.is_none() {
            return None;
        }
        // "30 MUSD", "120 MEUR": the finance shorthand for millions of a currency
        if unit_code.is_none() {
            if let Some(u) = self.million_currency_at(end) {
                num.value *= 1e6;
                num.half_width = 0.0;
                unit_code = Some(u.code.clone());
                dim = Some(Dimension::Currency);
                end += 1;
            }
        }
        // "5 feet 2 inches", "12 ft 2 in", "3 hours and 20 minutes": one measure in two units
        if let Some(code) = unit_code.as_deref() {
            if high_num.is_none() {
                if let Some((minor, e)) = self.minor_measure_after(end, code) {
                    num.value += minor;
                    num.half_width = 0.0;
                    end = e;
                }
            }
        }
        if let Some(code) = unit_code.as_mut() {
            // "361 million pounds" is money, "361 pounds" a weight
            if code == "lb" && num.scale.is_some_and(|s| s >= 1e6) && !self.is_word(end, "of") {
                *code = "GBP".into();
                dim = Some(Dimension::Currency);
            }
        }
        if let Some(code) = unit_code.as_mut() {
            // a unit per unit: "$15.4/hour", "50 km per hour", "3 tonnes a day"
            let money = dim == Some(Dimension::Currency);
            if let Some((per, e)) = self.per_unit_after(end, money) {
                if high_num.is_none() {
                    let base = code.clone();
                    if let Some((lo, h, e2)) =
                        self.unit_range_after(&num, e, &base, range_opener.as_deref(), Some(&per))
                    {
                        num.value = lo;
                        num.half_width = 0.0;
                        high_num = Some(h);
                        end = e2;
                    } else {
                        end = e;
                    }
                } else {
                    end = e;
                }
                code.push('/');
                code.push_str(&per);
            }
        }
        // "45 and 50 mg": the unit of the last of a pair belongs to both
        if unit_code.is_none() && high_num.is_none() && modifier.is_none() && !num.words {
            if let Some(code) = self.shared_unit_after(end) {
                dim = self.lex.unit(&code).map(|u| u.dimension);
                unit_code = Some(code);
            }
        }
        // "four times a week", "twice per day": a frequency
        if unit_code.is_none() && self.is_word(end, "times") {
            if let Some((per, e)) = self.per_unit_after(end + 1, false) {
                unit_code = Some(format!("count/{per}"));
                dim = Some(Dimension::Frequency);
                end = e;
            }
        }
        if dim == Some(Dimension::Currency) {
            // a scale after the currency: "75 USD million"
            if let Some(CardinalWord::Scale(sc)) = self.num.cardinal(self.word(end)) {
                if num.scale.is_none() && high_num.is_none() {
                    num.value *= sc;
                    num.mantissa = num.value / sc;
                    num.scale = Some(sc);
                    num.half_width = 0.0;
                    end += 1;
                }
            }
            // the change in the minor unit: "3 dollars 50 cents", "15 dollars and 50"
            if let Some((cents, e)) = self.minor_amount_after(end, unit.is_none()) {
                if high_num.is_none() && is_integral(num.value) {
                    num.value += cents / 100.0;
                    end = e;
                }
            }
        }
        if let Some(d) = dim {
            kind = match d {
                Dimension::Currency => MentionKind::Currency,
                Dimension::Percent => MentionKind::Percent,
                Dimension::Age => MentionKind::Age,
                _ => MentionKind::Measure,
            };
        } else if num.fraction {
            kind = MentionKind::Fraction;
        }
        // a number glued to letters that are no unit: 5G, 3D, 4x4 -> identifier
        if self.glued_alnum(end) && !num.words {
            let mut e = end;
            while self.glued_alnum(e)
                || (self.is_dash(e) && self.glued(e) && self.glued_alnum(e + 1))
            {
                e += 1;
            }
            return Some((
                self.mention(first.max(num.first), e, MentionKind::Identifier, None),
                e,
            ));
        }
        // a modifier after the number: "20 or more", "less than 5000 or equal"
        (modifier, end) = self.trailing_modifier(modifier, high_num.is_some(), end);
        // "a six-storey building", "a 10-lane road": a compound adjective, not a count (a
        // decimal before the hyphen measures something: "6.0-sigma")
        if kind == MentionKind::Cardinal
            && is_integral(num.value)
            && num.half_width == 0.0
            && modifier.is_none()
            && high_num.is_none()
            && num.vague.is_none()
            && unit_code.is_none()
        {
            if let Some(e) = self.compound_after(end) {
                let q = Quantity::exact(num.value, "count");
                return Some((self.mention(first, e, MentionKind::Compound, Some(q)), e));
            }
            if first == num.first && self.age_in_commas(&num) {
                let q = Quantity::exact(num.value, "year");
                return Some((self.mention(first, end, MentionKind::Age, Some(q)), end));
            }
        }
        let unit_str = unit_code.unwrap_or_else(|| match kind {
            MentionKind::Fraction => "fraction".into(),
            _ => "count".into(),
        });
        let q = self.quantity(&num, high_num.as_ref(), modifier, unit_str);
        Some((self.mention(first, end, kind, Some(q)), end))
    }

    /// "Yarden Bibas, 36, wrote", "Mr. Saar, 25, said", "his wife, 56, a writer": a small
    /// number in digits set off by commas right after a name or a noun of kin (the lexicon's
    /// `age_apposition_nouns`) is the person's age, as news style writes it; it ends its
    /// apposition (a comma, a stop, a semicolon, a bracket or the end of the text follows).
    fn age_in_commas(&self, num: &Number) -> bool {
        let i = num.first;
        let plain = num.end == i + 1
            && self.is_digits(i)
            && self.digits_len(i) <= 3
            && (1.0..=120.0).contains(&num.value);
        if !plain || i < 2 || !self.is_other(i - 1, ",") || self.glued(i) {
            return false;
        }
        let ends = self.tok(num.end).is_none()
            || [",", ".", ";", ")"]
                .iter()
                .any(|c| self.is_other(num.end, c));
        let before = i - 2;
        let w = self.word(before);
        let name = self.tok(before).is_some_and(|t| t.kind == TokenKind::Word)
            && self.capitalised(before)
            && !self.raw(before).chars().all(char::is_uppercase)
            && self.lex.calendar().word(w).is_none();
        ends && (name || self.lex.grammar().age_apposition_noun(w))
    }

    /// The end of a compound adjective made of the number ending at `end` and the lowercase
    /// nouns hyphenated after it ("six-storey", "one-on-one", "3-for-2"), unless the noun
    /// counts people ("3,000-strong", "two-man": the lexicon's `[compound]` list), joins a
    /// range or a multiplier ("two-to-three", "three-fold"), or is a number word itself.
    fn compound_after(&self, end: usize) -> Option<usize> {
        let hyphen_word = |k: usize| {
            self.is_dash(k)
                && self.glued(k)
                && self.glued(k + 1)
                && self.tok(k + 1).is_some_and(|t| t.kind == TokenKind::Word)
                && self.raw(k + 1).chars().all(char::is_lowercase)
        };
        if !hyphen_word(end) {
            return None;
        }
        let w = self.word(end + 1);
        // (a one-letter tail is a footnote mark of a table: "1,663.3-x")
        if self.lex.compound_counts(w)
            || w.chars().count() < 2
            || matches!(w, "to" | "or" | "and" | "through" | "fold" | "times")
            || self.num.scale_suffix(w, true).is_some()
            || self.num.cardinal(w).is_some()
            || self.num.ordinal(w).is_some()
            || self.num.fraction_noun(w).is_some()
        {
            return None;
        }
        // the rest of the compound, which may end on a number: "three-for-two", "3-for-2"
        let hyphen_digits = |k: usize| {
            self.is_dash(k) && self.glued(k) && self.glued(k + 1) && self.is_digits(k + 1)
        };
        let mut e = end + 2;
        while hyphen_word(e) || hyphen_digits(e) {
            e += 2;
        }
        (!self.glued_alnum(e)).then_some(e)
    }

    /// An ordinal written in digits: the number read, glued to "st", "nd", "rd" or "th".
    fn digit_ordinal(&self, num: &Number) -> Option<(Mention, usize)> {
        let end = num.end;
        if num.plain_digits.is_some()
            && self.glued(end)
            && matches!(self.word(end), "st" | "nd" | "rd" | "th")
            && !self.glued_alnum(end + 1)
        {
            let q = Quantity::exact(num.value, "ordinal");
            return Some((
                self.mention(num.first, end + 1, MentionKind::Ordinal, Some(q)),
                end + 1,
            ));
        }
        None
    }

    /// The modifier after an amount ending at `end`, given the modifier read before it and
    /// whether the amount is a range; returns the modifier and the end after it.
    fn trailing_modifier(
        &self,
        mut modifier: Option<Modifier>,
        ranged: bool,
        mut end: usize,
    ) -> (Option<Modifier>, usize) {
        // a modifier after the number: "20 or more", "100-plus", "50 or so"
        if matches!(modifier, None | Some(Modifier::About)) && !ranged {
            if let Some((m, n)) = self.lex.modifier_after(self.text, &self.toks, end) {
                let is_symbol = self.tok(end).is_some_and(|t| t.kind == TokenKind::Other);
                let opens_next =
                    matches!(self.word(end + n), "than" | "to") || self.number_starts_at(end + n);
                if (!is_symbol || self.glued(end)) && !opens_next {
                    modifier = Some(m);
                    end += n;
                }
            }
        }
        // "less than 5000 or equal", "more than 5000 or equal to": the bound becomes inclusive
        if matches!(modifier, Some(Modifier::LessThan | Modifier::MoreThan))
            && self.is_word(end, "or")
            && self.is_word(end + 1, "equal")
        {
            modifier = Some(if modifier == Some(Modifier::LessThan) {
                Modifier::AtMost
            } else {
                Modifier::AtLeast
            });
            end += 2;
            if self.is_word(end, "to") {
                end += 1;
            }
        }
        (modifier, end)
    }

    /// Build the interval of a number (or range) under a modifier, by the conventions.
    fn quantity(
        &self,
        n: &Number,
        high: Option<&Number>,
        modifier: Option<Modifier>,
        unit: String,
    ) -> Quantity {
        let conv = self.conv;
        let counts = unit == "count";
        let step = |v: f64| {
            if counts && is_integral(v) && v.abs() >= 1.0 {
                1.0
            } else {
                0.0
            }
        };
        let (low, high_v, value, approx, modifier) = if let Some(h) = high {
            // the ends of a range are as written: "3-4 million" is 3 M to 4 M
            // "about 3-4 million" is still 3 M to 4 M, only marked approximate
            let (lo, hi) = (n.value, h.value);
            let approx = modifier.is_some();
            (
                lo,
                hi,
                f64::midpoint(n.value, h.value),
                approx,
                Some(Modifier::Range),
            )
        } else if let Some((vlo, vhi)) = n.vague {
            let (lo, hi) = match modifier {
                Some(Modifier::AtLeast | Modifier::MoreThan) => {
                    (vlo, f64::INFINITY.min(vhi * (1.0 + conv.over_margin)))
                }
                Some(Modifier::AtMost | Modifier::LessThan) => (0.0, vhi),
                _ => (vlo, vhi),
            };
            let hi = if modifier == Some(Modifier::AtLeast) {
                f64::INFINITY
            } else {
                hi
            };
            (lo, hi, n.value.clamp(lo, hi), true, modifier)
        } else {
            let v = n.value;
            let hw = n.half_width;
            match modifier {
                None => (v - hw, v + hw, v, false, None),
                Some(Modifier::About | Modifier::Range) => {
                    let half = hw.max(conv.approx_tolerance * v.abs());
                    (v - half, v + half, v, true, modifier)
                }
                Some(Modifier::Nearly) => {
                    let hi = v - step(v);
                    let lo = (v - conv.nearly_margin * v.abs()).min(hi);
                    (lo, hi, f64::midpoint(lo, hi), true, modifier)
                }
                Some(Modifier::MoreThan) => {
                    let lo = v + step(v);
                    let hi = (v + conv.over_margin * v.abs()).max(lo);
                    (lo, hi, lo, true, modifier)
                }
                Some(Modifier::LessThan) => {
                    let hi = v - step(v);
                    let lo = (v - conv.under_margin * v.abs()).min(hi);
                    (lo, hi, hi, true, modifier)
                }
                Some(Modifier::AtLeast) => (v, f64::INFINITY, v, false, modifier),
                Some(Modifier::AtMost) => (
                    if v >= 0.0 { 0.0 } else { f64::NEG_INFINITY },
                    v,
                    v,
                    false,
                    modifier,
                ),
            }
        };
        // a count is whole: the representative value of a bounded whole count is the whole
        // number nearest it ("just under 3,000" is about 2,925, not 2,924.5), so that a reader
        // of counts never takes it for a decimal; a range keeps its midpoint ("two or three"
        // is 2.5), which says that the text gives no single figure
        let value = if counts && is_integral(n.value) && high.is_none() {
            Some(value.round())
                .filter(|r| (low..=high_v).contains(r))
                .unwrap_or(value)
        } else {
            value
        };
        Quantity {
            low,
            high: high_v,
            value,
            approx,
            unit,
            modifier,
        }
    }
}
