"""Agenda for Change pay data (from data/payscales/*.yaml), pay years, HCAS maths and salary matching."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from jobparse.datafiles import load_data

NATIONS = ("england", "scotland", "wales", "northern-ireland")
ZONES = ("inner-london", "outer-london", "fringe")
ZONE_NAMES = {"inner-london": "Inner London", "outer-london": "Outer London", "fringe": "fringe"}
# Northern Ireland implements England's figures (HSC (AfC) 06/2025) and pays no HCAS.
_DATA_FILE = {"england": "england", "scotland": "scotland", "wales": "wales", "northern-ireland": "england"}


@dataclass(frozen=True, slots=True)
class Hcas:
    """One zone's supplement for one year: a rate of basic pay, clamped to a minimum and maximum."""

    zone: str
    rate: float
    minimum: int
    maximum: int
    alternatives: tuple[tuple[int, int], ...]  # competing published (min, max) where unconfirmed
    confidence: str

    def amount(self, basic: float) -> float:
        """The supplement on a basic salary: clamp(rate x basic, minimum, maximum)."""
        return min(max(self.rate * basic, self.minimum), self.maximum)


@dataclass(frozen=True, slots=True)
class PayYear:
    """One pay year's scale: points per band, HCAS by zone, and the award's dates."""

    name: str  # "2025-26"
    effective_from: dt.date
    announced: dt.date
    first_in_pay: dt.date
    bands: dict[str, tuple[int, ...]]
    alt_bands: dict[str, tuple[int, ...]]
    hcas: dict[str, Hcas]
    confidence: dict[str, str]
    sources: tuple[str, ...]
    # Every band's points with each zone's HCAS added, worked out once: the pay rules compare
    # each advert with up to a dozen (year, zone) scales, and adding the supplement point by
    # point for each was a fifth of validation's time.
    with_hcas: dict[str, dict[str, tuple[float, ...]]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        table = {
            zone: {band: tuple(point + terms.amount(point) for point in points) for band, points in self.bands.items()}
            for zone, terms in self.hcas.items()
        }
        object.__setattr__(self, "with_hcas", table)

    @property
    def label(self) -> str:
        """The year as people write it: "2025/26"."""
        return self.name.replace("-", "/")


@dataclass(frozen=True, slots=True)
class PayScales:
    """A nation's pay years and the tolerances for comparing advert figures with them."""

    nation: str
    hours_per_year: float
    tolerance: dict[str, float]
    years: dict[str, PayYear]
    rates: dict[str, float]  # HCAS rate by zone (empty where no HCAS is paid)

    def zone_for_rate(self, percent: float) -> str | None:
        """The HCAS zone paid at a rate ("5" percent is the fringe)."""
        return next((zone for zone, rate in self.rates.items() if abs(rate * 100 - percent) < 0.01), None)


def _date(value: Any) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def _year(name: str, raw: dict[str, Any], rates: dict[str, float], with_hcas: bool) -> PayYear:
    hcas = {}
    if with_hcas:
        for zone, terms in raw.get("hcas", {}).items():
            alternatives = ((terms.get("alt_min", terms["min"]), terms.get("alt_max", terms["max"])),)
            hcas[zone] = Hcas(zone, rates[zone], terms["min"], terms["max"], alternatives, terms["confidence"])
    return PayYear(
        name=name,
        effective_from=_date(raw["effective_from"]),
        announced=_date(raw["announced"]),
        first_in_pay=_date(raw["first_in_pay"]),
        bands={band: tuple(points) for band, points in raw["bands"].items()},
        alt_bands={band: tuple(points) for band, points in raw.get("alt_bands", {}).items()},
        hcas=hcas,
        confidence=dict(raw.get("confidence", {})),
        sources=tuple(raw.get("sources", ())),
    )


@cache
def load(nation: str = "england") -> PayScales:
    """The pay data for a nation (England, Scotland, Wales; Northern Ireland uses England's)."""
    if nation not in NATIONS:
        raise ValueError(f"unknown nation {nation!r}; expected one of {', '.join(NATIONS)}")
    raw = load_data(f"payscales/{_DATA_FILE[nation]}.yaml")
    with_hcas = nation == "england"
    rates = raw.get("hcas_rates", {})
    years = {name: _year(name, data, rates, with_hcas) for name, data in raw["years"].items()}
    return PayScales(
        nation, float(raw["hours_per_year"]), dict(raw["tolerance_gbp"]), years, rates if with_hcas else {}
    )


def pay_year_name(day: dt.date) -> str:
    """The pay year a date falls in; years start on 1 April ("2025-26" for 12 September 2025)."""
    start = day.year if day.month >= 4 else day.year - 1
    return f"{start}-{(start + 1) % 100:02d}"


def shift_year(name: str, by: int) -> str:
    """The pay year `by` years after (or before) another."""
    start = int(name[:4]) + by
    return f"{start}-{(start + 1) % 100:02d}"


def money(value: float) -> str:
    """£ with thousands separators, pence only when there are some."""
    return f"£{value:,.2f}" if round(value, 2) != int(value) else f"£{int(value):,}"


@dataclass(frozen=True, slots=True)
class Expected:
    """What a band pays in one year, basic or with one zone's supplement."""

    year: PayYear
    zone: str | None
    points: tuple[float, ...]

    @property
    def low(self) -> float:
        """The lowest point."""
        return self.points[0]

    @property
    def high(self) -> float:
        """The highest point."""
        return self.points[-1]


def expected(year: PayYear, bands: tuple[str, ...], zone: str | None, hourly: float | None = None) -> Expected | None:
    """The points a band (or band range) pays, with a zone's HCAS added; hourly when asked."""
    table: Mapping[str, tuple[float, ...]] | None = year.bands if zone is None else year.with_hcas.get(zone)
    if table is None:
        return None
    points: list[float] = []
    for band in bands:
        if band not in table:
            return None
        points.extend(table[band])
    if hourly is not None:
        points = [round(point / hourly, 2) for point in points]
    return Expected(year, zone, tuple(points))


def matches(figure: float, points: tuple[float, ...], tolerance: float) -> bool:
    """Whether a figure is one of the points, give or take the tolerance."""
    return any(abs(figure - point) <= tolerance for point in points)
