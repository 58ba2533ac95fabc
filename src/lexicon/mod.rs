//! Lexicons: the word lists the grammar consults, kept as data rather than code.
//!
//! The built-in lexicons are TOML files in this folder, embedded at build time and parsed once
//! with serde. A user extends them with more TOML of the same shape (from Python:
//! `crosscheck.Lexicon`), which is how a newsroom adds its own units, currencies or phrases
//! without touching the grammar.
//!
//! The room at the bottom of the flow: every closed word list of the core (number words,
//! units, modifiers, events, counted nouns, actors, places, sources, hedges, reconciliation's
//! tables, the claim reader's and the date scanner's closed word classes) with its loading and user extensions, and the classes the data sorts words into
//! ([`Modifier`], [`Dimension`], [`EventKind`]). It knows nothing of parsing: no number,
//! sentence, claim or story.
//!
//! ```
//! use crosscheck::lexicon::Lexicon;
//! let mut lexicon = Lexicon::builtin().clone();
//! lexicon.extend_toml(r#"
//! [[unit]]
//! code = "bpd"
//! dimension = "other"
//! names = ["barrels per day", "barrels a day"]
//! "#).unwrap();
//! assert!(lexicon.unit("bpd").is_some());
//! ```

use std::collections::HashMap;

use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::LazyLock;

use serde::Deserialize;

use crate::error::{Error, Result};
use crate::text::token::{phrase_key, push_phrase_key, tokenize, Token};

pub mod calendar;
pub mod claim_words;
pub mod frame;
pub mod grammar;
pub mod numbers;
pub mod reconcile;
pub mod sentences;
pub mod time_words;

pub use calendar::{CalendarWord, CalendarWords, MonthAlone};
pub use claim_words::{ClaimList, ClaimWords};
pub use frame::{
    Actor, ActorTerm, AttributionWord, CountedClass, EventKind, EventWord, FrameLexicon, HedgeWord,
    Institution, Place, RevisionWords, Source,
};
pub use grammar::GrammarWords;
pub use numbers::{CardinalWord, NumberWords};
pub use sentences::SentenceWords;
pub use time_words::{TimeList, TimeWords};

/// Every string in a list of a lexicon file is a phrase (or a name) that must hold a token: a
/// blank entry would be dropped by the phrase tables without a trace, which hides a slip in a
/// user's file. The error names the key path.
fn check_phrases(table: &toml::Table, path: &str) -> Result<()> {
    fn walk(value: &toml::Value, path: &str) -> Result<()> {
        match value {
            toml::Value::Table(t) => check_phrases(t, path),
            toml::Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    if let toml::Value::String(s) = item {
                        if tokenize(s).is_empty() {
                            return Err(Error::lexicon(
                                "lexicon",
                                format!("{path}[{i}] is {s:?}, which is blank"),
                            ));
                        }
                    } else {
                        walk(item, &format!("{path}[{i}]"))?;
                    }
                }
                Ok(())
            }
            _ => Ok(()),
        }
    }
    for (key, value) in table {
        let here = if path.is_empty() {
            key.clone()
        } else {
            format!("{path}.{key}")
        };
        walk(value, &here)?;
    }
    Ok(())
}

/// The built-in data files, in the order they are loaded.
const BUILTIN_FILES: &[(&str, &str)] = &[
    ("numbers", include_str!("numbers.toml")),
    ("sentences", include_str!("sentences.toml")),
    ("grammar", include_str!("grammar.toml")),
    ("units", include_str!("units.toml")),
    ("calendar", calendar::BUILTIN_TOML),
    ("modifiers", include_str!("modifiers.toml")),
    ("events", include_str!("events.toml")),
    ("counted", include_str!("counted.toml")),
    ("actors", include_str!("actors.toml")),
    ("places", include_str!("places.toml")),
    ("sources", include_str!("sources.toml")),
    ("institutions", include_str!("institutions.toml")),
    ("attribution", include_str!("attribution.toml")),
    ("reconcile", include_str!("reconcile.toml")),
    ("measures", include_str!("measures.toml")),
    ("claim_words", include_str!("claim_words.toml")),
    ("time_words", include_str!("time_words.toml")),
];

/// What a unit measures. Currency and percent units make a mention a `currency` or `percent`
/// quantity; the others make it a `measure`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
#[allow(missing_docs)]
pub enum Dimension {
    Length,
    Area,
    Volume,
    Mass,
    Duration,
    Age,
    Speed,
    Temperature,
    Energy,
    Power,
    Data,
    Currency,
    Percent,
    Frequency,
    Pressure,
    Angle,
    /// The strength of an earthquake on a logarithmic scale ("magnitude 6.8").
    Magnitude,
    Other,
}

/// How a phrase bounds or blurs its number: the class of a `[before]`/`[after]` modifier
/// phrase, as the quantity grammar reads it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Modifier {
    /// "about", "around", "roughly", "some", "an estimated": value ± a tolerance.
    About,
    /// "nearly", "almost", "close to": just below the value.
    Nearly,
    /// "more than", "over", "upwards of": above the value, bounded.
    MoreThan,
    /// "at least", "no fewer than", "20 or more": from the value, open above.
    AtLeast,
    /// "up to", "no more than", "as many as": up to the value.
    AtMost,
    /// "less than", "fewer than", "under": below the value, bounded.
    LessThan,
    /// "3-4 million", "between 3 and 4 million", "from 20 to 30": a range.
    Range,
}

impl Modifier {
    /// The name used in Python and in the `modifier` column.
    pub fn as_str(self) -> &'static str {
        match self {
            Modifier::About => "about",
            Modifier::Nearly => "nearly",
            Modifier::MoreThan => "more_than",
            Modifier::AtLeast => "at_least",
            Modifier::AtMost => "at_most",
            Modifier::LessThan => "less_than",
            Modifier::Range => "range",
        }
    }
}

/// One unit of the lexicon.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct Unit {
    /// The canonical code, as it appears in the `unit` column.
    pub code: String,
    /// What the unit measures.
    pub dimension: Dimension,
    /// Written-out names, matched case-insensitively.
    #[serde(default)]
    pub names: Vec<String>,
    /// Abbreviations after the number, matched exactly.
    #[serde(default)]
    pub symbols: Vec<String>,
    /// Symbols before the number, matched exactly.
    #[serde(default)]
    pub prefixes: Vec<String>,
}

/// A table of phrases matched token by token, longest first.
#[derive(Clone, Debug, Default)]
pub struct PhraseTable<V> {
    // Fx hashing: the keys are short words, hashed on every token of every text
    map: FxHashMap<String, V>,
    /// The first token of every phrase (case-folded when the table folds case): a cheap test
    /// of whether a phrase can start at a token at all.
    first: FxHashSet<String>,
    max_tokens: usize,
    fold_case: bool,
}

impl<V: Clone> PhraseTable<V> {
    pub(crate) fn new(fold_case: bool) -> PhraseTable<V> {
        PhraseTable {
            map: FxHashMap::default(),
            first: FxHashSet::default(),
            max_tokens: 0,
            fold_case,
        }
    }

    /// Add a phrase; a later entry for the same phrase replaces the earlier one.
    pub(crate) fn insert(&mut self, phrase: &str, value: V) {
        let tokens = tokenize(phrase);
        if tokens.is_empty() {
            return;
        }
        self.max_tokens = self.max_tokens.max(tokens.len());
        self.first
            .insert(phrase_key(phrase, &tokens[..1], self.fold_case));
        self.map
            .insert(phrase_key(phrase, &tokens, self.fold_case), value);
    }

    /// The longest phrase that starts at token `i`, with how many tokens it spans.
    pub fn longest_at(&self, text: &str, tokens: &[Token], i: usize) -> Option<(V, usize)> {
        // most tokens start no phrase: one look-up of the first token settles it
        let first = tokens.get(i)?.text(text);
        let known = if self.fold_case && first.chars().any(char::is_uppercase) {
            self.first.contains(&first.to_lowercase())
        } else {
            self.first.contains(first)
        };
        if !known {
            return None;
        }
        let most = self.max_tokens.min(tokens.len().saturating_sub(i));
        // the keys of all the prefixes in one pass, then look them up longest first; the ends
        // live on the stack for the phrases news lexicons hold, on the heap for longer ones
        let mut key = String::new();
        let mut short = [0usize; 16];
        let mut long = Vec::new();
        let ends: &mut [usize] = if most <= short.len() {
            &mut short
        } else {
            long.resize(most, 0);
            &mut long
        };
        let mut n = 0;
        push_phrase_key(
            &mut key,
            text,
            &tokens[i..i + most],
            self.fold_case,
            |end| {
                ends[n] = end;
                n += 1;
            },
        );
        (1..=most)
            .rev()
            .find_map(|n| self.map.get(&key[..ends[n - 1]]).map(|v| (v.clone(), n)))
    }

    /// Whether some phrase starts with this token text (lowercase for case-folding tables).
    pub fn may_start_with(&self, token: &str) -> bool {
        self.first.contains(token)
    }

    /// Number of phrases.
    pub fn len(&self) -> usize {
        self.map.len()
    }

    /// Whether the table holds no phrase.
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LexiconFile {
    #[serde(default)]
    unit: Vec<Unit>,
    #[serde(default)]
    events: HashMap<EventKind, frame::EventEntry>,
    #[serde(default)]
    counted: HashMap<String, frame::CountedEntry>,
    #[serde(default)]
    actor: Vec<Actor>,
    #[serde(default)]
    place: Vec<Place>,
    #[serde(default)]
    source: Vec<Source>,
    #[serde(default)]
    institution: Vec<Institution>,
    #[serde(default)]
    attribution: Option<frame::AttributionEntry>,
    #[serde(default)]
    hedges: Option<frame::HedgeEntry>,
    #[serde(default)]
    revisions: Option<frame::RevisionWords>,
    #[serde(default)]
    before: HashMap<Modifier, Vec<String>>,
    #[serde(default)]
    after: HashMap<Modifier, Vec<String>>,
    #[serde(default)]
    compound: Option<CompoundEntry>,
    #[serde(default)]
    per: Option<PerEntry>,
    #[serde(default)]
    score: Option<ScoreEntry>,
    #[serde(default)]
    reconcile: Option<reconcile::ReconcileEntry>,
    #[serde(default)]
    change: Option<ChangeEntry>,
    #[serde(default)]
    holder: Option<HolderEntry>,
    #[serde(default)]
    numbers: Option<numbers::NumbersEntry>,
    #[serde(default)]
    sentences: Option<sentences::SentencesEntry>,
    #[serde(default)]
    grammar: Option<grammar::GrammarEntry>,
    #[serde(default)]
    calendar: Option<calendar::CalendarEntry>,
    #[serde(default)]
    claim: Option<claim_words::ClaimWordsEntry>,
    #[serde(default)]
    time: Option<time_words::TimeWordsEntry>,
}

/// The `[change]` table: words that tell a figure as a rise or a fall.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ChangeEntry {
    #[serde(default)]
    up: Vec<String>,
    #[serde(default)]
    down: Vec<String>,
}

/// The `[holder]` table: verbs whose subject holds the figure told after them.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct HolderEntry {
    #[serde(default)]
    verbs: Vec<String>,
}

/// Whether the text tells a figure as a rise or a fall (the `direction` column).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Direction {
    /// "rose 5%", "up 0.95", "a 5% increase".
    Up,
    /// "fell 5%", "cut 2,000 jobs", "a decline of 300".
    Down,
}

impl Direction {
    /// The name in the `direction` column.
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Up => "up",
            Direction::Down => "down",
        }
    }
}

/// The `[compound]` table: words that, hyphenated after a number, keep it a count of people.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CompoundEntry {
    #[serde(default)]
    counts: Vec<String>,
}

/// The `[score]` table: the words next to which "3-1" is the score of a game.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ScoreEntry {
    #[serde(default)]
    before: Vec<String>,
    #[serde(default)]
    after: Vec<String>,
}

/// The `[per]` table: nouns, not units, that a price is given per ("42 cents a share").
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PerEntry {
    #[serde(default)]
    nouns: Vec<String>,
}

/// All the lexicons the grammar consults.
#[derive(Clone, Debug)]
pub struct Lexicon {
    units: Vec<Unit>,
    /// Where each code is in `units`: a file of many units loads in linear time.
    unit_index: FxHashMap<String, usize>,
    unit_names: PhraseTable<usize>,
    unit_symbols: PhraseTable<usize>,
    unit_prefixes: PhraseTable<usize>,
    modifiers_before: PhraseTable<Modifier>,
    modifiers_after: PhraseTable<Modifier>,
    /// Words that keep a number hyphenated before them a count ("3,000-strong"), lowercase.
    compound_counts: FxHashSet<String>,
    /// Nouns a price is given per ("a share", "per head"), lowercase.
    per_nouns: FxHashSet<String>,
    /// Words before ("won") and after ("victory") a game's score, lowercase.
    score_before: FxHashSet<String>,
    score_after: FxHashSet<String>,
    frame: FrameLexicon,
    reconcile: reconcile::ReconcileLexicon,
    /// Words of a rise or a fall ("rose", "cut", "increase").
    changes: PhraseTable<Direction>,
    /// Verbs whose subject holds the figure after them, lowercase.
    holder_verbs: FxHashSet<String>,
    numbers: NumberWords,
    sentences: SentenceWords,
    grammar: GrammarWords,
    calendar: CalendarWords,
    claim_words: ClaimWords,
    time_words: TimeWords,
}

static BUILTIN: LazyLock<Lexicon> = LazyLock::new(|| {
    let mut lexicon = Lexicon::empty();
    // the built-in number words are no user's: the prefilter knows them already
    lexicon.numbers = NumberWords::default();
    for (name, text) in BUILTIN_FILES {
        if let Err(e) = lexicon.extend_toml(text) {
            panic!("built-in {name}.toml is invalid: {e}");
        }
    }
    lexicon.numbers.seal();
    lexicon
});

impl Lexicon {
    /// A lexicon with no entry at all.
    pub fn empty() -> Lexicon {
        Lexicon {
            units: Vec::new(),
            unit_index: FxHashMap::default(),
            unit_names: PhraseTable::new(true),
            unit_symbols: PhraseTable::new(false),
            unit_prefixes: PhraseTable::new(false),
            modifiers_before: PhraseTable::new(true),
            modifiers_after: PhraseTable::new(true),
            compound_counts: FxHashSet::default(),
            per_nouns: FxHashSet::default(),
            score_before: FxHashSet::default(),
            score_after: FxHashSet::default(),
            frame: FrameLexicon::empty(),
            reconcile: reconcile::ReconcileLexicon::default(),
            changes: PhraseTable::new(true),
            holder_verbs: FxHashSet::default(),
            numbers: NumberWords::sealed(),
            sentences: SentenceWords::default(),
            grammar: GrammarWords::default(),
            calendar: CalendarWords::default(),
            claim_words: ClaimWords::default(),
            time_words: TimeWords::default(),
        }
    }

    /// The lexicon built into crosscheck.
    pub fn builtin() -> &'static Lexicon {
        &BUILTIN
    }

    /// Add the entries of a TOML document of the same shape as the built-in files: `[[unit]]`
    /// tables and `[before]`/`[after]` modifier lists. A unit whose code is known already gets
    /// the new names added to it.
    pub fn extend_toml(&mut self, toml_text: &str) -> Result<()> {
        let value: toml::Table =
            toml::from_str(toml_text).map_err(|e| Error::lexicon("lexicon", e.to_string()))?;
        check_phrases(&value, "")?;
        let file: LexiconFile = value
            .try_into()
            .map_err(|e: toml::de::Error| Error::lexicon("lexicon", e.to_string()))?;
        for unit in file.unit {
            if unit.code.trim().is_empty() {
                return Err(Error::lexicon("units", "a unit has an empty code"));
            }
            let index = match self.unit_index.get(&unit.code) {
                Some(&i) => {
                    let known = &mut self.units[i];
                    known.names.extend(unit.names.iter().cloned());
                    known.symbols.extend(unit.symbols.iter().cloned());
                    known.prefixes.extend(unit.prefixes.iter().cloned());
                    i
                }
                None => {
                    self.unit_index.insert(unit.code.clone(), self.units.len());
                    self.units.push(unit.clone());
                    self.units.len() - 1
                }
            };
            for name in &unit.names {
                self.unit_names.insert(name, index);
            }
            for symbol in &unit.symbols {
                self.unit_symbols.insert(symbol, index);
            }
            for prefix in &unit.prefixes {
                self.unit_prefixes.insert(prefix, index);
            }
        }
        for (modifier, phrases) in file.before {
            for phrase in phrases {
                self.modifiers_before.insert(&phrase, modifier);
            }
        }
        for (modifier, phrases) in file.after {
            for phrase in phrases {
                self.modifiers_after.insert(&phrase, modifier);
            }
        }
        if let Some(compound) = file.compound {
            self.compound_counts
                .extend(compound.counts.iter().map(|w| w.trim().to_lowercase()));
        }
        if let Some(per) = file.per {
            self.per_nouns
                .extend(per.nouns.iter().map(|w| w.trim().to_lowercase()));
        }
        if let Some(score) = file.score {
            let lower = |w: &String| w.trim().to_lowercase();
            self.score_before.extend(score.before.iter().map(lower));
            self.score_after.extend(score.after.iter().map(lower));
        }
        if let Some(entry) = file.reconcile {
            self.reconcile.extend(entry);
        }
        if let Some(change) = file.change {
            for (words, direction) in [(change.up, Direction::Up), (change.down, Direction::Down)] {
                for phrase in words {
                    self.changes.insert(&phrase, direction);
                }
            }
        }
        if let Some(holder) = file.holder {
            self.holder_verbs
                .extend(holder.verbs.iter().map(|w| w.trim().to_lowercase()));
        }
        if let Some(entry) = file.numbers {
            self.numbers.extend(entry)?;
        }
        if let Some(entry) = file.sentences {
            self.sentences.extend(entry);
        }
        if let Some(entry) = file.grammar {
            self.grammar.extend(entry);
        }
        if let Some(entry) = file.calendar {
            self.calendar.extend(entry)?;
        }
        if let Some(entry) = file.claim {
            self.claim_words.extend(entry);
        }
        if let Some(entry) = file.time {
            self.time_words.extend(entry);
        }
        self.frame.extend(frame::FrameFile {
            events: file.events,
            counted: file.counted,
            actor: file.actor,
            place: file.place,
            source: file.source,
            institution: file.institution,
            attribution: file.attribution,
            hedges: file.hedges,
            revisions: file.revisions,
        })
    }

    /// The claim-frame tables: events, counted nouns, actors, places, sources, hedges.
    pub fn frame(&self) -> &FrameLexicon {
        &self.frame
    }

    /// The number words: cardinals, ordinals, fraction nouns, scales after digits.
    pub fn numbers(&self) -> &NumberWords {
        &self.numbers
    }

    /// The words the number grammar reads around a number: cues of years, counts,
    /// identifiers, the pronoun "one" and changes.
    pub fn grammar(&self) -> &GrammarWords {
        &self.grammar
    }

    /// The words the segmenter reads around a stop or a line break.
    pub fn sentences(&self) -> &SentenceWords {
        &self.sentences
    }

    /// The calendar words: month names and abbreviations, weekday names.
    pub fn calendar(&self) -> &CalendarWords {
        &self.calendar
    }

    /// The closed word classes the claim reader consults: determiners, prepositions, speaker
    /// heads, place nouns, time zones.
    pub fn claim_words(&self) -> &ClaimWords {
        &self.claim_words
    }

    /// The words the date scanner reads around calendar names and numbers: starters, the
    /// words before a month or a year, counted nouns.
    pub fn time_words(&self) -> &TimeWords {
        &self.time_words
    }

    /// What reconciliation reads: running counts, classes that meet, conversions, roles.
    pub fn reconciliation(&self) -> &reconcile::ReconcileLexicon {
        &self.reconcile
    }

    /// The unit with this code.
    pub fn unit(&self, code: &str) -> Option<&Unit> {
        self.unit_index.get(code).map(|&i| &self.units[i])
    }

    /// Every unit, in the order they were added.
    pub fn units(&self) -> &[Unit] {
        &self.units
    }

    /// The unit written right at token `i` after a number, by symbol (exact case) or name, the
    /// longest match; with the number of tokens it spans.
    pub fn unit_after(&self, text: &str, tokens: &[Token], i: usize) -> Option<(&Unit, usize)> {
        let by_symbol = self.unit_symbols.longest_at(text, tokens, i);
        let by_name = self.unit_names.longest_at(text, tokens, i);
        let best = match (by_symbol, by_name) {
            (Some(s), Some(n)) => Some(if n.1 > s.1 { n } else { s }),
            (s, n) => s.or(n),
        };
        best.map(|(u, n)| (&self.units[u], n))
    }

    /// The unit written at token `i` before a number (`$`, `US$`, `€`), with its token count.
    pub fn unit_before(&self, text: &str, tokens: &[Token], i: usize) -> Option<(&Unit, usize)> {
        self.unit_prefixes
            .longest_at(text, tokens, i)
            .map(|(u, n)| (&self.units[u], n))
    }

    /// Whether a modifier or a currency sign can start with this word (`lower` is its lowercase
    /// form, `raw` as written): the scanner's cheap test before any look-up.
    pub fn may_start_amount(&self, lower: &str, raw: &str) -> bool {
        self.modifiers_before.may_start_with(lower) || self.unit_prefixes.may_start_with(raw)
    }

    /// The modifier phrase that starts at token `i` (`more than`, `nearly`).
    pub fn modifier_at(&self, text: &str, tokens: &[Token], i: usize) -> Option<(Modifier, usize)> {
        self.modifiers_before.longest_at(text, tokens, i)
    }

    /// Whether `word` (lowercase), hyphenated after a number, makes the number a count of the
    /// people in what follows ("a 3,000-strong force", "a 500-member battalion", "a two-man
    /// crew") rather than a compound adjective that counts nothing ("a six-storey building").
    pub fn compound_counts(&self, word: &str) -> bool {
        self.compound_counts.contains(word)
    }

    /// Whether `word` (lowercase), written just before a pair like "3-1", makes it the score
    /// of a game ("won 3-1", "beat them 2-0").
    pub fn score_before(&self, word: &str) -> bool {
        self.score_before.contains(word)
    }

    /// Whether `word` (lowercase), written just after a pair like "3-1", makes it the score of
    /// a game ("a 3-1 win", "the 2-2 draw").
    pub fn score_after(&self, word: &str) -> bool {
        self.score_after.contains(word)
    }

    /// Whether `word` (lowercase) is a noun that a price is given per, not being a unit
    /// ("42 cents a share", "$30 per head").
    pub fn per_noun(&self, word: &str) -> bool {
        self.per_nouns.contains(word)
    }

    /// The word of a rise or a fall that starts at token `i` ("rose", "went up", "cut"), with
    /// its token count.
    pub fn change_at(&self, text: &str, tokens: &[Token], i: usize) -> Option<(Direction, usize)> {
        self.changes.longest_at(text, tokens, i)
    }

    /// Whether `word` (lowercase) is a verb whose subject holds the figure told after it ("the
    /// deficit reached $1.7 trillion", "the length is 12 metres").
    pub fn holder_verb(&self, word: &str) -> bool {
        self.holder_verbs.contains(word)
    }

    /// The modifier phrase written after a number, starting at token `i` (`or more`).
    pub fn modifier_after(
        &self,
        text: &str,
        tokens: &[Token],
        i: usize,
    ) -> Option<(Modifier, usize)> {
        self.modifiers_after.longest_at(text, tokens, i)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grammar_word_lists_load_and_extend() {
        let builtin = Lexicon::builtin();
        assert!(builtin.compound_counts("strong") && !builtin.compound_counts("storey"));
        assert!(builtin.per_noun("share") && !builtin.per_noun("building"));
        assert!(builtin.score_before("won") && builtin.score_after("victory"));
        assert!(builtin.unit("magnitude").unwrap().dimension == Dimension::Magnitude);
        let mut lexicon = builtin.clone();
        lexicon
            .extend_toml(concat!(
                "[compound]\ncounts = [\"Crew\"]\n",
                "[per]\nnouns = [\"seat\"]\n",
                "[score]\nafter = [\"rout\"]",
            ))
            .unwrap();
        assert!(lexicon.compound_counts("crew") && lexicon.compound_counts("strong"));
        assert!(lexicon.per_noun("seat") && lexicon.score_after("rout"));
        let err = lexicon.extend_toml("[per]\nnoun = [\"seat\"]").unwrap_err();
        assert!(err.to_string().contains("noun"), "{err}");
    }

    #[test]
    fn builtin_loads() {
        let lexicon = Lexicon::builtin();
        assert!(lexicon.unit("km2").is_some());
        assert_eq!(lexicon.unit("USD").unwrap().dimension, Dimension::Currency);
    }

    #[test]
    fn an_entry_with_no_word_is_an_error_naming_its_key() {
        let mut lexicon = Lexicon::empty();
        let err = lexicon
            .extend_toml("[events.kill]\nverbs = [\"slain\", \"  \"]")
            .unwrap_err();
        assert!(err.to_string().contains("events.kill.verbs[1]"), "{err}");
        let err = lexicon
            .extend_toml("[[unit]]\ncode = \"x\"\ndimension = \"length\"\nnames = [\"\"]")
            .unwrap_err();
        assert!(err.to_string().contains("unit[0].names[0]"), "{err}");
        assert!(lexicon
            .extend_toml("[events.kill]\nverbs = [\"slain\"]")
            .is_ok());
    }

    #[test]
    fn names_fold_case_symbols_do_not() {
        let lexicon = Lexicon::builtin();
        let text = "Square Kilometres MW mw";
        let toks = tokenize(text);
        assert_eq!(lexicon.unit_after(text, &toks, 0).unwrap().0.code, "km2");
        assert_eq!(lexicon.unit_after(text, &toks, 2).unwrap().0.code, "MW");
        assert!(lexicon.unit_after(text, &toks, 3).is_none());
    }

    #[test]
    fn longest_modifier_wins() {
        let lexicon = Lexicon::builtin();
        let text = "no more than 10";
        let toks = tokenize(text);
        assert_eq!(
            lexicon.modifier_at(text, &toks, 0),
            Some((Modifier::AtMost, 3))
        );
    }

    #[test]
    fn a_phrase_longer_than_sixteen_tokens_matches() {
        let mut table = PhraseTable::new(true);
        let phrase = ('a'..='t').map(String::from).collect::<Vec<_>>().join(" ");
        table.insert(&phrase, 7);
        table.insert("a b", 2);
        let text = format!("{phrase} then");
        let toks = tokenize(&text);
        assert_eq!(table.longest_at(&text, &toks, 0), Some((7, 20)));
        let cut = "a b c";
        assert_eq!(table.longest_at(cut, &tokenize(cut), 0), Some((2, 2)));
    }

    #[test]
    fn many_units_load_in_linear_time_and_merge_by_code() {
        use std::fmt::Write;
        let mut toml = String::new();
        for i in 0..20_000 {
            writeln!(
                toml,
                "[[unit]]\ncode = \"u{i}\"\ndimension = \"other\"\nnames = [\"unit number {i}\"]"
            )
            .unwrap();
        }
        toml.push_str("[[unit]]\ncode = \"u7\"\ndimension = \"other\"\nnames = [\"seventh\"]\n");
        let mut lexicon = Lexicon::empty();
        lexicon.extend_toml(&toml).unwrap();
        assert_eq!(lexicon.units().len(), 20_000);
        assert_eq!(
            lexicon.unit("u7").unwrap().names,
            ["unit number 7", "seventh"]
        );
    }

    #[test]
    fn bad_toml_is_an_error_not_a_panic() {
        let mut lexicon = Lexicon::empty();
        assert!(lexicon.extend_toml("[[unit]]\ncode = 5").is_err());
        assert!(lexicon
            .extend_toml("[[unit]]\ncode = ''\ndimension = 'length'")
            .is_err());
        assert!(lexicon.extend_toml("[before]\nsideways = ['x']").is_err());
    }
}
