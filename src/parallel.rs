//! The threads a batch runs on, and the flag that stops it early.
//!
//! Both the corpus pipeline and reconciliation spread their work over a rayon pool sized by
//! [`Threads`] (an explicit count, else `CROSSCHECK_THREADS`, else one thread per core) and
//! look at a [`Cancel`] flag between documents or blocks. They live here, below both, so that
//! neither leans on the other for them. Knows nothing of documents, claims or Python.
//!
//! ```
//! use crosscheck::parallel::{with_threads, Threads};
//! let sum = with_threads(Threads::Exactly(2), || (1..=10).sum::<i32>()).unwrap();
//! assert_eq!(sum, 55);
//! ```

use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};

use crate::error::{Error, Result};

/// The most threads a batch may ask for. A pool larger than the machine's cores only adds the
/// cost of starting its threads (4,000 took 9 s for one sentence), so a larger count is refused
/// at once rather than obeyed for minutes.
pub const MAX_THREADS: usize = 256;

/// How many threads a batch may use.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Threads {
    /// `CROSSCHECK_THREADS` if set, else rayon's global pool (one thread per core).
    Auto,
    /// Exactly this many (1 = no parallelism).
    Exactly(usize),
}

impl Threads {
    /// The setting from an optional explicit count, falling back on `CROSSCHECK_THREADS`;
    /// either must lie in `1..=MAX_THREADS`.
    pub fn resolve(explicit: Option<usize>) -> Result<Threads> {
        if let Some(n) = explicit {
            if !(1..=MAX_THREADS).contains(&n) {
                return Err(Error::invalid_argument(format!(
                    "threads must be between 1 and {MAX_THREADS}, not {n}"
                )));
            }
            return Ok(Threads::Exactly(n));
        }
        match std::env::var("CROSSCHECK_THREADS") {
            Ok(v) if !v.trim().is_empty() => match v.trim().parse::<usize>() {
                Ok(n) if (1..=MAX_THREADS).contains(&n) => Ok(Threads::Exactly(n)),
                _ => Err(Error::invalid_argument(format!(
                    "CROSSCHECK_THREADS must be an integer between 1 and {MAX_THREADS}, not {v:?}"
                ))),
            },
            _ => Ok(Threads::Auto),
        }
    }
}

/// The process that first ran work on rayon's global pool (0: none yet). A child made by
/// `fork` inherits that pool's state but not its threads, so work sent to it would wait
/// forever: a child runs on pools of its own. An atomic, not a `Once`: a fork while another
/// thread held a `Once` half-initialised would leave the child waiting on it forever.
static GLOBAL_POOL_OWNER: AtomicU32 = AtomicU32::new(0);

/// Run `f` on a pool of the requested size. `Auto` uses rayon's global pool in the process
/// that first used it, and a pool of its own (one thread per core) in a forked child.
pub fn with_threads<T: Send>(threads: Threads, f: impl FnOnce() -> T + Send) -> Result<T> {
    let n = match threads {
        Threads::Auto => {
            let pid = std::process::id();
            let owner = match GLOBAL_POOL_OWNER.compare_exchange(
                0,
                pid,
                Ordering::AcqRel,
                Ordering::Acquire,
            ) {
                Ok(_) => pid,
                Err(owner) => owner,
            };
            if owner == pid {
                return Ok(f());
            }
            std::thread::available_parallelism().map_or(1, std::num::NonZero::get)
        }
        Threads::Exactly(n) => n,
    };
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(n)
        .build()
        .map_err(|e| Error::invalid_argument(format!("cannot start {n} threads: {e}")))?;
    Ok(pool.install(f))
}

/// A flag that stops a batch early: the caller (the Python bindings, on Ctrl-C) raises it from
/// another thread, the workers look at it before each document or block, and the batch ends
/// with [`Error::cancelled`] within the time of the documents already started.
#[derive(Debug, Default)]
pub struct Cancel(AtomicBool);

impl Cancel {
    /// A flag not raised.
    pub fn new() -> Cancel {
        Cancel(AtomicBool::new(false))
    }

    /// Ask the work to stop.
    pub fn cancel(&self) {
        self.0.store(true, Ordering::Relaxed);
    }

    /// Whether the work was asked to stop.
    pub fn is_cancelled(&self) -> bool {
        self.0.load(Ordering::Relaxed)
    }

    /// `Err(Error::cancelled())` once the flag is raised.
    pub fn check(&self) -> Result<()> {
        if self.is_cancelled() {
            Err(Error::cancelled())
        } else {
            Ok(())
        }
    }
}
