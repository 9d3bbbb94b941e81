"""The validation rules: one module per rule, registered here explicitly (grep finds them all)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache
from types import ModuleType
from typing import Any, Protocol, TypeVar, cast

from regex import Match

from jobparse.findings import Finding, Severity
from jobparse.model import Advert, Span
from jobparse.wordlists import Entry, word_lists

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class RuleContext:
    """What every rule may read besides the advert: the date to judge by, the nation and the profile."""

    today: dt.date
    nation: str | None = None  # None: each advert's own nation (see rules._pay.basis)
    profile: str = "published"  # "draft": an advert not yet published (no date posted or reference yet)
    # Work that several rules need for the same advert (see `shared`), kept for the latest advert.
    memo: dict[str, tuple[Advert, Any]] = field(default_factory=dict, compare=False, repr=False)

    def shared(self, advert: Advert, name: str, compute: Callable[[], T]) -> T:
        """compute() for this advert, worked out once however many rules ask (the pay analysis, the
        folded text): they were a fifth of validation's time, done once per rule."""
        entry = self.memo.get(name)
        if entry is None or entry[0] is not advert:
            entry = (advert, compute())
            self.memo[name] = entry
        return cast(T, entry[1])


# One shared class for the many rules without options: each dataclass costs about half a
# millisecond to create at import, and `validate` imports every rule.
@dataclass(frozen=True, slots=True)
class NoOptions:
    """No options: the Options of every rule that takes none."""


class Rule(Protocol):
    """The shape of a rule module (PEP 544 lets modules satisfy a Protocol)."""

    CODE: str
    NAME: str
    GROUP: str
    SEVERITY: Severity
    Options: type[Any]

    def check(self, advert: Advert, ctx: RuleContext, options: Any, /) -> Iterator[Finding]: ...


@cache  # validate asks for the rules once per advert
def _modules() -> tuple[ModuleType, ...]:
    from jobparse.rules import (
        acronym_expansion,
        amount_format,
        band_missing,
        band_unknown,
        closing_date_passed,
        confused_words,
        contact_missing,
        date_unreadable,
        employer_name_across_run,
        employer_name_consistent,
        empty_section,
        gendered_wording,
        hcas_included_matches,
        hcas_name_consistent,
        hcas_terms_official,
        jobposting_recommended,
        jobposting_required,
        postcode_format,
        posted_after_closing,
        redundant_phrases,
        reference_format,
        required_fields,
        salary_figure_malformed,
        salary_matches_band,
        salary_matches_grade,
        salary_missing,
        salary_range_order,
        short_advertising_window,
        start_after_closing,
        stray_text,
    )

    return (
        salary_range_order, salary_figure_malformed, salary_missing, band_missing, band_unknown,
        salary_matches_band, salary_matches_grade, hcas_included_matches, hcas_terms_official,
        posted_after_closing, start_after_closing, closing_date_passed, short_advertising_window, date_unreadable,
        required_fields, empty_section, contact_missing, reference_format, postcode_format,
        employer_name_consistent, employer_name_across_run,
        confused_words, redundant_phrases, amount_format, acronym_expansion, gendered_wording, hcas_name_consistent,
        stray_text,
        jobposting_required, jobposting_recommended,
    )  # fmt: skip


def all_rules() -> dict[str, Rule]:
    """Every rule by code, in code order."""
    rules: dict[str, Rule] = {module.CODE: module for module in _modules()}
    return dict(sorted(rules.items()))


GROUPS = ("pay", "dates", "completeness", "text", "jobposting")
# Groups that run only when selected: checks for one export, not for every advert.
OPTIONAL_GROUPS = frozenset({"jobposting"})


def resolve(ident: str, rules: dict[str, Rule]) -> list[str]:
    """Codes a selector names: a code ("JP105"), a name ("salary-matches-band") or a group ("pay")."""
    wanted = ident.strip()
    if wanted.upper() in rules:
        return [wanted.upper()]
    by_name = [code for code, rule in rules.items() if wanted.lower() == rule.NAME]
    if by_name:
        return by_name
    if wanted.lower() in GROUPS:
        return [code for code, rule in rules.items() if wanted.lower() == rule.GROUP]
    raise KeyError(wanted)


def start_span(advert: Advert) -> Span:
    """The advert's first line: where findings about missing things point."""
    first_line_end = advert.text.find("\n", advert.span.start, advert.span.end)
    return Span(advert.span.start, advert.span.end if first_line_end == -1 else first_line_end)


def day_range(value: str) -> tuple[dt.date, dt.date]:
    """The first and last day a date at its precision covers ("2026-03" is 1 to 31 March)."""
    parts = [int(part) for part in value.split("-")]
    if len(parts) == 3:
        day = dt.date(*parts)
        return day, day
    if len(parts) == 2:
        first = dt.date(parts[0], parts[1], 1)
        following = dt.date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
        return first, following - dt.timedelta(days=1)
    return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)


def folded_text(advert: Advert, ctx: RuleContext) -> str:
    """The advert's own text in lower case (shared by the text rules' quick tests). lower(), not
    casefold(): casefold has no ASCII fast path and took 140 µs on a real-length advert."""
    return ctx.shared(advert, "folded", lambda: advert.source_text.lower())


def list_matches(advert: Advert, ctx: RuleContext, entries: tuple[Entry, ...]) -> Iterator[tuple[Entry, Match[str]]]:
    """Each entry's matches in the advert, entry by entry and in order: its pattern run only on the
    windows around its triggers, which one scan of the advert finds for every list (wordlists.Scanner)."""
    windows = ctx.shared(
        advert, "word-windows", lambda: word_lists().scanner.windows(advert.text, advert.span.start, advert.span.end)
    )
    for entry in entries:
        for start, end in windows.get(entry.key, ()):
            for match in entry.pattern.finditer(advert.text, start, end):
                yield entry, match
