"""The salary analysis that the band and HCAS rules share: which scale, if any, the figures are."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from jobparse.model import Advert
from jobparse.payscales import ZONES, Expected, PayYear, expected, matches, pay_year_name, shift_year
from jobparse.rules import RuleContext, day_range

# An advert's figure below this is an hourly rate when the advert names no period (no AfC
# annual point is anywhere near it; no hourly rate is above it).
_HOURLY_CEILING = 200


@dataclass(frozen=True, slots=True)
class Analysis:
    """The advert's figures, the pay year in force, and every scale variant the figures match."""

    bands: tuple[str, ...]
    minimum: float
    maximum: float
    period: str
    day: dt.date
    in_force: PayYear | None
    zones: tuple[str, ...]  # the zones considered (the stated one, or all)
    found: tuple[Expected, ...]

    def best_year(self) -> PayYear | None:
        """The matched year closest to the year in force (the year in force itself when it matches)."""
        if not self.found:
            return None
        in_force = self.in_force.name if self.in_force else ""
        return min((f.year for f in self.found), key=lambda year: (year.name != in_force, year.name > in_force))

    def zones_matched(self, year: PayYear) -> set[str | None]:
        """Variants that match in one year: None for the basic scale, else the HCAS zone."""
        return {f.zone for f in self.found if f.year.name == year.name}

    def range_text(self) -> str:
        """The advert's figures as they would be written."""
        from jobparse.payscales import money

        unit = " an hour" if self.period == "hour" else ""
        if self.minimum == self.maximum:
            return f"{money(self.minimum)}{unit}"
        return f"{money(self.minimum)} to {money(self.maximum)}{unit}"


def judged_on(advert: Advert, ctx: RuleContext) -> dt.date:
    """The date whose pay year applies: date posted, else the closing date, else today."""
    for field in (advert.date_posted, advert.closing_date):
        if field is not None and field.value is not None:
            return day_range(field.value)[0]
    return ctx.today


def stated_zone(advert: Advert, ctx: RuleContext) -> str | None:
    """The HCAS zone the advert names (or implies by its rate), if any."""
    if advert.hcas is not None:
        if advert.hcas.zone is not None:
            return advert.hcas.zone
        if advert.hcas.rate_percent is not None:
            return ctx.scales.zone_for_rate(advert.hcas.rate_percent)
    return None


def analyse(advert: Advert, ctx: RuleContext) -> Analysis | None:
    """The analysis, or None when the advert has no AfC band with salary figures to compare."""
    return ctx.shared(advert, "pay", lambda: _analyse(advert, ctx))


def _analyse(advert: Advert, ctx: RuleContext) -> Analysis | None:
    band, salary = advert.band, advert.salary
    if band is None or band.scheme != "afc" or not band.bands or salary is None:
        return None
    low = salary.minimum if salary.minimum is not None else salary.maximum
    high = salary.maximum if salary.maximum is not None else salary.minimum
    if low is None or high is None:
        return None
    period = salary.period or ("hour" if high < _HOURLY_CEILING else "year")
    if period not in ("year", "hour"):
        return None
    day = judged_on(advert, ctx)
    scales = ctx.scales
    name = pay_year_name(day)
    zone = stated_zone(advert, ctx)
    zones: tuple[str, ...] = (zone,) if zone else ZONES
    hourly = scales.hours_per_year if period == "hour" else None
    found: list[Expected] = []
    for year_name in (name, shift_year(name, -1), shift_year(name, 1)):
        year = scales.years.get(year_name)
        if year is None:
            continue
        for variant in _variants(year):
            for option in (None, *zones):
                exp = expected(variant, band.bands, option, hourly)
                if exp is None:
                    continue
                tolerance = _tolerance(ctx, variant, option, period)
                if matches(low, exp.points, tolerance) and matches(high, exp.points, tolerance):
                    found.append(Expected(year, option, exp.points))
    return Analysis(band.bands, low, high, period, day, scales.years.get(name), zones, tuple(found))


def _variants(year: PayYear) -> tuple[PayYear, ...]:
    """The year's scale, and its superseded figures where the data keeps them (Scotland 2025/26)."""
    if not year.alt_bands:
        return (year,)
    from dataclasses import replace

    return (year, replace(year, bands=year.alt_bands))


def _tolerance(ctx: RuleContext, year: PayYear, zone: str | None, period: str) -> float:
    tolerance = ctx.scales.tolerance
    if period == "hour":
        return float(tolerance["hourly"])
    if zone is None:
        return float(tolerance["basic"])
    if year.hcas[zone].confidence != "confirmed":
        return float(tolerance["with_hcas_unconfirmed"])
    return float(tolerance["with_hcas"])


def expected_text(year: PayYear, bands: tuple[str, ...], zone: str | None, period: str, ctx: RuleContext) -> str:
    """What the band pays, as a sentence fragment: "£47,810 to £54,710"."""
    from jobparse.payscales import money

    hourly = ctx.scales.hours_per_year if period == "hour" else None
    exp = expected(year, bands, zone, hourly)
    if exp is None:
        return "not in the pay data"
    unit = " an hour" if period == "hour" else ""
    # Yearly figures with a supplement come out in pence; adverts round them to pounds.
    low, high = (exp.low, exp.high) if period == "hour" else (round(exp.low), round(exp.high))
    if low == high:
        return f"{money(low)}{unit}"
    return f"{money(low)} to {money(high)}{unit}"


def band_label(bands: tuple[str, ...]) -> str:
    """ "Band 7" or "Band 5 to 6"."""
    return f"Band {bands[0]}" if len(bands) == 1 else f"Band {bands[0]} to {bands[-1]}"
