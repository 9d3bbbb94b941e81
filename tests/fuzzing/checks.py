"""Everything the fuzzer checks of one input, as a file's bytes with its name (the suffix chooses how it
is read). The regression corpus (tests/fuzz_corpus/) runs the same checks on every input kept there.

- reading: only InputError may come out (and never for text that holds an advert in the text path);
  advert text is also parsed as text (`parse_many`, `parse`) without the decoding step;
- records: every record fits schemas/advert.schema.json, and its positions hold (see positions.py);
- validate: never raises; every finding points at a line and column of the text;
- extract's writers: JSON, JSON Lines, YAML and CSV parse back to the records (JSON against
  extract-output.schema.json), the JSON-LD output reads back as one advert per record, the table
  renders;
- validate's reporters: every format renders; JSON fits schemas/report.schema.json and SARIF the
  official SARIF 2.1.0 schema;
- `--fix` (once jobparse.fix exists): fixing never raises and its output is a fixed point.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from typing import Any

import yaml

import jobparse
from jobparse import InputError, parse, parse_bytes, parse_many
from jobparse.batch import FileResult, Input, Validate, with_run_checks
from jobparse.config import Config, ConfigResolver
from jobparse.inputs.documents import kind_of
from jobparse.model import Advert
from jobparse.output import WRITERS, writer
from jobparse.output.csv_writer import COLUMNS
from jobparse.reporters import FORMATS, render
from tests.conftest import assert_valid
from tests.fuzzing.positions import check_positions

TODAY = dt.date(2025, 9, 1)
CONFIG = Config.default().with_overrides(today=TODAY)
CONFIGS = ConfigResolver(CONFIG)


# The C loader when PyYAML has it: reading back is most of the checks' time with the Python one.
YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def check_input(data: bytes, name: str, deep: bool = True) -> list[Advert]:
    """Every check on one input as it arrives (bytes and a file name); the adverts read from it.
    `deep=False` leaves out the writers, reporters and fixes (six in seven parts of the time,
    and less likely to fail than parsing): a session makes them on a share of its inputs."""
    try:
        adverts = parse_bytes(data, name)
    except InputError:
        adverts = []
    if adverts:
        check_adverts(adverts, name, data, deep)
    if kind_of(data, name) == "text":
        _check_text_paths(data, adverts)
    return adverts


def _check_text_paths(data: bytes, checked: list[Advert]) -> None:
    """Advert text given to the parser as text, as library callers do: every record holds too."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return
    seen = [advert.to_dict() for advert in checked]
    for advert in [*parse_many(text, checked[0].path if checked else "text.txt"), parse(text)]:
        record = advert.to_dict()
        if record not in seen:  # the schema check is costly, and most records are those read from bytes
            assert_valid(record)
            check_positions(advert, record)
            seen.append(record)


def check_adverts(adverts: list[Advert], name: str, data: bytes, deep: bool = True) -> None:
    """Records, findings, writers, reporters and fixes for one input's adverts (the writers' check
    holds each record against the schema)."""
    records = [advert.to_dict() for advert in adverts]
    for advert, record in zip(adverts, records, strict=True):
        check_positions(advert, record)
    result = next(with_run_checks([Validate(CONFIGS)(Input(name, data), adverts)], CONFIGS))
    check_findings(adverts[0].text, result)
    if not deep:
        for record in records:
            assert_valid(record)
        return
    check_writers(adverts, records)
    check_reporters(result)
    check_fix(adverts[0].text, name, result)


def check_findings(text: str, result: FileResult) -> None:
    """Every finding points at a line of the text, and at a column of that line (or just past its end)."""
    lines = text.split("\n")
    for problem in result.problems:
        where = f"{problem.code} at {problem.line}:{problem.column}-{problem.end_line}:{problem.end_column}"
        assert 1 <= problem.line <= len(lines), f"{where}: no such line"
        assert 1 <= problem.column <= len(lines[problem.line - 1]) + 1, f"{where}: no such column"
        assert 1 <= problem.end_line <= len(lines), f"{where}: no such end line"
        assert 1 <= problem.end_column <= len(lines[problem.end_line - 1]) + 1, f"{where}: no such end column"
        assert (problem.end_line, problem.end_column) >= (problem.line, problem.column), f"{where}: ends before"
        assert problem.line in result.lines, f"{where}: its line is not kept for the report"


def written(name: str, adverts: list[Advert]) -> str:
    """What `jobparse extract --format NAME` writes for these adverts."""
    out = io.StringIO()
    chosen = writer(name)(out, color="never")
    for advert in adverts:
        chosen.emit(chosen.render(advert))
    chosen.close()
    return out.getvalue()


def check_writers(adverts: list[Advert], records: list[dict[str, Any]]) -> None:
    """Every extract format writes, and those made to be read parse back to the records."""
    expected = json.loads(json.dumps(records))  # as JSON holds them (tuples become lists)
    document = json.loads(written("json", adverts))
    assert document["adverts"] == expected, "JSON does not read back as the records"
    assert_valid(document, "extract-output.schema.json")
    lines = written("jsonl", adverts).splitlines()
    assert [json.loads(line) for line in lines] == expected, "JSON Lines do not read back as the records"
    assert yaml.load(written("yaml", adverts), Loader=YAML_LOADER) == document, (
        "YAML does not read back as the JSON document"
    )
    rows = list(csv.reader(io.StringIO(written("csv", adverts), newline="")))
    assert rows[0] == list(COLUMNS), "the CSV header is not the columns"
    assert rows[1:] == [[_csv_cell(value) for value in writer("csv").render(advert)] for advert in adverts], (
        "CSV does not read back as the rows"
    )
    again = parse_bytes(written("jsonld", adverts).encode("utf-8"), "extract.jsonld")
    assert len(again) == len(adverts), "the JSON-LD output does not read back as one advert per record"
    for advert, back in zip(adverts, again, strict=True):
        ours, theirs = _kept(advert), _kept(back)
        if ours[1] is None:
            # No validThrough was written (no closing date, or one of a month only): the description
            # may still give one, such as a summary's pasted "Closing Date:" line that the page's
            # own closing line overrode (tests/fuzz_corpus/closing_month_then_decoy_in_summary.txt).
            theirs = (theirs[0], None, *theirs[2:])
        assert ours == theirs, "the JSON-LD output reads back with other values"
    written("table", adverts)
    assert set(WRITERS) == {"json", "jsonl", "yaml", "csv", "jsonld", "table"}, "a new format: check it here too"


def _kept(advert: Advert) -> tuple[str | None, ...]:
    """What a JobPosting written by extract keeps of an advert, as jobparse reads it back: title,
    closing date (validThrough holds a day, not a month), date posted and reference; spaces aside,
    since a record's text values are read with their spaces collapsed."""
    closing = advert.closing_date if advert.closing_date and advert.closing_date.precision == "day" else None
    return tuple(
        None if value is None or value.value is None else " ".join(value.value.split())
        for value in (advert.title, closing, advert.date_posted, advert.reference)
    )


def _csv_cell(value: Any) -> str:
    return "" if value is None else str(value)


def reported(name: str, result: FileResult) -> str:
    """What `jobparse validate --format NAME` writes for one input's result."""
    out = io.StringIO()
    render(name, [result], out, today=TODAY)
    return out.getvalue()


def check_reporters(result: FileResult) -> None:
    """Every report format renders; JSON fits its schema and SARIF the official one."""
    from tests.test_reporters import assert_valid_sarif

    for name in FORMATS:
        out = reported(name, result)
        if name == "json":
            report = json.loads(out)
            assert_valid(report, "report.schema.json")
            assert report["summary"]["problems"] == len(result.problems), "the JSON report lost problems"
        elif name == "sarif":
            log = json.loads(out)
            assert_valid_sarif(log)
            assert len(log["runs"][0]["results"]) == len(result.problems), "the SARIF log lost problems"


def check_fix(text: str, name: str, result: FileResult) -> None:
    """`--fix` (safe fixes, then with --unsafe-fixes too): fixing never raises, and fixing the
    fixed text again changes nothing (the output is a fixed point)."""
    if not name.endswith(".txt"):
        return  # only advert text is fixed in place: pages and records are reported and left alone
    for unsafe in (False, True):
        fixed = jobparse.fix(text, list(result.problems), unsafe=unsafe)
        assert isinstance(fixed, str), "fix returned no text"
        adverts = parse_many(fixed, name)
        if not adverts:
            continue
        again = next(with_run_checks([Validate(CONFIGS)(Input(name, fixed.encode("utf-8")), adverts)], CONFIGS))
        assert jobparse.fix(fixed, list(again.problems), unsafe=unsafe) == fixed, (
            "fixing the fixed text changed it again"
        )
