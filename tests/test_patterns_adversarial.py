"""No pattern takes super-linear time: each runs on 100,000-fold near-matches within a timeout.

The `regex` module raises TimeoutError when a search exceeds its `timeout`; a catastrophic
(exponential or quadratic) pattern on these inputs would take minutes, a linear one milliseconds.
"""

from __future__ import annotations

import importlib
import pkgutil
import time
from collections.abc import Iterator

import pytest
import regex

import jobparse
from jobparse.lazyregex import LazyPattern
from jobparse.wordlists import word_lists

# Module-level patterns compile on first use (jobparse.lazyregex); both kinds are tested.
PATTERN_TYPE = (type(regex.compile("")), LazyPattern)
TIMEOUT = 5.0  # seconds per search; linear patterns take well under 0.5 s here

# Near-matches of what the patterns look for, each repeated to about 100,000 characters or more.
ADVERSARIAL = {
    "letters": "a" * 100_000,
    "capitals": "ABCDEF " * 15_000,
    "digits": "1" * 100_000,
    "spaces": " " * 100_000,
    "dates": "01/01/2025/" * 10_000,
    "dotted-dates": "1.1.1." * 20_000,
    "amounts": "£1,000," * 15_000,
    "pounds": "£" * 100_000,
    "bands": "Band 5 to " * 10_000,
    "dashes": "- " * 50_000,
    "separators": "=-" * 50_000 + "x",
    "salary-words": "salary is inclusive of the " * 4_000,
    "hcas-words": "including the high cost " * 4_000,
    "start-words": "start date for the post will be " * 3_000,
    "family": "family, friends and " * 5_000,
    "postcodes": "DA2 6P " * 15_000,
    "months": "28 September " * 8_000,
    "brackets": "((" * 50_000,
    "mixed": "Band 6 £40,617 to £48,778 a year per annum 28/09/2025 DA2 6PB MDT " * 1_500,
}


def _patterns() -> Iterator[tuple[str, regex.Pattern[str]]]:
    for module_info in pkgutil.walk_packages(jobparse.__path__, "jobparse."):
        if module_info.name.endswith("__main__"):
            continue
        module = importlib.import_module(module_info.name)
        for name, value in vars(module).items():
            if isinstance(value, PATTERN_TYPE):
                yield f"{module_info.name}.{name}", value
            elif isinstance(value, tuple):
                for i, item in enumerate(value):
                    candidates = item if isinstance(item, tuple) else (item,)
                    for j, candidate in enumerate(candidates):
                        if isinstance(candidate, PATTERN_TYPE):
                            yield f"{module_info.name}.{name}[{i}][{j}]", candidate
    lists = word_lists()
    for group in ("confused", "redundant", "gendered"):
        for i, entry in enumerate(getattr(lists, group)):
            yield f"words.{group}[{i}]", entry.pattern


PATTERNS = dict(_patterns())


def test_patterns_are_found() -> None:
    assert len(PATTERNS) >= 150, sorted(PATTERNS)


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_pattern_is_linear_on_adversarial_input(name: str) -> None:
    pattern = PATTERNS[name]
    started = time.perf_counter()
    for text in ADVERSARIAL.values():
        for match in pattern.finditer(text, timeout=TIMEOUT):
            del match
    elapsed = time.perf_counter() - started
    assert elapsed < TIMEOUT, f"{name} took {elapsed:.1f}s"
