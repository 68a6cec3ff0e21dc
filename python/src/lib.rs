//! `byline._byline`: the Python binding of the byline library.
//!
//! Input: Python texts (`str`, or `bytes`/`bytearray` read as the CLI reads
//! a file), a reference date (`str`, anything with `year`/`month`/`day`,
//! or `None`) and an offset unit. Output: the record the CLI prints
//! (`byline::report::record`, serialized by its own serde definition through
//! `pythonize`) as a Python dict without `id`. Errors are `ValueError`s with
//! the CLI's message; wrong types are `TypeError`s.
//!
//! `analyze_many` pulls texts in chunks, analyzes a chunk on a rayon pool
//! with the GIL released, and hands out records in input order while the
//! next chunk is already being analyzed.
//!
//! Known limits: every text is copied once into Rust (abi3 below Python 3.10
//! has no borrowed UTF-8 view of a `str`); building the dicts needs the GIL,
//! so it is serial.

use std::collections::VecDeque;
use std::sync::{Arc, Mutex, mpsc};

use byline::Date;
use byline::report::{OffsetUnit, Record};
use byline::{Options, report};
use pyo3::exceptions::{PyRuntimeError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyByteArray, PyBytes, PyDict, PyFloat, PyInt, PyIterator, PyList, PyString};
use rayon::prelude::*;

/// Texts per chunk handed to the worker pool: enough to keep every worker
/// busy, few enough to stream.
const CHUNK: usize = 256;

/// A chunk also closes once it holds this many bytes, so huge texts do not
/// pile up in memory (two chunks are alive at a time).
const CHUNK_BYTES: usize = 16 << 20;

/// One text as handed over, with its reference date.
struct Input {
    /// UTF-8 of a `str`, or the bytes as given.
    bytes: Vec<u8>,
    /// A `str`'s offsets index that string, a leading BOM included; bytes
    /// are read like a file, BOM dropped, as the CLI does.
    from_str: bool,
    date: Option<Date>,
    /// Why the text cannot be analyzed (a wrong type or date), known
    /// before analysis; only with `errors="record"`.
    failed: Option<String>,
}

/// One analyzed text.
struct Output {
    record: Record,
    /// Added to every offset: the BOM a `str` started with (the library
    /// analyzes the text after it).
    shift: usize,
}

/// Analyze one input the way the CLI analyzes a file. Runs without the GIL.
fn run(input: &Input, unit: OffsetUnit) -> Result<Output, String> {
    if let Some(msg) = &input.failed {
        return Err(msg.clone());
    }
    let text = byline::decode(&input.bytes).map_err(|e| e.to_string())?;
    let options = Options::default().with_reference_date(input.date);
    let analysis = byline::analyze(text, &options);
    let record = report::record(&analysis, None, unit);
    let skipped = input.bytes.len() - text.len();
    let shift = match unit {
        _ if !input.from_str || skipped == 0 => 0,
        OffsetUnit::Bytes => skipped,
        OffsetUnit::Chars => 1,
    };
    Ok(Output { record, shift })
}

/// The record as a Python dict, without `id` (a Python caller keeps its
/// own keys).
fn to_dict<'py>(py: Python<'py>, out: &Output) -> PyResult<Bound<'py, PyDict>> {
    let dict = pythonize::pythonize(py, &out.record)?.cast_into::<PyDict>()?;
    dict.del_item("id")?;
    if out.shift > 0 {
        shift_offsets(dict.as_any(), out.shift)?;
    }
    Ok(dict)
}

/// The CLI's error record (`report::error_record`) as a dict, without `id`.
fn error_dict<'py>(py: Python<'py>, msg: &str) -> PyResult<Bound<'py, PyDict>> {
    let record = report::error_record(None, None, msg);
    let dict = pythonize::pythonize(py, &record)?.cast_into::<PyDict>()?;
    dict.del_item("id")?;
    Ok(dict)
}

/// Add `by` to every `start` and `end` in a record (all offsets carry
/// those names, in every nested object).
fn shift_offsets(value: &Bound<'_, PyAny>, by: usize) -> PyResult<()> {
    if let Ok(dict) = value.cast::<PyDict>() {
        for (key, item) in dict.iter() {
            let is_offset = key
                .cast::<PyString>()
                .is_ok_and(|k| k.to_cow().is_ok_and(|k| k == "start" || k == "end"));
            match item.extract::<usize>() {
                Ok(n) if is_offset => dict.set_item(key, n + by)?,
                _ => shift_offsets(&item, by)?,
            }
        }
    } else if let Ok(list) = value.cast::<PyList>() {
        for item in list.iter() {
            shift_offsets(&item, by)?;
        }
    }
    Ok(())
}

fn type_name(obj: &Bound<'_, PyAny>) -> String {
    obj.get_type()
        .name()
        .map_or_else(|_| "?".to_string(), |n| n.to_string())
}

/// The bytes of one text argument; `what` names it in a `TypeError`.
fn text_bytes(obj: &Bound<'_, PyAny>, what: &str) -> PyResult<(Vec<u8>, bool)> {
    if let Ok(s) = obj.cast::<PyString>() {
        // A lone surrogate cannot be UTF-8: UnicodeEncodeError, a ValueError.
        return Ok((s.to_cow()?.into_owned().into_bytes(), true));
    }
    if let Ok(b) = obj.cast::<PyBytes>() {
        return Ok((b.as_bytes().to_vec(), false));
    }
    if let Ok(b) = obj.cast::<PyByteArray>() {
        return Ok((b.to_vec(), false));
    }
    Err(PyTypeError::new_err(format!(
        "{what} must be str or bytes, not {}",
        type_name(obj)
    )))
}

/// A missing value as pandas writes it (NaN, NaT).
fn is_missing(obj: &Bound<'_, PyAny>) -> bool {
    obj.cast::<PyFloat>().is_ok_and(|f| f.value().is_nan()) || type_name(obj) == "NaTType"
}

/// True when `obj` is one reference date rather than a sequence of them
/// (a pandas `DatetimeIndex` has a `year` too, but not an int one).
fn is_one_date(obj: &Bound<'_, PyAny>) -> bool {
    obj.is_none()
        || is_missing(obj)
        || obj.is_instance_of::<PyString>()
        || type_name(obj) == "datetime64"
        || obj
            .getattr("year")
            .is_ok_and(|year| year.is_instance_of::<PyInt>())
}

/// A reference date: `None`, "YYYY-MM-DD" (a time after it is ignored, as
/// the CLI's `--date` does), a `datetime.date`/`datetime`/pandas
/// `Timestamp` (anything with `year`, `month` and `day`), or a numpy
/// `datetime64` of day precision or finer.
fn parse_date(obj: &Bound<'_, PyAny>) -> PyResult<Option<Date>> {
    if obj.is_none() || is_missing(obj) {
        return Ok(None);
    }
    if let Ok(s) = obj.cast::<PyString>() {
        return Date::parse_lenient(&s.to_cow()?)
            .map(Some)
            .map_err(PyValueError::new_err);
    }
    if obj.hasattr("year")? {
        let year: i32 = obj.getattr("year")?.extract()?;
        let month: u32 = obj.getattr("month")?.extract()?;
        let day: u32 = obj.getattr("day")?.extract()?;
        return Date::new(year, month, day).map(Some).ok_or_else(|| {
            PyValueError::new_err(format!("invalid date {year:04}-{month:02}-{day:02}"))
        });
    }
    if type_name(obj) == "datetime64" {
        // numpy's: "2025-12-02" or "2025-12-02T10:00:00.000", "NaT" when missing.
        let s = obj.str()?;
        let s = s.to_cow()?;
        return match s.as_ref() {
            "NaT" => Ok(None),
            s => Date::parse_lenient(s)
                .map(Some)
                .map_err(PyValueError::new_err),
        };
    }
    Err(PyTypeError::new_err(format!(
        "date must be a str, a datetime.date or None, not {}",
        type_name(obj)
    )))
}

fn parse_unit(offsets: &str) -> PyResult<OffsetUnit> {
    match offsets {
        "chars" => Ok(OffsetUnit::Chars),
        "bytes" => Ok(OffsetUnit::Bytes),
        other => Err(PyValueError::new_err(format!(
            "offsets must be 'chars' or 'bytes', not {other:?}"
        ))),
    }
}

/// Analyze one news article and return its record as a dict.
///
/// The record is the one ``byline --offsets chars`` prints, without ``id``:
/// ``schema_version``, ``reference_date``, ``stats``, ``paragraphs``,
/// ``sentences``, ``entities``, ``quotes`` and ``claims``. With the default
/// ``offsets="chars"`` every ``start``/``end`` indexes the string you
/// passed (``text[start:end]``); ``offsets="bytes"`` gives UTF-8 byte
/// offsets as the CLI does by default.
///
/// ``date`` is the reference date relative dates ("on Sunday") resolve
/// against: ``"YYYY-MM-DD"``, a ``datetime.date``/``datetime``/pandas
/// ``Timestamp``, or ``None`` (then a dateline in the text may serve).
/// ``bytes`` are read as the CLI reads a file (UTF-8, a BOM dropped).
/// The GIL is released while the text is analyzed.
///
/// Raises ``ValueError`` with the CLI's message for a bad date or a text
/// that is not text (a NUL character, invalid UTF-8 in ``bytes``), and
/// ``TypeError`` for an argument of the wrong type.
///
/// Example::
///
///     >>> import byline
///     >>> text = '"We will not give up," Mayor Anna Berg said on Monday in Oslo.'
///     >>> record = byline.analyze(text, date="2025-12-03")
///     >>> [(e["name"], e["kind"]) for e in record["entities"]]
///     [('Anna Berg', 'person'), ('Oslo', 'place')]
///     >>> quote = record["quotes"][0]
///     >>> quote["text"], quote["speaker"]["name"]
///     ('We will not give up,', 'Anna Berg')
///     >>> text[quote["start"]:quote["end"]]
///     'We will not give up,'
///     >>> record["claims"][0]["dates"][0]["value"]
///     '2025-12-01'
#[pyfunction]
#[pyo3(signature = (text, date=None, offsets="chars"))]
fn analyze<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyAny>,
    date: Option<&Bound<'py, PyAny>>,
    offsets: &str,
) -> PyResult<Bound<'py, PyDict>> {
    let unit = parse_unit(offsets)?;
    let (bytes, from_str) = text_bytes(text, "text")?;
    let date = match date {
        Some(d) => parse_date(d)?,
        None => None,
    };
    let input = Input {
        bytes,
        from_str,
        date,
        failed: None,
    };
    let out = py
        .detach(|| run(&input, unit))
        .map_err(PyValueError::new_err)?;
    to_dict(py, &out)
}

/// Where the reference dates of `analyze_many` come from.
enum Dates {
    /// One date (or none) for every text.
    One(Option<Date>),
    /// One per text, in step with the texts.
    Each(Py<PyIterator>),
}

/// The worker pool: rayon's global one, or one of `jobs` threads.
#[derive(Clone)]
enum Pool {
    Global,
    Own(Arc<rayon::ThreadPool>),
}

impl Pool {
    fn spawn(&self, job: impl FnOnce() + Send + 'static) {
        match self {
            Pool::Global => rayon::spawn(job),
            Pool::Own(pool) => pool.spawn(job),
        }
    }
}

type Results = Vec<Result<Output, String>>;

/// A chunk being analyzed by the pool.
struct InFlight {
    results: Mutex<mpsc::Receiver<Results>>,
    /// Index of the chunk's first text.
    first: usize,
    /// Raised once the chunk's records are handed out (a bad item or a
    /// failing iterator stopped the chunk early).
    error: Option<PyErr>,
}

/// Iterator over the records of ``analyze_many``, in input order.
#[pyclass(module = "byline")]
struct Records {
    texts: Option<Py<PyIterator>>,
    dates: Dates,
    unit: OffsetUnit,
    pool: Pool,
    /// Index of the next text to pull from `texts`.
    pulled: usize,
    in_flight: Option<InFlight>,
    ready: VecDeque<Result<Output, String>>,
    /// Index of `ready`'s front.
    ready_first: usize,
    /// Raised once `ready` is empty; then the iterator is finished.
    error: Option<PyErr>,
    /// `errors="record"`: a text that fails yields the CLI's error record
    /// instead of raising.
    error_records: bool,
}

impl Records {
    /// Pull up to one chunk of texts (with their dates) and start
    /// analyzing it; a no-op once the texts are exhausted.
    fn submit(&mut self, py: Python<'_>) {
        let Some(texts) = self.texts.as_ref().map(|t| t.bind(py).clone()) else {
            return;
        };
        let first = self.pulled;
        let mut inputs = Vec::new();
        let mut bytes = 0;
        let mut error = None;
        while inputs.len() < CHUNK && bytes < CHUNK_BYTES {
            match self.pull(&texts) {
                Ok(Some(input)) => {
                    bytes += input.bytes.len();
                    inputs.push(input);
                }
                Ok(None) => {
                    self.texts = None;
                    break;
                }
                Err(e) => {
                    self.texts = None;
                    error = Some(e);
                    break;
                }
            }
        }
        let (tx, rx) = mpsc::channel();
        let unit = self.unit;
        self.pool.spawn(move || {
            let results: Results = inputs.par_iter().map(|i| run(i, unit)).collect();
            // The receiver is gone only if the iterator was dropped.
            let _ = tx.send(results);
        });
        self.in_flight = Some(InFlight {
            results: Mutex::new(rx),
            first,
            error,
        });
    }

    /// The next text and its date; None at the end of the texts.
    fn pull(&mut self, texts: &Bound<'_, PyIterator>) -> PyResult<Option<Input>> {
        let index = self.pulled;
        let Some(item) = texts.clone().next().transpose()? else {
            if let Dates::Each(dates) = &self.dates
                && dates.bind(texts.py()).clone().next().transpose()?.is_some()
            {
                return Err(PyValueError::new_err(format!(
                    "date has more items than texts ({index})"
                )));
            }
            return Ok(None);
        };
        let py = texts.py();
        let text = text_bytes(&item, &format!("texts[{index}]"));
        let date = match &self.dates {
            Dates::One(d) => Ok(*d),
            Dates::Each(dates) => match dates.bind(py).clone().next().transpose()? {
                Some(d) => parse_date(&d).map_err(|e| {
                    PyErr::from_type(e.get_type(py), format!("date[{index}]: {}", e.value(py)))
                }),
                None => {
                    return Err(PyValueError::new_err(format!(
                        "date has fewer items than texts (ran out at texts[{index}])"
                    )));
                }
            },
        };
        self.pulled += 1;
        match (text, date) {
            (Ok((bytes, from_str)), Ok(date)) => Ok(Some(Input {
                bytes,
                from_str,
                date,
                failed: None,
            })),
            (Err(e), _) | (_, Err(e)) if self.error_records => Ok(Some(Input {
                bytes: Vec::new(),
                from_str: true,
                date: None,
                failed: Some(e.value(py).to_string()),
            })),
            (Err(e), _) | (_, Err(e)) => Err(e),
        }
    }
}

#[pymethods]
impl Records {
    fn __iter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    fn __next__<'py>(&mut self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyDict>>> {
        if self.ready.is_empty() {
            if let Some(error) = self.error.take() {
                return Err(error);
            }
            if self.in_flight.is_none() {
                self.submit(py);
            }
            let Some(chunk) = self.in_flight.take() else {
                return Ok(None);
            };
            let results = py.detach(|| {
                chunk
                    .results
                    .lock()
                    .map_err(|_| "worker pool lock poisoned".to_string())?
                    .recv()
                    .map_err(|_| "a worker thread failed".to_string())
            });
            let results = results.map_err(PyRuntimeError::new_err)?;
            self.ready = results.into();
            self.ready_first = chunk.first;
            self.error = chunk.error;
            if self.error.is_none() {
                // Analyze the next chunk while this one is handed out.
                self.submit(py);
            }
            if self.ready.is_empty() {
                return match self.error.take() {
                    Some(error) => Err(error),
                    None => Ok(None),
                };
            }
        }
        let index = self.ready_first;
        let result = self.ready.pop_front().expect("ready is not empty");
        self.ready_first += 1;
        match result {
            Ok(out) => to_dict(py, &out).map(Some),
            Err(msg) if self.error_records => error_dict(py, &msg).map(Some),
            Err(msg) => {
                // Fused: a failed text ends the iteration.
                self.ready.clear();
                self.in_flight = None;
                self.texts = None;
                self.error = None;
                Err(PyValueError::new_err(format!("texts[{index}]: {msg}")))
            }
        }
    }
}

/// Analyze many articles in parallel; yield their records in input order.
///
/// ``texts`` is any iterable of ``str`` (or ``bytes``): a list, a
/// generator, a pandas Series. It is read lazily, a chunk at a time, and
/// each chunk is analyzed on ``jobs`` worker threads (default: all cores)
/// with the GIL released while the previous chunk's records are handed out.
/// Each record equals ``analyze(text, date, offsets)``.
///
/// ``date`` is one reference date for every text (see ``analyze``), or an
/// iterable of them in step with ``texts`` (``None``, NaN or NaT for a
/// text without one), e.g. a DataFrame's publication-date column.
///
/// A text that cannot be analyzed raises ``ValueError`` naming its index
/// (``"texts[3]: binary input ..."``) when the iteration reaches it, and the
/// iteration ends there; a text of the wrong type raises ``TypeError``.
/// With ``errors="record"`` such a text (a NUL character, ``None``, a bad
/// date) yields the CLI's error record instead,
/// ``{"schema_version": 1, "error": "..."}``, and the iteration goes on:
/// one record per text, as a batch job wants.
///
/// Example::
///
///     >>> import byline
///     >>> texts = ["Oslo grew by 2% in 2024.", "Berlin said nothing."]
///     >>> [r["stats"]["sentences"] for r in byline.analyze_many(texts, jobs=2)]
///     [1, 1]
///     >>> records = byline.analyze_many(texts, date=["2025-01-02", None])
///     >>> [r["reference_date"] for r in records]
///     ['2025-01-02', None]
///     >>> [r.get("error") for r in byline.analyze_many(["Fine.", None], errors="record")]
///     [None, 'texts[1] must be str or bytes, not NoneType']
#[pyfunction]
#[pyo3(signature = (texts, date=None, jobs=None, offsets="chars", errors="raise"))]
fn analyze_many(
    texts: &Bound<'_, PyAny>,
    date: Option<&Bound<'_, PyAny>>,
    jobs: Option<i64>,
    offsets: &str,
    errors: &str,
) -> PyResult<Records> {
    let unit = parse_unit(offsets)?;
    let error_records = match errors {
        "raise" => false,
        "record" => true,
        other => {
            return Err(PyValueError::new_err(format!(
                "errors must be 'raise' or 'record', not {other:?}"
            )));
        }
    };
    if texts.is_instance_of::<PyString>() || texts.is_instance_of::<PyBytes>() {
        return Err(PyTypeError::new_err(
            "texts must be an iterable of texts, not a single text (use analyze)",
        ));
    }
    let dates = match date {
        None => Dates::One(None),
        Some(d) if is_one_date(d) => Dates::One(parse_date(d)?),
        Some(d) => Dates::Each(
            d.try_iter()
                .map_err(|_| {
                    PyTypeError::new_err(format!(
                        "date must be a date, None or an iterable of them, not {}",
                        type_name(d)
                    ))
                })?
                .unbind(),
        ),
    };
    let pool = match jobs {
        None => Pool::Global,
        Some(n) if n < 1 => {
            return Err(PyValueError::new_err(format!(
                "jobs must be at least 1, not {n}"
            )));
        }
        Some(n) => Pool::Own(Arc::new(
            rayon::ThreadPoolBuilder::new()
                .num_threads(usize::try_from(n).unwrap_or(usize::MAX).min(1024))
                .build()
                .map_err(|e| PyRuntimeError::new_err(format!("starting worker threads: {e}")))?,
        )),
    };
    Ok(Records {
        texts: Some(texts.try_iter()?.unbind()),
        dates,
        unit,
        pool,
        pulled: 0,
        in_flight: None,
        ready: VecDeque::new(),
        ready_first: 0,
        error: None,
        error_records,
    })
}

/// The JSON Schema of the record, as a JSON string (``byline schema``).
#[pyfunction]
fn schema_json() -> String {
    report::schema_json()
}

/// The native part of the `byline` package.
#[pymodule]
fn _byline(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(analyze, m)?)?;
    m.add_function(wrap_pyfunction!(analyze_many, m)?)?;
    m.add_function(wrap_pyfunction!(schema_json, m)?)?;
    m.add_class::<Records>()?;
    m.add("__version__", byline::VERSION)?;
    m.add("SCHEMA_VERSION", report::SCHEMA_VERSION)?;
    Ok(())
}
