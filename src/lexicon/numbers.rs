//! The number words of a language, read from `numbers.toml`: cardinals, ordinals, fraction
//! nouns and the scales written after digits.
//!
//! They are a closed class of English, but still data: written once, in one file, so that the
//! grammar holds no list of words and a user lexicon (or a second language) adds its own with
//! the same tables. The quantity grammar asks these tables what a word is worth; how words
//! combine ("a hundred and one", "twenty-first", "three quarters") stays in the grammar.
//! Knows nothing of sentences, claims or time.
//!
//! ```
//! use crosscheck::lexicon::{CardinalWord, Lexicon};
//! let mut lexicon = Lexicon::builtin().clone();
//! assert_eq!(lexicon.numbers().cardinal("fourscore"), None);
//! lexicon.extend_toml("[numbers.tens]\nfourscore = 80").unwrap();
//! assert_eq!(lexicon.numbers().cardinal("fourscore"), Some(CardinalWord::Tens(80.0)));
//! assert_eq!(lexicon.numbers().ordinal("fifths"), Some((5.0, true)));
//! ```

use std::collections::HashMap;

use rustc_hash::FxHashMap;
use serde::Deserialize;

use crate::error::{Error, Result};

/// What a cardinal word contributes to a number.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum CardinalWord {
    /// zero … nine.
    Unit(f64),
    /// ten … nineteen.
    Teen(f64),
    /// twenty, thirty … ninety.
    Tens(f64),
    /// hundred.
    Hundred,
    /// thousand, million, billion, trillion, lakh, crore.
    Scale(f64),
    /// dozen (twelve, multiplies what comes before).
    Dozen,
}

/// Everything one lowercase word is as a number word: one look-up answers every question the
/// scanner asks of a word.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
struct NumberWord {
    cardinal: Option<CardinalWord>,
    /// (value, plural): `third` → (3, false), `fifths` → (5, true).
    ordinal: Option<(f64, bool)>,
    /// (denominator, plural): `half` → (2, false), `quarters` → (4, true).
    fraction_noun: Option<(f64, bool)>,
    /// A plural of "dozen".
    dozen_plural: bool,
}

/// The `[numbers]` table of a lexicon file.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct NumbersEntry {
    #[serde(default)]
    units: HashMap<String, f64>,
    #[serde(default)]
    teens: HashMap<String, f64>,
    #[serde(default)]
    tens: HashMap<String, f64>,
    #[serde(default)]
    hundreds: Vec<String>,
    #[serde(default)]
    scales: HashMap<String, f64>,
    #[serde(default)]
    dozens: Vec<String>,
    #[serde(default)]
    dozen_plurals: Vec<String>,
    #[serde(default)]
    ordinals: HashMap<String, f64>,
    #[serde(default)]
    fraction_nouns: HashMap<String, f64>,
    #[serde(default)]
    fraction_noun_plurals: HashMap<String, f64>,
    #[serde(default)]
    scale_suffixes: HashMap<String, f64>,
    #[serde(default)]
    currency_scale_suffixes: HashMap<String, f64>,
}

/// The number-word tables of a lexicon.
#[derive(Clone, Debug, Default)]
pub struct NumberWords {
    // Fx hashing: the scanner looks up most words of a number's surroundings
    words: FxHashMap<String, NumberWord>,
    scale_suffixes: FxHashMap<String, f64>,
    currency_scale_suffixes: FxHashMap<String, f64>,
    /// Words added after the built-in file, for the scanner's prefilter to let through.
    added: Vec<String>,
    /// Whether words added from now on are a user's (the built-in file is loaded first).
    sealed: bool,
}

impl NumberWords {
    /// The cardinal word `w` (lowercase), if it is one.
    pub fn cardinal(&self, w: &str) -> Option<CardinalWord> {
        self.words.get(w).and_then(|e| e.cardinal)
    }

    /// The ordinal word `w` (lowercase) as (value, plural): `third` → (3, false), `fifths` →
    /// (5, true).
    pub fn ordinal(&self, w: &str) -> Option<(f64, bool)> {
        self.words.get(w).and_then(|e| e.ordinal)
    }

    /// A denominator that is not an ordinal (`half`, `quarters`) as (denominator, plural).
    pub fn fraction_noun(&self, w: &str) -> Option<(f64, bool)> {
        self.words.get(w).and_then(|e| e.fraction_noun)
    }

    /// Whether `w` (lowercase) is a plural of "dozen" ("dozens", "dzs").
    pub fn dozen_plural(&self, w: &str) -> bool {
        self.words.get(w).is_some_and(|e| e.dozen_plural)
    }

    /// A multiplier written in one word (lowercase): `threefold` → 3, `tenfold` → 10,
    /// `hundredfold` → 100, `twentyfold` → 20.
    pub fn multiplier(&self, w: &str) -> Option<f64> {
        match self.cardinal(w.strip_suffix("fold")?)? {
            CardinalWord::Unit(v) | CardinalWord::Teen(v) | CardinalWord::Tens(v) if v >= 2.0 => {
                Some(v)
            }
            CardinalWord::Hundred => Some(100.0),
            CardinalWord::Scale(v) => Some(v),
            _ => None,
        }
    }

    /// Whether `w` (lowercase) is a number word that a number phrase can open or continue
    /// with: a cardinal, a one-word multiplier, an ordinal or a fraction noun. One look-up (two
    /// for a word ending in "fold"): the scanner asks it of most words near a number.
    pub fn is_number_word(&self, w: &str) -> bool {
        self.words.get(w).is_some_and(|e| {
            e.cardinal.is_some() || e.ordinal.is_some() || e.fraction_noun.is_some()
        }) || self.multiplier(w).is_some()
    }

    /// A scale written right after digits, matched exactly as written: `10k`, `1.5bn`,
    /// `5 mln`; `m` (lowercase) and `T` are scales only after a currency (`£1m`; elsewhere
    /// `m` is a metre).
    pub fn scale_suffix(&self, s: &str, after_currency: bool) -> Option<f64> {
        if after_currency {
            if let Some(&v) = self.currency_scale_suffixes.get(s) {
                return Some(v);
            }
        }
        self.scale_suffixes.get(s).copied()
    }

    /// Every number word (lowercase): cardinals, ordinals and their plurals, fraction nouns,
    /// plurals of "dozen"; not the scale suffixes.
    pub fn words(&self) -> impl Iterator<Item = &str> {
        self.words.keys().map(String::as_str)
    }

    /// The words added after the built-in file (a user's), lowercase.
    pub fn added(&self) -> &[String] {
        &self.added
    }

    /// No word yet, and every word added from now on a user's.
    pub(crate) fn sealed() -> NumberWords {
        NumberWords {
            sealed: true,
            ..NumberWords::default()
        }
    }

    /// Mark the words so far as the built-in ones.
    pub(crate) fn seal(&mut self) {
        self.sealed = true;
        self.added.clear();
    }

    /// Add the words of a `[numbers]` table; a word given again takes its new value.
    pub(crate) fn extend(&mut self, entry: NumbersEntry) -> Result<()> {
        let key = |w: &str, table: &str| -> Result<String> {
            let w = w.trim();
            if w.is_empty() {
                return Err(Error::lexicon(
                    "numbers",
                    format!("[numbers.{table}] has an empty word"),
                ));
            }
            Ok(w.to_lowercase())
        };
        let value = |v: f64, w: &str, table: &str| -> Result<f64> {
            if v.is_finite() && v >= 0.0 {
                Ok(v)
            } else {
                Err(Error::lexicon(
                    "numbers",
                    format!("[numbers.{table}] {w} = {v} is not a finite number of at least 0"),
                ))
            }
        };
        let cardinals = [
            (
                entry.units,
                "units",
                CardinalWord::Unit as fn(f64) -> CardinalWord,
            ),
            (entry.teens, "teens", CardinalWord::Teen),
            (entry.tens, "tens", CardinalWord::Tens),
            (entry.scales, "scales", CardinalWord::Scale),
        ];
        for (table, name, kind) in cardinals {
            for (w, v) in table {
                let v = value(v, &w, name)?;
                self.word(key(&w, name)?).cardinal = Some(kind(v));
            }
        }
        for w in entry.hundreds {
            self.word(key(&w, "hundreds")?).cardinal = Some(CardinalWord::Hundred);
        }
        for w in entry.dozens {
            self.word(key(&w, "dozens")?).cardinal = Some(CardinalWord::Dozen);
        }
        for w in entry.dozen_plurals {
            self.word(key(&w, "dozen_plurals")?).dozen_plural = true;
        }
        for (w, v) in entry.ordinals {
            let v = value(v, &w, "ordinals")?;
            let w = key(&w, "ordinals")?;
            // the plural of an ordinal is read as the grammar always read it: an "s" after a
            // stem ending "th", "st", "nd" or "rd" ("fifths", "thirds", "seconds")
            if w.ends_with("th") || w.ends_with("st") || w.ends_with("nd") || w.ends_with("rd") {
                self.word(format!("{w}s")).ordinal = Some((v, true));
            }
            self.word(w).ordinal = Some((v, false));
        }
        for (w, v) in entry.fraction_nouns {
            let v = value(v, &w, "fraction_nouns")?;
            self.word(key(&w, "fraction_nouns")?).fraction_noun = Some((v, false));
        }
        for (w, v) in entry.fraction_noun_plurals {
            let v = value(v, &w, "fraction_noun_plurals")?;
            self.word(key(&w, "fraction_noun_plurals")?).fraction_noun = Some((v, true));
        }
        for (table, name, into) in [
            (
                entry.scale_suffixes,
                "scale_suffixes",
                &mut self.scale_suffixes,
            ),
            (
                entry.currency_scale_suffixes,
                "currency_scale_suffixes",
                &mut self.currency_scale_suffixes,
            ),
        ] {
            for (s, v) in table {
                let v = value(v, &s, name)?;
                if s.trim().is_empty() || s.trim() != s {
                    return Err(Error::lexicon(
                        "numbers",
                        format!("[numbers.{name}] has the suffix {s:?}: write it as it is written after digits"),
                    ));
                }
                into.insert(s, v);
            }
        }
        Ok(())
    }

    /// The entry of `w`, made when new; a user's new word is remembered for the prefilter.
    fn word(&mut self, w: String) -> &mut NumberWord {
        if self.sealed && !self.words.contains_key(&w) {
            self.added.push(w.clone());
        }
        self.words.entry(w).or_default()
    }
}

#[cfg(test)]
mod tests {
    use crate::lexicon::Lexicon;

    #[test]
    fn ordinals_and_plurals() {
        let n = Lexicon::builtin().numbers();
        assert_eq!(n.ordinal("third"), Some((3.0, false)));
        assert_eq!(n.ordinal("fifths"), Some((5.0, true)));
        assert_eq!(n.ordinal("firsts"), Some((1.0, true)));
        assert_eq!(n.ordinal("thirds"), Some((3.0, true)));
        assert_eq!(n.ordinal("hundredths"), Some((100.0, true)));
        assert_eq!(n.ordinal("fist"), None);
    }

    #[test]
    fn multipliers_in_one_word() {
        let n = Lexicon::builtin().numbers();
        assert_eq!(n.multiplier("threefold"), Some(3.0));
        assert_eq!(n.multiplier("tenfold"), Some(10.0));
        assert_eq!(n.multiplier("hundredfold"), Some(100.0));
        assert_eq!(n.multiplier("onefold"), None);
        assert_eq!(n.multiplier("manifold"), None);
        assert_eq!(n.multiplier("fold"), None);
    }

    #[test]
    fn m_is_a_million_only_after_money() {
        let n = Lexicon::builtin().numbers();
        assert_eq!(n.scale_suffix("m", true), Some(1e6));
        assert_eq!(n.scale_suffix("m", false), None);
        assert_eq!(n.scale_suffix("M", false), Some(1e6));
    }

    #[test]
    fn the_builtin_words_are_not_a_users() {
        let mut lexicon = Lexicon::builtin().clone();
        assert!(lexicon.numbers().added().is_empty());
        lexicon
            .extend_toml("[numbers.tens]\nFourscore = 80\nforty = 40")
            .unwrap();
        assert_eq!(lexicon.numbers().added(), ["fourscore"]);
    }

    #[test]
    fn a_bad_entry_is_an_error_naming_its_table() {
        let mut lexicon = Lexicon::builtin().clone();
        let err = lexicon
            .extend_toml("[numbers.units]\n\" \" = 3")
            .unwrap_err();
        assert!(err.to_string().contains("numbers"), "{err}");
        let err = lexicon
            .extend_toml("[numbers.scales]\ngazillion = -1")
            .unwrap_err();
        assert!(err.to_string().contains("numbers.scales"), "{err}");
        assert!(lexicon.extend_toml("[numbers.tenz]\nx = 1").is_err());
    }
}
