"""Table writer: a rich table of each advert's key fields, for people at a terminal."""

from __future__ import annotations

from typing import TextIO

from rich.console import Console
from rich.table import Table
from rich.text import Text

from jobparse.model import Advert
from jobparse.output.base import Writer
from jobparse.terminal import console as make_console


def _money(value: float | int | None) -> str:
    if value is None:
        return "?"
    return f"£{value:,.2f}" if isinstance(value, float) else f"£{value:,}"


def rows(advert: Advert) -> list[tuple[str, str]]:
    """(field, shown value) pairs for one advert."""
    salary = advert.salary
    pay = ""
    if salary is not None:
        pay = salary.note or ""
        if salary.minimum is not None or salary.maximum is not None:
            pay = f"{_money(salary.minimum)} to {_money(salary.maximum)}"
            pay += f" a {salary.period}" if salary.period else ""
            pay += " pro rata" if salary.pro_rata else ""
            if salary.hcas_included is not None:
                pay += " (HCAS included)" if salary.hcas_included else " (plus HCAS)"
    employer = advert.employer.name.value if advert.employer and advert.employer.name else ""
    start = advert.start_date
    layout = advert.layout
    shown_layout = "" if layout is None else layout.name + (f" ({layout.family})" if layout.family else "")
    nation = advert.nation.value or "" if advert.nation else ""
    return [
        ("Layout", shown_layout),
        ("Nation", nation),
        ("Title", advert.title.value if advert.title else ""),
        ("Employer", employer),
        ("Closing", "closed" if advert.closed else (advert.closing_date.value or "") if advert.closing_date else ""),
        ("Posted", advert.date_posted.value or "" if advert.date_posted else ""),
        ("Start", f"{start.value} ({start.precision})" if start and start.value else ""),
        ("Band", advert.band.raw if advert.band else ""),
        ("Salary", pay),
        ("Contract", advert.contract.raw if advert.contract else ""),
        ("Pattern", ", ".join(advert.working_pattern.values) if advert.working_pattern else ""),
        ("Reference", advert.reference.value if advert.reference else ""),
        ("Locations", "; ".join(filter(None, (loc.postcode or loc.town for loc in advert.locations)))),
        ("Duties", str(len(advert.main_duties))),
    ]


class TableWriter(Writer):
    """One two-column table per advert, then a line per input error."""

    def __init__(self, out: TextIO, color: str = "auto", console: Console | None = None) -> None:
        super().__init__(out, color)
        self.console = console or make_console(out, color, width=None if out.isatty() else 80)

    @staticmethod
    def render(advert: Advert) -> tuple[str, list[tuple[str, str]]]:
        """The table's title and rows."""
        line = advert.position(advert.span).get("line")
        return f"{advert.path} (advert {advert.index + 1}, line {line})", rows(advert)

    def emit(self, rendered: tuple[str, list[tuple[str, str]]]) -> None:
        """Print one advert's table."""
        title, values = rendered
        table = Table(title=title, show_header=False, title_justify="left")
        table.add_column("field", style="bold")
        table.add_column("value", overflow="fold")
        for name, value in values:
            table.add_row(name, Text(value) if value else Text("-", style="dim"))  # Text: no markup from adverts
        self.console.print(table)

    def close(self) -> None:
        """Nothing more: errors go to stderr through the CLI."""
