//! The parallel pipeline over many documents.
//!
//! Documents are independent, so the work is a rayon `par_iter` over them; results come back
//! in input order and are identical for any number of threads. The output is columnar (one
//! `Vec` per column) because the consumer is a `DataFrame`: a million mentions become eleven
//! vectors, not a million objects. Offsets in the columns are code-point offsets into each
//! original text, converted once here.
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

use rayon::prelude::*;

use crate::error::{Error, Result};
use crate::lexicon::Lexicon;
use crate::quantity::{find_quantities_with, Conventions, Mention};
use crate::text::CharOffsets;

/// How many threads a batch may use.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Threads {
    /// `CROSSCHECK_THREADS` if set, else rayon's global pool (one thread per core).
    Auto,
    /// Exactly this many (1 = no parallelism).
    Exactly(usize),
}

impl Threads {
    /// The setting from an optional explicit count, falling back on `CROSSCHECK_THREADS`.
    pub fn resolve(explicit: Option<usize>) -> Result<Threads> {
        if let Some(n) = explicit {
            if n == 0 {
                return Err(Error::invalid_argument("threads must be at least 1"));
            }
            return Ok(Threads::Exactly(n));
        }
        match std::env::var("CROSSCHECK_THREADS") {
            Ok(v) if !v.trim().is_empty() => match v.trim().parse::<usize>() {
                Ok(n) if n > 0 => Ok(Threads::Exactly(n)),
                _ => Err(Error::invalid_argument(format!(
                    "CROSSCHECK_THREADS must be a positive integer, not {v:?}"
                ))),
            },
            _ => Ok(Threads::Auto),
        }
    }
}

/// Run `f` on a pool of the requested size.
pub fn with_threads<T: Send>(threads: Threads, f: impl FnOnce() -> T + Send) -> Result<T> {
    match threads {
        Threads::Auto => Ok(f()),
        Threads::Exactly(1) => Ok(f()),
        Threads::Exactly(n) => {
            let pool = rayon::ThreadPoolBuilder::new()
                .num_threads(n)
                .build()
                .map_err(|e| Error::invalid_argument(format!("cannot start {n} threads: {e}")))?;
            Ok(pool.install(f))
        }
    }
}

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
}

impl QuantityColumns {
    fn push_document(&mut self, doc: usize, text: &str, mentions: Vec<Mention>) {
        let offsets = CharOffsets::new(text);
        for m in mentions {
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
    let per_doc: Vec<Vec<Mention>> = with_threads(threads, || {
        docs.par_iter()
            .map(|d| find_quantities_with(d.as_ref(), lexicon, conv))
            .collect()
    })?;
    let mut cols = QuantityColumns::default();
    for (i, mentions) in per_doc.into_iter().enumerate() {
        cols.push_document(i, docs[i].as_ref(), mentions);
    }
    Ok(cols)
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
