"""Properties of the value parsers and the tokenizer for any text (tests/fuzzing/values.py says which).

The same properties drive the coverage-guided fuzzer (`make fuzz-coverage`, atheris); here
Hypothesis feeds them fixture lines, value-shaped word salads and arbitrary text.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.fuzzing.values import check_tokenizer, check_value_parsers
from tests.strategies import fixture_lines, line

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# The words values are made of: figures, periods, bands, durations, dates, postcodes, HCAS terms.
VALUE_WORDS = ["£", "£31,049", "£4,8778", "£25k", "£12.45", "31049", "1,234.5", "to", "-", "–", "/", "up to", "per",
               "annum", "a year", "an hour", "ph", "pro rata", "Band", "5", "8a", "8 c", "Band 6/7", "AfC", "grade",
               "Specialty Doctor", "ST3", "fixed term", "12 months", "two years", "until", "permanent", "bank",
               "secondment", "full time", "part-time", "37.5 hours", "hrs per week", "31", "February", "29th", "Feb",
               "2026", "2025-02-29", "01/13/2026", "25/12/2025", "23:59", "11.59pm", "T24:00", "midday", "SW1A 1AA",
               "da26pb", "GIR 0AA", "EX2", "HCAS", "High Cost Area Supplement", "Inner London", "fringe", "20%",
               "min", "max", "(", ")", ",", ".", ":", "\n", "\t", "\u00a0"]  # fmt: skip
value_texts = st.one_of(
    st.lists(st.sampled_from(VALUE_WORDS), max_size=12).map(" ".join),
    st.lists(st.sampled_from(VALUE_WORDS), max_size=12).map("".join),
    st.sampled_from(fixture_lines()),
    line,
    st.text(max_size=200),
)


@SETTINGS
@given(value_texts)
def test_value_parsers_hold_their_properties(text: str) -> None:
    check_value_parsers(text)


@SETTINGS
@given(st.lists(st.one_of(line, value_texts), max_size=40).map("\n".join))
def test_tokenizer_holds_its_properties(text: str) -> None:
    check_tokenizer(text)


def test_every_fixture_line_holds_the_properties() -> None:
    lines = fixture_lines()
    assert len(lines) > 1000
    for text in lines:
        check_value_parsers(text)
    check_tokenizer("\n".join(lines))
