//! The words the segmenter reads around a full stop or a line break (`sentences.toml`):
//! abbreviations a stop does not end a sentence after, words that open a sentence, and words
//! a line is never broken after at a sentence's end.
//!
//! Data, so that a user lexicon extends them (`[sentences] abbreviations = ["brig"]`) and a
//! second language brings its own. Knows nothing of how sentences are split.

use rustc_hash::FxHashSet;
use serde::Deserialize;

/// The `[sentences]` table of a lexicon file.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct SentencesEntry {
    #[serde(default)]
    abbreviations: Vec<String>,
    #[serde(default)]
    starters: Vec<String>,
    #[serde(default)]
    line_continues_after: Vec<String>,
}

/// The segmenter's word sets, lowercase.
#[derive(Clone, Debug, Default)]
pub struct SentenceWords {
    abbreviations: FxHashSet<String>,
    starters: FxHashSet<String>,
    line_continues_after: FxHashSet<String>,
}

impl SentenceWords {
    /// Whether a full stop after `w` (lowercase, without the stop) may leave the sentence open:
    /// "Gen. Smith", "Acme Inc. said" (month abbreviations are the calendar's).
    pub fn is_abbreviation(&self, w: &str) -> bool {
        self.abbreviations.contains(w)
    }

    /// Whether `w` (lowercase) opens a sentence after a stop that could also end an
    /// abbreviation or an acronym ("… in the U.S. It said").
    pub fn is_starter(&self, w: &str) -> bool {
        self.starters.contains(w)
    }

    /// Whether a line ending with `w` (as written) was broken inside a sentence ("according
    /// to\nReuters").
    pub fn line_continues_after(&self, w: &str) -> bool {
        self.line_continues_after.contains(w)
    }

    pub(crate) fn extend(&mut self, entry: SentencesEntry) {
        let lower = |w: String| w.trim().to_lowercase();
        self.abbreviations.extend(
            entry
                .abbreviations
                .into_iter()
                .map(|w| lower(w).trim_end_matches('.').to_owned()),
        );
        self.starters.extend(entry.starters.into_iter().map(lower));
        self.line_continues_after
            .extend(entry.line_continues_after.into_iter().map(lower));
    }
}
