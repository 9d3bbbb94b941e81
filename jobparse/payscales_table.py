"""The `jobparse payscales` table: a year's pay points per band, with HCAS-inclusive ranges."""

from __future__ import annotations

from typing import TextIO

from rich.table import Table

from jobparse.payscales import ZONE_NAMES, PayScales, money
from jobparse.terminal import console as make_console


def render_table(scales: PayScales, year_name: str, band: str | None, out: TextIO, color: str = "auto") -> None:
    """Print the pay points of one year (one band, or all)."""
    year = scales.years[year_name]
    table = Table(
        title=f"{scales.nation.title()} Agenda for Change, {year.label} (from {year.effective_from:%-d %B %Y})"
    )
    table.add_column("Band")
    table.add_column("Pay points (basic, a year)")
    for zone in year.hcas:
        table.add_column(f"With {ZONE_NAMES[zone]} HCAS")
    for name, points in year.bands.items():
        if band is not None and name != band:
            continue
        row = [name, " / ".join(money(point) for point in points)]
        for hcas in year.hcas.values():
            row.append(" / ".join(money(round(point + hcas.amount(point))) for point in points))
        table.add_row(*row)
    console = make_console(out, color, width=None if out.isatty() else 140)
    console.print(table)
    for zone, hcas in year.hcas.items():
        console.print(
            f"{ZONE_NAMES[zone]} HCAS: {hcas.rate * 100:g}% of basic, minimum {money(hcas.minimum)}, maximum {money(hcas.maximum)} ({hcas.confidence})"
        )
    console.print(
        f"Award first paid {year.first_in_pay:%B %Y}; sources {', '.join(year.sources)} (see jobparse/data/payscales)."
    )
