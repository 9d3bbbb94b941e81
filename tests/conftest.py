"""Shared test helpers: fixture discovery, golden-file updating, schema validators."""

from __future__ import annotations

import json
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
