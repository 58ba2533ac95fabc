//! The one error type of the core.
//!
//! Following regex-automata and polars, errors are a struct wrapping a kind enum, with a single
//! [`Result`] alias. Per-document failures are not errors of this type: they are data, carried
//! in the output of the corpus pipeline, so that one bad page never stops a batch.
//!
//! It sits at the floor of the crate: every room may use it, and it knows none of them.

use std::fmt;

/// What went wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// A lexicon data file (built in or supplied by a user) could not be parsed.
    Lexicon {
        /// Which lexicon, e.g. `units`.
        name: String,
        /// The parser's message.
        message: String,
    },
    /// An argument was outside what the function accepts.
    InvalidArgument(String),
    /// The caller raised a [`Cancel`](crate::parallel::Cancel) flag (Ctrl-C) before the work
    /// was done; no partial result is returned.
    Cancelled,
}

/// An error of the crosscheck core.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
}

impl Error {
    /// Build an error of the given kind.
    pub fn new(kind: ErrorKind) -> Error {
        Error { kind }
    }

    /// A lexicon that failed to load.
    pub fn lexicon(name: &str, message: impl Into<String>) -> Error {
        Error::new(ErrorKind::Lexicon {
            name: name.to_string(),
            message: message.into(),
        })
    }

    /// An argument outside what the function accepts.
    pub fn invalid_argument(message: impl Into<String>) -> Error {
        Error::new(ErrorKind::InvalidArgument(message.into()))
    }

    /// Work stopped by its caller.
    pub fn cancelled() -> Error {
        Error::new(ErrorKind::Cancelled)
    }

    /// What went wrong.
    pub fn kind(&self) -> &ErrorKind {
        &self.kind
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            ErrorKind::Lexicon { name, message } => {
                write!(f, "lexicon '{name}' could not be loaded: {message}")
            }
            ErrorKind::InvalidArgument(message) => write!(f, "invalid argument: {message}"),
            ErrorKind::Cancelled => write!(f, "cancelled"),
        }
    }
}

impl std::error::Error for Error {}

/// The result type of the crosscheck core.
pub type Result<T> = std::result::Result<T, Error>;
