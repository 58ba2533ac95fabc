//! Resolution against the publication day: the days that an expression the scanner read names
//! when it was published on day P. "Monday" is the Monday on or before P, "last month" P's
//! month before, "Feb. 3" the February 3 of the year that [`year_for`] picks, "three days ago"
//! P − 3.
//!
//! Every function takes what the scanner understood (a weekday and the word before it, a count
//! and a unit, a month and a day) and returns days; none reads text. The vague words' spans
//! (how long "recent weeks" is, what "early" takes) are the named conventions of
//! [`super::conventions`].

use super::conventions::{year_for, Unit};
use super::day::{add_months, interval, monday_of, month_interval, year_interval};
use super::day::{Day, DayInterval};

/// What comes before a weekday.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Pre {
    /// "Monday": the most recent Monday on or before P.
    Bare,
    /// "last Monday", "this past Monday": the most recent strictly before P.
    Past,
    /// "next Monday": the first after P.
    Next,
    /// "this Monday": the Monday of P's calendar week.
    This,
}

/// The day of weekday `wd` (0 = Monday) that `pre` names; with `week`, the weekday of the
/// calendar week `week` days from P's ("Friday last week" is -7, "Monday next week" 7).
pub(super) fn weekday(p: Day, wd: u32, pre: Pre, week: Option<i32>) -> DayInterval {
    let (pw, w) = (p.weekday() as i32, wd as i32);
    let day = match (week, pre) {
        (Some(q), _) => monday_of(p).add_days(q + w),
        (None, Pre::Bare) => p.add_days(-(pw - w).rem_euclid(7)),
        (None, Pre::Past) => p.add_days(-((pw - w - 1).rem_euclid(7) + 1)),
        (None, Pre::Next) => p.add_days((w - pw - 1).rem_euclid(7) + 1),
        (None, Pre::This) => monday_of(p).add_days(w),
    };
    DayInterval::single(day)
}

/// The calendar week (Monday to Sunday) `q` days from P's: 0 this week, -7 last week, 7 next.
pub(super) fn week(p: Day, q: i32) -> Option<DayInterval> {
    let mon = monday_of(p).add_days(q);
    interval(mon, mon.add_days(6))
}

/// The calendar month `q` months from P's: 0 this month, -1 last month, 1 next month.
pub(super) fn month(p: Day, q: i32) -> Option<DayInterval> {
    let (y, m, _) = add_months(p, q)?.ymd();
    month_interval(y, m)
}

/// Month `m` named with "last" (`q` = -1, the most recent before P's month) or "next" (1, the
/// first after it); any other `q` is P's year's.
pub(super) fn named_month(p: Day, m: u32, q: i32) -> Option<DayInterval> {
    let (py, pm, _) = p.ymd();
    let y = match q {
        -1 if m < pm => py,
        -1 => py - 1,
        1 if m > pm => py,
        1 => py + 1,
        _ => py,
    };
    month_interval(y, m)
}

/// The calendar year `q` years from P's.
pub(super) fn year(p: Day, q: i32) -> Option<DayInterval> {
    year_interval(p.ymd().0 + q)
}

/// Month `m` without a year: of the year that puts its first day closest to P.
pub(super) fn lone_month(p: Day, m: u32) -> Option<DayInterval> {
    month_interval(year_for(p, m, 1)?, m)
}

/// The days `d1`..`d2` of month `m`, of `year` or, without one, of the year closest to P;
/// `None` for a date that does not exist ("Feb. 30") or a yearless date with no P.
pub(super) fn date(
    p: Option<Day>,
    m: u32,
    d1: u32,
    d2: u32,
    year: Option<i32>,
) -> Option<DayInterval> {
    let y = year.or_else(|| p.and_then(|p| year_for(p, m, d1)))?;
    interval(Day::from_ymd(y, m, d1)?, Day::from_ymd(y, m, d2)?)
}

/// The days `d1`..`d2` (0: the month's end) of month `m` written without a year at the start
/// of a range whose end `to` has one ("Feb. 28 to March 2, 2020"): of the end's year, or of
/// the year before when the start would come after the end.
pub(super) fn range_start(
    m: u32,
    d1: u32,
    d2: u32,
    to_year: i32,
    to: DayInterval,
) -> Option<DayInterval> {
    let (_, bm, bday) = to.from.ymd();
    let y = if (m, d1) <= (bm, bday) {
        to_year
    } else {
        to_year - 1
    };
    if d2 == 0 {
        month_interval(y, m)
    } else {
        interval(Day::from_ymd(y, m, d1)?, Day::from_ymd(y, m, d2)?)
    }
}

/// The days from `x` to `y`; a bare weekday `y` before `x` is the one after it ("Saturday to
/// Monday" runs into the next week).
pub(super) fn range(x: DayInterval, mut y: DayInterval, bare_weekday: bool) -> Option<DayInterval> {
    if bare_weekday && y.from < x.from {
        let weeks = (x.from.0 - y.from.0 + 6) / 7;
        y = DayInterval {
            from: y.from.add_days(7 * weeks),
            to: y.to.add_days(7 * weeks),
        };
    }
    interval(x.from, y.to)
}

/// The day `n` units before P.
pub(super) fn back(p: Day, unit: Unit, n: u32) -> Option<Day> {
    let n = n as i32;
    match unit {
        Unit::Days(k) => Some(p.add_days(-n * k)),
        Unit::Months(k) => add_months(p, -n * k),
        Unit::Hours => Some(p.add_days(-(n / 24))),
    }
}

/// "`lo` to `hi` units ago": from `hi` units before P to `lo` units before it.
pub(super) fn ago(p: Day, unit: Unit, lo: u32, hi: u32) -> Option<DayInterval> {
    interval(back(p, unit, hi)?, back(p, unit, lo)?)
}

/// "the past `n` units": from `n` units before P (hours rounded up to whole days) to P.
pub(super) fn past(p: Day, unit: Unit, n: u32) -> Option<DayInterval> {
    let from = match unit {
        Unit::Hours => p.add_days(-((n as i32 + 23) / 24)),
        _ => back(p, unit, n)?,
    };
    interval(from, p)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> Day {
        Day::parse_iso(s).unwrap()
    }

    #[test]
    fn weekdays_weeks_and_months_from_the_publication_day() {
        let p = day("2021-03-17"); // a Wednesday
        assert_eq!(weekday(p, 0, Pre::Bare, None).from, day("2021-03-15"));
        assert_eq!(weekday(p, 2, Pre::Bare, None).from, day("2021-03-17"));
        assert_eq!(weekday(p, 2, Pre::Past, None).from, day("2021-03-10"));
        assert_eq!(weekday(p, 2, Pre::Next, None).from, day("2021-03-24"));
        assert_eq!(weekday(p, 4, Pre::Bare, Some(-7)).from, day("2021-03-12"));
        assert_eq!(week(p, -7).unwrap().from, day("2021-03-08"));
        assert_eq!(month(p, -1).unwrap().to, day("2021-02-28"));
        assert_eq!(named_month(p, 3, -1).unwrap().from, day("2020-03-01"));
        assert_eq!(named_month(p, 1, 1).unwrap().from, day("2022-01-01"));
        assert_eq!(past(p, Unit::Hours, 24).unwrap().from, day("2021-03-16"));
        assert_eq!(ago(p, Unit::Days(7), 1, 2).unwrap().from, day("2021-03-03"));
        let sat = DayInterval::single(day("2021-03-13"));
        let mon = DayInterval::single(day("2021-03-08"));
        assert_eq!(range(sat, mon, true).unwrap().to, day("2021-03-15"));
        assert_eq!(range(sat, mon, false), None);
    }
}
