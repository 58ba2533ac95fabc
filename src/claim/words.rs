//! The closed classes of English the claim reader needs: determiners, pronouns, auxiliaries,
//! prepositions, subordinators. These are grammar, not vocabulary, so they live in code; the
//! open classes (events, counted nouns, actors, places, sources) are data in `src/lexicon/`.

/// Determiners and quantifying words that open a noun phrase.
pub const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our",
    "your", "my", "some", "any", "all", "both", "each", "every", "another", "other", "such",
];

/// Possessive pronouns, whose owner is an actor named before.
pub const POSSESSIVES: &[&str] = &["its", "their", "his", "her", "our"];

/// Pronouns that stand for the counted things of a count named before ("destroyed 101 of
/// them", "injured five others").
pub const ANAPHORS: &[&str] = &[
    "them", "those", "these", "others", "more", "which", "whom", "theirs", "ours",
];

/// Modals and negation: a finite verb phrase. A source is a noun phrase, so a "reporting
/// verb" with one of these before it has no source there ("He would not discuss reports the
/// party repaid …": "reports" is a noun).
pub const VERB_PHRASE_WORDS: &[&str] = &[
    "would", "could", "should", "will", "can", "may", "might", "must", "shall", "not", "n't",
    "did", "does", "do", "cannot",
];

/// Auxiliaries and adverbs that may stand between a counted subject and its verb.
pub const AUXILIARIES: &[&str] = &[
    "has",
    "have",
    "had",
    "was",
    "were",
    "is",
    "are",
    "be",
    "been",
    "being",
    "will",
    "would",
    "may",
    "might",
    "could",
    "can",
    "should",
    "shall",
    "must",
    "did",
    "do",
    "does",
    "also",
    "now",
    "already",
    "then",
    "reportedly",
    "allegedly",
    "all",
    "not",
    "since",
    "just",
    "still",
    "later",
    "subsequently",
    "eventually",
    "apparently",
    "probably",
    "likely",
    "either",
    "immediately",
    "initially",
    "officially",
    "so",
    "far",
    "thus",
    "far,",
];

/// Prepositions.
pub const PREPOSITIONS: &[&str] = &[
    "in",
    "on",
    "at",
    "by",
    "for",
    "with",
    "from",
    "to",
    "into",
    "onto",
    "of",
    "near",
    "over",
    "under",
    "after",
    "before",
    "during",
    "since",
    "across",
    "along",
    "around",
    "among",
    "between",
    "through",
    "throughout",
    "toward",
    "towards",
    "against",
    "within",
    "without",
    "outside",
    "inside",
    "about",
    "amid",
    "despite",
    "per",
    "via",
    "upon",
    "off",
    "out",
    "as",
    "than",
    "like",
    "including",
    "following",
    "behind",
    "beyond",
    "below",
    "above",
    "up",
];

/// Conjunctions and subordinators: they end a noun phrase and, after a comma, a clause.
pub const CONJUNCTIONS: &[&str] = &[
    "and", "or", "but", "nor", "while", "whereas", "although", "though", "because", "if", "when",
    "where", "which", "who", "whom", "whose", "that", "after", "before", "as", "since", "until",
    "unless", "so", "yet",
];

/// Subject pronouns and other words that are never part of a counted noun phrase.
pub const PRONOUNS: &[&str] = &[
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "you",
    "him",
    "us",
    "me",
    "himself",
    "herself",
    "itself",
    "themselves",
    "there",
    "here",
    "what",
    "who",
];

/// Personal pronouns that refer to a person named before, as a source.
pub const PERSON_PRONOUNS: &[&str] = &["he", "she"];

/// Pronouns that refer to an organisation or group named before, as a source.
pub const GROUP_PRONOUNS: &[&str] = &["it", "they"];

/// Words naming who speaks; a source phrase must have one of them, a capitalised word or a
/// known institution ("information from various sources" is no source).
pub const SPEAKER_HEADS: &[&str] = &[
    "official",
    "officials",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "minister",
    "ministry",
    "analyst",
    "analysts",
    "monitor",
    "monitors",
    "observatory",
    "group",
    "groups",
    "resident",
    "residents",
    "witness",
    "witnesses",
    "source",
    "sources",
    "activist",
    "activists",
    "police",
    "military",
    "army",
    "authorities",
    "government",
    "media",
    "agency",
    "statement",
    "statements",
    "office",
    "commander",
    "commanders",
    "medic",
    "medics",
    "doctor",
    "doctors",
    "rescuers",
    "officer",
    "officers",
    "diplomat",
    "diplomats",
    "president",
    "leader",
    "leaders",
    "expert",
    "experts",
    "researcher",
    "researchers",
    "organization",
    "organisation",
    "charity",
    "agencies",
    "committee",
    "council",
    "network",
    "channel",
    "broadcaster",
    "newspaper",
    "television",
    "tv",
    "radio",
    "daily",
    "website",
    "presidency",
    "governor",
    "mayor",
    "chief",
    "head",
    "director",
    "envoy",
    "ambassador",
    "general",
    "colonel",
    "captain",
    "prosecutor",
    "prosecutors",
    "hospital",
    "hospitals",
    "ministry's",
    "officials'",
    "journalist",
    "journalists",
    "correspondent",
    "reporter",
    "reporters",
    "aid",
    "union",
    "unions",
    "organisers",
    "organizers",
    "paramedics",
    "firefighters",
    "volunteers",
    "survivors",
    "relatives",
    "lawyers",
    "campaigners",
    "center",
    "centre",
    "department",
    "bureau",
    "service",
    "services",
    "authority",
    "institute",
    "survey",
];

/// Nouns after a number that make it a count of occurrences, not of things ("two times").
pub const FREQUENCY_NOUNS: &[&str] = &["times", "time", "occasions", "occasion", "fold"];

/// Nouns that introduce a place ("the town of Saraqeb", "the Taftanaz area").
pub const PLACE_NOUNS: &[&str] = &[
    "areas",
    "towns",
    "villages",
    "districts",
    "parts",
    "neighbourhoods",
    "neighborhoods",
    "town",
    "city",
    "village",
    "area",
    "region",
    "province",
    "district",
    "governorate",
    "county",
    "state",
    "municipality",
    "neighbourhood",
    "neighborhood",
    "suburb",
    "camp",
    "island",
    "valley",
    "border",
    "oblast",
    "capital",
    "port",
    "outskirts",
    "countryside",
];

/// Prepositions that put the event at a place ("in Taftanaz", "near Saraqeb"). "on" is not
/// one: a capitalised name after it is a medium or a day ("said on Telegram", "on Monday") far
/// more often than a place.
pub const LOCATIVES: &[&str] = &[
    "in",
    "near",
    "at",
    "outside",
    "around",
    "inside",
    "across",
    "throughout",
    "into",
];

/// Words of direction: "eight miles northeast of Idlib" names a reference point, not the
/// event's place.
pub const DIRECTIONS: &[&str] = &[
    "north",
    "south",
    "east",
    "west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "north-east",
    "north-west",
    "south-east",
    "south-west",
    "northern",
    "southern",
    "eastern",
    "western",
    "away",
    "outside",
    "short",
];

/// Words that make a government party generic: "regime targets", "government forces".
pub const GOVERNMENT_WORDS: &[&str] = &["regime", "government", "pro-government", "state"];

/// Words that open no concept right after a figure: times and distributives ("$1.7 trillion
/// last year", "5% each").
pub const NOT_A_MODIFIED_NOUN: &[&str] = &[
    "last",
    "next",
    "this",
    "that",
    "yesterday",
    "today",
    "tomorrow",
    "ago",
    "earlier",
    "later",
    "each",
    "apiece",
    "every",
    "per",
    "more",
    "less",
    "fewer",
    "or",
    "and",
    "than",
    "year-on-year",
    "year-over-year",
    "annually",
    "overall",
    "respectively",
    "alone",
    "old",
];

/// Words a figure is told over on the way to its verb: "rose by 5%", "fell to 4.2%", "cut
/// another 2,000", "stood at $3".
pub const FIGURE_PREPOSITIONS: &[&str] = &[
    "by", "to", "from", "at", "another", "some", "an", "a", "about", "only", "just", "as", "much",
    "many", "nearly", "almost", "roughly", "around", "over", "of", "for",
];

/// Words after a duration that make it a point in time ("12 days ago", "six months later").
pub const TIME_AFTER_A_DURATION: &[&str] = &["ago", "earlier", "later", "hence"];

/// Dimension words that name no concept by themselves ("5 percent", "a share of money").
pub const DIMENSION_WORDS: &[&str] = &[
    "percent",
    "per",
    "cent",
    "percentage",
    "points",
    "point",
    "money",
    "amount",
    "sum",
    "figure",
    "number",
    "value",
    "times",
];

/// Whether `word` (any case) is in `list`.
pub fn is(list: &[&str], word: &str) -> bool {
    list.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// Heads of a source phrase that name a person ("a commander", "the spokesman"): "he" and
/// "she" can refer back to them.
pub const PERSON_HEADS: &[&str] = &[
    "official",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "minister",
    "analyst",
    "resident",
    "witness",
    "commander",
    "doctor",
    "medic",
    "officer",
    "diplomat",
    "president",
    "leader",
    "expert",
    "researcher",
    "governor",
    "mayor",
    "chief",
    "head",
    "director",
    "envoy",
    "ambassador",
    "general",
    "colonel",
    "captain",
    "prosecutor",
    "journalist",
    "correspondent",
    "reporter",
    "activist",
    "source",
    "man",
    "woman",
    "survivor",
    "villager",
    "farmer",
];

/// Nouns of happenings that a year before them dates ("the 2004 tsunami", "the 2011
/// uprising"), beyond the event nouns of the lexicon.
pub const EVENT_NOUNS: &[&str] = &[
    "earthquake",
    "quake",
    "tsunami",
    "flood",
    "floods",
    "hurricane",
    "cyclone",
    "typhoon",
    "storm",
    "fire",
    "wildfire",
    "eruption",
    "war",
    "conflict",
    "bombing",
    "bombings",
    "crash",
    "massacre",
    "genocide",
    "invasion",
    "uprising",
    "revolution",
    "coup",
    "famine",
    "epidemic",
    "outbreak",
    "pandemic",
    "drought",
    "landslide",
    "explosion",
    "blast",
    "shooting",
];

/// Words that name a quake's magnitude next to its number ("magnitude 6.1", "6.1-magnitude").
pub const MAGNITUDE_WORDS: &[&str] = &["magnitude", "magnitude-"];

/// Verbs that give a quake's strength ("measuring 7.6", "registering 6.1").
pub const MEASURING_VERBS: &[&str] = &[
    "measuring",
    "measured",
    "registering",
    "registered",
    "strength",
];

/// Nouns of quakes.
pub const QUAKE_WORDS: &[&str] = &[
    "quake",
    "quakes",
    "earthquake",
    "earthquakes",
    "tremor",
    "tremors",
    "temblor",
    "temblors",
    "aftershock",
    "aftershocks",
    "shock",
    "shocks",
];

/// Words that open another clause: a hedge or an attribution does not reach across them
/// ("Police said 12,000 marched, while the union claimed 80,000").
pub const CLAUSE_BARRIERS: &[&str] = &[
    "while", "whereas", "but", "although", "though", "after", "before", "since", "whilst",
];

/// Words of a report's printed stamp around its date ("3 July 2013 Last updated at 13:38
/// GMT", "Published: July 3, 2013 6:22AM"): a line of these and a date is no event's day.
pub const STAMP_WORDS: &[&str] = &[
    "last",
    "updated",
    "update",
    "at",
    "gmt",
    "utc",
    "bst",
    "cet",
    "cest",
    "edt",
    "est",
    "pdt",
    "pst",
    "am",
    "pm",
    "published",
    "posted",
    "modified",
    "on",
    "by",
    "first",
    "created",
    "ist",
    "wib",
    "aest",
    "aedt",
    "jst",
    "hkt",
    "sgt",
];

/// Verbs that order or force people to do something: the event is the verb after "to"
/// ("ordered 30,000 to evacuate", "forced hundreds to flee").
pub const ORDERING_VERBS: &[&str] = &[
    "ordered",
    "orders",
    "order",
    "forced",
    "forces",
    "force",
    "told",
    "tells",
    "asked",
    "urged",
    "compelled",
    "prompted",
    "caused",
    "left",
];

/// Time zones after a clock time written without a colon ("1700 EDT", "0737 GMT").
pub const TIME_ZONES: &[&str] = &[
    "gmt", "utc", "edt", "est", "cdt", "cst", "mdt", "mst", "pdt", "pst", "bst", "cet", "cest",
    "eet", "eest", "wib", "ist", "jst", "hkt", "sgt", "aest", "aedt", "msk", "local",
];

/// Nouns of armed units whose strength is told as "a 3,000-strong force".
pub const MILITARY_UNITS: &[&str] = &[
    "force",
    "forces",
    "army",
    "battalion",
    "battalions",
    "brigade",
    "brigades",
    "contingent",
    "division",
    "regiment",
    "unit",
    "units",
    "militia",
    "troop",
    "garrison",
    "detachment",
    "corps",
    "mission",
    "peacekeeping",
    "convoy",
    "column",
];

/// Verbs whose bare object is people a happening reached ("exposed 57 million", "affected 33
/// million"), counted with no event of the taxonomy.
pub const AFFECTING_VERBS: &[&str] = &[
    "affected",
    "affects",
    "affecting",
    "exposed",
    "exposes",
    "exposing",
    "impacted",
    "impacts",
    "infected",
    "infects",
    "sickened",
    "stranded",
    "strands",
    "stranding",
];
