"""schema.org JobPosting records (JSON-LD) as input: files, lines, graphs, pages that embed them.

The records under tests/fixtures/jsonld/ are synthetic, shaped like the public NHS Jobs archive's
(entity-escaped HTML descriptions, annualised minValue/maxValue beside an hourly free text, a
placeholder validThrough) and like the JSON-LD job boards put in their pages.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from jobparse import InputError, parse_bytes, parse_file
from jobparse.cli import app
from tests.conftest import FIXTURES, assert_valid

JSONLD = FIXTURES / "jsonld"
FEED = FIXTURES / "pages" / "search_feed.xml"


def records(path: Path) -> list[dict[str, Any]]:
    return [advert.to_dict() for advert in parse_file(path)]


def test_an_archive_record_maps_every_field() -> None:
    (record,) = records(JSONLD / "archive_record.json")
    assert_valid(record)
    assert record["layout"]["name"] == "jobposting" and record["layout"]["family"] == "G"
    assert record["title"]["value"] == "Bank Healthcare Assistant & Ward Host"  # entities decoded
    assert record["title"]["source"] == "jsonld"
    assert record["date_posted"]["value"] == "2020-10-12"
    # The last day of a year at 23:59:59: kept, and marked as the placeholder it is.
    assert (record["closing_date"]["value"], record["closing_date"]["note"]) == ("2020-12-31", "placeholder")
    assert record["employer"]["name"]["value"] == "Westmarch Valley Hospitals NHS Foundation Trust & Partners"
    assert record["employer"]["website"]["value"] == "https://www.westmarch.example.nhs.uk"
    assert record["reference"]["value"] == "301-BANK-HCA-1012"
    assert record["url"]["value"] == "https://jobs.example.nhs.uk/vacancy/916300001"
    assert record["contract"]["type"] == "temporary"
    assert [(loc["town"], loc["postcode"]) for loc in record["locations"]] == [("Westmarch", "ME14 5QT")]
    # The free text is the truth; the annualised minValue/maxValue are kept as the disagreement.
    salary = record["salary"]
    assert (salary["minimum"], salary["maximum"], salary["period"]) == (14.91, 14.91, "hour")
    assert (salary["alternative"]["minimum"], salary["alternative"]["maximum"]) == (29078, 45360)
    # The description (entity-escaped HTML) is read as the advert's body.
    assert (record["band"]["value"], record["band"]["source"]) == ("3", "text")


def test_json_lines_give_one_record_each_with_their_own_values() -> None:
    first, second = records(JSONLD / "several.jsonl")
    assert [first["index"], second["index"]] == [0, 1]
    assert first["working_pattern"]["values"] == ["full-time", "part-time"]
    assert [loc["postcode"] for loc in first["locations"]] == ["NE3 4RT", "NE6 1QB"]
    assert (first["salary"]["minimum"], first["salary"]["maximum"]) == (31049, 37796)
    assert first["start_date"]["value"] == "2026-05"  # from the description
    assert second["title"]["value"] == "Porter" and second["salary"]["note"] == "negotiable"
    assert second["salary"]["minimum"] is None  # words stay words


def test_a_graph_and_a_txt_file_holding_json_are_read() -> None:
    (record,) = records(JSONLD / "graph.jsonld")
    assert record["title"]["value"] == "Community Physiotherapist"
    data = (JSONLD / "graph.jsonld").read_bytes()
    (sniffed,) = parse_bytes(data, "saved-record.txt")
    assert sniffed.title is not None and sniffed.title.value == "Community Physiotherapist"


def test_something_that_is_not_a_jobposting_is_a_one_line_error() -> None:
    with pytest.raises(InputError, match=r"no schema.org JobPosting in it \(Organization\)"):
        parse_file(JSONLD / "organisation.json")
    with pytest.raises(InputError, match="invalid JSON"):
        parse_bytes(b"{not json", "broken.json")


def test_a_page_s_own_text_wins_and_its_embedded_record_fills_gaps() -> None:
    (record,) = records(JSONLD / "page_with_jsonld.html")
    assert (record["title"]["value"], record["title"]["source"]) == ("Staff Nurse - Acute Medical Unit", "header")
    assert (record["closing_date"]["value"], record["closing_date"]["source"]) == ("2026-02-14", "header")
    assert (record["band"]["value"], record["band"]["source"]) == ("5", "details")
    # What the page does not print comes from the JSON-LD, and says so.
    assert (record["reference"]["value"], record["reference"]["source"]) == ("412-RGH-5521", "jsonld")
    assert (record["date_posted"]["value"], record["date_posted"]["source"]) == ("2026-02-01", "jsonld")
    assert record["employer"]["name"]["source"] == "jsonld"


def test_a_page_date_that_cannot_be_read_leaves_the_gap_to_the_embedded_record() -> None:
    page = (JSONLD / "page_with_jsonld.html").read_bytes()
    page = page.replace(b"<h2>Details</h2>", b"<h2>Details</h2>\n<h3>Date posted</h3><p>soon</p>")
    page = page.replace(b"The closing date is 14 February 2026", b"Closing date: when filled")
    (advert,) = parse_bytes(page, "page.html")
    assert advert.date_posted is not None and advert.closing_date is not None
    assert (advert.date_posted.value, advert.date_posted.source) == ("2026-02-01", "jsonld")
    assert (advert.closing_date.value, advert.closing_date.source) == ("2026-02-20", "jsonld")


@pytest.mark.parametrize("path", [JSONLD / "several.jsonl", JSONLD / "archive_record.json", FEED])
def test_positions_refer_to_the_text_jobparse_text_prints(path: Path) -> None:
    text = CliRunner().invoke(app, ["text", str(path)]).stdout
    shown = text.splitlines()
    for advert in parse_file(path):
        record = advert.to_dict()
        title = record["title"]["position"]
        line = shown[title["line"] - 1]
        assert line[title["column"] - 1 : title["end_column"] - 1] == record["title"]["value"], path.name
        for location in record["locations"]:
            at = location["position"]
            assert text[at["start"] : at["end"]] == location["raw"], path.name


def test_the_feed_s_second_vacancy_stands_where_jobparse_text_shows_it() -> None:
    shown = CliRunner().invoke(app, ["text", str(FEED)]).stdout.splitlines()
    first, second = records(FEED)
    assert second["title"]["position"]["line"] == shown.index("Porter") + 1 > 1
    # The vacancy's own url is the advert's address, not the employer's website.
    assert second["url"]["value"] == "https://jobs.example.nhs.uk/advert/HHT-2025-0922"
    assert first["employer"]["website"] is None


def test_directories_read_json_records_and_stdin_reads_them_too(tmp_path: Path) -> None:
    for path in JSONLD.glob("*.json*"):
        (tmp_path / path.name).write_bytes(path.read_bytes())
    result = CliRunner().invoke(app, ["extract", str(tmp_path), "-f", "json"])
    document = json.loads(result.stdout)
    assert_valid(document, "extract-output.schema.json")
    assert len(document["adverts"]) == 4 and [error["file"] for error in document["errors"]] == [
        str(tmp_path / "organisation.json")
    ]
    piped = CliRunner().invoke(app, ["extract", "-", "-f", "jsonl"], input=(JSONLD / "several.jsonl").read_bytes())
    assert [json.loads(line)["title"]["value"] for line in piped.stdout.splitlines()] == [
        "Staff Nurse - Renal Ward",
        "Porter",
    ]


@pytest.mark.parametrize(
    "text", ["&amp;#39;", "a &amp; b", "&lt;p&gt;x&lt;/p&gt;", "&eacute;&nbsp;&#8212;", "&amp;lt;", "&ltx", "plain"]
)
def test_the_quick_unescape_decodes_exactly_as_the_standard_library(text: str) -> None:
    import html

    from jobparse.inputs.pages import unescape

    assert unescape(text) == html.unescape(text)
