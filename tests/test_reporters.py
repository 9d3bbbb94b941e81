"""Validate's output formats: golden files for each, the JSON report against its schema, SARIF against the SARIF model
and the official SARIF 2.1.0 schema."""

from __future__ import annotations

import io
import json
import os
import re
import shutil
from functools import cache
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import jsonschema
import pytest
from sarif_pydantic import Sarif
from typer.testing import CliRunner

from jobparse.batch import FileResult, validate_inputs
from jobparse.cli import app
from jobparse.config import Config
from jobparse.reporters import FORMATS, REPORTERS, reporters
from jobparse.reporters.sarif import root_uri
from tests.conftest import FIXTURES, assert_valid

GOLDEN = FIXTURES / "reports"
SEEDS = sorted(str(path.relative_to(FIXTURES.parent.parent)) for path in (FIXTURES / "seeds").glob("*.txt"))


@pytest.fixture(scope="module")
def reports() -> list[FileResult]:
    import datetime as dt
    import os

    config = Config.default().with_overrides(today=dt.date(2025, 9, 1))
    cwd = os.getcwd()
    os.chdir(FIXTURES.parent.parent)  # relative paths in the reports, whatever the test's cwd
    try:
        found = list(validate_inputs(SEEDS, config))
    finally:
        os.chdir(cwd)
    return [*found, FileResult("missing.txt", error="no such file")]


def render(name: str, reports: list[FileResult]) -> str:
    import datetime as dt

    from jobparse.reporters import render as write

    out = io.StringIO()
    write(name, reports, out, today=dt.date(2025, 9, 1))
    return out.getvalue()


def test_every_format_has_a_reporter() -> None:
    from jobparse.reporters.base import Reporter

    assert FORMATS == tuple(REPORTERS) == tuple(reporters())
    assert all(issubclass(cls, Reporter) for cls in reporters().values())


@pytest.mark.parametrize("name", FORMATS)
def test_golden_output(name: str, reports: list[FileResult], update_golden: bool) -> None:
    golden = GOLDEN / f"seeds.{name}"
    # SARIF names the directory it ran in (%SRCROOT%): the golden file holds a stand-in for it.
    got = render(name, reports).replace(f'"{root_uri(os.getcwd())}"', '"file:///SRCROOT/"')
    if update_golden:
        golden.parent.mkdir(exist_ok=True)
        golden.write_text(got, encoding="utf-8")
    assert got == golden.read_text(encoding="utf-8")


def test_json_report_fits_its_schema(reports: list[FileResult]) -> None:
    document = json.loads(render("json", reports))
    assert_valid(document, "report.schema.json")
    assert document["summary"]["errors"] == 0 and document["summary"]["unreadable"] == 1


def test_sarif_is_valid_against_the_model(reports: list[FileResult]) -> None:
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


def test_github_annotations(reports: list[FileResult]) -> None:
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
    out = render("github", [FileResult("a,b.txt", 1, problems=(problem,))])
    assert (
        out
        == "::error file=a%2Cb.txt,line=1,col=1,endLine=1,endColumn=2,title=JP101 salary-range-order::50%25%0Amore\n"
    )


def test_text_report_shows_the_line_and_a_marker(reports: list[FileResult]) -> None:
    text = render("text", reports)
    assert "8:201 warning JP401 confused-words" in text
    assert "    | …family, friends and careers." in text
    assert (
        "2 file(s)" not in text
        and "3 file(s), 2 advert(s): 0 error(s), 18 warning(s), 4 info; 1 file(s) could not be read" in text
    )


def test_plain_text_report_matches_what_rich_prints(reports: list[FileResult]) -> None:
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
    reporter.file(FileResult("a.txt", error="no such file"))
    reporter.close()
    assert "\x1b[" in out.getvalue() and "unreadable" in out.getvalue()


# RFC 3986's characters for a URI reference (no IP-literal hosts, so no brackets): anything else
# must be percent-encoded. jsonschema checks the formats "uri" and "uri-reference" only with
# optional packages, so the tests check them here.
URI_REFERENCE = re.compile(r"(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?#]|%[0-9A-Fa-f]{2})*")
SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:")


def is_uri_reference(value: object) -> bool:
    return not isinstance(value, str) or (URI_REFERENCE.fullmatch(value) is not None and value.count("#") <= 1)


def is_uri(value: object) -> bool:
    return not isinstance(value, str) or (is_uri_reference(value) and SCHEME.match(value) is not None)


@cache
def sarif_validator() -> jsonschema.Draft4Validator:
    schema = json.loads((Path(__file__).parent / "schemas" / "sarif-2.1.0.json").read_text(encoding="utf-8"))
    checker = jsonschema.FormatChecker(formats=())
    checker.checks("uri")(is_uri)
    checker.checks("uri-reference")(is_uri_reference)
    return jsonschema.Draft4Validator(schema, format_checker=checker)


def assert_valid_sarif(log: object) -> None:
    errors = sorted(sarif_validator().iter_errors(log), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:5])


def test_uri_checks_refuse_what_sarif_forbids() -> None:
    assert is_uri_reference("Job%20advert%20%232.txt") and is_uri("file:///tmp/a%20b.txt")
    for bad in ("Job advert.txt", "a#2#3.txt", "100%.txt", "[draft].txt", "é.txt"):
        assert not is_uri_reference(bad), bad
    assert not is_uri("relative/only.txt")


def test_sarif_fits_the_official_schema(reports: list[FileResult]) -> None:
    log = json.loads(render("sarif", reports))
    assert_valid_sarif(log)
    run = log["runs"][0]
    assert run["originalUriBaseIds"] == {"%SRCROOT%": {"uri": Path.cwd().as_uri() + "/"}}
    for rule in run["tool"]["driver"]["rules"]:
        assert rule["helpUri"] == f"https://jobparse.dev/rules/{rule['id']}"
    location = run["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert location == {"uri": "tests/fixtures/seeds/000_b2fd4549ad324420.txt", "uriBaseId": "%SRCROOT%"}


AWKWARD = ["Job advert #2 (final) é.txt", "100% sure.txt", "[draft] v1.txt", "a  b;c=d&e.txt", "日本語 ad.txt"]


def file_of(location: dict[str, str], bases: dict[str, dict[str, str]]) -> Path:
    """The file a SARIF artifactLocation names, resolved as a SARIF consumer would."""
    uri = urljoin(bases[location["uriBaseId"]]["uri"], location["uri"]) if "uriBaseId" in location else location["uri"]
    parts = urlsplit(uri)
    assert parts.scheme == "file" and not parts.query and not parts.fragment, uri
    return Path(unquote(parts.path))


def test_sarif_over_awkward_file_names(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seed = FIXTURES / "seeds" / "001_b42898b21c46161e.txt"
    work, elsewhere = tmp_path / "work", tmp_path / "else where"
    (work / "sub dir").mkdir(parents=True)
    elsewhere.mkdir()
    names = [*AWKWARD, "sub dir/#hash.txt"]
    for name in names:
        shutil.copy(seed, work / name)
    outside = elsewhere / "out side #1.txt"
    shutil.copy(seed, outside)
    monkeypatch.chdir(work)
    args = ["validate", *names, str(outside), "missing #9.txt", "-", "--today", "2025-09-01", "-f", "sarif"]
    result = CliRunner().invoke(app, args, input=seed.read_bytes())
    assert result.exit_code == 3, result.stderr  # the missing file
    log = json.loads(result.stdout)
    assert_valid_sarif(log)
    Sarif.model_validate(log)
    run = log["runs"][0]
    bases = run["originalUriBaseIds"]
    assert bases == {"%SRCROOT%": {"uri": work.as_uri() + "/"}}
    located = [r["locations"][0]["physicalLocation"]["artifactLocation"] for r in run["results"]]
    named = [loc for loc in located if "uri" in loc]
    assert {file_of(loc, bases) for loc in named} == {work / name for name in names} | {outside}
    for loc in named:
        assert ("uriBaseId" in loc) == (file_of(loc, bases) != outside), loc
    assert all(loc == {"description": {"text": "standard input"}} for loc in located if "uri" not in loc)
    assert len(located) - len(named) == len(run["results"]) // (len(names) + 2)  # stdin's share of the results
    (notification,) = run["invocations"][0]["toolExecutionNotifications"]
    missing = notification["locations"][0]["physicalLocation"]["artifactLocation"]
    assert missing == {"uri": "missing%20%239.txt", "uriBaseId": "%SRCROOT%"}
    assert file_of(missing, bases) == work / "missing #9.txt"
