"""kamerparse benchmarks, side by side, in one command.

    python benchmarks/bench.py              # the full run (a few minutes on 2 cores)
    python benchmarks/bench.py --quick      # fewer repetitions, a smaller batch (smoke test)

Measures:

* the whole-letter parse of the seed (``samples/kst-29521-AZ.md``): median, p90 and
  min over many runs, in ms, and MB/s;
* every letter of ``../shared/corpus`` (skipped when absent): median ms each, and
  letters/s and MB/s single-process over the corpus;
* a synthetic batch of 1,000 letters rendered by ``tests/strategies.py``
  (``random_letters(n, seed=0)``, all three layouts): letters/s and MB/s in one process;
* scaling: the batch four times over as files, through the CLI (``--jsonl --jobs N``,
  i.e. :func:`kamerparse.batch.parse_paths` with JSON made in the workers), a fresh
  process tree per run, ``--jobs 1, 2, ...``: wall and CPU seconds, peak memory;
* start-up: ``python -m kamerparse`` on a tiny letter;
* peak memory (``resource.getrusage`` ``ru_maxrss``): this process after the in-process
  runs, and a CLI batch run (``--jobs 2 --jsonl``) over N and 4N inputs, to show it
  does not grow with the number of inputs;
* 1 MB adversarial inputs (long runs of digits, spaces, dots, ``nr.`` repeated,
  unclosed ``<sup>``, deep Markdown, ...): parse time of each, each in its own process
  with a generous time-out;
* the date extractor against ``dateparser.search_dates``: ``benchmarks/bench_dates.py``
  when present.

Timings are wall-clock (``time.perf_counter``) on an otherwise idle machine.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
SRC = REPO / "src"
SEED = REPO / "samples" / "kst-29521-AZ.md"
CORPUS = REPO.parent / "shared" / "corpus"
ONE_MB = 1_000_000

if str(SRC) not in sys.path:  # run from a checkout without installing
    sys.path.insert(0, str(SRC))

import kamerparse  # noqa: E402
from kamerparse.batch import parse_paths  # noqa: E402

Row = tuple[str, ...]


# --- helpers ----------------------------------------------------------------------------


def timed(fn: Callable[[], object], runs: int) -> list[float]:
    """Wall-clock seconds of ``runs`` calls of ``fn`` (after one warm-up call)."""
    fn()
    out = []
    gc.collect()
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t)
    return out


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.2f}"


def rate(count: float, seconds: float) -> str:
    return f"{count / seconds:.1f}" if seconds > 0 else "-"


def maxrss_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # kB on Linux


def table(title: str, head: Row, rows: Sequence[Row]) -> str:
    widths = [max(len(r[i]) for r in (head, *rows)) for i in range(len(head))]
    lines = [f"\n### {title}\n"]
    lines.append("| " + " | ".join(h.ljust(w) for h, w in zip(head, widths, strict=True)) + " |")
    lines.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for r in rows:
        lines.append("| " + " | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) + " |")
    return "\n".join(lines)


def corpus_files() -> list[Path]:
    if not CORPUS.is_dir():
        return []
    return sorted(p for p in CORPUS.rglob("*") if p.is_file() and p.name != "README.md")


# --- the parts ---------------------------------------------------------------------------


def bench_seed(runs: int, results: dict[str, Any]) -> str:
    data = SEED.read_bytes()
    times = timed(lambda: kamerparse.parse(data), runs)
    med = statistics.median(times)
    p90 = statistics.quantiles(times, n=10)[-1] if len(times) >= 10 else max(times)
    results["seed"] = {"bytes": len(data), "runs": runs, "median_ms": med * 1000,
                       "p90_ms": p90 * 1000, "min_ms": min(times) * 1000}
    return table(
        f"Seed letter ({len(data):,} bytes), whole-letter parse, {runs} runs",
        ("median ms", "p90 ms", "min ms", "letters/s", "MB/s"),
        [(ms(med), ms(p90), ms(min(times)), rate(1, med), rate(len(data) / 1e6, med))],
    )


#: The pipeline's stages, as ``kamerparse._pipeline`` calls them (timed in place).
STAGES = (
    "segment_blocks",
    "parse_sections",
    "resolve_footnotes",
    "resolve_signatories",
    "extract_events",
    "extract_references",
    "extract_mandates",
    "extract_contributions",
)


def bench_stages(runs: int, results: dict[str, Any]) -> str:
    """Each stage's share of a whole parse of the seed: the pipeline's functions wrapped
    with a timer inside real parses (so caches are as cold as in a real run), median per
    stage. "read" is the reader with decoding and detection: the whole parse less
    ``build_letter``. The extractors include the sentence splitting they cause."""
    from kamerparse import _pipeline

    data = SEED.read_bytes()
    spent: dict[str, list[float]] = {name: [] for name in ("build_letter", *STAGES)}
    originals = {name: getattr(_pipeline, name) for name in spent}

    def timer(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def timed_stage(*args: Any, **kwargs: Any) -> Any:
            t = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                spent[name].append(time.perf_counter() - t)

        return timed_stage

    for name, fn in originals.items():
        setattr(_pipeline, name, timer(name, fn))
    try:
        whole = timed(lambda: kamerparse.parse(data), runs)
    finally:
        for name, fn in originals.items():
            setattr(_pipeline, name, fn)
    med = {name: statistics.median(times[1:]) for name, times in spent.items()}  # no warm-up
    whole_med = statistics.median(whole)
    sections = sum(med[n] for n in STAGES if n.startswith(("parse_", "resolve_")))
    rows: list[tuple[str, float]] = [
        ("read (decode, detect, reader)", whole_med - med["build_letter"]),
        ("segment", med["segment_blocks"]),
        ("section parsers and resolve", sections),
        ("dates (extract_events)", med["extract_events"]),
        ("references", med["extract_references"]),
        ("mandates", med["extract_mandates"]),
        ("contributions (money)", med["extract_contributions"]),
    ]
    rest = whole_med - sum(v for _, v in rows)
    rows.append(("the rest (regions, records, Letter)", rest))
    results["stages"] = {name: v * 1000 for name, v in rows} | {"whole": whole_med * 1000}
    return table(
        f"Seed letter: where a whole parse goes (median of {runs} timed parses, stages "
        "timed in place)",
        ("stage", "ms", "share"),
        [(name, ms(v), f"{v / whole_med:.0%}") for name, v in rows]
        + [("whole parse (with the timers)", ms(whole_med), "100%")],
    )


def _parser_of(data: bytes) -> Callable[[], object]:
    return lambda: kamerparse.parse(data)


def bench_startup(results: dict[str, Any]) -> str:
    """Seconds for ``python -m kamerparse`` to start and parse one small letter."""
    env = dict(os.environ, PYTHONPATH=str(SRC))
    times = []
    with tempfile.TemporaryDirectory() as tmp:
        small = Path(tmp) / "letter.txt"
        small.write_text("Den Haag, 3 maart 2023\n\nHierbij bied ik u de nota aan.\n", "utf-8")
        for _ in range(5):
            t = time.perf_counter()
            subprocess.run([sys.executable, "-m", "kamerparse", str(small)], env=env,
                           capture_output=True, check=True)
            times.append(time.perf_counter() - t)
        t = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], env=env, check=True)
        bare = time.perf_counter() - t
    med = statistics.median(times)
    results["startup"] = {"cli_median_s": med, "python_s": bare}
    return table(
        "Start-up: `python -m kamerparse` on a three-line letter, median of 5",
        ("CLI ms", "bare `python -c pass` ms"),
        [(ms(med), ms(bare))],
    )


def bench_corpus(runs: int, results: dict[str, Any]) -> str:
    files = corpus_files()
    if not files:
        return "\n### Corpus\n\nskipped: ../shared/corpus is absent"
    rows: list[Row] = []
    total_s = 0.0
    total_b = 0
    for path in files:
        data = path.read_bytes()
        med = statistics.median(timed(_parser_of(data), runs))
        total_s += med
        total_b += len(data)
        rows.append((str(path.relative_to(CORPUS)), f"{len(data):,}", ms(med)))
    rows.append((f"all {len(files)} letters (sum of medians)", f"{total_b:,}", ms(total_s)))
    results["corpus"] = {"letters": len(files), "bytes": total_b, "seconds": total_s,
                         "letters_per_s": len(files) / total_s,
                         "mb_per_s": total_b / 1e6 / total_s}
    return table(
        f"Corpus letters, median of {runs} runs each",
        ("letter", "bytes", "median ms"),
        rows,
    ) + (
        f"\n\nsingle process: **{rate(len(files), total_s)} letters/s, "
        f"{rate(total_b / 1e6, total_s)} MB/s**"
    )


REAL_MOTIES = REPO.parent / "shared" / "real" / "moties-xml"


def bench_real_moties(results: dict[str, Any]) -> str:
    """The 400 real OB XML moties read as one batch (``parse_paths``, one process)."""
    paths = sorted(REAL_MOTIES.glob("*.xml")) if REAL_MOTIES.is_dir() else []
    if not paths:
        return "\n### Real moties\n\nskipped: ../shared/real/moties-xml is absent"
    size = sum(p.stat().st_size for p in paths)
    gc.collect()
    t = time.perf_counter()
    cpu = time.process_time()
    done = sum(1 for _ in parse_paths(paths))
    secs = time.perf_counter() - t
    cpu_s = time.process_time() - cpu
    results["real_moties"] = {"files": done, "bytes": size, "seconds": secs, "cpu_seconds": cpu_s,
                              "files_per_s": done / secs, "mb_per_s": size / 1e6 / secs}
    return table(
        f"Real OB XML moties: {done} files ({size / 1e6:.2f} MB), batch, one process",
        ("files", "MB", "seconds", "CPU s", "files/s", "MB/s"),
        [(str(done), f"{size / 1e6:.2f}", f"{secs:.2f}", f"{cpu_s:.2f}", rate(done, secs),
          rate(size / 1e6, secs))],
    )


def synthetic_batch(n: int) -> tuple[list[str], str]:
    """``n`` synthetic letters: the hypothesis strategies' renderer, else seed + corpus."""
    sys.path.insert(0, str(REPO / "tests"))
    try:
        strategies = importlib.import_module("strategies")
        made = strategies.random_letters(n, seed=0)
        return [text for _spec, _layout, text in made], "tests/strategies.py random_letters"
    except (ImportError, AttributeError):
        pass
    finally:
        sys.path.remove(str(REPO / "tests"))
    bases = [SEED.read_text("utf-8")] + [p.read_text("utf-8") for p in corpus_files()]
    out = []
    for i in range(n):
        base = bases[i % len(bases)]
        out.append(base.replace("29 521", f"{30000 + i:,}".replace(",", " ")))
    return out, "seed and corpus with varied dossier numbers (tests/strategies.py absent)"


def bench_batch(texts: list[str], origin: str, results: dict[str, Any]) -> str:
    data = [t.encode("utf-8") for t in texts]
    size = sum(len(d) for d in data)
    gc.collect()
    t = time.perf_counter()
    for d in data:
        kamerparse.parse(d)
    secs = time.perf_counter() - t
    results["synthetic"] = {"letters": len(data), "bytes": size, "seconds": secs,
                            "letters_per_s": len(data) / secs, "mb_per_s": size / 1e6 / secs,
                            "origin": origin}
    return table(
        f"Synthetic batch: {len(data)} letters ({size / 1e6:.2f} MB) from {origin}, one process",
        ("letters", "MB", "seconds", "letters/s", "MB/s", "median kB/letter"),
        [(str(len(data)), f"{size / 1e6:.2f}", f"{secs:.2f}", rate(len(data), secs),
          rate(size / 1e6, secs), f"{statistics.median(len(d) for d in data) / 1000:.1f}")],
    )


def write_batch(texts: list[str], folder: Path) -> list[Path]:
    paths = []
    for i, text in enumerate(texts):
        p = folder / f"letter-{i:05d}.txt"
        p.write_text(text, "utf-8")
        paths.append(p)
    return paths


def bench_scaling(
    paths: list[Path], folder: Path, jobs_list: Sequence[int], results: dict[str, Any]
) -> str:
    """The CLI end to end (``--jsonl`` to /dev/null), one fresh process tree per run."""
    inputs = [p for _ in range(4) for p in paths]  # enough work to dwarf the start-up
    listing = folder / "scaling.txt"
    listing.write_text("".join(f"{p}\n" for p in inputs), "utf-8")
    size = sum(p.stat().st_size for p in paths) * 4
    rows: list[Row] = []
    base: float | None = None
    base_cpu: float | None = None
    results["scaling"] = []
    for jobs in jobs_list:
        load = os.getloadavg()[0]
        runs = [cli_run(["--jobs", str(jobs), "--jsonl", "--quiet", "--files-from",
                         str(listing)]) for _ in range(2)]
        peak, secs, cpu = min(runs, key=lambda r: r[1])  # the better of two runs
        base = base or secs
        base_cpu = base_cpu or cpu
        n = len(inputs)
        rows.append((str(jobs), f"{secs:.2f}", f"{cpu:.2f}", f"{base_cpu / cpu:.2f}",
                     rate(n, secs), rate(size / 1e6, secs), f"{base / secs:.2f}x",
                     f"{peak:.1f}", f"{load:.2f}"))
        results["scaling"].append({"jobs": jobs, "inputs": n, "seconds": secs,
                                   "cpu_seconds": cpu, "letters_per_s": n / secs,
                                   "speedup": base / secs, "peak_mb": peak,
                                   "loadavg_before": load})
    # The parent's own share with 2 workers: everything that is not parsing.
    me = resource.getrusage(resource.RUSAGE_SELF)
    t = time.perf_counter()
    for _ in parse_paths(inputs, jobs=2, dump=True):
        pass
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_SELF)
    parent = after.ru_utime + after.ru_stime - me.ru_utime - me.ru_stime
    results["parent_cpu_s_jobs2"] = parent
    note = (
        f"\n\nThe parent process's own CPU time with 2 workers (`parse_paths(..., jobs=2, "
        f"dump=True)` in this process): {parent:.2f} s for {len(inputs)} letters "
        f"({parent / wall:.0%} of the {wall:.2f} s wall-clock), so the engine has no serial "
        "bottleneck; the rest is the workers' parsing."
    )
    return table(
        f"Scaling: `python -m kamerparse --jsonl --jobs N` over {len(inputs)} synthetic "
        f"letters, {os.cpu_count()} CPUs, the better of 2 runs",
        ("jobs", "wall s", "CPU s", "CPU efficiency", "letters/s", "MB/s", "speed-up",
         "peak MB", "load avg before"),
        rows,
    ) + (
        "\n\nWall-clock and speed-up include the start-up of the process. They only mean "
        "something when the load average is well under the number of CPUs. CPU s is "
        "the CPU time of all processes of the run; CPU efficiency (CPU s with 1 job / "
        "with N jobs) shows what the workers add (start-up, passing inputs and JSON "
        "between processes) and depends much less on the load."
    ) + note


def cli_run(args: Sequence[str]) -> tuple[float, float, float]:
    """Peak RSS (MB, the largest process), wall seconds and CPU seconds of one CLI run."""
    code = (
        "import resource, subprocess, sys, time\n"
        "t = time.perf_counter()\n"
        "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n"
        "wall = time.perf_counter() - t\n"
        "r = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
        "print(r.ru_maxrss / 1024, wall, r.ru_utime + r.ru_stime)\n"
    )
    env = dict(os.environ, PYTHONPATH=str(SRC))
    out = subprocess.run(
        [sys.executable, "-c", code, sys.executable, "-m", "kamerparse", *args],
        capture_output=True, text=True, env=env, check=True,
    ).stdout.split()
    return float(out[0]), float(out[1]), float(out[2])


def bench_memory(paths: list[Path], folder: Path, results: dict[str, Any]) -> str:
    rows: list[Row] = [("this process, after the in-process runs", "-", f"{maxrss_mb():.1f}", "-")]
    results["memory"] = {"self_mb": maxrss_mb(), "cli": []}
    runs = [(f"synthetic x{f}", [p for _ in range(f) for p in paths]) for f in (1, 4)]
    seeds = max(25, len(paths) // 10)
    runs += [(f"seed letter x{n}", [SEED] * n) for n in (seeds, 4 * seeds)]
    for label, inputs in runs:
        listing = folder / "list.txt"
        listing.write_text("".join(f"{p}\n" for p in inputs), "utf-8")
        peak, secs, _ = cli_run(["--jobs", "2", "--jsonl", "--quiet", "--files-from",
                                 str(listing)])
        n = len(inputs)
        rows.append((f"CLI --jobs 2 --jsonl, {label}", str(n), f"{peak:.1f}", rate(n, secs)))
        results["memory"]["cli"].append({"run": label, "inputs": n, "peak_mb": peak,
                                         "seconds": secs})
    return table(
        "Peak memory (ru_maxrss of the largest process)",
        ("run", "inputs", "peak MB", "letters/s"),
        rows,
    )


ADVERSARIAL: dict[str, str] = {
    "digits": "1",
    "digits-spaced": "29 521 ",
    "spaces": " ",
    "dots": ".",
    "nr-repeated": "nr. ",
    "Nr-numbers": "Nr. 1 ",
    "kamerstuk-refs": "Kamerstuk 29 521, nr. ",
    "dates": "25 november 2022 ",
    "sup-unclosed": "<sup>",
    "sup-markers": "woord<sup>1</sup> ",
    "markdown-deep": ">",
    "emphasis": "**",
    "headings": "# 1.1 ",
    "blank-lines": "\n",
    "hyphen-joins": "over-\n",
    "capitals": "BRIEF VAN DE MINISTER VAN ",
}


def adversarial_input(kind: str, size: int = ONE_MB) -> str:
    unit = ADVERSARIAL[kind]
    text = unit * (size // len(unit) + 1)
    return "a" + text[: size - 2] + "b"


def run_one_adversarial(kind: str) -> None:
    """Child process mode: parse a 250 kB and a 1 MB adversarial input, print the seconds.

    The ratio of the two times tells linear (about 4) from quadratic (about 16).
    """
    out: dict[str, Any] = {}
    kamerparse.parse(SEED.read_bytes())  # imports and first-use costs out of the timing
    for label, size in (("quarter", ONE_MB // 4), ("seconds", ONE_MB)):
        text = adversarial_input(kind, size)
        t = time.perf_counter()
        try:
            kamerparse.parse(text)
            out["outcome"] = "Letter"
        except kamerparse.InvalidInput:
            out["outcome"] = "InvalidInput"
        out[label] = time.perf_counter() - t
    print(json.dumps(out))


def bench_adversarial(timeout: float, kinds: Sequence[str], results: dict[str, Any]) -> str:
    rows: list[Row] = []
    results["adversarial"] = {}
    for kind in kinds:
        try:
            proc = subprocess.run(
                [sys.executable, __file__, "--adversarial-one", kind],
                capture_output=True, text=True, timeout=timeout, check=False,
            )
        except subprocess.TimeoutExpired:
            rows.append((kind, f"> {timeout:.0f}", "-", "time-out"))
            results["adversarial"][kind] = None
            continue
        if proc.returncode != 0:
            last = (proc.stderr.strip().splitlines() or ["?"])[-1]
            rows.append((kind, "-", "-", f"crashed: {last[:60]}"))
            results["adversarial"][kind] = None
            continue
        got = json.loads(proc.stdout)
        ratio = got["seconds"] / got["quarter"] if got["quarter"] > 0 else 0.0
        rows.append((kind, f"{got['quarter']:.2f}", f"{got['seconds']:.2f}",
                     f"{ratio:.1f}", rate(1, got["seconds"]), got["outcome"]))
        results["adversarial"][kind] = got
    return table(
        f"Adversarial inputs, 250 kB and 1 MB (one process each, time-out {timeout:.0f} s)",
        ("input (repeated unit)", "250 kB s", "1 MB s", "1 MB / 250 kB", "MB/s", "result"),
        rows,
    ) + "\n\nA ratio near 4 is linear time; near 16 would be quadratic."


def bench_dates() -> str:
    script = REPO / "benchmarks" / "bench_dates.py"
    if not script.is_file():
        return "\n### Dates vs dateparser\n\nskipped: benchmarks/bench_dates.py is absent"
    proc = subprocess.run([sys.executable, str(script)], capture_output=True, text=True,
                          check=False, env=dict(os.environ, PYTHONPATH=str(SRC)))
    body = proc.stdout.strip() or proc.stderr.strip()
    return f"\n### Dates vs dateparser (benchmarks/bench_dates.py)\n\n{body}"


def cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def machine() -> str:
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    return (
        f"load average at start: {load}; "
        f"machine: {cpu_model()} ({platform.machine()}), {os.cpu_count()} CPUs (nproc), "
        f"{platform.system()} {platform.release()}; Python {platform.python_version()} "
        f"({platform.python_implementation()}); kamerparse from {Path(kamerparse.__file__).parent}"
    )


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    p.add_argument("--quick", action="store_true", help="fewer runs and a 100-letter batch")
    p.add_argument("--runs", type=int, help="repetitions per letter (default 200 seed, 20 corpus)")
    p.add_argument("--batch", type=int, help="synthetic batch size (default 1000)")
    p.add_argument("--jobs", default="1,2", help="comma-separated worker counts (default 1,2)")
    p.add_argument("--timeout", type=float, default=120.0, help="per adversarial input (s)")
    p.add_argument("--skip", default="", help="comma-separated parts to skip: "
                   "seed,stages,corpus,startup,real,synthetic,scaling,memory,adversarial,dates")
    p.add_argument("--json", metavar="FILE", help="also write the numbers as JSON")
    p.add_argument("--adversarial-one", metavar="KIND", help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.adversarial_one:
        run_one_adversarial(args.adversarial_one)
        return 0
    skip = set(filter(None, args.skip.split(",")))
    seed_runs = args.runs or (30 if args.quick else 200)
    corpus_runs = args.runs or (5 if args.quick else 20)
    n = args.batch or (100 if args.quick else 1000)
    jobs_list = [int(j) for j in args.jobs.split(",")]
    results: dict[str, Any] = {"machine": machine()}

    def out(text: str) -> None:
        print(text, flush=True)

    out(f"# kamerparse benchmark\n\n{machine()}\n\ncommand: python benchmarks/bench.py "
        + " ".join(argv if argv is not None else sys.argv[1:]))
    if "seed" not in skip:
        out(bench_seed(seed_runs, results))
    if "stages" not in skip:
        out(bench_stages(seed_runs, results))
    if "corpus" not in skip:
        out(bench_corpus(corpus_runs, results))
    if "startup" not in skip:
        out(bench_startup(results))
    if "real" not in skip:
        out(bench_real_moties(results))
    texts, origin = synthetic_batch(n)
    if "synthetic" not in skip:
        out(bench_batch(texts, origin, results))
    with tempfile.TemporaryDirectory(prefix="kamerparse-bench-") as tmp:
        folder = Path(tmp)
        paths = write_batch(texts, folder)
        if "scaling" not in skip:
            out(bench_scaling(paths, folder, jobs_list, results))
        if "memory" not in skip:
            out(bench_memory(paths, folder, results))
    if "adversarial" not in skip:
        kinds = list(ADVERSARIAL)[:6] if args.quick else list(ADVERSARIAL)
        out(bench_adversarial(args.timeout, kinds, results))
    if "dates" not in skip:
        out(bench_dates())
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
