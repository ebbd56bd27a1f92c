"""The cyclic garbage collector paused while one letter is parsed.

A parse builds many small objects that live until the letter is done (a block, a span,
a region per paragraph; offset rows per line) and makes no reference cycles of its own.
CPython's collector nevertheless walks the young objects every 700 allocations and, as
they pile up, the older generations too: on a 1 MB text of one-line paragraphs that
was close to half the parse time (docs/performance.md, "Linear time"). The collector is
paused for the parse and resumed after it, so nothing it would free is kept for longer
than one parse.

Pausing is process-wide, so it nests and is shared between threads: the first parse to
enter pauses the collector (when it was running), the last to leave resumes it. A
caller who disabled the collector keeps it disabled.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager


class _State:
    """How many parses are inside :func:`paused`, and whether the last one out resumes."""

    lock = threading.Lock()
    depth = 0
    resume = False


@contextmanager
def paused() -> Iterator[None]:
    """Pause the cyclic collector inside the ``with`` block (see the module)."""
    state = _State
    with state.lock:
        if state.depth == 0:
            state.resume = gc.isenabled()
            if state.resume:
                gc.disable()
        state.depth += 1
    try:
        yield
    finally:
        with state.lock:
            state.depth -= 1
            if state.depth == 0 and state.resume:
                gc.enable()
