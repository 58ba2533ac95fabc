//! crosscheck: quantitative claims out of news reports, reconciled across sources.
//!
//! The core is plain Rust and knows nothing of Python; the bindings live in [`python`] behind
//! the default `python` feature, so `cargo test --no-default-features` proves the core stands
//! alone. The modules follow the flow of `DESIGN.md`:
//!
//! - [`text`]: offsets (bytes → code points) and the tokenizer;
//! - [`quantity`]: the number grammar — every number phrase becomes a typed interval;
//! - [`lexicon`]: the data files (units, currencies, modifiers, calendar words) and user
//!   extensions;
//! - [`segment`]: sentences, paragraphs and datelines of news text;
//! - [`time`]: temporal expressions resolved to day intervals against the publication day;
//! - [`corpus`]: the parallel pipeline over many documents, with columnar output.
//!
//! ```
//! let q = crosscheck::quantity::parse_quantity("3.6 million").unwrap();
//! assert_eq!((q.low, q.value, q.high), (3_550_000.0, 3_600_000.0, 3_650_000.0));
//! ```

pub mod claim;
pub mod corpus;
pub mod error;
pub mod lexicon;
pub mod quantity;
pub mod reconcile;
pub mod segment;
pub mod story;
pub mod text;
pub mod time;

#[cfg(feature = "python")]
pub mod python;

pub use error::{Error, ErrorKind, Result};

/// Build every process-wide lazy value now: the built-in lexicon and the scanner's tables, by
/// reading a sample with every stage. Each is behind a `Once`; a process that forks while
/// another thread is half-way through one leaves the child waiting on it forever, so the
/// Python module calls this at import, under the GIL, where no fork can happen meanwhile.
pub fn warm_up() {
    use crate::reconcile::{reconcile, ClaimRecord, Policy};
    let lexicon = lexicon::Lexicon::builtin();
    let sample =
        "Nearly 5,000 people fled and about 12 soldiers were killed on Monday, the army said.";
    let _ = quantity::find_quantities(sample);
    let _ = quantity::parse_quantity("about 3.6 million");
    let published = time::Day::parse_iso("2021-03-17");
    let claims = claim::extract(sample, published, lexicon);
    let records: Vec<ClaimRecord> = claims
        .iter()
        .map(|c| ClaimRecord::from_frame("0", sample, published, c))
        .collect();
    let _ = reconcile(&records, Policy::Ucdp, lexicon, corpus::Threads::Exactly(1));
}
