//! How the claim reader asks whether a word is of a closed class. The classes themselves
//! (determiners, prepositions, speaker heads, …) are data: `src/lexicon/claim_words.toml`, read
//! through `Lexicon::claim_words()` so that a user lexicon extends them.
//!
//! The named constants below stand for those lists while `attribution.rs` still names them
//! (`is(words::PREPOSITIONS, w)`); they hold no words, only which list to look up, in the
//! built-in lexicon. New code calls `Doc::in_list`, which reads the document's own lexicon.

use super::Doc;
use crate::lexicon::{ClaimList, Lexicon};

impl Doc<'_> {
    /// Whether `word` (any ASCII case) is in the closed class `list` of this document's lexicon.
    pub(crate) fn in_list(&self, list: ClaimList, word: &str) -> bool {
        self.lexicon.claim_words().has(list, word)
    }

    /// Whether `word` may stand between a subject and its verb: an auxiliary, an adverb in
    /// -ly, or a word of hearsay ("were reportedly killed").
    pub(crate) fn between_subject_and_verb(&self, word: &str) -> bool {
        self.in_list(ClaimList::Auxiliaries, word)
            || (word.ends_with("ly") && word.len() > 4)
            || self.in_list(ClaimList::Hearsay, word)
    }
}

/// A list `is` can look a word up in: a few words written at the rule that reads them, or one
/// of the lexicon's closed classes.
pub trait WordList: Copy {
    /// Whether `word` (any ASCII case) is in the list.
    fn holds(&self, word: &str) -> bool;
}

impl WordList for &[&str] {
    fn holds(&self, word: &str) -> bool {
        self.iter().any(|w| w.eq_ignore_ascii_case(word))
    }
}

impl<const N: usize> WordList for &[&str; N] {
    fn holds(&self, word: &str) -> bool {
        self.iter().any(|w| w.eq_ignore_ascii_case(word))
    }
}

impl WordList for ClaimList {
    fn holds(&self, word: &str) -> bool {
        Lexicon::builtin().claim_words().has(*self, word)
    }
}

impl WordList for &ClaimList {
    fn holds(&self, word: &str) -> bool {
        (*self).holds(word)
    }
}

/// Whether `word` (any ASCII case) is in `list`.
pub fn is(list: impl WordList, word: &str) -> bool {
    list.holds(word)
}

pub const DETERMINERS: ClaimList = ClaimList::Determiners;
pub const PREPOSITIONS: ClaimList = ClaimList::Prepositions;
pub const CONJUNCTIONS: ClaimList = ClaimList::Conjunctions;
pub const PRONOUNS: ClaimList = ClaimList::Pronouns;
pub const AUXILIARIES: ClaimList = ClaimList::Auxiliaries;
pub const VERB_PHRASE_WORDS: ClaimList = ClaimList::VerbPhraseWords;
pub const PERSON_PRONOUNS: ClaimList = ClaimList::PersonPronouns;
pub const GROUP_PRONOUNS: ClaimList = ClaimList::GroupPronouns;
pub const SPEAKER_HEADS: ClaimList = ClaimList::SpeakerHeads;
pub const PERSON_HEADS: ClaimList = ClaimList::PersonHeads;
