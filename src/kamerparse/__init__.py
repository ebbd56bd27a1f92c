"""kamerparse: Dutch parliamentary letters (Kamerbrieven) into typed, source-anchored records.

>>> import kamerparse
>>> letter = kamerparse.parse("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\\n\\n"
...                           "Den Haag, 3 maart 2023\\n\\nHierbij bied ik u de nota aan.\\n\\n"
...                           "De Minister van Defensie,\\nK.H. Ollongren\\n")
>>> letter.date.isoformat(), letter.signatories[0].role, letter.signatories[0].name
('2023-03-03', 'Minister van Defensie', 'K.H. Ollongren')
"""

from kamerparse._api import DEFAULT_MAX_BYTES, FORMATS, parse, parse_file
from kamerparse.errors import InvalidInput, KamerparseError, LetterDiagnosticsError, UnknownFormat
from kamerparse.records import Letter
from kamerparse.serialize import SCHEMA_VERSION, to_json, to_jsonable

__all__ = [
    "DEFAULT_MAX_BYTES",
    "FORMATS",
    "SCHEMA_VERSION",
    "InvalidInput",
    "KamerparseError",
    "Letter",
    "LetterDiagnosticsError",
    "UnknownFormat",
    "parse",
    "parse_file",
    "to_json",
    "to_jsonable",
]
