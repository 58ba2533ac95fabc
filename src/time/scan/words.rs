//! The closed word lists of the date grammar that are not calendar names (those are the
//! lexicon's `calendar.toml`): number words up to sixty, the words after
//! which a month or a year reads as one, and the words a mention may start with.

/// Number words of small counts ("three days ago", "twenty-one years later").
pub(super) const NUMBER_WORDS: &[(&str, u32)] = &[
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

/// The day and its parts, as in "later that day", "the same night".
pub(super) const SAME_DAY: &[&str] = &["day", "night", "morning", "evening", "afternoon"];

/// Words after which "March", "April", "June" and "August" alone are months.
pub(super) const MONTH_CONTEXT: &[&str] = &[
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
pub(super) const YEAR_CONTEXT: &[&str] = &[
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
pub(super) const QUANTITY_NOUNS: &[&str] = &[
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
pub(super) const COUNTED_NOUNS: &[&str] = &[
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

/// The words, besides numbers and calendar words (month and weekday names, near days), that a
/// mention may start with.
pub(super) const STARTERS: &[&str] = &[
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
];

/// Words that make a following weekday relative to another event ("the following Monday").
pub(super) const ANAPHORIC: &[&str] = &["following", "previous", "preceding", "that", "same"];
