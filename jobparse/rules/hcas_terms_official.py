"""Stated HCAS terms differ from the official ones.

Where the advert states the High Cost Area Supplement's rate, minimum or maximum, they must be
the figures in the NHS Terms and Conditions Handbook (Annex 9) for the zone (Inner London 20%,
Outer London 15%, fringe 5%), give or take a pound, in a pay year the advert may quote: the same
decision salary-matches-band makes (the year in force on the date posted; the year before while
that year's award has not reached pay; a year already announced). Terms from the year before
once the award is being paid are out of date. Only England pays HCAS.

Options: none.

Examples:
  PASS  posted September 2025: "5% of basic salary, minimum £1303, maximum £2198"
  PASS  posted May 2025, before the 2025/26 award was paid: the 2024/25 "minimum £1258, maximum £2122"
  FAIL  posted September 2025: "5% of basic salary, minimum £1258, maximum £2122" (the 2024/25 terms)
"""

from __future__ import annotations

from collections.abc import Iterator

from jobparse.findings import Finding, Severity
from jobparse.model import Advert, HcasTerms
from jobparse.payscales import ZONE_NAMES, Hcas, PayYear, money
from jobparse.rules import NoOptions, RuleContext
from jobparse.rules._pay import Standing, analyse, basis, stated_zone

CODE = "JP107"
NAME = "hcas-terms-official"
GROUP = "pay"
SEVERITY = Severity.WARNING


Options = NoOptions


def check(advert: Advert, ctx: RuleContext, options: Options) -> Iterator[Finding]:
    """Findings for one advert."""
    terms = advert.hcas
    judged = basis(advert, ctx)
    zone = stated_zone(advert, judged.scales)
    year = judged.in_force
    if terms is None or zone is None or year is None or zone not in year.hcas:
        return
    tolerance = judged.scales.tolerance["basic"]
    # The years whose terms the advert may quote; where the salary matched a year, that one first.
    matched = analysis.best_year() if (analysis := analyse(advert, ctx)) is not None else None
    candidates = sorted(
        (y for y in judged.accepted() if zone in y.hcas), key=lambda y: matched is None or y.name != matched.name
    )
    for candidate in candidates:
        if not _differences(terms, candidate.hcas[zone], tolerance):
            if judged.standing(candidate) is Standing.OUT_OF_DATE:
                yield Finding(
                    terms.span,
                    f"the {ZONE_NAMES[zone]} HCAS terms are the out-of-date {candidate.label} ones; "
                    f"{year.label}'s have been paid since {year.first_in_pay:%B %Y}",
                    hint=_official(year, zone),
                )
            return
    wrong = _differences(terms, year.hcas[zone], tolerance)
    yield Finding(
        terms.span,
        f"the {ZONE_NAMES[zone]} HCAS terms differ from those of {judged.scale_name(year)}: " + ", ".join(wrong),
        hint=_official(year, zone),
    )


def _differences(terms: HcasTerms, official: Hcas, tolerance: float) -> list[str]:
    """What in the stated terms differs from one year's official terms."""
    wrong = []
    if terms.rate_percent is not None and abs(terms.rate_percent - official.rate * 100) > 0.01:
        wrong.append(f"rate {terms.rate_percent:g}% (official {official.rate * 100:g}%)")
    minimums = {official.minimum, *(alt[0] for alt in official.alternatives)}
    maximums = {official.maximum, *(alt[1] for alt in official.alternatives)}
    if terms.minimum is not None and all(abs(terms.minimum - m) > tolerance for m in minimums):
        wrong.append(f"minimum {money(terms.minimum)} (official {money(official.minimum)})")
    if terms.maximum is not None and all(abs(terms.maximum - m) > tolerance for m in maximums):
        wrong.append(f"maximum {money(terms.maximum)} (official {money(official.maximum)})")
    return wrong


def _official(year: PayYear, zone: str) -> str:
    official = year.hcas[zone]
    return (
        f"use the {year.label} Annex 9 figures: {official.rate * 100:g}%, minimum {money(official.minimum)}, "
        f"maximum {money(official.maximum)}"
    )
