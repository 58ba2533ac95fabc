//! Dates, clock times and years: numbers that mark a point in time rather than count.
//!
//! They are read before amounts, so that "3 February 2020", "10:27 a.m." and "since 1990" are
//! not counts of 3, 10 and 1990. A four-digit number is a year by its context: the word before
//! it ("in 2018") and the word after it ("of 1500 people" is a count).

use super::{Number, Scanner};
use crate::quantity::{Mention, MentionKind};

impl Scanner<'_> {
    /// A month word at `i` (capitalised, so that "may" and "march" as verbs stay words), with
    /// an optional abbreviation dot; returns the token after it.
    fn month_at(&self, i: usize) -> Option<usize> {
        if !self.capitalised(i) {
            return None;
        }
        self.lex.calendar().month(self.word(i))?;
        let mut j = i + 1;
        if self.is_other(j, ".") && self.glued(j) {
            j += 1;
        }
        Some(j)
    }

    /// A day of the month at `i` ("3", "3rd"); returns the token after it.
    fn day_at(&self, i: usize) -> Option<usize> {
        if !self.is_digits(i) || self.digits_len(i) > 2 {
            return None;
        }
        let d = self.digits_value(i);
        if !(1.0..=31.0).contains(&d) {
            return None;
        }
        let mut j = i + 1;
        if self.glued(j) && matches!(self.word(j), "st" | "nd" | "rd" | "th") {
            j += 1;
        }
        if self.glued_alnum(j) {
            return None;
        }
        Some(j)
    }

    fn year_digits_at(&self, i: usize) -> bool {
        self.digits_len(i) == 4 && (1000.0..=2199.0).contains(&self.digits_value(i))
    }

    pub(super) fn date_at(&self, i: usize) -> Option<(Mention, usize)> {
        let date = |end: usize| Some((self.mention(i, end, MentionKind::Date, None), end));
        if self.is_digits(i) {
            // 2020-02-10
            if self.digits_len(i) == 4
                && self.is_dash(i + 1)
                && self.glued(i + 1)
                && self.digits_len(i + 2) == 2
                && self.glued(i + 2)
                && self.is_dash(i + 3)
                && self.glued(i + 3)
                && self.digits_len(i + 4) == 2
                && self.glued(i + 4)
                && !self.glued_alnum(i + 5)
            {
                return date(i + 5);
            }
            // 5/17/2018, 10.02.2020, 17-05-2018
            for sep in ["/", ".", "-"] {
                if self.digits_len(i) <= 2
                    && self.is_other(i + 1, sep)
                    && self.glued(i + 1)
                    && (1..=2).contains(&self.digits_len(i + 2))
                    && self.glued(i + 2)
                    && self.is_other(i + 3, sep)
                    && self.glued(i + 3)
                    && matches!(self.digits_len(i + 4), 2 | 4)
                    && self.glued(i + 4)
                    && !self.glued_alnum(i + 5)
                    && !(self.is_other(i + 5, sep) && self.glued(i + 5))
                {
                    return date(i + 5);
                }
            }
            // 3 February (2020), 3rd of February
            if let Some(j) = self.day_at(i) {
                let k = if self.is_word(j, "of") { j + 1 } else { j };
                if let Some(after) = self.month_at(k) {
                    let end = if self.year_digits_at(after) {
                        after + 1
                    } else {
                        after
                    };
                    return date(end);
                }
            }
            return None;
        }
        // February 2, February 2-3, Feb. 3, 2020, February 2020, February 2 to February 3
        let j = self.month_at(i)?;
        if let Some(mut end) = self.day_at(j) {
            // a range of days: "Feb. 2-3"
            if self.is_dash(end) && self.glued(end) {
                if let Some(e) = self.day_at(end + 1) {
                    end = e;
                }
            }
            if self.is_other(end, ",") && self.year_digits_at(end + 1) {
                end += 2;
            } else if self.year_digits_at(end) {
                end += 1;
            }
            return date(end);
        }
        if self.year_digits_at(j) && !self.glued_alnum(j + 1) {
            return date(j + 1);
        }
        None
    }

    /// "a.m.", "am", "p.m.", "PM" at `i`; returns the token after it.
    fn meridiem_at(&self, i: usize) -> Option<usize> {
        match self.word(i) {
            "am" | "pm" => Some(if self.is_other(i + 1, ".") && self.glued(i + 1) {
                i + 2
            } else {
                i + 1
            }),
            "a" | "p" => {
                if self.is_other(i + 1, ".")
                    && self.glued(i + 1)
                    && self.is_word(i + 2, "m")
                    && self.glued(i + 2)
                {
                    Some(if self.is_other(i + 3, ".") && self.glued(i + 3) {
                        i + 4
                    } else {
                        i + 3
                    })
                } else {
                    None
                }
            }
            _ => None,
        }
    }

    pub(super) fn time_at(&self, i: usize) -> Option<(Mention, usize)> {
        if !self.is_digits(i) {
            return None;
        }
        let n = self.digits_len(i);
        let mut end = i + 1;
        let mut clock = false;
        // 2.13 am: the British dot, only with a meridiem
        if n <= 2
            && self.is_other(i + 1, ".")
            && self.glued(i + 1)
            && self.digits_len(i + 2) == 2
            && self.glued(i + 2)
        {
            if let Some(e) = self.meridiem_at(i + 3) {
                return Some((self.mention(i, e, MentionKind::Time, None), e));
            }
        }
        // 10:27, 1:13:05
        if n <= 2
            && self.is_other(i + 1, ":")
            && self.glued(i + 1)
            && self.digits_len(i + 2) == 2
            && self.glued(i + 2)
        {
            clock = true;
            end = i + 3;
            if self.is_other(end, ":") && self.glued(end) && self.digits_len(end + 1) == 2 {
                end += 2;
            }
            // a race time to the hundredth: "3:48.82"
            if self.is_other(end, ".")
                && self.glued(end)
                && self.is_digits(end + 1)
                && self.glued(end + 1)
            {
                end += 2;
            }
        }
        if n <= 2 || clock {
            if let Some(e) = self.meridiem_at(end) {
                return Some((self.mention(i, e, MentionKind::Time, None), e));
            }
        }
        let zone = |j: usize| {
            matches!(
                self.raw(j),
                "GMT" | "UTC" | "EST" | "EDT" | "PST" | "CET" | "BST" | "IST" | "hrs" | "HRS"
                    // wire copy in lower case ("0400 gmt")
                    | "gmt" | "utc"
            )
        };
        if (clock || n == 4) && zone(end) {
            return Some((self.mention(i, end + 1, MentionKind::Time, None), end + 1));
        }
        if clock && !self.glued_alnum(end) {
            return Some((self.mention(i, end, MentionKind::Time, None), end));
        }
        None
    }

    /// A year or decade reading of a plain four-digit number, by its context.
    pub(super) fn year_reading(&self, num: &Number) -> Option<(Mention, usize)> {
        let i = num.first;
        let end = num.end;
        // decades: 1990s, '90s
        if num.plain_digits.is_some_and(|d| d == 4 || d == 2)
            && self.glued(end)
            && self.word(end) == "s"
            && !self.glued_alnum(end + 1)
        {
            let apostrophe = i > 0 && (self.is_other(i - 1, "'") || self.is_other(i - 1, "’"));
            if num.plain_digits == Some(4) || apostrophe {
                let start = if apostrophe && num.plain_digits == Some(2) {
                    i - 1
                } else {
                    i
                };
                return Some((
                    self.mention(start, end + 1, MentionKind::Year, None),
                    end + 1,
                ));
            }
        }
        if num.plain_digits != Some(4) || !(1500.0..=2100.0).contains(&num.value) {
            return None;
        }
        let before = i.checked_sub(1).map_or("", |p| self.word(p));
        let mut cue =
            self.lex.grammar().year_cue(before) || self.lex.calendar().month(before).is_some();
        if i > 0
            && self.is_dash(i - 1)
            && self.glued(i)
            && i >= 2
            && matches!(self.word(i - 2), "mid" | "early" | "late")
        {
            cue = true;
        }
        let next = self.word(end);
        let next_is_count_noun = !next.is_empty()
            && !self.capitalised(end)
            && ((next.ends_with('s')
                && next.len() > 3
                && !matches!(
                    next,
                    "was"
                        | "has"
                        | "is"
                        | "this"
                        | "his"
                        | "its"
                        | "as"
                        | "us"
                        | "does"
                        | "says"
                        | "remains"
                        | "marks"
                        | "sees"
                        | "saw"
                ))
                || self.lex.grammar().count_noun(next));
        let next_is_unitish = self.lex.unit_after(self.text, &self.toks, end).is_some();
        if next_is_unitish {
            return None;
        }
        // "in 2018 troops…" is a year, "of 1500 people" a count
        let count_cue = matches!(
            before,
            "of" | "and" | "or" | "than" | "the" | "for" | "to" | "as" | "around" | "circa"
        );
        if !next_is_count_noun || cue && !count_cue {
            // a season range "2019-20" is one year mention
            let mut e = end;
            if self.is_dash(e)
                && self.glued(e)
                && matches!(self.digits_len(e + 1), 2 | 4)
                && self.glued(e + 1)
            {
                e += 2;
            }
            return Some((self.mention(i, e, MentionKind::Year, None), e));
        }
        None
    }
}
