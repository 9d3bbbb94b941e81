"""JP304 reference-format."""

import pytest

from tests.rules.helpers import CLEAN, codes, problems, variant


@pytest.mark.parametrize("reference", ["412-RGH-5521", "334-CLI-7180321", "C&P-PSY/0425*"])
def test_pass(reference: str) -> None:
    assert codes(variant(("412-RGH-5521", reference), base=CLEAN), "JP304") == []


def test_fail_spaces() -> None:
    assert codes(variant(("412-RGH-5521", "412 RGH 5521 (draft)")), "JP304") == [(26, "JP304", "warning")]


def test_option_pattern() -> None:
    assert codes(CLEAN, "JP304", pattern=r"\d{3}-[A-Z]{2}\d{4}") == [(26, "JP304", "warning")]


@pytest.mark.parametrize(
    ("reference", "why"),
    [("412-RGH-5521-", "it ends with '-'"), ("412--RGH-5521", "two separators together"), ("412#RGH", "it has '#'")],
)
def test_fail_says_what_is_odd(reference: str, why: str) -> None:
    (problem,) = problems(variant(("412-RGH-5521", reference)), "JP304")
    assert why in problem.message
