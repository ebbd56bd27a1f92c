"""kamerparse: Dutch parliamentary letters (Kamerbrieven) into typed, source-anchored records.

>>> import kamerparse
>>> letter = kamerparse.parse("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\\n\\n"
...                           "Den Haag, 3 maart 2023\\n\\nHierbij bied ik u de nota aan.\\n\\n"
...                           "De Minister van Defensie,\\nK.H. Ollongren\\n")
>>> letter.date.isoformat(), letter.signatories[0].role, letter.signatories[0].name
('2023-03-03', 'Minister van Defensie', 'K.H. Ollongren')
"""

from collections.abc import Iterable, Mapping
from typing import Any

from kamerparse._api import DEFAULT_MAX_BYTES, FORMATS, parse, parse_file
from kamerparse.errors import InvalidInput, KamerparseError, LetterDiagnosticsError, UnknownFormat
from kamerparse.records import Letter
from kamerparse.serialize import SCHEMA_VERSION, to_json, to_jsonable


def __getattr__(name: str) -> str:
    """``__version__``: the installed distribution's version (``0+unknown`` from a bare
    source tree), read on first use (importlib.metadata costs ~14 ms at start-up)."""
    if name != "__version__":
        raise AttributeError(f"module 'kamerparse' has no attribute {name!r}")
    from importlib import metadata

    try:
        version = metadata.version("kamerparse")
    except metadata.PackageNotFoundError:  # pragma: no cover - not installed
        version = "0+unknown"
    globals()["__version__"] = version
    return version



def to_frames(letters: Iterable[Letter | Mapping[str, Any]]) -> dict[str, Any]:
    """Every table of ``letters`` as a pandas ``DataFrame`` keyed by table name; see
    :func:`kamerparse.tables.to_frames` (imported on first use; needs pandas)."""
    from kamerparse.tables import to_frames as _to_frames

    return _to_frames(letters)


__all__ = [
    "DEFAULT_MAX_BYTES",
    "FORMATS",
    "SCHEMA_VERSION",
    "InvalidInput",
    "KamerparseError",
    "Letter",
    "LetterDiagnosticsError",
    "UnknownFormat",
    "__version__",
    "parse",
    "parse_file",
    "to_frames",
    "to_json",
    "to_jsonable",
]
