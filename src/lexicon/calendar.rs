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

use rustc_hash::{FxHashMap, FxHashSet};
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

/// The calendar words of a lexicon, keyed by their lowercase form.
#[derive(Clone, Debug, Default)]
pub struct CalendarWords {
    month_names: FxHashMap<String, u32>,
    month_abbreviations: FxHashMap<String, u32>,
    /// 0 = Monday … 6 = Sunday.
    weekdays: FxHashMap<String, u32>,
    month_alone: FxHashMap<String, MonthAlone>,
    parts_of_day: FxHashSet<String>,
    /// Days from the publication day: "yesterday" is -1.
    near_days: FxHashMap<String, i32>,
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

impl CalendarWords {
    pub(super) fn extend(&mut self, entry: CalendarEntry) -> Result<()> {
        for month in entry.month {
            if !(1..=12).contains(&month.number) {
                return Err(Error::lexicon(
                    "calendar",
                    format!("month number {} is not 1–12", month.number),
                ));
            }
            for name in &month.names {
                let key = one_word(name, "month name")?;
                self.month_names.insert(key, month.number);
            }
            for abbreviation in &month.abbreviations {
                let key = one_word(abbreviation, "month abbreviation")?;
                self.month_abbreviations.insert(key, month.number);
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
                let key = one_word(name, "weekday name")?;
                self.weekdays.insert(key, weekday.number - 1);
            }
        }
        for part in &entry.parts_of_day {
            self.parts_of_day.insert(one_word(part, "part of the day")?);
        }
        for (word, days) in &entry.near_days {
            self.near_days.insert(one_word(word, "near day")?, *days);
        }
        for (names, alone) in [
            (&entry.needs_preposition, MonthAlone::NeedsPreposition),
            (&entry.needs_number, MonthAlone::NeedsNumber),
        ] {
            for name in names {
                let key = one_word(name, "month name")?;
                self.month_alone.insert(key, alone);
            }
        }
        Ok(())
    }

    /// The month (1–12) of a full month name ("February", "may"), case-insensitively.
    pub fn month_name(&self, word: &str) -> Option<u32> {
        with_lowercase(word, |w| self.month_names.get(w).copied())
    }

    /// The month (1–12) of a month abbreviation ("Feb", "Sep"), case-insensitively.
    pub fn month_abbreviation(&self, word: &str) -> Option<u32> {
        with_lowercase(word, |w| self.month_abbreviations.get(w).copied())
    }

    /// The month (1–12) of a month name or abbreviation.
    pub fn month(&self, word: &str) -> Option<u32> {
        with_lowercase(word, |w| {
            self.month_names
                .get(w)
                .or_else(|| self.month_abbreviations.get(w))
                .copied()
        })
    }

    /// The day of the week of a weekday name: 0 = Monday … 6 = Sunday.
    pub fn weekday(&self, word: &str) -> Option<u32> {
        with_lowercase(word, |w| self.weekdays.get(w).copied())
    }

    /// How the full month name `word` reads alone (`Month` for a word that is no month name).
    pub fn month_alone(&self, word: &str) -> MonthAlone {
        with_lowercase(word, |w| self.month_alone.get(w).copied()).unwrap_or(MonthAlone::Month)
    }

    /// How many days from the publication day a near day lies ("yesterday" is -1).
    pub fn near_day(&self, word: &str) -> Option<i32> {
        with_lowercase(word, |w| self.near_days.get(w).copied())
    }

    /// Whether `word` names a part of a day ("morning", "night").
    pub fn is_part_of_day(&self, word: &str) -> bool {
        with_lowercase(word, |w| self.parts_of_day.contains(w))
    }

    /// Whether `word` is a month name, a month abbreviation or a weekday name.
    pub fn is_calendar_word(&self, word: &str) -> bool {
        with_lowercase(word, |w| {
            self.month_names.contains_key(w)
                || self.month_abbreviations.contains_key(w)
                || self.weekdays.contains_key(w)
        })
    }

    /// The month abbreviations, lowercase: a full stop after one ends no sentence.
    pub fn month_abbreviations(&self) -> impl Iterator<Item = &str> {
        self.month_abbreviations.keys().map(String::as_str)
    }

    /// Every calendar word, lowercase: month names, abbreviations and weekday names.
    pub fn words(&self) -> impl Iterator<Item = &str> {
        self.month_names
            .keys()
            .chain(self.month_abbreviations.keys())
            .chain(self.weekdays.keys())
            .map(String::as_str)
    }
}

#[cfg(test)]
mod tests {
    use super::super::Lexicon;
    use super::*;

    #[test]
    fn builtin_calendar_words() {
        let c = Lexicon::builtin().calendar();
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
