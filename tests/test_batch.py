"""batch.py: one result type and one loop for extract and validate; one JSON document writer for both."""

from __future__ import annotations

import importlib
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from jobparse.batch import Extract, FileResult, Reading, Validate, run
from jobparse.cli import app
from jobparse.config import Config, ConfigResolver
from jobparse.jsondoc import JsonDocument, dumps
from jobparse.output.json_writer import JsonWriter
from tests.conftest import FIXTURES

SEED = FIXTURES / "seeds" / "000_b2fd4549ad324420.txt"
DUMP = FIXTURES / "adverts" / "multi_advert_dump.txt"


def test_the_old_near_copies_are_gone() -> None:
    for module in ("jobparse.pipeline", "jobparse.parallel"):
        with pytest.raises(ModuleNotFoundError):
            importlib.import_module(module)
    import jobparse.inputs.files
    import jobparse.reporters
    import jobparse.validator

    assert not hasattr(jobparse.inputs.files, "Outcome") and not hasattr(jobparse.reporters, "FileReport")
    assert not hasattr(jobparse.validator, "validate_items")


def test_extract_and_validate_give_the_same_result_type_in_input_order(tmp_path: Path) -> None:
    items = [str(DUMP), str(tmp_path / "missing.txt"), str(SEED)]
    extracted = list(run(items, Extract(JsonWriter.render), Reading(), jobs=2))
    validated = list(run(items, Validate(ConfigResolver(Config.default())), Reading(), jobs=2))
    for results in (extracted, validated):
        assert all(type(result) is FileResult for result in results)
        assert [result.path for result in results] == items
        assert [result.adverts for result in results] == [3, 0, 1]
        assert results[1].error == "no such file" and not results[1].internal
    assert json.loads(extracted[0].records[0])["title"]["value"] == "Porter"
    assert validated[2].problems and validated[2].records[0]["layout"] == "nhs-jobs"


def test_a_bug_in_a_writer_costs_one_file(monkeypatch: pytest.MonkeyPatch) -> None:
    """Rendering runs in the batch loop's guard too: before, one record that broke a writer ended the run."""
    from jobparse.output.csv_writer import CsvWriter

    real = CsvWriter.render

    def fragile(advert: object) -> object:
        if "multi_advert" in advert.path:  # type: ignore[attr-defined]
            raise ValueError("boom")
        return real(advert)  # type: ignore[arg-type]

    monkeypatch.setattr(CsvWriter, "render", staticmethod(fragile))
    result = CliRunner().invoke(app, ["extract", str(DUMP), str(SEED), "-f", "csv"])
    assert result.exit_code == 70
    assert "internal error in rendering (ValueError: boom)" in result.stderr
    assert len(result.stdout.splitlines()) == 2  # the header and the seed's row


def test_json_document_streams_items_before_it_is_closed() -> None:
    out = io.StringIO()
    document = JsonDocument(out, {"jobparse": "9"}, "things")
    document.add({"a": 1})
    assert out.getvalue() == '{\n  "jobparse": "9",\n  "things": [\n    {"a":1}'
    document.add_text('{"b":2}')
    document.close({"errors": []})
    assert json.loads(out.getvalue()) == {"jobparse": "9", "things": [{"a": 1}, {"b": 2}], "errors": []}


@pytest.mark.parametrize("indent", [False, True])
def test_a_figure_beyond_64_bits_is_written_in_the_same_layout(indent: bool) -> None:
    """orjson refuses integers over 64 bits; the json fallback writes them, laid out as orjson would."""
    small = {"figures": [1, 2.5], "name": "Café", "empty": {}, "none": None}
    big = {**small, "figures": [2**64, 2.5]}
    assert dumps(big, indent) == dumps(small, indent).replace("1,", f"{2**64},", 1)
    assert json.loads(dumps(big, indent))["figures"][0] == 2**64


def test_extract_json_and_the_report_share_one_layout() -> None:
    """Both documents come from JsonDocument: the same head, one item per entry, the same closing."""
    extracted = CliRunner().invoke(app, ["extract", str(SEED), str(DUMP)]).stdout
    report = CliRunner().invoke(app, ["validate", str(SEED), str(DUMP), "-f", "json"]).stdout
    for text, array in ((extracted, "adverts"), (report, "files")):
        assert text.startswith('{\n  "jobparse": ') and f'\n  "{array}": [\n    {{' in text
        assert text.endswith("\n}\n")
    assert len([line for line in extracted.splitlines() if line.startswith("    {")]) == 4  # a record per line
