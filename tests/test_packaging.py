"""A built wheel holds every data file the package reads (an editable install would hide a gap);
building it needs a package index and leaves nothing in the tree."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.conftest import NO_INDEX, ROOT, build_artefacts, copy_of_project, package_index_reachable


def test_wheel_contains_all_package_data(tmp_path: Path) -> None:
    if not package_index_reachable():
        pytest.skip(NO_INDEX)
    before = build_artefacts()
    # Built from a copy: setuptools writes build/ and jobparse.egg-info beside the sources it builds.
    source = copy_of_project(tmp_path / "src")
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path / "wheels"), str(source)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-2000:]
    (wheel,) = (tmp_path / "wheels").glob("jobparse-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    package = ROOT / "jobparse"
    shipped = (".yaml", ".json", ".py", ".typed")  # .typed: py.typed, the PEP 561 marker
    wanted = {p.relative_to(ROOT).as_posix() for p in package.rglob("*") if p.suffix in shipped}
    assert wanted <= names, sorted(wanted - names)
    assert build_artefacts() == before  # no build/, dist/ or egg-info written or touched in the tree


def test_builds_skip_when_no_package_index_is_reachable(tmp_path: Path) -> None:
    """Offline (no index, no find-links), the tests that build or install skip and say why."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("PIP_")}
    env |= {"PIP_CONFIG_FILE": os.devnull, "PIP_INDEX_URL": "http://127.0.0.1:9/simple", "PIP_NO_CACHE_DIR": "1"}
    tests = [
        "tests/test_packaging.py::test_wheel_contains_all_package_data",
        "tests/test_integrations.py::test_pre_commit_runs_the_hook_in_a_scratch_repository",
    ]
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-rs", "-p", "no:cacheprovider", *tests],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stdout[-3000:]
    skipped = [line for line in proc.stdout.splitlines() if line.startswith("SKIPPED")]
    assert len(skipped) == 2 and all(line.endswith(NO_INDEX) for line in skipped), proc.stdout[-3000:]
