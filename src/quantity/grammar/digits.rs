//! Numbers written in digits, with what can be glued to them.
//!
//! Thousands separators ("1,234,567", "1 234 567", lakh "12,34,567"), decimals, exponents
//! ("1.3e6", "6.23×10^-4"), scales ("10k", "$5b", "3.6 million"), digit fractions ("3/4",
//! "2 1/4", "2½") and powers ("1.1^23"). A run too long to be an amount is consumed whole and
//! typed as an identifier.

use super::{Number, Scanner};
use crate::lexicon::CardinalWord;
use crate::text::token::TokenKind;

/// Longest digit run read as one number; longer runs are identifiers (serials, hashes).
const MAX_DIGITS: usize = 40;

impl Scanner<'_> {
    /// A run of digits with separators, decimals, exponents and glued or spaced scales.
    pub(super) fn digits_number_at(&self, i: usize, after_currency: bool) -> Option<Number> {
        let mut j;
        let mut int_text = String::new();
        let mut decimals: Option<String> = None;
        let mut separators = false;
        if self.is_digits(i) {
            int_text.push_str(self.raw(i));
            j = i + 1;
            // 1,234,567 ; 1 234 567 (thin, no-break or plain spaces)
            if self.digits_len(i) <= 2 && self.indian_grouping(j) {
                // lakh grouping: 12,34,567 — pairs, then a final group of three
                while self.is_other(j, ",")
                    && self.glued(j)
                    && self.glued(j + 1)
                    && matches!(self.digits_len(j + 1), 2 | 3)
                {
                    let last = self.digits_len(j + 1) == 3;
                    int_text.push_str(self.raw(j + 1));
                    j += 2;
                    separators = true;
                    if last {
                        break;
                    }
                }
            } else if self.digits_len(i) <= 3 {
                // 1,234,567; 1'234'567 (Swiss) and 1 234 567 with thin spaces, likewise
                let sep = [",", "\u{2009}", "'"]
                    .into_iter()
                    .find(|c| self.is_other(j, c));
                if let Some(sep) = sep
                    .filter(|_| self.glued(j) && self.digits_len(j + 1) == 3 && self.glued(j + 1))
                {
                    while self.is_other(j, sep)
                        && self.glued(j)
                        && self.digits_len(j + 1) == 3
                        && self.glued(j + 1)
                    {
                        int_text.push_str(self.raw(j + 1));
                        j += 2;
                        separators = true;
                    }
                } else {
                    // space-separated thousands: every later group exactly three digits
                    let mut k = j;
                    let mut groups = String::new();
                    while self.digits_len(k) == 3
                        && self.one_space_before(k)
                        && !self.toks[k].newline_before
                    {
                        groups.push_str(self.raw(k));
                        k += 1;
                    }
                    if k > j
                        && !self.is_digits(k)
                        && !(self.is_other(k, ",") && self.is_digits(k + 1) && self.glued(k + 1))
                    {
                        int_text.push_str(&groups);
                        j = k;
                        separators = true;
                    }
                }
            }
            // decimal point, or a decimal comma that does not continue a list ("1,3." but
            // not "22,24,26")
            let point = self.is_other(j, ".")
                && self.glued(j)
                && self.is_digits(j + 1)
                && self.glued(j + 1);
            let comma = !separators
                && self.is_other(j, ",")
                && self.glued(j)
                && self.is_digits(j + 1)
                && self.glued(j + 1)
                && self.digits_len(j + 1) != 3
                && !(self.is_other(j + 2, ",") && self.is_digits(j + 3))
                && self.tok(j + 2).is_none_or(|t| t.space_before);
            if point || comma {
                decimals = Some(self.raw(j + 1).to_string());
                j += 2;
            }
        } else if self.is_other(i, ".")
            && self.is_digits(i + 1)
            && self.glued(i + 1)
            && (i == 0 || self.toks[i].space_before)
        {
            // .25
            int_text.push('0');
            decimals = Some(self.raw(i + 1).to_string());
            j = i + 2;
        } else {
            return None;
        }
        if int_text.len() > MAX_DIGITS {
            // a serial number, a hash, a wall of digits: consumed whole, typed, never a count
            let mut n = Number::simple(i, j, f64::INFINITY);
            n.overflow = true;
            return Some(n);
        }
        let literal = match &decimals {
            Some(d) => format!("{int_text}.{d}"),
            None => int_text.clone(),
        };
        let mut value: f64 = literal.parse().ok()?;
        let n_decimals = decimals
            .as_ref()
            .map_or(0, |d| d.trim_end_matches('0').len().max(d.len().min(1)));
        let mut half_width = if decimals.is_some() {
            0.5 * 10f64.powi(-(n_decimals as i32))
        } else {
            0.0
        };
        let plain = (decimals.is_none() && !separators).then_some(int_text.len());
        // 1e10, 1.3e6, 12.32e+14
        if self.glued(j) && matches!(self.raw(j), "e" | "E") {
            let mut k = j + 1;
            let mut sign = 1;
            if (self.is_other(k, "+") || self.is_dash(k)) && self.glued(k) {
                if self.is_dash(k) {
                    sign = -1;
                }
                k += 1;
            }
            if self.is_digits(k) && self.glued(k) && self.digits_len(k) <= 4 {
                let exp: i32 = self.raw(k).parse().ok()?;
                value *= 10f64.powi(sign * exp);
                let mut n = Number::simple(i, k + 1, value);
                n.overflow = !value.is_finite();
                return Some(n);
            }
        }
        // 1.3x10^6, 6.23×10^-4, 2.48×10−5
        if matches!(self.raw(j), "x" | "×" | "*")
            && self.glued(j)
            && self.raw(j + 1) == "10"
            && self.glued(j + 1)
        {
            let mut k = j + 2;
            let caret = self.is_other(k, "^") && self.glued(k);
            if caret {
                k += 1;
            }
            let mut sign = 1;
            while (self.is_other(k, "+") || self.is_dash(k)) && self.glued(k) {
                if self.is_dash(k) {
                    sign = -sign;
                }
                k += 1;
            }
            if (caret || sign < 0) && self.is_digits(k) && self.glued(k) && self.digits_len(k) <= 3
            {
                let exp: i32 = self.raw(k).parse().ok()?;
                let v = value * 10f64.powi(sign * exp);
                let mut n = Number::simple(i, k + 1, v);
                n.overflow = !v.is_finite();
                return Some(n);
            }
        }
        let mut n = Number::simple(i, j, value);
        n.plain_digits = plain;
        // a scale after a hyphen, as wire copy writes compound amounts: "a 5.0-mln-dlr line"
        let hyphen_scale = self.is_dash(j)
            && self.glued(j)
            && self.glued(j + 1)
            && self.tok(j + 1).is_some_and(|t| t.kind == TokenKind::Word)
            && self.raw(j + 1).len() >= 2
            && self
                .num
                .scale_suffix(self.raw(j + 1), after_currency)
                .is_some();
        let before_hyphen = j;
        if hyphen_scale {
            j += 1;
        }
        // scale: glued suffix (10k, 1.5bn, $5b) or spaced word (3.6 million, 5 mln)
        let suffix = self
            .tok(j)
            .filter(|t| t.kind == TokenKind::Word)
            .and_then(|_| {
                let s = self.raw(j);
                if self.glued(j) {
                    self.num
                        .scale_suffix(s, after_currency)
                        .or_else(|| (s == "m" && self.m_is_million(i, j)).then_some(1e6))
                } else {
                    let plain_int = decimals.is_none() && !separators;
                    match self.word(j) {
                        "thousand" | "million" | "billion" | "trillion" | "lakh" | "crore"
                            if !plain_int =>
                        {
                            self.num.scale_suffix(self.word(j), after_currency)
                        }
                        "thousand" | "million" | "billion" | "trillion" | "lakh" | "crore" => None,
                        // "2.33 k", "10 M": a spaced letter scale only where no word follows
                        "k" | "m" if s.len() == 1 => {
                            (!self.tok(j + 1).is_some_and(|t| t.kind == TokenKind::Word)
                                && (s == "k" || s == "K" || s == "M"))
                                .then(|| self.num.scale_suffix(s, after_currency))
                                .flatten()
                        }
                        _ if s.len() >= 2 && s != "MM" => self.num.scale_suffix(s, after_currency),
                        _ => None,
                    }
                }
            });
        if let Some(scale) = suffix {
            // "6 crore and two hundred", "three lakh crore"
            j += 1;
            let mut total = value * scale;
            let mut last_scale = scale;
            while let Some(CardinalWord::Scale(s2)) = self.num.cardinal(self.word(j)) {
                if s2 > last_scale {
                    total *= s2;
                    last_scale = s2;
                    j += 1;
                } else {
                    break;
                }
            }
            half_width = (half_width * total / value.max(f64::MIN_POSITIVE)).max(
                0.5 * total / value.max(f64::MIN_POSITIVE)
                    * if decimals.is_some() { 0.0 } else { 1.0 },
            );
            if !half_width.is_finite() {
                half_width = 0.0;
            }
            n.mantissa = value;
            n.value = total;
            n.scale = Some(last_scale);
            n.end = j;
            n.plain_digits = None;
            n.half_width = half_width.min(self.conv.precision_cap * total.abs());
            self.and_a_fraction(&mut n);
            return Some(n);
        }
        j = before_hyphen;
        n.half_width = half_width;
        // a plain integer may continue in words: "3 hundred and 21", "4 thousand 3 hundred"
        if decimals.is_none() && !separators && int_text.len() <= 15 {
            if let Some(w) = self.words_number_from(j, value, i) {
                if w.end > j {
                    return Some(w);
                }
            }
        }
        // digit fractions: 3/4, 2 1/4
        if decimals.is_none()
            && !separators
            && self.is_other(j, "/")
            && self.glued(j)
            && self.is_digits(j + 1)
            && self.glued(j + 1)
            && !self.glued_alnum(j + 2)
            && !(self.is_other(j + 2, "/") && self.glued(j + 2))
        {
            let den = self.digits_value(j + 1);
            if den == 0.0 {
                // "1/0" divides by zero: no quantity
                let mut n = Number::simple(i, j + 2, f64::INFINITY);
                n.overflow = true;
                return Some(n);
            }
            // "the 2000/2001 season", "fiscal 1986/87"
            let year_pair = self.digits_len(i) == 4
                && (1500.0..=2100.0).contains(&value)
                && matches!(self.digits_len(j + 1), 2 | 4);
            if den > 0.0 && value < den && !year_pair {
                let mut f = Number::simple(i, j + 2, value / den);
                f.fraction = true;
                return Some(f);
            }
            // "24/7", "5/2 favourite", "2000/2001 season": no proportion; a pair of years is
            // a year mention, the rest names something
            let mut n = Number::simple(i, j + 2, f64::INFINITY);
            n.overflow = true;
            n.year_pair = year_pair;
            return Some(n);
        }
        // a whole number and a fraction: "9-1/2", as newswires quote prices and rates
        if decimals.is_none()
            && !separators
            && self.is_dash(j)
            && self.glued(j)
            && self.is_digits(j + 1)
            && self.glued(j + 1)
            && self.is_other(j + 2, "/")
            && self.glued(j + 2)
            && self.is_digits(j + 3)
            && self.glued(j + 3)
            && !self.glued_alnum(j + 4)
        {
            let num = self.digits_value(j + 1);
            let den = self.digits_value(j + 3);
            if den > 0.0 && num < den {
                return Some(Number::simple(i, j + 4, value + num / den));
            }
        }
        if decimals.is_none()
            && !separators
            && self.is_digits(j)
            && self.toks[j].space_before
            && self.is_other(j + 1, "/")
            && self.glued(j + 1)
            && self.is_digits(j + 2)
            && self.glued(j + 2)
        {
            let num = self.digits_value(j);
            let den = self.digits_value(j + 2);
            if den > 0.0 && num < den {
                let mut f = Number::simple(i, j + 3, value + num / den);
                f.fraction = true;
                return Some(f);
            }
        }
        // powers: 1.1^23
        if self.is_other(j, "^") && self.glued(j) {
            let mut k = j + 1;
            let mut sign = 1;
            while (self.is_other(k, "+") || self.is_dash(k)) && self.glued(k) {
                if self.is_dash(k) {
                    sign = -sign;
                }
                k += 1;
            }
            if self.is_digits(k) && self.glued(k) && self.digits_len(k) <= 4 {
                let exp: i32 = self.raw(k).parse().ok()?;
                let v = value.powi(sign * exp);
                if v.is_finite() {
                    return Some(Number::simple(i, k + 1, v));
                }
            }
        }
        // unicode fraction glued: 2½
        if let Some(f) = self.unicode_fraction(j).filter(|_| self.glued(j)) {
            let mut n2 = Number::simple(i, j + 1, value + f);
            n2.fraction = true;
            return Some(n2);
        }
        Some(n)
    }

    /// Whether "m" glued to the number that starts at token `first` (at token `m`) is a
    /// million, as British news writes it ("4.5m barrels", "1.7m people", "sold 20m phones"),
    /// not a metre ("a 20m fall", "the women's 60m hurdles", "400m runners"): before a unit
    /// other than a length; or before a plural noun when the number has decimals, when the
    /// noun is one the lexicon counts ("voters", "workers"), or when a verb or a preposition
    /// or a modifier governs the number ("sold 20m phones", "has 14m customers", "of 39m
    /// cases", "about 14m viewers"), where the
    /// name of a race has an adjective, a possessive or "the" before it.
    fn m_is_million(&self, first: usize, m: usize) -> bool {
        let next = m + 1;
        if !self
            .tok(next)
            .is_some_and(|t| t.kind == TokenKind::Word && t.space_before)
        {
            return false;
        }
        if let Some((u, _)) = self.lex.unit_after(self.text, &self.toks, next) {
            return u.dimension != crate::lexicon::Dimension::Length;
        }
        let raw = self.raw(next);
        let plural = raw.len() >= 4
            && (raw.ends_with('s') && !raw.ends_with("ss") || matches!(raw, "people" | "children"))
            && raw.chars().all(char::is_lowercase);
        if !plural {
            return false;
        }
        let decimals = self.is_other(first + 1, ".") && self.glued(first + 1);
        let counted = self
            .lex
            .frame()
            .counted_at(self.text, &self.toks, next)
            .is_some();
        let before = if first > 0 { self.word(first - 1) } else { "" };
        let governed = before.len() > 3 && (before.ends_with("ed") || before.ends_with("ing"))
            || matches!(
                before,
                "has"
                    | "have"
                    | "had"
                    | "are"
                    | "were"
                    | "is"
                    | "was"
                    | "sold"
                    | "sell"
                    | "sells"
                    | "of"
                    | "for"
                    | "than"
                    | "by"
                    | "to"
            );
        // a modifier before the number governs it too: "about 14m customers", "at least"
        let modified = (1..=2).any(|n| {
            first >= n
                && self
                    .lex
                    .modifier_at(self.text, &self.toks, first - n)
                    .is_some_and(|(_, k)| k == n)
        });
        decimals || counted || governed || modified
    }

    /// Whether the groups from token `j` are lakh-style pairs ending in a group of three
    /// (",34,567"), as Indian English writes 12,34,567.
    fn indian_grouping(&self, mut j: usize) -> bool {
        let mut pairs = 0;
        while self.is_other(j, ",") && self.glued(j) && self.glued(j + 1) {
            match self.digits_len(j + 1) {
                2 => pairs += 1,
                3 => return pairs > 0 && !(self.is_other(j + 2, ",") && self.is_digits(j + 3)),
                _ => return false,
            }
            j += 2;
        }
        false
    }
}
