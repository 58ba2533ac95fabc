//! Calendar words (`calendar.toml`): the names of the months, their abbreviations and the
//! names of the days of the week, written once for every part of the engine that reads them —
//! the date scanner of `time`, the date guard of the quantity grammar, the sentence splitter,
//! the place finder and the story signatures — and the days near the publication day
//! ("yesterday") and the parts of a day ("morning") that the date scanner reads.
//!
//! This room knows words and the numbers they stand for; it knows no grammar (whether a name is
//! capitalised, what a preposition before it means) and no calendar arithmetic.
//!
//! ```
//! use crosscheck::lexicon::Lexicon;
//! let mut lexicon = Lexicon::builtin().clone();
//! assert_eq!(lexicon.calendar().month("Sep"), Some(9));
//! lexicon.extend_toml("[[calendar.month]]\nnumber = 9\nabbreviations = [\"Sepbr\"]").unwrap();
//! assert_eq!(lexicon.calendar().month_abbreviation("sepbr"), Some(9));
//! assert_eq!(lexicon.calendar().weekday("Sunday"), Some(6));
//! ```

use std::collections::HashMap;
use std::sync::LazyLock;

use rustc_hash::FxHashMap;
use serde::Deserialize;

use crate::error::{Error, Result};
use crate::text::token::{tokenize, TokenKind};

/// The `[calendar]` table of a lexicon file, as written.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct CalendarEntry {
    #[serde(default)]
    month: Vec<NamedNumber>,
    #[serde(default)]
    weekday: Vec<NamedNumber>,
    #[serde(default)]
    needs_preposition: Vec<String>,
    #[serde(default)]
    needs_number: Vec<String>,
    #[serde(default)]
    parts_of_day: Vec<String>,
    #[serde(default)]
    near_days: HashMap<String, i32>,
}

/// One `[[calendar.month]]` or `[[calendar.weekday]]` table: a number and its words.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct NamedNumber {
    number: u32,
    #[serde(default)]
    names: Vec<String>,
    #[serde(default)]
    abbreviations: Vec<String>,
}

/// How a full month name reads on its own, without a day or a year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MonthAlone {
    /// Always a month ("February").
    Month,
    /// A month only after a preposition ("in March"): the name is also a common word.
    NeedsPreposition,
    /// A month only with a day, a year or a modifier ("May 3", "mid-May").
    NeedsNumber,
}

/// What one word is in the calendar: a word may be several things at once (in a user's
/// language a month name may also be a weekday's).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CalendarWord {
    /// The month (1–12) of a full month name.
    pub month_name: Option<u32>,
    /// The month (1–12) of a month abbreviation.
    pub month_abbreviation: Option<u32>,
    /// How the full month name reads alone.
    pub month_alone: MonthAlone,
    /// The day of the week of a weekday name: 0 = Monday … 6 = Sunday.
    pub weekday: Option<u32>,
    /// The days from the publication day of a near day ("yesterday" is -1).
    pub near_day: Option<i32>,
    /// Whether the word names a part of a day ("morning").
    pub part_of_day: bool,
}

impl CalendarWord {
    const NONE: CalendarWord = CalendarWord {
        month_name: None,
        month_abbreviation: None,
        month_alone: MonthAlone::Month,
        weekday: None,
        near_day: None,
        part_of_day: false,
    };

    /// The month of a month name or abbreviation.
    pub fn month(&self) -> Option<u32> {
        self.month_name.or(self.month_abbreviation)
    }

    /// Whether the word names a month or a weekday.
    pub fn names_month_or_weekday(&self) -> bool {
        self.month().is_some() || self.weekday.is_some()
    }
}

/// The calendar words of a lexicon, keyed by their lowercase form: one look-up tells all a
/// word is, so that a scanner reads each token once.
#[derive(Clone, Debug, Default)]
pub struct CalendarWords {
    words: FxHashMap<String, CalendarWord>,
}

/// Calls `f` with the lowercase form of `word`: without a copy when it is lowercase already,
/// on the stack for a short ASCII word ("Monday"), so that the scanners' look-ups on every
/// capitalised word allocate nothing.
fn with_lowercase<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    const SHORT: usize = 24;
    if !word.is_ascii() {
        return f(&word.to_lowercase());
    }
    if !word.bytes().any(|b| b.is_ascii_uppercase()) {
        return f(word);
    }
    if word.len() > SHORT {
        return f(&word.to_ascii_lowercase());
    }
    let mut buf = [0u8; SHORT];
    let lower = &mut buf[..word.len()];
    lower.copy_from_slice(word.as_bytes());
    lower.make_ascii_lowercase();
    // ASCII lowercased is ASCII, hence UTF-8
    f(std::str::from_utf8(lower).unwrap_or_default())
}

/// A calendar word must be one word: the scanners look names up token by token.
fn one_word(word: &str, what: &str) -> Result<String> {
    match tokenize(word).as_slice() {
        [t] if t.kind == TokenKind::Word => Ok(word.trim().to_lowercase()),
        _ => Err(Error::lexicon(
            "calendar",
            format!("{what} {word:?} is not a single word"),
        )),
    }
}

/// The built-in calendar file alone: a lexicon file with only a `[calendar]` table.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CalendarFile {
    calendar: CalendarEntry,
}

/// The built-in calendar words, loaded on their own: a caller that reads only dates (the
/// sentence splitter, `time::find_times`) does not wait for the whole lexicon's tables.
static BUILTIN: LazyLock<CalendarWords> = LazyLock::new(|| {
    let file: CalendarFile = toml::from_str(BUILTIN_TOML)
        .unwrap_or_else(|e| panic!("built-in calendar.toml is invalid: {e}"));
    let mut words = CalendarWords::default();
    if let Err(e) = words.extend(file.calendar) {
        panic!("built-in calendar.toml is invalid: {e}");
    }
    words
});

/// The text of the built-in calendar file.
pub(super) const BUILTIN_TOML: &str = include_str!("calendar.toml");

impl CalendarWords {
    /// The built-in calendar words (`calendar.toml`), the same as
    /// `Lexicon::builtin().calendar()`.
    pub fn builtin() -> &'static CalendarWords {
        &BUILTIN
    }

    /// The entry of `word` (lowercase), created empty if new.
    fn entry(&mut self, word: &str, what: &str) -> Result<&mut CalendarWord> {
        let key = one_word(word, what)?;
        Ok(self.words.entry(key).or_insert(CalendarWord::NONE))
    }

    pub(super) fn extend(&mut self, entry: CalendarEntry) -> Result<()> {
        for month in entry.month {
            if !(1..=12).contains(&month.number) {
                return Err(Error::lexicon(
                    "calendar",
                    format!("month number {} is not 1–12", month.number),
                ));
            }
            for name in &month.names {
                self.entry(name, "month name")?.month_name = Some(month.number);
            }
            for abbreviation in &month.abbreviations {
                self.entry(abbreviation, "month abbreviation")?
                    .month_abbreviation = Some(month.number);
            }
        }
        for weekday in entry.weekday {
            if !(1..=7).contains(&weekday.number) {
                return Err(Error::lexicon(
                    "calendar",
                    format!("weekday number {} is not 1–7", weekday.number),
                ));
            }
            if !weekday.abbreviations.is_empty() {
                return Err(Error::lexicon(
                    "calendar",
                    "weekday abbreviations are not read (\"Mon\" is too often a word)",
                ));
            }
            for name in &weekday.names {
                self.entry(name, "weekday name")?.weekday = Some(weekday.number - 1);
            }
        }
        for part in &entry.parts_of_day {
            self.entry(part, "part of the day")?.part_of_day = true;
        }
        for (word, days) in &entry.near_days {
            self.entry(word, "near day")?.near_day = Some(*days);
        }
        for (names, alone) in [
            (&entry.needs_preposition, MonthAlone::NeedsPreposition),
            (&entry.needs_number, MonthAlone::NeedsNumber),
        ] {
            for name in names {
                self.entry(name, "month name")?.month_alone = alone;
            }
        }
        Ok(())
    }

    /// What `word` is in the calendar, case-insensitively; `None` for a word that is nothing.
    pub fn word(&self, word: &str) -> Option<&CalendarWord> {
        with_lowercase(word, |w| self.words.get(w))
    }

    /// The month (1–12) of a full month name ("February", "may"), case-insensitively.
    pub fn month_name(&self, word: &str) -> Option<u32> {
        self.word(word)?.month_name
    }

    /// The month (1–12) of a month abbreviation ("Feb", "Sep"), case-insensitively.
    pub fn month_abbreviation(&self, word: &str) -> Option<u32> {
        self.word(word)?.month_abbreviation
    }

    /// The month (1–12) of a month name or abbreviation.
    pub fn month(&self, word: &str) -> Option<u32> {
        self.word(word)?.month()
    }

    /// The day of the week of a weekday name: 0 = Monday … 6 = Sunday.
    pub fn weekday(&self, word: &str) -> Option<u32> {
        self.word(word)?.weekday
    }

    /// How the full month name `word` reads alone (`Month` for a word that is no month name).
    pub fn month_alone(&self, word: &str) -> MonthAlone {
        self.word(word).map_or(MonthAlone::Month, |w| w.month_alone)
    }

    /// How many days from the publication day a near day lies ("yesterday" is -1).
    pub fn near_day(&self, word: &str) -> Option<i32> {
        self.word(word)?.near_day
    }

    /// Whether `word` names a part of a day ("morning", "night").
    pub fn is_part_of_day(&self, word: &str) -> bool {
        self.word(word).is_some_and(|w| w.part_of_day)
    }

    /// Whether `word` is a month name, a month abbreviation or a weekday name.
    pub fn is_calendar_word(&self, word: &str) -> bool {
        self.word(word)
            .is_some_and(CalendarWord::names_month_or_weekday)
    }

    /// Every month name, month abbreviation and weekday name, lowercase.
    pub fn words(&self) -> impl Iterator<Item = &str> {
        self.words
            .iter()
            .filter(|(_, w)| w.names_month_or_weekday())
            .map(|(k, _)| k.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::super::Lexicon;
    use super::*;

    #[test]
    fn builtin_calendar_words() {
        let c = Lexicon::builtin().calendar();
        let alone = CalendarWords::builtin();
        assert_eq!(c.words.len(), alone.words.len());
        assert!(c.words.iter().all(|(k, w)| alone.words.get(k) == Some(w)));
        assert_eq!(c.month_name("FEBRUARY"), Some(2));
        assert_eq!(c.month_name("Feb"), None);
        assert_eq!(c.month_abbreviation("Feb"), Some(2));
        assert_eq!(c.month("SEPT."), None);
        assert_eq!(c.month("sep"), Some(9));
        assert_eq!(c.month("May"), Some(5));
        assert_eq!(c.month_abbreviation("may"), None);
        assert_eq!(c.weekday("Monday"), Some(0));
        assert_eq!(c.weekday("sunday"), Some(6));
        assert_eq!(c.weekday("Mon"), None);
        assert_eq!(c.month_alone("May"), MonthAlone::NeedsNumber);
        assert_eq!(c.month_alone("june"), MonthAlone::NeedsPreposition);
        assert_eq!(c.month_alone("February"), MonthAlone::Month);
        assert!(c.is_calendar_word("friday") && c.is_calendar_word("Dec"));
        assert!(!c.is_calendar_word("today"));
        assert_eq!(c.near_day("Yesterday"), Some(-1));
        assert_eq!(c.near_day("tonight"), Some(0));
        assert!(c.is_part_of_day("night") && !c.is_part_of_day("day"));
        assert_eq!(c.words().count(), 12 + 12 + 7);
    }

    #[test]
    fn a_user_lexicon_adds_calendar_words_and_bad_ones_are_errors() {
        let mut lexicon = Lexicon::builtin().clone();
        lexicon
            .extend_toml("[[calendar.month]]\nnumber = 9\nabbreviations = [\"Sepbr\"]")
            .unwrap();
        assert_eq!(lexicon.calendar().month("SEPBR"), Some(9));
        assert_eq!(lexicon.calendar().month("October"), Some(10));
        for bad in [
            "[[calendar.month]]\nnumber = 13\nnames = [\"Smarch\"]",
            "[[calendar.weekday]]\nnumber = 0\nnames = [\"Funday\"]",
            "[[calendar.month]]\nnumber = 9\nnames = [\"Sept 9\"]",
            "[[calendar.weekday]]\nnumber = 1\nabbreviations = [\"Mo\"]",
            "[[calendar.month]]\nnumber = 9\nname = [\"Sept\"]",
        ] {
            let err = lexicon.clone().extend_toml(bad).unwrap_err();
            assert!(err.to_string().contains("calendar") || err.to_string().contains("name"));
        }
    }
}
