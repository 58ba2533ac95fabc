//! Claim frames: a number of a report, with what gives it meaning.
//!
//! A [`ClaimFrame`] is a quantity plus what is counted, the event, whose side the counted
//! belong to, who says so, whether the report doubts it, when and where it happened, and the
//! sentence, each with its place in the original text. [`extract`] reads one document:
//!
//! 1. normalise the typography, keeping a map back to the original offsets ([`crate::text`]);
//! 2. find the number phrases ([`crate::quantity`]) and keep those that count or measure;
//! 3. split sentences ([`crate::segment`]) and read each number in its sentence: the counted
//!    noun phrase after it ([`phrase`]), the governing predicate ([`predicate`]), the
//!    attribution ([`attribution`]), hedges, times ([`crate::time`]) and places ([`place`]);
//! 4. resolve what one sentence leaves to another: "101 of them", "five others", "the
//!    ministry", "he", "a week earlier", "regime targets".
//!
//! Everything is local to the document; the corpus pipeline runs documents in parallel.
//!
//! ```
//! use crosscheck::claim::extract;
//! use crosscheck::lexicon::Lexicon;
//! use crosscheck::time::Day;
//! let text = "Shelling killed five Dutch soldiers on Monday, the Dutch defence ministry said.";
//! let claims = extract(text, Day::parse_iso("2021-03-17"), Lexicon::builtin());
//! let c = &claims[0];
//! assert_eq!(&text[c.start..c.end], "five");
//! assert_eq!((c.what.as_str(), c.event.as_str()), ("soldier", "kill"));
//! assert_eq!(c.side.as_deref(), Some("Netherlands"));
//! assert_eq!(c.source.as_deref(), Some("Dutch Ministry of Defense"));
//! assert_eq!(c.date.unwrap().from.to_string(), "2021-03-15");
//! ```

mod attribution;
mod phrase;
mod place;
mod predicate;
mod side;
mod words;

use std::cell::OnceCell;

use crate::lexicon::{ActorTerm, Dimension, EventKind, EventWord, HedgeWord, Lexicon};
use crate::quantity::{find_quantities_with, Conventions, MentionKind, Quantity};
use crate::segment::{sentences_with, Span};
use crate::text::normalize::{normalize, OffsetMap};
use crate::text::token::{tokenize, Token, TokenKind};
use crate::time::{find_times_with, leading_date, Day, DayInterval, TimeMention, TimeValue};

use attribution::Attribution;
use phrase::CountedPhrase;
use words::is;

/// One claim of a report. Offsets are bytes of the original text.
#[derive(Clone, Debug, PartialEq)]
pub struct ClaimFrame {
    /// The number phrase.
    pub start: usize,
    /// End of the number phrase.
    pub end: usize,
    /// The kind of number phrase (cardinal, percent, measure…).
    pub kind: MentionKind,
    /// Its interval.
    pub quantity: Quantity,
    /// The counted noun phrase as written, if any.
    pub counted: Option<Span>,
    /// Its class (`soldier`, `refugee`…), or the measured dimension for measures.
    pub what: String,
    /// The event of the governing predicate.
    pub event: EventKind,
    /// The predicate as written, if any.
    pub predicate: Option<Span>,
    /// The party the counted belong to.
    pub side: Option<String>,
    /// Canonical name of who makes the claim.
    pub source: Option<String>,
    /// The attribution as written.
    pub source_span: Option<Span>,
    /// The party the source speaks for.
    pub source_party: Option<String>,
    /// Whether the report doubts or qualifies the claim.
    pub hedged: bool,
    /// The days the event happened.
    pub date: Option<DayInterval>,
    /// How the days were found.
    pub date_basis: DateBasis,
    /// The place named for the event.
    pub place: Option<String>,
    /// The sentence.
    pub sentence: Span,
    /// The publication day the claim was resolved against (the argument, else the text's
    /// leading `date` line).
    pub published: Option<Day>,
}

/// How the day of a claim's event was found (the `date_basis` column).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateBasis {
    /// A time of the claim's own clause ("killed on Monday").
    Stated,
    /// A time of its paragraph or of the lead ("On Monday, gunmen stormed … Five died.").
    Context,
    /// An estimate from the publication day: a killing or wounding reported with no day of
    /// its own happened on the day of publication or the day before.
    Published,
    /// No day.
    None,
}

impl DateBasis {
    /// The name in the `date_basis` column.
    pub fn as_str(self) -> &'static str {
        match self {
            DateBasis::Stated => "stated",
            DateBasis::Context => "context",
            DateBasis::Published => "published",
            DateBasis::None => "none",
        }
    }
}

/// Extract the claims of one document, resolving times against `published` (or, when None,
/// against a leading `date YYYY-MM-DD` line of the text).
pub fn extract(text: &str, published: Option<Day>, lexicon: &Lexicon) -> Vec<ClaimFrame> {
    let n = normalize(text);
    let doc = Doc::new(&n.text, published, lexicon);
    let mut claims = doc.claims();
    if !n.map.is_identity() {
        for c in &mut claims {
            remap(&n.map, &mut c.start, &mut c.end);
            let mut spans: Vec<&mut Span> = vec![&mut c.sentence];
            spans.extend(c.counted.as_mut());
            spans.extend(c.predicate.as_mut());
            spans.extend(c.source_span.as_mut());
            for span in spans {
                remap(&n.map, &mut span.start, &mut span.end);
            }
        }
    }
    claims
}

fn remap(map: &OffsetMap, start: &mut usize, end: &mut usize) {
    *start = map.original(*start);
    *end = map.original(*end).max(*start);
}

/// The working state of one document, in the coordinates of its normalised text.
pub(crate) struct Doc<'a> {
    pub(crate) text: &'a str,
    /// The text with ASCII letters lowercased: same byte offsets, for case-blind look-ups.
    pub(crate) lowered: String,
    pub(crate) tokens: Vec<Token>,
    pub(crate) lexicon: &'a Lexicon,
    published: Option<Day>,
    /// Byte offset where the analysed text starts (after a leading `date` line).
    body_start: usize,
    /// The party the document calls "the regime" or "the government", found when needed.
    government: OnceCell<Option<String>>,
    /// The countries and groups the document names, most often first, found when needed.
    parties: OnceCell<Vec<(String, usize)>>,
}

/// A sentence being read: its span and its tokens `[first, end)`.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Sentence {
    span: Span,
    first: usize,
    end: usize,
    paragraph: usize,
}

/// A number being read, before it becomes a claim.
#[derive(Clone, Debug)]
struct Draft {
    start: usize,
    end: usize,
    /// First token of the number and first token after it.
    first: usize,
    after: usize,
    kind: MentionKind,
    quantity: Quantity,
    sentence: usize,
    paragraph: usize,
    phrase: CountedPhrase,
    what: Option<String>,
    family: Option<String>,
    side: Option<String>,
    event: EventKind,
    predicate: Option<(usize, usize)>,
    place: Option<String>,
}

impl Draft {
    /// The first token after the number and its counted phrase.
    fn phrase_end(&self) -> usize {
        if self.phrase.is_empty() {
            self.after
        } else {
            self.phrase.end.max(self.after)
        }
    }

    /// Count what a draft named before counts: "101 of them", "eight in Idlib".
    fn take_frame_of(&mut self, r: &Draft) {
        self.what.clone_from(&r.what);
        self.family.clone_from(&r.family);
        self.side.clone_from(&r.side);
    }
}

/// How many sentences open a report: the lead, whose day is the main event's.
const LEAD_SENTENCES: usize = 5;

/// How many sentences before a claim, in its paragraph, may give it their day.
const CONTEXT_SENTENCES: usize = 6;

/// The longest sentence read as one, in bytes; longer ones are read in pieces.
pub const MAX_SENTENCE_BYTES: usize = 2_000;

/// How many tokens before a bare number the reader looks for "toll", "total of", "number of"
/// ("the death toll from Saturday's earthquake in western Nepal has climbed to 157").
const TOLL_WINDOW: usize = 16;

impl<'a> Doc<'a> {
    /// Prepare a (normalised) document.
    pub(crate) fn new(text: &'a str, published: Option<Day>, lexicon: &'a Lexicon) -> Doc<'a> {
        let (published, body_start) = match leading_date(text) {
            Some((day, end)) => (published.or(Some(day)), end),
            None => (published, 0),
        };
        Doc {
            text,
            lowered: text.to_ascii_lowercase(),
            tokens: tokenize(text),
            lexicon,
            published,
            body_start,
            government: OnceCell::new(),
            parties: OnceCell::new(),
        }
    }

    pub(crate) fn word(&self, i: usize) -> &'a str {
        self.tokens.get(i).map_or("", |t| t.text(self.text))
    }

    /// Token `i` with ASCII letters lowercased (a slice of the lowered text: no allocation).
    pub(crate) fn lower(&self, i: usize) -> &str {
        self.tokens
            .get(i)
            .map_or("", |t| &self.lowered[t.start..t.end])
    }

    pub(crate) fn is_capitalised(&self, i: usize) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Word)
            && self.word(i).chars().next().is_some_and(char::is_uppercase)
    }

    /// Whether token `i` is a number: digits, or a cardinal word ("40", "forty", "million").
    pub(crate) fn is_number_token(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| {
            t.kind == TokenKind::Digits || crate::quantity::words::cardinal(self.lower(i)).is_some()
        })
    }

    pub(crate) fn is_lowercase_word(&self, i: usize) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Word)
            && self.word(i).chars().next().is_some_and(char::is_lowercase)
            && self.word(i).chars().count() >= 3
    }

    /// The party named by the actor phrase at token `i` ("Turkish", "Ankara", "Erdogan",
    /// "Turkey's"), with its token count.
    pub(crate) fn party_at(&self, i: usize) -> Option<(String, usize)> {
        self.lexicon
            .frame()
            .actor_at(self.text, &self.tokens, i)
            .map(|(a, _, n)| (a.name.clone(), n))
    }

    /// Index of the first token that starts at or after byte `at`.
    fn token_at(&self, at: usize) -> usize {
        self.tokens.partition_point(|t| t.start < at)
    }

    fn sentences(&self) -> Vec<Sentence> {
        let body = &self.text[self.body_start..];
        let paragraphs = crate::segment::paragraphs(body);
        sentences_with(body, self.lexicon)
            .into_iter()
            .flat_map(|s| self.bounded(s.start + self.body_start, s.end + self.body_start))
            .map(|span| Sentence {
                span,
                first: self.token_at(span.start),
                end: self.token_at(span.end),
                paragraph: paragraphs.partition_point(|p| p.end + self.body_start <= span.start),
            })
            .collect()
    }

    /// A sentence cut, at white space, into pieces of at most [`MAX_SENTENCE_BYTES`]: no news
    /// sentence is that long, and a "sentence" of a megabyte (a table, a list, a scrape gone
    /// wrong) would make every claim in it carry and read the whole of it.
    fn bounded(&self, start: usize, end: usize) -> Vec<Span> {
        let mut out = Vec::new();
        let mut from = start;
        while end - from > MAX_SENTENCE_BYTES {
            let mut cut = from + MAX_SENTENCE_BYTES;
            while !self.text.is_char_boundary(cut) {
                cut -= 1;
            }
            let piece = &self.text[from..cut];
            let at = piece
                .rfind(char::is_whitespace)
                .filter(|&i| i > 0)
                .map_or(cut, |i| from + i);
            out.push(Span {
                start: from,
                end: at,
            });
            from = at;
            while from < end && self.text[from..].starts_with(char::is_whitespace) {
                from += self.text[from..].chars().next().map_or(1, char::len_utf8);
            }
        }
        if from < end {
            out.push(Span { start: from, end });
        }
        out
    }

    /// Read every claim of the document.
    pub(crate) fn claims(&self) -> Vec<ClaimFrame> {
        let mentions: Vec<_> =
            find_quantities_with(self.text, self.lexicon, &Conventions::default())
                .into_iter()
                .filter(|m| m.start >= self.body_start && m.quantity.is_some())
                .filter(|m| {
                    matches!(
                        m.kind,
                        MentionKind::Cardinal
                            | MentionKind::Fraction
                            | MentionKind::Percent
                            | MentionKind::Currency
                            | MentionKind::Measure
                    )
                })
                .collect();
        if mentions.is_empty() {
            return Vec::new();
        }
        let sentences = self.sentences();
        // times are read only in the sentences that need them: those with a number, the lead,
        // and the sentences before a number in its paragraph
        let mut times_of: Vec<Option<Vec<TimeMention>>> = vec![None; sentences.len()];
        let mut drafts: Vec<Draft> = Vec::new();
        for m in mentions {
            let si = sentences.partition_point(|s| s.span.end < m.end);
            let Some(s) = sentences.get(si).copied() else {
                continue;
            };
            if !(s.span.start <= m.start && m.end <= s.span.end) {
                continue;
            }
            let first = self.token_at(m.start);
            let after = self.token_at(m.end);
            let quantity = m.quantity.clone().expect("filtered above");
            let mut d = Draft {
                start: m.start,
                end: m.end,
                first,
                after,
                kind: m.kind,
                quantity,
                sentence: si,
                paragraph: s.paragraph,
                phrase: CountedPhrase::default(),
                what: None,
                family: None,
                side: None,
                event: EventKind::Other,
                predicate: None,
                place: None,
            };
            if self.read_draft(&mut d, &s, &drafts) {
                let times = self.times_in(&mut times_of, &sentences, si);
                if times.iter().any(|t| t.start < m.end && m.start < t.end) {
                    continue; // "three or four days ago" is a time, not a count
                }
                drafts.push(d);
            }
        }
        for si in 0..sentences.len().min(LEAD_SENTENCES) {
            self.times_in(&mut times_of, &sentences, si);
        }
        for d in &drafts {
            let paragraph = sentences[d.sentence].paragraph;
            let mut si = d.sentence;
            while si > 0
                && d.sentence - si < CONTEXT_SENTENCES
                && sentences[si - 1].paragraph == paragraph
            {
                si -= 1;
                self.times_in(&mut times_of, &sentences, si);
            }
        }
        let times: Vec<Vec<TimeMention>> = times_of
            .into_iter()
            .map(Option::unwrap_or_default)
            .collect();
        self.finish(&drafts, &sentences, &times)
    }

    /// The times of sentence `si`, read once.
    fn times_in<'c>(
        &self,
        cache: &'c mut [Option<Vec<TimeMention>>],
        sentences: &[Sentence],
        si: usize,
    ) -> &'c [TimeMention] {
        cache[si].get_or_insert_with(|| {
            let span = sentences[si].span;
            let sentence = &self.text[span.start..span.end];
            let mut times = find_times_with(sentence, self.published, self.lexicon);
            for t in &mut times {
                t.start += span.start;
                t.end += span.start;
            }
            times
        })
    }

    /// The event a counted phrase's head names when that head is an event noun that counts
    /// people ("deaths", "fatalities", "injuries", "arrests"), with the head's tokens.
    fn people_event_head(&self, phrase: &CountedPhrase) -> Option<(EventKind, (usize, usize))> {
        phrase.unknown_head.as_ref()?;
        (phrase.start..phrase.end).find_map(|k| {
            match self
                .lexicon
                .frame()
                .event_at(&self.lowered, &self.tokens, k)
            {
                Some((EventWord::Noun(kind), n))
                    if k + n == phrase.end
                        && matches!(
                            kind,
                            EventKind::Kill
                                | EventKind::Injure
                                | EventKind::Arrest
                                | EventKind::Attack
                        ) =>
                {
                    Some((kind, (k, k + n)))
                }
                _ => None,
            }
        })
    }

    /// Whether a count stands right by its verb `(start, end)`: after it with only
    /// determiners and the preposition of its object between ("targeted some 30 operators",
    /// "the attack on two platforms"), or before it with only auxiliaries
    /// and adverbs between ("100 operators have been targeted"). A class outside the lexicon
    /// keeps only such a verb: "sent the index down 63.51 points" is no deployment of points.
    fn next_to_its_verb(&self, d: &Draft, (start, end): (usize, usize)) -> bool {
        let phrase_end = d.phrase_end();
        if end <= d.first {
            // "targeted some 30 operators", "the attack on two platforms"
            (end..d.first).all(|k| {
                let w = self.lower(k);
                is(words::DETERMINERS, w) || matches!(w, "on" | "against" | "of" | "at")
            })
        } else if start >= phrase_end {
            (phrase_end..start).all(|k| {
                let w = self.lower(k);
                is(words::AUXILIARIES, w) || (w.ends_with("ly") && w.len() > 4)
            })
        } else {
            true
        }
    }

    /// "BBC Radio Five Live", "World War Two", "the Group of Seven", "Formula One": a number
    /// word written capitalised inside a sentence of prose is part of a name, not a count.
    /// Not at the start of a sentence or after a quotation mark, colon, dash or bracket (which
    /// may open one), and not in a headline, where every word is capitalised.
    fn number_word_in_a_name(&self, d: &Draft, s: &Sentence) -> bool {
        if d.kind != MentionKind::Cardinal || !self.is_capitalised(d.first) || d.first == s.first {
            return false;
        }
        // "At least 12", "More than 40", "Scores of": a capitalised modifier opens a sentence
        // or a line, and only a number word itself can be part of a name
        if crate::quantity::words::cardinal(self.lower(d.first)).is_none() {
            return false;
        }
        // a new line opens a sentence unless the line before was cut in mid-phrase ("the
        // Group of\nSeven" in hard-wrapped wire copy)
        let line_start =
            self.text[self.tokens[d.first - 1].end..self.tokens[d.first].start].contains('\n');
        let wrapped = self.is_lowercase_word(d.first - 1)
            || matches!(self.word(d.first - 1), "," | "-" | "the" | "of" | "a");
        if line_start && !wrapped {
            return false;
        }
        // after a stop with no space ("in Gaza.Ten Palestinians"): text whose spaces were
        // lost when it was scraped, and a new sentence all the same
        if matches!(
            self.word(d.first - 1),
            "\"" | ":" | "-" | "(" | "[" | "'" | "."
        ) {
            return false;
        }
        let words = (s.first..s.end).filter(|&k| self.tokens[k].kind == TokenKind::Word);
        let (all, capitalised) = words.fold((0, 0), |(n, c), k| {
            (n + 1, c + usize::from(self.is_capitalised(k)))
        });
        // a headline in title case: "Syria Attack Kills Five Turkish Soldiers"
        capitalised * 5 < all * 3
    }

    /// Fill what, side and event of a draft; false when the number is no claim.
    fn read_draft(&self, d: &mut Draft, s: &Sentence, earlier: &[Draft]) -> bool {
        let counts = matches!(d.kind, MentionKind::Cardinal | MentionKind::Fraction);
        // "a magnitude 6.1 quake", "a 9.1-magnitude quake", "measuring 5.6 on the Richter
        // scale": the strength of a quake, a measure with no event
        if d.quantity.unit == "magnitude" || self.quake_magnitude(d, s) {
            d.quantity.unit = "magnitude".into();
            d.what = Some("magnitude".into());
            d.family = Some("measure".into());
            d.event = EventKind::Measure;
            return true;
        }
        // "the nine-year war", "a 10-day truce": a compound modifier, not an amount
        if !counts
            && d.after < s.end
            && self.text[d.start..d.end].contains('-')
            && self.is_lowercase_word(d.after)
        {
            return false;
        }
        if self.number_word_in_a_name(d, s) {
            return false;
        }
        // "around 1700 EDT": a clock time
        if is(words::TIME_ZONES, self.lower(d.after)) {
            return false;
        }
        // "Nine mths" alone on a line of a table: a label, not a claim
        if self.label_line(d) {
            return false;
        }
        // "over the age of 10", "aged 35", "ages 5 to 12": an age, not a count
        if d.first > s.first + 1
            && (matches!(self.lower(d.first - 1), "aged" | "ages")
                || (self.lower(d.first - 1) == "of" && self.lower(d.first - 2) == "age"))
        {
            return false;
        }
        let mut contrast: Option<(EventKind, Option<(usize, usize)>)> = None;
        let phrase = self.counted_phrase(d.after, s.end, !counts, d.quantity.value == 1.0);
        if phrase.frequency {
            return false;
        }
        // "no-one", "someone": a pronoun, not a count
        if d.first >= 2 && self.word(d.first - 1) == "-" && !self.tokens[d.first].space_before {
            return false;
        }
        // "one of the largest": a pronoun, not a count ("one of 5 soldiers" is a count)
        if counts && d.quantity.value == 1.0 && self.lower(d.after) == "of" {
            let det = usize::from(self.lower(d.after + 1) == "the");
            if !self.is_number_token(d.after + 1 + det) {
                return false;
            }
        }
        let sentence = d.sentence;
        let referent = |same_sentence_only: bool| {
            earlier.iter().rev().find(|e| {
                e.what.is_some()
                    && e.family.as_deref() != Some("place")
                    && matches!(e.kind, MentionKind::Cardinal | MentionKind::Fraction)
                    && (e.sentence == sentence
                        || (!same_sentence_only && e.sentence + 1 >= sentence))
            })
        };
        if !counts {
            d.what = Some(self.measure_class(d));
            d.family = Some("measure".into());
            if phrase.has_head() {
                d.what = phrase
                    .class
                    .as_ref()
                    .map(|c| c.name.clone())
                    .or(phrase.unknown_head.clone())
                    .or(d.what.take());
            }
        } else if phrase.anaphor {
            match referent(false) {
                Some(r) => d.take_frame_of(r),
                // "dozens of others were seriously injured": others whom a verb of people
                // befalls are people
                None => {
                    let mut bare = d.clone();
                    bare.after = phrase.end;
                    let Some((kind, verb)) = self.people_verb_of_bare_count(&bare, s) else {
                        return false;
                    };
                    d.what = Some("person".into());
                    d.family = Some("people".into());
                    d.event = kind;
                    d.predicate = Some(verb);
                }
            }
        } else if phrase.has_head() {
            if phrase.people {
                d.what = Some("person".into());
                d.family = Some("people".into());
            } else if let Some(c) = &phrase.class {
                d.what = Some(c.name.clone());
                d.family = Some(c.family.clone());
            } else if let Some((kind, at)) = self.people_event_head(&phrase) {
                // "19 deaths", "30 arrests", "12 injuries": people counted by what befell
                // them, and the event named by the head itself; "five airstrikes": the
                // strikes themselves
                if kind == EventKind::Attack {
                    d.what = Some(singular(&self.lower(at.1 - 1).replace('-', "")));
                    d.family = Some("strike".into());
                } else {
                    d.what = Some("person".into());
                    d.family = Some("people".into());
                }
                d.event = kind;
                d.predicate = Some(at);
            } else {
                let head = phrase.unknown_head.clone().unwrap_or_default();
                d.what = Some(singular(&head));
            }
        } else if let Some((toll, event)) = self.toll_before(d.first, s.first) {
            // "the death toll had risen to eight", "a total of around 1,000"
            match event {
                Some(kind) => {
                    // the class of a count of the same event just before ("four of its
                    // soldiers … the death toll had risen to eight"), else people
                    let same = earlier.iter().rev().find(|e| {
                        e.event == kind
                            && e.what.is_some()
                            && e.sentence + 1 >= sentence
                            && e.paragraph == s.paragraph
                    });
                    d.what = same.and_then(|e| e.what.clone()).or(Some("person".into()));
                    d.family = same
                        .and_then(|e| e.family.clone())
                        .or(Some("people".into()));
                    d.event = kind;
                    d.predicate = Some(toll);
                    d.phrase.start = toll.0;
                    d.phrase.end = toll.1;
                    d.side = self.side_in(toll.0, toll.1);
                }
                None => {
                    let Some(r) = referent(false) else {
                        return false;
                    };
                    d.take_frame_of(r);
                    d.event = r.event;
                    d.predicate = r.predicate;
                }
            }
        } else if let Some(unit) = self.strength_of_a_unit(d) {
            // "a 3,000-strong force", "a 500-member battalion": the people of a unit, sent
            // where it is; "the 700-strong community": people living somewhere
            let military = is(words::MILITARY_UNITS, self.lower(unit));
            d.what = Some(if military { "personnel" } else { "person" }.into());
            d.family = Some(if military { "military" } else { "people" }.into());
            d.phrase = CountedPhrase {
                start: d.after,
                end: unit + 1,
                ..CountedPhrase::default()
            };
            if military {
                d.event = EventKind::Deploy;
                d.predicate = Some((d.after + 1, d.after + 2));
            } else if matches!(self.lower(unit), "community" | "village" | "town") {
                d.event = EventKind::Population;
                d.predicate = Some((unit, unit + 1));
            }
        } else if self.number_of_a_name(d, s) {
            return false;
        } else if d.kind == MentionKind::Cardinal && Self::written_decimal(d) {
            return false; // "9.1" with nothing counted counts no people or things
        } else if let Some((kind, verb)) =
            self.people_verb_of_bare_count(d, s).filter(|&(kind, _)| {
                // a count of the same sentence that can undergo the event stands for it ("13
                // soldiers died: eight were killed in Idlib"); otherwise the count is of people
                referent(true).is_none_or(|r| {
                    !r.family
                        .as_deref()
                        .is_some_and(|f| predicate::event_fits(kind, f))
                })
            })
        {
            // "Gunmen killed 31", "Dozens were killed", "At least 12 are dead", "the 40 who
            // escaped": a bare count that a verb of people governs counts people
            d.what = Some("person".into());
            d.family = Some("people".into());
            d.event = kind;
            d.predicate = Some(verb);
        } else if let Some(r) = referent(
            // "He said another 120 were missing": a count whose verb follows may take the
            // class of the count of the sentence before
            !is(words::AUXILIARIES, self.lower(d.after)),
        ) {
            // "13 soldiers were killed: eight in Idlib, three in Latakia"; "five were
            // killed and eight were wounded"
            d.take_frame_of(r);
            let verb_between = (r.after..d.first).any(|k| {
                matches!(
                    self.lexicon
                        .frame()
                        .event_at(&self.lowered, &self.tokens, k),
                    Some((EventWord::Verb(_), _))
                )
            });
            // a list after a colon, or a count with no verb of its own since its total
            let listed = (r.after..d.first).any(|k| self.word(k) == ":") || !verb_between;
            if is(words::LOCATIVES, self.lower(d.after)) && listed {
                d.event = r.event;
                d.predicate = r.predicate;
                d.place = self.place_after(d.after + 1, s.end);
            }
            // "Police said 12,000 marched, while the union claimed 80,000": another voice's
            // figure for the same thing, told right after a reporting word
            let reported = d.first > s.first
                && (d.first.saturating_sub(3).max(s.first)..d.first).any(|k| {
                    self.lexicon
                        .frame()
                        .attribution_at(&self.lowered, &self.tokens, k)
                        .is_some_and(|(_, n)| k + n == d.first || self.lower(k + n) == "at")
                });
            if reported && r.sentence == d.sentence {
                contrast = Some((r.event, r.predicate));
            }
        } else if self
            .lexicon
            .frame()
            .event_at(&self.lowered, &self.tokens, d.after)
            .is_some()
        {
            // "left 30 dead and 50 wounded": people counted by what befell them
            d.what = Some("person".into());
            d.family = Some("people".into());
        } else {
            return false; // a bare number
        }
        if d.side.is_none() {
            d.side = phrase.side.clone();
        }
        if d.side.is_none() && phrase.government {
            d.side
                .clone_from(self.government.get_or_init(|| self.government_party()));
        }
        if d.side.is_none() {
            if let Some(p) = phrase.possessive {
                d.side = self.owner_of(p, s.first);
            }
        }
        d.phrase = if phrase.is_empty() {
            d.phrase.clone()
        } else {
            phrase
        };
        if d.predicate.is_none() {
            let (event, predicate, direct) = self.governing_event(d, s);
            d.event = event;
            d.predicate = predicate;
            // an event the count's class cannot undergo ("seven posthumous nominations" near
            // "died") is no event of it; an unknown class keeps only a verb that governs it
            // an unknown class may be freed, gathered or arrested only if it is people,
            // which it does not say ("two opinion polls released", "gathered data")
            let people_only = matches!(
                event,
                EventKind::Release | EventKind::Gather | EventKind::Arrest | EventKind::Abduct
            );
            let fits = match d.family.as_deref() {
                Some(family) => predicate::event_fits(event, family),
                None => {
                    !people_only && direct && predicate.is_some_and(|p| self.next_to_its_verb(d, p))
                }
            };
            if !fits && counts {
                d.event = EventKind::Other;
                d.predicate = None;
            }
            if let (EventKind::Other, Some((event, predicate))) = (d.event, contrast) {
                d.event = event;
                d.predicate = predicate;
            }
            // "the 12 dead gunmen were identified": the event the phrase itself names
            if let (EventKind::Other, Some((event, at))) = (d.event, d.phrase.modifier_event) {
                let fits = d
                    .family
                    .as_deref()
                    .is_some_and(|f| predicate::event_fits(event, f));
                if fits {
                    d.event = event;
                    d.predicate = Some(at);
                }
            }
        }
        // A measurement is the object of an event only as territory ("recaptured 600 km2",
        // "encircled 30 km of the front"); money, percentages, masses and durations next to
        // "fell to", "seized" or "struck" are levels and amounts ("fell to 4.02 billion dlrs").
        if !counts && d.event != EventKind::Measure {
            let territory = d.kind == MentionKind::Measure
                && matches!(d.event, EventKind::Capture | EventKind::Surround)
                && self
                    .lexicon
                    .unit(&d.quantity.unit)
                    .is_some_and(|u| matches!(u.dimension, Dimension::Area | Dimension::Length));
            if !territory {
                d.event = EventKind::Measure;
                d.predicate = None;
            }
        }
        // "in three provinces": the scope of an event, not a count of it
        if d.family.as_deref() == Some("place")
            && d.first > s.first
            && is(words::LOCATIVES, self.lower(d.first - 1))
        {
            return false;
        }
        // "Yida is home to more than 22,000 refugees", "a camp of about 20,000 refugees":
        // refugees living somewhere, or counted with no event, are hosted there; bodies
        // counted with none are of the dead
        match (d.event, d.what.as_deref()) {
            (EventKind::Population | EventKind::Other, Some("refugee")) => {
                d.event = EventKind::Host;
            }
            (EventKind::Population, Some("displaced" | "migrant")) => d.event = EventKind::Host,
            (EventKind::Other, Some("body")) => d.event = EventKind::Kill,
            _ => {}
        }
        // "Hezbollah has sent 5,000 fighters": who deploys sends their own
        if d.side.is_none() && d.event == EventKind::Deploy {
            if let Some((verb, _)) = d.predicate {
                d.side = self.owner_of(verb, s.first);
            }
        }
        if d.side.is_none() && d.family.as_deref() == Some("military") {
            d.side = self.side_of_nearby_military(d.first, s.first);
        }
        // "the two sides", "both rivals": a definite count with no event names, not claims
        // "the 12 miners who remain trapped", "handed the 30 hostages over": a definite count
        // of people is a claim even with no event
        let definite =
            d.first > s.first && is(&["the", "these", "those", "both"], self.lower(d.first - 1));
        // ("urged the two men to stop": one or two named before are a reference, not a count)
        let people = matches!(
            d.family.as_deref(),
            Some("people" | "military" | "combatant" | "security")
        ) && d.quantity.value >= 3.0;
        !(definite && d.event == EventKind::Other && !people)
    }

    /// Whether a number is the magnitude of a quake: next to "magnitude" ("magnitude 6.1",
    /// "6.1-magnitude", "a magnitude of 5.9", "7.6 and 7.5 magnitude quakes"), before "on the
    /// Richter scale", or after "measuring"/"registering" in a sentence about a quake. A
    /// magnitude is a decimal between 1 and 10.
    fn quake_magnitude(&self, d: &Draft, s: &Sentence) -> bool {
        if !(1.0..=10.0).contains(&d.quantity.value) || d.kind != MentionKind::Cardinal {
            return false;
        }
        let cue = |k: usize| is(words::MAGNITUDE_WORDS, self.lower(k));
        // before: "magnitude 6.1", "magnitude-6.1", "a magnitude of 5.9", "at magnitude 5.4"
        let mut k = d.first;
        let mut steps = 0;
        while k > s.first && steps < 3 {
            k -= 1;
            steps += 1;
            if cue(k) {
                return true;
            }
            if !matches!(self.lower(k), "-" | "of" | "at" | "least" | "about" | "a") {
                break;
            }
        }
        // after: "6.1-magnitude", "7.6 and 7.5 magnitude", "5.6 on the Richter scale"
        let mut k = d.after;
        while k < s.end && k - d.after < 6 {
            if cue(k) || self.lower(k) == "richter" {
                return true;
            }
            let w = self.lower(k);
            let joins = matches!(w, "-" | "and" | "or" | "on" | "the" | ",")
                || self.is_number_token(k)
                || self.word(k) == ".";
            if !joins {
                break;
            }
            k += 1;
        }
        // "two quakes, measuring 7.6 and 7.4": a verb of measuring in a sentence of quakes
        let measured = (d.first.saturating_sub(7).max(s.first)..d.first)
            .any(|k| is(words::MEASURING_VERBS, self.lower(k)));
        measured && (s.first..s.end).any(|k| is(words::QUAKE_WORDS, self.lower(k)))
    }

    /// The event of a verb that governs a bare count (no noun after it) and befalls people:
    /// right before it ("killed 31", "wounded more than 40", "freed another 12"), or after
    /// it over a relative pronoun, auxiliaries and adverbs ("Dozens were killed", "27 were
    /// taken to hospital", "the 40 who escaped", "one who was shot").
    fn people_verb_of_bare_count(
        &self,
        d: &Draft,
        s: &Sentence,
    ) -> Option<(EventKind, (usize, usize))> {
        let frame = self.lexicon.frame();
        // "eliminate the 50 ct fee": a word after the number that may be a noun of it
        let lowercase_word = self.tokens.get(d.after).is_some_and(|t| {
            t.kind == TokenKind::Word && self.word(d.after).starts_with(char::is_lowercase)
        });
        if d.after < s.end && lowercase_word && self.is_phrase_word(d.after) {
            let verb_next = self
                .lexicon
                .frame()
                .event_at(&self.lowered, &self.tokens, d.after)
                .is_some();
            if !verb_next {
                return None;
            }
        }
        let people = |kind: EventKind| {
            matches!(
                kind,
                EventKind::Kill
                    | EventKind::Injure
                    | EventKind::Arrest
                    | EventKind::Abduct
                    | EventKind::Release
                    | EventKind::Displace
                    | EventKind::Gather
            )
        };
        // left: the verb ends right before the count, or before a determiner of it
        let mut k = d.first;
        while k > s.first
            && is(
                &["another", "the", "some", "all", "over"],
                self.lower(k - 1),
            )
        {
            k -= 1;
        }
        // "The breach exposed 57 million", "the floods affected 33 million": people a
        // happening reached, counted with no event of the taxonomy
        if k > s.first && is(words::AFFECTING_VERBS, self.lower(k - 1)) {
            return Some((EventKind::Other, (k - 1, k)));
        }
        for start in k.saturating_sub(4).max(s.first)..k {
            // "killing dozens": a form the lexicon reads as a noun is a participle here
            let verb = |word: EventWord, n: usize| match word {
                EventWord::Verb(kind) => Some(kind),
                EventWord::Noun(kind) => {
                    let last = self.lower(start + n - 1);
                    (last.ends_with("ing") || last.ends_with("ed")).then_some(kind)
                }
            };
            if let Some((kind, n)) = frame
                .event_at(&self.lowered, &self.tokens, start)
                .and_then(|(word, n)| verb(word, n).map(|kind| (kind, n)))
            {
                // (a crowd gathers of itself: "demonstrating one" names no crowd)
                if start + n == k
                    && people(kind)
                    && kind != EventKind::Gather
                    && !frame.is_subject_verb(&self.lowered, &self.tokens, start, n)
                {
                    return Some((kind, (start, start + n)));
                }
            }
        }
        // right: "who"/"that", then auxiliaries and adverbs, then the verb; after a verb of
        // ordering, "to" ("ordered 30,000 to evacuate", "forced hundreds to flee")
        let mut k = d.after;
        if k < s.end && is(&["who", "that"], self.lower(k)) {
            k += 1;
        }
        let ordered = d.first > s.first && is(words::ORDERING_VERBS, self.lower(d.first - 1));
        if ordered && self.lower(k) == "to" {
            k += 1;
        }
        let from = k;
        while k < s.end && k - from < 5 {
            if let Some((word, n)) = frame.event_at(&self.lowered, &self.tokens, k) {
                return match word {
                    EventWord::Verb(kind) if people(kind) => Some((kind, (k, k + n))),
                    _ => None,
                };
            }
            let w = self.lower(k);
            // "At least 50 reported injured", "Dozens have been reported injured"
            let hearsay = matches!(w, "reported" | "reportedly" | "believed" | "feared");
            if !(is(words::AUXILIARIES, w) || (w.ends_with("ly") && w.len() > 4) || hearsay) {
                return None;
            }
            k += 1;
        }
        None
    }

    /// The dimension of a measure, currency or percent mention.
    fn measure_class(&self, d: &Draft) -> String {
        match d.kind {
            MentionKind::Percent => "percent".into(),
            MentionKind::Currency => "money".into(),
            _ => self.lexicon.unit(&d.quantity.unit).map_or_else(
                || "measure".into(),
                |u| format!("{:?}", u.dimension).to_lowercase(),
            ),
        }
    }

    /// The party named in tokens `[a, b)`.
    fn side_in(&self, a: usize, b: usize) -> Option<String> {
        (a..b).find_map(|k| self.party_at(k).map(|(n, _)| n))
    }

    /// "the death toll (had risen to)", "a total of", "the number of displaced (reached)":
    /// the noun phrase before a bare number that says what it counts.
    fn toll_before(
        &self,
        first: usize,
        sentence_first: usize,
    ) -> Option<((usize, usize), Option<EventKind>)> {
        let from = first.saturating_sub(TOLL_WINDOW).max(sentence_first);
        for k in (from..first).rev() {
            let w = self.lower(k);
            if w == "total" || w == "tally" {
                return Some(((k, k + 1), None));
            }
            // "put the number of dead at 34", "the number of displaced reached 700,000"
            if w == "number" && self.lower(k + 1) == "of" {
                if let Some((word, n)) =
                    self.lexicon
                        .frame()
                        .event_at(&self.lowered, &self.tokens, k + 2)
                {
                    return Some(((k, k + 2 + n), Some(word.kind())));
                }
            }
            if let Some((EventWord::Noun(kind), n)) =
                self.lexicon
                    .frame()
                    .event_at(&self.lowered, &self.tokens, k)
            {
                // "a population of 120,000", "with a population of more than 100,000"
                if kind == EventKind::Population && k + n == first {
                    return Some(((k, k + n), Some(kind)));
                }
                if matches!(self.lower(k + n - 1), "toll" | "tolls") || w == "toll" {
                    // extend left over the phrase: "the Turkish death toll"
                    let mut a = k;
                    while a > sentence_first
                        && (self.is_phrase_word(a - 1) || self.lower(a - 1) == "the")
                    {
                        a -= 1;
                        if self.lower(a) == "the" {
                            break;
                        }
                    }
                    return Some(((a, k + n), Some(kind)));
                }
            }
            // a stop ends the clause, but not the point of a decimal ("6.8")
            let decimal_point = w == "."
                && k > sentence_first
                && self.tokens[k - 1].kind == TokenKind::Digits
                && self.tokens.get(k + 1).is_some_and(|t| {
                    t.kind == TokenKind::Digits && !t.space_before && !self.tokens[k].space_before
                });
            if (w == "." && !decimal_point) || w == ";" {
                break;
            }
            // "the toll rose to 45, and 12 remain missing": a toll before another number
            // is that number's; a number that only modifies a noun on the way ("the toll from
            // Tuesday's magnitude 6.8 quake rose to 1,240", "the toll from the two attacks")
            // is not its figure
            let year = self.tokens[k].kind == TokenKind::Digits
                && w.len() == 4
                && w.starts_with(['1', '2']);
            let number = (self.tokens[k].kind == TokenKind::Digits && !year)
                || crate::quantity::words::cardinal(w).is_some();
            if number && !self.modifier_number(k, sentence_first) {
                break;
            }
        }
        None
    }

    /// Whether a spelled number stands on a line of at most three words with no event word:
    /// a label of a table ("Nine mths", "Six months"), not a sentence.
    fn label_line(&self, d: &Draft) -> bool {
        let start = self.text[..d.start].rfind('\n').map_or(0, |i| i + 1);
        let end = self.text[d.end..]
            .find('\n')
            .map_or(self.text.len(), |i| d.end + i);
        if start == 0 && end == self.text.len() {
            return false; // a text of one line is a sentence, however short
        }
        let (first, last) = (self.token_at(start), self.token_at(end));
        let words = (first..last)
            .filter(|&k| self.tokens[k].kind == TokenKind::Word)
            .count();
        let frame = self.lexicon.frame();
        let spelled = self.tokens[d.first].kind == TokenKind::Word;
        // the number opens its line, and the line before ends whole (not hard-wrapped prose)
        let opens = first == d.first
            && (d.first == 0
                || !(self.is_lowercase_word(d.first - 1)
                    || matches!(self.word(d.first - 1), "," | "-")));
        spelled
            && opens
            && words <= 3
            && !(first..last).any(|k| frame.event_at(&self.lowered, &self.tokens, k).is_some())
    }

    /// The token of the unit a number gives the strength of: "3,000-strong force", "a
    /// 500-member battalion", "the 44-man squad".
    fn strength_of_a_unit(&self, d: &Draft) -> Option<usize> {
        if self.word(d.after) != "-"
            || !is(
                &["strong", "member", "man", "person"],
                self.lower(d.after + 1),
            )
        {
            return None;
        }
        let noun = d.after + 2;
        (self.tokens.get(noun)?.kind == TokenKind::Word && self.is_lowercase_word(noun))
            .then_some(noun)
    }

    /// "Halo 2 has been released", "Apollo 11": a bare number right after a name is part of
    /// it (not after a capitalised verb of a headline, "Blast Kills Hundreds", nor after a
    /// capitalised first word, "While hundreds of thousands have fled").
    fn number_of_a_name(&self, d: &Draft, s: &Sentence) -> bool {
        if d.first == s.first || !self.is_capitalised(d.first - 1) {
            return false;
        }
        let before = self.lower(d.first - 1);
        let function_word = is(words::DETERMINERS, before)
            || is(words::PREPOSITIONS, before)
            || is(words::CONJUNCTIONS, before)
            || is(words::PRONOUNS, before)
            || is(words::CLAUSE_BARRIERS, before)
            || matches!(before, "when" | "as" | "if" | "some" | "about");
        !function_word
            && self
                .lexicon
                .frame()
                .event_at(&self.lowered, &self.tokens, d.first - 1)
                .is_none()
    }

    /// Whether a number is a fraction of a unit ("9.1", "107-1/2"), not a count: a figure
    /// whose bounds are whole ("nearly 2,400", "two or three") may have a midpoint that is
    /// no whole number and still count people.
    fn written_decimal(d: &Draft) -> bool {
        let q = &d.quantity;
        // ("two or three were killed": a range of whole counts has a midpoint of a half)
        q.low.fract() != 0.0
            || (q.high.is_finite() && q.high.fract() != 0.0)
            || (q.value.fract() != 0.0 && q.modifier.is_none())
    }

    /// Whether the number at token `k` modifies a noun on the way to another figure rather
    /// than being a figure itself: after "magnitude" or a determiner ("the two attacks",
    /// "Tuesday's 6.8 quake"), never after a verb or preposition that takes a figure.
    fn modifier_number(&self, k: usize, sentence_first: usize) -> bool {
        // the first token of a number written with a point or separators ("6.8", "1,240")
        let mut k = k;
        while k >= sentence_first + 2
            && matches!(self.word(k - 1), "." | ",")
            && self.tokens[k - 2].kind == TokenKind::Digits
            && !self.tokens[k - 1].space_before
        {
            k -= 2;
        }
        if k <= sentence_first {
            return false;
        }
        let before = self.lower(k - 1);
        before == "magnitude"
            || before == "'s"
            || before == "'"
            || (is(words::DETERMINERS, before) && !is(&["all", "some", "another"], before))
    }

    /// The party that owns a possessive pronoun at token `p`: the nearest actor named as
    /// such before it (a name, capital or leader, not a demonym adjective), in the sentence
    /// or the one before.
    fn owner_of(&self, p: usize, sentence_first: usize) -> Option<String> {
        let from = sentence_first.saturating_sub(60);
        let mut k = p;
        while k > from {
            k -= 1;
            if let Some((actor, term, _)) =
                self.lexicon.frame().actor_at(self.text, &self.tokens, k)
            {
                if matches!(
                    term,
                    ActorTerm::Name | ActorTerm::Metonym | ActorTerm::Leader | ActorTerm::Force
                ) {
                    return Some(actor.name.clone());
                }
            }
        }
        None
    }

    /// "attacked a Turkish military post … five soldiers were killed": counted people with no
    /// party of their own belong to the party of the military unit or post named before them.
    fn side_of_nearby_military(&self, first: usize, sentence_first: usize) -> Option<String> {
        let mut k = first;
        while k > sentence_first {
            k -= 1;
            if let Some((actor, term @ (ActorTerm::Adjective | ActorTerm::Force), n)) =
                self.lexicon.frame().actor_at(self.text, &self.tokens, k)
            {
                let military = term == ActorTerm::Force
                    || (k + n..(k + n + 3).min(first)).any(|j| {
                        self.lexicon
                            .frame()
                            .counted_at(&self.lowered, &self.tokens, j)
                            .is_some_and(|(c, _)| {
                                matches!(c.family.as_str(), "military" | "infrastructure")
                            })
                            || self.lower(j) == "military"
                    });
                if military {
                    return Some(actor.name.clone());
                }
            }
        }
        None
    }

    /// The party a document calls "the regime" or "the government": the one most often
    /// named next to those words ("the Syrian regime", "Assad's government").
    fn government_party(&self) -> Option<String> {
        let mut regime: Vec<(String, usize)> = Vec::new();
        let mut government: Vec<(String, usize)> = Vec::new();
        for i in 0..self.tokens.len() {
            let w = self.lower(i);
            let table = match w {
                "regime" => &mut regime,
                "government" => &mut government,
                _ => continue,
            };
            // the actor right before: "Syrian regime", "Assad's government", "Syria's regime"
            let mut k = i;
            while k > 0 && i - k < 4 {
                k -= 1;
                if let Some((name, n)) = self.party_at(k) {
                    if k + n >= i || matches!(self.word(k + n), "'") {
                        match table.iter_mut().find(|(p, _)| *p == name) {
                            Some(e) => e.1 += 1,
                            None => table.push((name, 1)),
                        }
                    }
                    break;
                }
            }
        }
        let best = |t: &[(String, usize)]| t.iter().max_by_key(|(_, n)| *n).map(|(p, _)| p.clone());
        best(&regime).or_else(|| best(&government))
    }

    /// Turn drafts into claims: sources, hedges, dates, places.
    fn finish(
        &self,
        drafts: &[Draft],
        sentences: &[Sentence],
        times: &[Vec<TimeMention>],
    ) -> Vec<ClaimFrame> {
        // attributions up to the sentence after the last claim (references look back, and a
        // quotation may be attributed in the next sentence); hedges where a claim is or
        // right after it (a disclaimer doubts the sentence before)
        if drafts.is_empty() || sentences.is_empty() {
            return Vec::new();
        }
        let last = drafts
            .last()
            .map_or(0, |d| d.sentence + 1)
            .min(sentences.len());
        let mut sources = attribution::SourceHistory::default();
        let mut attributions: Vec<Vec<Attribution>> = Vec::with_capacity(last + 1);
        for s in &sentences[..=last.min(sentences.len() - 1)] {
            let a = self.attributions(s, &mut sources);
            attributions.push(a);
        }
        let mut hedges: Vec<Option<Option<HedgeWord>>> = vec![None; sentences.len()];
        for d in drafts {
            for si in [d.sentence, d.sentence + 1] {
                if si < sentences.len() && hedges[si].is_none() {
                    hedges[si] = Some(self.hedge_in(&sentences[si]));
                }
            }
        }
        let disclaimed: Vec<bool> = hedges
            .iter()
            .map(|h| h.flatten() == Some(HedgeWord::Disclaimer))
            .collect();
        let mut has_claim = vec![false; sentences.len()];
        for d in drafts {
            has_claim[d.sentence] = true;
        }
        // a disclaimer doubts the sentence before only when it has no claim of its own ("It
        // was not possible to verify the claim."); otherwise it doubts its own
        let disclaimer: Vec<bool> = hedges
            .iter()
            .enumerate()
            .map(|(si, h)| h.flatten() == Some(HedgeWord::Disclaimer) && !has_claim[si])
            .collect();
        let lead = self.lead_date(times);
        let mut out: Vec<ClaimFrame> = Vec::with_capacity(drafts.len());
        for (i, d) in drafts.iter().enumerate() {
            let s = &sentences[d.sentence];
            let attribution = self.attribution_for(d, d.sentence, sentences, &attributions);
            let side = d.side.clone().or_else(|| {
                let earlier: Vec<(&Draft, Option<&str>)> = drafts[i.saturating_sub(8)..i]
                    .iter()
                    .zip(&out[i.saturating_sub(8)..i])
                    .map(|(e, c)| (e, c.side.as_deref()))
                    .collect();
                let party = attribution.as_ref().and_then(|a| a.source.party.as_deref());
                self.side_from_context(d, s, &earlier, party)
            });
            let mut is_hedged = disclaimed[d.sentence]
                || (hedges[d.sentence].flatten().is_some() && self.hedge_reaches(d, s))
                || disclaimer.get(d.sentence + 1).copied().unwrap_or(false)
                || attribution.as_ref().is_some_and(|a| a.doubting);
            if attribution.as_ref().is_some_and(|a| a.hedged) {
                is_hedged = true;
            }
            let (date, date_basis) = self.date_for(d, s, sentences, times, lead);
            // "Turkey, which has taken in 3.6 million refugees": the host is the place
            let host = (d.event == EventKind::Host)
                .then(|| d.predicate.and_then(|(v, _)| self.owner_of(v, s.first)))
                .flatten()
                .filter(|h| self.lexicon.frame().place_named(h).is_some());
            let place = d
                .place
                .clone()
                .or(host)
                .or_else(|| self.place_for(d.first, s));
            let counted = if d.phrase.is_empty() {
                None
            } else {
                Some(Span {
                    start: self.tokens[d.phrase.start].start,
                    end: self.tokens[d.phrase.end - 1].end,
                })
            };
            let predicate = d.predicate.map(|(a, b)| Span {
                start: self.tokens[a].start,
                end: self.tokens[b - 1].end,
            });
            out.push(ClaimFrame {
                start: d.start,
                end: d.end,
                kind: d.kind,
                quantity: d.quantity.clone(),
                counted,
                what: d.what.clone().unwrap_or_else(|| "thing".into()),
                event: d.event,
                predicate,
                side,
                source: attribution.as_ref().map(|a| a.source.canonical.clone()),
                source_span: attribution.as_ref().map(|a| a.span),
                source_party: attribution.and_then(|a| a.source.party),
                hedged: is_hedged,
                date,
                date_basis,
                place,
                sentence: s.span,
                published: self.published,
            });
        }
        out
    }

    /// The hedge of a sentence, the strongest kind first.
    fn hedge_in(&self, s: &Sentence) -> Option<HedgeWord> {
        let mut found = None;
        for k in s.first..s.end {
            match self
                .lexicon
                .frame()
                .hedge_at(&self.lowered, &self.tokens, k)
            {
                Some((HedgeWord::Disclaimer, _)) => return Some(HedgeWord::Disclaimer),
                Some((HedgeWord::Hedge, _)) => found = Some(HedgeWord::Hedge),
                None => {}
            }
        }
        found
    }

    /// Whether a hedge of the sentence reaches the clause of a draft: "… is thought to have
    /// seized 40 more" does not doubt "killed 300" told before "while" or ";".
    fn hedge_reaches(&self, d: &Draft, s: &Sentence) -> bool {
        let barrier = |k: usize| {
            let w = self.lower(k);
            w == ";"
                || is(words::CLAUSE_BARRIERS, w)
                || (w == "and" && k > s.first && self.word(k - 1) == ",")
        };
        let frame = self.lexicon.frame();
        let mut k = s.first;
        while k < s.end {
            if let Some((HedgeWord::Hedge, n)) = frame.hedge_at(&self.lowered, &self.tokens, k) {
                let (a, b) = if k + n <= d.first {
                    (k + n, d.first)
                } else {
                    (d.after, k)
                };
                if !(a..b).any(barrier) {
                    return true;
                }
                k += n;
                continue;
            }
            k += 1;
        }
        false
    }

    /// The day of the document's main event: the first resolved day of its first sentences
    /// that dates no statement ("police said Wednesday").
    fn lead_date(&self, times: &[Vec<TimeMention>]) -> Option<DayInterval> {
        times
            .iter()
            .take(LEAD_SENTENCES)
            .flatten()
            .find_map(|t| match t.value {
                TimeValue::Days(d) if !self.states_the_report(t) && !self.is_printed_date(t) => {
                    Some(d)
                }
                _ => None,
            })
    }

    /// Whether a time is the report's own stamp, not an event's day: a line that holds
    /// nothing but the date ("July 03, 2013 6:22AM", "3 July 2013 Last updated at 13:38
    /// GMT"), or a dateline ("JAKARTA, July 3 (Reuters) -").
    fn is_printed_date(&self, t: &TimeMention) -> bool {
        let line_start = self.text[..t.start].rfind('\n').map_or(0, |i| i + 1);
        let line_end = self.text[t.end..]
            .find('\n')
            .map_or(self.text.len(), |i| t.end + i);
        let first = self.token_at(line_start);
        let last = self.token_at(line_end);
        let (a, b) = (self.token_at(t.start), self.token_at(t.end));
        let other_words = (first..a)
            .chain(b..last)
            .filter(|&k| {
                self.tokens[k].kind == TokenKind::Word && !is(words::STAMP_WORDS, self.lower(k))
            })
            .count();
        if other_words == 0 {
            return true;
        }
        // a dateline: capitalised place words and a comma before, an agency or dash after
        let place_before = a > first
            && self.word(a - 1) == ","
            && (first..a - 1)
                .all(|k| self.is_capitalised(k) || self.joins(k) || self.word(k) == ",");
        let agency_after = matches!(self.word(b), "(" | "-" | "\u{2014}" | "\u{2013}" | "/");
        place_before && agency_after
    }

    /// Whether a time of the sentence can date the event of a draft: it is in the same clause,
    /// not in the future of the publication (a deadline), and not a year that dates a noun
    /// ("under a 2018 deal").
    fn dates_the_event(&self, t: &TimeMention, d: &Draft) -> bool {
        if self.states_the_report(t) || self.is_printed_date(t) {
            return false;
        }
        if let (TimeValue::Days(x), Some(p)) = (t.value, self.published) {
            if x.from > p {
                return false;
            }
        }
        let first = self.token_at(t.start);
        let last = self.token_at(t.end);
        // "under a 2018 deal" dates the deal; "the 2004 tsunami that killed" dates the event
        if first > 0
            && matches!(self.lower(first - 1), "a" | "an" | "the" | "its" | "their")
            && self.is_lowercase_word(last)
            && self.text[t.start..t.end]
                .bytes()
                .all(|b| b.is_ascii_digit())
            && self
                .lexicon
                .frame()
                .event_at(&self.lowered, &self.tokens, last)
                .is_none()
            && !is(words::EVENT_NOUNS, self.lower(last))
        {
            return false;
        }
        let (a, b) = if t.end <= d.start {
            (last, d.first)
        } else {
            (d.after, first)
        };
        // "a region that was devastated by the tsunami of 2004": a relative clause after the
        // count dates its own event
        let relative_after = t.start >= d.end
            && (a..b).any(|k| is(&["that", "which", "who", "whose", "where"], self.lower(k)));
        !relative_after
            && !(a..b).any(|k| {
                let w = self.word(k);
                w == ";"
                    || (w == ","
                        && is(
                            &["where", "which", "who", "while", "whereas", "although"],
                            self.lower(k + 1),
                        ))
            })
    }

    /// When the event of a draft happened, and how that was found.
    fn date_for(
        &self,
        d: &Draft,
        s: &Sentence,
        sentences: &[Sentence],
        times: &[Vec<TimeMention>],
        lead: Option<DayInterval>,
    ) -> (Option<DayInterval>, DateBasis) {
        let in_sentence: Vec<&TimeMention> = times[d.sentence]
            .iter()
            .filter(|t| self.dates_the_event(t, d))
            .collect();
        let nearest = in_sentence.iter().min_by_key(|t| {
            if t.end <= d.start {
                d.start - t.end
            } else {
                t.start.saturating_sub(d.end)
            }
        });
        // the day of the sentences before in the paragraph, else the lead's
        let context = || {
            (d.sentence.saturating_sub(CONTEXT_SENTENCES)..d.sentence)
                .rev()
                .take_while(|&p| sentences[p].paragraph == s.paragraph)
                .find_map(|p| {
                    times[p].iter().find_map(|t| match t.value {
                        TimeValue::Days(x)
                            if !self.states_the_report(t) && !self.is_printed_date(t) =>
                        {
                            Some(x)
                        }
                        _ => None,
                    })
                })
                .or(lead)
        };
        // a killing or wounding told with no day of its own is news of the day of
        // publication or the day before: an estimate, marked as such
        let magnitude = d.what.as_deref() == Some("magnitude");
        let estimate = || match self.published {
            Some(p) if magnitude || matches!(d.event, EventKind::Kill | EventKind::Injure) => (
                Some(DayInterval {
                    from: p.add_days(-1),
                    to: p,
                }),
                DateBasis::Published,
            ),
            _ => (None, DateBasis::None),
        };
        let dated = matches!(
            d.event,
            EventKind::Kill
                | EventKind::Injure
                | EventKind::Attack
                | EventKind::Destroy
                | EventKind::Capture
                | EventKind::Surround
                | EventKind::Arrest
                | EventKind::Abduct
                | EventKind::Release
                | EventKind::Gather
        ) || magnitude; // a quake's strength is told of the quake, an event of a day
        match nearest.map(|t| (t, t.value)) {
            Some((_, TimeValue::Days(x))) => (Some(x), DateBasis::Stated),
            Some((t, TimeValue::Relative(days))) => {
                // "came a week after a previous round … killed eight": the claim is in the
                // complement of "after", so it happened before the anchor
                let phrase = self.text[t.start..t.end].to_lowercase();
                let preposition = phrase.ends_with("after") || phrase.ends_with("before");
                let days = if preposition && t.end <= d.start {
                    -days
                } else {
                    days
                };
                let anchor = context().map(|a| (a, DateBasis::Context)).or_else(|| {
                    self.published
                        .map(|p| (DayInterval { from: p, to: p }, DateBasis::Stated))
                });
                match anchor {
                    Some((a, basis)) => (
                        Some(DayInterval {
                            from: a.from.add_days(days),
                            to: a.to.add_days(days),
                        }),
                        basis,
                    ),
                    None => (None, DateBasis::None),
                }
            }
            None if dated => match context() {
                Some(x) => (Some(x), DateBasis::Context),
                None => estimate(),
            },
            None => (None, DateBasis::None),
        }
    }

    /// Whether a time dates a statement rather than an event: right after a reporting word
    /// ("police said Wednesday", "the ministry said on Monday", "told reporters Tuesday").
    fn states_the_report(&self, t: &TimeMention) -> bool {
        let first = self.token_at(t.start);
        let frame = self.lexicon.frame();
        (first.saturating_sub(3)..first).any(|k| {
            frame
                .attribution_at(&self.lowered, &self.tokens, k)
                .is_some_and(|(_, n)| {
                    let between = k + n..first;
                    between.len() <= 2
                        && between
                            .clone()
                            .all(|j| matches!(self.lower(j), "on" | "late" | "early" | "reporters"))
                })
        })
    }
}

/// A plural noun made singular by the regular rules ("targets" → "target", "casualties" →
/// "casualty"), for heads the lexicon does not know.
fn singular(word: &str) -> String {
    if let Some(stem) = word.strip_suffix("ies") {
        return format!("{stem}y");
    }
    for suffix in ["ches", "shes", "sses", "xes"] {
        if word.ends_with(suffix) {
            return word[..word.len() - 2].to_owned();
        }
    }
    if word.ends_with('s') && !word.ends_with("ss") && !word.ends_with("us") && word.len() > 3 {
        return word[..word.len() - 1].to_owned();
    }
    word.to_owned()
}

#[cfg(test)]
mod tests;
