"""Validate's output formats: golden files for each, the JSON report against its schema, SARIF against the SARIF model."""

from __future__ import annotations

import io
import json

import pytest
from sarif_pydantic import Sarif

from jobparse.config import Config
from jobparse.reporters import FORMATS, FileReport, reporters
from jobparse.validator import validate_inputs
from tests.conftest import FIXTURES, assert_valid

GOLDEN = FIXTURES / "reports"
SEEDS = sorted(str(path.relative_to(FIXTURES.parent.parent)) for path in (FIXTURES / "seeds").glob("*.txt"))


@pytest.fixture(scope="module")
def reports() -> list[FileReport]:
    import datetime as dt
    import os

    config = Config.default().with_overrides(today=dt.date(2025, 9, 1))
    cwd = os.getcwd()
    os.chdir(FIXTURES.parent.parent)  # relative paths in the reports, whatever the test's cwd
    try:
        found = list(validate_inputs(SEEDS, config))
    finally:
        os.chdir(cwd)
    return [*found, FileReport("missing.txt", error="no such file")]


def render(name: str, reports: list[FileReport]) -> str:
    from jobparse.reporters import render as write

    out = io.StringIO()
    write(name, reports, out)
    return out.getvalue()


def test_every_format_has_a_reporter() -> None:
    assert set(FORMATS) == set(reporters())


@pytest.mark.parametrize("name", FORMATS)
def test_golden_output(name: str, reports: list[FileReport], update_golden: bool) -> None:
    golden = GOLDEN / f"seeds.{name}"
    got = render(name, reports)
    if update_golden:
        golden.parent.mkdir(exist_ok=True)
        golden.write_text(got, encoding="utf-8")
    assert got == golden.read_text(encoding="utf-8")


def test_json_report_fits_its_schema(reports: list[FileReport]) -> None:
    document = json.loads(render("json", reports))
    assert_valid(document, "report.schema.json")
    assert document["summary"]["errors"] == 0 and document["summary"]["unreadable"] == 1


def test_sarif_is_valid_against_the_model(reports: list[FileReport]) -> None:
    raw = json.loads(render("sarif", reports))
    log = Sarif.model_validate(raw)
    assert log.version == "2.1.0"
    run = log.runs[0]
    assert run.tool.driver.name == "jobparse"
    assert len(run.results or []) == sum(len(r.problems) for r in reports)
    rule_ids = [rule.id for rule in run.tool.driver.rules or []]
    for result in run.results or []:
        assert rule_ids[result.rule_index] == result.rule_id
        region = result.locations[0].physical_location.region
        assert region.start_line >= 1 and region.start_column >= 1


def test_github_annotations(reports: list[FileReport]) -> None:
    lines = render("github", reports).splitlines()
    assert lines[0].startswith("::notice file=tests/fixtures/seeds/000_b2fd4549ad324420.txt,line=7,col=60,")
    assert (
        "::warning file=tests/fixtures/seeds/000_b2fd4549ad324420.txt,line=37,col=20,endLine=37,endColumn=36,"
        in "\n".join(lines)
    )
    assert lines[-1] == "::error file=missing.txt,title=jobparse::no such file"


def test_github_escapes_newlines_and_percent() -> None:
    from jobparse.findings import Problem, Severity

    problem = Problem("a,b.txt", 1, 1, 1, 2, "JP101", "salary-range-order", Severity.ERROR, "50%\nmore", None, 0)
    out = render("github", [FileReport("a,b.txt", 1, (problem,))])
    assert (
        out
        == "::error file=a%2Cb.txt,line=1,col=1,endLine=1,endColumn=2,title=JP101 salary-range-order::50%25%0Amore\n"
    )


def test_text_report_shows_the_line_and_a_marker(reports: list[FileReport]) -> None:
    text = render("text", reports)
    assert "8:201 warning JP401 confused-words" in text
    assert "    | …family, friends and careers." in text
    assert (
        "2 file(s)" not in text
        and "3 file(s), 2 advert(s): 0 error(s), 9 warning(s), 4 info; 1 file(s) could not be read" in text
    )


def test_plain_text_report_matches_what_rich_prints(reports: list[FileReport]) -> None:
    """Pipes get plain text without rich; a colourless rich console must print the same lines."""
    from rich.console import Console

    from jobparse.reporters.text import TextReporter

    plain_out, rich_out = io.StringIO(), io.StringIO()
    plain = TextReporter(plain_out, color="never")
    styled = TextReporter(rich_out, console=Console(file=rich_out, width=200, color_system=None, highlight=False))
    assert plain.console is None and styled.console is not None
    for reporter in (plain, styled):
        for report in reports:
            reporter.file(report)
        reporter.close()
    assert plain_out.getvalue() == rich_out.getvalue()
    assert "JP401" in plain_out.getvalue()


def test_text_report_is_coloured_when_asked() -> None:
    from jobparse.reporters.text import TextReporter

    out = io.StringIO()
    reporter = TextReporter(out, color="always")
    reporter.file(FileReport("a.txt", error="no such file"))
    reporter.close()
    assert "\x1b[" in out.getvalue() and "unreadable" in out.getvalue()
