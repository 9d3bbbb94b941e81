"""Salary does not match the band's pay scale.

The figures must be points on the Agenda for Change scale of the advert's band, in the advert's
nation (England, Scotland, Wales or Northern Ireland: the `nation` setting, else the nation the
advert's employer and postcode show, else England), for the pay year in force on the date posted
(else the closing date; pay years start on 1 April): the basic scale or, in England, the scale
plus a High Cost Area Supplement: clamp(rate x basic, minimum, maximum), with a pound or two
allowed for rounding. Hourly rates are compared with the scale divided by the nation's hours in a
year; pro-rata salaries are full-time figures and are compared as they are. Every message names
the nation and pay year of the scale it used, and says where a nation pays another's figures.
Figures that are one share of the scale at both ends (a part-time post's actual pay: 80% is 30
hours a week) are info; hourly figures off the scale are a warning (bank rates often add holiday
pay or unsocial-hours enhancements).

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
from jobparse.payscales import AT_MOST_WARNING, ZONE_NAMES, PayScales, PayYear, expected, shift_year
from jobparse.rules import NoOptions, RuleContext
from jobparse.rules._pay import Analysis, Standing, analyse, band_label, expected_text

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
        share = part_time_share(analysis, year, judged.scales)
        if share is not None:
            yield Finding(
                span,
                f"{analysis.range_text()} is {share:.1%} of {label} on {judged.scale_name(year)} ({scale}): "
                f"part-time pay for about {share * judged.scales.hours_per_year_in(year.name) / 52.143:.1f} hours "
                "a week?",
                hint="adverts usually print the full-time figures and say pro rata",
                severity=Severity.INFO,
            )
            return
        doubt = _doubt(analysis, year)
        # Hourly figures in adverts are often bank rates with holiday pay or unsocial-hours
        # enhancements added ("£9.21 to £16.85 an hour": Band 2 to its Sunday rate).
        if not doubt and analysis.period == "hour":
            doubt = "hourly rates may include holiday pay or enhancements"
        severity = Severity.WARNING if doubt else Severity.ERROR
        doubt = f" ({doubt})" if doubt else ""
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


def part_time_share(analysis: Analysis, year: PayYear, scales: PayScales) -> float | None:
    """The share of the band's scale the figures are, when both ends are the same share of it (a
    part-time post's actual pay: £17,597 to £21,593 is 70.6% of £24,907 to £30,615)."""
    if analysis.period != "year":
        return None
    exp = expected(year, analysis.bands, None)
    if exp is None:
        return None
    week = scales.hours_per_year_in(year.name) / 52.143

    def half_hours(share: float) -> bool:  # a whole number of half hours a week, or of per cent
        hours = share * week * 2
        return 0.1 <= share <= 0.95 and (
            abs(hours - round(hours)) < 0.15 or abs(share * 100 - round(share * 100)) < 0.05
        )

    if analysis.minimum == analysis.maximum:
        return next((share for point in exp.points if half_hours(share := analysis.minimum / point)), None)
    low, high = analysis.minimum / exp.low, analysis.maximum / exp.high
    if abs(low - high) > 0.005 or not half_hours((low + high) / 2):
        return None
    return (low + high) / 2


def _doubt(analysis: Analysis, year: PayYear) -> str:
    """Why jobparse's data cannot rule the figures out, if it cannot: figures it marks unconfirmed
    or derived only, points of the band it lacks, or no figures for the year before (which adverts
    may still quote)."""
    if any(year.confidence_of(band) in AT_MOST_WARNING for band in analysis.bands):
        return "jobparse's figures for it are not confirmed"
    partial = [band for band in analysis.bands if band in year.partial_bands]
    exp = expected(year, analysis.bands, None)
    if partial and exp is not None and exp.low <= analysis.minimum <= analysis.maximum <= exp.high:
        return f"jobparse's data lacks some points of Band {partial[0]}"
    scales = analysis.basis.scales
    before = shift_year(year.name, -1)
    earlier = scales.years.get(before)
    label = before.replace("-", "/")
    if earlier is None:
        return f"jobparse has no {label} figures, which adverts may still quote"
    lacking = [band for band in analysis.bands if band in earlier.missing_bands]
    if lacking:
        return f"jobparse has no {label} figures for Band {lacking[0]}, which adverts may still quote"
    return ""
