"""`make bench`: throughput, memory and start-up of jobparse, measured in one run on a generated corpus.

Builds the deterministic synthetic corpus (bench/corpus.py) in a temporary directory, then runs
the real command line on it as users would, and prints a table (or JSON with --json):

- a baseline: reading, decoding and splitting the same files into lines, in this process;
- extract (jsonl) and validate (json), with --jobs 1 and 2: adverts/s and MB/s (medians of
  --repeat rounds, each timing the baseline and every command once), the ratio to the baseline
  and the --jobs 2 speed-up (within each round, then the median), and peak memory (RSS);
- in this process, the cost of only writing already parsed records (to_dict and JSON) as a
  ratio to the baseline: what output alone takes of the budget that a ratio target sets;
- peak memory for the large corpus (default 100,000 adverts), to show it does not grow;
- wall time of `jobparse --version` and of `jobparse validate` on one whole advert, with the
  package's bytecode compiled first, as a pip install leaves it.

These are measurements, not tests: the test suite only checks that this runs (on a tiny corpus).
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench import corpus as generator

ROOT = Path(__file__).resolve().parent.parent


def _run(args: list[str]) -> tuple[float, int]:
    """Wall seconds and peak RSS of one command, in MB: that of the largest single process (the parent
    or one worker; with --jobs 2 the three processes together hold at most three times this)."""
    started = time.perf_counter()
    proc = subprocess.Popen(args, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - started
    stderr = proc.stderr.read() if proc.stderr else b""
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):  # validate exits 1 when it finds problems
        raise SystemExit(f"{' '.join(args)} failed ({code}): {stderr.decode(errors='replace')[-500:]}")
    return elapsed, usage.ru_maxrss // 1024


def _jobparse(*args: str) -> list[str]:
    return [sys.executable, "-m", "jobparse", *args]


def _baseline(directory: Path) -> float:
    """Seconds to read, decode and split every file into lines: the cost of merely reading."""
    started = time.perf_counter()
    lines = 0
    for path in sorted(directory.glob("*.txt")):
        lines += len(path.read_bytes().decode("utf-8").splitlines())
    assert lines
    return time.perf_counter() - started


def _output_floor(directory: Path, files: int = 100, runs: int = 5) -> dict[str, float]:
    """In this process: the cost of only writing records (to_dict and JSON) for adverts already
    parsed, beside the read-and-split baseline for the same files (best of `runs` each)."""
    from jobparse.inputs.reading import parse_bytes
    from jobparse.output.json_writer import dumps

    data = [path.read_bytes() for path in sorted(directory.glob("*.txt"))[:files]]
    adverts = [advert for raw in data for advert in parse_bytes(raw, "bench")]

    def best(work: Any) -> float:
        times = []
        for _ in range(runs):
            started = time.perf_counter()
            work()
            times.append(time.perf_counter() - started)
        return min(times) / len(adverts) * 1e6

    base = best(lambda: [raw.decode("utf-8").splitlines() for raw in data])
    output = best(lambda: [dumps(advert.to_dict()) for advert in adverts])
    return {"baseline_us": round(base, 1), "output_us": round(output, 1), "output_x_baseline": round(output / base, 1)}


def measure(adverts: int, big: int, repeat: int, startup_runs: int) -> dict[str, Any]:
    """Every figure, as a dict."""
    results: dict[str, Any] = {
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "adverts": adverts,
        "big_adverts": big,
        "repeat": repeat,
    }
    # A pip install writes the package's bytecode; an editable install on a machine that sets
    # PYTHONDONTWRITEBYTECODE (as these do) never does, and every run would then compile
    # jobparse's source again: a cost of the development set-up that users do not pay.
    compileall.compile_dir(ROOT / "jobparse", quiet=1)
    results["bytecode_compiled"] = True
    with tempfile.TemporaryDirectory(prefix="jobparse-bench-") as tmp:
        corpus, large = Path(tmp) / "corpus", Path(tmp) / "large"
        files, size = generator.write_corpus(corpus, adverts)
        results["files"], results["megabytes"] = files, round(size / 1e6, 2)
        mb = size / 1e6

        commands = {
            "extract": ("extract", str(corpus), "-f", "jsonl", "-q"),
            "validate": ("validate", str(corpus), "-f", "json", "--today", "2025-10-01", "--fail-on", "never"),
        }
        # Rounds, each timing the baseline and every command once: these shared machines change
        # speed over minutes, and in rounds a slow spell touches every figure alike. Ratios and
        # speed-ups are taken within each round, then the median over rounds.
        rounds: list[dict[str, tuple[float, int]]] = []
        for _ in range(repeat):
            timed = {"baseline": (_baseline(corpus), 0)}
            for name, args in commands.items():
                for jobs in (1, 2):
                    timed[f"{name}_jobs{jobs}"] = _run(_jobparse(*args, "--jobs", str(jobs)))
            rounds.append(timed)

        base = statistics.median(run["baseline"][0] for run in rounds)
        results["baseline"] = {
            "seconds": round(base, 3),
            "adverts_per_s": round(adverts / base),
            "mb_per_s": round(mb / base, 1),
        }
        for name in commands:
            for jobs in (1, 2):
                key = f"{name}_jobs{jobs}"
                seconds = statistics.median(run[key][0] for run in rounds)
                results[key] = {
                    "seconds": round(seconds, 3),
                    "adverts_per_s": round(adverts / seconds),
                    "mb_per_s": round(mb / seconds, 2),
                    "ratio_to_baseline": round(
                        statistics.median(run[key][0] / run["baseline"][0] for run in rounds), 1
                    ),
                    "peak_rss_mb": max(run[key][1] for run in rounds),
                }
            speedup = statistics.median(run[f"{name}_jobs1"][0] / run[f"{name}_jobs2"][0] for run in rounds)
            results[f"{name}_speedup_jobs2"] = round(speedup, 2)

        generator.write_corpus(large, big)
        for name, args in commands.items():
            for jobs in (1, 2):
                big_args = [large if part == str(corpus) else part for part in args]
                seconds, rss = _run(_jobparse(*map(str, big_args), "--jobs", str(jobs)))
                results[f"{name}_jobs{jobs}_large"] = {"seconds": round(seconds, 2), "peak_rss_mb": rss}

        single = Path(tmp) / "one.txt"
        single.write_text(next(generator.adverts(1)), encoding="utf-8")  # a whole advert, as a recruiter's draft
        for name, args in {
            "version": ("--version",),
            "validate_one": ("validate", str(single), "--today", "2025-10-01", "--fail-on", "never"),
        }.items():
            times = [_run(_jobparse(*args))[0] for _ in range(startup_runs)]
            results[f"{name}_ms"] = round(statistics.median(times) * 1000)

        # What the records' output alone costs, against the ratio targets: a floor for parsing.
        # Measured last, in this process: the commands above are forked from it, and a child's
        # peak RSS counts the parent's memory it was forked with (the parsed adverts here).
        results["output_only"] = _output_floor(corpus)
    return results


def table(results: dict[str, Any]) -> str:
    """The figures as a table for people."""
    lines = [
        f"jobparse benchmark: {results['adverts']:,} adverts in {results['files']:,} files ({results['megabytes']} MB); "
        f"Python {results['python']}, {results['cpus']} cores; medians of {results['repeat']} rounds",
        "",
        f"{'':<22}{'adverts/s':>11}{'MB/s':>8}{'x baseline':>12}{'peak RSS':>10}  (largest process)",
        f"{'read+decode+split':<22}{results['baseline']['adverts_per_s']:>11,}{results['baseline']['mb_per_s']:>8}{'1.0':>12}{'':>10}",
    ]
    for name in ("extract", "validate"):
        for jobs in (1, 2):
            row = results[f"{name}_jobs{jobs}"]
            label = f"{name} --jobs {jobs}"
            lines.append(
                f"{label:<22}{row['adverts_per_s']:>11,}{row['mb_per_s']:>8}{row['ratio_to_baseline']:>12}{row['peak_rss_mb']:>7} MB"
            )
    lines += [
        "",
        f"speed-up with --jobs 2: extract {results['extract_speedup_jobs2']}x, validate {results['validate_speedup_jobs2']}x",
        f"writing parsed records alone (to_dict + JSON, in process): {results['output_only']['output_us']} us an advert, "
        f"{results['output_only']['output_x_baseline']}x the read-and-split baseline",
        "",
    ]
    lines.append(f"peak RSS at {results['adverts']:,} vs {results['big_adverts']:,} adverts:")
    for name in ("extract", "validate"):
        for jobs in (1, 2):
            small, large = results[f"{name}_jobs{jobs}"], results[f"{name}_jobs{jobs}_large"]
            lines.append(f"  {name} --jobs {jobs}: {small['peak_rss_mb']} MB vs {large['peak_rss_mb']} MB")
    lines += [
        "",
        f"start-up: jobparse --version {results['version_ms']} ms; jobparse validate one.txt {results['validate_one_ms']} ms",
    ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--adverts", type=int, default=20_000, help="corpus size for throughput (default 20,000)")
    parser.add_argument("--big", type=int, default=100_000, help="corpus size for the memory check (default 100,000)")
    parser.add_argument("--repeat", type=int, default=5, help="rounds of throughput runs (medians)")
    parser.add_argument("--startup-runs", type=int, default=10)
    parser.add_argument("--quick", action="store_true", help="a tiny corpus: checks that the benchmark runs")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    if args.quick:
        args.adverts, args.big, args.repeat, args.startup_runs = 60, 120, 1, 2
    results = measure(args.adverts, args.big, args.repeat, args.startup_runs)
    print(json.dumps(results, indent=2) if args.json else table(results))


if __name__ == "__main__":
    main()
