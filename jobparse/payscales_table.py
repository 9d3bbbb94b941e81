"""The `jobparse payscales` output: a year's pay points per band (with HCAS) or per medical grade, with
confidence; as tables for people, or as data for `--format json`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TextIO

from jobparse.payscales import ZONE_NAMES, PayScales, PayYear, money
from jobparse.terminal import console as make_console

if TYPE_CHECKING:
    from jobparse.payscales_medical import MedicalScales

# Short forms for the confidence column, explained under the table.
SHORT = {
    "confirmed": "C",
    "one_source_plus_arithmetic": "A",
    "one_source": "S",
    "unconfirmed": "U",
    "derived_only": "D",
}
LEGEND = (
    "Confidence per point: C confirmed (two sources), A one source plus arithmetic, S one source, "
    "U unconfirmed (sources differ, or one weak source), D derived only (printed by no source)."
)
NATION_NAMES = {"england": "England", "scotland": "Scotland", "wales": "Wales", "northern-ireland": "Northern Ireland"}


def render_table(scales: PayScales, year_name: str, band: str | None, out: TextIO, color: str = "auto") -> None:
    """Print the pay points of one year (one band, or all), with each band's confidence."""
    from rich.table import Table  # imported here: --format json does without rich

    year = scales.years[year_name]
    nation = NATION_NAMES.get(scales.nation, scales.nation)
    borrowed = f", {NATION_NAMES.get(year.fallback_from, year.fallback_from)}'s figures" if year.fallback_from else ""
    table = Table(title=f"{nation} Agenda for Change, {year.label} (from {year.effective_from:%-d %B %Y}{borrowed})")
    table.add_column("Band")
    table.add_column("Pay points (basic, a year)")
    for zone in year.hcas:
        table.add_column(f"With {ZONE_NAMES[zone]} HCAS")
    table.add_column("Confidence")
    for name, points in year.bands.items():
        if band is not None and name != band:
            continue
        row = [name, " / ".join(money(point) for point in points)]
        for hcas in year.hcas.values():
            row.append(" / ".join(money(round(point + hcas.amount(point))) for point in points))
        row.append(" / ".join(SHORT[label] for label in year.point_confidence[name]))
        table.add_row(*row)
    console = make_console(out, color, width=None if out.isatty() else 160)
    console.print(table)
    console.print(LEGEND)
    for line in _notes(year, band):
        console.print(line)
    for zone, hcas in year.hcas.items():
        others = [
            f"{money(low)} / {money(high)}"
            for low, high in hcas.alternatives
            if (low, high) != (hcas.minimum, hcas.maximum)
        ]
        also = f"; alternative {', '.join(others)}" if others else ""
        console.print(
            f"{ZONE_NAMES[zone]} HCAS: {hcas.rate * 100:g}% of basic, minimum {money(hcas.minimum)}, "
            f"maximum {money(hcas.maximum)} ({hcas.confidence}{also})"
        )
    console.print(f"{_paid(year)}; sources {', '.join(year.sources)} (see jobparse/data/payscales).")


def _notes(year: PayYear, band: str | None) -> list[str]:
    """What the table cannot show: missing and partial bands, competing figures, the week, the status."""
    lines = []
    wanted = [name for name in year.missing_bands if band in (None, name)]
    if wanted:
        reasons = sorted({year.missing_bands[name] for name in wanted})
        lines.append(f"No figures for band {', '.join(wanted)}: {'; '.join(reasons)}.")
    for name, what in year.partial_bands.items():
        if band in (None, name):
            lines.append(f"Band {name}: {what}.")
    for name, points in year.alt_bands.items():
        if band in (None, name):
            shown = " / ".join(money(point) for point in points)
            lines.append(f"Band {name} alternative figures: {shown} ({year.alt_confidence[name]}).")
    if year.hours_per_week is not None:
        lines.append(f"Full-time week: {year.hours_per_week:g} hours.")
    if year.note:
        lines.append(year.note)
    return lines


def _paid(year: PayYear) -> str:
    """When the award reached pay, or what is known of it."""
    if "first_in_pay" in year.unknown:
        return f"Award first paid: not known (taken as from {year.first_in_pay:%-d %B %Y}, the earliest it could be)"
    return f"Award first paid {year.first_in_pay:%B %Y}"


def render_medical(scales: MedicalScales, year_name: str, grade: str | None, out: TextIO, color: str = "auto") -> None:
    """Print the medical and dental pay of one year (one grade, or all), with each point's confidence."""
    from rich.table import Table

    year = scales.years[year_name]
    nation = NATION_NAMES.get(scales.nation, scales.nation)
    table = Table(title=f"{nation} medical and dental pay, {year.label} (from {year.effective_from:%-d %B %Y})")
    for column in ("Grade", "Contract", "Pay points (basic, a year)", "Points", "Confidence"):
        table.add_column(column)
    shown = [pay for name, pay in year.grades.items() if grade in (None, name)]
    for pay in shown:
        table.add_row(
            pay.grade,
            pay.contract,
            " / ".join(money(point) for point in pay.points),
            " / ".join(pay.labels),
            " / ".join(SHORT[label] for label in pay.confidence),
        )
    console = make_console(out, color, width=None if out.isatty() else 160)
    console.print(table)
    console.print(LEGEND)
    # One line per kind of alternative (a superseded circular, a competing source), listing the grades.
    groups: dict[tuple[str, str], dict[str, list[str]]] = {}
    for pay in shown:
        for alt in pay.alternatives:
            groups.setdefault((alt.confidence, alt.note), {}).setdefault(pay.grade, []).append(money(alt.value))
    for (label, note), by_grade in groups.items():
        figures = "; ".join(f"{name} {' / '.join(values)}" for name, values in by_grade.items())
        console.print(f"Alternative figures ({note}; {label}): {figures}.")
    for pay in shown:
        if pay.partial:
            console.print(f"{pay.grade}: {pay.partial}.")
    if any(pay.local for pay in shown):
        console.print(
            "MT codes: locally employed doctors' grade codes at the nodal-point values; "
            "the circulars do not require employers to pay them."
        )
    if any(pay.hours_per_week for pay in shown):
        console.print("Resident doctors' basic pay is for a 40-hour week.")
    for name, why in year.missing.items():
        if grade in (None, name):
            console.print(f"No figures for {name}: {why}.")
    if year.note:
        console.print(year.note)
    circulars = f"circulars {'; '.join(year.circulars)}; " if year.circulars else ""
    console.print(f"{circulars}sources {', '.join(year.sources)} (see jobparse/data/payscales).")


def year_data(scales: PayScales, year_name: str, band: str | None = None) -> dict[str, Any]:
    """One Agenda for Change pay year (one band, or all) as JSON-ready data: what the table shows."""
    year = scales.years[year_name]
    wanted = [name for name in year.bands if band in (None, name)]
    return {
        "nation": scales.nation,
        "year": year.name,
        "label": year.label,
        "effective_from": year.effective_from.isoformat(),
        "first_in_pay": None if "first_in_pay" in year.unknown else year.first_in_pay.isoformat(),
        "implemented": year.implemented,
        "fallback_from": year.fallback_from,
        "hours_per_week": year.hours_per_week,
        "bands": {
            name: {
                "points": list(year.bands[name]),
                "confidence": list(year.point_confidence[name]),
                "with_hcas": {zone: [round(point) for point in year.with_hcas[zone][name]] for zone in year.hcas},
                "sources": list(year.band_sources.get(name, year.sources)),
                "partial": year.partial_bands.get(name),
                "alternative": (
                    {"points": list(year.alt_bands[name]), "confidence": year.alt_confidence[name]}
                    if name in year.alt_bands
                    else None
                ),
            }
            for name in wanted
        },
        "missing_bands": {name: why for name, why in year.missing_bands.items() if band in (None, name)},
        "hcas": {
            zone: {
                "name": ZONE_NAMES[zone],
                "rate": hcas.rate,
                "minimum": hcas.minimum,
                "maximum": hcas.maximum,
                "confidence": hcas.confidence,
                "alternatives": [list(pair) for pair in hcas.alternatives if pair != (hcas.minimum, hcas.maximum)],
            }
            for zone, hcas in year.hcas.items()
        },
        "sources": list(year.sources),
        "note": year.note or None,
    }


def medical_data(scales: MedicalScales, year_name: str, grade: str | None = None) -> dict[str, Any]:
    """One year of medical and dental pay (one grade, or all) as JSON-ready data: what the table shows."""
    year = scales.years[year_name]
    return {
        "nation": scales.nation,
        "year": year.name,
        "label": year.label,
        "effective_from": year.effective_from.isoformat(),
        "grades": {
            name: {
                "contract": pay.contract,
                "points": list(pay.points),
                "labels": list(pay.labels),
                "confidence": list(pay.confidence),
                "alternatives": [
                    {"value": alt.value, "confidence": alt.confidence, "note": alt.note} for alt in pay.alternatives
                ],
                "partial": pay.partial or None,
                "hours_per_week": pay.hours_per_week,
                "local": pay.local,
            }
            for name, pay in year.grades.items()
            if grade in (None, name)
        },
        "missing": {name: why for name, why in year.missing.items() if grade in (None, name)},
        "nodal_points": dict(year.nodal_points),
        "circulars": list(year.circulars),
        "sources": list(year.sources),
        "note": year.note or None,
    }
