//! Calendar words (`calendar.toml`): the names of the months, their abbreviations and the
//! names of the days of the week, written once for every part of the engine that reads them —
//! the date scanner of `time`, the date guard of the quantity grammar, the sentence splitter,
//! the place finder and the story signatures.
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

use std::borrow::Cow;

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
}

/// The lowercase form of a word, without a copy when it is lowercase already.
fn fold(word: &str) -> Cow<'_, str> {
    if word.is_ascii() && !word.bytes().any(|b| b.is_ascii_uppercase()) {
        Cow::Borrowed(word)
    } else {
        Cow::Owned(word.to_lowercase())
    }
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
        self.month_names.get(fold(word).as_ref()).copied()
    }

    /// The month (1–12) of a month abbreviation ("Feb", "Sep"), case-insensitively.
    pub fn month_abbreviation(&self, word: &str) -> Option<u32> {
        self.month_abbreviations.get(fold(word).as_ref()).copied()
    }

    /// The month (1–12) of a month name or abbreviation.
    pub fn month(&self, word: &str) -> Option<u32> {
        let key = fold(word);
        self.month_names
            .get(key.as_ref())
            .or_else(|| self.month_abbreviations.get(key.as_ref()))
            .copied()
    }

    /// The day of the week of a weekday name: 0 = Monday … 6 = Sunday.
    pub fn weekday(&self, word: &str) -> Option<u32> {
        self.weekdays.get(fold(word).as_ref()).copied()
    }

    /// How the full month name `word` reads alone (`Month` for a word that is no month name).
    pub fn month_alone(&self, word: &str) -> MonthAlone {
        self.month_alone
            .get(fold(word).as_ref())
            .copied()
            .unwrap_or(MonthAlone::Month)
    }

    /// Whether `word` is a month name, a month abbreviation or a weekday name.
    pub fn is_calendar_word(&self, word: &str) -> bool {
        let key = fold(word);
        let key = key.as_ref();
        self.month_names.contains_key(key)
            || self.month_abbreviations.contains_key(key)
            || self.weekdays.contains_key(key)
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
