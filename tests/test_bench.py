"""The benchmark runs (on a tiny corpus) and reports every figure; how fast is not tested here."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from bench.corpus import adverts
from jobparse import parse_many
from tests.conftest import ROOT


def test_corpus_is_deterministic_and_splits_into_its_adverts() -> None:
    first, second = list(adverts(60)), list(adverts(60))
    assert first == second
    assert len(parse_many("\n".join(first))) == 60


def test_benchmark_runs_and_reports_every_figure() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "bench.run", "--quick", "--json"], cwd=ROOT, capture_output=True, check=False
    )
    assert proc.returncode == 0, proc.stderr.decode()[-2000:]
    results = json.loads(proc.stdout)
    for name in ("extract_jobs1", "extract_jobs2", "validate_jobs1", "validate_jobs2"):
        row = results[name]
        assert row["adverts_per_s"] > 0 and row["mb_per_s"] > 0 and row["peak_rss_mb"] > 0
        assert results[f"{name}_large"]["peak_rss_mb"] > 0
    assert results["baseline"]["adverts_per_s"] > 0
    small, large = results["one_file"]
    assert small["adverts"] < large["adverts"] and small["megabytes"] <= large["megabytes"]
    assert all(entry[name]["peak_rss_mb"] > 0 for entry in (small, large) for name in ("extract", "validate"))
    floor = results["output_only"]
    assert floor["output_us"] > 0
    assert floor["output_x_baseline"] == pytest.approx(floor["output_us"] / floor["baseline_us"], rel=0.05)
    assert results["version_ms"] > 0 and results["validate_one_ms"] > 0


def test_archive_benchmark_reads_records_and_checks_them_against_their_own_fields() -> None:
    from tests.conftest import FIXTURES

    proc = subprocess.run(
        [sys.executable, "-m", "bench.archive", str(FIXTURES / "jsonld"), "--json", "--rounds", "1"],
        cwd=ROOT,
        capture_output=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr.decode()[-2000:]
    results = json.loads(proc.stdout)
    assert results["records"] == 5 and results["internal_errors"] == 0
    assert results["input_errors"] == {"JSON, but no schema.org JobPosting in it": 1}
    # Only files holding one JobPosting object are compared with their own fields (archive_record.json).
    assert results["agreement"]["title"] == 100.0 and results["agreement"]["salary figures"] == 100.0
    assert set(results["coverage"]) >= {"title", "date posted", "closing date", "employer", "postcode"}
    assert results["rate_comparison"]["archive_to_bench_ratio"] > 0
