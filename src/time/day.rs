//! Days and calendar arithmetic: the [`Day`] every part of the crate dates things with, the
//! inclusive [`DayInterval`], and the whole months, years and weeks of the calendar.
//!
//! The conversions between days and civil dates (month lengths, leap years, weekdays, adding
//! months) are `jiff`'s; a `Day` stays a plain count of days since 1970-01-01 so that claims,
//! stories and reconciliation compare and subtract days as integers. This room knows no words
//! and no publication day: it is arithmetic only.

use std::fmt;

use jiff::civil::Date;
use jiff::{SignedDuration, Span};

/// A calendar day, as days since 1970-01-01 (proleptic Gregorian).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day(pub i32);

/// The day `Day(0)` stands for.
const EPOCH: Date = Date::constant(1970, 1, 1);

impl Day {
    /// The day of a date, or `None` if the date does not exist (February 30, month 13) or lies
    /// beyond the years −9999 to 9999.
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Option<Day> {
        let date = Date::new(
            i16::try_from(year).ok()?,
            i8::try_from(month).ok()?,
            i8::try_from(day).ok()?,
        )
        .ok()?;
        Some(Day::of(date))
    }

    fn of(date: Date) -> Day {
        Day(date.duration_since(EPOCH).as_hours().div_euclid(24) as i32)
    }

    /// The civil date of the day; a day beyond the years −9999 to 9999 (reached only by adding
    /// days without end) reads as the first or last date of that range.
    fn date(self) -> Date {
        let hours = SignedDuration::from_hours(i64::from(self.0) * 24);
        EPOCH
            .checked_add(hours)
            .unwrap_or(if self.0 < 0 { Date::MIN } else { Date::MAX })
    }

    /// The year, month (1–12) and day of the month (1–31).
    pub fn ymd(self) -> (i32, u32, u32) {
        let d = self.date();
        (i32::from(d.year()), d.month() as u32, d.day() as u32)
    }

    /// The day of the week: 0 = Monday … 6 = Sunday.
    pub fn weekday(self) -> u32 {
        self.date().weekday().to_monday_zero_offset() as u32
    }

    /// The day of an ISO date, "2020-02-10"; a time or other text may follow after a "T" or
    /// white space ("2020-02-10T08:00:00Z").
    pub fn parse_iso(s: &str) -> Option<Day> {
        let b = s.as_bytes();
        if b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        if b.len() > 10 && !(b[10] == b'T' || b[10].is_ascii_whitespace()) {
            return None;
        }
        let num = |r: std::ops::Range<usize>| -> Option<u32> {
            b[r].iter().try_fold(0u32, |acc, &c| {
                c.is_ascii_digit().then(|| acc * 10 + u32::from(c - b'0'))
            })
        };
        Day::from_ymd(num(0..4)? as i32, num(5..7)?, num(8..10)?)
    }

    /// The day `n` days later (earlier if `n` is negative), saturating at the ends of the range.
    #[must_use]
    pub fn add_days(self, n: i32) -> Day {
        Day(self.0.saturating_add(n))
    }
}

impl fmt::Display for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (y, m, d) = self.ymd();
        write!(f, "{y:04}-{m:02}-{d:02}")
    }
}

/// An inclusive interval of days.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DayInterval {
    /// The first day.
    pub from: Day,
    /// The last day (inclusive).
    pub to: Day,
}

impl DayInterval {
    /// The interval of one day.
    pub fn single(day: Day) -> DayInterval {
        DayInterval { from: day, to: day }
    }

    /// Whether `day` lies in the interval.
    pub fn contains(self, day: Day) -> bool {
        self.from <= day && day <= self.to
    }
}

/// The days `from` to `to`, or `None` if `to` comes first.
pub(super) fn interval(from: Day, to: Day) -> Option<DayInterval> {
    (from <= to).then_some(DayInterval { from, to })
}

/// The days of month `m` of year `y`.
pub(super) fn month_interval(y: i32, m: u32) -> Option<DayInterval> {
    let first = Date::new(i16::try_from(y).ok()?, i8::try_from(m).ok()?, 1).ok()?;
    interval(Day::of(first), Day::of(first.last_of_month()))
}

/// The days of year `y`.
pub(super) fn year_interval(y: i32) -> Option<DayInterval> {
    interval(Day::from_ymd(y, 1, 1)?, Day::from_ymd(y, 12, 31)?)
}

/// The Monday of the calendar week (Monday to Sunday) of `d`.
pub(super) fn monday_of(d: Day) -> Day {
    d.add_days(-(d.weekday() as i32))
}

/// The same day of the month `n` months later, clamped to the month's length.
pub(super) fn add_months(d: Day, n: i32) -> Option<Day> {
    let months = Span::new().try_months(n).ok()?;
    d.date().checked_add(months).ok().map(Day::of)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> Day {
        Day::parse_iso(s).unwrap()
    }

    /// 2021-03-15, a Monday.
    const P: Option<Day> = Some(Day(18_701));

    #[test]
    fn days_round_trip_and_know_their_weekday() {
        assert_eq!(Day::from_ymd(1970, 1, 1), Some(Day(0)));
        assert_eq!(Day(0).weekday(), 3, "1970-01-01 was a Thursday");
        assert_eq!(Day(-1).weekday(), 2);
        assert_eq!(P, Some(day("2021-03-15")));
        assert_eq!(day("2021-03-15").weekday(), 0);
        assert_eq!(day("2000-01-01").weekday(), 5);
        assert_eq!(day("1900-01-01").weekday(), 0);
        let mut expected = Day::from_ymd(1900, 1, 1).unwrap();
        for y in 1900..=2100 {
            for m in 1..=12 {
                for d in 1..=31 {
                    let Some(x) = Day::from_ymd(y, m, d) else {
                        assert!(d > 28, "{y}-{m}-{d}");
                        continue;
                    };
                    assert_eq!(x, expected);
                    assert_eq!(x.ymd(), (y, m, d));
                    assert_eq!(Day::parse_iso(&x.to_string()), Some(x));
                    expected = expected.add_days(1);
                }
            }
        }
        assert_eq!(
            Day::from_ymd(2000, 2, 29).map(Day::ymd),
            Some((2000, 2, 29))
        );
        assert_eq!(Day::from_ymd(1900, 2, 29), None);
        assert_eq!(Day::from_ymd(2021, 2, 30), None);
        assert_eq!(Day::from_ymd(2021, 13, 1), None);
        assert_eq!(Day::from_ymd(2021, 0, 1), None);
        assert_eq!(Day::from_ymd(2021, 1, 0), None);
        assert_eq!(Day::from_ymd(i32::MAX, 1, 1), None);
        assert_eq!(day("2020-02-10").to_string(), "2020-02-10");
        assert_eq!(
            Day::parse_iso("2020-02-10T08:30:00Z"),
            Some(day("2020-02-10"))
        );
        assert_eq!(Day::parse_iso("2020-02-10 08:30"), Some(day("2020-02-10")));
        for bad in [
            "",
            "2020-02",
            "2020-02-1",
            "2020/02/10",
            "2020-02-10x",
            "20a0-02-10",
            "2020-02-30",
            "2020-02-1é",
        ] {
            assert_eq!(Day::parse_iso(bad), None, "{bad}");
        }
        assert_eq!(day("2020-12-31").add_days(1), day("2021-01-01"));
        assert_eq!(Day(i32::MAX).add_days(1), Day(i32::MAX));
        assert!(DayInterval::single(Day(3)).contains(Day(3)));
    }

    #[test]
    fn months_add_and_clamp() {
        assert_eq!(add_months(day("2020-03-31"), -1), Some(day("2020-02-29")));
        assert_eq!(add_months(day("2021-01-31"), 13), Some(day("2022-02-28")));
        assert_eq!(add_months(day("2021-03-15"), -120), Some(day("2011-03-15")));
        assert_eq!(add_months(day("2021-03-15"), i32::MAX), None);
        let feb = month_interval(2024, 2).unwrap();
        assert_eq!((feb.from, feb.to), (day("2024-02-01"), day("2024-02-29")));
        assert_eq!(month_interval(2024, 13), None);
        assert_eq!(monday_of(day("2021-03-21")), day("2021-03-15"));
        assert_eq!(Day(i32::MAX).ymd(), (9999, 12, 31));
    }
}
