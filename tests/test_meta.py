"""Meta-tests: every rule is registered, documented, tested, configurable and in the defaults."""

from __future__ import annotations

import pkgutil
import re

import pytest

import jobparse.rules
from jobparse.config import Config
from jobparse.rules import GROUPS, all_rules
from tests.conftest import ROOT

RULES = all_rules()


def test_every_rule_module_is_registered() -> None:
    modules = {m.name for m in pkgutil.iter_modules(jobparse.rules.__path__) if not m.name.startswith("_")}
    assert modules == {rule.__name__.rsplit(".", 1)[1] for rule in RULES.values()}


@pytest.mark.parametrize("code", sorted(RULES))
def test_rule_identity(code: str) -> None:
    rule = RULES[code]
    assert re.fullmatch(r"JP[1-5]\d\d", code)
    assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", rule.NAME)
    assert rule.__name__.rsplit(".", 1)[1] == rule.NAME.replace("-", "_")
    assert rule.GROUP in GROUPS and int(code[2]) == GROUPS.index(rule.GROUP) + 1  # JP1xx pay ... JP5xx jobposting


def test_names_are_unique() -> None:
    names = [rule.NAME for rule in RULES.values()]
    assert len(names) == len(set(names))


@pytest.mark.parametrize("code", sorted(RULES))
def test_rule_is_documented_with_examples(code: str) -> None:
    doc = RULES[code].__doc__ or ""
    assert doc.strip().splitlines()[0].endswith(".")
    assert "Options:" in doc and "Examples:" in doc
    assert "PASS" in doc and "FAIL" in doc


@pytest.mark.parametrize("code", sorted(RULES))
def test_rule_has_a_test_module(code: str) -> None:
    module = RULES[code].__name__.rsplit(".", 1)[1]
    assert (ROOT / "tests" / "rules" / f"test_{module}.py").is_file()


def test_every_rule_is_in_the_default_configuration() -> None:
    from jobparse.rules import OPTIONAL_GROUPS

    config = Config.default()
    assert set(config.enabled) == {code for code, rule in RULES.items() if rule.GROUP not in OPTIONAL_GROUPS}
    assert set(config.severities) == set(RULES) == set(config.options)
    assert {RULES[code].GROUP for code in set(RULES) - set(config.enabled)} == OPTIONAL_GROUPS


def test_every_word_list_match_contains_one_of_its_triggers() -> None:
    """The triggers let rules skip a pattern's scan, so every match must hold one at a word start."""
    import regex

    from jobparse.wordlists import word_lists

    samples = {
        "a year per annum": "redundant", "per annum a year": "redundant", "an hour per hour": "redundant",
        "past experience": "redundant", "each and every": "redundant", "new innovations": "redundant",
        "chairman": "gendered", "man-power": "gendered", "manpower": "gendered", "He or she": "gendered",
        "s/he": "gendered", "his/her": "gendered", "Ninja": "gendered", "rockstar": "gendered", "Dominate": "gendered",
        "the principle duties": "confused", "to compliment our team": "confused", "complimentary to the": "confused",
    }  # fmt: skip
    lists = word_lists()
    for text, group in samples.items():
        matching = [entry for entry in getattr(lists, group) if entry.pattern.search(text)]
        assert matching, text
        for entry in matching:
            words = regex.findall(r"\b\w+", text.lower())
            assert any(
                word == trigger[:-1] if trigger.endswith("$") else word.startswith(trigger)
                for trigger in entry.triggers
                for word in words
            ), (text, entry.triggers)
