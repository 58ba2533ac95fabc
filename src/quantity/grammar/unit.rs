//! Units after a number: "5 km", "5-km", "20 (kg)", "$15.4/hour", "25-year-old", "30 MUSD".
//!
//! A unit must end a word, and a one-letter symbol must stand apart ("1 m x 1 m", never "5 m
//! people"). A measure may go on in a smaller unit ("5 feet 2 inches") and money in its minor
//! unit ("3 dollars 50 cents").

use super::{is_integral, Scanner};
use crate::lexicon::Dimension;
use crate::text::token::TokenKind;

impl<'a> Scanner<'a> {
    /// A unit after a number ending at `end` (glued, spaced, after a hyphen: "5-km", or in
    /// brackets as tables write it: "20 (kg)").
    pub(super) fn unit_after(&self, end: usize) -> Option<(&'a crate::lexicon::Unit, usize)> {
        let close = match self.raw(end) {
            "(" => Some(")"),
            "[" => Some("]"),
            "{" => Some("}"),
            "<" => Some(">"),
            _ => None,
        };
        if let Some(close) = close {
            let (u, n) = self.lex.unit_after(self.text, &self.toks, end + 1)?;
            return (self.glued(end + 1)
                && self.is_other(end + 1 + n, close)
                && self.glued(end + 1 + n))
            .then_some((u, end + n + 2));
        }
        let mut k = end;
        let hyphen = self.is_dash(k) && self.glued(k) && self.glued(k + 1);
        if hyphen {
            k += 1;
        }
        if !hyphen && self.is_word(k, "in") && self.toks[k].space_before && self.inch_reading(k) {
            return self.lex.unit("in").map(|u| (u, k + 1));
        }
        let (mut u, mut n) = self.lex.unit_after(self.text, &self.toks, k)?;
        // one-letter symbols stand apart only before a non-word, "of", "x", "by" or a "/"
        // ("1 m x 1 m", "3 L of wine", "5 W/min"), never before a noun ("5 m people")
        let written = self.raw(k);
        if n == 1
            && written.chars().count() == 1
            && written.chars().all(char::is_alphabetic)
            && (self.toks[k].space_before || hyphen)
        {
            let next_ok = match self.tok(k + 1) {
                None => true,
                Some(t) if t.kind == TokenKind::Word => {
                    matches!(self.word(k + 1), "of" | "x" | "by")
                }
                Some(t) if t.kind == TokenKind::Digits => false,
                Some(_) => {
                    !self.glued(k + 1) || self.is_other(k + 1, "/") || self.is_other(k + 1, ".")
                }
            };
            // trade reports write "278,000 t" with grouped digits; "m" stays out, British
            // news writes millions that way ("1,500 m" is rare, "1.5 m people" common)
            let grouped = end >= 2 && self.is_other(end - 2, ",") && written != "m";
            if hyphen || !(next_ok || grouped) {
                return None;
            }
        }
        // "4km^2", "4 km^3": a power of a length
        if self.is_other(k + n, "^")
            && self.glued(k + n)
            && matches!(self.raw(k + n + 1), "2" | "3")
        {
            if let Some(p) = self.lex.unit(&format!("{}{}", u.code, self.raw(k + n + 1))) {
                u = p;
                n += 2;
            }
        }
        // the unit must end a word: "5 kilometresque" is no unit, "800,000 F-Series" a name
        if self.glued_alnum(k + n) && self.tok(k + n).is_some_and(|t| t.kind == TokenKind::Word) {
            return None;
        }
        if self.is_dash(k + n)
            && self.glued(k + n)
            && self.glued_alnum(k + n + 1)
            && n == 1
            && written.len() == 1
        {
            return None;
        }
        Some((u, k + n))
    }

    /// Whether "in" at `i`, right after a number, is the inch: at the end of a sentence ("is 2
    /// in.") or before a dimension adjective ("2 1/2 in thick"), never before what a
    /// preposition governs ("5 in Idlib", "2 in the morning").
    fn inch_reading(&self, i: usize) -> bool {
        if self.glued_alnum(i + 1) {
            return false;
        }
        match self.tok(i + 1) {
            None => true,
            Some(t) if t.kind == TokenKind::Other => {
                matches!(self.raw(i + 1), "." | "," | ";" | ")" | "!" | "?")
            }
            Some(t) if t.kind == TokenKind::Word => matches!(
                self.word(i + 1),
                "thick"
                    | "long"
                    | "wide"
                    | "high"
                    | "tall"
                    | "deep"
                    | "across"
                    | "diameter"
                    | "thickness"
                    | "width"
                    | "length"
                    | "height"
                    | "more"
                    | "less"
                    | "of"
                    | "by"
                    | "x"
            ),
            _ => false,
        }
    }

    /// "/hour", "per hour", "a day" after a unit; returns the unit code and the end. A price
    /// (`money`) is also given per unit of what it buys ("$50 a barrel") and per a noun of the
    /// lexicon's `[per]` list ("42 cents a share", "$3 per head").
    pub(super) fn per_unit_after(&self, end: usize, money: bool) -> Option<(String, usize)> {
        let slash = self.is_other(end, "/") && self.glued(end) && self.glued(end + 1);
        if !slash && !matches!(self.word(end), "per" | "a" | "an" | "each") {
            return None;
        }
        let k = end + 1;
        if money && self.lex.per_noun(self.word(k)) && !self.glued_alnum(k + 1) {
            return Some((self.word(k).to_string(), k + 1));
        }
        let (u, n) = self.lex.unit_after(self.text, &self.toks, k)?;
        // "a day", "an hour" only for time (or a price: "$50 a barrel"), and not "a year
        // earlier" or "a week ago"
        if matches!(self.word(end), "a" | "an" | "each")
            && (!(u.dimension == Dimension::Duration
                || money && u.dimension != Dimension::Currency)
                || matches!(
                    self.word(k + n),
                    "earlier"
                        | "ago"
                        | "before"
                        | "later"
                        | "after"
                        | "on"
                        | "since"
                        | "from"
                        | "prior"
                ))
        {
            return None;
        }
        if self.glued_alnum(k + n) {
            return None;
        }
        Some((u.code.clone(), k + n))
    }

    /// The unit of the second number of a pair ("and 50 mg", "or 6 km", "- or 6-inch") after a
    /// bare number ending at `end`.
    pub(super) fn shared_unit_after(&self, end: usize) -> Option<String> {
        // "5- or 6-inch": a hanging hyphen before the connector
        let end = if self.is_dash(end) && self.glued(end) {
            end + 1
        } else {
            end
        };
        if !matches!(self.word(end), "and" | "or") || !self.is_digits(end + 1) {
            return None;
        }
        let n = self.digits_number_at(end + 1, false)?;
        let (u, _) = self.unit_after(n.end)?;
        (u.dimension != Dimension::Currency).then(|| u.code.clone())
    }

    /// The smaller-unit part of a measure written in two units, in the larger unit:
    /// "2 inches" after "5 feet" is 2/12 ft.
    pub(super) fn minor_measure_after(&self, end: usize, major: &str) -> Option<(f64, usize)> {
        const PAIRS: &[(&str, &str, f64)] = &[
            ("ft", "in", 12.0),
            ("lb", "oz", 16.0),
            ("hour", "minute", 60.0),
            ("minute", "second", 60.0),
            ("m", "cm", 100.0),
            ("km", "m", 1000.0),
            ("st", "lb", 14.0),
        ];
        let &(_, minor, per) = PAIRS.iter().find(|(m, _, _)| *m == major)?;
        let k = if self.is_word(end, "and") {
            end + 1
        } else {
            end
        };
        if !self.is_digits(k) && self.num.cardinal(self.word(k)).is_none() {
            return None;
        }
        let n = self.number_at(k, false)?;
        if n.vague.is_some() || n.value >= per || n.value < 0.0 {
            return None;
        }
        // "in" alone is a preposition everywhere but here: "5 ft 2 in"
        let e = if minor == "in" && self.is_word(n.end, "in") && self.inch_reading(n.end) {
            n.end + 1
        } else {
            let (u, e) = self.unit_after(n.end)?;
            if u.code != minor {
                return None;
            }
            e
        };
        Some((n.value / per, e))
    }

    /// The minor-unit part of an amount after its currency: "50 cents", "and 50".
    pub(super) fn minor_amount_after(&self, end: usize, named: bool) -> Option<(f64, usize)> {
        let mut k = end;
        let with_and = self.is_word(k, "and");
        if with_and {
            k += 1;
        }
        if !self.is_digits(k) && self.num.cardinal(self.word(k)).is_none() {
            return None;
        }
        let n = self.number_at(k, false)?;
        if n.value >= 100.0 || !is_integral(n.value) || n.vague.is_some() {
            return None;
        }
        if let Some((u, e)) = self.unit_after(n.end) {
            return matches!(u.code.as_str(), "cent" | "GBX").then_some((n.value, e));
        }
        // "15 dollars and 50", "17 USD 25": only after a written currency, with no noun after
        let after = self.word(n.end);
        let ends_phrase =
            (after.is_empty() || matches!(after, "and" | "or" | "but")) && !self.is_digits(n.end);
        let bare = named && ends_phrase;
        (bare && (with_and || self.digits_len(k) == 2 || n.words)).then_some((n.value, n.end))
    }

    /// An age after a number ending at `end`: "25-year-old", "five years old", "3-month-old".
    pub(super) fn age_after(&self, end: usize, first: usize) -> Option<(usize, String)> {
        let aged = first > 0 && matches!(self.word(first - 1), "aged" | "age" | "ages");
        // "87 yo", "87 y.o.", "87yo"
        if self.word(end) == "yo" && !self.glued_alnum(end + 1) {
            return Some((end + 1, "year".into()));
        }
        if self.is_word(end, "y") && self.is_other(end + 1, ".") && self.is_word(end + 2, "o") {
            let e = if self.is_other(end + 3, ".") {
                end + 4
            } else {
                end + 3
            };
            return Some((e, "year".into()));
        }
        let mut k = end;
        let hyphenated = self.is_dash(k) && self.glued(k);
        if hyphenated {
            k += 1;
        }
        let unit = match self.word(k) {
            "year" | "years" | "yr" => "year",
            "month" | "months" => "month",
            "week" | "weeks" => "week",
            "day" | "days" => "day",
            _ => {
                // "aged 25", "age 87"
                if aged && !hyphenated {
                    return Some((end, "year".into()));
                }
                return None;
            }
        };
        k += 1;
        // "five years of age"
        if !hyphenated && self.is_word(k, "of") && self.is_word(k + 1, "age") {
            return Some((k + 2, unit.into()));
        }
        if (self.is_dash(k) && self.glued(k) && self.is_word(k + 1, "old"))
            || (!hyphenated && self.is_word(k, "old"))
        {
            let e = if self.is_word(k, "old") { k + 1 } else { k + 2 };
            let e = if self.glued(e) && matches!(self.word(e), "s") {
                e + 1
            } else {
                e
            };
            return Some((e, unit.into()));
        }
        if aged && !hyphenated {
            return Some((k, unit.into()));
        }
        None
    }

    /// "MUSD", "MEUR" at `i`: an `M` glued to a currency code, millions of that currency.
    pub(super) fn million_currency_at(&self, i: usize) -> Option<&'a crate::lexicon::Unit> {
        let w = self.raw(i);
        let code = w.strip_prefix('M')?;
        if code.len() != 3
            || !code.chars().all(|c| c.is_ascii_uppercase())
            || self.glued_alnum(i + 1)
        {
            return None;
        }
        self.lex
            .unit(code)
            .filter(|u| u.dimension == Dimension::Currency)
    }
}
