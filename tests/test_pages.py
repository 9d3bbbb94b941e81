"""Saved NHS Jobs pages (HTML) and the search feed (XML) give the same fields as their text form."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from jobparse import InputError, parse_bytes, parse_file
from jobparse.cli import app
from jobparse.inputs.pages import _LINE_BREAK, _SPACES, collapsed_lines
from tests.conftest import FIXTURES, assert_valid

PAGES = FIXTURES / "pages"
TEXT_FORM = FIXTURES / "adverts" / "nhsjobs_basic.txt"
FIELDS = (
    "title",
    "closing_date",
    "date_posted",
    "pay_scheme",
    "band",
    "salary",
    "contract",
    "working_pattern",
    "reference",
)


def values(record: dict[str, Any], names: tuple[str, ...]) -> dict[str, Any]:
    def strip(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: strip(v) for k, v in value.items() if k not in ("position", "hcas_evidence")}
        if isinstance(value, list):
            return [strip(v) for v in value]
        return value

    return {name: strip(record[name]) for name in names}


def test_html_page_gives_the_fields_of_its_text_form() -> None:
    (page,) = parse_file(PAGES / "nhsjobs_basic.html")
    (text,) = parse_file(TEXT_FORM)
    got, want = page.to_dict(), text.to_dict()
    assert_valid(got)
    assert values(got, FIELDS) == values(want, FIELDS)
    assert [loc["postcode"] for loc in got["locations"]] == ["LB4 7QT"]
    assert got["employer"]["name"]["value"] == "Riverside Health NHS Foundation Trust"
    assert got["employer"]["website"]["value"] == "https://www.riversidehealth.example.nhs.uk"
    assert [d["value"] for d in got["main_duties"]] == [d["value"] for d in want["main_duties"]]


def test_html_is_recognised_by_content_too() -> None:
    data = (PAGES / "nhsjobs_basic.html").read_bytes()
    (advert,) = parse_bytes(data, "saved-page.txt")
    assert advert.reference is not None and advert.reference.value == "412-RGH-5521"


def test_feed_gives_one_record_per_vacancy() -> None:
    adverts = parse_file(PAGES / "search_feed.xml")
    assert [a.index for a in adverts] == [0, 1]
    first, second = (a.to_dict() for a in adverts)
    for record in (first, second):
        assert_valid(record)
    (text,) = parse_file(TEXT_FORM)
    same = ("title", "closing_date", "date_posted", "salary", "reference")
    assert values(first, same) | {"closing_date": None, "date_posted": None} == values(text.to_dict(), same) | {
        "closing_date": None,
        "date_posted": None,
    }
    assert (first["closing_date"]["value"], first["date_posted"]["value"]) == ("2025-12-14", "2025-12-01")
    assert (
        first["contract"]["type"] == "permanent"
        and first["employer"]["name"]["value"] == "Riverside Health NHS Foundation Trust"
    )
    assert [loc["postcode"] for loc in first["locations"]] == ["LB4 7QT"]
    assert second["title"]["value"] == "Porter" and second["contract"]["type"] == "fixed-term"
    assert [loc["postcode"] for loc in second["locations"]] == ["HY1 1HH", "HY1 2HH"]


def test_entity_expansion_is_refused() -> None:
    with pytest.raises(InputError, match="refused XML"):
        parse_file(PAGES / "entity_bomb.xml")


@pytest.mark.parametrize(
    "data",
    [
        b"<?xml version='1.0'?><nhsJobs><vacancy",
        b"<?xml version='1.0'?><nhsJobs></nhsJobs>",
        b"<?xml version='1.0' encoding='TF-8'?><nhsJobs></nhsJobs>",  # no such encoding
        b"<?xml version='1.0' encoding='hex'?><nhsJobs></nhsJobs>",  # not a text encoding
        b"<?xml version='1.0' encoding='utf-32'?><nhsJobs></nhsJobs>",  # multi-byte: expat cannot
    ],
)
def test_broken_or_empty_feeds_are_input_errors(data: bytes) -> None:
    with pytest.raises(InputError):
        parse_bytes(data, "feed.xml")


def test_text_command_shows_what_positions_refer_to() -> None:
    result = CliRunner().invoke(app, ["text", str(PAGES / "nhsjobs_basic.html")])
    assert result.exit_code == 0
    assert result.stdout.splitlines()[:2] == [
        "Staff Nurse - Acute Medical Unit",
        "The closing date is 14 December 2025",
    ]
    (page,) = parse_file(PAGES / "nhsjobs_basic.html")
    band = page.position(page.band.span)  # type: ignore[union-attr]
    assert result.stdout.splitlines()[band["line"] - 1] == "Band 5"


def test_directories_include_pages_and_feeds(tmp_path: Any) -> None:
    for path in PAGES.glob("*"):
        (tmp_path / path.name).write_bytes(path.read_bytes())
    result = CliRunner().invoke(app, ["extract", str(tmp_path), "-f", "json"])
    document = json.loads(result.stdout)
    assert len(document["adverts"]) == 3 and len(document["errors"]) == 1  # the entity bomb


_MARKUP_TEXT = st.text(alphabet=st.sampled_from(list("ab- \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\u2028\u00a0\u3000")))


@given(_MARKUP_TEXT)
def test_collapsed_lines_quick_path_is_the_careful_one(text: str) -> None:
    """str.splitlines and str.split are used only where they break and collapse as advert text does."""
    careful = [_SPACES.sub(" ", line).strip(" ") for line in _LINE_BREAK.split(text)]
    assert collapsed_lines(text) == [line for line in careful if line]


def test_a_description_keeps_separator_controls_inside_its_line() -> None:
    """As advert text does (inputs.source): a group separator neither breaks a line nor becomes a space."""
    text = "<p>-\x1d**Posted**6-5-10\x0cx</p><p>a\x0bb</p>"
    (advert,) = parse_bytes(json.dumps({"@type": "JobPosting", "description": text}).encode(), "a.jsonld")
    assert "-\x1d**Posted**6-5-10\x0cx\na\nb\n" in advert.text
    assert advert.date_posted is None
