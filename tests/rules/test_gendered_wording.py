"""JP405 gendered-wording."""

import pytest

from tests.rules.helpers import CLEAN, codes, variant

LINE = "You will work in a multidisciplinary team caring for adults admitted as emergencies."


@pytest.mark.parametrize(
    "sentence",
    ["You will report to the Ward Sister.", "Our Midwife team is growing.", "Meet our Modern Matron."],
)
def test_pass_nhs_titles_allowed(sentence: str) -> None:
    assert codes(CLEAN, "JP405") == []
    assert codes(variant((LINE, sentence)), "JP405") == []


@pytest.mark.parametrize(
    "sentence",
    ["You will report to the chairman.", "He or she will lead the team.", "We want an aggressive go-getter."],
)
def test_fail(sentence: str) -> None:
    assert codes(variant((LINE, sentence)), "JP405") == [(5, "JP405", "info")]


def test_option_allow() -> None:
    text = variant((LINE, "You will report to the chairman."))
    assert codes(text, "JP405", allow=["the chairman"]) == []
