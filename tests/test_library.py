"""The library: typed (py.typed), `validate` on an Advert or text with `today`, and `dir()` listing the API."""

from __future__ import annotations

import datetime as dt
import inspect
import tomllib

import jobparse
from jobparse.config import Config
from tests.conftest import FIXTURES, ROOT

SEED_001 = FIXTURES / "seeds" / "001_b42898b21c46161e.txt"


def test_the_package_says_it_is_typed() -> None:
    assert (ROOT / "jobparse" / "py.typed").is_file()
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "py.typed" in data["tool"]["setuptools"]["package-data"]["jobparse"]


def test_validate_takes_an_advert_or_its_text() -> None:
    text = SEED_001.read_text(encoding="utf-8")
    from_text = jobparse.validate(text, today=dt.date(2025, 9, 1))
    from_advert = jobparse.validate(jobparse.parse(text), today=dt.date(2025, 9, 1))
    assert [p.code for p in from_text] == [p.code for p in from_advert]
    assert "JP401" in {p.code for p in from_text}
    doc = jobparse.validate.__doc__ or ""
    assert "Advert" in doc and "text" in doc and "today" in doc


def test_today_is_a_parameter_defaulting_to_the_real_date() -> None:
    assert inspect.signature(jobparse.validate).parameters["today"].default is None
    text = SEED_001.read_text(encoding="utf-8")  # closing date 28 September 2025
    before = {p.code for p in jobparse.validate(text, today=dt.date(2025, 9, 1))}
    after = {p.code for p in jobparse.validate(text, today=dt.date(2026, 1, 1))}
    assert "JP203" not in before and "JP203" in after  # closing date passed
    # today= wins over the config's day; without it the config's day counts, then the real date.
    config = Config.default().with_overrides(today=dt.date(2026, 1, 1))
    assert "JP203" not in {p.code for p in jobparse.validate(text, config, today=dt.date(2025, 9, 1))}
    assert "JP203" in {p.code for p in jobparse.validate(text, config)}
    assert "JP203" in {p.code for p in jobparse.validate(text)}  # the real date is long after 2025


def test_dir_lists_the_public_api() -> None:
    listed = dir(jobparse)
    assert set(jobparse.__all__) <= set(listed)
    for name in ("parse", "parse_file", "validate", "load_config", "Advert", "InputError"):
        assert name in listed
    assert "TYPE_CHECKING" not in listed and "_LAZY" not in listed
