"""``python -m kamerparse``: argument parsing and dispatch (the work is in :mod:`kamerparse.batch`).

Exit codes: 0 every input parsed; 1 at least one input could not be parsed (each one
reported on stderr and, on stdout, as an error record in its place); 2 usage error;
3 the output could not be written (a directory that cannot be made, a full disk).
See docs/cli.md.
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import datetime
import importlib.util
import io
import os
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

import kamerparse
from kamerparse._api import DEFAULT_MAX_BYTES
from kamerparse.batch import (
    STDIN_NAME,
    BatchResult,
    Input,
    default_jobs,
    iter_inputs,
    parse_paths,
)
from kamerparse.readers import FORMATS

__all__ = ["main"]

#: Seconds a run must last before the progress bar appears (short runs stay quiet).
PROGRESS_AFTER = 1.0
#: Seconds between two refreshes of the progress bar.
PROGRESS_EVERY = 0.2

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_OUTPUT = 3

#: ``--diagnostics LEVEL``: the severities shown on stderr at each level.
LEVELS = {
    "info": ("error", "warning", "info"),
    "warning": ("error", "warning"),
    "error": ("error",),
    "none": (),
}

#: The tables of ``--table`` (see kamerparse.tables; kept here so --help needs no import).
TABLE_NAMES = ("letters", "events", "references", "mandates", "contributions", "signatories")


class _OutputError(Exception):
    """The output could not be written; the message says where and why."""


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default ``sys.argv[1:]``); return the exit code."""
    parser = _build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as e:  # argparse exits on --help (0) and on usage errors (2)
        return int(e.code) if isinstance(e.code, int) else EXIT_USAGE
    problem = _check_args(args)
    if problem:
        parser.print_usage(sys.stderr)
        print(f"{parser.prog}: error: {problem}", file=sys.stderr)
        return EXIT_USAGE
    _utf8(sys.stdout)
    _utf8(sys.stderr)
    try:
        return _run(args)
    except _OutputError as e:
        print(f"kamerparse: {e}", file=sys.stderr)
        _silence_stdout()
        return EXIT_OUTPUT
    except KeyboardInterrupt:
        print("kamerparse: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader of stdout went away (`| head`): stop quietly, without a traceback
        # at interpreter exit when Python flushes stdout.
        _silence_stdout()
        return EXIT_FAILED


def _silence_stdout() -> None:
    """Point stdout at /dev/null so that the flush at interpreter exit cannot fail again."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):
        pass
    finally:
        os.close(devnull)


def _build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="kamerparse",
        description=(
            "Parse Dutch parliamentary letters into JSON. One JSON object per input on "
            "stdout (a JSON Lines stream when there are several); diagnostics, errors and "
            "the summary on stderr."
        ),
        epilog=(
            "Exit status: 0 all parsed, 1 some input could not be parsed, 2 usage error, "
            "3 the output could not be written."
        ),
    )
    p.add_argument(
        "--version",
        action=_Version,
        help="print the version and exit",
    )
    _add_input_options(p)
    _add_output_options(p)
    _add_batch_options(p)
    return p


def _add_input_options(p: argparse.ArgumentParser) -> None:
    """What to read and how to parse it."""
    p.add_argument(
        "inputs",
        nargs="*",
        metavar="FILE_OR_DIR",
        help="files to parse, directories to walk, or - for one document on stdin",
    )
    p.add_argument("--format", choices=FORMATS, help="input format (default: detected)")
    p.add_argument(
        "--strict",
        action="store_true",
        help="treat error and warning diagnostics as a failure of that input",
    )
    p.add_argument(
        "--reference-date",
        type=_iso_date,
        metavar="YYYY-MM-DD",
        help="reference date for relative dates when a letter has no date of its own",
    )
    p.add_argument(
        "--max-bytes",
        type=_positive_int,
        default=DEFAULT_MAX_BYTES,
        metavar="N",
        help=f"reject inputs larger than N bytes (default {DEFAULT_MAX_BYTES})",
    )


def _add_output_options(p: argparse.ArgumentParser) -> None:
    """What to write: JSON (indented, JSON Lines, trimmed), a table, or an HTML page."""
    fmt = p.add_mutually_exclusive_group()
    fmt.add_argument(
        "--indent", type=_non_negative_int, metavar="N", help="pretty-print JSON with N spaces"
    )
    fmt.add_argument(
        "--jsonl", action="store_true", help="one JSON object per line (JSON Lines)"
    )
    p.add_argument(
        "--no-text",
        action="store_true",
        help="JSON output: leave out each letter's text (the spans still point into it)",
    )
    p.add_argument(
        "--fields",
        type=_field_list,
        metavar="A,B",
        help="JSON output: keep only these top-level keys of each letter (e.g. source,date,events)",
    )
    p.add_argument(
        "--table",
        choices=TABLE_NAMES,
        help="write one table of all inputs instead of JSON: one row per record (CSV by default)",
    )
    table_fmt = p.add_mutually_exclusive_group()
    table_fmt.add_argument("--csv", action="store_true", help="with --table: CSV (the default)")
    table_fmt.add_argument(
        "--parquet", action="store_true", help="with --table: Parquet on stdout (needs pyarrow)"
    )
    p.add_argument(
        "--html",
        action="store_true",
        help="write the one input as an HTML page with every record highlighted, to verify it",
    )


def _add_batch_options(p: argparse.ArgumentParser) -> None:
    """Many inputs: which files, how many workers, where to write, what to report."""
    p.add_argument(
        "--glob",
        default="*",
        metavar="PATTERN",
        help="in directories, parse only files whose name matches PATTERN (default: all)",
    )
    p.add_argument(
        "--files-from",
        metavar="FILE",
        help="read input paths from FILE, one per line (- for stdin)",
    )
    p.add_argument(
        "-j",
        "--jobs",
        type=_positive_int,
        default=None,
        metavar="N",
        help=f"worker processes (default: the number of CPUs, here {default_jobs()})",
    )
    p.add_argument(
        "-o",
        "--output",
        metavar="DIR",
        help="write one .json file per input into DIR instead of stdout",
    )
    p.add_argument(
        "--resume",
        action="store_true",
        help="with --output: skip inputs whose output file exists and is newer",
    )
    p.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        help="no diagnostics, progress bar or summary on stderr (errors are still reported)",
    )
    p.add_argument(
        "--diagnostics",
        choices=tuple(LEVELS),
        default="info",
        metavar="LEVEL",
        help="the least severe diagnostics shown on stderr: info (default, all), warning, "
        "error, or none",
    )


def _field_list(text: str) -> tuple[str, ...]:
    names = tuple(n.strip() for n in text.split(",") if n.strip())
    if not names:
        raise argparse.ArgumentTypeError("no field names given")
    known = _letter_keys()
    unknown = [n for n in names if n not in known]
    if unknown:
        raise argparse.ArgumentTypeError(
            f"unknown field {', '.join(map(repr, unknown))}; the fields are {', '.join(known)}"
        )
    return names


def _letter_keys() -> tuple[str, ...]:
    """The top-level keys of a letter's JSON (the schema's properties), sorted."""
    import json
    from importlib import resources

    schema = json.loads(
        resources.files("kamerparse").joinpath("letter.schema.json").read_text(encoding="utf-8")
    )
    return tuple(sorted(schema["properties"]))


def _iso_date(text: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date YYYY-MM-DD: {text!r}") from None


def _positive_int(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1: {text!r}")
    return n


def _non_negative_int(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if n < 0:
        raise argparse.ArgumentTypeError(f"must not be negative: {text!r}")
    return n


def _check_args(args: argparse.Namespace) -> str | None:
    """The first usage error in the options, or None."""
    return _check_inputs(args) or _check_modes(args) or _check_single(args)


def _check_inputs(args: argparse.Namespace) -> str | None:
    """Inputs given, stdin read once, --files-from and --output usable."""
    if not args.inputs and args.files_from is None:
        return "no input: give files, directories, - for stdin, or --files-from FILE"
    dashes = args.inputs.count(STDIN_NAME)
    if dashes > 1:
        return "stdin can be read only once (- given more than once)"
    if dashes and args.files_from == STDIN_NAME:
        return "stdin can be read only once (- and --files-from - given together)"
    if args.resume and args.output is None:
        return "--resume needs --output DIR"
    if args.files_from not in (None, STDIN_NAME) and not os.path.isfile(args.files_from):
        return f"--files-from: no such file: {args.files_from}"
    if args.output is not None and os.path.exists(args.output) and not os.path.isdir(args.output):
        return f"--output: not a directory: {args.output}"
    return None


def _check_modes(args: argparse.Namespace) -> str | None:
    """--table and --html each exclude the other and the JSON-only options."""
    json_only = [
        name for name, given in (("--no-text", args.no_text), ("--fields", args.fields)) if given
    ]
    if (args.csv or args.parquet) and args.table is None:
        return f"{'--csv' if args.csv else '--parquet'} needs --table NAME"
    if args.table is not None and args.html:
        return "--table and --html exclude each other"
    for mode, given in (("--table", args.table is not None), ("--html", args.html)):
        if not given:
            continue
        if json_only:
            return f"{json_only[0]} applies to JSON output, not to {mode}"
        if args.output is not None:
            return f"{mode} writes to stdout, not to --output DIR"
        if args.indent is not None or args.jsonl:
            return f"{'--jsonl' if args.jsonl else '--indent'} applies to JSON output, not {mode}"
    return None


def _check_single(args: argparse.Namespace) -> str | None:
    """--html takes one file; --parquet needs pyarrow and a redirected stdout."""
    if args.html and (len(args.inputs) != 1 or args.files_from is not None):
        return "--html takes exactly one input"
    if args.html and os.path.isdir(args.inputs[0]):
        return f"--html takes one file, not a directory: {args.inputs[0]}"
    if args.parquet and importlib.util.find_spec("pyarrow") is None:
        return "--parquet needs pyarrow: pip install 'kamerparse[tables]' (or use --csv)"
    if args.parquet and _isatty(sys.stdout):
        return "--parquet writes binary data: redirect stdout to a file (> out.parquet)"
    return None


def _utf8(stream: TextIO) -> None:
    """Write UTF-8 whatever the locale says (JSON is UTF-8)."""
    if isinstance(stream, io.TextIOWrapper) and stream.encoding.lower().replace("-", "") != "utf8":
        stream.reconfigure(encoding="utf-8")


# --- the run ---------------------------------------------------------------------------


class _Stats:
    def __init__(self) -> None:
        self.files = 0
        self.parsed = 0
        self.errors = 0
        self.skipped = 0
        #: parsed inputs by document type (``letter``, ``motion``, ``report``, ``other``)
        self.types: collections.Counter[str] = collections.Counter()
        self.start = time.perf_counter()

    def add(self, result: BatchResult) -> None:
        self.files += 1
        if result.ok:
            self.parsed += 1
            self.types[result.document_type or "other"] += 1
        else:
            self.errors += 1

    def elapsed(self) -> float:
        return time.perf_counter() - self.start

    def summary(self) -> str:
        secs = self.elapsed()
        rate = self.files / secs if secs > 0 else 0.0
        skipped = f", {self.skipped} skipped" if self.skipped else ""
        kinds = ", ".join(
            f"{n} {kind if kind == 'other' or n == 1 else kind + 's'}"
            for kind, n in sorted(self.types.items(), key=lambda kv: (-kv[1], kv[0]))
        )
        return (
            f"kamerparse: {self.files} files: {kinds or '0 parsed'}; {self.errors} errors"
            f"{skipped}, {secs:.2f} s, {rate:.1f} files/s"
        )


def _run(args: argparse.Namespace) -> int:
    stats = _Stats()
    batch = (
        len(args.inputs) != 1
        or args.files_from is not None
        or args.output is not None
        or os.path.isdir(args.inputs[0])
    )
    inputs, outdir = _inputs_and_outdir(args, stats)
    progress = _Progress(sys.stderr, enabled=not args.quiet and _isatty(sys.stderr))
    if progress.enabled and args.files_from != STDIN_NAME:
        progress.total = _count_inputs(args)
    jobs = args.jobs if args.jobs is not None else default_jobs()
    indent = None if args.jsonl else args.indent
    as_json = args.table is None and not args.html
    results = parse_paths(
        inputs,
        jobs=jobs,
        format=args.format,
        strict=args.strict,
        reference_date=args.reference_date,
        max_bytes=args.max_bytes,
        dump=as_json,
        indent=indent,
        fields=args.fields,
        no_text=args.no_text,
    )
    shown = () if args.quiet else LEVELS[args.diagnostics]

    def reported() -> Iterator[BatchResult]:
        for result in results:
            stats.add(result)
            lines = _report_lines(result, shown=shown)
            if lines:
                progress.clear()
                sys.stderr.write("".join(line + "\n" for line in lines))
            yield result
            progress.update(stats)

    if args.table is not None:
        _write_table(args, reported())
    elif args.html:
        _write_html(reported())
    else:
        _write_json(reported(), outdir)
    _flush_stdout()
    progress.clear()
    if batch and not args.quiet:
        print(stats.summary(), file=sys.stderr)
    return EXIT_FAILED if stats.errors else EXIT_OK


def _inputs_and_outdir(
    args: argparse.Namespace, stats: _Stats
) -> tuple[Iterator[Input], Path | None]:
    """The inputs to parse and the --output directory (created; with --resume, inputs
    whose output is up to date are skipped and counted)."""
    inputs = _inputs(args)
    outdir = Path(args.output) if args.output is not None else None
    if outdir is not None:
        try:
            outdir.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise _OutputError(f"--output: cannot create {outdir}: {e.strerror or e}") from None
        inputs = _outside(inputs, outdir)
        if args.resume:
            inputs = _unfinished(inputs, outdir, stats)
    return inputs, outdir


def _write_json(results: Iterator[BatchResult], outdir: Path | None) -> None:
    """Each result's JSON on stdout, or into its own file in ``outdir``."""
    for result in results:
        text = result.json or ""
        if outdir is None:
            _write_stdout(text + "\n")
        elif result.ok:
            target = outdir / result.input.output_name
            try:
                _write_atomic(target, text + "\n")
            except OSError as e:
                raise _OutputError(f"cannot write {target}: {e.strerror or e}") from None


def _write_stdout(text: str) -> None:
    try:
        sys.stdout.write(text)
    except BrokenPipeError:
        raise
    except OSError as e:
        raise _OutputError(f"cannot write to stdout: {e.strerror or e}") from None


def _flush_stdout() -> None:
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        raise
    except OSError as e:
        raise _OutputError(f"cannot write to stdout: {e.strerror or e}") from None


def _write_table(args: argparse.Namespace, results: Iterator[BatchResult]) -> None:
    """``--table NAME``: the rows of every parsed input, as CSV (or Parquet) on stdout."""
    from kamerparse import tables

    def all_rows() -> Iterator[dict[str, Any]]:
        for result in results:
            if result.ok:
                yield from tables.rows(result.to_record(), args.table)

    if args.parquet:
        _flush_stdout()
        try:
            tables.write_parquet(sys.stdout.buffer, args.table, all_rows())
            sys.stdout.buffer.flush()
        except BrokenPipeError:
            raise
        except OSError as e:
            raise _OutputError(f"cannot write to stdout: {e.strerror or e}") from None
        return
    try:
        tables.write_csv(sys.stdout, args.table, all_rows())
    except BrokenPipeError:
        raise
    except OSError as e:
        raise _OutputError(f"cannot write to stdout: {e.strerror or e}") from None


def _write_html(results: Iterator[BatchResult]) -> None:
    """``--html``: the one input as a page to verify it (nothing on stdout if it failed)."""
    from kamerparse import view

    for result in results:
        if result.ok:
            _write_stdout(view.render(result.to_record()))


def _inputs(args: argparse.Namespace) -> Iterator[Input]:
    for arg in args.inputs:
        if arg == STDIN_NAME:
            yield Input(name=STDIN_NAME, data=sys.stdin.buffer.read())
        else:
            yield from iter_inputs([arg], glob=args.glob)
    if args.files_from is not None:
        yield from iter_inputs(_read_list(args.files_from), glob=args.glob)


def _count_inputs(args: argparse.Namespace) -> int | None:
    """How many inputs a run has (a cheap walk, for the progress bar); ``None`` if unknown."""
    n = 0
    for arg in args.inputs:
        n += 1 if arg == STDIN_NAME else sum(1 for _ in iter_inputs([arg], glob=args.glob))
    if args.files_from is not None:
        n += sum(1 for _ in iter_inputs(_read_list(args.files_from), glob=args.glob))
    return n


def _read_list(path: str) -> Iterator[str]:
    """Paths from a list file, one per line; blank lines are skipped. Read lazily."""
    stream = sys.stdin.buffer if path == STDIN_NAME else open(path, "rb")  # noqa: SIM115
    try:
        for line in stream:
            name = os.fsdecode(line.rstrip(b"\r\n"))
            if name.strip():
                yield name
    finally:
        if stream is not sys.stdin.buffer:
            stream.close()


def _outside(inputs: Iterator[Input], outdir: Path) -> Iterator[Input]:
    """Leave out files inside the output directory (it may sit inside a walked folder)."""
    out = os.path.realpath(outdir)
    for item in inputs:
        if item.path is None or not os.path.realpath(item.path).startswith(out + os.sep):
            yield item


def _unfinished(inputs: Iterator[Input], outdir: Path, stats: _Stats) -> Iterator[Input]:
    """Drop inputs whose output exists and is at least as new as the input (``--resume``)."""
    for item in inputs:
        if item.path is not None:
            try:
                done = (outdir / item.output_name).stat().st_mtime_ns >= os.stat(
                    item.path
                ).st_mtime_ns
            except OSError:
                done = False
            if done:
                stats.skipped += 1
                continue
        yield item


def _report_lines(result: BatchResult, *, shown: Sequence[str]) -> list[str]:
    """One stderr line per error (always) and per diagnostic whose severity is ``shown``."""
    err = result.error
    if err is not None:
        return [f"{result.name}: {err['type']} error {_one_line(err['message'])}"]
    return [
        f"{result.name}: {code} {severity} {_one_line(message)}"
        for code, severity, message in result.diagnostics
        if severity in shown
    ]


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` so that readers see the old file or the new, never half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


class _Progress:
    """A one-line progress bar on a terminal, shown only once a run lasts a while."""

    WIDTH = 30

    def __init__(self, stream: TextIO, *, enabled: bool) -> None:
        self.stream = stream
        self.enabled = enabled
        self.total: int | None = None
        self.shown = False
        self.last = 0.0

    def update(self, stats: _Stats) -> None:
        if not self.enabled:
            return
        now = stats.elapsed()
        if now < PROGRESS_AFTER or now - self.last < PROGRESS_EVERY:
            return
        self.last = now
        rate = stats.files / now if now > 0 else 0.0
        done = stats.files + stats.skipped
        if self.total:
            filled = min(self.WIDTH, self.WIDTH * done // self.total)
            bar = "#" * filled + "." * (self.WIDTH - filled)
            head = f"[{bar}] {done}/{self.total}"
        else:
            head = f"{done} files"
        line = f"\r{head}, {stats.errors} errors, {rate:.0f} files/s"
        self.stream.write(line)
        self.stream.flush()
        self.shown = True

    def clear(self) -> None:
        if self.shown:
            self.stream.write("\r\x1b[2K")
            self.stream.flush()
            self.shown = False



class _Version(argparse.Action):
    """``--version``: prints the version, looked up only then (importlib.metadata is not
    paid for by every run)."""

    def __init__(self, option_strings: list[str], dest: str, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, **kwargs)

    def __call__(self, parser: argparse.ArgumentParser, *_args: object) -> None:
        sys.stdout.write(f"kamerparse {kamerparse.__version__}\n")
        parser.exit()
