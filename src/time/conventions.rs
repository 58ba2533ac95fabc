//! The named conventions of news time: what the vague and the relative words of English news
//! writing mean in days. How far ahead a date without a year may fall, how many days "a few
//! days" or "recent weeks" span, which days "early", "mid-" and "late" take of a week, a month,
//! a year or a decade, which weekend "last weekend" is, and how many days a month or a year
//! counts in an offset ("a month later").
//!
//! Each convention is a number or a small function here, in one place, so that a reader (or a
//! newsroom) can find and question it. This room knows no words and no tokens: the scanner
//! decides which expression it read, this room what that expression spans.

use super::day::{interval, month_interval, year_interval, Day, DayInterval};

/// How many days after the publication day a date without a year may fall: "April 10" read
/// on March 15 is this year's (26 days ahead), "April 20" last year's.
pub const FUTURE_WINDOW_DAYS: i32 = 30;

/// The days that "a few days" spans: "in recent days", "in the past few days", "the coming
/// days" cover P−7..P (or P..P+7).
pub const FEW_DAYS: i32 = 7;

/// The days that "a few weeks" spans: "in recent weeks", "the past few weeks" cover P−30..P.
pub const FEW_WEEKS: i32 = 30;

/// The days that "a few months" spans: "in recent months", "over a few months", "the past
/// several months" cover P−120..P.
pub const FEW_MONTHS: i32 = 120;

/// The days of a month in a relative offset ("a month later" is `Relative(30)`).
pub const DAYS_PER_MONTH: i32 = 30;

/// The days of a year in a relative offset ("a year earlier" is `Relative(-365)`).
pub const DAYS_PER_YEAR: i32 = 365;

/// A unit of time as news counts in it.
#[derive(Clone, Copy, Debug)]
pub(super) enum Unit {
    /// Days, with the days of one unit (1 for days, 7 for weeks).
    Days(i32),
    /// Calendar months, with the months of one unit (1 for months, 12 for years).
    Months(i32),
    Hours,
}

/// The size of what an absolute expression names, for the modifiers that split it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Grain {
    Day,
    Week,
    Month,
    Year,
    Decade,
    Other,
}

/// A word that takes a part of a period: "early", "mid-", "late" (and "the beginning/middle/end
/// of"), or "earlier"/"later", which cut the period at the publication day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Modifier {
    Early,
    Mid,
    Late,
    Earlier,
    Later,
}

/// The year of a month and day given without one: the latest that puts the date no more than
/// [`FUTURE_WINDOW_DAYS`] after `p`.
pub(super) fn year_for(p: Day, m: u32, d: u32) -> Option<i32> {
    let py = p.ymd().0;
    [py + 1, py, py - 1].into_iter().find(|&y| {
        Day::from_ymd(y, m, d)
            .is_some_and(|x| i64::from(x.0) <= i64::from(p.0) + i64::from(FUTURE_WINDOW_DAYS))
    })
}

/// The days a vague count of units spans ("a few days", "recent weeks", "several months").
pub(super) fn few(unit: Unit) -> Option<i32> {
    match unit {
        Unit::Days(1) => Some(FEW_DAYS),
        Unit::Days(7) => Some(FEW_WEEKS),
        Unit::Months(1) => Some(FEW_MONTHS),
        _ => None,
    }
}

/// The days of an offset of `n` units from another event ("two weeks later" = 14): months
/// and years by [`DAYS_PER_MONTH`] and [`DAYS_PER_YEAR`], hours to the nearest whole day.
pub(super) fn offset_days(unit: Unit, n: i32) -> i32 {
    match unit {
        Unit::Days(d) => n * d,
        Unit::Months(1) => n * DAYS_PER_MONTH,
        Unit::Months(m) => n * m / 12 * DAYS_PER_YEAR,
        Unit::Hours => (n + 12) / 24,
    }
}

/// The part of the period `d` (of size `grain`) that modifier `m` names, with `p` the
/// publication day for "earlier"/"later": early, mid and late are days 1–10, 11–20 and 21–end
/// of a month; January–April, May–August and September–December of a year; Monday–Wednesday,
/// Tuesday–Thursday and Thursday–Sunday of a week; years 0–3, 4–6 and 7–9 of a decade.
/// "Earlier" runs to the day before P, "later" from the day after.
pub(super) fn part(
    m: Modifier,
    grain: Grain,
    d: DayInterval,
    p: Option<Day>,
) -> Option<DayInterval> {
    let days = |early: (i32, i32), mid: (i32, i32), late: (i32, i32)| {
        let (a, z) = match m {
            Modifier::Early => early,
            Modifier::Mid => mid,
            _ => late,
        };
        interval(d.from.add_days(a), d.from.add_days(z).min(d.to))
    };
    match (m, grain) {
        (_, Grain::Day) => Some(d),
        (Modifier::Earlier, _) => p.and_then(|p| interval(d.from, d.to.min(p.add_days(-1)))),
        (Modifier::Later, _) => p.and_then(|p| interval(d.from.max(p.add_days(1)), d.to)),
        (_, Grain::Week) => days((0, 2), (1, 3), (3, 6)),
        (_, Grain::Month) => days((0, 9), (10, 19), (20, 40)),
        (_, Grain::Year) => {
            let y = d.from.ymd().0;
            let (a, z) = match m {
                Modifier::Early => (1, 4),
                Modifier::Mid => (5, 8),
                _ => (9, 12),
            };
            interval(month_interval(y, a)?.from, month_interval(y, z)?.to)
        }
        (_, Grain::Decade) => {
            let y = d.from.ymd().0;
            let (a, z) = match m {
                Modifier::Early => (0, 3),
                Modifier::Mid => (4, 6),
                _ => (7, 9),
            };
            interval(year_interval(y + a)?.from, year_interval(y + z)?.to)
        }
        (_, Grain::Other) => None,
    }
}

/// Which weekend a phrase names, as seen from the publication day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Weekend {
    /// "the weekend", "this weekend": the most recent that starts on or before P.
    Recent,
    /// "last weekend", "the past weekend": the one before that when P is on a weekend.
    Past,
    /// "next weekend", "the coming weekend": the first that starts after P.
    Next,
}

/// The Saturday and Sunday of a weekend.
pub(super) fn weekend(p: Day, which: Weekend) -> Option<DayInterval> {
    let pw = p.weekday() as i32;
    let sat = match which {
        Weekend::Next => p.add_days((4 - pw).rem_euclid(7) + 1),
        _ => {
            let recent = p.add_days(-(pw - 5).rem_euclid(7));
            if which == Weekend::Past && pw >= 5 {
                recent.add_days(-7)
            } else {
                recent
            }
        }
    };
    interval(sat, sat.add_days(1))
}

/// "Overnight" with no day named: the night from the day before P into P.
pub(super) fn overnight(p: Day) -> DayInterval {
    DayInterval {
        from: p.add_days(-1),
        to: p,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> Day {
        Day::parse_iso(s).unwrap()
    }

    #[test]
    fn parts_of_a_month_a_year_and_a_week() {
        let feb = month_interval(2021, 2).unwrap();
        let late = part(Modifier::Late, Grain::Month, feb, None).unwrap();
        assert_eq!((late.from, late.to), (day("2021-02-21"), day("2021-02-28")));
        let year = year_interval(2021).unwrap();
        let mid = part(Modifier::Mid, Grain::Year, year, None).unwrap();
        assert_eq!((mid.from, mid.to), (day("2021-05-01"), day("2021-08-31")));
        let p = Some(day("2021-02-10"));
        let earlier = part(Modifier::Earlier, Grain::Month, feb, p).unwrap();
        assert_eq!(
            (earlier.from, earlier.to),
            (day("2021-02-01"), day("2021-02-09"))
        );
        assert_eq!(part(Modifier::Early, Grain::Other, feb, p), None);
    }

    #[test]
    fn weekends_and_windows() {
        let sunday = day("2021-03-14");
        let recent = weekend(sunday, Weekend::Recent).unwrap();
        assert_eq!(recent.from, day("2021-03-13"));
        assert_eq!(
            weekend(sunday, Weekend::Past).unwrap().from,
            day("2021-03-06")
        );
        assert_eq!(
            weekend(sunday, Weekend::Next).unwrap().from,
            day("2021-03-20")
        );
        // "April 10" read on March 15 is this year's, "April 20" last year's
        let p = day("2021-03-15");
        assert_eq!(year_for(p, 4, 10), Some(2021));
        assert_eq!(year_for(p, 4, 20), Some(2020));
        assert_eq!(offset_days(Unit::Months(12), 2), 2 * DAYS_PER_YEAR);
        assert_eq!(offset_days(Unit::Hours, 36), 2);
    }
}
