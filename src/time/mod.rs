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
//!
//! The rooms of this module:
//!
//! | room | holds | must not know |
//! |---|---|---|
//! | `scan` | the scanner of expressions: tokens, calendar names (from the lexicon), patterns | dates and their arithmetic |
//! | `resolve` | the days an expression names against the publication day | words and tokens |
//! | `conventions` | the named conventions: the vague words' spans, the year of a yearless date | words and tokens |
//! | `mention` | [`TimeMention`] and [`TimeValue`], what the scanner returns | how it is found |
//! | `day` | [`Day`], [`DayInterval`] and calendar arithmetic (with `jiff`) | words, the publication day |

mod conventions;
mod day;
mod mention;
mod resolve;
mod scan;
#[cfg(test)]
mod tests;

pub use conventions::{
    DAYS_PER_MONTH, DAYS_PER_YEAR, FEW_DAYS, FEW_MONTHS, FEW_WEEKS, FUTURE_WINDOW_DAYS,
};
pub use day::{Day, DayInterval};
pub use mention::{TimeMention, TimeValue};

use crate::lexicon::Lexicon;

/// Every temporal expression of `text`, in order, resolved against `published` (the
/// publication day). Expressions that need the publication day are left out when it is
/// `None`; absolute dates with a year ("Feb. 3, 2020", "3 February 2020", "2020-02-03") and
/// relative offsets are still returned. A leading `date YYYY-MM-DD` line (see
/// [`leading_date`]) is reported like any other ISO date. Month and weekday names are the
/// built-in lexicon's; [`find_times_with`] reads those of another.
pub fn find_times(text: &str, published: Option<Day>) -> Vec<TimeMention> {
    scan::mentions(text, published, Lexicon::builtin())
}

/// [`find_times`] with the calendar words (month names and abbreviations, weekday names),
/// number words and date words of `lexicon`, so that a user lexicon's names count ("Sepbr. 3").
pub fn find_times_with(text: &str, published: Option<Day>, lexicon: &Lexicon) -> Vec<TimeMention> {
    scan::mentions(text, published, lexicon)
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
