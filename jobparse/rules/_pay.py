"""What the pay rules share: the scale an advert is judged by, and which scale its figures are.

One decision for every pay rule (`basis`): the nation (the setting, else the advert's own), the
day whose pay year applies, the year in force and how an older or newer year's figures stand. So
salary-matches-band and hcas-terms-official never disagree about which year an advert may quote.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache

import regex

from jobparse.findings import Severity
from jobparse.model import Advert
from jobparse.payscales import (
    AT_MOST_WARNING,
    ZONES,
    Expected,
    PayScales,
    PayYear,
    expected,
    load,
    matches,
    pay_year_name,
    shift_year,
)
from jobparse.rules import RuleContext, day_range
from jobparse.values.bands import parse_band, parse_pay_scheme

# How long before its closing date an advert with no date posted may have been written.
OPEN_FOR = dt.timedelta(weeks=6)
NATION_NAMES = {"england": "England", "scotland": "Scotland", "wales": "Wales", "northern-ireland": "Northern Ireland"}


class Standing(Enum):
    """How a pay year's figures stand for an advert, given the year in force on its date."""

    CURRENT = "current"  # the year in force
    AWARD_LAG = "award-lag"  # the year before, while the year in force's award has not reached pay
    OUT_OF_DATE = "out-of-date"  # the year before, once the award is being paid
    ANNOUNCED = "announced"  # the year after, already announced
    WRONG = "wrong"  # any other year


@dataclass(frozen=True, slots=True)
class Basis:
    """The scale an advert is judged by: nation, where that came from, the day and the year in force."""

    nation: str
    chosen_by: str  # "setting" (--nation or the config), "advert" (its record), "default"
    scales: PayScales
    day: dt.date
    in_force: PayYear | None
    # The earliest the advert may have been written: its date posted, else some weeks before its
    # closing date (Trac prints no date posted), so that an award paid while it was open is not
    # held against it.
    earliest: dt.date | None = None

    @property
    def nation_name(self) -> str:
        """ "Scotland"."""
        return NATION_NAMES[self.nation]

    def standing(self, year: PayYear) -> Standing:
        """How a year's figures stand on the advert's day (the one rule every pay check uses)."""
        current = self.in_force
        if current is None:
            return Standing.WRONG
        if year.name == current.name:
            return Standing.CURRENT
        if year.name == shift_year(current.name, -1):
            if not current.implemented or (self.earliest or self.day) < current.first_in_pay:
                return Standing.AWARD_LAG
            return Standing.OUT_OF_DATE
        if year.name == shift_year(current.name, 1):
            return Standing.ANNOUNCED
        return Standing.WRONG

    def accepted(self) -> tuple[PayYear, ...]:
        """The years whose figures the advert may quote without an error, the year in force first."""
        if self.in_force is None:
            return ()
        names = (self.in_force.name, shift_year(self.in_force.name, -1), shift_year(self.in_force.name, 1))
        return tuple(self.scales.years[name] for name in names if name in self.scales.years)

    def scale_name(self, year: PayYear) -> str:
        """The scale as messages name it: "Scotland's 2025/26 scale", saying where figures are borrowed."""
        name = f"{self.nation_name}'s {year.label} scale"
        if year.fallback_from:
            name += f" ({NATION_NAMES[year.fallback_from]}'s figures, which {self.nation_name} pays for {year.label})"
        return name

    def no_data(self) -> str:
        """Why there is no year in force: the data file's reason, if it gives one."""
        label = pay_year_name(self.day).replace("-", "/")
        why = self.scales.missing_years.get(pay_year_name(self.day), "").removeprefix("missing: ")
        return f"jobparse has no {self.nation_name} pay data for {label}" + (f" ({why})" if why else "")


def basis(advert: Advert, ctx: RuleContext) -> Basis:
    """The scale every pay rule judges this advert by (worked out once per advert)."""
    return ctx.shared(advert, "basis", lambda: _basis(advert, ctx))


def _basis(advert: Advert, ctx: RuleContext) -> Basis:
    if ctx.nation is not None:
        nation, chosen_by = ctx.nation, "setting"
    elif advert.nation is not None and advert.nation.value is not None:
        nation, chosen_by = advert.nation.value, "advert"
    else:
        nation, chosen_by = "england", "default"
    scales = load(nation)
    day = judged_on(advert, ctx)
    posted = advert.date_posted is not None and advert.date_posted.value is not None
    earliest = day if posted else day - OPEN_FOR
    return Basis(nation, chosen_by, scales, day, scales.years.get(pay_year_name(day)), earliest)


def capped(severity: Severity, *confidences: str | None) -> Severity:
    """A severity no higher than a warning when it rests on figures marked unconfirmed or derived only."""
    if any(label in AT_MOST_WARNING for label in confidences):
        return min(severity, Severity.WARNING)
    return severity


# An advert's figure below this is an hourly rate when the advert names no period (no AfC
# annual point is anywhere near it; no hourly rate is above it).
_HOURLY_CEILING = 200


@dataclass(frozen=True, slots=True)
class Analysis:
    """The advert's figures, the pay year in force, and every scale variant the figures match."""

    basis: Basis
    bands: tuple[str, ...]
    minimum: float
    maximum: float
    period: str
    zones: tuple[str, ...]  # the zones considered (the stated one, or all)
    found: tuple[Expected, ...]

    @property
    def in_force(self) -> PayYear | None:
        """The pay year in force on the advert's day."""
        return self.basis.in_force

    def best_year(self) -> PayYear | None:
        """The matched year closest to the year in force (the year in force itself when it matches)."""
        if not self.found:
            return None
        in_force = self.in_force.name if self.in_force else ""
        return min((f.year for f in self.found), key=lambda year: (year.name != in_force, year.name > in_force))

    def missing(self) -> list[str]:
        """The advert's bands that the year in force has no figures for, with the data's reason."""
        year = self.in_force
        if year is None:
            return []
        return [f"Band {band} ({year.missing_bands[band]})" for band in self.bands if band in year.missing_bands]

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


def stated_zone(advert: Advert, scales: PayScales) -> str | None:
    """The HCAS zone the advert names (or implies by its rate), if any."""
    if advert.hcas is not None:
        if advert.hcas.zone is not None:
            return advert.hcas.zone
        if advert.hcas.rate_percent is not None:
            return scales.zone_for_rate(advert.hcas.rate_percent)
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
    judged = basis(advert, ctx)
    scales = judged.scales
    zone = stated_zone(advert, scales)
    zones: tuple[str, ...] = (zone,) if zone else tuple(z for z in ZONES if z in scales.rates)
    names = tuple(year.name for year in judged.accepted())
    for bands in band_options(advert, band.bands):
        found = [
            Expected(scales.years[name], option, points)
            for name, option, points in matching(scales.nation, names, bands, zones, low, high, period)
        ]
        if found:
            break
    else:
        bands = band.bands
    return Analysis(judged, bands, low, high, period, zones, tuple(found))


# Cached: adverts quote a few thousand (band, figures) pairs between them, and working out every
# scale variant for each advert anew was most of salary-matches-band's time.
# tests/rules/test_salary_matches_band.py checks the cached answer against a fresh one.
@lru_cache(maxsize=8192)
def matching(
    nation: str,
    years: tuple[str, ...],
    bands: tuple[str, ...],
    zones: tuple[str, ...],
    low: float,
    high: float,
    period: str,
) -> tuple[tuple[str, str | None, tuple[float, ...]], ...]:
    """(year, zone or None, points) of every scale in those years whose points both figures are."""
    scales = load(nation)
    found = []
    for name in years:
        hourly = scales.hours_per_year_in(name) if period == "hour" else None
        for variant in _variants(nation, name):
            for option in (None, *zones):
                exp = expected(variant, bands, option, hourly)
                if exp is None:
                    continue
                tolerance = _tolerance(scales, variant, option, period)
                if matches(low, exp.points, tolerance) and matches(high, exp.points, tolerance):
                    found.append((name, option, exp.points))
    return tuple(found)


def bands_paying(advert: Advert, ctx: RuleContext) -> tuple[tuple[str, PayYear], ...]:
    """Each single Agenda for Change band whose basic scale the salary's yearly figures are, in a
    year the advert may quote (an advert that prints no band can still be told its band)."""
    salary = advert.salary
    if salary is None or salary.minimum is None or salary.maximum is None or salary.period not in (None, "year"):
        return ()
    judged = basis(advert, ctx)
    tolerance = float(judged.scales.tolerance["basic"])
    found: dict[tuple[str, str], tuple[str, PayYear]] = {}
    for year in judged.accepted():
        for variant in _variants(judged.scales.nation, year.name):
            for band, points in variant.bands.items():
                if matches(salary.minimum, points, tolerance) and matches(salary.maximum, points, tolerance):
                    found.setdefault((band, year.name), (band, year))
    return tuple(found.values())


def band_options(advert: Advert, bands: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The band, then any wider range the advert states for the same post, containing it: a
    developmental post's title "Band 5/6" or contract "Band 5 to 6 developmental post"."""
    options = [bands]
    texts = (advert.title.value if advert.title else "", advert.contract.raw if advert.contract else "")
    for text in texts:
        wider = parse_band(text).bands
        if len(wider) > len(bands) and set(bands) <= set(wider) and wider not in options:
            options.append(wider)
    return options


@lru_cache(maxsize=64)
def _variants(nation: str, name: str) -> tuple[PayYear, ...]:
    """A year's scale, and its superseded or interim figures where the data keeps them (Scotland's
    original 2025/26 award, England's National Living Wage advance of April 2025). Cached: the
    variant's scale with each zone's supplement is worked out when it is made."""
    year = load(nation).years[name]
    if not year.alt_bands:
        return (year,)
    from dataclasses import replace

    return (year, replace(year, bands=year.alt_bands))


def _tolerance(scales: PayScales, year: PayYear, zone: str | None, period: str) -> float:
    tolerance = scales.tolerance
    if period == "hour":
        return float(tolerance["hourly"])
    if zone is None:
        return float(tolerance["basic"])
    if year.hcas[zone].confidence != "confirmed":
        return float(tolerance["with_hcas_unconfirmed"])
    return float(tolerance["with_hcas"])


def expected_text(year: PayYear, bands: tuple[str, ...], zone: str | None, period: str, scales: PayScales) -> str:
    """What the band pays, as a sentence fragment: "£47,810 to £54,710"."""
    from jobparse.payscales import money

    hourly = scales.hours_per_year_in(year.name) if period == "hour" else None
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


# Words that put a post outside Agenda for Change where no band or pay scheme says so: VSM and
# executive posts, and medical and dental grades, name their pay in words ("Negotiable").
_OTHER_PAY = regex.compile(
    r"\b(?:very senior manager|vsm|executive director|chief executive|non-executive|spot salary)\b", regex.I
)
_MEDICAL_PAY = regex.compile(
    r"\b(?:consultants?|doctors?|dentists?|dental surgeon|gps?|general practi(?:ce|tioners?)|registrars?)\b", regex.I
)
# Consultant posts in these professions are Agenda for Change posts (Bands 8a to 8d).
_AFC_CONSULTANT = regex.compile(
    r"\b(?:nurse|nursing|midwi(?:fe|fery|ves)|therapist|physiotherapist|pharmacist|psychologist|scientist|"
    r"practitioner|paramedic|radiographer|dietitian|podiatrist|sonographer|orthoptist|prosthetist)\b",
    regex.I,
)


def scheme_of(advert: Advert) -> str | None:
    """The post's pay scheme: "afc", "medical" or "other", from its band, pay scheme or title; None if unknown."""
    if advert.band is not None and advert.band.scheme is not None and advert.band.value is not None:
        return advert.band.scheme
    if advert.pay_scheme is not None:
        named = parse_pay_scheme(advert.pay_scheme.value)
        if named is not None:
            return {"agenda-for-change": "afc", "medical-and-dental": "medical"}.get(named, "other")
    title = advert.title.value if advert.title is not None else ""
    words = f"{title} {advert.salary.raw if advert.salary is not None else ''}"
    if "consultant" in title.casefold() and _AFC_CONSULTANT.search(title):
        return "afc"
    grade = parse_band(title)
    if grade.value is not None and grade.scheme is not None:
        return grade.scheme
    if _OTHER_PAY.search(words):
        return "other"
    if _MEDICAL_PAY.search(words):
        return "medical"
    return None
