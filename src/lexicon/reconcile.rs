//! The words and tables reconciliation reads (`reconcile.toml`): counts that run over time,
//! classes that meet, degrees of a count, unit conversions, spokesperson roles and the
//! capitalised words that name no story. Data, so that a user's lexicon can extend every list.

use std::collections::HashMap;

use serde::Deserialize;

/// One unit conversion: `unit` is `factor` times `to`.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Conversion {
    /// The unit converted.
    pub unit: String,
    /// The base unit it is compared in.
    pub to: String,
    /// How many base units one `unit` is.
    pub factor: f64,
}

/// The `[reconcile]` table of a lexicon file, as written.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct ReconcileEntry {
    #[serde(default)]
    running: Vec<String>,
    #[serde(default)]
    lowered: Vec<String>,
    #[serde(default)]
    generic: Vec<String>,
    #[serde(default)]
    meet: Vec<Vec<String>>,
    #[serde(default)]
    roles: Vec<String>,
    #[serde(default)]
    organisation_words: Vec<String>,
    #[serde(default)]
    story_stop: Vec<String>,
    #[serde(default)]
    degrees: Vec<Vec<String>>,
    #[serde(default)]
    conversion: Vec<Conversion>,
}

/// What reconciliation reads from the lexicon.
#[derive(Clone, Debug, Default)]
pub struct ReconcileLexicon {
    /// Events whose counts run over time.
    pub running: Vec<String>,
    /// Words of a figure corrected downwards (lowercase).
    pub lowered: Vec<String>,
    /// Generic people classes.
    pub generic: Vec<String>,
    /// Lists of classes that may count one thing.
    pub meet: Vec<Vec<String>>,
    /// Words of a spokesperson's role (lowercase).
    pub roles: Vec<String>,
    /// Words that make a source an organisation (lowercase).
    pub organisation_words: Vec<String>,
    /// Capitalised words that name no story, as written.
    pub story_stop: Vec<String>,
    /// Lists of words that tell a count as a part of its kind by degree ("seriously",
    /// "critically" injured; "slightly" injured), each list one degree (lowercase).
    pub degrees: Vec<Vec<String>>,
    conversions: HashMap<String, Conversion>,
}

impl ReconcileLexicon {
    pub(super) fn extend(&mut self, entry: ReconcileEntry) {
        let lower = |v: Vec<String>| v.into_iter().map(|w| w.to_lowercase());
        self.running.extend(entry.running);
        self.lowered.extend(lower(entry.lowered));
        self.generic.extend(entry.generic);
        self.meet.extend(entry.meet);
        self.roles.extend(lower(entry.roles));
        self.organisation_words
            .extend(lower(entry.organisation_words));
        self.story_stop.extend(entry.story_stop);
        self.degrees
            .extend(entry.degrees.into_iter().map(|d| lower(d).collect()));
        for c in entry.conversion {
            self.conversions.insert(c.unit.clone(), c);
        }
    }

    /// Whether counts of this event run over time.
    pub fn runs_over_time(&self, event: &str) -> bool {
        self.running.iter().any(|e| e == event)
    }

    /// The base unit of `unit` and the factor to it (the unit itself and 1 when none).
    pub fn base_unit<'a>(&'a self, unit: &'a str) -> (&'a str, f64) {
        match self.conversions.get(unit) {
            Some(c) => (c.to.as_str(), c.factor),
            None => (unit, 1.0),
        }
    }
}
