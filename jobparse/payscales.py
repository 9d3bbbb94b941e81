"""Agenda for Change pay data (from data/payscales/*.yaml), pay years, HCAS maths and salary matching."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, Any

from jobparse.choices import NATIONS
from jobparse.datafiles import load_data

if TYPE_CHECKING:
    from jobparse.payscales_medical import MedicalScales

ZONES = ("inner-london", "outer-london", "fringe")
ZONE_NAMES = {"inner-london": "Inner London", "outer-london": "Outer London", "fringe": "fringe"}
AFC_BANDS = ("1", "2", "3", "4", "5", "6", "7", "8a", "8b", "8c", "8d", "9")

# The reference's confidence labels (shared/reference/pay-history.md), strongest first.
CONFIDENCE = ("confirmed", "one_source_plus_arithmetic", "one_source", "unconfirmed", "derived_only")
# Figures the validator may hold an advert to with at most a warning: their sources differ, or
# no source printed them at all (they were worked out from adjacent years).
AT_MOST_WARNING = frozenset({"unconfirmed", "derived_only"})


def weakest(*labels: str) -> str:
    """The least certain of some confidence labels ("confirmed" when there are none)."""
    return max(labels, key=CONFIDENCE.index, default="confirmed")


def confidence_label(value: Any) -> str:
    """A confidence label from the data, refused when it is not one of CONFIDENCE."""
    if value not in CONFIDENCE:
        raise ValueError(f"unknown confidence {value!r}; expected one of {', '.join(CONFIDENCE)}")
    return str(value)


def point_labels(value: Any, count: int) -> tuple[str, ...]:
    """One confidence label per point, from one label for them all or a list of them."""
    labels = (
        tuple(confidence_label(v) for v in value) if isinstance(value, list) else (confidence_label(value),) * count
    )
    if len(labels) != count:
        raise ValueError(f"{len(labels)} confidence labels for {count} points")
    return labels


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
    """One pay year's scale: points per band with their confidence, HCAS by zone, and the award's dates."""

    name: str  # "2025-26"
    effective_from: dt.date
    announced: dt.date  # a stand-in where `unknown` names it
    first_in_pay: dt.date  # a stand-in where `unknown` names it
    bands: dict[str, tuple[int, ...]]  # only the bands with figures; see missing_bands
    alt_bands: dict[str, tuple[int, ...]]
    hcas: dict[str, Hcas]
    confidence: dict[str, str]  # band -> the least certain label of its points
    sources: tuple[str, ...]
    year_confidence: str = "confirmed"  # the label of the year's figures unless a band says otherwise
    point_confidence: dict[str, tuple[str, ...]] = field(default_factory=dict)  # band -> a label per point
    alt_confidence: dict[str, str] = field(default_factory=dict)
    band_sources: dict[str, tuple[str, ...]] = field(default_factory=dict)  # where a band's differ from the year's
    partial_bands: dict[str, str] = field(default_factory=dict)  # band -> the points the reference lacks
    missing_bands: dict[str, str] = field(default_factory=dict)  # band -> why it has no figures
    hours_per_week: float | None = None  # None: the reference does not give the year's week
    fallback_from: str | None = None  # the nation whose figures this year takes ("england" for NI)
    implemented: bool = True  # False: the award is agreed or expected but not yet paid
    unknown: tuple[str, ...] = ()  # "announced", "first_in_pay": dates the reference does not give
    note: str = ""
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

    def confidence_of(self, band: str, figure: float | None = None, zone: str | None = None) -> str | None:
        """The confidence of a band, or of its point nearest a figure (basic, or with a zone's HCAS)."""
        if band not in self.bands:
            return None
        labels = self.point_confidence.get(band) or (self.confidence[band],) * len(self.bands[band])
        if figure is None:
            label = weakest(*labels)
        else:
            points = self.bands[band] if zone is None else self.with_hcas[zone][band]
            label = labels[min(range(len(points)), key=lambda i: abs(points[i] - figure))]
        return label if zone is None else weakest(label, self.hcas[zone].confidence)


@dataclass(frozen=True, slots=True)
class PayScales:
    """A nation's pay years and the tolerances for comparing advert figures with them."""

    nation: str
    hours_per_year: float
    tolerance: dict[str, float]
    years: dict[str, PayYear]
    rates: dict[str, float]  # HCAS rate by zone (empty where no HCAS is paid)
    missing_years: dict[str, str] = field(default_factory=dict)  # year -> why the data has none

    def zone_for_rate(self, percent: float) -> str | None:
        """The HCAS zone paid at a rate ("5" percent is the fringe)."""
        return next((zone for zone, rate in self.rates.items() if abs(rate * 100 - percent) < 0.01), None)

    def hours_per_year_in(self, name: str) -> float:
        """The hours a full-time year has in a pay year (Scotland's is 36 hours from April 2026)."""
        year = self.years.get(name)
        if year is None or year.hours_per_week is None:
            return self.hours_per_year
        return year.hours_per_week * 365 / 7


def _date(value: Any) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def _dates(raw: dict[str, Any]) -> tuple[dt.date, dt.date, dt.date, tuple[str, ...]]:
    """Effective, announced and first-in-pay dates; a missing one gets the earliest it can be."""
    effective = _date(raw["effective_from"])
    unknown = tuple(key for key in ("announced", "first_in_pay") if raw.get(key) is None)
    # An award is paid no earlier than it is announced; the data says when it knows more
    # (Northern Ireland's 2026/27 award was not paid by 15 July 2026).
    announced = effective if raw.get("announced") is None else _date(raw["announced"])
    if raw.get("first_in_pay") is not None:
        first = _date(raw["first_in_pay"])
    else:
        first = _date(raw.get("first_in_pay_not_before") or announced)
    return effective, announced, first, unknown


def _bands(raw: dict[str, Any], default: str, cap: str = "confirmed") -> dict[str, Any]:
    """Points, labels, sources and notes per band from a year's `bands` (plain lists or mappings)."""
    out: dict[str, Any] = {"points": {}, "labels": {}, "sources": {}, "partial": {}}
    for band, value in raw.items():
        spec = value if isinstance(value, dict) else {"points": value}
        points = tuple(spec["points"])
        labels = point_labels(spec.get("confidence", default), len(points))
        out["points"][band] = points
        out["labels"][band] = tuple(weakest(label, cap) for label in labels)
        if "sources" in spec:
            out["sources"][band] = tuple(spec["sources"])
        if "partial" in spec:
            out["partial"][band] = str(spec["partial"])
    return out


def _year(
    name: str,
    raw: dict[str, Any],
    rates: dict[str, float],
    with_hcas: bool,
    cap: str = "confirmed",
    default_hours: float | None = None,
    **extra: Any,
) -> PayYear:
    """A PayYear from a year's data: no label above `cap`; `extra` overrides fields (a fallback's own dates)."""
    default = confidence_label(raw.get("confidence", "confirmed"))
    # A year names its week where it differs from the nation's (null: the reference does not say).
    hours = raw.get("hours_per_week", default_hours)
    bands = _bands(raw["bands"], default, cap)
    alts = _bands(raw.get("alt_bands", {}), raw.get("alt_confidence", default), cap)
    hcas = {}
    if with_hcas:
        for zone, terms in raw.get("hcas", {}).items():
            alternatives = ((terms.get("alt_min", terms["min"]), terms.get("alt_max", terms["max"])),)
            label = confidence_label(terms["confidence"])
            hcas[zone] = Hcas(zone, rates[zone], terms["min"], terms["max"], alternatives, label)
    effective, announced, first, unknown = _dates(raw)
    fields: dict[str, Any] = {
        "name": name,
        "effective_from": effective,
        "announced": announced,
        "first_in_pay": first,
        "bands": bands["points"],
        "alt_bands": alts["points"],
        "hcas": hcas,
        "confidence": {band: weakest(*labels) for band, labels in bands["labels"].items()},
        "sources": tuple(raw.get("sources", ())),
        "year_confidence": weakest(default, cap),
        "point_confidence": bands["labels"],
        "alt_confidence": {band: weakest(*labels) for band, labels in alts["labels"].items()},
        "band_sources": bands["sources"],
        "partial_bands": bands["partial"],
        "missing_bands": {str(band): str(why) for band, why in raw.get("missing_bands", {}).items()},
        "hours_per_week": hours,
        "implemented": bool(raw.get("implemented", True)),
        "unknown": unknown,
        "note": str(raw.get("note", "")),
    }
    fields.update(extra)
    return PayYear(**fields)


def _fallback(name: str, own: dict[str, Any], other: dict[str, Any], hours: float | None) -> PayYear:
    """A year for which a nation pays another's figures: theirs, with this nation's dates and no HCAS."""
    source_nation = own["uses"]
    theirs = other["years"][name]
    effective, announced, first, unknown = _dates(own)
    # A figure is no more certain as this nation's pay than the statement that it pays it.
    position = confidence_label(own["confidence"])
    return _year(
        name,
        theirs,
        {},
        False,
        cap=position,
        effective_from=effective,
        announced=announced,
        first_in_pay=first,
        unknown=unknown,
        sources=tuple(own.get("sources", ())) + tuple(f"{source_nation}:{s}" for s in theirs.get("sources", ())),
        hours_per_week=own.get("hours_per_week", hours),
        fallback_from=source_nation,
        implemented=bool(own.get("implemented", True)),
        note=str(own.get("note", "")),
    )


@cache
def load(nation: str = "england") -> PayScales:
    """The pay data for a nation: every pay year its file holds (Northern Ireland's may take England's)."""
    if nation not in NATIONS:
        raise ValueError(f"unknown nation {nation!r}; expected one of {', '.join(NATIONS)}")
    raw = load_data(f"payscales/{nation}.yaml")
    rates = raw.get("hcas_rates", {})
    hours = raw.get("hours_per_week")
    others = {data["uses"] for data in raw["years"].values() if "uses" in data}
    other = {name: load_data(f"payscales/{name}.yaml") for name in others}
    years = {
        name: _fallback(name, data, other[data["uses"]], hours)
        if "uses" in data
        else _year(name, data, rates, bool(rates), default_hours=hours)
        for name, data in raw["years"].items()
    }
    missing = {str(name): str(why) for name, why in raw.get("missing_years", {}).items()}
    return PayScales(nation, float(raw["hours_per_year"]), dict(raw["tolerance_gbp"]), years, rates, missing)


def load_medical(nation: str = "england") -> MedicalScales:
    """Medical and dental pay for a nation: each pay year's grades and their points (payscales_medical)."""
    from jobparse.payscales_medical import load_medical as load_grades

    return load_grades(nation)


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
