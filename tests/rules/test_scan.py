"""The text rules' one scan (wordlists.Scanner) finds exactly what sweeping each pattern over the
whole advert finds: on every fixture, on the bench corpus and on its real-length adverts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from bench.corpus import adverts
from jobparse import parse_file, parse_many
from jobparse.config import Config
from jobparse.model import Advert
from jobparse.rules import list_matches
from jobparse.validator import context
from jobparse.wordlists import word_lists
from tests.conftest import advert_fixtures

CONFIG = Config.default().with_overrides(today=dt.date(2025, 10, 1))


def _adverts() -> Iterator[Advert]:
    for path in advert_fixtures():
        yield from parse_file(path)
    yield from parse_many("\n".join(adverts(150)), "bench.txt")
    yield from parse_many("\n".join(adverts(60, seed=7, long=True)), "long.txt")


ADVERTS = list(_adverts())


def _sweep(advert: Advert, group: str) -> list[tuple[int, int, int]]:
    """Every entry's matches over the whole advert, as the rules found them before the scan."""
    return [
        (entry.key, match.start(), match.end())
        for entry in getattr(word_lists(), group)
        for match in entry.pattern.finditer(advert.text, advert.span.start, advert.span.end)
    ]


@pytest.mark.parametrize("group", ["confused", "redundant", "gendered"])
def test_scan_finds_what_a_sweep_finds(group: str) -> None:
    ctx = context(CONFIG)
    found = swept = 0
    for advert in ADVERTS:
        expected = _sweep(advert, group)
        got = [(e.key, m.start(), m.end()) for e, m in list_matches(advert, ctx, getattr(word_lists(), group))]
        assert got == expected, advert.path
        found, swept = found + len(got), swept + len(expected)
    assert swept > 0  # the corpus holds matches of every group, so the comparison means something


def test_scan_runs_patterns_on_a_small_part_of_a_long_advert() -> None:
    (advert,) = parse_many(next(adverts(1, seed=11, long=True)), "long.txt")
    windows = word_lists().scanner.windows(advert.text, advert.span.start, advert.span.end)
    covered = sum(end - start for spans in windows.values() for start, end in spans)
    entries = len(word_lists().confused + word_lists().redundant + word_lists().gendered)
    assert covered < 0.1 * entries * (advert.span.end - advert.span.start)


def test_a_character_whose_lower_case_is_longer_falls_back_to_a_sweep() -> None:
    from jobparse import parse
    from tests.rules.helpers import variant

    advert = parse(variant(("About us\n", "About us\nİstanbul office. The principle duties are listed below.\n")))
    ctx = context(CONFIG)
    got = [(e.key, m.start()) for e, m in list_matches(advert, ctx, word_lists().confused)]
    assert got and got == [(k, s) for k, s, _ in _sweep(advert, "confused")]
