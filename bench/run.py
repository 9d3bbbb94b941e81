"""`make bench`: throughput, memory and start-up of jobparse, measured in one run on a generated corpus.

Builds the deterministic synthetic corpus (bench/corpus.py) in a temporary directory, then runs
the real command line on it as users would, and prints a table (or JSON with --json):

- a baseline: reading, decoding and splitting the same files into lines, in this process;
- all of it for two corpora: the bench corpus (1.9 KB adverts) and real-length adverts (5 to
  12 KB, with job description and person specification: `bench/corpus.py --long`);
- the parent process's own CPU per advert under --jobs 2, which bounds the speed-up that any
  number of workers can give;
- extract (jsonl) and validate (json), with --jobs 1 and 2: adverts/s and MB/s (medians of
  --repeat rounds, each timing the baseline and every command once), the ratio to the baseline
  and the --jobs 2 speed-up (within each round, then the median), and peak memory (RSS);
- in this process, the cost of only writing already parsed records (to_dict and JSON) as a
  ratio to the baseline: what output alone takes of the budget that a ratio target sets;
- peak memory for the large corpus (default 100,000 adverts), to show it does not grow, and
  for one file holding a tenth and two fifths of that many adverts (a dump);
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
import shutil
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


# The command line with the parent process's own CPU seconds (not its workers') printed to stderr
# at exit: with --jobs, the parent's work per advert bounds the speed-up any number of cores gives.
_PARENT_CPU = (
    "import atexit, sys, time; "
    "atexit.register(lambda: sys.stderr.write(f'parent-cpu {time.process_time()}\\n')); "
    "sys.argv = ['jobparse', *sys.argv[1:]]; "
    "from jobparse.cli import main; main()"
)


def _parent_cpu(args: list[str]) -> float:
    """CPU seconds of the parent process alone for one run of the command line."""
    # Output to /dev/null: captured, a corpus's records (hundreds of MB) would grow this process,
    # and every command forked from it after would count that memory as its own peak.
    proc = subprocess.run(
        [sys.executable, "-c", _PARENT_CPU, *args],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        check=False,
    )
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(args)} failed ({proc.returncode}): {proc.stderr.decode(errors='replace')[-500:]}")
    line = next(line for line in proc.stderr.decode().splitlines() if line.startswith("parent-cpu "))
    return float(line.split()[1])


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


def _commands(corpus: Path) -> dict[str, tuple[str, ...]]:
    return {
        "extract": ("extract", str(corpus), "-f", "jsonl", "-q"),
        "validate": ("validate", str(corpus), "-f", "json", "--today", "2025-10-01", "--fail-on", "never"),
    }


def _throughput(corpus: Path, adverts: int, size: int, repeat: int) -> dict[str, Any]:
    """Baseline, extract and validate with --jobs 1 and 2 over one corpus, in rounds; the parent's CPU."""
    mb = size / 1e6
    commands = _commands(corpus)
    results: dict[str, Any] = {}
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
    for name, args in commands.items():
        for jobs in (1, 2):
            key = f"{name}_jobs{jobs}"
            seconds = statistics.median(run[key][0] for run in rounds)
            results[key] = {
                "seconds": round(seconds, 3),
                "adverts_per_s": round(adverts / seconds),
                "mb_per_s": round(mb / seconds, 2),
                "ratio_to_baseline": round(statistics.median(run[key][0] / run["baseline"][0] for run in rounds), 1),
                "peak_rss_mb": max(run[key][1] for run in rounds),
            }
        speedup = statistics.median(run[f"{name}_jobs1"][0] / run[f"{name}_jobs2"][0] for run in rounds)
        results[f"{name}_speedup_jobs2"] = round(speedup, 2)
        # The parent's own CPU per advert under --jobs 2, and the ceiling it puts on the speed-up:
        # one process's whole CPU per advert over the parent's.
        parent = _parent_cpu([*args, "--jobs", "2"]) / adverts
        alone = _parent_cpu([*args, "--jobs", "1"]) / adverts
        results[f"{name}_parent_us"] = round(parent * 1e6, 1)
        results[f"{name}_max_speedup"] = round(alone / parent, 1)
    results["validate_x_extract"] = round(
        statistics.median(run["validate_jobs1"][0] / run["extract_jobs1"][0] for run in rounds), 2
    )
    return results


def _write_corpus(directory: Path, count: int, long: bool = False, per_file: int | None = None) -> tuple[int, int]:
    """The generated corpus written by a child process: (files, bytes), so that generating it does
    not grow this process (see _parent_cpu)."""
    args = [sys.executable, "-m", "bench.corpus", str(directory), "--adverts", str(count)]
    args += ["--long"] if long else []
    args += ["--per-file", str(per_file)] if per_file else []
    subprocess.run(args, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    paths = sorted(directory.glob("*.txt"))
    return len(paths), sum(path.stat().st_size for path in paths)


def measure(adverts: int, big: int, repeat: int, startup_runs: int, long: int = 4_000) -> dict[str, Any]:
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
        files, size = _write_corpus(corpus, adverts)
        results["files"], results["megabytes"] = files, round(size / 1e6, 2)

        results.update(_throughput(corpus, adverts, size, repeat))
        long_corpus = Path(tmp) / "long"
        _, long_size = _write_corpus(long_corpus, long, long=True)
        results["long"] = {"adverts": long, "megabytes": round(long_size / 1e6, 2)}
        results["long"].update(_throughput(long_corpus, long, long_size, repeat))
        commands = _commands(corpus)

        _write_corpus(large, big)
        for name, args in commands.items():
            for jobs in (1, 2):
                big_args = [large if part == str(corpus) else part for part in args]
                seconds, rss = _run(_jobparse(*map(str, big_args), "--jobs", str(jobs)))
                results[f"{name}_jobs{jobs}_large"] = {"seconds": round(seconds, 2), "peak_rss_mb": rss}

        # One large dump in one file: its adverts stream too, so peak memory should grow far more
        # slowly than the file (issue 15). Two sizes, a tenth and two fifths of the large corpus.
        results["one_file"] = []
        for count in (max(big // 10, 1), max(big * 2 // 5, 2)):
            dump = Path(tmp) / f"dump-{count}"
            _, dump_size = _write_corpus(dump, count, per_file=count)
            entry: dict[str, Any] = {"adverts": count, "megabytes": round(dump_size / 1e6, 1)}
            for name, args in commands.items():
                dump_args = [str(dump) if part == str(corpus) else part for part in args]
                seconds, rss = _run(_jobparse(*dump_args, "--max-size", "1G"))  # past the 64 MiB default
                entry[name] = {"seconds": round(seconds, 2), "peak_rss_mb": rss}
            results["one_file"].append(entry)
            shutil.rmtree(dump)

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


def _rows(figures: dict[str, Any]) -> list[str]:
    lines = [
        f"{'':<22}{'adverts/s':>11}{'MB/s':>8}{'x baseline':>12}{'peak RSS':>10}  (largest process)",
        f"{'read+decode+split':<22}{figures['baseline']['adverts_per_s']:>11,}{figures['baseline']['mb_per_s']:>8}{'1.0':>12}{'':>10}",
    ]
    for name in ("extract", "validate"):
        for jobs in (1, 2):
            row = figures[f"{name}_jobs{jobs}"]
            label = f"{name} --jobs {jobs}"
            lines.append(
                f"{label:<22}{row['adverts_per_s']:>11,}{row['mb_per_s']:>8}{row['ratio_to_baseline']:>12}{row['peak_rss_mb']:>7} MB"
            )
    lines += [
        f"validate / extract (--jobs 1): {figures['validate_x_extract']}x",
        f"speed-up with --jobs 2: extract {figures['extract_speedup_jobs2']}x, validate {figures['validate_speedup_jobs2']}x",
        f"parent's CPU an advert under --jobs 2: extract {figures['extract_parent_us']} us, validate "
        f"{figures['validate_parent_us']} us (no number of workers can go faster than "
        f"{figures['extract_max_speedup']}x and {figures['validate_max_speedup']}x)",
    ]
    return lines


def table(results: dict[str, Any]) -> str:
    """The figures as a table for people."""
    long = results["long"]
    lines = [
        f"jobparse benchmark: Python {results['python']}, {results['cpus']} cores; medians of {results['repeat']} rounds",
        "",
        f"bench corpus: {results['adverts']:,} adverts in {results['files']:,} files ({results['megabytes']} MB, "
        f"{results['megabytes'] * 1e3 / results['adverts']:.1f} KB an advert)",
        *_rows(results),
        "",
        f"real-length corpus: {long['adverts']:,} adverts ({long['megabytes']} MB, "
        f"{long['megabytes'] * 1e3 / long['adverts']:.1f} KB an advert, with job description and person specification)",
        *_rows(long),
        "",
        f"writing parsed records alone (to_dict + JSON, in process): {results['output_only']['output_us']} us an advert, "
        f"{results['output_only']['output_x_baseline']}x the read-and-split baseline",
        "",
        f"peak RSS at {results['adverts']:,} vs {results['big_adverts']:,} adverts:",
    ]
    for name in ("extract", "validate"):
        for jobs in (1, 2):
            small, large = results[f"{name}_jobs{jobs}"], results[f"{name}_jobs{jobs}_large"]
            lines.append(f"  {name} --jobs {jobs}: {small['peak_rss_mb']} MB vs {large['peak_rss_mb']} MB")
    lines.append("peak RSS for one file holding every advert (a dump):")
    for entry in results["one_file"]:
        lines.append(
            f"  {entry['adverts']:,} adverts ({entry['megabytes']} MB): extract {entry['extract']['peak_rss_mb']} MB, "
            f"validate {entry['validate']['peak_rss_mb']} MB"
        )
    lines += [
        "",
        f"start-up: jobparse --version {results['version_ms']} ms; jobparse validate one.txt {results['validate_one_ms']} ms",
    ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--adverts", type=int, default=20_000, help="corpus size for throughput (default 20,000)")
    parser.add_argument("--big", type=int, default=100_000, help="corpus size for the memory check (default 100,000)")
    parser.add_argument("--long", type=int, default=4_000, help="real-length corpus size (default 4,000)")
    parser.add_argument("--repeat", type=int, default=5, help="rounds of throughput runs (medians)")
    parser.add_argument("--startup-runs", type=int, default=10)
    parser.add_argument("--quick", action="store_true", help="a tiny corpus: checks that the benchmark runs")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    if args.quick:
        args.adverts, args.big, args.long, args.repeat, args.startup_runs = 60, 120, 20, 1, 2
    results = measure(args.adverts, args.big, args.repeat, args.startup_runs, args.long)
    print(json.dumps(results, indent=2) if args.json else table(results))


if __name__ == "__main__":
    main()
