"""byline: analyze news articles into paragraphs, sentences, entities,
quotes and claims.

The analysis is byline's (a Rust library, compiled into this package): no
model to download, no server. Every record is the one the command line
prints with ``--offsets chars``, minus ``id``, as plain dicts and lists
(ready for ``json.dumps`` or pandas).

Example::

    >>> import byline
    >>> record = byline.analyze("Oslo's population grew by 2% in 2024, the agency said.")
    >>> record["stats"]["sentences"], len(record["claims"])
    (1, 1)
    >>> for r in byline.analyze_many(["One text.", "Another text."]):
    ...     print(r["stats"]["words"])
    2
    2
"""

from typing import Any

from ._byline import (
    SCHEMA_VERSION,
    Records,
    __version__,
    analyze,
    analyze_many,
    schema_json,
)

__all__ = [
    "SCHEMA_VERSION",
    "Records",
    "__version__",
    "analyze",
    "analyze_many",
    "schema",
]


def schema() -> dict[str, Any]:
    """The JSON Schema of a record (what ``byline schema`` prints), as a dict."""
    import json

    value: dict[str, Any] = json.loads(schema_json())
    return value
