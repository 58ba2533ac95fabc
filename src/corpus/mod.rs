//! The parallel pipeline over many documents.
//!
//! Documents are independent, so the work is a rayon `par_iter` over them; results come back
//! in input order and are identical for any number of threads. The output is columnar (one
//! `Vec` per column) because the consumer is a `DataFrame`: a million mentions become eleven
//! vectors, not a million objects. Offsets in the columns are code-point offsets into each
//! original text, converted once here.
//!
//! The room above the core's per-document work: it knows documents, claims and columns, and
//! nothing of Python (the bindings sit above it).
//!
//! ```
//! use crosscheck::corpus::{quantity_columns, Threads};
//! use crosscheck::lexicon::Lexicon;
//! use crosscheck::quantity::Conventions;
//! let docs = ["Nearly 700,000 people have fled.", "In 2018, ‘‘115 targets’’ were hit."];
//! let cols = quantity_columns(&docs, Lexicon::builtin(), &Conventions::default(), Threads::Auto).unwrap();
//! assert_eq!(cols.doc, [0, 1, 1]);
//! assert_eq!(cols.kind, ["cardinal", "year", "cardinal"]);
//! assert_eq!((cols.start[2], cols.end[2]), (11, 14)); // code points, past the curly quotes
//! ```

use std::panic::{catch_unwind, AssertUnwindSafe};

use rayon::prelude::*;

use crate::claim::{extract, read_mentions, ClaimFrame, MentionReading};
use crate::time::Day;

use crate::error::Result;
use crate::lexicon::Lexicon;
use crate::quantity::{find_quantities_with, Conventions, Mention};
use crate::text::CharOffsets;

pub use crate::parallel::{with_threads, Cancel, Threads, MAX_THREADS};

/// Every mention of every document, as columns.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct QuantityColumns {
    /// Position of the document in the input.
    pub doc: Vec<usize>,
    /// Code-point offset of the mention.
    pub start: Vec<usize>,
    /// Code-point offset just past the mention.
    pub end: Vec<usize>,
    /// The mention as written.
    pub mention: Vec<String>,
    /// [`crate::quantity::MentionKind::as_str`].
    pub kind: Vec<&'static str>,
    /// Representative value (NaN for kinds without a quantity).
    pub value: Vec<f64>,
    /// Lowest value admitted (NaN for kinds without a quantity).
    pub low: Vec<f64>,
    /// Highest value admitted (NaN for kinds without a quantity).
    pub high: Vec<f64>,
    /// Whether the text marks it approximate.
    pub approx: Vec<bool>,
    /// The unit (None for kinds without a quantity).
    pub unit: Vec<Option<String>>,
    /// The modifier, if any.
    pub modifier: Vec<Option<&'static str>>,
    /// What the figure measures or belongs to, as written.
    pub concept: Vec<Option<String>>,
    /// `up` / `down` when the text tells a rise or a fall.
    pub direction: Vec<Option<&'static str>>,
}

impl QuantityColumns {
    fn push_document(
        &mut self,
        doc: usize,
        text: &str,
        mentions: Vec<Mention>,
        readings: &[MentionReading],
    ) {
        let offsets = CharOffsets::new(text);
        let readings: rustc_hash::FxHashMap<(usize, usize), &MentionReading> = readings
            .iter()
            .map(|r| ((r.span.start, r.span.end), r))
            .collect();
        for m in mentions {
            let reading = readings.get(&(m.start, m.end)).copied();
            self.concept.push(
                reading
                    .and_then(|r| r.concept)
                    .map(|s| text[s.start..s.end].to_owned()),
            );
            self.direction.push(
                reading
                    .and_then(|r| r.direction)
                    .map(crate::lexicon::Direction::as_str),
            );
            self.doc.push(doc);
            self.start.push(offsets.char_offset(m.start));
            self.end.push(offsets.char_offset(m.end));
            self.mention.push(text[m.start..m.end].to_string());
            self.kind.push(m.kind.as_str());
            match m.quantity {
                Some(q) => {
                    self.value.push(q.value);
                    self.low.push(q.low);
                    self.high.push(q.high);
                    self.approx.push(q.approx);
                    self.unit.push(Some(q.unit));
                    self.modifier
                        .push(q.modifier.map(crate::quantity::Modifier::as_str));
                }
                None => {
                    self.value.push(f64::NAN);
                    self.low.push(f64::NAN);
                    self.high.push(f64::NAN);
                    self.approx.push(false);
                    self.unit.push(None);
                    self.modifier.push(None);
                }
            }
        }
    }

    /// Number of rows.
    pub fn len(&self) -> usize {
        self.doc.len()
    }

    /// Whether there is no row.
    pub fn is_empty(&self) -> bool {
        self.doc.is_empty()
    }
}

/// Find the quantities of every document, in parallel, as columns in input order.
pub fn quantity_columns<S: AsRef<str> + Sync>(
    docs: &[S],
    lexicon: &Lexicon,
    conv: &Conventions,
    threads: Threads,
) -> Result<QuantityColumns> {
    quantity_columns_cancellable(docs, lexicon, conv, threads, &Cancel::new())
}

/// [`quantity_columns`], stopped early when `cancel` is raised.
pub fn quantity_columns_cancellable<S: AsRef<str> + Sync>(
    docs: &[S],
    lexicon: &Lexicon,
    conv: &Conventions,
    threads: Threads,
    cancel: &Cancel,
) -> Result<QuantityColumns> {
    let per_doc: Vec<(Vec<Mention>, Vec<MentionReading>)> = with_threads(threads, || {
        docs.par_iter()
            .map(|d| {
                if cancel.is_cancelled() {
                    return (Vec::new(), Vec::new());
                }
                // the reading is a claim reader's: a panic there costs the document its
                // concepts, never the batch
                let readings = catch_unwind(AssertUnwindSafe(|| {
                    read_mentions(d.as_ref(), None, lexicon)
                }))
                .unwrap_or_default();
                (find_quantities_with(d.as_ref(), lexicon, conv), readings)
            })
            .collect()
    })?;
    cancel.check()?;
    let mut cols = QuantityColumns::default();
    for (i, (mentions, readings)) in per_doc.into_iter().enumerate() {
        cols.push_document(i, docs[i].as_ref(), mentions, &readings);
    }
    Ok(cols)
}

/// Every claim of every document, as columns (offsets in code points of each original text).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ClaimColumns {
    /// Position of the document in the input.
    pub doc: Vec<usize>,
    /// Rank of the claim in its document, from 0.
    pub rank: Vec<usize>,
    /// The number phrase.
    pub start: Vec<usize>,
    /// End of the number phrase.
    pub end: Vec<usize>,
    /// The number phrase as written.
    pub mention: Vec<String>,
    /// Representative value.
    pub value: Vec<f64>,
    /// Lowest value admitted.
    pub low: Vec<f64>,
    /// Highest value admitted.
    pub high: Vec<f64>,
    /// Whether the text marks it approximate or vague.
    pub approx: Vec<bool>,
    /// The unit (`count` for people and things).
    pub unit: Vec<String>,
    /// The counted noun phrase as written.
    pub counted: Vec<Option<String>>,
    /// Its class.
    pub what: Vec<String>,
    /// The event.
    pub event: Vec<&'static str>,
    /// The party the counted belong to.
    pub side: Vec<Option<String>>,
    /// Canonical source.
    pub source: Vec<Option<String>>,
    /// The attribution as written.
    pub source_text: Vec<Option<String>>,
    /// Whether the report doubts the claim.
    pub hedged: Vec<bool>,
    /// First day of the event, as days since 1970-01-01.
    pub date_from: Vec<Option<i32>>,
    /// Last day of the event.
    pub date_to: Vec<Option<i32>>,
    /// How the day was found (`stated`, `context`, `published`, `none`).
    pub date_basis: Vec<&'static str>,
    /// The place named for the event.
    pub place: Vec<Option<String>>,
    /// What the figure measures or belongs to, as written.
    pub concept: Vec<Option<String>>,
    /// `up` / `down` when the text tells a rise or a fall.
    pub direction: Vec<Option<&'static str>>,
    /// Code-point span of the concept.
    pub concept_start: Vec<Option<usize>>,
    /// End of the concept.
    pub concept_end: Vec<Option<usize>>,
    /// The publication day the claim was resolved against, as days since 1970-01-01.
    pub published: Vec<Option<i32>>,
    /// The sentence.
    pub sentence: Vec<String>,
    /// The kind of number phrase.
    pub kind: Vec<&'static str>,
    /// The party the source speaks for.
    pub source_party: Vec<Option<String>>,
    /// The governing predicate as written.
    pub predicate: Vec<Option<String>>,
    /// Code-point span of the sentence.
    pub sentence_start: Vec<usize>,
    /// End of the sentence.
    pub sentence_end: Vec<usize>,
    /// Code-point span of the counted phrase (None when there is none).
    pub counted_start: Vec<Option<usize>>,
    /// End of the counted phrase.
    pub counted_end: Vec<Option<usize>>,
    /// Code-point span of the attribution.
    pub source_start: Vec<Option<usize>>,
    /// End of the attribution.
    pub source_end: Vec<Option<usize>>,
    /// Documents that could not be read: (position, message).
    pub errors: Vec<(usize, String)>,
}

impl ClaimColumns {
    fn push_document(&mut self, doc: usize, text: &str, claims: Vec<ClaimFrame>) {
        let offsets = CharOffsets::new(text);
        let cp = |b: usize| offsets.char_offset(b);
        for (rank, c) in claims.into_iter().enumerate() {
            self.doc.push(doc);
            self.rank.push(rank);
            self.start.push(cp(c.start));
            self.end.push(cp(c.end));
            self.mention.push(text[c.start..c.end].to_owned());
            self.value.push(c.quantity.value);
            self.low.push(c.quantity.low);
            self.high.push(c.quantity.high);
            self.approx.push(c.quantity.approx);
            self.unit.push(c.quantity.unit);
            self.counted
                .push(c.counted.map(|s| text[s.start..s.end].to_owned()));
            self.counted_start.push(c.counted.map(|s| cp(s.start)));
            self.counted_end.push(c.counted.map(|s| cp(s.end)));
            self.what.push(c.what);
            self.event.push(c.event.as_str());
            self.predicate
                .push(c.predicate.map(|s| text[s.start..s.end].to_owned()));
            self.side.push(c.side);
            self.source.push(c.source);
            self.source_text
                .push(c.source_span.map(|s| text[s.start..s.end].to_owned()));
            self.source_start.push(c.source_span.map(|s| cp(s.start)));
            self.source_end.push(c.source_span.map(|s| cp(s.end)));
            self.source_party.push(c.source_party);
            self.hedged.push(c.hedged);
            self.date_from.push(c.date.map(|d| d.from.0));
            self.date_to.push(c.date.map(|d| d.to.0));
            self.date_basis.push(c.date_basis.as_str());
            self.place.push(c.place);
            self.concept
                .push(c.concept.map(|s| text[s.start..s.end].to_owned()));
            self.concept_start.push(c.concept.map(|s| cp(s.start)));
            self.concept_end.push(c.concept.map(|s| cp(s.end)));
            self.direction
                .push(c.direction.map(crate::lexicon::Direction::as_str));
            self.published.push(c.published.map(|d| d.0));
            self.sentence
                .push(text[c.sentence.start..c.sentence.end].to_owned());
            self.sentence_start.push(cp(c.sentence.start));
            self.sentence_end.push(cp(c.sentence.end));
            self.kind.push(c.kind.as_str());
        }
    }

    /// Number of rows.
    pub fn len(&self) -> usize {
        self.doc.len()
    }

    /// Whether there is no row.
    pub fn is_empty(&self) -> bool {
        self.doc.is_empty()
    }
}

/// A document of a batch: its text (None when the caller had no string for it) and its
/// publication day.
#[derive(Clone, Copy, Debug)]
pub struct Input<'a> {
    /// The text, or None for a document that is not a string.
    pub text: Option<&'a str>,
    /// The publication day.
    pub published: Option<Day>,
}

/// Extract the claims of every document, in parallel, as columns in input order. A document
/// with no text, or whose reading fails, becomes an entry of `errors` and the batch goes on.
pub fn claim_columns(
    docs: &[Input<'_>],
    lexicon: &Lexicon,
    threads: Threads,
) -> Result<ClaimColumns> {
    claim_columns_cancellable(docs, lexicon, threads, &Cancel::new())
}

/// [`claim_columns`], stopped early when `cancel` is raised.
pub fn claim_columns_cancellable(
    docs: &[Input<'_>],
    lexicon: &Lexicon,
    threads: Threads,
    cancel: &Cancel,
) -> Result<ClaimColumns> {
    read_documents(docs, threads, cancel, |text, published| {
        extract(text, published, lexicon)
    })
}

/// The batch reader behind [`claim_columns`], with the reading of one document given as `read`.
///
/// Each document is read under `catch_unwind`: a panic (a bug of ours, never the caller's
/// fault) becomes an error row naming the document, and the other documents are unaffected.
/// The reader is a parameter so that this guarantee is tested with a reader that panics.
fn read_documents<F>(
    docs: &[Input<'_>],
    threads: Threads,
    cancel: &Cancel,
    read: F,
) -> Result<ClaimColumns>
where
    F: Fn(&str, Option<Day>) -> Vec<ClaimFrame> + Sync,
{
    let per_doc: Vec<std::result::Result<Vec<ClaimFrame>, String>> = with_threads(threads, || {
        docs.par_iter()
            .map(|d| {
                if cancel.is_cancelled() {
                    return Ok(Vec::new());
                }
                let text = d.text.ok_or_else(|| "not a string".to_owned())?;
                catch_unwind(AssertUnwindSafe(|| read(text, d.published))).map_err(|panic| {
                    let msg = panic
                        .downcast_ref::<&str>()
                        .map(|s| (*s).to_owned())
                        .or_else(|| panic.downcast_ref::<String>().cloned())
                        .unwrap_or_else(|| "unknown panic".into());
                    format!("internal error while reading the document: {msg}")
                })
            })
            .collect()
    })?;
    cancel.check()?;
    let mut cols = ClaimColumns::default();
    for (i, result) in per_doc.into_iter().enumerate() {
        match result {
            Ok(claims) => cols.push_document(i, docs[i].text.unwrap_or(""), claims),
            Err(message) => cols.errors.push((i, message)),
        }
    }
    Ok(cols)
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicU32, Ordering};

    use super::*;
    use crate::error::Error;

    #[test]
    fn claims_are_identical_for_any_thread_count() {
        let texts: Vec<String> = (0..120)
            .map(|i| {
                format!(
                    "Shelling killed {} Dutch soldiers on Monday, the ministry said. “Nearly {} people have fled,” he said.",
                    i + 2,
                    (i + 1) * 1000
                )
            })
            .collect();
        let docs: Vec<Input<'_>> = texts
            .iter()
            .map(|t| Input {
                text: Some(t),
                published: Day::parse_iso("2021-03-17"),
            })
            .collect();
        let lex = Lexicon::builtin();
        let one = claim_columns(&docs, lex, Threads::Exactly(1)).unwrap();
        let two = claim_columns(&docs, lex, Threads::Exactly(2)).unwrap();
        assert_eq!(one, two);
        assert_eq!(one.len(), 240);
    }

    #[test]
    fn a_missing_text_is_an_error_row_not_a_gap() {
        let docs = [
            Input {
                text: Some("Five soldiers were killed."),
                published: None,
            },
            Input {
                text: None,
                published: None,
            },
            Input {
                text: Some("Ten soldiers were wounded."),
                published: None,
            },
        ];
        let cols = claim_columns(&docs, Lexicon::builtin(), Threads::Auto).unwrap();
        assert_eq!(cols.doc, [0, 2]);
        assert_eq!(cols.errors, [(1, "not a string".to_owned())]);
    }

    #[test]
    fn a_panicking_document_is_an_error_row_and_the_batch_goes_on() {
        let texts = [
            "Five soldiers were killed.",
            "BOOM",
            "Ten soldiers were wounded.",
        ];
        let docs: Vec<Input<'_>> = texts
            .iter()
            .map(|t| Input {
                text: Some(t),
                published: None,
            })
            .collect();
        let lex = Lexicon::builtin();
        let cols = read_documents(
            &docs,
            Threads::Exactly(2),
            &Cancel::new(),
            |text, published| {
                assert!(text != "BOOM", "a bug met {text:?}");
                extract(text, published, lex)
            },
        )
        .unwrap();
        assert_eq!(cols.doc, [0, 2]);
        assert_eq!(cols.errors.len(), 1);
        assert_eq!(cols.errors[0].0, 1);
        assert!(cols.errors[0].1.contains("internal error"));
        assert!(cols.errors[0].1.contains("a bug met \"BOOM\""));
    }

    #[test]
    fn same_output_for_any_thread_count() {
        let docs: Vec<String> = (0..200)
            .map(|i| {
                format!(
                    "Report {i}: nearly {} people fled on Feb. {} at 10:{:02} a.m.",
                    i * 1000,
                    i % 28 + 1,
                    i % 60
                )
            })
            .collect();
        let lex = Lexicon::builtin();
        let conv = Conventions::default();
        let one = quantity_columns(&docs, lex, &conv, Threads::Exactly(1)).unwrap();
        let four = quantity_columns(&docs, lex, &conv, Threads::Exactly(4)).unwrap();
        assert_eq!(one.doc, four.doc);
        assert_eq!(one.start, four.start);
        assert_eq!(one.mention, four.mention);
        assert!(!one.is_empty());
    }

    #[test]
    fn zero_threads_is_an_error() {
        assert!(Threads::resolve(Some(0)).is_err());
    }

    #[test]
    fn a_thread_count_past_the_cap_is_refused_at_once() {
        assert_eq!(
            Threads::resolve(Some(MAX_THREADS)).unwrap(),
            Threads::Exactly(MAX_THREADS)
        );
        let err = Threads::resolve(Some(1_000_000)).unwrap_err();
        assert!(err.to_string().contains("between 1 and 256"), "{err}");
    }

    #[test]
    fn a_raised_flag_stops_the_batch_with_no_partial_result() {
        let texts = vec!["Five soldiers were killed."; 50];
        let docs: Vec<Input<'_>> = texts
            .iter()
            .map(|t| Input {
                text: Some(t),
                published: None,
            })
            .collect();
        let cancel = Cancel::new();
        let seen = AtomicU32::new(0);
        let result = read_documents(&docs, Threads::Exactly(1), &cancel, |text, published| {
            // the caller raises the flag while the tenth document is read
            if seen.fetch_add(1, Ordering::Relaxed) == 9 {
                cancel.cancel();
            }
            extract(text, published, Lexicon::builtin())
        });
        assert_eq!(result.unwrap_err(), Error::cancelled());
        assert_eq!(seen.load(Ordering::Relaxed), 10);
        let conv = Conventions::default();
        let raised = Cancel::new();
        raised.cancel();
        assert!(quantity_columns_cancellable(
            &texts,
            Lexicon::builtin(),
            &conv,
            Threads::Auto,
            &raised
        )
        .is_err());
    }
}
