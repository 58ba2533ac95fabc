//! The absolute expressions of the scanner: dates ("Feb. 3", "3 February 2020", "2020-02-03"),
//! months and years ("in June", "late 2012", "the 1990s"), weekdays ("last Monday", "Friday
//! next week"), the days near P ("yesterday", "overnight"), weeks, weekends, months and years
//! named from P ("this week", "next month"), and spans that end at P ("three days ago", "the
//! past few weeks").
//!
//! Each pattern returns the tokens it covers and asks [`super::resolve`] for its days; none
//! computes a date itself.

use super::{Abs, Opt, Scanner, Strength};
use crate::lexicon::TimeList;
use crate::text::token::TokenKind;
use crate::time::conventions::{self, Grain, Unit, Weekend};
use crate::time::day::{interval, month_interval, year_interval, Day, DayInterval};
use crate::time::resolve::{self, Pre};

impl Scanner<'_> {
    /// "2020-02-03".
    pub(super) fn iso(&self, i: usize) -> Option<Abs> {
        let (y, 4) = self.digits(i)? else {
            return None;
        };
        let two = |k: usize| match self.digits(k) {
            Some((v, 2)) if self.glued(k) && self.is_dash(k - 1) && self.glued(k - 1) => Some(v),
            _ => None,
        };
        let (m, d) = (two(i + 2)?, two(i + 4)?);
        if !self.free_left(i) || self.glued(i + 5) && self.kind(i + 5) == Some(TokenKind::Digits) {
            return None;
        }
        let day = Day::from_ymd(y as i32, m, d)?;
        let mut a = Abs::new(i + 5, Some(DayInterval::single(day)), Grain::Day);
        a.year = Some(y as i32);
        Some(a)
    }

    /// The days `d1`..`d2` of month `m`, of `year` or of the year closest to P.
    fn date(&self, end: usize, m: u32, d1: u32, d2: u32, year: Option<i32>) -> Abs {
        // an impossible date ("Feb. 30") is recognised, so that "Feb." is not read alone,
        // but has no days
        let days = resolve::date(self.p, m, d1, d2, year);
        let mut a = Abs::new(end, days, Grain::Day);
        a.year = year;
        if year.is_none() {
            a.yearless = Some((m, d1, d2));
        }
        a
    }

    /// "Feb. 3", "February 3rd", "Feb. 3, 2020", "February 2-3", "Feb. 2 to 3".
    pub(super) fn month_day(&self, i: usize, opt: Opt) -> Option<Abs> {
        let (m, j, _) = self.month_name(i)?;
        let (d1, mut j) = self.day_number(j, false)?;
        let mut d2 = d1;
        if let Some(c) = self.connector(j, opt.and_ok) {
            if let Some((d, k)) = self.day_number(c, false) {
                if d > d1 && self.month_name(k).is_none() {
                    d2 = d;
                    j = k;
                }
            }
        }
        match self.trailing_year(j) {
            Some((y, k)) => Some(self.date(k, m, d1, d2, Some(y))),
            None => Some(self.date(j, m, d1, d2, None)),
        }
    }

    /// "3 February", "the 3rd of February", "3 February 2020", "2-3 February".
    pub(super) fn day_month(&self, i: usize, opt: Opt) -> Option<Abs> {
        let k = if self.is(i, "the") { i + 1 } else { i };
        let (d1, mut j) = self.day_number(k, true)?;
        let mut d2 = d1;
        if let Some(c) = self.connector(j, opt.and_ok) {
            if let Some((d, l)) = self.day_number(c, false) {
                let l2 = if self.is(l, "of") { l + 1 } else { l };
                if d > d1 && self.month_name(l2).is_some() {
                    d2 = d;
                    j = l;
                }
            }
        }
        if self.is(j, "of") {
            j += 1;
        }
        let (m, j, _) = self.month_name(j)?;
        match self.trailing_year(j) {
            Some((y, e)) => Some(self.date(e, m, d1, d2, Some(y))),
            None => Some(self.date(j, m, d1, d2, None)),
        }
    }

    /// "February", "February 2020", "Feb. 2020".
    pub(super) fn month_alone(&self, i: usize, opt: Opt) -> Option<Abs> {
        let (m, j, strength) = self.month_name(i)?;
        let k = if self.is(j, "of") || self.is_punct(j, ',') {
            j + 1
        } else {
            j
        };
        if let Some(y) = self.year4(k) {
            let mut a = Abs::new(k + 1, month_interval(y, m), Grain::Month);
            a.year = Some(y);
            return Some(a);
        }
        // "April last year", "April of this year": the month of the year named after it
        if let Some(q) = self.lookup(k, &[("this", 0), ("last", -1), ("next", 1)]) {
            if self.is(k + 1, "year") {
                let days = self.p.and_then(|p| month_interval(p.ymd().0 + q, m));
                return Some(Abs::new(k + 2, days, Grain::Month));
            }
        }
        let ok = match strength {
            Strength::Strong => true,
            Strength::Weak => {
                opt.modified || opt.loose || self.prev_in_list(i, TimeList::MonthContext)
            }
            Strength::NeedsNumber => opt.modified || opt.loose,
        };
        if !ok {
            return None;
        }
        let days = self.p.and_then(|p| resolve::lone_month(p, m));
        let mut a = Abs::new(j, days, Grain::Month);
        a.yearless = Some((m, 1, 0));
        Some(a)
    }

    /// "Monday", "Monday night", "last Monday", "next Monday", "Friday last week", "Monday,
    /// Feb. 3".
    pub(super) fn weekday(&self, i: usize) -> Option<Abs> {
        let (pre, k) = if self.is(i, "this") && self.is(i + 1, "past") {
            (Pre::Past, i + 2)
        } else if self.is_any(i, &["last", "past"]) {
            (Pre::Past, i + 1)
        } else if self.is(i, "next") {
            (Pre::Next, i + 1)
        } else if self.is(i, "this") {
            (Pre::This, i + 1)
        } else {
            (Pre::Bare, i)
        };
        let wd = self.weekday_name(k)?;
        let mut j = k + 1;
        if pre == Pre::Bare {
            if self.prev_in_list(k, TimeList::Anaphoric) {
                return None;
            }
            // "Monday, Feb. 3": the date says which Monday
            let c = if self.is_punct(j, ',') { j + 1 } else { j };
            let date = [
                self.month_day(c, Opt::default()),
                self.day_month(c, Opt::default()),
            ]
            .into_iter()
            .flatten()
            .max_by_key(|a| a.end);
            if date.is_some() {
                return date;
            }
        }
        if self.part_of_day(j) {
            j += 1;
        }
        let mut week = None;
        if pre == Pre::Bare {
            let w = if self.is(j, "of") { j + 1 } else { j };
            if self.is(w + 1, "week") {
                if let Some(q) = self.lookup(w, &[("last", -7), ("next", 7), ("this", 0)]) {
                    week = Some(q);
                    j = w + 2;
                }
            }
        }
        let days = self.p.map(|p| resolve::weekday(p, wd, pre, week));
        let mut a = Abs::new(j, days, Grain::Day);
        a.bare_weekday = pre == Pre::Bare && week.is_none();
        Some(a)
    }

    /// "today", "tonight", "this morning", "yesterday", "last night", "tomorrow", "overnight",
    /// "the day before yesterday", "the day after tomorrow".
    pub(super) fn near_day(&self, i: usize) -> Option<Abs> {
        let single = |end: usize, n: i32| {
            Some(Abs::new(
                end,
                self.p.map(|p| DayInterval::single(p.add_days(n))),
                Grain::Day,
            ))
        };
        if let Some(n) = self.near_day_offset(i) {
            // a part may follow a day other than P ("yesterday morning"); P's has its own
            // words ("this morning", "tonight")
            let end = if n != 0 && self.part_of_day(i + 1) {
                i + 2
            } else {
                i + 1
            };
            return single(end, n);
        }
        if self.is(i, "this") && self.is_any(i + 1, &["morning", "afternoon", "evening"]) {
            return single(i + 2, 0);
        }
        if self.is(i, "last")
            && self.is_any(i + 1, &["night", "evening"])
            && !self.prev_is_any(i, &["the"])
        {
            return single(i + 2, -1);
        }
        if self.is(i, "the") && self.is(i + 1, "day") {
            let next = self.near_day_offset(i + 3);
            if self.is(i + 2, "before") && next == Some(-1) {
                return single(i + 4, -2);
            }
            if self.is(i + 2, "after") && next == Some(1) {
                return single(i + 4, 2);
            }
        }
        if self.is(i, "overnight") && !self.prev_is_any(i, &["a", "an", "the"]) {
            // "overnight into Sunday": Saturday and Sunday; "overnight Sunday": Sunday
            let (into, k) = if self.is(i + 1, "into") {
                (true, i + 2)
            } else if self.is(i + 1, "on") {
                (false, i + 2)
            } else {
                (false, i + 1)
            };
            let day = [
                self.weekday(k),
                self.month_day(k, Opt::default()),
                self.day_month(k, Opt::default()),
            ]
            .into_iter()
            .flatten()
            .max_by_key(|a| a.end);
            if let Some(d) = day {
                let days = d.days.map(|x| DayInterval {
                    from: if into { x.from.add_days(-1) } else { x.from },
                    to: x.to,
                });
                return Some(Abs::new(d.end, days, Grain::Other));
            }
            return Some(Abs::new(
                i + 1,
                self.p.map(conventions::overnight),
                Grain::Other,
            ));
        }
        None
    }

    /// "this/last/next week", "the week before last", "the week" (after "… of"), and the
    /// weekends.
    pub(super) fn week(&self, i: usize, opt: Opt) -> Option<Abs> {
        if let Some(q) = self.lookup(i, &[("this", 0), ("last", -7), ("next", 7)]) {
            if self.is(i + 1, "week") && !self.prev_is_any(i, &["the"]) {
                let mut a = Abs::new(i + 2, self.p.and_then(|p| resolve::week(p, q)), Grain::Week);
                a.clip = q == 0;
                return Some(a);
            }
        }
        if self.is(i, "the")
            && self.is(i + 1, "week")
            && self.is(i + 2, "before")
            && self.is(i + 3, "last")
        {
            let days = self.p.and_then(|p| resolve::week(p, -14));
            return Some(Abs::new(i + 4, days, Grain::Week));
        }
        if opt.after_of && self.is(i, "the") && self.is(i + 1, "week") {
            let days = self.p.and_then(|p| resolve::week(p, 0));
            return Some(Abs::new(i + 2, days, Grain::Week));
        }
        // the weekends
        let (which, k) =
            if self.is_any(i, &["this", "the"]) && self.is_any(i + 1, &["past", "last"]) {
                (Weekend::Past, i + 2)
            } else if self.is_any(i, &["this", "the"]) && self.is(i + 1, "coming") {
                (Weekend::Next, i + 2)
            } else if self.is_any(i, &["last", "past"]) {
                (Weekend::Past, i + 1)
            } else if self.is(i, "next") {
                (Weekend::Next, i + 1)
            } else if self.is_any(i, &["the", "this"]) {
                (Weekend::Recent, i + 1)
            } else {
                return None;
            };
        if !self.is(k, "weekend") || self.is(k + 1, "of") {
            return None;
        }
        let days = self.p.and_then(|p| conventions::weekend(p, which));
        Some(Abs::new(k + 1, days, Grain::Other))
    }

    /// "this/last/next month", "the month" (after "… of"), "last January".
    pub(super) fn month_relative(&self, i: usize, opt: Opt) -> Option<Abs> {
        let p = self.p;
        if let Some(q) = self.lookup(i, &[("this", 0), ("last", -1), ("next", 1)]) {
            if self.is(i + 1, "month") && !self.prev_is_any(i, &["the"]) {
                let days = p.and_then(|p| resolve::month(p, q));
                let mut a = Abs::new(i + 2, days, Grain::Month);
                a.clip = q == 0;
                return Some(a);
            }
            if let Some((m, j, _)) = self.month_name(i + 1) {
                let days = p.and_then(|p| resolve::named_month(p, m, q));
                return Some(Abs::new(j, days, Grain::Month));
            }
        }
        if opt.after_of && self.is(i, "the") && self.is(i + 1, "month") {
            let days = p.and_then(|p| resolve::month(p, 0));
            return Some(Abs::new(i + 2, days, Grain::Month));
        }
        None
    }

    /// "this/last/next year", "the year" (after "… of").
    pub(super) fn year_relative(&self, i: usize, opt: Opt) -> Option<Abs> {
        let q = if opt.after_of && self.is(i, "the") {
            0
        } else {
            if self.prev_is_any(i, &["the"]) {
                return None;
            }
            self.lookup(i, &[("this", 0), ("last", -1), ("next", 1)])?
        };
        if !self.is(i + 1, "year") {
            return None;
        }
        let mut a = Abs::new(i + 2, self.p.and_then(|p| resolve::year(p, q)), Grain::Year);
        a.clip = q == 0 && !self.is(i, "the");
        Some(a)
    }

    /// A bare year ("in 2018", "late 2012", "the 2018 deal", "2016,") or a decade ("the
    /// 1990s").
    pub(super) fn year(&self, i: usize, opt: Opt) -> Option<Abs> {
        let (v, 4) = self.digits(i)? else {
            return None;
        };
        let y = v as i32;
        if !(1900..=2100).contains(&y) || !self.free_left(i) {
            return None;
        }
        if y % 10 == 0 {
            let s = if self.glued(i + 1) && self.is(i + 1, "s") {
                Some(i + 2)
            } else if self.glued(i + 1)
                && self.is_apostrophe(i + 1)
                && self.glued(i + 2)
                && self.is(i + 2, "s")
            {
                Some(i + 3)
            } else {
                None
            };
            if let Some(end) = s {
                let days = interval(year_interval(y)?.from, year_interval(y + 9)?.to);
                return Some(Abs::new(end, days, Grain::Decade));
            }
        }
        if !self.free_right(i) {
            return None;
        }
        let context = opt.loose
            || opt.modified
            || self.prev_in_list(i, TimeList::YearContext)
                && !(self.is(i - 1, "of") && self.prev_in_list(i - 1, TimeList::QuantityNouns))
                && !self.in_list(i + 1, TimeList::CountedNouns)
            || self.possessive_before(i) && !self.in_list(i + 1, TimeList::CountedNouns)
            || self.is_punct(i + 1, ',')
            // a list of years: "in 2018 and 2019", "2016, 2017"
            || i >= 2
                && (self.is_any(i - 1, &["and", "or", "to"]) || self.is_punct(i - 1, ','))
                && self.year4(i - 2).is_some();
        if !context {
            return None;
        }
        let mut a = Abs::new(i + 1, year_interval(y), Grain::Year);
        a.year = Some(y);
        Some(a)
    }

    /// "a week ago", "three or four days ago".
    pub(super) fn ago(&self, i: usize) -> Option<Abs> {
        let (lo, hi, j) = self.count_range(i)?;
        let (unit, _, k) = self.unit(j)?;
        if !self.is(k, "ago") {
            return None;
        }
        let days = self.p.and_then(|p| resolve::ago(p, unit, lo, hi));
        Some(Abs::new(k + 1, days, Grain::Other))
    }

    /// Spans that end (or start) at P: "the past week", "the last three days", "the past 24
    /// hours", "the past few days", "recent weeks", "(over) a few months", "the coming days".
    pub(super) fn span_to_p(&self, i: usize) -> Option<Abs> {
        let back = |end: usize, n: i32| {
            Some(Abs::new(
                end,
                self.p.and_then(|p| interval(p.add_days(-n), p)),
                Grain::Other,
            ))
        };
        if self.is(i, "the") && self.is_any(i + 1, &["past", "last"]) {
            let k = i + 2;
            if self.is_any(k, &["few", "several"]) {
                let (unit, plural, e) = self.unit(k + 1)?;
                return if plural && !self.is(e, "of") {
                    back(e, conventions::few(unit)?)
                } else {
                    None
                };
            }
            let (n, j, implicit) = match self.count(k) {
                Some((n, j)) => (n, j, false),
                None => (1, k, true),
            };
            let (unit, plural, e) = self.unit(j)?;
            if self.is(e, "of") || implicit && (plural || matches!(unit, Unit::Days(1))) {
                return None;
            }
            let days = self.p.and_then(|p| resolve::past(p, unit, n));
            return Some(Abs::new(e, days, Grain::Other));
        }
        if self.is(i, "recent") {
            let (unit, plural, e) = self.unit(i + 1)?;
            return if plural {
                back(e, conventions::few(unit)?)
            } else {
                None
            };
        }
        if self.prev_is_any(i, &["over"]) {
            let k = if self.is(i, "a") && self.is(i + 1, "few") {
                i + 2
            } else if self.is(i, "several") {
                i + 1
            } else {
                return None;
            };
            let (unit, plural, e) = self.unit(k)?;
            return if plural {
                back(e, conventions::few(unit)?)
            } else {
                None
            };
        }
        if self.is(i, "the") && self.is(i + 1, "coming") {
            let (unit, plural, e) = self.unit(i + 2)?;
            let n = conventions::few(unit).filter(|_| plural)?;
            return Some(Abs::new(
                e,
                self.p.and_then(|p| interval(p, p.add_days(n))),
                Grain::Other,
            ));
        }
        None
    }
}
