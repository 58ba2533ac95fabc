//! The lexicons of claim frames: events, counted nouns, actors, places, sources, institutions,
//! attribution and hedges.
//!
//! Each is a data file of this folder (`events.toml`, `counted.toml`, `actors.toml`,
//! `places.toml`, `sources.toml`, `institutions.toml`, `attribution.toml`), and a user adds
//! entries with TOML of the same shape. The claim extractor asks questions of these tables
//! ("which event does the phrase at this token name?", "which party is `Ankara`?") and holds
//! no word list of its own.

use std::collections::HashMap;

use rustc_hash::FxHashMap;
use serde::Deserialize;

use super::PhraseTable;
use crate::error::{Error, Result};
use crate::text::token::Token;

/// The event taxonomy of DESIGN.md, open to classes of a user's lexicon (`[events.protest]`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[allow(missing_docs)]
pub enum EventKind {
    Kill,
    Injure,
    Displace,
    Host,
    Deploy,
    Destroy,
    Attack,
    Capture,
    Surround,
    Arrest,
    Abduct,
    Release,
    Gather,
    Population,
    Measure,
    Other,
    /// A class a user's lexicon adds, by its name (interned once per name for the process).
    Custom(&'static str),
}

/// The classes of the documented taxonomy, in the order of DESIGN.md.
const BUILTIN_EVENTS: &[EventKind] = &[
    EventKind::Kill,
    EventKind::Injure,
    EventKind::Displace,
    EventKind::Host,
    EventKind::Deploy,
    EventKind::Destroy,
    EventKind::Attack,
    EventKind::Capture,
    EventKind::Surround,
    EventKind::Arrest,
    EventKind::Abduct,
    EventKind::Release,
    EventKind::Gather,
    EventKind::Population,
    EventKind::Measure,
    EventKind::Other,
];

impl EventKind {
    /// The name in the `event` column.
    pub fn as_str(self) -> &'static str {
        match self {
            EventKind::Kill => "kill",
            EventKind::Injure => "injure",
            EventKind::Displace => "displace",
            EventKind::Host => "host",
            EventKind::Deploy => "deploy",
            EventKind::Destroy => "destroy",
            EventKind::Attack => "attack",
            EventKind::Capture => "capture",
            EventKind::Surround => "surround",
            EventKind::Arrest => "arrest",
            EventKind::Abduct => "abduct",
            EventKind::Release => "release",
            EventKind::Gather => "gather",
            EventKind::Population => "population",
            EventKind::Measure => "measure",
            EventKind::Other => "other",
            EventKind::Custom(name) => name,
        }
    }

    /// The class named `name`: one of the taxonomy, else a user's class. A user's class name
    /// is lowercase ASCII letters, digits and `_`, starting with a letter, at most 32 bytes.
    pub fn from_name(name: &str) -> Result<EventKind> {
        if let Some(k) = BUILTIN_EVENTS.iter().find(|k| k.as_str() == name) {
            return Ok(*k);
        }
        let valid = !name.is_empty()
            && name.len() <= 32
            && name.starts_with(|c: char| c.is_ascii_lowercase())
            && name
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
        if !valid {
            return Err(Error::lexicon(
                "events",
                format!(
                    "event class {name:?}: a class name is lowercase ASCII letters, digits \
                     and '_', starting with a letter, at most 32 bytes"
                ),
            ));
        }
        Ok(EventKind::Custom(intern_event_name(name)))
    }

    /// Whether the class comes from a user's lexicon rather than the documented taxonomy.
    pub fn is_user_class(self) -> bool {
        matches!(self, EventKind::Custom(_))
    }
}

/// The names of users' event classes, each leaked once for the life of the process so that
/// [`EventKind`] stays `Copy`: a lexicon names a handful of classes, and the set is bounded
/// by the distinct names ever loaded.
fn intern_event_name(name: &str) -> &'static str {
    use std::collections::HashSet;
    use std::sync::{Mutex, OnceLock};
    static NAMES: OnceLock<Mutex<HashSet<&'static str>>> = OnceLock::new();
    let mut names = NAMES
        .get_or_init(|| Mutex::new(HashSet::new()))
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if let Some(n) = names.get(name) {
        return n;
    }
    let leaked: &'static str = Box::leak(name.to_owned().into_boxed_str());
    names.insert(leaked);
    leaked
}

impl<'de> Deserialize<'de> for EventKind {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        let name = String::deserialize(d)?;
        EventKind::from_name(&name).map_err(serde::de::Error::custom)
    }
}

/// How a word of the event lexicon names its event.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EventWord {
    /// A verb form (`killed`, `have fled`, `taken in`).
    Verb(EventKind),
    /// A noun naming the event (`deaths`, `death toll`, `strikes`).
    Noun(EventKind),
}

impl EventWord {
    /// The event named.
    pub fn kind(self) -> EventKind {
        match self {
            EventWord::Verb(k) | EventWord::Noun(k) => k,
        }
    }
}

/// A class of counted things (`soldier`, `refugee`, `tank`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CountedClass {
    /// The class name, as in the `what` column.
    pub name: String,
    /// Classes of one family may refer to the same people or things.
    pub family: String,
}

/// A party: a country, an armed group or an organisation.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Actor {
    /// Canonical name, as in the `side` column.
    pub name: String,
    /// `country`, `group` or `organisation`.
    #[serde(default)]
    pub kind: String,
    /// Proper names, case-sensitive.
    #[serde(default)]
    pub names: Vec<String>,
    /// Demonym adjectives (`Turkish`).
    #[serde(default)]
    pub adjectives: Vec<String>,
    /// Demonym nouns (`Turks`).
    #[serde(default)]
    pub people: Vec<String>,
    /// Capitals and seats of government used for the state (`Ankara`).
    #[serde(default)]
    pub metonyms: Vec<String>,
    /// Leaders and officials.
    #[serde(default)]
    pub leaders: Vec<String>,
    /// Armed forces and services belonging to the party.
    #[serde(default)]
    pub forces: Vec<String>,
    /// Parties it fights for or alongside, whose people its attacks do not target (Hamas:
    /// Palestine): the victims of its attacks belong to another party of the story.
    #[serde(default)]
    pub aligned: Vec<String>,
    /// Its adversary in the war it is known for, when there is exactly one (Israel:
    /// Palestine; Russia: Ukraine): whose people its attacks kill when a report names no
    /// other party.
    #[serde(default)]
    pub opponents: Vec<String>,
}

/// How a phrase refers to an actor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ActorTerm {
    /// Its proper name.
    Name,
    /// A demonym adjective.
    Adjective,
    /// A demonym noun for its people.
    People,
    /// Its capital or seat of government.
    Metonym,
    /// One of its leaders.
    Leader,
    /// One of its armed forces.
    Force,
}

/// A place of the gazetteer.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Place {
    /// Canonical name.
    pub name: String,
    /// The country (an actor name) it is in.
    #[serde(default)]
    pub country: String,
    /// `country`, `capital`, `region`, `city` or `town`.
    #[serde(default)]
    pub kind: String,
    /// Other spellings.
    #[serde(default)]
    pub aliases: Vec<String>,
}

/// A named source of claims, with its aliases.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Canonical name, as in the `source` column.
    pub name: String,
    /// The party it speaks for (for the independence of voices).
    #[serde(default)]
    pub party: String,
    /// `government`, `military`, `state_media`, `monitor`, `ngo`, `un`, `agency`, `media`…
    #[serde(default)]
    pub kind: String,
    /// Other ways of writing it, without a leading "the".
    #[serde(default)]
    pub aliases: Vec<String>,
}

/// A national institution, named with the party it belongs to.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Institution {
    /// Canonical name, after the party's adjective.
    pub name: String,
    /// How news writes it.
    #[serde(default)]
    pub heads: Vec<String>,
    /// Whether it is a person.
    #[serde(default)]
    pub person: bool,
    /// Whether only a country has one ("state television"): named with no party, it is
    /// the country of the place the report is about.
    #[serde(default)]
    pub national: bool,
    /// Whether, named with no party and no place of its own ("officials said", "the
    /// authorities"), it is the country's of the place the report is about; a place named
    /// with it ("officials in Tigray", "local officials") keeps it that place's.
    #[serde(default)]
    pub national_unqualified: bool,
}

/// What an attribution phrase does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AttributionWord {
    /// A reporting verb; `doubting` when it doubts by itself (`claimed`).
    Verb {
        /// Whether the verb puts the claim in doubt.
        doubting: bool,
        /// Whether the verb's object is the one addressed ("told AFP"), so that the verb
        /// never stands before its subject as "said" does ("…, said the ministry").
        addressed: bool,
    },
    /// `according to`, `citing`: the source follows.
    According,
    /// `quoted`: in "X quoted Y as saying", Y is the source.
    Quoting,
    /// `speaking`: opening a sentence ("Speaking by phone from Gaza, Mr Ging …"), the
    /// subject of the clause after its comma is the source.
    Participle,
}

/// What a hedge phrase does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HedgeWord {
    /// Doubts the claims of its sentence.
    Hedge,
    /// The reporter's disclaimer: doubts the sentence before too.
    Disclaimer,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub(super) struct EventEntry {
    #[serde(default)]
    verbs: Vec<String>,
    #[serde(default)]
    nouns: Vec<String>,
    /// Phrases around this class's words that name no event of it ("on strike", "hunger
    /// strike"): a word they cover is no event word.
    #[serde(default)]
    not: Vec<String>,
    /// Verbs whose counted thing is their subject ("three towns fell to the rebels"): a
    /// number after them is no count of the event ("sales fell to 2,145 vehicles").
    #[serde(default)]
    subject_verbs: Vec<String>,
    /// Phrases that make an amount of money in their clause the figure of this event ("stole
    /// gems worth 85 million euros", "a $35,000 reward"), not a measurement.
    #[serde(default)]
    money: Vec<String>,
    /// Nouns that do so only right by the amount ("a $10,000 fine", "bail of $5,000"): apart
    /// from it they mean something else ("the fine reporter").
    #[serde(default)]
    money_nouns: Vec<String>,
    /// Verbs that name this event only with one of their counted nouns ("took nearly 200
    /// hostages", "four bombs were dropped"): apart from them they name none ("took 3%").
    #[serde(default)]
    with: Vec<CollocationEntry>,
}

/// Verbs that name an event only with one of a few counted nouns.
#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub(super) struct CollocationEntry {
    #[serde(default)]
    nouns: Vec<String>,
    #[serde(default)]
    verbs: Vec<String>,
}

/// Verbs that name an event only with one of a few counted nouns, as loaded.
#[derive(Clone, Debug)]
struct Collocation {
    event: EventKind,
    nouns: PhraseTable<()>,
    verbs: PhraseTable<()>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub(super) struct CountedEntry {
    #[serde(default)]
    family: String,
    #[serde(default)]
    nouns: Vec<String>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub(super) struct AttributionEntry {
    #[serde(default)]
    verbs: Vec<String>,
    #[serde(default)]
    doubting: Vec<String>,
    #[serde(default)]
    according: Vec<String>,
    #[serde(default)]
    quoting: Vec<String>,
    #[serde(default)]
    addressed: Vec<String>,
    #[serde(default)]
    participles: Vec<String>,
}

/// The words of revised figures, as loaded.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RevisionWords {
    /// Words of a figure that updates an earlier one ("risen to").
    #[serde(default)]
    pub later: Vec<String>,
    /// Words of a figure that a later one replaces ("initially").
    #[serde(default)]
    pub earlier: Vec<String>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub(super) struct HedgeEntry {
    #[serde(default)]
    phrases: Vec<String>,
    #[serde(default)]
    disclaimers: Vec<String>,
}

/// The part of a lexicon file that concerns claim frames.
#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub(super) struct FrameFile {
    #[serde(default)]
    pub(super) events: HashMap<EventKind, EventEntry>,
    #[serde(default)]
    pub(super) counted: HashMap<String, CountedEntry>,
    #[serde(default)]
    pub(super) actor: Vec<Actor>,
    #[serde(default)]
    pub(super) place: Vec<Place>,
    #[serde(default)]
    pub(super) source: Vec<Source>,
    #[serde(default)]
    pub(super) institution: Vec<Institution>,
    #[serde(default)]
    pub(super) attribution: Option<AttributionEntry>,
    #[serde(default)]
    pub(super) hedges: Option<HedgeEntry>,
    #[serde(default)]
    pub(super) revisions: Option<RevisionWords>,
}

/// The claim-frame tables of a [`Lexicon`](super::Lexicon).
#[derive(Clone, Debug)]
pub struct FrameLexicon {
    events: PhraseTable<EventWord>,
    not_events: PhraseTable<()>,
    subject_verbs: PhraseTable<()>,
    money_events: PhraseTable<EventKind>,
    money_nouns: PhraseTable<EventKind>,
    collocations: Vec<Collocation>,
    classes: Vec<CountedClass>,
    // name -> position, so that a file of many entries loads in linear time
    class_index: FxHashMap<String, usize>,
    counted: PhraseTable<usize>,
    actors: Vec<Actor>,
    actor_index: FxHashMap<String, usize>,
    actor_terms: PhraseTable<(usize, ActorTerm)>,
    places: Vec<Place>,
    place_names: PhraseTable<usize>,
    sources: Vec<Source>,
    source_index: FxHashMap<String, usize>,
    source_names: PhraseTable<usize>,
    institutions: Vec<Institution>,
    institution_heads: PhraseTable<usize>,
    attribution: PhraseTable<AttributionWord>,
    hedges: PhraseTable<HedgeWord>,
    revisions: RevisionWords,
}

/// Fold a source name for comparison: lowercase, `’` as `'`, British spellings as American.
pub fn fold_name(name: &str) -> String {
    let lower = name.trim().to_lowercase().replace(['’', '‘'], "'");
    let lower = lower.strip_prefix("the ").unwrap_or(&lower).to_owned();
    lower
        .replace("defence", "defense")
        .replace("organisation", "organization")
        .replace("programme", "program")
}

impl FrameLexicon {
    pub(super) fn empty() -> FrameLexicon {
        FrameLexicon {
            events: PhraseTable::new(true),
            not_events: PhraseTable::new(true),
            subject_verbs: PhraseTable::new(true),
            money_events: PhraseTable::new(true),
            money_nouns: PhraseTable::new(true),
            collocations: Vec::new(),
            classes: Vec::new(),
            class_index: FxHashMap::default(),
            counted: PhraseTable::new(true),
            actors: Vec::new(),
            actor_index: FxHashMap::default(),
            actor_terms: PhraseTable::new(false),
            places: Vec::new(),
            place_names: PhraseTable::new(false),
            sources: Vec::new(),
            source_index: FxHashMap::default(),
            source_names: PhraseTable::new(true),
            institutions: Vec::new(),
            institution_heads: PhraseTable::new(true),
            attribution: PhraseTable::new(true),
            hedges: PhraseTable::new(true),
            revisions: RevisionWords::default(),
        }
    }

    pub(super) fn extend(&mut self, file: FrameFile) -> Result<()> {
        // sorted, so that a phrase listed twice resolves the same way on every run
        let mut events: Vec<_> = file.events.into_iter().collect();
        events.sort_by_key(|(k, _)| k.as_str());
        for (kind, entry) in events {
            for verb in entry.verbs {
                self.events.insert(&verb, EventWord::Verb(kind));
            }
            for noun in entry.nouns {
                self.events.insert(&noun, EventWord::Noun(kind));
            }
            for phrase in entry.not {
                self.not_events.insert(&phrase, ());
            }
            for verb in entry.subject_verbs {
                self.events.insert(&verb, EventWord::Verb(kind));
                self.subject_verbs.insert(&verb, ());
            }
            for phrase in entry.money {
                self.money_events.insert(&phrase, kind);
            }
            for noun in entry.money_nouns {
                self.money_nouns.insert(&noun, kind);
            }
            for group in entry.with {
                let mut collocation = Collocation {
                    event: kind,
                    nouns: PhraseTable::new(true),
                    verbs: PhraseTable::new(true),
                };
                for noun in group.nouns {
                    collocation.nouns.insert(&noun, ());
                }
                for verb in group.verbs {
                    collocation.verbs.insert(&verb, ());
                }
                self.collocations.push(collocation);
            }
        }
        let mut counted: Vec<_> = file.counted.into_iter().collect();
        counted.sort_by(|a, b| a.0.cmp(&b.0));
        for (name, entry) in counted {
            if name.trim().is_empty() {
                return Err(Error::lexicon("counted", "a class has an empty name"));
            }
            let index = match self.class_index.get(&name) {
                Some(&i) => i,
                None => {
                    self.class_index.insert(name.clone(), self.classes.len());
                    self.classes.push(CountedClass {
                        name: name.clone(),
                        family: if entry.family.is_empty() {
                            name.clone()
                        } else {
                            entry.family.clone()
                        },
                    });
                    self.classes.len() - 1
                }
            };
            for noun in entry.nouns {
                self.counted.insert(&noun, index);
            }
        }
        for actor in file.actor {
            if actor.name.trim().is_empty() {
                return Err(Error::lexicon("actors", "an actor has an empty name"));
            }
            let index = match self.actor_index.get(&actor.name) {
                Some(&i) => {
                    let known = &mut self.actors[i];
                    known.names.extend(actor.names.iter().cloned());
                    known.adjectives.extend(actor.adjectives.iter().cloned());
                    known.people.extend(actor.people.iter().cloned());
                    known.metonyms.extend(actor.metonyms.iter().cloned());
                    known.leaders.extend(actor.leaders.iter().cloned());
                    known.forces.extend(actor.forces.iter().cloned());
                    i
                }
                None => {
                    self.actor_index
                        .insert(actor.name.clone(), self.actors.len());
                    self.actors.push(actor.clone());
                    self.actors.len() - 1
                }
            };
            let terms = [
                (&actor.leaders, ActorTerm::Leader),
                (&actor.forces, ActorTerm::Force),
                (&actor.metonyms, ActorTerm::Metonym),
                (&actor.people, ActorTerm::People),
                (&actor.adjectives, ActorTerm::Adjective),
                (&actor.names, ActorTerm::Name),
            ];
            self.actor_terms
                .insert(&actor.name, (index, ActorTerm::Name));
            for (list, term) in terms {
                for phrase in list {
                    self.actor_terms.insert(phrase, (index, term));
                }
            }
        }
        for place in file.place {
            if place.name.trim().is_empty() {
                return Err(Error::lexicon("places", "a place has an empty name"));
            }
            let index = self.places.len();
            self.place_names.insert(&place.name, index);
            for alias in &place.aliases {
                self.place_names.insert(alias, index);
            }
            self.places.push(place);
        }
        for source in file.source {
            if source.name.trim().is_empty() {
                return Err(Error::lexicon("sources", "a source has an empty name"));
            }
            let index = match self.source_index.get(&source.name) {
                Some(&i) => {
                    self.sources[i]
                        .aliases
                        .extend(source.aliases.iter().cloned());
                    i
                }
                None => {
                    self.source_index
                        .insert(source.name.clone(), self.sources.len());
                    self.sources.push(source.clone());
                    self.sources.len() - 1
                }
            };
            for name in std::iter::once(&source.name).chain(&source.aliases) {
                self.source_names.insert(name, index);
                let folded = fold_name(name);
                self.source_names.insert(&folded, index);
                for (a, b) in [("defense", "defence"), ("organization", "organisation")] {
                    if folded.contains(a) {
                        self.source_names.insert(&folded.replace(a, b), index);
                    }
                }
            }
        }
        for institution in file.institution {
            let index = self.institutions.len();
            for head in &institution.heads {
                self.institution_heads.insert(head, index);
                self.institution_heads.insert(&fold_name(head), index);
                // news writes both spellings; the data lists one
                for (a, b) in [("defense", "defence"), ("organization", "organisation")] {
                    if head.contains(a) {
                        self.institution_heads.insert(&head.replace(a, b), index);
                    }
                }
            }
            self.institutions.push(institution);
        }
        if let Some(a) = file.attribution {
            for v in a.verbs {
                self.attribution.insert(
                    &v,
                    AttributionWord::Verb {
                        doubting: false,
                        addressed: false,
                    },
                );
            }
            for v in a.doubting {
                self.attribution.insert(
                    &v,
                    AttributionWord::Verb {
                        doubting: true,
                        addressed: false,
                    },
                );
            }
            for v in a.addressed {
                self.attribution.insert(
                    &v,
                    AttributionWord::Verb {
                        doubting: false,
                        addressed: true,
                    },
                );
            }
            for v in a.quoting {
                self.attribution.insert(&v, AttributionWord::Quoting);
            }
            for v in a.participles {
                self.attribution.insert(&v, AttributionWord::Participle);
            }
            for v in a.according {
                self.attribution.insert(&v, AttributionWord::According);
            }
        }
        if let Some(r) = file.revisions {
            let lower = |v: Vec<String>| v.into_iter().map(|w| w.to_lowercase());
            self.revisions.later.extend(lower(r.later));
            self.revisions.earlier.extend(lower(r.earlier));
        }
        if let Some(h) = file.hedges {
            for p in h.phrases {
                self.hedges.insert(&p, HedgeWord::Hedge);
            }
            for p in h.disclaimers {
                self.hedges.insert(&p, HedgeWord::Disclaimer);
            }
        }
        Ok(())
    }

    /// The words of revised figures.
    pub fn revisions(&self) -> &RevisionWords {
        &self.revisions
    }

    /// Number of event phrases (verb forms and nouns).
    pub fn event_phrases(&self) -> usize {
        self.events.len()
    }

    /// The event phrase that starts at token `i`, with its token count; none where a `not`
    /// phrase covers token `i` ("workers on strike", "a hunger strike").
    pub fn event_at(&self, text: &str, tokens: &[Token], i: usize) -> Option<(EventWord, usize)> {
        let found = self.events.longest_at(text, tokens, i)?;
        let reach = self.not_events.max_tokens;
        let covered = (i.saturating_sub(reach.saturating_sub(1))..=i).any(|j| {
            self.not_events
                .longest_at(text, tokens, j)
                .is_some_and(|((), n)| j + n > i)
        });
        (!covered).then_some(found)
    }

    /// Whether the event phrase of `n` tokens at token `i` is a verb whose counted thing is its
    /// subject ("fell to"), so that a count after it is not what it happened to.
    pub fn is_subject_verb(&self, text: &str, tokens: &[Token], i: usize, n: usize) -> bool {
        self.subject_verbs
            .longest_at(text, tokens, i)
            .is_some_and(|((), m)| m == n)
    }

    /// The event that the phrase at token `i` makes an amount of money the figure of, with the
    /// phrase's token count: `near` for the nouns that count only right by the amount.
    pub fn money_event_at(
        &self,
        text: &str,
        tokens: &[Token],
        i: usize,
        near: bool,
    ) -> Option<(EventKind, usize)> {
        let table = if near {
            &self.money_nouns
        } else {
            &self.money_events
        };
        table.longest_at(text, tokens, i)
    }

    /// The event of a verb that names one only with the counted noun that ends at token
    /// `noun_end` (exclusive): the verb's tokens `[verb, verb_end)` and the noun's start.
    pub fn collocation_at(
        &self,
        text: &str,
        tokens: &[Token],
        verb: usize,
        noun_end: usize,
    ) -> Option<(EventKind, usize)> {
        self.collocations.iter().find_map(|c| {
            let ((), n) = c.verbs.longest_at(text, tokens, verb)?;
            let reach = c.nouns.max_tokens;
            let noun = (noun_end.saturating_sub(reach)..noun_end).any(|j| {
                c.nouns
                    .longest_at(text, tokens, j)
                    .is_some_and(|((), m)| j + m == noun_end)
            });
            noun.then_some((c.event, verb + n))
        })
    }

    /// The counted-noun phrase that starts at token `i`, with its token count.
    pub fn counted_at(
        &self,
        text: &str,
        tokens: &[Token],
        i: usize,
    ) -> Option<(&CountedClass, usize)> {
        self.counted
            .longest_at(text, tokens, i)
            .map(|(c, n)| (&self.classes[c], n))
    }

    /// The class with this name.
    pub fn class(&self, name: &str) -> Option<&CountedClass> {
        self.class_index.get(name).map(|&i| &self.classes[i])
    }

    /// Every counted class.
    pub fn classes(&self) -> &[CountedClass] {
        &self.classes
    }

    /// The actor phrase that starts at token `i` (case-sensitive), with its token count.
    pub fn actor_at(
        &self,
        text: &str,
        tokens: &[Token],
        i: usize,
    ) -> Option<(&Actor, ActorTerm, usize)> {
        self.actor_terms
            .longest_at(text, tokens, i)
            .map(|((a, term), n)| (&self.actors[a], term, n))
    }

    /// The actor with this canonical name.
    pub fn actor(&self, name: &str) -> Option<&Actor> {
        self.actor_index.get(name).map(|&i| &self.actors[i])
    }

    /// Every actor.
    pub fn actors(&self) -> &[Actor] {
        &self.actors
    }

    /// The gazetteer place that starts at token `i` (case-sensitive), with its token count.
    pub fn place_at(&self, text: &str, tokens: &[Token], i: usize) -> Option<(&Place, usize)> {
        self.place_names
            .longest_at(text, tokens, i)
            .map(|(p, n)| (&self.places[p], n))
    }

    /// The gazetteer place written exactly `name` (a canonical name or an alias).
    pub fn place_named(&self, name: &str) -> Option<&Place> {
        let tokens = crate::text::token::tokenize(name);
        match self.place_names.longest_at(name, &tokens, 0) {
            Some((p, n)) if n == tokens.len() => Some(&self.places[p]),
            _ => None,
        }
    }

    /// Every place.
    pub fn places(&self) -> &[Place] {
        &self.places
    }

    /// The named source written as `phrase` (compared folded, without a leading "the").
    pub fn source_named(&self, phrase: &str) -> Option<&Source> {
        let key = fold_name(phrase);
        let tokens = crate::text::token::tokenize(&key);
        if tokens.is_empty() {
            return None;
        }
        match self.source_names.longest_at(&key, &tokens, 0) {
            Some((s, n)) if n == tokens.len() => Some(&self.sources[s]),
            _ => None,
        }
    }

    /// The named source that starts at token `i`, with its token count.
    pub fn source_at(&self, text: &str, tokens: &[Token], i: usize) -> Option<(&Source, usize)> {
        self.source_names
            .longest_at(text, tokens, i)
            .map(|(s, n)| (&self.sources[s], n))
    }

    /// Every named source.
    pub fn sources(&self) -> &[Source] {
        &self.sources
    }

    /// The institution head that starts at token `i`, with its token count.
    pub fn institution_at(
        &self,
        text: &str,
        tokens: &[Token],
        i: usize,
    ) -> Option<(&Institution, usize)> {
        self.institution_heads
            .longest_at(text, tokens, i)
            .map(|(s, n)| (&self.institutions[s], n))
    }

    /// The attribution phrase that starts at token `i`, with its token count.
    pub fn attribution_at(
        &self,
        text: &str,
        tokens: &[Token],
        i: usize,
    ) -> Option<(AttributionWord, usize)> {
        self.attribution.longest_at(text, tokens, i)
    }

    /// The hedge phrase that starts at token `i`, with its token count.
    pub fn hedge_at(&self, text: &str, tokens: &[Token], i: usize) -> Option<(HedgeWord, usize)> {
        self.hedges.longest_at(text, tokens, i)
    }
}
