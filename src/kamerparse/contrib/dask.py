"""Parse a whole archive on Dask: paths or fsspec URLs -> a ``dask.bag`` of letter dicts.

Needs the extra: ``pip install 'kamerparse[dask]'`` (dask[bag] and fsspec).

>>> from kamerparse.contrib.dask import to_bag
>>> bag = to_bag(["samples/"], glob="*.md")                  # local files and folders
>>> bag = to_bag("samples/*.md")                             # or a local glob
>>> bag = to_bag("s3://my-bucket/kst/**/*.txt",              # any fsspec URL or glob
...              storage_options={"anon": True})            # doctest: +SKIP
>>> letters = bag.filter(lambda r: "error" not in r)         # doctest: +SKIP
>>> letters.map(lambda r: r["date"]).frequencies().compute()  # doctest: +SKIP

Each element is what ``python -m kamerparse --jsonl`` prints for one input: the
letter as a JSON-able dict (:func:`kamerparse.to_jsonable`), or for an input that
could not be parsed an error record ``{"source": {"name": ...}, "error": {"type",
"message"}}``. Elements keep the order of the inputs (directories are walked in
sorted order), so ``bag.to_textfiles`` or ``bag.compute()`` are reproducible.
"""

from __future__ import annotations

import datetime
import glob as globmod
import os
from collections.abc import Iterable
from typing import Any, cast

import dask.bag as db
import fsspec

from kamerparse import DEFAULT_MAX_BYTES
from kamerparse.batch import Input, Options, error_record, iter_inputs, parse_input

__all__ = ["to_bag"]


def to_bag(
    paths_or_urls: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    *,
    glob: str = "*",
    format: str | None = None,
    strict: bool = False,
    reference_date: datetime.date | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    npartitions: int | None = None,
    partition_size: int = 64,
    storage_options: dict[str, Any] | None = None,
) -> db.Bag:
    """A bag with one parsed-letter dict (or error record) per input file.

    ``paths_or_urls``: local files, directories (walked recursively, files
    matching ``glob``) and globs (``archive/**/*.txt``), and/or fsspec URLs (``s3://bucket/dir/*.txt``,
    ``gcs://...``, ``https://...``; globs are expanded with ``storage_options``).
    The file list is built on the client; the files are read and parsed on the
    workers. Partitions hold ``partition_size`` files unless ``npartitions`` is given.
    Parse options are those of :func:`kamerparse.parse`.
    """
    if isinstance(paths_or_urls, str | os.PathLike):
        paths_or_urls = [paths_or_urls]
    options = Options(
        format=format, strict=strict, reference_date=reference_date, max_bytes=max_bytes
    )
    tasks: list[tuple[str, Any]] = []
    for item in paths_or_urls:
        text = os.fspath(item)
        if "://" in text:
            for of in fsspec.open_files(text, mode="rb", **(storage_options or {})):
                tasks.append((of.fs.unstrip_protocol(of.path), of))
        else:
            # A local glob (``archive/**/*.txt``) is expanded here, like an fsspec URL's;
            # one that matches nothing stays, to be reported as a missing input.
            matches = (
                sorted(globmod.glob(text, recursive=True))
                if globmod.has_magic(text) and not os.path.exists(text)
                else []
            )
            for inp in iter_inputs(matches or [text], glob=glob):
                tasks.append((inp.name, inp.path))
    if npartitions is None:
        npartitions = max(1, -(-len(tasks) // max(1, partition_size)))
    # dask.bag's functions are not annotated; call them through Any and cast the result.
    bags: Any = db
    seq = bags.from_sequence(tasks, npartitions=max(1, min(npartitions, len(tasks) or 1)))
    return cast("db.Bag", seq.map(_parse_task, options=options))


def _parse_task(task: tuple[str, Any], options: Options) -> dict[str, Any]:
    name, target = task
    if isinstance(target, str):
        return parse_input(Input(name=name, path=target), options).to_record()
    # An fsspec OpenFile: read at most one byte more than the limit, so an oversized
    # input is refused by parse() without reading all of it.
    try:
        with target as f:
            data = f.read(options.max_bytes + 1)
    except OSError as e:
        return error_record(name, e)
    return parse_input(Input(name=name, data=data), options).to_record()
