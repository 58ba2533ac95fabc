//! crosscheck: quantitative claims out of news reports, reconciled across sources.
//!
//! The core is plain Rust and knows nothing of Python; the bindings live in [`python`] behind
//! the default `python` feature, so `cargo test --no-default-features` proves the core stands
//! alone. The modules follow the flow of `DESIGN.md`:
//!
//! - [`text`]: offsets (bytes → code points) and the tokenizer;
//! - [`quantity`]: the number grammar — every number phrase becomes a typed interval;
//! - [`lexicon`]: the data files (units, currencies, modifiers) and user extensions;
//! - [`segment`]: sentences, paragraphs and datelines of news text;
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
