"""High Cost Area Supplement statement does not match the figures.

When the advert says the salary includes the High Cost Area Supplement (HCAS), the figures must
be the band's scale plus the supplement; when it says nothing, or that HCAS is paid on top, they
must be the basic scale. Reported as an error when the advert's words and figures contradict
each other, and as a warning when the figures include a supplement the advert never mentions.

Options: none.

Examples:
  PASS  Band 6 (2025/26), "£40,617 to £48,778 a year", "inclusive of High Cost Area allowance"
  FAIL  Band 6 (2025/26), "£38,682 to £46,580 a year", "inclusive of High Cost Area allowance"
        (that is the basic scale)
  FAIL  Band 6 (2025/26), "£40,617 to £48,778 a year", HCAS never mentioned (warning)
"""

from __future__ import annotations

from collections.abc import Iterator

from jobparse.findings import Finding, Severity
from jobparse.model import Advert
from jobparse.payscales import ZONE_NAMES
from jobparse.rules import NoOptions, RuleContext
from jobparse.rules._pay import analyse, band_label, capped, expected_text

CODE = "JP106"
NAME = "hcas-included-matches"
GROUP = "pay"
SEVERITY = Severity.ERROR


Options = NoOptions


def check(advert: Advert, ctx: RuleContext, options: Options) -> Iterator[Finding]:
    """Findings for one advert."""
    analysis = analyse(advert, ctx)
    salary = advert.salary
    if analysis is None or salary is None:
        return
    year = analysis.best_year()
    if year is None:
        return  # no scale matches at all: salary-matches-band reports it
    variants = analysis.zones_matched(year)
    zones = sorted(zone for zone in variants if zone is not None)
    label = band_label(analysis.bands)
    span = salary.hcas_evidence.span if salary.hcas_evidence is not None else salary.span
    scales = analysis.basis.scales
    scale = analysis.basis.scale_name(year)
    # A contradiction resting on a supplement jobparse's data is unsure of is at most a warning.
    doubtful = capped(Severity.ERROR, *(terms.confidence for terms in year.hcas.values())) < Severity.ERROR
    severity = Severity.WARNING if doubtful else None
    if salary.hcas_included is True and None in variants and not zones:
        options_text = "; ".join(
            f"with the {ZONE_NAMES[zone]} HCAS it is {expected_text(year, analysis.bands, zone, analysis.period, scales)}"
            for zone in analysis.zones
            if zone in year.hcas
        )
        yield Finding(
            span,
            f"the advert says the salary includes the High Cost Area Supplement, but {analysis.range_text()} "
            f"is basic {label} on {scale}" + (f" ({options_text})" if options_text else ""),
            hint="add the supplement to the figures, or remove the statement that they include it",
            severity=severity,
        )
    elif salary.hcas_included is not True and zones and None not in variants:
        zone_text = " or ".join(ZONE_NAMES[zone] for zone in zones)
        basic = expected_text(year, analysis.bands, None, analysis.period, scales)
        if salary.hcas_included is False:
            yield Finding(
                span,
                f"the advert says HCAS is paid on top, but {analysis.range_text()} already includes the "
                f"{zone_text} supplement (basic {label} on {scale} is {basic})",
                hint="quote the basic scale, or say that the salary includes HCAS",
                severity=severity,
            )
        else:
            yield Finding(
                span,
                f"{analysis.range_text()} is {label} plus the {zone_text} High Cost Area Supplement on "
                f"{scale}, but the advert never says the salary includes it (basic is {basic})",
                hint="say that the salary includes the High Cost Area Supplement",
                severity=Severity.WARNING,
            )
