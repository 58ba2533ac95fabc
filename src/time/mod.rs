//! Temporal expressions of news text, resolved to day intervals.
//!
//! A count in a report belongs to an event, and the event to a day: "five soldiers were killed
//! on Monday" dates the deaths to the Monday on or before the publication day. Two sources
//! that say "on Monday" and "Feb. 3" speak of the same day only once both are resolved, so
//! [`find_times`] finds the temporal expressions of a text and resolves each against the
//! publication day P to an inclusive [`DayInterval`], or, for expressions that count from
//! another event of the sentence ("a week earlier"), to a [`TimeValue::Relative`] offset.
//!
//! ```
//! use crosscheck::time::{find_times, Day, TimeValue};
//! let text = "Five soldiers were killed on Monday night, a week after the Feb. 3 attack.";
//! let p = Day::from_ymd(2021, 3, 15); // a Monday
//! let found: Vec<(&str, TimeValue)> =
//!     find_times(text, p).iter().map(|m| (&text[m.start..m.end], m.value)).collect();
//! assert_eq!(found[0].0, "Monday night");
//! assert_eq!(found[1], ("a week after", TimeValue::Relative(7)));
//! assert_eq!(found[2].0, "Feb. 3");
//! ```
//!
//! The rules are those of English news writing:
//!
//! - a bare weekday is the most recent such day on or before P; "last"/"past" Monday the most
//!   recent strictly before P; "next Monday" the first after P; "this Monday" and "Monday this
//!   week" the Monday of P's calendar week (weeks run Monday to Sunday); "Friday last week" and
//!   "Friday next week" the Friday of the calendar week before or after P's;
//! - a day or month without a year takes the latest year that puts it no more than
//!   [`FUTURE_WINDOW_DAYS`] after P (a month by its first day): the closest year, preferring
//!   the past;
//! - "early", "mid-", "late" split a month into days 1–10, 11–20 and 21–end, a year into
//!   January–April, May–August and September–December, a week into Monday–Wednesday,
//!   Tuesday–Thursday and Thursday–Sunday, a decade into its years 0–3, 4–6 and 7–9; "the
//!   beginning/start of", "the middle of" and "the end of" are read as "early", "mid" and
//!   "late", so "by the end of the month" is days 21–end of P's month (a deadline, possibly in
//!   the future, reported like any other interval); "earlier"/"later" cut a period at P
//!   ("earlier this month" is the 1st to P−1, "later this week" P+1 to Sunday);
//! - "this week/month/year" run from their first day to P; "last/next week/month/year" are
//!   whole calendar periods; "the weekend" and "this weekend" are the most recent Saturday and
//!   Sunday that start on or before P, "last weekend" the one before that when P is itself a
//!   Saturday or Sunday, "next weekend" the first that starts after P;
//! - "the past/last N days" (weeks, months, years, hours) run from P minus N to P; vague
//!   spans use the named conventions [`FEW_DAYS`], [`FEW_WEEKS`] and [`FEW_MONTHS`] ("in
//!   recent days", "the past few weeks", "over a few months", "the coming days");
//! - relative offsets count months as [`DAYS_PER_MONTH`] and years as [`DAYS_PER_YEAR`] days,
//!   hours as the nearest whole number of days; "hours later", "later that day", "by day's
//!   end" are `Relative(0)`; "days later" and "a few days ago", with no number, are left out;
//! - weekday and month names count only when capitalised (or in capitals); "May", and the
//!   abbreviations without a full stop ("Jan 3"), need a day number, a year or a modifier
//!   ("mid-May") to count as a month, and "March", "April", "June" and "August" alone need a
//!   preposition before them ("in June"); "last January" is the most recent January before
//!   P's month, "next January" the first after it;
//! - a bare four-digit year 1900–2100 counts after a preposition, a modifier, a determiner
//!   ("the 2018 deal"), a possessive or another year ("2018 and 2019"), or before a comma, but
//!   never inside a longer number ("2,018 people"), after a quantity noun and "of" ("a crowd
//!   of 2000") or before a counted noun ("in 2000 people").
//!
//! A mention covers its expression from the first word that bears on its value: prepositions
//! that only introduce it ("on Monday", "in January", "over the weekend", "from February 2 to
//! 3", "between …", "by day's end") are left outside, "since" (which stretches the interval to
//! P) and articles that belong to the phrase ("the day before", "the end of January") are
//! inside. Mentions never overlap; at each position the longest expression wins. Expressions
//! that need P are recognised but left out when it is unknown, so that no part of them is
//! reported alone. Clock times are not day expressions ("1:13 a.m. Monday" yields Monday);
//! numeric dates other than ISO ("2/3/2020"), seasons and weekday abbreviations are not read.
//! The scan looks a bounded number of tokens ahead of each position, so it runs in linear time.

use std::fmt;

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

/// A calendar day, as days since 1970-01-01 (proleptic Gregorian).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day(pub i32);

impl Day {
    /// The day of a date, or `None` if the date does not exist (February 30, month 13) or lies
    /// beyond the range of `Day`.
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Option<Day> {
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        i32::try_from(days_from_civil(i64::from(year), month, day))
            .ok()
            .map(Day)
    }

    /// The year, month (1–12) and day of the month (1–31).
    pub fn ymd(self) -> (i32, u32, u32) {
        let (y, m, d) = civil_from_days(i64::from(self.0));
        (y as i32, m, d)
    }

    /// The day of the week: 0 = Monday … 6 = Sunday.
    pub fn weekday(self) -> u32 {
        // 1970-01-01 was a Thursday
        (i64::from(self.0) + 3).rem_euclid(7) as u32
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

/// What a temporal expression says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TimeValue {
    /// Resolved days.
    Days(DayInterval),
    /// An offset in days from another event the sentence anchors it to ("a week earlier" = -7,
    /// "two days later" = +2, "a week after" = +7, "the day before" = -1); the caller decides
    /// which event that is.
    Relative(i32),
}

/// A temporal expression found in a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TimeMention {
    /// Byte offset of the first byte of the expression.
    pub start: usize,
    /// Byte offset just past the expression.
    pub end: usize,
    /// What the expression says.
    pub value: TimeValue,
}

/// Every temporal expression of `text`, in order, resolved against `published` (the
/// publication day). Expressions that need the publication day are left out when it is
/// `None`; absolute dates with a year ("Feb. 3, 2020", "3 February 2020", "2020-02-03") and
/// relative offsets are still returned. A leading `date YYYY-MM-DD` line (see
/// [`leading_date`]) is reported like any other ISO date.
pub fn find_times(text: &str, published: Option<Day>) -> Vec<TimeMention> {
    let sc = Scanner {
        text,
        toks: tokenize(text),
        p: published,
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < sc.toks.len() {
        match sc.mention_at(i) {
            Some((s, e, value)) => {
                if let Some(value) = value {
                    out.push(TimeMention {
                        start: sc.toks[s].start,
                        end: sc.toks[e - 1].end,
                        value,
                    });
                }
                i = e.max(i + 1);
            }
            None => i += 1,
        }
    }
    out
}

/// The leading `date YYYY-MM-DD` line some texts carry (possibly after leading white space,
/// with an optional colon after "date"), if any, with the byte offset just after the date.
pub fn leading_date(text: &str) -> Option<(Day, usize)> {
    let lead = text.len() - text.trim_start().len();
    let word = text[lead..].get(..4)?;
    if !word.eq_ignore_ascii_case("date") {
        return None;
    }
    let mut k = lead + 4;
    let colon = text.as_bytes().get(k) == Some(&b':');
    if colon {
        k += 1;
    }
    let rest = &text[k..];
    let gap = rest.len() - rest.trim_start_matches([' ', '\t']).len();
    if gap == 0 && !colon {
        return None;
    }
    k += gap;
    Day::parse_iso(&text[k..]).map(|d| (d, k + 10))
}

// ---------------------------------------------------------------------------------------------
// Calendar arithmetic

fn is_leap(y: i32) -> bool {
    y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
}

fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        2 if is_leap(y) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 of a valid date (H. Hinnant's algorithm).
fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let (m, d) = (i64::from(m), i64::from(d));
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date of a number of days since 1970-01-01.
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

fn interval(from: Day, to: Day) -> Option<DayInterval> {
    (from <= to).then_some(DayInterval { from, to })
}

fn month_interval(y: i32, m: u32) -> Option<DayInterval> {
    interval(
        Day::from_ymd(y, m, 1)?,
        Day::from_ymd(y, m, days_in_month(y, m))?,
    )
}

fn year_interval(y: i32) -> Option<DayInterval> {
    interval(Day::from_ymd(y, 1, 1)?, Day::from_ymd(y, 12, 31)?)
}

fn monday_of(d: Day) -> Day {
    d.add_days(-(d.weekday() as i32))
}

/// The same day of the month `n` months later, clamped to the month's length.
fn add_months(d: Day, n: i32) -> Option<Day> {
    let (y, m, dd) = d.ymd();
    let total = i64::from(y) * 12 + i64::from(m) - 1 + i64::from(n);
    let y = i32::try_from(total.div_euclid(12)).ok()?;
    let m = total.rem_euclid(12) as u32 + 1;
    Day::from_ymd(y, m, dd.min(days_in_month(y, m)))
}

/// The year of a month and day given without one: the latest that puts the date no more than
/// [`FUTURE_WINDOW_DAYS`] after `p`.
fn year_for(p: Day, m: u32, d: u32) -> Option<i32> {
    let py = p.ymd().0;
    [py + 1, py, py - 1].into_iter().find(|&y| {
        Day::from_ymd(y, m, d)
            .is_some_and(|x| i64::from(x.0) <= i64::from(p.0) + i64::from(FUTURE_WINDOW_DAYS))
    })
}

// ---------------------------------------------------------------------------------------------
// Tokens

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    /// A run of letters.
    Word,
    /// A run of ASCII digits.
    Num,
    /// Any other character but white space, alone.
    Punct,
}

#[derive(Clone, Copy, Debug)]
struct Tok {
    start: usize,
    end: usize,
    kind: Kind,
}

fn tokenize(text: &str) -> Vec<Tok> {
    let mut toks = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let kind = if c.is_alphabetic() {
            Kind::Word
        } else if c.is_ascii_digit() {
            Kind::Num
        } else if c.is_whitespace() {
            continue;
        } else {
            Kind::Punct
        };
        let mut end = i + c.len_utf8();
        if kind != Kind::Punct {
            while let Some(&(j, d)) = chars.peek() {
                let same = if kind == Kind::Word {
                    d.is_alphabetic()
                } else {
                    d.is_ascii_digit()
                };
                if !same {
                    break;
                }
                end = j + d.len_utf8();
                chars.next();
            }
        }
        toks.push(Tok {
            start: i,
            end,
            kind,
        });
    }
    toks
}

// ---------------------------------------------------------------------------------------------
// Word tables

const MONTHS: &[(&str, u32)] = &[
    ("january", 1),
    ("february", 2),
    ("march", 3),
    ("april", 4),
    ("may", 5),
    ("june", 6),
    ("july", 7),
    ("august", 8),
    ("september", 9),
    ("october", 10),
    ("november", 11),
    ("december", 12),
];

const MONTH_ABBREVIATIONS: &[(&str, u32)] = &[
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("sept", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
];

const WEEKDAYS: &[(&str, u32)] = &[
    ("monday", 0),
    ("tuesday", 1),
    ("wednesday", 2),
    ("thursday", 3),
    ("friday", 4),
    ("saturday", 5),
    ("sunday", 6),
];

const NUMBER_WORDS: &[(&str, u32)] = &[
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
];

/// Parts of a day that may follow a weekday or "yesterday" without changing the day.
const PARTS_OF_DAY: &[&str] = &["morning", "afternoon", "evening", "night", "overnight"];

/// The day and its parts, as in "later that day", "the same night".
const SAME_DAY: &[&str] = &["day", "night", "morning", "evening", "afternoon"];

/// Words after which "March", "April", "June" and "August" alone are months.
const MONTH_CONTEXT: &[&str] = &[
    "in",
    "since",
    "during",
    "until",
    "till",
    "by",
    "of",
    "from",
    "to",
    "through",
    "before",
    "after",
    "between",
    "throughout",
    "into",
];

/// Words after which a bare four-digit number is a year.
const YEAR_CONTEXT: &[&str] = &[
    "in",
    "since",
    "of",
    "during",
    "until",
    "till",
    "by",
    "before",
    "after",
    "throughout",
    "late",
    "early",
    "mid",
    "the",
    "a",
    "an",
    "its",
    "his",
    "her",
    "their",
    "our",
    "this",
    "whose",
];

/// Nouns that take a number after "of" ("a crowd of 2000"), so that a year is not read there.
const QUANTITY_NOUNS: &[&str] = &[
    "total",
    "crowd",
    "group",
    "force",
    "army",
    "population",
    "average",
    "maximum",
    "minimum",
    "sum",
    "budget",
    "fleet",
    "number",
    "toll",
    "figure",
    "majority",
    "minority",
    "estimate",
    "tally",
    "count",
    "contingent",
    "convoy",
    "batch",
    "team",
    "out",
];

/// Words that a count precedes and a year does not ("2000 people").
const COUNTED_NOUNS: &[&str] = &[
    "people",
    "persons",
    "men",
    "women",
    "children",
    "troops",
    "soldiers",
    "civilians",
    "residents",
    "refugees",
    "migrants",
    "fighters",
    "families",
    "homes",
    "houses",
    "deaths",
    "dead",
    "casualties",
    "times",
    "more",
    "others",
    "of",
];

/// The words, besides numbers, month and weekday names, that a mention may start with.
const STARTERS: &[&str] = &[
    "a",
    "an",
    "beginning",
    "between",
    "couple",
    "day",
    "earlier",
    "early",
    "end",
    "from",
    "hours",
    "just",
    "last",
    "late",
    "later",
    "mid",
    "middle",
    "minutes",
    "moments",
    "next",
    "only",
    "overnight",
    "past",
    "recent",
    "several",
    "since",
    "start",
    "that",
    "the",
    "this",
    "today",
    "tomorrow",
    "tonight",
    "yesterday",
];

/// Words that make a following weekday relative to another event ("the following Monday").
const ANAPHORIC: &[&str] = &["following", "previous", "preceding", "that", "same"];

// ---------------------------------------------------------------------------------------------
// The scanner

/// How a month name reads on its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Strength {
    /// Always a month ("January", "Feb.").
    Strong,
    /// A month after a preposition ("March", "April", "June", "August").
    Weak,
    /// A month only with a day, a year or a modifier ("May", "Jan").
    NeedsNumber,
}

/// The size of what an absolute expression names, for the modifiers that split it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Grain {
    Day,
    Week,
    Month,
    Year,
    Decade,
    Other,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Modifier {
    Early,
    Mid,
    Late,
    Earlier,
    Later,
}

/// What comes before a weekday.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Pre {
    Bare,
    Past,
    Next,
    This,
}

#[derive(Clone, Copy, Debug)]
enum Unit {
    /// Days, with the days of one unit (1 for days, 7 for weeks).
    Days(i32),
    /// Calendar months, with the months of one unit (1 for months, 12 for years).
    Months(i32),
    Hours,
}

/// Where a parse runs.
#[derive(Clone, Copy, Debug, Default)]
struct Opt {
    /// A bare year or a lone month needs no context word (after "since", inside a range).
    loose: bool,
    /// "and" joins two days ("between Feb. 2 and 3").
    and_ok: bool,
    /// A modifier precedes ("mid-May", "late 2012").
    modified: bool,
    /// "… of" precedes, so "the week/month/year" means P's ("the end of the month").
    after_of: bool,
}

/// An absolute expression: tokens up to `end`, and its days once resolved.
#[derive(Clone, Copy, Debug)]
struct Abs {
    end: usize,
    /// `None` when it could not be resolved (no publication day).
    days: Option<DayInterval>,
    grain: Grain,
    /// A weekday alone, which a range may move a week on ("Saturday to Monday").
    bare_weekday: bool,
    /// "this week/month/year": cut at P unless a modifier splits it.
    clip: bool,
    /// Month, first and last day (0: the month's end) of a date given without a year.
    yearless: Option<(u32, u32, u32)>,
    /// The year written in the expression.
    year: Option<i32>,
}

impl Abs {
    fn new(end: usize, days: Option<DayInterval>, grain: Grain) -> Abs {
        Abs {
            end,
            days,
            grain,
            bare_weekday: false,
            clip: false,
            yearless: None,
            year: None,
        }
    }
}

/// A mention candidate: first token, token after the last, and the value if resolved.
type Found = (usize, usize, Option<TimeValue>);

struct Scanner<'t> {
    text: &'t str,
    toks: Vec<Tok>,
    p: Option<Day>,
}

impl<'t> Scanner<'t> {
    // --- token access -----------------------------------------------------------------------

    fn kind(&self, i: usize) -> Option<Kind> {
        self.toks.get(i).map(|t| t.kind)
    }

    fn str(&self, i: usize) -> &'t str {
        self.toks.get(i).map_or("", |t| &self.text[t.start..t.end])
    }

    fn is(&self, i: usize, w: &str) -> bool {
        self.kind(i) == Some(Kind::Word) && self.str(i).eq_ignore_ascii_case(w)
    }

    fn is_any(&self, i: usize, ws: &[&str]) -> bool {
        self.kind(i) == Some(Kind::Word) && ws.iter().any(|w| self.str(i).eq_ignore_ascii_case(w))
    }

    fn prev_is_any(&self, i: usize, ws: &[&str]) -> bool {
        i > 0 && self.is_any(i - 1, ws)
    }

    fn lookup<T: Copy>(&self, i: usize, table: &[(&str, T)]) -> Option<T> {
        if self.kind(i) != Some(Kind::Word) {
            return None;
        }
        let s = self.str(i);
        table
            .iter()
            .find(|(w, _)| s.eq_ignore_ascii_case(w))
            .map(|&(_, v)| v)
    }

    /// Whether token `i` is a capitalised word ("Monday") or one in capitals ("MONDAY").
    fn capitalised(&self, i: usize) -> bool {
        let s = self.str(i);
        if self.kind(i) != Some(Kind::Word) || s.len() > 12 {
            return false;
        }
        let mut cs = s.chars();
        cs.next().is_some_and(char::is_uppercase)
            && (cs.clone().all(char::is_lowercase) || cs.all(char::is_uppercase))
    }

    fn punct(&self, i: usize) -> Option<char> {
        (self.kind(i) == Some(Kind::Punct))
            .then(|| self.str(i).chars().next())
            .flatten()
    }

    fn is_punct(&self, i: usize, c: char) -> bool {
        self.punct(i) == Some(c)
    }

    fn is_dash(&self, i: usize) -> bool {
        matches!(self.punct(i), Some('-' | '–' | '—' | '‐' | '‑' | '−'))
    }

    fn is_apostrophe(&self, i: usize) -> bool {
        matches!(self.punct(i), Some('\'' | '’'))
    }

    /// Whether token `i` follows token `i - 1` with no space between.
    fn glued(&self, i: usize) -> bool {
        i > 0 && i < self.toks.len() && self.toks[i - 1].end == self.toks[i].start
    }

    /// The value and length of a number token of at most four digits.
    fn digits(&self, i: usize) -> Option<(u32, usize)> {
        if self.kind(i) != Some(Kind::Num) {
            return None;
        }
        let s = self.str(i);
        (s.len() <= 4).then(|| (s.parse().unwrap_or(0), s.len()))
    }

    /// Whether the number at `i` ends there: no letter, digit, percent sign or decimal or
    /// thousands separator glued after it ("3.6", "2,018", "10:27", "3km").
    fn free_right(&self, i: usize) -> bool {
        let j = i + 1;
        if !self.glued(j) {
            return true;
        }
        match self.kind(j) {
            Some(Kind::Word | Kind::Num) => false,
            Some(Kind::Punct) => {
                let c = self.punct(j);
                c != Some('%')
                    && !(matches!(c, Some('.' | ',' | ':' | '/'))
                        && self.glued(j + 1)
                        && self.kind(j + 1) == Some(Kind::Num))
            }
            None => true,
        }
    }

    /// Whether the number at `i` starts there: nothing glued before it that makes it part of
    /// a longer number, a clock time, a price or a code.
    fn free_left(&self, i: usize) -> bool {
        if !self.glued(i) {
            return true;
        }
        match self.kind(i - 1) {
            Some(Kind::Word | Kind::Num) => false,
            _ => !matches!(
                self.punct(i - 1),
                Some('.' | ',' | ':' | '/' | '$' | '£' | '€' | '#')
            ),
        }
    }

    fn possessive_before(&self, i: usize) -> bool {
        i >= 2 && self.is(i - 1, "s") && self.glued(i - 1) && self.is_apostrophe(i - 2)
    }

    // --- small grammar pieces ---------------------------------------------------------------

    fn month_name(&self, i: usize) -> Option<(u32, usize, Strength)> {
        if !self.capitalised(i) {
            return None;
        }
        if let Some(m) = self.lookup(i, MONTHS) {
            let strength = match m {
                5 => Strength::NeedsNumber,
                3 | 4 | 6 | 8 => Strength::Weak,
                _ => Strength::Strong,
            };
            return Some((m, i + 1, strength));
        }
        let m = self.lookup(i, MONTH_ABBREVIATIONS)?;
        if self.is_punct(i + 1, '.') && self.glued(i + 1) {
            Some((m, i + 2, Strength::Strong))
        } else {
            Some((m, i + 1, Strength::NeedsNumber))
        }
    }

    fn weekday_name(&self, i: usize) -> Option<u32> {
        if self.capitalised(i) {
            self.lookup(i, WEEKDAYS)
        } else {
            None
        }
    }

    /// A day of the month, 1–31, with an optional ordinal suffix ("3rd").
    fn day_number(&self, i: usize, check_left: bool) -> Option<(u32, usize)> {
        let (v, len) = self.digits(i)?;
        if len > 2 || !(1..=31).contains(&v) || check_left && !self.free_left(i) {
            return None;
        }
        if self.glued(i + 1) && self.is_any(i + 1, &["st", "nd", "rd", "th"]) {
            return Some((v, i + 2));
        }
        self.free_right(i).then_some((v, i + 1))
    }

    /// A four-digit year 1900–2100 that stands alone.
    fn year4(&self, i: usize) -> Option<i32> {
        let (v, len) = self.digits(i)?;
        (len == 4 && (1900..=2100).contains(&v) && self.free_left(i) && self.free_right(i))
            .then_some(v as i32)
    }

    /// A year after a date: ", 2020" or " 2020".
    fn trailing_year(&self, j: usize) -> Option<(i32, usize)> {
        let k = if self.is_punct(j, ',') { j + 1 } else { j };
        self.year4(k).map(|y| (y, k + 1))
    }

    /// The word or dash that joins the two ends of a range.
    fn connector(&self, j: usize, and_ok: bool) -> Option<usize> {
        (self.is_dash(j)
            || self.is_any(j, &["to", "through", "thru", "until", "till"])
            || and_ok && self.is(j, "and"))
        .then_some(j + 1)
    }

    /// A small count: digits, "one" … "twenty" (and tens to sixty, "twenty-one"), "a"/"an",
    /// "a couple (of)", "a dozen".
    fn count(&self, i: usize) -> Option<(u32, usize)> {
        if let Some((v, len)) = self.digits(i) {
            return (len <= 3 && v >= 1 && self.free_left(i) && self.free_right(i))
                .then_some((v, i + 1));
        }
        if self.is_any(i, &["a", "an"]) {
            if self.is(i + 1, "couple") {
                let j = if self.is(i + 2, "of") { i + 3 } else { i + 2 };
                return Some((2, j));
            }
            if self.is(i + 1, "dozen") {
                return Some((12, i + 2));
            }
            if self.is(i + 1, "few") {
                return None;
            }
            return Some((1, i + 1));
        }
        if self.is(i, "couple") && self.is(i + 1, "of") {
            return Some((2, i + 2));
        }
        let v = self.lookup(i, NUMBER_WORDS)?;
        if v >= 20 && self.is_dash(i + 1) && self.glued(i + 1) && self.glued(i + 2) {
            if let Some(u) = self.lookup(i + 2, NUMBER_WORDS).filter(|&u| u < 10) {
                return Some((v + u, i + 3));
            }
        }
        Some((v, i + 1))
    }

    /// A count or a range of counts ("three or four", "two to three").
    fn count_range(&self, i: usize) -> Option<(u32, u32, usize)> {
        let (lo, j) = self.count(i)?;
        if self.is_any(j, &["or", "to"]) || self.is_dash(j) {
            if let Some((hi, k)) = self.count(j + 1) {
                if hi > lo {
                    return Some((lo, hi, k));
                }
            }
        }
        Some((lo, lo, j))
    }

    /// A unit of time, whether it is plural, and the token after it.
    fn unit(&self, i: usize) -> Option<(Unit, bool, usize)> {
        let (unit, plural) = self.lookup(
            i,
            &[
                ("day", (Unit::Days(1), false)),
                ("days", (Unit::Days(1), true)),
                ("night", (Unit::Days(1), false)),
                ("nights", (Unit::Days(1), true)),
                ("week", (Unit::Days(7), false)),
                ("weeks", (Unit::Days(7), true)),
                ("fortnight", (Unit::Days(14), false)),
                ("month", (Unit::Months(1), false)),
                ("months", (Unit::Months(1), true)),
                ("year", (Unit::Months(12), false)),
                ("years", (Unit::Months(12), true)),
                ("decade", (Unit::Months(120), false)),
                ("decades", (Unit::Months(120), true)),
                ("hour", (Unit::Hours, false)),
                ("hours", (Unit::Hours, true)),
            ],
        )?;
        Some((unit, plural, i + 1))
    }

    /// "earlier", "before" … as -1; "later", "after" … as +1.
    fn direction(&self, i: usize) -> Option<i32> {
        self.lookup(
            i,
            &[
                ("earlier", -1),
                ("before", -1),
                ("prior", -1),
                ("previously", -1),
                ("beforehand", -1),
                ("later", 1),
                ("after", 1),
                ("afterwards", 1),
                ("afterward", 1),
            ],
        )
    }

    // --- mentions ---------------------------------------------------------------------------

    /// Whether a mention may start at token `i`: every pattern opens on a number or on one of
    /// a few words, so most tokens of a text are passed over at once.
    fn may_start(&self, i: usize) -> bool {
        match self.kind(i) {
            Some(Kind::Num) => true,
            Some(Kind::Word) => {
                self.is_any(i, STARTERS)
                    || self.lookup(i, NUMBER_WORDS).is_some()
                    || self.lookup(i, MONTHS).is_some()
                    || self.lookup(i, MONTH_ABBREVIATIONS).is_some()
                    || self.lookup(i, WEEKDAYS).is_some()
            }
            _ => false,
        }
    }

    /// The longest mention that the scan may take at token `i`.
    fn mention_at(&self, i: usize) -> Option<Found> {
        if !self.may_start(i) {
            return None;
        }
        let mut best: Option<Found> = None;
        let candidates = [
            self.relative(i)
                .map(|(e, n)| (i, e, Some(TimeValue::Relative(n)))),
            self.since(i),
            self.night_of(i),
            self.range_or_absolute(i)
                .map(|(s, a)| (s, a.end, self.finish(a))),
        ];
        for c in candidates.into_iter().flatten() {
            if best.is_none_or(|b| c.1 > b.1) {
                best = Some(c);
            }
        }
        best
    }

    /// The value of an absolute expression, cut at P for "this week/month/year".
    fn finish(&self, a: Abs) -> Option<TimeValue> {
        let mut d = a.days?;
        if a.clip {
            d = interval(d.from, d.to.min(self.p?))?;
        }
        Some(TimeValue::Days(d))
    }

    /// "since X": from X to P.
    fn since(&self, i: usize) -> Option<Found> {
        if !self.is(i, "since") {
            return None;
        }
        let opt = Opt {
            loose: true,
            ..Opt::default()
        };
        let a = self.modified(i + 1, opt)?;
        let value = match (self.p, a.days) {
            (Some(p), Some(d)) => interval(d.from, p).map(TimeValue::Days),
            _ => None,
        };
        Some((i, a.end, value))
    }

    /// "the night of/from/between …", "the weekend of …".
    fn night_of(&self, i: usize) -> Option<Found> {
        if !(self.is(i, "the")
            && self.is_any(
                i + 1,
                &["night", "morning", "evening", "afternoon", "weekend"],
            ))
        {
            return None;
        }
        let (_, a) = if self.is(i + 2, "of") {
            self.range_or_absolute(i + 3)?
        } else if self.is_any(i + 2, &["from", "between"]) {
            self.range_or_absolute(i + 2)?
        } else {
            return None;
        };
        Some((i, a.end, self.finish(a)))
    }

    /// An absolute expression, or two joined into a range ("from Feb. 2 to Feb. 3", "between
    /// 2011 and 2013", "Saturday to Monday"); the first token of the mention, and the
    /// expression.
    fn range_or_absolute(&self, i: usize) -> Option<(usize, Abs)> {
        let (k, and_ok) = if self.is(i, "from") {
            (i + 1, false)
        } else if self.is(i, "between") {
            (i + 1, true)
        } else {
            (i, false)
        };
        let ranged = |a: Abs| -> Option<Abs> {
            let c = self.connector(a.end, and_ok)?;
            let opt = Opt {
                loose: true,
                ..Opt::default()
            };
            let b = self.modified(c, opt)?;
            Self::combine(a, b)
        };
        let strict = Opt {
            and_ok,
            ..Opt::default()
        };
        if let Some(a) = self.modified(k, strict) {
            return Some((k, ranged(a).unwrap_or(a)));
        }
        // a bare year or lone month that only the range makes one ("2011-2013")
        let loose = Opt {
            loose: true,
            and_ok,
            ..Opt::default()
        };
        let a = self.modified(k, loose)?;
        ranged(a).map(|r| (k, r))
    }

    /// The range from `a` to `b`, or `None` if they do not make one.
    fn combine(mut a: Abs, b: Abs) -> Option<Abs> {
        // "Feb. 28 to March 2, 2020": the first end takes the year of the second
        if let (Some((m, d1, d2)), None, Some(by), Some(bd)) = (a.yearless, a.year, b.year, b.days)
        {
            let (_, bm, bday) = bd.from.ymd();
            let y = if (m, d1) <= (bm, bday) { by } else { by - 1 };
            a.days = if d2 == 0 {
                month_interval(y, m)
            } else {
                interval(Day::from_ymd(y, m, d1)?, Day::from_ymd(y, m, d2)?)
            };
        }
        let mut r = Abs::new(b.end, None, Grain::Other);
        r.year = b.year;
        match (a.days, b.days) {
            // recognised, but not resolvable without the publication day
            (None, None) => Some(r),
            (Some(x), Some(mut y)) => {
                if b.bare_weekday && y.from < x.from {
                    let weeks = (x.from.0 - y.from.0 + 6) / 7;
                    y = DayInterval {
                        from: y.from.add_days(7 * weeks),
                        to: y.to.add_days(7 * weeks),
                    };
                }
                r.days = Some(interval(x.from, y.to)?);
                Some(r)
            }
            _ => None,
        }
    }

    /// An absolute expression with an optional modifier ("mid-January", "late 2012", "earlier
    /// this week", "the end of the month").
    fn modified(&self, i: usize, opt: Opt) -> Option<Abs> {
        let mut best = self.base(i, opt);
        if let Some((m, j, after_of)) = self.modifier(i) {
            let o = Opt {
                modified: true,
                after_of,
                ..opt
            };
            if let Some(r) = self.base(j, o).and_then(|b| self.apply(m, b)) {
                if best.is_none_or(|x| r.end > x.end) {
                    best = Some(r);
                }
            }
        }
        best
    }

    fn modifier(&self, i: usize) -> Option<(Modifier, usize, bool)> {
        if let Some(m) = self.lookup(
            i,
            &[
                ("early", Modifier::Early),
                ("mid", Modifier::Mid),
                ("late", Modifier::Late),
                ("earlier", Modifier::Earlier),
                ("later", Modifier::Later),
            ],
        ) {
            let dash = self.is_dash(i + 1) && self.glued(i + 1);
            let j = if dash && !matches!(m, Modifier::Earlier | Modifier::Later) {
                i + 2
            } else {
                i + 1
            };
            return Some((m, j, false));
        }
        let k = if self.is(i, "the") { i + 1 } else { i };
        let m = self.lookup(
            k,
            &[
                ("beginning", Modifier::Early),
                ("start", Modifier::Early),
                ("middle", Modifier::Mid),
                ("end", Modifier::Late),
            ],
        )?;
        self.is(k + 1, "of").then_some((m, k + 2, true))
    }

    /// The part of `b` that modifier `m` names.
    fn apply(&self, m: Modifier, b: Abs) -> Option<Abs> {
        let mut r = Abs::new(
            b.end,
            None,
            if b.grain == Grain::Day {
                Grain::Day
            } else {
                Grain::Other
            },
        );
        r.year = b.year;
        if b.grain == Grain::Other {
            return None;
        }
        let Some(d) = b.days else {
            return Some(r);
        };
        let part = |early: (i32, i32), mid: (i32, i32), late: (i32, i32)| {
            let (a, z) = match m {
                Modifier::Early => early,
                Modifier::Mid => mid,
                _ => late,
            };
            interval(d.from.add_days(a), d.from.add_days(z).min(d.to))
        };
        r.days = match (m, b.grain) {
            (_, Grain::Day) => Some(d),
            (Modifier::Earlier, _) => self
                .p
                .and_then(|p| interval(d.from, d.to.min(p.add_days(-1)))),
            (Modifier::Later, _) => self
                .p
                .and_then(|p| interval(d.from.max(p.add_days(1)), d.to)),
            (_, Grain::Week) => part((0, 2), (1, 3), (3, 6)),
            (_, Grain::Month) => part((0, 9), (10, 19), (20, 40)),
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
        };
        Some(r)
    }

    /// The longest absolute expression at `i`, without modifier or range.
    fn base(&self, i: usize, opt: Opt) -> Option<Abs> {
        let candidates = [
            self.iso(i),
            self.month_day(i, opt),
            self.day_month(i, opt),
            self.month_alone(i, opt),
            self.weekday(i),
            self.near_day(i),
            self.week(i, opt),
            self.month_relative(i, opt),
            self.year_relative(i, opt),
            self.year(i, opt),
            self.ago(i),
            self.span_to_p(i),
        ];
        let mut best: Option<Abs> = None;
        for c in candidates.into_iter().flatten() {
            if best.is_none_or(|b| c.end > b.end) {
                best = Some(c);
            }
        }
        best
    }

    // --- absolute expressions ---------------------------------------------------------------

    /// "2020-02-03".
    fn iso(&self, i: usize) -> Option<Abs> {
        let (y, 4) = self.digits(i)? else {
            return None;
        };
        let two = |k: usize| match self.digits(k) {
            Some((v, 2)) if self.glued(k) && self.is_dash(k - 1) && self.glued(k - 1) => Some(v),
            _ => None,
        };
        let (m, d) = (two(i + 2)?, two(i + 4)?);
        if !self.free_left(i) || self.glued(i + 5) && self.kind(i + 5) == Some(Kind::Num) {
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
        let days = year
            .or_else(|| self.p.and_then(|p| year_for(p, m, d1)))
            .and_then(|y| interval(Day::from_ymd(y, m, d1)?, Day::from_ymd(y, m, d2)?));
        let mut a = Abs::new(end, days, Grain::Day);
        a.year = year;
        if year.is_none() {
            a.yearless = Some((m, d1, d2));
        }
        a
    }

    /// "Feb. 3", "February 3rd", "Feb. 3, 2020", "February 2-3", "Feb. 2 to 3".
    fn month_day(&self, i: usize, opt: Opt) -> Option<Abs> {
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
    fn day_month(&self, i: usize, opt: Opt) -> Option<Abs> {
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

    /// "January", "January 2020", "Jan. 2020".
    fn month_alone(&self, i: usize, opt: Opt) -> Option<Abs> {
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
        let ok = match strength {
            Strength::Strong => true,
            Strength::Weak => opt.modified || opt.loose || self.prev_is_any(i, MONTH_CONTEXT),
            Strength::NeedsNumber => opt.modified || opt.loose,
        };
        if !ok {
            return None;
        }
        let days = self
            .p
            .and_then(|p| year_for(p, m, 1))
            .and_then(|y| month_interval(y, m));
        let mut a = Abs::new(j, days, Grain::Month);
        a.yearless = Some((m, 1, 0));
        Some(a)
    }

    /// "Monday", "Monday night", "last Monday", "next Monday", "Friday last week", "Monday,
    /// Feb. 3".
    fn weekday(&self, i: usize) -> Option<Abs> {
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
            if self.prev_is_any(k, ANAPHORIC) {
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
        if self.is_any(j, PARTS_OF_DAY) {
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
        let days = self.p.map(|p| {
            let (pw, w) = (p.weekday() as i32, wd as i32);
            let day = match (week, pre) {
                (Some(q), _) => monday_of(p).add_days(q + w),
                (None, Pre::Bare) => p.add_days(-(pw - w).rem_euclid(7)),
                (None, Pre::Past) => p.add_days(-((pw - w - 1).rem_euclid(7) + 1)),
                (None, Pre::Next) => p.add_days((w - pw - 1).rem_euclid(7) + 1),
                (None, Pre::This) => monday_of(p).add_days(w),
            };
            DayInterval::single(day)
        });
        let mut a = Abs::new(j, days, Grain::Day);
        a.bare_weekday = pre == Pre::Bare && week.is_none();
        Some(a)
    }

    /// "today", "tonight", "this morning", "yesterday", "last night", "tomorrow", "overnight",
    /// "the day before yesterday", "the day after tomorrow".
    fn near_day(&self, i: usize) -> Option<Abs> {
        let single = |end: usize, n: i32| {
            Some(Abs::new(
                end,
                self.p.map(|p| DayInterval::single(p.add_days(n))),
                Grain::Day,
            ))
        };
        let with_part = |j: usize| {
            if self.is_any(j, PARTS_OF_DAY) {
                j + 1
            } else {
                j
            }
        };
        if self.is_any(i, &["today", "tonight"]) {
            return single(i + 1, 0);
        }
        if self.is(i, "this") && self.is_any(i + 1, &["morning", "afternoon", "evening"]) {
            return single(i + 2, 0);
        }
        if self.is(i, "yesterday") {
            return single(with_part(i + 1), -1);
        }
        if self.is(i, "tomorrow") {
            return single(with_part(i + 1), 1);
        }
        if self.is(i, "last")
            && self.is_any(i + 1, &["night", "evening"])
            && !self.prev_is_any(i, &["the"])
        {
            return single(i + 2, -1);
        }
        if self.is(i, "the") && self.is(i + 1, "day") {
            if self.is(i + 2, "before") && self.is(i + 3, "yesterday") {
                return single(i + 4, -2);
            }
            if self.is(i + 2, "after") && self.is(i + 3, "tomorrow") {
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
                self.p.map(|p| DayInterval {
                    from: p.add_days(-1),
                    to: p,
                }),
                Grain::Other,
            ));
        }
        None
    }

    /// "this/last/next week", "the week before last", "the week" (after "… of"), and the
    /// weekends.
    fn week(&self, i: usize, opt: Opt) -> Option<Abs> {
        if let Some(q) = self.lookup(i, &[("this", 0), ("last", -7), ("next", 7)]) {
            if self.is(i + 1, "week") && !self.prev_is_any(i, &["the"]) {
                let mut a = Abs::new(
                    i + 2,
                    self.p.and_then(|p| {
                        let mon = monday_of(p).add_days(q);
                        interval(mon, mon.add_days(6))
                    }),
                    Grain::Week,
                );
                a.clip = q == 0;
                return Some(a);
            }
        }
        if self.is(i, "the")
            && self.is(i + 1, "week")
            && self.is(i + 2, "before")
            && self.is(i + 3, "last")
        {
            let days = self.p.and_then(|p| {
                let mon = monday_of(p).add_days(-14);
                interval(mon, mon.add_days(6))
            });
            return Some(Abs::new(i + 4, days, Grain::Week));
        }
        if opt.after_of && self.is(i, "the") && self.is(i + 1, "week") {
            let days = self.p.and_then(|p| {
                let mon = monday_of(p);
                interval(mon, mon.add_days(6))
            });
            return Some(Abs::new(i + 2, days, Grain::Week));
        }
        // the weekends: 0 the most recent, -1 the one before when P is on a weekend, 1 next
        let (which, k) =
            if self.is_any(i, &["this", "the"]) && self.is_any(i + 1, &["past", "last"]) {
                (-1, i + 2)
            } else if self.is_any(i, &["this", "the"]) && self.is(i + 1, "coming") {
                (1, i + 2)
            } else if self.is_any(i, &["last", "past"]) {
                (-1, i + 1)
            } else if self.is(i, "next") {
                (1, i + 1)
            } else if self.is_any(i, &["the", "this"]) {
                (0, i + 1)
            } else {
                return None;
            };
        if !self.is(k, "weekend") || self.is(k + 1, "of") {
            return None;
        }
        let days = self.p.and_then(|p| {
            let pw = p.weekday() as i32;
            let sat = match which {
                1 => p.add_days((4 - pw).rem_euclid(7) + 1),
                _ => {
                    let recent = p.add_days(-(pw - 5).rem_euclid(7));
                    if which == -1 && pw >= 5 {
                        recent.add_days(-7)
                    } else {
                        recent
                    }
                }
            };
            interval(sat, sat.add_days(1))
        });
        Some(Abs::new(k + 1, days, Grain::Other))
    }

    /// "this/last/next month", "the month" (after "… of"), "last January".
    fn month_relative(&self, i: usize, opt: Opt) -> Option<Abs> {
        let p = self.p;
        if let Some(q) = self.lookup(i, &[("this", 0), ("last", -1), ("next", 1)]) {
            if self.is(i + 1, "month") && !self.prev_is_any(i, &["the"]) {
                let days = p.and_then(|p| {
                    let (y, m, _) = add_months(p, q)?.ymd();
                    month_interval(y, m)
                });
                let mut a = Abs::new(i + 2, days, Grain::Month);
                a.clip = q == 0;
                return Some(a);
            }
            if let Some((m, j, _)) = self.month_name(i + 1) {
                let days = p.and_then(|p| {
                    let (py, pm, _) = p.ymd();
                    let y = match q {
                        -1 if m < pm => py,
                        -1 => py - 1,
                        1 if m > pm => py,
                        1 => py + 1,
                        _ => py,
                    };
                    month_interval(y, m)
                });
                return Some(Abs::new(j, days, Grain::Month));
            }
        }
        if opt.after_of && self.is(i, "the") && self.is(i + 1, "month") {
            let days = p.and_then(|p| {
                let (y, m, _) = p.ymd();
                month_interval(y, m)
            });
            return Some(Abs::new(i + 2, days, Grain::Month));
        }
        None
    }

    /// "this/last/next year", "the year" (after "… of").
    fn year_relative(&self, i: usize, opt: Opt) -> Option<Abs> {
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
        let mut a = Abs::new(
            i + 2,
            self.p.and_then(|p| year_interval(p.ymd().0 + q)),
            Grain::Year,
        );
        a.clip = q == 0 && !self.is(i, "the");
        Some(a)
    }

    /// A bare year ("in 2018", "late 2012", "the 2018 deal", "2016,") or a decade ("the
    /// 1990s").
    fn year(&self, i: usize, opt: Opt) -> Option<Abs> {
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
            || self.prev_is_any(i, YEAR_CONTEXT)
                && !(self.is(i - 1, "of") && self.prev_is_any(i - 1, QUANTITY_NOUNS))
                && !self.is_any(i + 1, COUNTED_NOUNS)
            || self.possessive_before(i) && !self.is_any(i + 1, COUNTED_NOUNS)
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

    /// The day `n` units before P.
    fn back(p: Day, unit: Unit, n: u32) -> Option<Day> {
        let n = n as i32;
        match unit {
            Unit::Days(k) => Some(p.add_days(-n * k)),
            Unit::Months(k) => add_months(p, -n * k),
            Unit::Hours => Some(p.add_days(-(n / 24))),
        }
    }

    /// "a week ago", "three or four days ago".
    fn ago(&self, i: usize) -> Option<Abs> {
        let (lo, hi, j) = self.count_range(i)?;
        let (unit, _, k) = self.unit(j)?;
        if !self.is(k, "ago") {
            return None;
        }
        let days = self
            .p
            .and_then(|p| interval(Self::back(p, unit, hi)?, Self::back(p, unit, lo)?));
        Some(Abs::new(k + 1, days, Grain::Other))
    }

    /// Spans that end (or start) at P: "the past week", "the last three days", "the past 24
    /// hours", "the past few days", "recent weeks", "(over) a few months", "the coming days".
    fn span_to_p(&self, i: usize) -> Option<Abs> {
        let few = |unit: Unit| match unit {
            Unit::Days(1) => Some(FEW_DAYS),
            Unit::Days(7) => Some(FEW_WEEKS),
            Unit::Months(1) => Some(FEW_MONTHS),
            _ => None,
        };
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
                    back(e, few(unit)?)
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
            let days = self.p.and_then(|p| {
                let from = match unit {
                    Unit::Hours => p.add_days(-((n as i32 + 23) / 24)),
                    _ => Self::back(p, unit, n)?,
                };
                interval(from, p)
            });
            return Some(Abs::new(e, days, Grain::Other));
        }
        if self.is(i, "recent") {
            let (unit, plural, e) = self.unit(i + 1)?;
            return if plural { back(e, few(unit)?) } else { None };
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
            return if plural { back(e, few(unit)?) } else { None };
        }
        if self.is(i, "the") && self.is(i + 1, "coming") {
            let (unit, plural, e) = self.unit(i + 2)?;
            let n = few(unit).filter(|_| plural)?;
            return Some(Abs::new(
                e,
                self.p.and_then(|p| interval(p, p.add_days(n))),
                Grain::Other,
            ));
        }
        None
    }

    // --- relative expressions ---------------------------------------------------------------

    /// An offset from another event: the token after it and the days.
    fn relative(&self, i: usize) -> Option<(usize, i32)> {
        // "a week earlier", "two days later", "48 hours after"
        if let Some((n, j)) = self.count(i) {
            if let Some((unit, _, k)) = self.unit(j) {
                if let Some(sign) = self.direction(k) {
                    let n = n as i32;
                    let days = match unit {
                        Unit::Days(d) => n * d,
                        Unit::Months(1) => n * DAYS_PER_MONTH,
                        Unit::Months(m) => n * m / 12 * DAYS_PER_YEAR,
                        Unit::Hours => (n + 12) / 24,
                    };
                    return Some((k + 1, sign * days));
                }
            }
        }
        // "hours later", "a few minutes earlier", "moments after"
        let k = if self.is(i, "a") && self.is(i + 1, "few") {
            i + 2
        } else if self.is_any(i, &["several", "just", "only"]) {
            i + 1
        } else {
            i
        };
        if self.is_any(k, &["hours", "minutes", "moments"]) && self.direction(k + 1).is_some() {
            return Some((k + 2, 0));
        }
        if self.is(i, "the") {
            // "the day before", "the week after"
            if let Some(u) = self.lookup(i + 1, &[("day", 1), ("night", 1), ("week", 7)]) {
                if let Some(sign) = self.direction(i + 2) {
                    return Some((i + 3, sign * u));
                }
            }
            // "the previous day", "the next morning", "the following week"
            if let Some(sign) = self.lookup(
                i + 1,
                &[
                    ("previous", -1),
                    ("preceding", -1),
                    ("next", 1),
                    ("following", 1),
                ],
            ) {
                let units = if self.is(i + 1, "next") {
                    &[
                        ("day", 1),
                        ("morning", 1),
                        ("night", 1),
                        ("evening", 1),
                        ("afternoon", 1),
                    ][..]
                } else {
                    &[
                        ("day", 1),
                        ("morning", 1),
                        ("night", 1),
                        ("evening", 1),
                        ("afternoon", 1),
                        ("week", 7),
                    ][..]
                };
                if let Some(u) = self.lookup(i + 2, units) {
                    return Some((i + 3, sign * u));
                }
            }
        }
        // "the same day", "that same night"
        if self.is_any(i, &["the", "that"])
            && self.is(i + 1, "same")
            && self.is_any(i + 2, SAME_DAY)
        {
            return Some((i + 3, 0));
        }
        // "later that day", "earlier in the day"
        if self.is_any(i, &["later", "earlier"]) {
            if self.is(i + 1, "that") && self.is_any(i + 2, SAME_DAY) {
                return Some((i + 3, 0));
            }
            if self.is(i + 1, "in") && self.is(i + 2, "the") && self.is(i + 3, "day") {
                return Some((i + 4, 0));
            }
        }
        // "day's end", "by the end of the day"
        if self.is(i, "day")
            && self.is_apostrophe(i + 1)
            && self.is(i + 2, "s")
            && self.is(i + 3, "end")
        {
            return Some((i + 4, 0));
        }
        if self.prev_is_any(i, &["by"])
            && self.is(i, "the")
            && self.is(i + 1, "end")
            && self.is(i + 2, "of")
            && self.is(i + 3, "the")
            && self.is(i + 4, "day")
        {
            return Some((i + 5, 0));
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> Day {
        Day::parse_iso(s).unwrap()
    }

    fn days(from: &str, to: &str) -> TimeValue {
        TimeValue::Days(DayInterval {
            from: day(from),
            to: day(to),
        })
    }

    fn on(d: &str) -> TimeValue {
        days(d, d)
    }

    /// The publication day of most tests: 2021-03-15, a Monday.
    const P: Option<Day> = Some(Day(18_701));

    fn found(text: &str, published: Option<Day>) -> Vec<(&str, TimeValue)> {
        find_times(text, published)
            .iter()
            .map(|m| (&text[m.start..m.end], m.value))
            .collect()
    }

    /// The single mention of `text`, against P = 2021-03-15.
    fn one(text: &str) -> (&str, TimeValue) {
        let f = found(text, P);
        assert_eq!(f.len(), 1, "{text:?}: {f:?}");
        f[0]
    }

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
    fn leading_dates() {
        let text = " date 2020-02-10 Text…";
        assert_eq!(leading_date(text), Some((day("2020-02-10"), 16)));
        assert_eq!(&text[16..], " Text…");
        assert_eq!(
            leading_date("date: 2020-02-10\nText"),
            Some((day("2020-02-10"), 16))
        );
        assert_eq!(
            leading_date("\n\tDate 2021-03-15"),
            Some((day("2021-03-15"), 17))
        );
        for bad in [
            "",
            "date",
            "dated 2020-02-10",
            "date2020-02-10",
            "Text date 2020-02-10",
            "date 2020-02-30",
            "dat",
            "é date 2020-02-10",
            "daté 2020-02-10",
        ] {
            assert_eq!(leading_date(bad), None, "{bad}");
        }
        // the date is also a mention
        assert_eq!(
            found(" date 2020-02-10 Text", None),
            [("2020-02-10", on("2020-02-10"))]
        );
    }

    #[test]
    fn weekdays_are_the_most_recent_on_or_before_publication() {
        assert_eq!(
            one("Five soldiers were killed on Monday."),
            ("Monday", on("2021-03-15"))
        );
        assert_eq!(one("It happened on Sunday."), ("Sunday", on("2021-03-14")));
        assert_eq!(one("Talks began Tuesday."), ("Tuesday", on("2021-03-09")));
        assert_eq!(one("on Monday night,"), ("Monday night", on("2021-03-15")));
        assert_eq!(one("late Saturday"), ("late Saturday", on("2021-03-13")));
        assert_eq!(
            one("early Friday morning"),
            ("early Friday morning", on("2021-03-12"))
        );
        assert_eq!(one("last Monday"), ("last Monday", on("2021-03-08")));
        assert_eq!(one("last Sunday"), ("last Sunday", on("2021-03-14")));
        assert_eq!(
            one("this past Friday"),
            ("this past Friday", on("2021-03-12"))
        );
        assert_eq!(one("next Monday"), ("next Monday", on("2021-03-22")));
        assert_eq!(one("next Tuesday"), ("next Tuesday", on("2021-03-16")));
        assert_eq!(one("this Friday"), ("this Friday", on("2021-03-19")));
        assert_eq!(
            one("Friday last week"),
            ("Friday last week", on("2021-03-12"))
        );
        assert_eq!(
            one("Thursday of last week"),
            ("Thursday of last week", on("2021-03-11"))
        );
        assert_eq!(
            one("on Monday next week"),
            ("Monday next week", on("2021-03-22"))
        );
        assert_eq!(
            one("on Friday next week"),
            ("Friday next week", on("2021-03-26"))
        );
        assert_eq!(
            one("The blast came at 1:13 a.m. Monday."),
            ("Monday", on("2021-03-15"))
        );
        assert_eq!(
            one("at 10:27 p.m. Saturday"),
            ("Saturday", on("2021-03-13"))
        );
        assert_eq!(one("Tuesday’s vote"), ("Tuesday", on("2021-03-09")));
        assert_eq!(one("WEDNESDAY"), ("WEDNESDAY", on("2021-03-10")));
        // a date says which day
        assert_eq!(
            one("on Wednesday, Feb. 3,"),
            ("Wednesday, Feb. 3", on("2021-02-03"))
        );
        assert_eq!(
            one("on Wednesday 3 February"),
            ("Wednesday 3 February", on("2021-02-03"))
        );
        // lower case, plurals and weekdays of another event are not days
        assert!(found(
            "a monday meeting, on Mondays, the following Monday, that Friday",
            P
        )
        .is_empty());
        // ranges of weekdays run forward
        assert_eq!(
            one("from Saturday to Monday"),
            ("Saturday to Monday", days("2021-03-13", "2021-03-15"))
        );
        let sunday = Some(day("2021-03-14"));
        assert_eq!(
            found("from Saturday to Monday", sunday),
            [("Saturday to Monday", days("2021-03-13", "2021-03-15"))]
        );
    }

    #[test]
    fn near_days() {
        assert_eq!(one("today"), ("today", on("2021-03-15")));
        assert_eq!(one("Today’s decision"), ("Today", on("2021-03-15")));
        assert_eq!(one("tonight"), ("tonight", on("2021-03-15")));
        assert_eq!(one("this morning"), ("this morning", on("2021-03-15")));
        assert_eq!(one("this evening"), ("this evening", on("2021-03-15")));
        assert_eq!(one("earlier today"), ("earlier today", on("2021-03-15")));
        assert_eq!(one("Yesterday"), ("Yesterday", on("2021-03-14")));
        assert_eq!(
            one("yesterday afternoon"),
            ("yesterday afternoon", on("2021-03-14"))
        );
        assert_eq!(one("last night"), ("last night", on("2021-03-14")));
        assert_eq!(
            one("overnight"),
            ("overnight", days("2021-03-14", "2021-03-15"))
        );
        assert_eq!(
            one("overnight into Sunday"),
            ("overnight into Sunday", days("2021-03-13", "2021-03-14"))
        );
        assert_eq!(one("tomorrow"), ("tomorrow", on("2021-03-16")));
        assert_eq!(
            one("the day before yesterday"),
            ("the day before yesterday", on("2021-03-13"))
        );
        assert_eq!(
            one("the day after tomorrow"),
            ("the day after tomorrow", on("2021-03-17"))
        );
        assert!(found("an overnight curfew; the last night of the festival", P).is_empty());
    }

    #[test]
    fn months_and_days() {
        assert_eq!(one("on Feb. 3"), ("Feb. 3", on("2021-02-03")));
        assert_eq!(one("on Feb 3"), ("Feb 3", on("2021-02-03")));
        assert_eq!(one("on February 3rd"), ("February 3rd", on("2021-02-03")));
        assert_eq!(one("on 3 February"), ("3 February", on("2021-02-03")));
        assert_eq!(
            one("on the 3rd of February"),
            ("the 3rd of February", on("2021-02-03"))
        );
        assert_eq!(one("on Dec. 30"), ("Dec. 30", on("2020-12-30")));
        assert_eq!(one("on Sept. 11"), ("Sept. 11", on("2020-09-11")));
        assert_eq!(one("on Sep 11"), ("Sep 11", on("2020-09-11")));
        assert_eq!(one("on Aug. 2"), ("Aug. 2", on("2020-08-02")));
        assert_eq!(one("on April 10"), ("April 10", on("2021-04-10")));
        assert_eq!(one("on April 20"), ("April 20", on("2020-04-20")));
        assert_eq!(one("on March 15"), ("March 15", on("2021-03-15")));
        assert_eq!(one("Feb. 3, 2020, the"), ("Feb. 3, 2020", on("2020-02-03")));
        assert_eq!(
            one("on 3 February 2020"),
            ("3 February 2020", on("2020-02-03"))
        );
        assert_eq!(one("on 2020-02-03"), ("2020-02-03", on("2020-02-03")));
        assert_eq!(one("on May 3"), ("May 3", on("2020-05-03")));
        assert_eq!(one("on 3 May"), ("3 May", on("2020-05-03")));
        assert_eq!(one("Jan 12 talks"), ("Jan 12", on("2021-01-12")));
        // ranges
        assert_eq!(
            one("on February 2 to February 3"),
            ("February 2 to February 3", days("2021-02-02", "2021-02-03"))
        );
        assert_eq!(
            one("from February 2 to 3"),
            ("February 2 to 3", days("2021-02-02", "2021-02-03"))
        );
        assert_eq!(
            one("on February 2-3"),
            ("February 2-3", days("2021-02-02", "2021-02-03"))
        );
        assert_eq!(
            one("on Feb. 2–3"),
            ("Feb. 2–3", days("2021-02-02", "2021-02-03"))
        );
        assert_eq!(
            one("between Feb. 2 and Feb. 3"),
            ("Feb. 2 and Feb. 3", days("2021-02-02", "2021-02-03"))
        );
        assert_eq!(
            one("between Feb. 2 and 3"),
            ("Feb. 2 and 3", days("2021-02-02", "2021-02-03"))
        );
        assert_eq!(
            one("on 2-3 February"),
            ("2-3 February", days("2021-02-02", "2021-02-03"))
        );
        assert_eq!(
            one("in the night from March 2 to March 3"),
            (
                "the night from March 2 to March 3",
                days("2021-03-02", "2021-03-03")
            )
        );
        assert_eq!(
            one("on the night of March 2"),
            ("the night of March 2", on("2021-03-02"))
        );
        assert_eq!(
            one("from Feb. 28 to March 2, 2020"),
            ("Feb. 28 to March 2, 2020", days("2020-02-28", "2020-03-02"))
        );
        assert_eq!(
            one("from Dec. 30 to Jan. 2, 2020"),
            ("Dec. 30 to Jan. 2, 2020", days("2019-12-30", "2020-01-02"))
        );
        // not dates
        assert!(found(
            "May we go? Theresa May said. Feb. 30, 2020. At 3.6 March",
            P
        )
        .is_empty());
        assert!(found("It rose 3% in June 2,018 times", P).len() == 1);
    }

    #[test]
    fn months() {
        assert_eq!(
            one("in January"),
            ("January", days("2021-01-01", "2021-01-31"))
        );
        assert_eq!(
            one("in mid-January"),
            ("mid-January", days("2021-01-11", "2021-01-20"))
        );
        assert_eq!(
            one("in early January"),
            ("early January", days("2021-01-01", "2021-01-10"))
        );
        assert_eq!(
            one("late January"),
            ("late January", days("2021-01-21", "2021-01-31"))
        );
        assert_eq!(
            one("at the end of January"),
            ("the end of January", days("2021-01-21", "2021-01-31"))
        );
        assert_eq!(
            one("in January 2020"),
            ("January 2020", days("2020-01-01", "2020-01-31"))
        );
        assert_eq!(
            one("late Feb. 2020"),
            ("late Feb. 2020", days("2020-02-21", "2020-02-29"))
        );
        assert_eq!(one("in April"), ("April", days("2021-04-01", "2021-04-30")));
        assert_eq!(one("in June"), ("June", days("2020-06-01", "2020-06-30")));
        assert_eq!(
            one("in mid-May"),
            ("mid-May", days("2020-05-11", "2020-05-20"))
        );
        assert_eq!(
            one("last January"),
            ("last January", days("2021-01-01", "2021-01-31"))
        );
        assert_eq!(
            one("last March"),
            ("last March", days("2020-03-01", "2020-03-31"))
        );
        assert_eq!(
            one("this month"),
            ("this month", days("2021-03-01", "2021-03-15"))
        );
        assert_eq!(
            one("earlier this month"),
            ("earlier this month", days("2021-03-01", "2021-03-14"))
        );
        assert_eq!(
            one("later this month"),
            ("later this month", days("2021-03-16", "2021-03-31"))
        );
        assert_eq!(
            one("last month"),
            ("last month", days("2021-02-01", "2021-02-28"))
        );
        assert_eq!(
            one("late last month"),
            ("late last month", days("2021-02-21", "2021-02-28"))
        );
        assert_eq!(
            one("next month"),
            ("next month", days("2021-04-01", "2021-04-30"))
        );
        assert_eq!(
            one("by the end of the month"),
            ("the end of the month", days("2021-03-21", "2021-03-31"))
        );
        assert!(found("in May he said; June Carter; March on; Augustus", P).is_empty());
    }

    #[test]
    fn weeks_and_weekends() {
        assert_eq!(
            one("last week"),
            ("last week", days("2021-03-08", "2021-03-14"))
        );
        assert_eq!(
            one("Last week’s talks"),
            ("Last week", days("2021-03-08", "2021-03-14"))
        );
        assert_eq!(
            one("this week"),
            ("this week", days("2021-03-15", "2021-03-15"))
        );
        assert_eq!(
            one("next week"),
            ("next week", days("2021-03-22", "2021-03-28"))
        );
        assert_eq!(
            one("the week before last"),
            ("the week before last", days("2021-03-01", "2021-03-07"))
        );
        assert_eq!(
            one("late last week"),
            ("late last week", days("2021-03-11", "2021-03-14"))
        );
        assert_eq!(
            one("by the end of the week"),
            ("the end of the week", days("2021-03-18", "2021-03-21"))
        );
        let thursday = Some(day("2021-03-18"));
        assert_eq!(
            found("earlier this week", thursday),
            [("earlier this week", days("2021-03-15", "2021-03-17"))]
        );
        assert_eq!(
            found("later this week", thursday),
            [("later this week", days("2021-03-19", "2021-03-21"))]
        );
        // on a Monday, "earlier this week" is empty
        assert!(found("earlier this week", P).is_empty());
        assert_eq!(
            one("over the weekend"),
            ("the weekend", days("2021-03-13", "2021-03-14"))
        );
        assert_eq!(
            one("at the weekend"),
            ("the weekend", days("2021-03-13", "2021-03-14"))
        );
        assert_eq!(
            one("this weekend"),
            ("this weekend", days("2021-03-13", "2021-03-14"))
        );
        assert_eq!(
            one("last weekend"),
            ("last weekend", days("2021-03-13", "2021-03-14"))
        );
        assert_eq!(
            one("next weekend"),
            ("next weekend", days("2021-03-20", "2021-03-21"))
        );
        let saturday = Some(day("2021-03-20"));
        assert_eq!(
            found("the weekend", saturday),
            [("the weekend", days("2021-03-20", "2021-03-21"))]
        );
        assert_eq!(
            found("last weekend", saturday),
            [("last weekend", days("2021-03-13", "2021-03-14"))]
        );
        assert_eq!(
            found("next weekend", saturday),
            [("next weekend", days("2021-03-27", "2021-03-28"))]
        );
        let sunday = Some(day("2021-03-21"));
        assert_eq!(
            found("the weekend", sunday),
            [("the weekend", days("2021-03-20", "2021-03-21"))]
        );
        assert_eq!(
            one("since Friday last week"),
            ("since Friday last week", days("2021-03-12", "2021-03-15"))
        );
        assert_eq!(
            one("since Sunday"),
            ("since Sunday", days("2021-03-14", "2021-03-15"))
        );
        assert_eq!(
            one("since last week"),
            ("since last week", days("2021-03-08", "2021-03-15"))
        );
        assert_eq!(
            one("in the past week"),
            ("the past week", days("2021-03-08", "2021-03-15"))
        );
        assert_eq!(
            one("the last week of January"),
            ("January", days("2021-01-01", "2021-01-31"))
        );
    }

    #[test]
    fn ago_and_recent_spans() {
        assert_eq!(one("a week ago"), ("a week ago", on("2021-03-08")));
        assert_eq!(one("two days ago"), ("two days ago", on("2021-03-13")));
        assert_eq!(one("three days ago"), ("three days ago", on("2021-03-12")));
        assert_eq!(
            one("three weeks ago"),
            ("three weeks ago", on("2021-02-22"))
        );
        assert_eq!(one("10 days ago"), ("10 days ago", on("2021-03-05")));
        assert_eq!(
            one("three or four days ago"),
            ("three or four days ago", days("2021-03-11", "2021-03-12"))
        );
        assert_eq!(
            one("a couple of weeks ago"),
            ("a couple of weeks ago", on("2021-03-01"))
        );
        assert_eq!(one("two months ago"), ("two months ago", on("2021-01-15")));
        assert_eq!(one("a year ago"), ("a year ago", on("2020-03-15")));
        assert_eq!(
            one("twenty-one days ago"),
            ("twenty-one days ago", on("2021-02-22"))
        );
        assert_eq!(
            one("in the past few days"),
            ("the past few days", days("2021-03-08", "2021-03-15"))
        );
        assert_eq!(
            one("in the last few days"),
            ("the last few days", days("2021-03-08", "2021-03-15"))
        );
        assert_eq!(
            one("in recent days"),
            ("recent days", days("2021-03-08", "2021-03-15"))
        );
        assert_eq!(
            one("in recent weeks"),
            ("recent weeks", days("2021-02-13", "2021-03-15"))
        );
        assert_eq!(
            one("over the past few weeks"),
            ("the past few weeks", days("2021-02-13", "2021-03-15"))
        );
        assert_eq!(
            one("in recent months"),
            ("recent months", days("2020-11-15", "2021-03-15"))
        );
        assert_eq!(
            one("in the past few months"),
            ("the past few months", days("2020-11-15", "2021-03-15"))
        );
        assert_eq!(
            one("over a few months"),
            ("a few months", days("2020-11-15", "2021-03-15"))
        );
        assert_eq!(
            one("in the past 24 hours"),
            ("the past 24 hours", days("2021-03-14", "2021-03-15"))
        );
        assert_eq!(
            one("over the last two weeks"),
            ("the last two weeks", days("2021-03-01", "2021-03-15"))
        );
        assert_eq!(
            one("in the coming days"),
            ("the coming days", days("2021-03-15", "2021-03-22"))
        );
        assert!(found(
            "a few days ago, days ago, several weeks ago, a few months",
            P
        )
        .is_empty());
    }

    #[test]
    fn offsets_from_another_event() {
        let rel = |text: &str| one(text).1;
        assert_eq!(rel("a week earlier"), TimeValue::Relative(-7));
        assert_eq!(rel("a week before"), TimeValue::Relative(-7));
        assert_eq!(rel("a day earlier"), TimeValue::Relative(-1));
        assert_eq!(rel("two days earlier"), TimeValue::Relative(-2));
        assert_eq!(rel("eleven days earlier"), TimeValue::Relative(-11));
        assert_eq!(rel("20 days later"), TimeValue::Relative(20));
        assert_eq!(rel("the day before"), TimeValue::Relative(-1));
        assert_eq!(rel("the previous day"), TimeValue::Relative(-1));
        assert_eq!(rel("the night before"), TimeValue::Relative(-1));
        assert_eq!(rel("a week later"), TimeValue::Relative(7));
        assert_eq!(rel("a week after"), TimeValue::Relative(7));
        assert_eq!(rel("two days later"), TimeValue::Relative(2));
        assert_eq!(rel("the next day"), TimeValue::Relative(1));
        assert_eq!(rel("The following day"), TimeValue::Relative(1));
        assert_eq!(rel("the following week"), TimeValue::Relative(7));
        assert_eq!(rel("a month later"), TimeValue::Relative(DAYS_PER_MONTH));
        assert_eq!(rel("a year earlier"), TimeValue::Relative(-DAYS_PER_YEAR));
        assert_eq!(rel("48 hours later"), TimeValue::Relative(2));
        assert_eq!(rel("hours later"), TimeValue::Relative(0));
        assert_eq!(rel("a few minutes earlier"), TimeValue::Relative(0));
        assert_eq!(rel("later that day"), TimeValue::Relative(0));
        assert_eq!(rel("earlier in the day"), TimeValue::Relative(0));
        assert_eq!(rel("later in the day"), TimeValue::Relative(0));
        assert_eq!(rel("that same day"), TimeValue::Relative(0));
        assert_eq!(one("by day’s end"), ("day’s end", TimeValue::Relative(0)));
        assert_eq!(one("by day's end"), ("day's end", TimeValue::Relative(0)));
        assert_eq!(
            one("by the end of the day"),
            ("the end of the day", TimeValue::Relative(0))
        );
        assert!(found("days later, weeks earlier, at the end of the day", P).is_empty());
    }

    #[test]
    fn years_and_decades() {
        assert_eq!(one("in 2018"), ("2018", days("2018-01-01", "2018-12-31")));
        assert_eq!(
            one("since 2016"),
            ("since 2016", days("2016-01-01", "2021-03-15"))
        );
        assert_eq!(
            one("late 2012"),
            ("late 2012", days("2012-09-01", "2012-12-31"))
        );
        assert_eq!(
            one("early 2019"),
            ("early 2019", days("2019-01-01", "2019-04-30"))
        );
        assert_eq!(
            one("mid-2015"),
            ("mid-2015", days("2015-05-01", "2015-08-31"))
        );
        assert_eq!(
            one("the 2018 deal"),
            ("2018", days("2018-01-01", "2018-12-31"))
        );
        assert_eq!(
            one("Britain’s 2016 vote"),
            ("2016", days("2016-01-01", "2016-12-31"))
        );
        assert_eq!(
            one("It ended 2019, they said"),
            ("2019", days("2019-01-01", "2019-12-31"))
        );
        assert_eq!(
            one("from 2011 to 2013"),
            ("2011 to 2013", days("2011-01-01", "2013-12-31"))
        );
        assert_eq!(
            one("2011-2013 drought"),
            ("2011-2013", days("2011-01-01", "2013-12-31"))
        );
        assert_eq!(
            one("in the 1990s"),
            ("1990s", days("1990-01-01", "1999-12-31"))
        );
        assert_eq!(
            one("the late 1990s"),
            ("late 1990s", days("1997-01-01", "1999-12-31"))
        );
        assert_eq!(
            one("last year"),
            ("last year", days("2020-01-01", "2020-12-31"))
        );
        assert_eq!(
            one("this year"),
            ("this year", days("2021-01-01", "2021-03-15"))
        );
        assert_eq!(
            one("earlier this year"),
            ("earlier this year", days("2021-01-01", "2021-03-14"))
        );
        assert_eq!(
            one("late last year"),
            ("late last year", days("2020-09-01", "2020-12-31"))
        );
        assert_eq!(
            one("by the end of the year"),
            ("the end of the year", days("2021-09-01", "2021-12-31"))
        );
        assert_eq!(
            one("in the past year"),
            ("the past year", days("2020-03-15", "2021-03-15"))
        );
        assert!(found(
            "2,018 people, 2018 people, 1850 troops, $2018, 2018.5, 2018% and 12018; \
             a crowd of 2000 gathered; of 2000 people; he said that 2000 died; from 2000 homes",
            P
        )
        .is_empty());
        assert_eq!(
            found("in the summer of 2018 and in 2018 and 2019", P),
            [
                ("2018", days("2018-01-01", "2018-12-31")),
                ("2018", days("2018-01-01", "2018-12-31")),
                ("2019", days("2019-01-01", "2019-12-31")),
            ]
        );
    }

    #[test]
    fn without_a_publication_day_only_absolute_and_relative_remain() {
        let text = "On Monday, Feb. 3, 2020, and on 3 February 2020 (2020-02-03), a week earlier, \
                    Feb. 3 and last week, since 2016, from Feb. 28 to March 2, 2020, in 2018, \
                    yesterday and two days ago.";
        assert_eq!(
            found(text, None),
            [
                ("Monday, Feb. 3, 2020", on("2020-02-03")),
                ("3 February 2020", on("2020-02-03")),
                ("2020-02-03", on("2020-02-03")),
                ("a week earlier", TimeValue::Relative(-7)),
                ("Feb. 28 to March 2, 2020", days("2020-02-28", "2020-03-02")),
                ("2018", days("2018-01-01", "2018-12-31")),
            ]
        );
    }

    #[test]
    fn mentions_are_ordered_and_do_not_overlap() {
        let text = "Rebels attacked on Monday night, two days after talks that began Feb. 3 \
                    collapsed; since then, a week earlier and over the weekend, 12 died. \
                    In mid-January and last week, 3 more.";
        assert_eq!(
            found(text, P),
            [
                ("Monday night", on("2021-03-15")),
                ("two days after", TimeValue::Relative(2)),
                ("Feb. 3", on("2021-02-03")),
                ("a week earlier", TimeValue::Relative(-7)),
                ("the weekend", days("2021-03-13", "2021-03-14")),
                ("mid-January", days("2021-01-11", "2021-01-20")),
                ("last week", days("2021-03-08", "2021-03-14")),
            ]
        );
    }

    /// A small deterministic generator for the robustness tests.
    fn xorshift(state: &mut u64) -> u64 {
        *state ^= *state << 13;
        *state ^= *state >> 7;
        *state ^= *state << 17;
        *state
    }

    fn random_text(seed: u64, chars: usize) -> String {
        const PIECES: &[&str] = &[
            "Monday",
            "Feb.",
            "3",
            "2020",
            "-",
            "–",
            "’",
            "'",
            "s",
            "to",
            "and",
            "between",
            "from",
            "since",
            "the",
            "a",
            "week",
            "weeks",
            "ago",
            "later",
            "early",
            "mid",
            "late",
            "of",
            "end",
            "May",
            ",",
            ".",
            ":",
            "é",
            "日",
            "night",
            "last",
            "next",
            "this",
            "weekend",
            "overnight",
            "into",
            "day",
            "1990",
            "31",
            "2,018",
            "%",
            "\u{301}",
        ];
        let mut state = seed;
        let mut out = String::new();
        while out.len() < chars {
            let r = xorshift(&mut state);
            if r % 3 == 0 {
                let c = char::from_u32((r >> 8) as u32 % 0x11_0000).unwrap_or('x');
                out.push(c);
            } else {
                out.push_str(PIECES[(r >> 8) as usize % PIECES.len()]);
            }
            if r % 5 != 0 {
                out.push(' ');
            }
        }
        out
    }

    fn check_well_formed(text: &str, published: Option<Day>) -> usize {
        let found = find_times(text, published);
        let mut last = 0;
        for m in &found {
            assert!(m.start < m.end && m.start >= last && m.end <= text.len());
            assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
            if let TimeValue::Days(d) = m.value {
                assert!(d.from <= d.to);
            }
            last = m.end;
        }
        found.len()
    }

    #[test]
    fn odd_input_never_panics() {
        for text in [
            "",
            " ",
            "-",
            "’",
            "é",
            "日本",
            "a\u{301}",
            "Feb.",
            "Feb. ",
            "Feb. 31",
            "May",
            "2020-",
            "2020-02-",
            "2020-02-31",
            "9999-99-99",
            "since",
            "the night of",
            "between and",
            "from to",
            "Monday,",
            "overnight into",
            "the end of",
            "mid-",
            "99999999999999999999 days ago",
            "0 days ago",
            "the past 0 days",
            "day’",
            "day's",
            "1990's",
            "31 February",
            "the 31st of",
        ] {
            for published in [None, P, Some(Day(i32::MAX)), Some(Day(i32::MIN))] {
                check_well_formed(text, published);
            }
        }
        for seed in 1..40 {
            let text = random_text(seed, 5_000);
            check_well_formed(&text, P);
            check_well_formed(&text, None);
        }
    }

    #[test]
    fn hostile_input_is_linear() {
        let start = std::time::Instant::now();
        let text = "Monday ".repeat(100_000);
        assert_eq!(check_well_formed(&text, P), 100_000);
        for text in [
            "Feb. 3 to ".repeat(20_000),
            "the day before ".repeat(20_000),
            "from between since the end of ".repeat(10_000),
            "1 ".repeat(50_000),
            "2020-".repeat(50_000),
            "a".repeat(1_000_000),
            "7".repeat(1_000_000),
            "’s ".repeat(50_000),
            random_text(7, 1_000_000),
        ] {
            check_well_formed(&text, P);
        }
        let bytes: Vec<u8> = {
            let mut state = 99;
            (0..1_000_000).map(|_| xorshift(&mut state) as u8).collect()
        };
        check_well_formed(&String::from_utf8_lossy(&bytes), P);
        assert!(start.elapsed().as_secs() < 20, "the scan is not linear");
    }
}
