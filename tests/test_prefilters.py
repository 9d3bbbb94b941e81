"""Cheap first tests that spare a pattern most lines, each held to the pattern it stands in for.

A prefilter is a literal that every match of its pattern contains: if a match could exist
without it, the prefilter would hide a value. Each test below runs the pattern over phrases
that match it and asserts the prefilter holds every one of them.
"""

from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from jobparse.parse import fields_dates, nation
from jobparse.parse.fields_dates import START_SENTENCE, START_WORDS

START_PHRASES = [
    "the start date for this post will be March 2026",
    "Start dates are available from September 2026",
    "expected start date: 1 April 2026",
    "is expected to begin in April 2025",
    "will take up post on 1 September 2025",
    "to commence in January 2026",
    "starting in March 2026",
    "12 months from March 2026",
    "six years starting 1 May 2026",
    "the post is available from 1st September 2026",
    "a fixed term contract from the 1st November 2025",
    "Fixed term from 05.01.26 until 04.01.27",
    "can start picking up shifts from April 2026",
    "Secondment from 1 June 2026",
]


@pytest.mark.parametrize("phrase", START_PHRASES)
def test_every_start_sentence_opens_at_a_start_word(phrase: str) -> None:
    """The extractor tries the pattern only where a start word stands (or at the number just
    before "months from"): every match must open there."""
    match = START_SENTENCE.search(phrase)
    assert match is not None, phrase
    opening = match.group().lower()
    after_number = regex.sub(r"^(?:\d+|three|six|nine|twelve|eighteen)\s+", "", opening)
    after_unit = regex.sub(r"^(?:months?|years?)\s+", "", after_number)
    assert any(part.startswith(START_WORDS) for part in (opening, after_number, after_unit)), phrase


@pytest.mark.parametrize("phrase", START_PHRASES)
def test_the_extractor_finds_every_start_sentence(phrase: str) -> None:
    from jobparse import parse

    advert = parse(
        f"Nurse\nThe closing date is 1 January 2025\nJob summary\nWe are hiring. {phrase}, subject to checks.\n"
    )
    assert advert.start_date is not None and advert.start_date.value is not None, phrase


def test_start_words_are_what_the_extractor_searches_for() -> None:
    assert fields_dates.START_WORDS is START_WORDS


@pytest.mark.parametrize(
    ("nation_name", "phrase"),
    [
        ("wales", "a member of NHS Wales"),
        ("wales", "GIG Cymru"),
        ("wales", "funded by the Welsh Government"),
        ("wales", "an All Wales post"),
        ("wales", "The ability to speak Welsh is desirable"),
        ("wales", "Welsh language skills"),
        ("scotland", "NHS Scotland welcomes applications"),
        ("scotland", "NHSScotland"),
        ("scotland", "apply at jobs.scot.nhs.uk"),
        ("scotland", "membership of the PVG Scheme"),
        ("scotland", "a check by Disclosure Scotland"),
        ("northern-ireland", "apply through HSC Recruit"),
        ("northern-ireland", "an AccessNI check"),
        ("northern-ireland", "Health and Social Care (Northern Ireland)"),
        ("northern-ireland", "the Department of Health (NI)"),
    ],
)
def test_every_mention_holds_its_nations_words(nation_name: str, phrase: str) -> None:
    pattern = dict(nation.nation_data().mentions)[nation_name]
    match = pattern.search(phrase)
    assert match is not None, phrase
    assert any(word in match.group() for word in nation.MENTION_WORDS[nation_name]), phrase


def test_every_nation_with_mentions_has_prefilter_words() -> None:
    assert {name for name, _ in nation.nation_data().mentions} == set(nation.MENTION_WORDS)


# Three more cheap tests that stand before patterns (issue 14): each must pass every string its
# pattern matches, or the extractor would miss what the pattern finds.


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("HhCcAaSs. -InnerOutLondonWeightingFfrigeighcostare")), max_size=40))
def test_every_hcas_word_holds_one_of_the_hints(text: str) -> None:
    from jobparse.parse.context import HCAS_HINTS
    from jobparse.values.money import HCAS_WORD

    for match in HCAS_WORD.finditer(text):
        assert any(hint in match.group().lower() for hint in HCAS_HINTS), match.group()


@pytest.mark.parametrize(
    "phrase",
    [
        "HCAS",
        "H.C.A.S.",
        "hca",
        "High Cost Area Supplement",
        "high-cost area",
        "London Weighting",
        "Inner London",
        "fringe",
    ],
)
def test_hcas_phrases_match_and_hold_a_hint(phrase: str) -> None:
    from jobparse.parse.context import HCAS_HINTS
    from jobparse.values.money import HCAS_WORD

    match = HCAS_WORD.search(phrase)
    assert match is not None and any(hint in match.group().lower() for hint in HCAS_HINTS)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("=-_*#~\f \t.+x")), min_size=1, max_size=30))
def test_every_separator_line_opens_with_a_separator_character(text: str) -> None:
    from jobparse.parse.patterns import SEPARATOR
    from jobparse.parse.split import _SEPARATOR_CHARS

    if SEPARATOR.match(text):
        assert text[0] in _SEPARATOR_CHARS


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(["The closing date is ", "Closing date: ", "THE CLOSING DATE IS ", "closing date "]),
    st.text(max_size=20),
)
def test_every_closing_line_passes_the_first_letters_test(opening: str, rest: str) -> None:
    from jobparse.parse.header import CLOSING_LINE

    text = opening + rest
    if CLOSING_LINE.match(text):
        assert text[:3].lower() in ("the", "clo")


def test_the_closing_line_pattern_matches_the_lines_the_test_passes() -> None:
    from jobparse.parse.header import CLOSING_LINE

    assert CLOSING_LINE.match("The closing date is 4 March 2026") is not None


# stray-text (JP407) runs its patterns only where str.find says they can match.
STRAY_PIECES = [" ", "  ", "\t", "\n", "(", ")", ",", ".", ":", "!", "a", "9", "’", "|", "...", "·", "Opens in a new tab",
                "(opens in new window)", "(Link opens in a new tab)", "OPEN IN NEW TAB", "(open",
                "(Open in  new tab)", "(opens in a\tnew  window)", "new  tab)"]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(STRAY_PIECES), max_size=30), st.integers(0, 5), st.integers(0, 5))
def test_stray_text_finds_what_a_sweep_of_its_patterns_finds(pieces: list[str], cut_start: int, cut_end: int) -> None:
    from jobparse.rules.stray_text import (
        BEFORE_PUNCTUATION,
        DOUBLED,
        FURNITURE,
        FURNITURE_WORDS,
        matches_at,
        notes_at,
        space_runs,
    )

    text = "".join(pieces)
    start, end = min(cut_start, len(text)), max(min(cut_start, len(text)), len(text) - cut_end)

    def spans(found: object) -> list[tuple[int, int]]:
        return [match.span() for match in found]  # type: ignore[attr-defined]

    swept = spans(FURNITURE.finditer(text, start, end))
    assert spans(matches_at(FURNITURE, text, notes_at(text, start, end), end)) == swept
    if swept:
        assert any(word in text[start:end].lower() for word in FURNITURE_WORDS)
    doubled, before_punctuation = space_runs(text, start, end)
    assert spans(matches_at(DOUBLED, text, doubled, end)) == spans(DOUBLED.finditer(text, start, end))
    assert spans(matches_at(BEFORE_PUNCTUATION, text, before_punctuation, end)) == spans(
        BEFORE_PUNCTUATION.finditer(text, start, end)
    )
