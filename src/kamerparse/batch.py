"""Batch parsing: many inputs, in order, in parallel, with bounded memory.

:func:`parse_paths` is the engine behind ``python -m kamerparse --jobs N`` and
:mod:`kamerparse.contrib.dask`. It yields one :class:`BatchResult` per input **in
input order**, whatever the number of worker processes, and never holds more than a
small window of results: the inputs are consumed lazily and at most ``window`` chunks
are in flight at a time, so memory stays flat however many files there are.

A file that cannot be parsed does not stop the run: its result carries an error
record ``{"source": {"name": ...}, "error": {"type": ..., "message": ...}}`` instead
of the letter, in the same position of the stream.

>>> from kamerparse.batch import parse_paths
>>> results = list(parse_paths(["samples/kst-29521-AZ.md", "no/such/file.txt"]))
>>> [r.ok for r in results]
[True, False]
>>> results[1].error["type"]
'InvalidInput'
"""

from __future__ import annotations

import collections
import datetime
import fnmatch
import itertools
import json
import os
import signal
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from attrs import field, frozen

from kamerparse import serialize
from kamerparse._api import DEFAULT_MAX_BYTES, parse, parse_file
from kamerparse.errors import KamerparseError, LetterDiagnosticsError
from kamerparse.serialize import to_jsonable

if TYPE_CHECKING:  # the pool machinery (multiprocessing) is imported only for --jobs
    from concurrent.futures import Future, ProcessPoolExecutor

__all__ = [
    "BatchResult",
    "Input",
    "Options",
    "WorkerCrashed",
    "default_jobs",
    "dumps",
    "error_record",
    "iter_inputs",
    "parse_input",
    "parse_paths",
]

#: The name under which a document read from standard input is reported.
STDIN_NAME = "-"


@frozen(kw_only=True)
class Input:
    """One document to parse: a file ``path``, or ``data`` already read (stdin, a URL).

    ``name`` is how the input is reported (``source.name`` in the JSON); ``relpath``
    is where its output goes under ``--output DIR`` (the path relative to the
    directory it was found in, or the file's name).
    """

    name: str
    path: str | None = None
    data: bytes | None = field(default=None, repr=False)
    relpath: str | None = None

    @property
    def output_name(self) -> str:
        """Relative path of this input's ``.json`` file under an output directory."""
        base = self.relpath or (
            "stdin" if self.path is None else os.path.basename(self.path) or "input"
        )
        return base + ".json"


@frozen(kw_only=True)
class Options:
    """Parse options shared by every input of a batch (see :func:`kamerparse.parse`).

    ``dump``: give each result as JSON text (``BatchResult.json``, with ``indent``)
    instead of a dict, serialised in the worker process so the parent only writes.
    ``fields``: keep only these top-level keys of a letter's record (``None``: all);
    ``no_text``: leave out its ``text``. Error records are kept whole.
    """

    format: str | None = None
    strict: bool = False
    reference_date: datetime.date | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    dump: bool = False
    indent: int | None = None
    fields: tuple[str, ...] | None = None
    no_text: bool = False


@frozen(kw_only=True)
class BatchResult:
    """The outcome for one input.

    ``record`` is the letter as a JSON-able dict (:func:`kamerparse.to_jsonable`) or,
    when the input failed, the error record ``{"source": {"name"}, "error": {"type",
    "message"}}``; with ``dump=True`` it is ``None`` and ``json`` holds the same as
    JSON text (keys sorted, as :func:`kamerparse.to_json`). ``error`` repeats the
    error part, ``diagnostics`` the letter's diagnostics as ``(code, severity,
    message)``, ``document_type`` the letter's (``None`` for a failed input).
    """

    name: str
    ok: bool
    record: dict[str, Any] | None = field(eq=False, repr=False)
    json: str | None = field(default=None, eq=False, repr=False)
    error: dict[str, str] | None = None
    diagnostics: tuple[tuple[str, str, str], ...] = ()
    document_type: str | None = None
    input: Input = field(eq=False, repr=False)

    def to_record(self) -> dict[str, Any]:
        """The JSON-able dict, whichever form the result was made in."""
        if self.record is not None:
            return self.record
        loaded: dict[str, Any] = json.loads(self.json or "null")
        return loaded


def default_jobs() -> int:
    """The number of CPUs this process may run on (at least 1)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not on Linux
        return max(1, os.cpu_count() or 1)


def error_record(name: str, exc: BaseException) -> dict[str, Any]:
    """The JSON record that stands for an input that failed with ``exc``."""
    if isinstance(exc, LetterDiagnosticsError):  # say which problems, not "(2 sub-exceptions)"
        found = "; ".join(f"{d.code} {d.severity.value}: {d.message}" for d in exc.diagnostics)
        message = f"{exc.message}: {found}"
    else:
        message = str(exc) or type(exc).__name__
    return {"source": {"name": name}, "error": {"type": type(exc).__name__, "message": message}}


def parse_input(item: Input, options: Options = Options()) -> BatchResult:
    """Parse one input; any failure becomes an error record, never an exception.

    :class:`~kamerparse.KamerparseError` is the expected failure (unreadable input,
    ``strict`` diagnostics). Anything else is a bug in kamerparse; in a batch over
    thousands of files it is still reported as this input's error record (with the
    exception's type) so that one bad file cannot stop or corrupt the run.
    """
    try:
        if item.data is not None:
            letter = parse(
                item.data,
                format=options.format,
                strict=options.strict,
                reference_date=options.reference_date,
                name=item.name,
                max_bytes=options.max_bytes,
            )
        else:
            letter = parse_file(
                item.path if item.path is not None else item.name,
                format=options.format,
                strict=options.strict,
                reference_date=options.reference_date,
                max_bytes=options.max_bytes,
            )
        record = to_jsonable(letter)
    except KamerparseError as e:
        return _result(item, error_record(item.name, e), False, options)
    except Exception as e:  # the batch boundary: isolate one file's failure
        return _result(item, error_record(item.name, e), False, options)
    return _result(item, record, True, options)


def dumps(record: dict[str, Any], indent: int | None = None) -> str:
    """A record as JSON text, the way :func:`kamerparse.to_json` writes a letter."""
    return serialize.dumps(record, indent=indent)


def _result(item: Input, record: dict[str, Any], ok: bool, options: Options) -> BatchResult:
    error: dict[str, str] | None = None if ok else record["error"]
    diagnostics = tuple(
        (str(d["code"]), str(d["severity"]), str(d["message"]))
        for d in record.get("diagnostics", ())
    )
    document_type = record.get("document_type") if ok else None
    if ok and (options.fields is not None or options.no_text):
        record = {
            k: v
            for k, v in record.items()
            if (options.fields is None or k in options.fields)
            and not (options.no_text and k == "text")
        }
    return BatchResult(
        name=item.name,
        ok=ok,
        record=None if options.dump else record,
        json=dumps(record, options.indent) if options.dump else None,
        error=error,
        diagnostics=diagnostics,
        document_type=None if document_type is None else str(document_type),
        input=item,
    )


def iter_inputs(
    args: Iterable[str | os.PathLike[str]],
    *,
    glob: str = "*",
    include_hidden: bool = False,
) -> Iterator[Input]:
    """Expand file and directory arguments into inputs, lazily and in a stable order.

    A file is yielded as given (whatever ``glob`` says); a directory is walked
    recursively, in sorted order, yielding the files whose name matches ``glob``
    (an ``fnmatch`` pattern; one with a ``/`` is matched against the path relative
    to the directory). Hidden files and directories (``.name``) are skipped unless
    ``include_hidden``. A path that does not exist is yielded as a file, so that it
    is reported as an error in its place rather than silently dropped.
    """
    for arg in args:
        text = os.fspath(arg)
        if os.path.isdir(text):
            yield from _walk(text, glob, include_hidden)
        else:
            yield Input(name=text, path=text)


def _walk(root: str, glob: str, include_hidden: bool) -> Iterator[Input]:
    by_path = "/" in glob
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if include_hidden or not d.startswith("."))
        rel_dir = os.path.relpath(dirpath, root)
        for fname in sorted(filenames):
            if not include_hidden and fname.startswith("."):
                continue
            rel = fname if rel_dir == "." else os.path.join(rel_dir, fname)
            rel_posix = Path(rel).as_posix()
            if not fnmatch.fnmatchcase(rel_posix if by_path else fname, glob):
                continue
            full = os.path.join(dirpath, fname)
            if os.path.isfile(full):
                yield Input(name=full, path=full, relpath=rel_posix)


def _as_input(item: str | os.PathLike[str] | Input) -> Input:
    if isinstance(item, Input):
        return item
    text = os.fspath(item)
    return Input(name=text, path=text)


def _parse_chunk(chunk: Sequence[Input], options: Options) -> list[BatchResult]:
    return [parse_input(item, options) for item in chunk]


def parse_paths(
    paths: Iterable[str | os.PathLike[str] | Input],
    *,
    jobs: int = 1,
    format: str | None = None,
    strict: bool = False,
    reference_date: datetime.date | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    dump: bool = False,
    indent: int | None = None,
    fields: Sequence[str] | None = None,
    no_text: bool = False,
    chunksize: int | None = None,
    window: int | None = None,
) -> Iterator[BatchResult]:
    """Parse every file in ``paths`` and yield one :class:`BatchResult` per file, in order.

    ``paths`` are files (use :func:`iter_inputs` to expand directories) or
    :class:`Input` items; it is consumed lazily. ``jobs`` > 1 parses in that many
    worker processes; the output order is still the input order and the results are
    byte-identical to ``jobs=1``. ``dump=True`` gives each result as JSON text
    (``BatchResult.json``, pretty with ``indent``) serialised in the workers;
    ``fields`` and ``no_text`` trim each letter's record (see :class:`Options`). Inputs
    are sent to workers in chunks of ``chunksize`` (default: growing from 1 to 8, so
    that short runs still spread over the workers) and at most ``window`` chunks
    (default ``3 * jobs``) are in flight, so memory does not grow with the number of
    inputs.
    """
    if jobs < 1:
        raise ValueError(f"jobs must be at least 1, not {jobs}")
    options = Options(
        format=format,
        strict=strict,
        reference_date=reference_date,
        max_bytes=max_bytes,
        dump=dump,
        indent=indent,
        fields=None if fields is None else tuple(fields),
        no_text=no_text,
    )
    items = (_as_input(p) for p in paths)
    if jobs == 1:
        for item in items:
            yield parse_input(item, options)
        return
    # Do not start processes for a run of one input.
    first = list(itertools.islice(items, 2))
    if len(first) < 2:
        for item in first:
            yield parse_input(item, options)
        return
    rest = itertools.chain(first, items)
    yield from _parallel(rest, options, jobs, chunksize, window or 3 * jobs)


def _chunks(items: Iterator[Input], fixed: int | None) -> Iterator[list[Input]]:
    size = fixed or 1
    chunk: list[Input] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
            if fixed is None and size < 8:
                size *= 2
    if chunk:
        yield chunk


def _parallel(
    items: Iterator[Input], options: Options, jobs: int, chunksize: int | None, window: int
) -> Iterator[BatchResult]:
    """Chunks to a process pool, at most ``window`` in flight, results in input order.

    If a worker process dies (killed for memory, a crash in an extension), the pool is
    replaced and the chunk at the head of the queue is redone one input at a time, each
    alone in the pool; an input that kills a worker on its own gets a
    ``WorkerCrashed`` error record, the others are parsed as usual.
    """
    from concurrent.futures.process import BrokenProcessPool

    chunks = _chunks(items, chunksize)
    pending: collections.deque[tuple[list[Input], Future[list[BatchResult]]]] = (
        collections.deque()
    )
    pool = _new_pool(jobs)
    exhausted = False
    try:
        while True:
            while not exhausted and len(pending) < window:
                chunk = next(chunks, None)
                if chunk is None:
                    exhausted = True
                else:
                    pending.append((chunk, pool.submit(_parse_chunk, chunk, options)))
            if not pending:
                return
            chunk, future = pending.popleft()
            try:
                results = future.result()
            except BrokenProcessPool:
                # Every future of the pool fails, whichever input killed it. Redo this
                # chunk one input at a time, each alone in a fresh pool, so that the
                # answer for each input is its own; then resubmit the rest.
                rest = [c for c, _ in pending]
                pending.clear()
                for item in chunk:
                    pool.shutdown(wait=True, cancel_futures=True)
                    pool = _new_pool(jobs)
                    try:
                        yield from pool.submit(_parse_chunk, [item], options).result()
                    except BrokenProcessPool:
                        yield _crashed(item, options)
                pool.shutdown(wait=True, cancel_futures=True)
                pool = _new_pool(jobs)
                for c in rest:
                    pending.append((c, pool.submit(_parse_chunk, c, options)))
                continue
            yield from results
    finally:
        for _, future in pending:
            future.cancel()
        pool.shutdown(wait=True, cancel_futures=True)


def _new_pool(jobs: int) -> ProcessPoolExecutor:
    from concurrent.futures import ProcessPoolExecutor

    # The pipeline is imported on the first parse; import it here, once, so that forked
    # workers start with it instead of each importing it (patterns stay lazy).
    import kamerparse._pipeline  # noqa: F401

    return ProcessPoolExecutor(max_workers=jobs, initializer=_ignore_sigint)


def _ignore_sigint() -> None:
    """Workers leave Ctrl-C to the parent, which stops the run and shuts the pool down."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


class WorkerCrashed(KamerparseError):
    """The worker process parsing an input died (see the error record's message)."""


def _crashed(item: Input, options: Options) -> BatchResult:
    exc = WorkerCrashed("the worker process parsing this input died (out of memory or a crash)")
    return _result(item, error_record(item.name, exc), False, options)
