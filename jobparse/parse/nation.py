"""Which UK nation an advert is from, and why: its employer's name, its postcodes, its page's family."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

import regex

from jobparse.datafiles import load_data
from jobparse.model import Address, Employer, Evidence, Nation
from jobparse.parse.context import Context
from jobparse.values.postcodes import find_postcode

_AREA = regex.compile(r"[A-Z]{1,2}")
# Every way each nation's mention pattern (data/nations.yaml) can match contains one of these
# (tests/test_prefilters.py holds them to the data).
MENTION_WORDS = {
    "wales": ("Wales", "Cymru", "Welsh"),
    "scotland": ("Scot", "scot", "PVG"),
    "northern-ireland": ("HSC", "AccessNI", "Northern Ireland", "NI"),
}


@dataclass(frozen=True, slots=True)
class NationData:
    """data/nations.yaml: postcode areas, employer-name patterns and one-nation layouts."""

    areas: dict[str, str]
    employers: tuple[tuple[str, regex.Pattern[str]], ...]  # bodies' names, then generic words
    layouts: dict[str, str]
    mentions: tuple[tuple[str, regex.Pattern[str]], ...]
    default_england: frozenset[str]
    bodies: tuple[tuple[str, regex.Pattern[str]], ...]  # the devolved bodies' names only


@cache
def nation_data() -> NationData:
    """The nation facts, read once."""
    data = load_data("nations.yaml")
    areas = {area: nation for nation, codes in data["postcode-areas"].items() for code in codes for area in (code,)}
    names = [
        (nation, regex.compile(pattern, regex.IGNORECASE))
        for nation, patterns in data["employers"].items()
        for pattern in patterns
    ]
    words = [(nation, regex.compile(pattern, regex.IGNORECASE)) for nation, pattern in data["employer-words"].items()]
    england = [item for item in names if item[0] == "england"]
    employers = tuple([item for item in names if item[0] != "england"] + words + england)
    mentions = tuple((nation, regex.compile(pattern)) for nation, pattern in data["mentions"].items())
    bodies = tuple(item for item in names if item[0] != "england")
    return NationData(areas, employers, data["layouts"], mentions, frozenset(data["default-england"]), bodies)


@lru_cache(maxsize=4096)
def nation_of_employer(name: str) -> str | None:
    """The nation an employer's name belongs to, or None when the name does not tell."""
    for nation, pattern in nation_data().employers:
        if pattern.search(name):
            return nation
    return None


def nation_of_postcode(postcode: str) -> str | None:
    """The nation of a postcode's area, or None for a border or unknown area."""
    match = _AREA.match(postcode)
    return None if match is None else nation_data().areas.get(match.group())


def _employer_evidence(employer: Employer | None) -> list[Evidence]:
    if employer is None:
        return []
    found = []
    for text in (employer.name, employer.display_name):
        if text is None:
            continue
        nation = nation_of_employer(text.value)
        if nation is not None:
            found.append(Evidence("employer", text.value, nation))
            break
    return found


def _postcode_evidence(places: Sequence[Address], employer: Employer | None) -> list[Evidence]:
    codes = [place.postcode for place in places if place.postcode]
    if employer is not None and employer.address is not None and employer.address.postcode:
        codes.append(employer.address.postcode)
    found = []
    for code in dict.fromkeys(codes):
        nation = nation_of_postcode(code)
        if nation is not None:
            found.append(Evidence("postcode", code, nation))
    return found


def detect(ctx: Context, employer: Employer | None, places: Sequence[Address]) -> Nation:
    """The nation and its evidence, strongest first: the employer's name when it names a devolved
    body (pay follows the employer), postcodes, the page's family, the text naming a devolved
    service, an English trust's name; else England for the families whose sites serve it."""
    named = _employer_evidence(employer)
    devolved = [item for item in named if item.nation != "england"]
    evidence = devolved + _postcode_evidence(places, employer)
    family = ctx.layout.family.name if ctx.layout is not None else "plain"
    nation = nation_data().layouts.get(family)
    if nation is not None:
        evidence.append(Evidence("layout", family, nation))
    if not evidence:
        evidence = _prose_postcodes(ctx)
    if not evidence:
        # Only when nothing stronger tells: the mentions search the whole advert.
        evidence = _mentions(ctx)
    evidence += [item for item in named if item.nation == "england"]
    if not evidence:
        evidence = _bodies_named(ctx)
    if not evidence and family in nation_data().default_england:
        evidence = [Evidence("default", family, "england")]
    return Nation(evidence[0].nation if evidence else None, tuple(evidence))


def _mentions(ctx: Context) -> list[Evidence]:
    """The first mention of a devolved service in the advert's text, per nation."""
    start, end = ctx.span
    text = ctx.text
    found = []
    for nation, pattern in nation_data().mentions:
        if not any(text.find(word, start, end) != -1 for word in MENTION_WORDS[nation]):
            continue  # a literal test before the pattern: most adverts name no devolved service
        match = pattern.search(text, start, end)
        if match is not None:
            found.append(Evidence("mention", match.group(), nation))
    return found


def _bodies_named(ctx: Context) -> list[Evidence]:
    """A devolved NHS body the text names ("... at Morriston Hospital, Swansea Bay University Health
    Board"), when nothing stronger tells: tried only then, as it searches the whole advert."""
    start, end = ctx.span
    for nation, pattern in nation_data().bodies:
        match = pattern.search(ctx.text, start, end)
        if match is not None:
            return [Evidence("mention", match.group(), nation)]
    return []


def _prose_postcodes(ctx: Context) -> list[Evidence]:
    """Postcodes of the page header and key facts when nothing else tells (packs, republished pages)."""
    for token in ctx.header:
        found = find_postcode(token.text)
        if found is not None:
            nation = nation_of_postcode(found[0])
            if nation is not None:
                return [Evidence("postcode", found[0], nation)]
    return []
