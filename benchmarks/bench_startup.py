"""Whole-process start-up, this tree beside an old commit, in one run.

    git worktree add /tmp/h15-old main            # the old side (any commit)
    python benchmarks/bench_startup.py --old /tmp/h15-old/src
    python benchmarks/bench_startup.py --quick    # 3 repetitions, no Dask

Measures the CPU time (user + system, ``resource.getrusage(RUSAGE_CHILDREN)``, so the
pool workers a run waits for count too) of whole processes, each side with its own
``src`` first on ``PYTHONPATH``, the runs of the sides interleaved, the median (and the
minimum) of ``--reps`` repetitions:

* ``python -c pass``: the interpreter alone (``site`` included);
* ``python -m kamerparse FILE`` on a short letter (the three-line letter of the package
  docstring) and on the seed (``samples/kst-29521-AZ.md``, 43 kB): the old side, this
  side with a *cold* pattern cache (the file of :mod:`kamerparse._rx` removed before the
  run, which then writes it) and with a *warm* one;
* ``--jobs``: the CLI over 8 copies of the short letter with ``--jobs 2`` and with
  ``--jobs 1``; the difference is what the pool and its two (forked) workers cost;
* Dask: :func:`kamerparse.contrib.dask.to_bag` over the same 8 files computed with the
  ``processes`` scheduler (2 spawned workers, each a fresh interpreter importing
  kamerparse) and with the ``sync`` one; the difference is what the workers cost.

Bytecode is allowed (``PYTHONDONTWRITEBYTECODE`` is dropped from the children's
environment) and one warm-up run per side writes it, so both sides start from ``.pyc``
files as an installed package does; "cold" is about the pattern cache only.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
NEW_SRC = HERE.parent / "src"
SEED = HERE.parent / "samples" / "kst-29521-AZ.md"
SHORT = (
    "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n"
    "Den Haag, 3 maart 2023\n\nHierbij bied ik u de nota aan.\n\n"
    "De Minister van Defensie,\nK.H. Ollongren\n"
)
DASK_SCRIPT = (
    "import sys\n"
    "from kamerparse.contrib.dask import to_bag\n"
    "if __name__ == '__main__':  # spawned workers import this file\n"
    "    to_bag([sys.argv[1]], glob='*.txt').compute(scheduler=sys.argv[2], num_workers=2)\n"
)

#: One side's whole parse of a letter, in ms per parse (CPU), after a warm-up.
PARSE_SCRIPT = (
    "import sys, time, kamerparse\n"
    "data = open(sys.argv[1], 'rb').read(); n = int(sys.argv[2])\n"
    "for _ in range(5): kamerparse.parse(data)\n"
    "t = time.process_time()\n"
    "for _ in range(n): kamerparse.parse(data)\n"
    "print((time.process_time() - t) / n * 1000)\n"
)
#: A lazy pattern's method call against the real pattern's, in ns per call.
PROXY_SCRIPT = (
    "import timeit, regex as real\n"
    "from kamerparse._rx import regex\n"
    "lazy, plain = regex.compile(r'\\d+'), real.compile(r'\\d+')\n"
    "lazy.search('x1')\n"
    "def t(p):\n"
    "    return min(timeit.repeat(lambda: p.search('abc 12'), number=100000, repeat=7)) * 1e4\n"
    "print(t(plain), t(lazy))\n"
)


def _env(src: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONDONTWRITEBYTECODE"}}
    env.pop("KAMERPARSE_PATTERN_CACHE", None)
    env["PYTHONPATH"] = str(src)
    return env


def _cpu(cmd: Sequence[str], env: dict[str, str], before: Callable[[], None] | None) -> float:
    """CPU seconds of ``cmd`` and every process it waited for."""
    if before is not None:
        before()
    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)


def _cache_files(src: Path) -> list[Path]:
    return sorted((src / "kamerparse" / "_rx" / "__pycache__").glob("patterns.*.pickle"))


def _drop_cache(src: Path) -> Callable[[], None]:
    def drop() -> None:
        for f in _cache_files(src):
            f.unlink()

    return drop


def _row(name: str, times: list[float]) -> str:
    med, low = statistics.median(times) * 1000, min(times) * 1000
    return f"| {name} | {med:.0f} | {low:.0f} |"


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--old", type=Path, default=Path("/tmp/h15-old/src"), help="old src dir")
    ap.add_argument("--reps", type=int, default=9)
    ap.add_argument("--quick", action="store_true", help="3 repetitions, no Dask")
    ap.add_argument("--no-dask", action="store_true")
    args = ap.parse_args(argv)
    reps = 3 if args.quick else args.reps
    py = sys.executable
    sides: list[tuple[str, Path]] = []
    if (args.old / "kamerparse").is_dir():
        sides.append(("old", args.old.resolve()))
    else:
        print(f"(no old side: {args.old} has no kamerparse package)")
    sides.append(("new", NEW_SRC))

    with tempfile.TemporaryDirectory(prefix="bench-startup-") as tmp:
        short = Path(tmp) / "short.txt"
        short.write_text(SHORT, encoding="utf-8")
        batch = Path(tmp) / "batch"
        batch.mkdir()
        for i in range(8):
            (batch / f"letter{i}.txt").write_text(SHORT, encoding="utf-8")
        files = sorted(str(p) for p in batch.iterdir())
        dask_py = Path(tmp) / "dask_run.py"
        dask_py.write_text(DASK_SCRIPT, encoding="utf-8")
        try:
            import dask  # noqa: F401
        except ImportError:
            args.no_dask = True

        # name -> (command, env, before-hook); a side "new" gives a cold and a warm row
        cases: dict[str, list[tuple[str, list[str], dict[str, str], Callable[[], None] | None]]]
        cases = {}

        def add(case: str, cmd: list[str]) -> None:
            for name, src in sides:
                env = _env(src)
                if name == "new":
                    cases.setdefault(case, []).append(("new, cold", cmd, env, _drop_cache(src)))
                    cases[case].append(("new, warm", cmd, env, None))
                else:
                    cases.setdefault(case, []).append((name, cmd, env, None))

        add("python -c pass", [py, "-c", "pass"])
        add("short letter", [py, "-m", "kamerparse", str(short)])
        add("seed (43 kB)", [py, "-m", "kamerparse", str(SEED)])
        add("8 short letters, --jobs 1", [py, "-m", "kamerparse", "--jsonl", "-j", "1", *files])
        add("8 short letters, --jobs 2", [py, "-m", "kamerparse", "--jsonl", "-j", "2", *files])
        if not args.no_dask:
            add("Dask, 8 letters, sync", [py, str(dask_py), str(batch), "sync"])
            add("Dask, 8 letters, 2 processes", [py, str(dask_py), str(batch), "processes"])

        for _, src in sides:  # write the bytecode and the warm cache
            cmd = [py, "-m", "kamerparse", str(SEED)]
            subprocess.run(cmd, env=_env(src), stdout=subprocess.DEVNULL, check=True)
        results: dict[tuple[str, str], list[float]] = {}
        for _ in range(reps):
            for case, runs in cases.items():
                # "new, warm" follows "new, cold", whose run wrote the file it uses
                for name, cmd, env, before in runs:
                    results.setdefault((case, name), []).append(_cpu(cmd, env, before))

    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"CPU ms (user + system) of whole processes, median and min of {reps}; load {load}")
    print()
    print("| run | median ms | min ms |")
    print("|---|---|---|")
    for case, runs in cases.items():
        for name, *_ in runs:
            print(_row(f"{case}: {name}", results[(case, name)]))

    # per-call overhead: the seed's whole parse in-process, the sides interleaved
    rounds, n = (3, 20) if args.quick else (7, 40)
    per_parse: dict[str, list[float]] = {}
    for _ in range(rounds):
        for name, src in sides:
            out = subprocess.run(
                [py, "-c", PARSE_SCRIPT, str(SEED), str(n)],
                env=_env(src),
                capture_output=True,
                text=True,
                check=True,
            ).stdout
            per_parse.setdefault(name, []).append(float(out))
    print()
    for name, times in per_parse.items():
        ms = statistics.median(times)
        print(f"seed parse in-process, {name}: {ms:.2f} ms median ({n} x {rounds})")
    real_ns, lazy_ns = subprocess.run(
        [py, "-c", PROXY_SCRIPT], env=_env(NEW_SRC), capture_output=True, text=True, check=True
    ).stdout.split()
    print(f"pattern.search call: real {float(real_ns):.0f} ns, lazy {float(lazy_ns):.0f} ns")

    def med(case: str, name: str) -> float:
        return statistics.median(results[(case, name)]) * 1000

    print()
    for name in [n for n, *_ in cases["short letter"]]:
        pool = med("8 short letters, --jobs 2", name) - med("8 short letters, --jobs 1", name)
        line = f"{name}: --jobs 2 pool and 2 workers {pool:.0f} ms"
        if not args.no_dask:
            workers = med("Dask, 8 letters, 2 processes", name) - med("Dask, 8 letters, sync", name)
            line += f"; Dask 2 process workers {workers:.0f} ms ({workers / 2:.0f} ms each)"
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
