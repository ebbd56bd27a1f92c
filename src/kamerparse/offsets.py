"""The offset map from the normalised text (``Letter.text``) back to the original input.

The types live in :mod:`kamerparse.base` (see there); this module re-exports them.
"""

from __future__ import annotations

from kamerparse.base import OffsetMap, Piece, Row, TextBuilder

__all__ = ["OffsetMap", "Piece", "Row", "TextBuilder"]
