"""Type stubs of the native module (see byline/__init__.py and the docstrings)."""

import datetime
from typing import Any, Iterable, Iterator, Literal, Optional, Union

Text = Union[str, bytes, bytearray]
# "YYYY-MM-DD" (a time after it is ignored), a datetime.date or datetime, a
# pandas Timestamp (anything with year/month/day), or None / NaN / NaT.
DateLike = Union[str, datetime.date, None, Any]

__version__: str
SCHEMA_VERSION: int

def analyze(
    text: Text,
    date: DateLike = None,
    offsets: Literal["chars", "bytes"] = "chars",
) -> dict[str, Any]:
    """Analyze one news article; return the CLI's record (``--offsets chars``) without ``id``.

    Raises ValueError with the CLI's message (bad date, NUL character,
    invalid UTF-8 in bytes) and TypeError for arguments of the wrong type.
    """

def analyze_many(
    texts: Iterable[Text],
    date: Union[DateLike, Iterable[DateLike]] = None,
    jobs: Optional[int] = None,
    offsets: Literal["chars", "bytes"] = "chars",
    errors: Literal["raise", "record"] = "raise",
) -> "Records":
    """Analyze many articles in parallel (GIL released); yield records in input order.

    ``date`` is one date for every text or an iterable of dates in step
    with ``texts``; ``jobs`` is the number of worker threads (default: all
    cores). A text that cannot be analyzed raises ValueError naming its
    index and ends the iteration; with ``errors="record"`` it yields
    ``{"schema_version": 1, "error": "..."}`` instead and goes on.
    """

class Records(Iterator[dict[str, Any]]):
    """Iterator over the records of ``analyze_many``, in input order."""

    def __iter__(self) -> "Records": ...
    def __next__(self) -> dict[str, Any]: ...

def schema_json() -> str:
    """The JSON Schema of the record, as a JSON string (``byline schema``)."""
