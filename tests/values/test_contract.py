"""parse_contract and parse_working_pattern."""

from __future__ import annotations

import pytest

from jobparse.values.contract import parse_contract, parse_working_pattern


@pytest.mark.parametrize(
    ("text", "kind", "amount", "unit"),
    [
        ("Permanent", "permanent", None, None),
        ("Fixed term: 12 months", "fixed-term", 12, "month"),
        ("12 months (Fixed term)", "fixed-term", 12, "month"),
        ("Fixed term for 12 months", "fixed-term", 12, "month"),
        ("Fixed-term, two years", "fixed-term", 2, "year"),
        ("Bank", "bank", None, None),
        ("Secondment: 6 months", "secondment", 6, "month"),
        ("Locum", "locum", None, None),
        ("Apprenticeship", "apprenticeship", None, None),
        ("Fixed term with a view to permanent", "fixed-term", None, None),
    ],
)
def test_contract(text: str, kind: str, amount: int | None, unit: str | None) -> None:
    parsed = parse_contract(text)
    assert (parsed.type, parsed.amount, parsed.unit) == (kind, amount, unit)


def test_contract_until_and_detail() -> None:
    assert parse_contract("Fixed term: 9 months (until 31/03/2026)").until == "2026-03-31"
    assert parse_contract("Permanent: Part time").detail == "Part time"


@pytest.mark.parametrize(
    ("text", "values", "hours"),
    [
        ("Full-time", ("full-time",), None),
        (
            "Full-time, Part-time, Flexible working, Job share, Other",
            ("full-time", "part-time", "flexible-working", "job-share", "other"),
            None,
        ),
        ("Part time - 22.5 hours per week (details in the job description)", ("part-time",), 22.5),
        ("Full time - 37.5 hours per week", ("full-time",), 37.5),
        ("Full-time\nPart-time", ("full-time", "part-time"), None),
        ("Term time only", ("term-time",), None),
    ],
)
def test_working_pattern(text: str, values: tuple[str, ...], hours: float | None) -> None:
    assert parse_working_pattern(text) == (values, hours)


def test_word_processor_dashes() -> None:
    assert parse_working_pattern("Full–time, Part—time") == (("full-time", "part-time"), None)
    assert parse_contract("Fixed–term: 12 months").type == "fixed-term"
