"""`make lint` is ruff, ruff format and strict mypy, and CI runs it after the tests."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
import tomllib

import pytest

from tests.conftest import ROOT


def _recipe(target: str) -> list[str]:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    block = re.search(rf"^{target}:.*\n((?:\t.*\n)+)", makefile, re.MULTILINE)
    assert block is not None, target
    return [line.strip() for line in block.group(1).splitlines()]


def test_make_lint_runs_ruff_and_strict_mypy() -> None:
    recipe = _recipe("lint")
    assert "$(BIN)/ruff check jobparse tests" in recipe
    assert "$(BIN)/ruff format --check jobparse tests" in recipe
    assert "$(BIN)/mypy --strict jobparse" in recipe


def test_ci_runs_lint_after_the_tests() -> None:
    steps = [
        line for line in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines() if line.startswith("make")
    ]
    assert steps[:2] == ["make test", "make lint"]


def test_no_package_is_exempt_from_strict_mypy() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["mypy"]
    assert config["strict"] is True
    assert "overrides" not in config, "every module is checked strictly"


@pytest.mark.skipif(importlib.util.find_spec("mypy") is None, reason="mypy is installed by `make lint`")
def test_strict_mypy_passes() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "jobparse"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0, proc.stdout[-3000:]
