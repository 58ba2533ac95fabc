//! Ranges: "3-4 million", "between 3 and 4", "from 20 to 30", "two or three", "44 mg to 50 mg".
//!
//! A connector joins two numbers only where a range is plausible: the low end below the high
//! end, a dash only between numbers written alike ("3-4", not "3-four"), and no year pair
//! ("2019-20"). The scale of the second end reaches back: "3-4 million" is 3 M to 4 M.

use super::{Number, Scanner};
use crate::lexicon::Dimension;

impl Scanner<'_> {
    /// The connector of a range after a number ending at `end`, as its token count.
    pub(super) fn range_connector(&self, end: usize, opener: Option<&str>) -> Option<usize> {
        match opener {
            Some("between") => self.is_word(end, "and").then_some(1),
            Some("from") => (self.is_word(end, "to") || self.is_dash(end)).then_some(1),
            _ => {
                if self.is_dash(end)
                    && self.glued(end)
                    && matches!(self.word(end + 1), "to" | "or" | "and")
                {
                    // "two-to-three", "5-or-6": hyphens on both sides of the connector
                    let hyphen_after = self.is_dash(end + 2) && self.glued(end + 2);
                    return Some(if hyphen_after { 3 } else { 2 });
                }
                if (self.is_dash(end) || self.is_other(end, "~")) && self.tok(end + 1).is_some() {
                    // "3-4", "3 - 4", "3–4": but not "1-800" or a date
                    let spaced = self.toks[end].space_before;
                    if spaced != self.toks[end + 1].space_before {
                        return None;
                    }
                    Some(1)
                } else if matches!(self.word(end), "to" | "or") || self.word(end) == "through" {
                    // "10 to 12", "two or three" need a number right after
                    let next_is_number = self.is_digits(end + 1)
                        || self.num.cardinal(self.word(end + 1)).is_some()
                        || self
                            .lex
                            .unit_before(self.text, &self.toks, end + 1)
                            .is_some();
                    next_is_number.then_some(1)
                } else {
                    None
                }
            }
        }
    }

    pub(super) fn year_like_pair(a: &Number, b: &Number) -> bool {
        let year = |v: f64| (1500.0..=2100.0).contains(&v);
        a.plain_digits == Some(4)
            && year(a.value)
            && (b.plain_digits == Some(2) || b.plain_digits == Some(4) && year(b.value))
    }

    /// The second end of a range written with the unit on both ends, after the first end's unit
    /// (ending at `end`): "to 50 mg", "- 34 °C".
    pub(super) fn unit_range_after(
        &self,
        lo: &Number,
        end: usize,
        code: &str,
        opener: Option<&str>,
        per: Option<&str>,
    ) -> Option<(f64, Number, usize)> {
        let c = self.range_connector(end, opener)?;
        let mut k = end + c;
        let mut negative = false;
        if self.is_dash(k) && self.is_digits(k + 1) && self.glued(k + 1) {
            negative = true;
            k += 1;
        }
        let prefix = self.lex.unit_before(self.text, &self.toks, k);
        if let Some((u, n)) = prefix {
            if u.code != code {
                return None;
            }
            k += n;
        }
        let mut h = self.number_at(k, prefix.is_some())?;
        if negative {
            h.value = -h.value;
        }
        let e = if prefix.is_some() {
            h.end
        } else {
            let (u, e) = self.unit_after(h.end)?;
            if u.code != code {
                return None;
            }
            e
        };
        // both ends "per kg": "$350 per kg to $680 per kg"
        let e = match per {
            Some(p) => {
                let money = self
                    .lex
                    .unit(code)
                    .is_some_and(|u| u.dimension == Dimension::Currency);
                let (q, e2) = self.per_unit_after(e, money)?;
                if q != p {
                    return None;
                }
                e2
            }
            None => e,
        };
        // "-18 °C to -34 °C" runs downwards: the range is still [-34, -18]
        let (a, b) = (lo.value.min(h.value), lo.value.max(h.value));
        let ordered = lo.value <= h.value || lo.value < 0.0;
        (a < b && h.vague.is_none() && ordered).then(|| {
            let mut hi = h.clone();
            hi.value = b;
            hi.half_width = 0.0;
            hi.end = e;
            (a, hi, e)
        })
    }
}
