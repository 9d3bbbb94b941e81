"""The fuzzer itself: its seeds, its mutations, its session, its reducer, the --fix hook and CI's session."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import jobparse
from jobparse.batch import Input, Validate
from jobparse.parse.tables import fold
from jobparse.parse.tokenizer import HEADING, tokenize
from tests import fuzz
from tests.conftest import FIXTURES, ROOT
from tests.fuzzing import inputs
from tests.fuzzing.checks import CONFIGS, check_fix, check_input
from tests.fuzzing.reduce import failure, reduce

SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))


def test_every_layout_family_and_fixture_seeds_the_fuzzer() -> None:
    seeded = {Path(seed.name).parent.as_posix() for seed in inputs.text_seeds()}
    families = {f"tests/fixtures/layouts/{path.name}" for path in (FIXTURES / "layouts").iterdir() if path.is_dir()}
    assert len(families) >= 10
    assert families | {"tests/fixtures/adverts", "tests/fixtures/seeds", "examples"} <= seeded
    assert {name for _, name in inputs.page_seeds()} >= {
        "search_feed.xml",
        "nhsjobs_basic.html",
        "page_with_jsonld.html",
    }
    assert len(inputs.json_seeds()) >= 5


def kinds_of(lines: list[str]) -> list[str]:
    return [token.kind for token in tokenize("\n".join(lines))]


def seed_lines(data: st.DataObject) -> list[str]:
    return list(data.draw(st.sampled_from(inputs.text_seeds())).lines)


@SETTINGS
@given(st.data())
def test_swapping_labels_and_fact_blocks_keeps_every_line(data: st.DataObject) -> None:
    lines = seed_lines(data)
    for mutation in (inputs.swap_label_lines, inputs.swap_fact_blocks, inputs.shuffle_table_rows):
        mutated = mutation(data.draw, list(lines), kinds_of(lines))
        assert Counter(mutated) == Counter(lines), mutation.__name__


@SETTINGS
@given(st.data())
def test_a_duplicated_heading_is_one_more_heading(data: st.DataObject) -> None:
    lines = seed_lines(data)
    kinds = kinds_of(lines)
    mutated = inputs.duplicate_heading(data.draw, list(lines), kinds)
    if HEADING not in kinds:
        assert mutated == lines
        return
    (added,) = list((Counter(mutated) - Counter(lines)).elements())
    assert kinds[lines.index(added)] == HEADING


@SETTINGS
@given(st.data())
def test_furniture_comes_from_the_layouts_data(data: st.DataObject) -> None:
    lines = seed_lines(data)
    mutated = inputs.insert_furniture(data.draw, list(lines), kinds_of(lines))
    (added,) = list((Counter(mutated) - Counter(lines)).elements())
    assert fold(added) in {fold(line) for line in inputs.furniture_lines()}


@SETTINGS
@given(st.data())
def test_a_duplicated_fact_block_is_a_label_and_its_values(data: st.DataObject) -> None:
    lines = seed_lines(data)
    kinds = kinds_of(lines)
    mutated = inputs.duplicate_fact_block(data.draw, list(lines), kinds)
    blocks = {tuple(lines[start:end]) for start, end in inputs.fact_blocks(kinds)}
    added = Counter(mutated) - Counter(lines)
    assert not blocks or any(Counter(block) == added for block in blocks)


@SETTINGS
@given(st.data())
def test_shuffled_table_rows_stay_in_the_table(data: st.DataObject) -> None:
    lines = ["Details", "| Salary: | £1 |", "| Band: | 5 |", "text", "| Closing date: | 1 May 2026 |"]
    mutated = inputs.shuffle_table_rows(data.draw, list(lines), kinds_of(lines))
    assert [mutated[0], mutated[3]] == ["Details", "text"] and Counter(mutated) == Counter(lines)


@pytest.mark.parametrize("kind", sorted(inputs.KINDS))
def test_every_input_kind_goes_through_every_check(kind: str) -> None:
    suffixes = {"text": {".txt"}, "json": {".json", ".jsonld", ".jsonl"}, "html": {".html", ".htm"}, "xml": {".xml"}}
    seen: list[str] = []

    @settings(max_examples=8, deadline=None, database=None, derandomize=True, suppress_health_check=list(HealthCheck))
    @given(inputs.KINDS[kind])
    def one(sample: tuple[bytes, str]) -> None:
        data, name = sample
        assert isinstance(data, bytes)
        assert Path(name).suffix in suffixes.get(kind, {".txt", ".html", ".xml", ".json", ".jsonl"})
        if check_input(data, name):
            seen.append(name)

    one()
    if kind in ("text", "json"):
        assert seen, f"no {kind} input gave an advert"


def test_the_fix_check_holds_the_seed_and_catches_a_fix_that_is_not_final(monkeypatch: pytest.MonkeyPatch) -> None:
    text = (FIXTURES / "seeds" / "000_b2fd4549ad324420.txt").read_text(encoding="utf-8")
    (advert,) = jobparse.parse_many(text)
    found = Validate(CONFIGS)(Input("a.txt", text.encode("utf-8")), [advert])
    assert any(problem.fix is not None for problem in found.problems), "the seed has fixable mistakes"
    check_fix(advert.text, "a.txt", found)

    monkeypatch.setattr(jobparse, "fix", lambda text, problems, unsafe=False: text + "\nmore")
    with pytest.raises(AssertionError, match="changed it again"):
        check_fix(advert.text, "a.txt", found)


def test_the_reducer_keeps_the_failure_and_drops_the_rest() -> None:
    def check(data: bytes, name: str) -> None:
        assert b"Band 9" not in data, "a band that does not exist"

    data = (FIXTURES / "seeds" / "000_b2fd4549ad324420.txt").read_bytes().replace(b"Band 6", b"Band 9", 1)
    assert failure(check, data, "a.txt") is not None
    small = reduce(check, data, "a.txt", seconds=30)
    assert small == b"Band 9"
    assert failure(check, small, "a.txt") == failure(check, data, "a.txt")


def test_a_session_prints_its_seed_and_what_it_tried(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(fuzz, "ROUND", 3)
    assert fuzz.main(["--seconds", "0.1", "--seed", "7"]) == 0
    out = capsys.readouterr().out
    assert "seed 7 (repeat with FUZZ_SEED=7)" in out
    tried = re.search(r"fuzz: ([\d,]+) inputs tried", out)
    assert tried is not None and int(tried.group(1).replace(",", "")) >= 3


def test_a_failing_session_saves_the_shrunk_input(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    def check(data: bytes, name: str, deep: bool = True) -> None:
        assert b"\n" not in data[:200], "a line break"

    monkeypatch.setattr(fuzz, "check_input", check)
    monkeypatch.setattr(fuzz, "ROUND", 50)
    assert fuzz.main(["--seconds", "30", "--seed", "3", "--failures", str(tmp_path)]) == 1
    (saved,) = tmp_path.iterdir()
    assert saved.read_bytes() == b"\n"
    assert "saved as" in capsys.readouterr().out


def test_ci_fuzzes_a_minute_from_a_fixed_and_a_random_seed() -> None:
    steps = [
        line for line in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines() if line.startswith("make")
    ]
    fuzzing = [step for step in steps if step.startswith("make fuzz ")]
    assert steps.index(fuzzing[0]) > steps.index("make test")
    seeded = [step for step in fuzzing if "FUZZ_SEED=" in step]
    assert len(seeded) == 1 and len(fuzzing) == 2
    seconds = [int(re.search(r"FUZZ_SECONDS=(\d+)", step).group(1)) for step in fuzzing]  # type: ignore[union-attr]
    assert 45 <= sum(seconds) <= 90
