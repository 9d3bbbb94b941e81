"""Stated HCAS terms differ from the official ones.

Where the advert states the High Cost Area Supplement's rate, minimum or maximum, they must be
the figures in the NHS Terms and Conditions Handbook (Annex 9) for the pay year in force and the
zone (Inner London 20%, Outer London 15%, fringe 5%), give or take a pound.

Options: none.

Examples:
  PASS  posted September 2025: "5% of basic salary, minimum £1303, maximum £2198"
  FAIL  posted September 2025: "5% of basic salary, minimum £1258, maximum £2122" (the 2024/25 terms)
"""

from __future__ import annotations

from collections.abc import Iterator

from jobparse.findings import Finding, Severity
from jobparse.model import Advert
from jobparse.payscales import ZONE_NAMES, money, pay_year_name
from jobparse.rules import NoOptions, RuleContext
from jobparse.rules._pay import judged_on, stated_zone

CODE = "JP107"
NAME = "hcas-terms-official"
GROUP = "pay"
SEVERITY = Severity.WARNING


Options = NoOptions


def check(advert: Advert, ctx: RuleContext, options: Options) -> Iterator[Finding]:
    """Findings for one advert."""
    terms = advert.hcas
    zone = stated_zone(advert, ctx)
    if terms is None or zone is None:
        return
    year = ctx.scales.years.get(pay_year_name(judged_on(advert, ctx)))
    if year is None or zone not in year.hcas:
        return
    official = year.hcas[zone]
    tolerance = ctx.scales.tolerance["basic"]
    wrong = []
    if terms.rate_percent is not None and abs(terms.rate_percent - official.rate * 100) > 0.01:
        wrong.append(f"rate {terms.rate_percent:g}% (official {official.rate * 100:g}%)")
    minimums = {official.minimum, *(alt[0] for alt in official.alternatives)}
    maximums = {official.maximum, *(alt[1] for alt in official.alternatives)}
    if terms.minimum is not None and all(abs(terms.minimum - m) > tolerance for m in minimums):
        wrong.append(f"minimum {money(terms.minimum)} (official {money(official.minimum)})")
    if terms.maximum is not None and all(abs(terms.maximum - m) > tolerance for m in maximums):
        wrong.append(f"maximum {money(terms.maximum)} (official {money(official.maximum)})")
    if wrong:
        yield Finding(
            terms.span,
            f"the {ZONE_NAMES[zone]} HCAS terms for {year.label} differ: " + ", ".join(wrong),
            hint=f"use the {year.label} Annex 9 figures: {official.rate * 100:g}%, minimum {money(official.minimum)}, "
            f"maximum {money(official.maximum)}",
        )
