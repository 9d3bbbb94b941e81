"""Salary does not match the band's pay scale.

The figures must be points on the Agenda for Change scale of the advert's band, in the advert's
nation (England, Scotland, Wales or Northern Ireland: the `nation` setting, else the nation the
advert's employer and postcode show, else England), for the pay year in force on the date posted
(else the closing date; pay years start on 1 April): the basic scale or, in England, the scale
plus a High Cost Area Supplement: clamp(rate x basic, minimum, maximum), with a pound or two
allowed for rounding. Hourly rates are compared with the scale divided by the nation's hours in a
year; pro-rata salaries are full-time figures and are compared as they are. Every message names
the nation and pay year of the scale it used, and says where a nation pays another's figures.

Until a pay award reaches pay, adverts may still quote the previous year's scale: that is
accepted and reported as info (as a warning once the award is being paid). A scale announced
for the next pay year is accepted as info. Where the pay data has no figures for the year or the
band, or marks them unconfirmed or derived only, the finding is at most a warning (info when
nothing could be checked). Pay data: jobparse/data/payscales, with sources and confidence
(`jobparse payscales`).

Options: none (choose the nation with the `nation` setting).

Examples:
  PASS  Band 6, posted 12 September 2025, £38,682 to £46,580 a year
  PASS  Band 6, posted 12 September 2025, £40,617 to £48,778 a year (basic + 5% fringe HCAS)
  PASS  Band 5 at NHS Lothian, posted 12 September 2025, £33,295 to £41,483 a year (Scotland)
  FAIL  Band 7, posted 12 September 2025, £40,617 to £48,778 a year
        ("Band 7 on England's 2025/26 scale is £47,810 to £54,710; the advert says £40,617 to £48,778")
"""

from __future__ import annotations

from collections.abc import Iterator

from jobparse.findings import Finding, Severity
from jobparse.model import Advert
from jobparse.payscales import ZONE_NAMES
from jobparse.rules import NoOptions, RuleContext
from jobparse.rules._pay import Standing, analyse, band_label, capped, expected_text

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
    judged = analysis.basis
    year = analysis.in_force
    if year is None:
        yield Finding(span, f"{judged.no_data()}: the salary was not checked", severity=Severity.INFO)
        return
    best = analysis.best_year()
    if best is None:
        missing = analysis.missing()
        if missing:
            yield Finding(
                span,
                f"{judged.scale_name(year)} in jobparse's pay data has no figures for {', '.join(missing)}: "
                "the salary was not checked",
                severity=Severity.INFO,
            )
            return
        scale = expected_text(year, analysis.bands, None, analysis.period, judged.scales)
        with_hcas = ""
        if advert.salary.hcas_included and len(analysis.zones) == 1 and analysis.zones[0] in year.hcas:
            zone = analysis.zones[0]
            figures = expected_text(year, analysis.bands, zone, analysis.period, judged.scales)
            with_hcas = f" ({figures} with the {ZONE_NAMES[zone]} HCAS)"
        confidence = [year.confidence_of(band) for band in analysis.bands]
        severity = capped(Severity.ERROR, *confidence)
        doubt = " (jobparse's figures for it are not confirmed)" if severity < Severity.ERROR else ""
        yield Finding(
            span,
            f"{label} on {judged.scale_name(year)} is {scale}{with_hcas}{doubt}; the advert says {analysis.range_text()}",
            hint=f"check the band, or use {judged.nation_name}'s {year.label} scale "
            f"(jobparse payscales --nation {judged.nation} --year {year.name} --band {analysis.bands[0]})",
            severity=None if severity == Severity.ERROR else severity,
        )
        return
    standing = judged.standing(best)
    if standing is Standing.AWARD_LAG:
        reaches = f"reaches pay in {year.first_in_pay:%B %Y}" if year.implemented else "has not reached pay yet"
        yield Finding(
            span,
            f"the salary is {label} on {judged.scale_name(best)}; the {year.label} award {reaches}, "
            "so this is expected until then",
            severity=Severity.INFO,
        )
    elif standing is Standing.OUT_OF_DATE:
        yield Finding(
            span,
            f"the salary is {label} on the out-of-date {judged.scale_name(best)}; on {judged.scale_name(year)} "
            f"it is {expected_text(year, analysis.bands, None, analysis.period, judged.scales)}",
            hint="update the figures to the current scale",
            severity=Severity.WARNING,
        )
    elif standing is Standing.ANNOUNCED:
        yield Finding(
            span,
            f"the salary is {label} on {judged.scale_name(best)}, which starts on {best.effective_from:%-d %B %Y}",
            severity=Severity.INFO,
        )
