//! The words the date scanner reads around calendar names and numbers (`time_words.toml`):
//! the words a mention may start with, the words after which a month or a year reads as one,
//! the nouns that make a number a count rather than a year, and the words of "the same day"
//! and "the following Monday". Month and weekday names are the calendar's, number words the
//! number lexicon's.
//!
//! Data, so that a user lexicon extends any list (`[time] year_context = ["circa"]`) and a
//! second language brings its own; the patterns that read them stay in `time`. Words match in
//! any ASCII case. Knows nothing of how dates are read.

use std::collections::HashMap;

use rustc_hash::FxHashSet;
use serde::Deserialize;

/// One closed list of the `[time]` table; its key in the file is its name in snake case.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TimeList {
    /// The day and its parts, as in "later that day", "the same night".
    SameDay,
    /// Words after which "March", "April", "June" and "August" alone are months.
    MonthContext,
    /// Words after which a bare four-digit number is a year.
    YearContext,
    /// Nouns that take a number after "of" ("a crowd of 2000"): no year there.
    QuantityNouns,
    /// Words that a count precedes and a year does not ("2000 people").
    CountedNouns,
    /// Words, besides numbers and calendar words, that a mention may start with.
    Starters,
    /// Words that make a following weekday relative to another event ("the following Monday").
    Anaphoric,
}

/// How many lists there are.
const LISTS: usize = TimeList::Anaphoric as usize + 1;

/// The `[time]` table of a lexicon file: lists by name.
#[derive(Debug, Default, Deserialize)]
#[serde(transparent)]
pub(crate) struct TimeWordsEntry(HashMap<TimeList, Vec<String>>);

/// The date scanner's word sets, ASCII-lowercase.
#[derive(Clone, Debug)]
pub struct TimeWords {
    sets: [FxHashSet<String>; LISTS],
}

impl Default for TimeWords {
    fn default() -> TimeWords {
        TimeWords {
            sets: std::array::from_fn(|_| FxHashSet::default()),
        }
    }
}

impl TimeWords {
    /// Whether `w` (any ASCII case) is in `list`.
    pub fn has(&self, list: TimeList, w: &str) -> bool {
        let set = &self.sets[list as usize];
        if w.bytes().any(|b| b.is_ascii_uppercase()) {
            set.contains(&w.to_ascii_lowercase())
        } else {
            set.contains(w)
        }
    }

    pub(crate) fn extend(&mut self, entry: TimeWordsEntry) {
        for (list, words) in entry.0 {
            self.sets[list as usize].extend(words.iter().map(|w| w.trim().to_ascii_lowercase()));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Lexicon;

    #[test]
    fn every_list_is_in_the_builtin_file_and_a_user_lexicon_extends_one() {
        let mut lexicon = Lexicon::builtin().clone();
        for (i, set) in lexicon.time_words().sets.iter().enumerate() {
            assert!(!set.is_empty(), "time list {i} is empty");
        }
        assert!(lexicon.time_words().has(TimeList::YearContext, "Since"));
        assert!(!lexicon.time_words().has(TimeList::YearContext, "circa"));
        lexicon
            .extend_toml("[time]\nyear_context = [\"Circa\"]")
            .unwrap();
        assert!(lexicon.time_words().has(TimeList::YearContext, "circa"));
        assert!(lexicon.time_words().has(TimeList::YearContext, "since"));
        assert!(lexicon
            .extend_toml("[time]\nyear_contexts = [\"x\"]")
            .is_err());
    }
}
