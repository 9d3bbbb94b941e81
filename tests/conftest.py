"""Shared test helpers: fixture discovery, golden-file updating, schema validators."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from functools import cache
from pathlib import Path

import jsonschema
import pytest
from referencing import Registry, Resource

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SCHEMAS = ROOT / "schemas"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="Rewrite expected JSON beside fixtures.")


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


def advert_fixtures() -> list[Path]:
    """Every advert fixture: the two seeds, our synthetic adverts and the layout families' ones."""
    return (
        sorted((FIXTURES / "seeds").glob("*.txt"))
        + sorted((FIXTURES / "adverts").glob("*.txt"))
        + sorted((FIXTURES / "layouts").glob("*/*.txt"))
    )


def fixture_name(path: Path) -> str:
    """A stable name for a fixture, independent of where the tests run from."""
    return path.relative_to(FIXTURES).as_posix()


@cache
def schema(name: str) -> dict:
    return json.loads((SCHEMAS / name).read_text(encoding="utf-8"))


@cache
def validator(name: str) -> jsonschema.Draft202012Validator:
    """A validator for one of the published schemas, with the others resolvable by $ref."""
    registry = Registry().with_resources(
        (path.name, Resource.from_contents(json.loads(path.read_text(encoding="utf-8"))))
        for path in SCHEMAS.glob("*.json")
    )
    return jsonschema.Draft202012Validator(schema(name), registry=registry)


def assert_valid(instance: object, name: str = "advert.schema.json") -> None:
    errors = sorted(validator(name).iter_errors(instance), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors[:5])


@cache
def package_index_reachable() -> bool:
    """Whether pip can reach a package index (or find-links) that offers setuptools, as a build needs.

    Asked of pip itself, so that its configuration (index URL, extra indexes, find-links, proxies)
    counts exactly as it will for the build or install the test makes.
    """
    try:
        found = subprocess.run(
            [sys.executable, "-m", "pip", "index", "versions", "setuptools", "--retries", "0", "--timeout", "10"],
            capture_output=True, text=True, timeout=120, check=False,
        )  # fmt: skip
    except subprocess.TimeoutExpired:
        return False
    return found.returncode == 0


NO_INDEX = "no package index is reachable (pip could not find setuptools)"

# What a build leaves beside the sources: never copied into a test's scratch tree.
BUILD_LITTER = shutil.ignore_patterns(
    ".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".pytest_cache", ".mypy_cache", ".ruff_cache",
    ".hypothesis",
)  # fmt: skip


def copy_of_project(target: Path) -> Path:
    """The project's sources copied to `target`, so that a build's litter (build/, *.egg-info) lands there."""
    shutil.copytree(ROOT, target, symlinks=True, ignore=BUILD_LITTER)
    return target


def build_artefacts() -> dict[str, int]:
    """Every build artefact in the tree (build/, dist/, *.egg-info and what they hold), with its mtime."""
    found: dict[str, int] = {}
    for top in [ROOT / "build", ROOT / "dist", *ROOT.glob("*.egg-info")]:
        for path in [top, *top.rglob("*")] if top.exists() else []:
            found[path.relative_to(ROOT).as_posix()] = path.stat().st_mtime_ns
    return found
