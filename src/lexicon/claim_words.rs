//! The closed word classes the claim reader consults (`claim_words.toml`): determiners,
//! pronouns, auxiliaries, prepositions, conjunctions, and the small sets of nouns and verbs its
//! rules name (speakers, place nouns, quake words, armed units, time stamps and zones).
//!
//! Data, so that a user lexicon extends any list (`[claim] speaker_heads = ["ombudsman"]`) and
//! a second language brings its own; the rules that read them stay in `claim`. Words match in
//! any ASCII case. Knows nothing of how claims are read.

use std::collections::HashMap;

use rustc_hash::FxHashSet;
use serde::Deserialize;

/// One closed list of the `[claim]` table; its key in the file is its name in snake case.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ClaimList {
    /// Determiners and quantifying words that open a noun phrase.
    Determiners,
    /// Possessive pronouns, whose owner is an actor named before.
    Possessives,
    /// Pronouns that stand for the counted things of a count named before ("101 of them").
    Anaphors,
    /// Modals and negation: a finite verb phrase, so no source noun phrase.
    VerbPhraseWords,
    /// Auxiliaries and adverbs that may stand between a counted subject and its verb.
    Auxiliaries,
    /// Prepositions.
    Prepositions,
    /// Conjunctions and subordinators: they end a noun phrase and, after a comma, a clause.
    Conjunctions,
    /// Subject pronouns and other words that are never part of a counted noun phrase.
    Pronouns,
    /// Personal pronouns that refer to a person named before, as a source.
    PersonPronouns,
    /// Pronouns that refer to an organisation or group named before, as a source.
    GroupPronouns,
    /// Words naming who speaks; a source phrase must have one, a capitalised word or an
    /// institution.
    SpeakerHeads,
    /// Nouns after a number that make it a count of occurrences ("two times").
    FrequencyNouns,
    /// Nouns that introduce a place ("the town of Saraqeb").
    PlaceNouns,
    /// Prepositions that put the event at a place ("in Taftanaz").
    Locatives,
    /// Words of direction: "eight miles northeast of Idlib" names a reference point.
    Directions,
    /// Words that make a government party generic ("regime targets").
    GovernmentWords,
    /// Words that open no concept right after a figure ("5% each", "$1.7 trillion last year").
    NotAModifiedNoun,
    /// Words a figure is told over on the way to its verb ("rose by 5%").
    FigurePrepositions,
    /// Words after a duration that make it a point in time ("12 days ago").
    TimeAfterADuration,
    /// Dimension words that name no concept by themselves ("5 percent").
    DimensionWords,
    /// Heads of a source phrase that name a person: "he" and "she" can refer back to them.
    PersonHeads,
    /// Heads of a source phrase that speak for the body named before them ("hospital
    /// officials", "a company spokesman", "the ministry's statement"): the body's voice.
    BodyVoices,
    /// Nouns of happenings that a year before them dates ("the 2004 tsunami").
    EventNouns,
    /// Words that name a quake's magnitude next to its number ("magnitude 6.1").
    MagnitudeWords,
    /// Verbs that give a quake's strength ("measuring 7.6").
    MeasuringVerbs,
    /// Nouns of quakes.
    QuakeWords,
    /// Words that open another clause: a hedge or an attribution does not reach across them.
    ClauseBarriers,
    /// Words of a report's printed stamp around its date ("Last updated at 13:38 GMT").
    StampWords,
    /// Verbs that order or force people to do something ("ordered 30,000 to evacuate").
    OrderingVerbs,
    /// Time zones after a clock time written without a colon ("1700 EDT").
    TimeZones,
    /// Nouns of armed units whose strength is told as "a 3,000-strong force".
    MilitaryUnits,
    /// Verbs whose bare object is people a happening reached ("affected 33 million").
    AffectingVerbs,
    /// Lowercase particles of place names ("Place de la Nation", "Dar es Salaam").
    NameParticles,
    /// Words that end the search to the left: a clause boundary lies between.
    LeftBarriers,
    /// Auxiliaries that mark the verb after them as the governing verb: scanning left from a
    /// count, meeting one means that verb was passed and was no event ("has driven 500,000 people
    /// out of their homes").
    FiniteAuxiliaries,
    /// Finite verbs right after a counted phrase that make it the subject of its own predicate
    /// ("4,000 are missing", "two remain in hospital").
    SubjectLinks,
    /// Words that may stand between two counts of one list ("five soldiers and two civilians",
    /// "1,200 Sudanese, among them 300 children").
    ListWords,
    /// Pronouns that, as the subject of an event verb in a reported clause, stand for the speaker
    /// ("the army said it killed 40 militants").
    SpeakerSubjects,
    /// Verbs of blaming: "blamed the strike on Israel" names the perpetrator after "on", not
    /// the target.
    BlameVerbs,
    /// Natural hazards: the people a quake or a flood kills are of no party for where it
    /// struck ("an earthquake which hit the Indonesian province of Aceh killed 24").
    Hazards,
    /// Words of hearsay that stand between a count and its verb ("were reported killed",
    /// "at least 50 reportedly injured", "were believed to have been killed").
    Hearsay,
}

/// How many lists there are.
const LISTS: usize = ClaimList::Hearsay as usize + 1;

/// The `[claim]` table of a lexicon file: lists by name.
#[derive(Debug, Default, Deserialize)]
#[serde(transparent)]
pub(crate) struct ClaimWordsEntry(HashMap<ClaimList, Vec<String>>);

/// The claim reader's word sets, ASCII-lowercase.
#[derive(Clone, Debug)]
pub struct ClaimWords {
    sets: [FxHashSet<String>; LISTS],
}

impl Default for ClaimWords {
    fn default() -> ClaimWords {
        ClaimWords {
            sets: std::array::from_fn(|_| FxHashSet::default()),
        }
    }
}

impl ClaimWords {
    /// Whether `w` (any ASCII case) is in `list`.
    pub fn has(&self, list: ClaimList, w: &str) -> bool {
        let set = &self.sets[list as usize];
        if w.bytes().any(|b| b.is_ascii_uppercase()) {
            set.contains(&w.to_ascii_lowercase())
        } else {
            set.contains(w)
        }
    }

    pub(crate) fn extend(&mut self, entry: ClaimWordsEntry) {
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
    fn every_list_is_in_the_builtin_file_and_matches_in_any_case() {
        let words = Lexicon::builtin().claim_words();
        for (i, set) in words.sets.iter().enumerate() {
            assert!(!set.is_empty(), "claim list {i} is empty");
        }
        assert!(words.has(ClaimList::Prepositions, "Despite"));
        assert!(words.has(ClaimList::TimeZones, "GMT"));
        assert!(!words.has(ClaimList::TimeZones, "Monday"));
    }

    #[test]
    fn a_user_lexicon_extends_a_list_and_an_unknown_list_is_an_error() {
        let mut lexicon = Lexicon::builtin().clone();
        assert!(!lexicon
            .claim_words()
            .has(ClaimList::SpeakerHeads, "ombudsman"));
        lexicon
            .extend_toml("[claim]\nspeaker_heads = [\" Ombudsman \"]")
            .unwrap();
        assert!(lexicon
            .claim_words()
            .has(ClaimList::SpeakerHeads, "ombudsman"));
        assert!(lexicon
            .claim_words()
            .has(ClaimList::SpeakerHeads, "spokesman"));
        let err = lexicon
            .extend_toml("[claim]\nspeakers = [\"x\"]")
            .unwrap_err();
        assert!(err.to_string().contains("speakers"), "{err}");
    }
}
