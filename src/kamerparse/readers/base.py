"""What every reader produces: normalised text, an offset map back to the input, and blocks.

The types live in :mod:`kamerparse.base` (see there for what a :class:`ReadResult`
holds); this module re-exports them for the readers.
"""

from __future__ import annotations

from kamerparse.base import (
    SUPERSCRIPT_DIGITS,
    Block,
    BlockKind,
    Marker,
    ReadResult,
    Zone,
    from_superscript,
    to_superscript,
)

__all__ = [
    "SUPERSCRIPT_DIGITS",
    "Block",
    "BlockKind",
    "Marker",
    "ReadResult",
    "Zone",
    "from_superscript",
    "to_superscript",
]
