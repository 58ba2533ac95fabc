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
//!    attribution ([`attribution`]), hedges ([`hedge`]), times ([`crate::time`], [`dating`])
//!    and places ([`place`]); which numbers are figures at all is [`figure`]'s, and what a
//!    figure counts and which event governs it is [`reading`]'s;
//! 4. resolve what one sentence leaves to another ([`reference`]): "101 of them", "five
//!    others", "the ministry", "he", "a week earlier", "regime targets".
//!
//! This module holds the document reader: the claim frame, the document's tokens and
//! sentences, and the loop that reads every number. It must not know stories or
//! reconciliation, which read its claims.
//!
//! Everything is local to the document; the corpus pipeline runs documents in parallel.
//!
//! The room of claims: it holds [`ClaimFrame`] and the reading of one document, on the rooms
//! below it (text, lexicon, quantity, time, segment). It knows nothing of other documents,
//! stories or reconciliation.
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
mod concept;
mod dating;
mod figure;
mod hedge;
mod mentions;
mod phrase;
mod place;
mod predicate;
mod reading;
mod reference;
mod side;
mod words;

use std::cell::OnceCell;

use crate::lexicon::{Direction, EventKind, Lexicon};
use crate::quantity::{find_quantities_with, Conventions, MentionKind, Quantity};
use crate::segment::{sentences_with, Span};
use crate::text::normalize::{normalize, OffsetMap};
use crate::text::token::{Token, TokenKind};
use crate::time::{find_times_with, leading_date, Day, DayInterval, TimeMention};

use phrase::CountedPhrase;

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
    /// What the figure measures or belongs to, as written ("the benchmark index", "national
    /// budget", "second-quarter profit"), if the text names it.
    pub concept: Option<Span>,
    /// Whether the text tells the figure as a rise or a fall.
    pub direction: Option<Direction>,
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

pub use mentions::{read_mentions, MentionReading};

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
            spans.extend(c.concept.as_mut());
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
    /// The gazetteer place the document names most, found when needed.
    main_place: OnceCell<Option<crate::lexicon::Place>>,
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
            // ("CanadaFive Canadians": a number word glued to a heading is read apart)
            tokens: crate::quantity::tokens_with(text, lexicon),
            lexicon,
            published,
            body_start,
            government: OnceCell::new(),
            parties: OnceCell::new(),
            main_place: OnceCell::new(),
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
            t.kind == TokenKind::Digits || self.lexicon.numbers().cardinal(self.lower(i)).is_some()
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

    /// A draft of mention `m` of sentence `si`, before anything around it is read: no
    /// counted phrase, side, predicate or place, of `family` and `event`.
    fn draft_of(
        &self,
        m: &crate::quantity::Mention,
        quantity: Quantity,
        (si, s): (usize, &Sentence),
        (family, event): (Option<String>, EventKind),
    ) -> Draft {
        Draft {
            start: m.start,
            end: m.end,
            first: self.token_at(m.start),
            after: self.token_at(m.end),
            kind: m.kind,
            quantity,
            sentence: si,
            paragraph: s.paragraph,
            phrase: CountedPhrase::default(),
            what: None,
            family,
            side: None,
            event,
            predicate: None,
            place: None,
        }
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
                            | MentionKind::Age
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
            let quantity = m.quantity.clone().expect("filtered above");
            let mut d = self.draft_of(&m, quantity, (si, &s), (None, EventKind::Other));
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
