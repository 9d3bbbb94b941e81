"""The same employer under two names across the adverts of one run.

A team checking all its adverts at once wants to hear when one unit's adverts name their
employer differently: after a trust is renamed, some adverts keep the old name. Two adverts are
taken to come from the same unit when their reference numbers share a prefix (the reference
less its closing digits: "380-AC" of "380-AC0746" and "380-AC0735") and, where both give
postcodes, a site postcode. The finding is about the run: it is reported once, at the first
advert that names the unit differently, and names the advert that used the other name. Short
forms ("NHSFT") and "&" for "and" are the same name.

This rule looks across files, so it runs in `jobparse validate` over several inputs (and over
the adverts of one dump), not on one advert at a time.

Options: none.

Examples:
  PASS  two adverts, references 380-AC0746 and 380-AC0735, both by Kent and Medway NHS Trust
  FAIL  the same two, one by "Kent & Medway NHS & Social Care Partnership Trust" and one by
        "Kent and Medway Mental Health NHS Trust"
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

import regex

from jobparse.findings import Finding, Severity
from jobparse.model import Advert, Span
from jobparse.rules import NoOptions, RuleContext
from jobparse.rules._names import comparison

CODE = "JP307"
NAME = "employer-name-across-run"
GROUP = "completeness"
SEVERITY = Severity.WARNING
SCOPE = "run"  # validate calls sighting() per advert and Run.add() over the run; check() is empty

Options = NoOptions

# A prefix needs a letter or separator and at least four characters: bare-digit references
# ("004417") say nothing about the unit.
_CLOSING_DIGITS = regex.compile(r"\d{2,}$")
_MIN_PREFIX = 4


@dataclass(frozen=True, slots=True)
class Sighting:
    """What the run check needs of one advert: its employer's name, where, and its unit's keys."""

    path: str
    advert: int
    name: str
    span: Span
    line: int
    column: int
    end_line: int
    end_column: int
    text: str  # the line the name stands on, for reporters
    prefix: str
    postcodes: frozenset[str]


def reference_prefix(reference: str) -> str | None:
    """The part of a reference its unit's adverts share: the reference less its closing digits."""
    prefix = _CLOSING_DIGITS.sub("", reference.strip())
    if prefix == reference.strip() or len(prefix) < _MIN_PREFIX or prefix.isdigit():
        return None
    return prefix


def sighting(advert: Advert) -> Sighting | None:
    """The advert's employer and unit, when it has both a name and a reference prefix."""
    employer, reference = advert.employer, advert.reference
    if employer is None or employer.name is None or reference is None:
        return None
    prefix = reference_prefix(reference.value)
    if prefix is None:
        return None
    postcodes = {location.postcode for location in advert.locations if location.postcode}
    if employer.address is not None and employer.address.postcode:
        postcodes.add(employer.address.postcode)
    where = advert.position(employer.name.span)
    line_start = advert.text.rfind("\n", 0, employer.name.span.start) + 1
    line_end = advert.text.find("\n", employer.name.span.start)
    line = advert.text[line_start : line_end if line_end != -1 else len(advert.text)]
    return Sighting(
        advert.path,
        advert.index,
        employer.name.value,
        employer.name.span,
        where.get("line", 1),
        where.get("column", 1),
        where.get("end_line", 1),
        where.get("end_column", 1),
        line,
        prefix,
        frozenset(postcodes),
    )


@dataclass
class Run:
    """The sightings of one run so far; add() answers with the findings a new one makes."""

    # prefix -> (name as compared, postcodes) -> the first sighting of that name with those sites:
    # a run of thousands of one unit's adverts keeps a handful of entries, not every advert.
    by_prefix: dict[str, dict[tuple[str, frozenset[str]], Sighting]] = field(default_factory=dict)
    reported: set[tuple[str, str, str]] = field(default_factory=set)

    def add(self, new: Sighting) -> list[tuple[Sighting, str]]:
        """(sighting, message) for each unit this advert names differently from an earlier one."""
        found: list[tuple[Sighting, str]] = []
        earlier = self.by_prefix.setdefault(new.prefix, {})
        key = (" ".join(new.name.casefold().split()), new.postcodes)
        if key in earlier:
            return found  # the same name at the same sites: compared when it was first seen
        for old in earlier.values():
            if old.postcodes and new.postcodes and not old.postcodes & new.postcodes:
                continue  # another site under the same prefix
            if comparison(old.name, new.name) == "same":
                continue
            low, high = sorted((old.name.casefold(), new.name.casefold()))
            pair = (new.prefix, low, high)
            if pair in self.reported:
                continue
            self.reported.add(pair)
            site = f", site {sorted(old.postcodes & new.postcodes)[0]}" if old.postcodes & new.postcodes else ""
            where = old.path if old.path != new.path else f"advert {old.advert + 1} of this file"
            found.append(
                (
                    new,
                    f"the employer is {new.name!r} here but {old.name!r} in {where}, an advert of the same unit "
                    f"(reference prefix {new.prefix}{site})",
                )
            )
        earlier.setdefault(key, new)
        return found


def check(advert: Advert, ctx: RuleContext, options: Options) -> Iterator[Finding]:
    """Nothing per advert: see Run."""
    return iter(())
