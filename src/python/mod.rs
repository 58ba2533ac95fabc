//! The pyo3 bindings: argument checking, conversions and exceptions, nothing else.
//!
//! Every call follows the same three steps (tokenizers' `encode_batch`, polars'
//! `enter_polars`): extract the arguments into owned Rust values while attached to the
//! interpreter, run the core detached from it (the GIL released) with panics caught, and
//! convert the result after. Nothing here decides anything about text.
//!
//! The top room, and the only one that knows pyo3; no room of the core knows it.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::mpsc::{channel, RecvTimeoutError};
use std::sync::Arc;
use std::time::Duration;

use pyo3::create_exception;
use pyo3::exceptions::{PyException, PyOverflowError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::pybacked::PyBackedStr;
use pyo3::types::{PyBool, PyByteArray, PyDict, PyList, PyString};
use rustc_hash::FxHashMap;

use crate::corpus::{
    claim_columns_cancellable, quantity_columns_cancellable, Cancel, Input, Threads, MAX_THREADS,
};
use crate::error::{Error, ErrorKind};
use crate::lexicon::Lexicon;
use crate::quantity::{self, Conventions, Mention, Quantity};
use crate::reconcile::{reconcile_cancellable, ClaimRecord, Policy};
use crate::text::CharOffsets;
use crate::time::Day;

create_exception!(
    crosscheck,
    CrosscheckError,
    PyException,
    "Base class of the errors crosscheck raises (an internal failure is one, never a crash)."
);
create_exception!(
    crosscheck,
    LexiconError,
    CrosscheckError,
    "A lexicon could not be loaded."
);

fn to_pyerr(e: &Error) -> PyErr {
    match e.kind() {
        ErrorKind::Lexicon { .. } => LexiconError::new_err(e.to_string()),
        ErrorKind::InvalidArgument(_) => PyValueError::new_err(e.to_string()),
        _ => CrosscheckError::new_err(e.to_string()),
    }
}

fn panic_message(panic: &(dyn std::any::Any + Send)) -> String {
    panic
        .downcast_ref::<&str>()
        .map(|s| (*s).to_string())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown panic".into())
}

/// Run core work with the GIL released, turning a panic into a `CrosscheckError`.
fn run_detached<T: Send>(py: Python<'_>, what: &str, f: impl FnOnce() -> T + Send) -> PyResult<T> {
    py.detach(|| catch_unwind(AssertUnwindSafe(f)))
        .map_err(|panic| {
            let msg = panic_message(&*panic);
            CrosscheckError::new_err(format!("internal error in {what}: {msg}"))
        })
}

/// How often a long batch looks for a signal (Ctrl-C) while the core works.
const SIGNAL_POLL: Duration = Duration::from_millis(50);

/// [`run_detached`] for a batch that may run long: the core works on a thread of its own while
/// this one looks for signals every [`SIGNAL_POLL`]. On one whose handler raises (Ctrl-C gives
/// `KeyboardInterrupt`), the batch's [`Cancel`] flag goes up, the core stops before its next
/// document or block, and the handler's exception is raised: a notebook user stops a run at
/// once, not when the batch ends. Signal handlers run on the main thread only; elsewhere the
/// look is a no-op. A `small` batch runs on this thread with no look at all.
fn run_cancellable<T: Send>(
    py: Python<'_>,
    what: &str,
    small: bool,
    f: impl FnOnce(&Cancel) -> Result<T, Error> + Send,
) -> PyResult<T> {
    let cancel = Cancel::new();
    if small {
        return run_detached(py, what, || f(&cancel))?.map_err(|e| to_pyerr(&e));
    }
    let mut interrupt: Option<PyErr> = None;
    let flag = &cancel;
    let outcome = py.detach(|| {
        std::thread::scope(|scope| {
            let (done, finished) = channel::<()>();
            let worker = scope.spawn(move || {
                let result = catch_unwind(AssertUnwindSafe(|| f(flag)));
                let _ = done.send(());
                result
            });
            #[allow(clippy::redundant_closure_for_method_calls)] // the method is not general enough
            while let Err(RecvTimeoutError::Timeout) = finished.recv_timeout(SIGNAL_POLL) {
                if interrupt.is_none() {
                    if let Err(e) = Python::attach(|py| py.check_signals()) {
                        interrupt = Some(e);
                        flag.cancel();
                    }
                }
            }
            worker.join().unwrap_or_else(Err)
        })
    });
    if let Some(e) = interrupt {
        return Err(e);
    }
    match outcome {
        Ok(result) => result.map_err(|e| to_pyerr(&e)),
        Err(panic) => Err(CrosscheckError::new_err(format!(
            "internal error in {what}: {}",
            panic_message(&*panic)
        ))),
    }
}

/// A batch whose work is over in a blink: no thread to watch it for signals.
fn is_small(documents: usize, bytes: usize) -> bool {
    documents < 64 && bytes < (1 << 16)
}

/// The `threads=` argument: None, or an int in `1..=MAX_THREADS` (`CROSSCHECK_THREADS`, when
/// the argument is None, is held to the same bounds).
fn threads_arg(threads: Option<&Bound<'_, PyAny>>) -> PyResult<Threads> {
    let explicit = match threads {
        None => None,
        Some(t) if t.is_none() => None,
        Some(t) => {
            let out_of_bounds = |shown: String| {
                PyValueError::new_err(format!(
                    "threads must be between 1 and {MAX_THREADS}, not {shown}"
                ))
            };
            if t.is_instance_of::<PyBool>() {
                return Err(PyTypeError::new_err(
                    "threads must be an int or None, not bool",
                ));
            }
            match t.extract::<i64>() {
                Ok(n) if (1..=MAX_THREADS as i64).contains(&n) => Some(n as usize),
                Ok(n) => return Err(out_of_bounds(n.to_string())),
                Err(e) if e.is_instance_of::<PyOverflowError>(t.py()) => {
                    return Err(out_of_bounds(t.to_string()))
                }
                Err(_) => {
                    let ty = t
                        .get_type()
                        .name()
                        .map_or_else(|_| "?".to_string(), |n| n.to_string());
                    return Err(PyTypeError::new_err(format!(
                        "threads must be an int or None, not {ty}"
                    )));
                }
            }
        }
    };
    Threads::resolve(explicit).map_err(|e| to_pyerr(&e))
}

fn expect_str(obj: &Bound<'_, PyAny>, what: &str) -> PyResult<PyBackedStr> {
    if !obj.is_instance_of::<PyString>() {
        let ty = obj
            .get_type()
            .name()
            .map_or_else(|_| "?".to_string(), |n| n.to_string());
        return Err(PyTypeError::new_err(format!(
            "{what} must be a str, not {ty}"
        )));
    }
    obj.extract::<PyBackedStr>().map_err(|_| {
        PyValueError::new_err(format!(
            "{what} is not valid Unicode: it holds a lone surrogate"
        ))
    })
}

/// An amount as an interval.
#[pyclass(
    frozen,
    eq,
    skip_from_py_object,
    name = "Quantity",
    module = "crosscheck"
)]
#[derive(Clone, PartialEq)]
pub struct PyQuantity {
    /// Lowest value admitted.
    #[pyo3(get)]
    low: f64,
    /// Highest value admitted (`inf` when open).
    #[pyo3(get)]
    high: f64,
    /// Representative value.
    #[pyo3(get)]
    value: f64,
    /// The text marks it approximate or vague.
    #[pyo3(get)]
    approx: bool,
    /// `count`, `%`, a currency code or a unit code.
    #[pyo3(get)]
    unit: String,
    /// `about`, `nearly`, `more_than`, `at_least`, `at_most`, `less_than`, `range` or None.
    #[pyo3(get)]
    modifier: Option<String>,
}

impl From<Quantity> for PyQuantity {
    fn from(q: Quantity) -> PyQuantity {
        PyQuantity {
            low: q.low,
            high: q.high,
            value: q.value,
            approx: q.approx,
            unit: q.unit,
            modifier: q.modifier.map(|m| m.as_str().to_string()),
        }
    }
}

fn py_float(v: f64) -> String {
    if v.is_infinite() {
        if v > 0.0 {
            "inf".into()
        } else {
            "-inf".into()
        }
    } else if v.fract() == 0.0 && v.abs() < 1e16 {
        format!("{v:.1}")
    } else {
        format!("{v}")
    }
}

#[pymethods]
impl PyQuantity {
    fn __repr__(&self) -> String {
        let modifier = self
            .modifier
            .as_ref()
            .map_or("None".into(), |m| format!("'{m}'"));
        format!(
            "Quantity(low={}, high={}, value={}, approx={}, unit='{}', modifier={})",
            py_float(self.low),
            py_float(self.high),
            py_float(self.value),
            if self.approx { "True" } else { "False" },
            self.unit,
            modifier
        )
    }

    /// The fields as a dict.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("low", self.low)?;
        d.set_item("high", self.high)?;
        d.set_item("value", self.value)?;
        d.set_item("approx", self.approx)?;
        d.set_item("unit", &self.unit)?;
        d.set_item("modifier", &self.modifier)?;
        Ok(d)
    }
}

/// One number phrase found in a text.
#[pyclass(
    frozen,
    eq,
    skip_from_py_object,
    name = "Mention",
    module = "crosscheck"
)]
#[derive(Clone, PartialEq)]
pub struct PyMention {
    /// Code-point offset of the phrase.
    #[pyo3(get)]
    start: usize,
    /// Code-point offset just past the phrase.
    #[pyo3(get)]
    end: usize,
    /// The phrase as written, `text[start:end]`.
    #[pyo3(get)]
    text: String,
    /// cardinal, fraction, percent, currency, measure, age, ordinal, year, date, time,
    /// identifier, phone or compound.
    #[pyo3(get)]
    kind: &'static str,
    quantity: Option<PyQuantity>,
}

#[pymethods]
impl PyMention {
    /// The amount, or None for years, dates, times, identifiers and phone numbers.
    #[getter]
    fn quantity(&self) -> Option<PyQuantity> {
        self.quantity.clone()
    }

    /// Whether this mention is a count of people or things.
    #[getter]
    fn is_count(&self) -> bool {
        self.kind == "cardinal"
    }

    fn __repr__(&self) -> String {
        format!(
            "Mention({:?}, kind='{}', start={}, end={})",
            self.text, self.kind, self.start, self.end
        )
    }
}

fn mentions_to_py(text: &str, mentions: Vec<Mention>) -> Vec<PyMention> {
    let offsets = CharOffsets::new(text);
    mentions
        .into_iter()
        .map(|m| PyMention {
            start: offsets.char_offset(m.start),
            end: offsets.char_offset(m.end),
            text: text[m.start..m.end].to_string(),
            kind: m.kind.as_str(),
            quantity: m.quantity.map(PyQuantity::from),
        })
        .collect()
}

/// The lexicons the grammar consults: the built-in ones, optionally extended with TOML.
#[pyclass(frozen, skip_from_py_object, name = "Lexicon", module = "crosscheck")]
#[derive(Clone)]
pub struct PyLexicon {
    inner: Arc<Lexicon>,
}

#[pymethods]
impl PyLexicon {
    #[new]
    #[pyo3(signature = (toml=None))]
    fn new(py: Python<'_>, toml: Option<&str>) -> PyResult<PyLexicon> {
        // a large user file takes a while: other Python threads run meanwhile
        let lexicon = run_detached(py, "Lexicon", || {
            let mut lexicon = Lexicon::builtin().clone();
            if let Some(t) = toml {
                lexicon.extend_toml(t)?;
            }
            Ok(lexicon)
        })?
        .map_err(|e: Error| to_pyerr(&e))?;
        Ok(PyLexicon {
            inner: Arc::new(lexicon),
        })
    }

    /// A new lexicon: this one plus the entries of a TOML document.
    fn extend(&self, py: Python<'_>, toml: &str) -> PyResult<PyLexicon> {
        let lexicon = run_detached(py, "Lexicon.extend", || {
            let mut lexicon = (*self.inner).clone();
            lexicon.extend_toml(toml)?;
            Ok(lexicon)
        })?
        .map_err(|e: Error| to_pyerr(&e))?;
        Ok(PyLexicon {
            inner: Arc::new(lexicon),
        })
    }

    /// The codes of every unit, in order.
    #[getter]
    fn units(&self) -> Vec<String> {
        self.inner.units().iter().map(|u| u.code.clone()).collect()
    }

    fn __repr__(&self) -> String {
        let frame = self.inner.frame();
        format!(
            "Lexicon(units={}, event_phrases={}, counted_classes={}, actors={}, places={}, sources={})",
            self.inner.units().len(),
            frame.event_phrases(),
            frame.classes().len(),
            frame.actors().len(),
            frame.places().len(),
            frame.sources().len()
        )
    }
}

/// `parse_quantity(phrase, lexicon=None)`
#[pyfunction]
#[allow(clippy::needless_pass_by_value)] // pyo3 hands arguments over by value
#[pyo3(signature = (phrase, lexicon=None))]
fn parse_quantity(
    py: Python<'_>,
    phrase: &Bound<'_, PyAny>,
    lexicon: Option<PyRef<'_, PyLexicon>>,
) -> PyResult<Option<PyQuantity>> {
    let phrase = expect_str(phrase, "phrase")?;
    let lex = lexicon.as_deref().map(|l| Arc::clone(&l.inner));
    let q = run_detached(py, "parse_quantity", || match &lex {
        Some(l) => quantity::parse_quantity_with(&phrase, l, &Conventions::default()),
        None => quantity::parse_quantity(&phrase),
    })?;
    Ok(q.map(PyQuantity::from))
}

/// `find_quantities(text, lexicon=None)`
#[pyfunction]
#[allow(clippy::needless_pass_by_value)] // pyo3 hands arguments over by value
#[pyo3(signature = (text, lexicon=None))]
fn find_quantities(
    py: Python<'_>,
    text: &Bound<'_, PyAny>,
    lexicon: Option<PyRef<'_, PyLexicon>>,
) -> PyResult<Vec<PyMention>> {
    let text = expect_str(text, "text")?;
    let lex = lexicon.as_deref().map(|l| Arc::clone(&l.inner));
    let mentions = run_detached(py, "find_quantities", || match &lex {
        Some(l) => quantity::find_quantities_with(&text, l, &Conventions::default()),
        None => quantity::find_quantities(&text),
    })?;
    Ok(mentions_to_py(&text, mentions))
}

/// `_quantity_columns(texts, threads=None, lexicon=None)`: a dict of columns.
#[pyfunction]
#[allow(clippy::needless_pass_by_value)] // pyo3 hands arguments over by value
#[pyo3(signature = (texts, threads=None, lexicon=None))]
fn _quantity_columns<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyAny>,
    threads: Option<&Bound<'py, PyAny>>,
    lexicon: Option<PyRef<'py, PyLexicon>>,
) -> PyResult<Bound<'py, PyDict>> {
    let threads = threads_arg(threads)?;
    let mut docs: Vec<PyBackedStr> = Vec::new();
    for (i, item) in texts.try_iter()?.enumerate() {
        docs.push(expect_str(&item?, &format!("texts[{i}]"))?);
    }
    // the built-in lexicon is shared, never copied; a user's is shared through its Arc
    let lex = lexicon.as_deref().map(|l| Arc::clone(&l.inner));
    let small = is_small(docs.len(), docs.iter().map(|d| d.len()).sum());
    let cols = run_cancellable(py, "quantities", small, |cancel| {
        let lexicon = lex.as_deref().unwrap_or_else(|| Lexicon::builtin());
        quantity_columns_cancellable(&docs, lexicon, &Conventions::default(), threads, cancel)
    })?;
    let d = PyDict::new(py);
    d.set_item("doc", cols.doc)?;
    d.set_item("start", cols.start)?;
    d.set_item("end", cols.end)?;
    d.set_item("mention", cols.mention)?;
    d.set_item("kind", cols.kind)?;
    d.set_item("value", cols.value)?;
    d.set_item("low", cols.low)?;
    d.set_item("high", cols.high)?;
    d.set_item("approx", cols.approx)?;
    d.set_item("unit", cols.unit)?;
    d.set_item("modifier", cols.modifier)?;
    d.set_item("concept", cols.concept)?;
    d.set_item("direction", cols.direction)?;
    Ok(d)
}

/// `_claim_columns(texts, published, threads=None, lexicon=None, first=0)`: a dict of
/// columns, with `errors` the (position, message) of every document that could not be read.
/// An item of `texts` that is not a `str` is such a document; a `published` entry is an ISO
/// day or None. Numbers come as the bytes of little-endian arrays (`int64`, `float64` with NaN
/// for a missing day, `bool`; -1 for a missing offset). `first` is the position of the batch's
/// first text in the whole input, for messages.
#[pyfunction]
#[allow(clippy::needless_pass_by_value)] // pyo3 hands arguments over by value
#[pyo3(signature = (texts, published, threads=None, lexicon=None, first=0))]
fn _claim_columns<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyAny>,
    published: Vec<Option<String>>,
    threads: Option<&Bound<'py, PyAny>>,
    lexicon: Option<PyRef<'py, PyLexicon>>,
    first: usize,
) -> PyResult<Bound<'py, PyDict>> {
    let threads = threads_arg(threads)?;
    let mut owned: Vec<Option<PyBackedStr>> = Vec::new();
    let mut kinds: Vec<String> = Vec::new();
    for item in texts.try_iter()? {
        let item = item?;
        if item.is_instance_of::<PyString>() {
            // a str with a lone surrogate ("\ud800") has no UTF-8 form: the document is bad,
            // not the batch
            match item.extract::<PyBackedStr>() {
                Ok(text) => {
                    owned.push(Some(text));
                    kinds.push(String::new());
                }
                Err(_) => {
                    owned.push(None);
                    kinds.push("str with a lone surrogate (not valid Unicode)".into());
                }
            }
        } else {
            owned.push(None);
            kinds.push(
                item.get_type()
                    .name()
                    .map_or_else(|_| "?".into(), |n| n.to_string()),
            );
        }
    }
    if published.len() != owned.len() {
        return Err(PyValueError::new_err(format!(
            "published has {} entries but texts has {}",
            published.len(),
            owned.len()
        )));
    }
    let mut days = Vec::with_capacity(published.len());
    for (i, p) in published.iter().enumerate() {
        days.push(match p {
            None => None,
            Some(s) => Some(Day::parse_iso(s).ok_or_else(|| {
                let i = i + first;
                PyValueError::new_err(format!("published[{i}] is not a day: {s:?}"))
            })?),
        });
    }
    let lex = lexicon.as_deref().map(|l| Arc::clone(&l.inner));
    let small = is_small(owned.len(), owned.iter().flatten().map(|d| d.len()).sum());
    let mut cols = run_cancellable(py, "extract", small, |cancel| {
        let docs: Vec<Input<'_>> = owned
            .iter()
            .zip(&days)
            .map(|(t, p)| Input {
                text: t.as_deref(),
                published: *p,
            })
            .collect();
        let lexicon = lex.as_deref().unwrap_or_else(|| Lexicon::builtin());
        claim_columns_cancellable(&docs, lexicon, threads, cancel)
    })?;
    for (position, message) in &mut cols.errors {
        if owned[*position].is_none() {
            *message = if kinds[*position].starts_with("str ") {
                format!("a {}", kinds[*position])
            } else {
                format!("expected str, got {}", kinds[*position])
            };
        }
    }
    // Numbers go over as little-endian bytes (numpy.frombuffer reads them with no Python
    // object per cell) and the strings that repeat (units, classes, events, sides, sources)
    // as one shared str each: per claim, this is most of the memory a batch takes.
    let d = PyDict::new(py);
    d.set_item("doc", int_bytes(py, cols.doc.iter().map(|&v| v as i64)))?;
    d.set_item("rank", int_bytes(py, cols.rank.iter().map(|&v| v as i64)))?;
    d.set_item("start", int_bytes(py, cols.start.iter().map(|&v| v as i64)))?;
    d.set_item("end", int_bytes(py, cols.end.iter().map(|&v| v as i64)))?;
    d.set_item("value", float_bytes(py, cols.value.iter().copied()))?;
    d.set_item("low", float_bytes(py, cols.low.iter().copied()))?;
    d.set_item("high", float_bytes(py, cols.high.iter().copied()))?;
    d.set_item("approx", bool_bytes(py, &cols.approx))?;
    d.set_item("hedged", bool_bytes(py, &cols.hedged))?;
    for (name, days) in [
        ("date_from", &cols.date_from),
        ("date_to", &cols.date_to),
        ("published", &cols.published),
    ] {
        let days = days.iter().map(|d| d.map_or(f64::NAN, f64::from));
        d.set_item(name, float_bytes(py, days))?;
    }
    for (name, column) in [
        ("sentence_start", &cols.sentence_start),
        ("sentence_end", &cols.sentence_end),
    ] {
        d.set_item(name, int_bytes(py, column.iter().map(|&v| v as i64)))?;
    }
    for (name, column) in [
        ("counted_start", &cols.counted_start),
        ("counted_end", &cols.counted_end),
        ("source_start", &cols.source_start),
        ("source_end", &cols.source_end),
        ("concept_start", &cols.concept_start),
        ("concept_end", &cols.concept_end),
    ] {
        // -1 stands for "none": offsets are never negative
        let column = column.iter().map(|v| v.map_or(-1, |v| v as i64));
        d.set_item(name, int_bytes(py, column))?;
    }
    for (name, column) in [
        ("mention", strs(&cols.mention)),
        ("unit", strs(&cols.unit)),
        ("what", strs(&cols.what)),
        ("event", cols.event.iter().map(|s| Some(*s)).collect()),
        ("kind", cols.kind.iter().map(|s| Some(*s)).collect()),
        (
            "date_basis",
            cols.date_basis.iter().map(|s| Some(*s)).collect(),
        ),
        ("counted", opt_strs(&cols.counted)),
        ("side", opt_strs(&cols.side)),
        ("source", opt_strs(&cols.source)),
        ("source_text", opt_strs(&cols.source_text)),
        ("place", opt_strs(&cols.place)),
        ("source_party", opt_strs(&cols.source_party)),
        ("predicate", opt_strs(&cols.predicate)),
        ("concept", opt_strs(&cols.concept)),
        ("direction", cols.direction.clone()),
    ] {
        d.set_item(name, shared_strings(py, &column)?)?;
    }
    // the claims of one sentence share its str
    d.set_item("sentence", runs_of_strings(py, &cols.sentence)?)?;
    d.set_item("errors", cols.errors)?;
    Ok(d)
}

/// A column of integers as the bytes of an `int64` array (little-endian).
fn int_bytes(py: Python<'_>, values: impl ExactSizeIterator<Item = i64>) -> Bound<'_, PyByteArray> {
    let mut out = Vec::with_capacity(values.len() * 8);
    for v in values {
        out.extend_from_slice(&v.to_le_bytes());
    }
    PyByteArray::new(py, &out)
}

/// A column of floats as the bytes of a `float64` array (little-endian).
fn float_bytes(
    py: Python<'_>,
    values: impl ExactSizeIterator<Item = f64>,
) -> Bound<'_, PyByteArray> {
    let mut out = Vec::with_capacity(values.len() * 8);
    for v in values {
        out.extend_from_slice(&v.to_le_bytes());
    }
    PyByteArray::new(py, &out)
}

/// A column of booleans as the bytes of a `bool` array.
fn bool_bytes<'py>(py: Python<'py>, values: &[bool]) -> Bound<'py, PyByteArray> {
    let out: Vec<u8> = values.iter().map(|&b| u8::from(b)).collect();
    PyByteArray::new(py, &out)
}

fn strs(column: &[String]) -> Vec<Option<&str>> {
    column.iter().map(|s| Some(s.as_str())).collect()
}

fn opt_strs(column: &[Option<String>]) -> Vec<Option<&str>> {
    column.iter().map(Option::as_deref).collect()
}

/// A list of str (or None) in which equal strings are one object.
fn shared_strings<'py>(py: Python<'py>, column: &[Option<&str>]) -> PyResult<Bound<'py, PyList>> {
    let mut seen: FxHashMap<&str, Bound<'py, PyString>> = FxHashMap::default();
    let items = column.iter().map(|value| match value {
        None => py.None().into_bound(py),
        Some(s) => seen
            .entry(s)
            .or_insert_with(|| PyString::new(py, s))
            .clone()
            .into_any(),
    });
    PyList::new(py, items)
}

/// A list of str in which a string equal to the one before is the same object.
fn runs_of_strings<'py>(py: Python<'py>, column: &[String]) -> PyResult<Bound<'py, PyList>> {
    let mut last: Option<(&str, Bound<'py, PyString>)> = None;
    let mut items = Vec::with_capacity(column.len());
    for s in column {
        let object = match &last {
            Some((text, object)) if *text == s.as_str() => object.clone(),
            _ => PyString::new(py, s),
        };
        items.push(object.clone());
        last = Some((s.as_str(), object));
    }
    PyList::new(py, items)
}

/// A column of `_reconcile`'s input, as a Vec.
fn column<'py, T: FromPyObjectOwned<'py>>(
    columns: &Bound<'py, PyDict>,
    name: &str,
) -> PyResult<Vec<T>> {
    let value = columns
        .get_item(name)?
        .ok_or_else(|| PyValueError::new_err(format!("missing column {name:?}")))?;
    value
        .extract::<Vec<T>>()
        .map_err(|e| PyTypeError::new_err(format!("column {name:?}: {e}")))
}

/// An optional column of `_reconcile`'s input: all missing when absent.
fn optional_column(
    columns: &Bound<'_, PyDict>,
    name: &str,
    n: usize,
) -> PyResult<Vec<Option<String>>> {
    match columns.get_item(name)? {
        Some(_) => column(columns, name),
        None => Ok(vec![None; n]),
    }
}

/// `_reconcile(columns, policy="ucdp", threads=None, lexicon=None)`: the claims as columns
/// (`doc`, `value`, `low`, `high`, `event`, `what`, `side`, `source`, `source_party`,
/// `hedged`, `date_from`, `date_to` and `published` as days since 1970-01-01, `place`,
/// `sentence`, `position`, and optionally `unit`, `concept`, `date_basis`, `story`),
/// reconciled: `cluster_of`, `status`, `story_of`, `superseded_by`, `revision`, the clusters'
/// columns and `stories` (a dict of the stories' columns).
#[pyfunction]
#[allow(clippy::needless_pass_by_value)] // pyo3 hands arguments over by value
#[pyo3(signature = (columns, policy="ucdp", threads=None, lexicon=None))]
fn _reconcile<'py>(
    py: Python<'py>,
    columns: &Bound<'py, PyDict>,
    policy: &str,
    threads: Option<&Bound<'py, PyAny>>,
    lexicon: Option<PyRef<'py, PyLexicon>>,
) -> PyResult<Bound<'py, PyDict>> {
    let threads = threads_arg(threads)?;
    let policy = Policy::parse(policy).ok_or_else(|| {
        PyValueError::new_err(format!(
            "policy must be 'ucdp', 'conservative' or 'median', not {policy:?}"
        ))
    })?;
    let doc: Vec<String> = column(columns, "doc")?;
    let n = doc.len();
    let value: Vec<f64> = column(columns, "value")?;
    let low: Vec<f64> = column(columns, "low")?;
    let high: Vec<f64> = column(columns, "high")?;
    let event: Vec<String> = column(columns, "event")?;
    let what: Vec<String> = column(columns, "what")?;
    let side: Vec<Option<String>> = column(columns, "side")?;
    let source: Vec<Option<String>> = column(columns, "source")?;
    let source_party: Vec<Option<String>> = column(columns, "source_party")?;
    let hedged: Vec<bool> = column(columns, "hedged")?;
    let date_from: Vec<Option<i32>> = column(columns, "date_from")?;
    let date_to: Vec<Option<i32>> = column(columns, "date_to")?;
    let place: Vec<Option<String>> = column(columns, "place")?;
    let published: Vec<Option<i32>> = column(columns, "published")?;
    let sentence: Vec<String> = column(columns, "sentence")?;
    let position: Vec<i64> = column(columns, "position")?;
    let offset: Vec<Option<usize>> = column(columns, "offset")?;
    let unit: Vec<Option<String>> = optional_column(columns, "unit", n)?;
    let concept: Vec<Option<String>> = optional_column(columns, "concept", n)?;
    let date_basis: Vec<Option<String>> = optional_column(columns, "date_basis", n)?;
    let story: Vec<Option<String>> = optional_column(columns, "story", n)?;
    let lengths = [
        value.len(),
        low.len(),
        high.len(),
        event.len(),
        what.len(),
        side.len(),
        source.len(),
        source_party.len(),
        hedged.len(),
        date_from.len(),
        date_to.len(),
        place.len(),
        published.len(),
        sentence.len(),
        position.len(),
        offset.len(),
        unit.len(),
        concept.len(),
        date_basis.len(),
        story.len(),
    ];
    if lengths.iter().any(|&l| l != n) {
        return Err(PyValueError::new_err("columns of different lengths"));
    }
    let records: Vec<ClaimRecord> = (0..n)
        .map(|i| ClaimRecord {
            doc: doc[i].clone(),
            value: value[i],
            low: low[i],
            high: high[i],
            event: event[i].clone(),
            what: what[i].clone(),
            side: side[i].clone(),
            source: source[i].clone(),
            source_party: source_party[i].clone(),
            hedged: hedged[i],
            date: match (date_from[i], date_to[i]) {
                (Some(f), Some(t)) => Some((f.min(t), f.max(t))),
                (Some(d), None) | (None, Some(d)) => Some((d, d)),
                (None, None) => None,
            },
            place: place[i].clone(),
            published: published[i],
            sentence: sentence[i].clone(),
            position: position[i],
            offset: offset[i],
            unit: unit[i].clone().unwrap_or_default(),
            concept: concept[i].clone(),
            date_basis: date_basis[i].clone(),
            story: story[i].clone(),
            voice_key: None,
        })
        .collect();
    let lex = lexicon.as_deref().map(|l| Arc::clone(&l.inner));
    let result = run_cancellable(py, "reconcile", records.len() < 256, |cancel| {
        let lexicon = lex.as_deref().unwrap_or_else(|| Lexicon::builtin());
        reconcile_cancellable(&records, policy, lexicon, threads, cancel)
    })?;
    let d = PyDict::new(py);
    d.set_item("cluster_of", result.cluster_of)?;
    d.set_item("story_of", result.story_of)?;
    d.set_item("superseded_by", result.superseded_by)?;
    d.set_item(
        "revision",
        result
            .revision
            .iter()
            .map(|r| r.map(crate::reconcile::Revision::as_str))
            .collect::<Vec<_>>(),
    )?;
    let stories = PyDict::new(py);
    let s = &result.stories;
    stories.set_item("n_docs", s.iter().map(|x| x.n_docs).collect::<Vec<_>>())?;
    stories.set_item(
        "first_published",
        s.iter().map(|x| x.first_published).collect::<Vec<_>>(),
    )?;
    stories.set_item(
        "last_published",
        s.iter().map(|x| x.last_published).collect::<Vec<_>>(),
    )?;
    stories.set_item(
        "names",
        s.iter().map(|x| x.names.clone()).collect::<Vec<_>>(),
    )?;
    stories.set_item(
        "places",
        s.iter().map(|x| x.places.clone()).collect::<Vec<_>>(),
    )?;
    stories.set_item(
        "events",
        s.iter().map(|x| x.events.clone()).collect::<Vec<_>>(),
    )?;
    d.set_item("stories", stories)?;
    d.set_item(
        "status",
        result.status.iter().map(|s| s.as_str()).collect::<Vec<_>>(),
    )?;
    let k = &result.clusters;
    d.set_item(
        "event",
        k.iter().map(|c| c.event.clone()).collect::<Vec<_>>(),
    )?;
    d.set_item("what", k.iter().map(|c| c.what.clone()).collect::<Vec<_>>())?;
    d.set_item("side", k.iter().map(|c| c.side.clone()).collect::<Vec<_>>())?;
    d.set_item(
        "date_from",
        k.iter().map(|c| c.date.map(|x| x.0)).collect::<Vec<_>>(),
    )?;
    d.set_item(
        "date_to",
        k.iter().map(|c| c.date.map(|x| x.1)).collect::<Vec<_>>(),
    )?;
    d.set_item(
        "place",
        k.iter().map(|c| c.place.clone()).collect::<Vec<_>>(),
    )?;
    d.set_item(
        "n_claims",
        k.iter().map(|c| c.claims.len()).collect::<Vec<_>>(),
    )?;
    d.set_item("n_docs", k.iter().map(|c| c.n_docs).collect::<Vec<_>>())?;
    d.set_item(
        "n_sources",
        k.iter().map(|c| c.n_sources).collect::<Vec<_>>(),
    )?;
    d.set_item("low", k.iter().map(|c| c.low).collect::<Vec<_>>())?;
    d.set_item("best", k.iter().map(|c| c.best).collect::<Vec<_>>())?;
    d.set_item("high", k.iter().map(|c| c.high).collect::<Vec<_>>())?;
    d.set_item("spread", k.iter().map(|c| c.spread).collect::<Vec<_>>())?;
    d.set_item(
        "verdict",
        k.iter().map(|c| c.verdict.as_str()).collect::<Vec<_>>(),
    )?;
    d.set_item(
        "summary",
        k.iter().map(|c| c.summary.clone()).collect::<Vec<_>>(),
    )?;
    d.set_item("story_id", k.iter().map(|c| c.story).collect::<Vec<_>>())?;
    d.set_item("unit", k.iter().map(|c| c.unit.clone()).collect::<Vec<_>>())?;
    d.set_item(
        "concept",
        k.iter().map(|c| c.concept.clone()).collect::<Vec<_>>(),
    )?;
    Ok(d)
}

/// `_stories(texts, published, lexicon=None)`: the story of each document, from the salient
/// names of its full text and its publication day (days since 1970-01-01, or None).
#[pyfunction]
#[allow(clippy::needless_pass_by_value)] // pyo3 hands arguments over by value
#[pyo3(signature = (texts, published, lexicon=None))]
fn _stories<'py>(
    py: Python<'py>,
    texts: Vec<String>,
    published: Vec<Option<i32>>,
    lexicon: Option<PyRef<'py, PyLexicon>>,
) -> PyResult<Vec<usize>> {
    if texts.len() != published.len() {
        return Err(PyValueError::new_err(
            "texts and published have different lengths",
        ));
    }
    let lex = lexicon.as_deref().map(|l| Arc::clone(&l.inner));
    let found = run_detached(py, "stories", || {
        let lexicon = lex.as_deref().unwrap_or_else(|| Lexicon::builtin());
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        crate::story::of_documents(&refs, &published, lexicon)
    })?;
    Ok(found.story_of)
}

/// The extension module `crosscheck._core`.
#[pymodule]
fn _core(m: &Bound<'_, PyModule>) -> PyResult<()> {
    // Every process-wide lazy (the built-in lexicon, the scanner's tables) is built now, while
    // the import holds the GIL, so that no `os.fork` can happen while a thread is half-way
    // through building one: a child would wait forever on it.
    crate::warm_up();
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add("CrosscheckError", m.py().get_type::<CrosscheckError>())?;
    m.add("LexiconError", m.py().get_type::<LexiconError>())?;
    m.add_class::<PyQuantity>()?;
    m.add_class::<PyMention>()?;
    m.add_class::<PyLexicon>()?;
    m.add_function(wrap_pyfunction!(parse_quantity, m)?)?;
    m.add_function(wrap_pyfunction!(find_quantities, m)?)?;
    m.add_function(wrap_pyfunction!(_quantity_columns, m)?)?;
    m.add_function(wrap_pyfunction!(_claim_columns, m)?)?;
    m.add_function(wrap_pyfunction!(_reconcile, m)?)?;
    m.add_function(wrap_pyfunction!(_stories, m)?)?;
    Ok(())
}
