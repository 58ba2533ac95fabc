//! The words the number grammar reads around a number to tell what it is (`grammar.toml`):
//! cues of a year, nouns of a count, nouns of an identifier, cues of the pronoun "one" (and
//! the superlatives of "one of the worst"), nouns of kin before an age in commas, verbs of
//! change.
//!
//! Data, so that a user lexicon extends them (`[grammar] identifier_nouns = ["Exit"]`) and a
//! second language brings its own; the rules that read them stay in the grammar. Words are
//! matched exactly as written in the file. Knows nothing of how numbers are read.

use rustc_hash::FxHashSet;
use serde::Deserialize;

/// The `[grammar]` table of a lexicon file.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct GrammarEntry {
    #[serde(default)]
    change_verbs: Vec<String>,
    #[serde(default)]
    year_cues: Vec<String>,
    #[serde(default)]
    count_nouns: Vec<String>,
    #[serde(default)]
    identifier_nouns: Vec<String>,
    #[serde(default)]
    identifier_nouns_lower: Vec<String>,
    #[serde(default)]
    pronoun_one_cues: Vec<String>,
    #[serde(default)]
    pronoun_one_after: Vec<String>,
    #[serde(default)]
    superlatives: Vec<String>,
    #[serde(default)]
    not_superlatives: Vec<String>,
    #[serde(default)]
    age_apposition_nouns: Vec<String>,
}

/// The grammar's word sets.
#[derive(Clone, Debug, Default)]
pub struct GrammarWords {
    change_verbs: FxHashSet<String>,
    year_cues: FxHashSet<String>,
    count_nouns: FxHashSet<String>,
    identifier_nouns: FxHashSet<String>,
    identifier_nouns_lower: FxHashSet<String>,
    pronoun_one_cues: FxHashSet<String>,
    pronoun_one_after: FxHashSet<String>,
    superlatives: FxHashSet<String>,
    not_superlatives: FxHashSet<String>,
    age_apposition_nouns: FxHashSet<String>,
}

impl GrammarWords {
    /// A verb of change after which "X to Y" is a change and a level ("rose 5% to 3,000").
    pub fn change_verb(&self, w: &str) -> bool {
        self.change_verbs.contains(w)
    }

    /// A word after which a four-digit number is a year ("in 2018", "late 2012").
    pub fn year_cue(&self, w: &str) -> bool {
        self.year_cues.contains(w)
    }

    /// A plural-less noun that makes a four-digit number before it a count ("1500 people").
    pub fn count_noun(&self, w: &str) -> bool {
        self.count_nouns.contains(w)
    }

    /// A capitalised noun, as written, before a number that names ("Resolution 2254").
    pub fn identifier_noun(&self, w: &str) -> bool {
        self.identifier_nouns.contains(w)
    }

    /// A lowercase noun, as written, before a number that names ("page 5", "pp. 3").
    pub fn identifier_noun_lower(&self, w: &str) -> bool {
        self.identifier_nouns_lower.contains(w)
    }

    /// A word before "one" that makes it a pronoun ("the one", "no one").
    pub fn pronoun_one_cue(&self, w: &str) -> bool {
        self.pronoun_one_cues.contains(w)
    }

    /// A word after "one" that makes it a pronoun ("one another", "one's").
    pub fn pronoun_one_after(&self, w: &str) -> bool {
        self.pronoun_one_after.contains(w)
    }

    /// A superlative after "one of (the)": "worst", "few", "largest" (a word in "-est" that
    /// is not one of the lexicon's `not_superlatives`, "interest", "protest").
    pub fn superlative(&self, w: &str) -> bool {
        self.superlatives.contains(w)
            || (w.len() >= 5 && w.ends_with("est") && !self.not_superlatives.contains(w))
    }

    /// A noun of kin an age in commas may follow ("his wife, 56,").
    pub fn age_apposition_noun(&self, w: &str) -> bool {
        self.age_apposition_nouns.contains(w)
    }

    pub(crate) fn extend(&mut self, entry: GrammarEntry) {
        let sets = [
            (&mut self.change_verbs, entry.change_verbs),
            (&mut self.year_cues, entry.year_cues),
            (&mut self.count_nouns, entry.count_nouns),
            (&mut self.identifier_nouns, entry.identifier_nouns),
            (
                &mut self.identifier_nouns_lower,
                entry.identifier_nouns_lower,
            ),
            (&mut self.pronoun_one_cues, entry.pronoun_one_cues),
            (&mut self.pronoun_one_after, entry.pronoun_one_after),
            (&mut self.superlatives, entry.superlatives),
            (&mut self.not_superlatives, entry.not_superlatives),
            (&mut self.age_apposition_nouns, entry.age_apposition_nouns),
        ];
        for (set, words) in sets {
            set.extend(words.into_iter().map(|w| w.trim().to_owned()));
        }
    }
}
