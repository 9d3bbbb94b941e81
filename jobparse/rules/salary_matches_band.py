"""Salary does not match the band's pay scale.

The figures must be points on the Agenda for Change scale of the advert's band for the pay year
in force on the date posted (pay years start on 1 April), either the basic scale or the scale
plus a High Cost Area Supplement: clamp(rate x basic, minimum, maximum), with a pound or two
allowed for rounding. Hourly rates are compared with the scale divided by 1,955.4 hours a year;
pro-rata salaries are full-time figures and are compared as they are.

Until a pay award reaches pay, adverts may still quote the previous year's scale: that is
accepted and reported as info (as a warning once the award is being paid). A scale announced
for the next pay year is accepted as info. Pay data: jobparse/data/payscales (England
2023/24 to 2026/27, Scotland and Wales 2025/26), with sources and confidence.

Options: none (choose the nation with the `nation` setting).

Examples:
  PASS  Band 6, posted 12 September 2025, £38,682 to £46,580 a year
  PASS  Band 6, posted 12 September 2025, £40,617 to £48,778 a year (basic + 5% fringe HCAS)
  FAIL  Band 7, posted 12 September 2025, £40,617 to £48,778 a year
        ("Band 7 in 2025/26 is £47,810 to £54,710; the advert says £40,617 to £48,778")
"""

from __future__ import annotations

from collections.abc import Iterator

from jobparse.findings import Finding, Severity
from jobparse.model import Advert
from jobparse.payscales import ZONE_NAMES, pay_year_name
from jobparse.rules import NoOptions, RuleContext
from jobparse.rules._pay import analyse, band_label, expected_text

CODE = "JP105"
NAME = "salary-matches-band"
GROUP = "pay"
SEVERITY = Severity.ERROR


Options = NoOptions


def check(advert: Advert, ctx: RuleContext, options: Options) -> Iterator[Finding]:
    """Findings for one advert."""
    analysis = analyse(advert, ctx)
    if analysis is None or advert.salary is None:
        return
    span = advert.salary.span
    label = band_label(analysis.bands)
    year = analysis.in_force
    if year is None:
        yield Finding(
            span,
            f"jobparse has no {ctx.nation} pay data for {pay_year_name(analysis.day).replace('-', '/')}: the salary was not checked",
            severity=Severity.INFO,
        )
        return
    best = analysis.best_year()
    if best is None:
        scale = expected_text(year, analysis.bands, None, analysis.period, ctx)
        with_hcas = ""
        if advert.salary.hcas_included and len(analysis.zones) == 1 and analysis.zones[0] in year.hcas:
            zone = analysis.zones[0]
            with_hcas = (
                f" ({expected_text(year, analysis.bands, zone, analysis.period, ctx)} with the {ZONE_NAMES[zone]} HCAS)"
            )
        yield Finding(
            span,
            f"{label} in {year.label} is {scale}{with_hcas}; the advert says {analysis.range_text()}",
            hint=f"check the band, or use the {year.label} scale (jobparse payscales --year {year.name} --band {analysis.bands[0]})",
        )
        return
    if best.name == year.name:
        return
    if best.name < year.name:
        if analysis.day < year.first_in_pay:
            yield Finding(
                span,
                f"the salary is the {best.label} scale for {label}; the {year.label} award reaches pay in "
                f"{year.first_in_pay:%B %Y}, so this is expected until then",
                severity=Severity.INFO,
            )
        else:
            yield Finding(
                span,
                f"the salary is the out-of-date {best.label} scale for {label}; in {year.label} it is "
                f"{expected_text(year, analysis.bands, None, analysis.period, ctx)}",
                hint="update the figures to the current scale",
                severity=Severity.WARNING,
            )
    else:
        yield Finding(
            span,
            f"the salary is the {best.label} scale for {label}, which starts on {best.effective_from:%-d %B %Y}",
            severity=Severity.INFO,
        )
