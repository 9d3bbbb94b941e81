"""JP302 empty-section."""

from tests.rules.helpers import CLEAN, codes, variant


def test_pass() -> None:
    assert codes(CLEAN, "JP302") == []


def test_fail_empty_about_us() -> None:
    text = variant(
        (
            "About us\nRiverside Health NHS Foundation Trust serves 400,000 people across the north of the county.\n",
            "About us\n",
        )
    )
    assert codes(text, "JP302") == [(10, "JP302", "warning")]
