"""CSV writer: one row per advert, flat columns for spreadsheets."""

from __future__ import annotations

import csv
from collections.abc import Callable
from typing import Any, TextIO

from jobparse.model import Advert
from jobparse.output.base import Writer


def _get(value: Any, *names: str) -> Any:
    for name in names:
        if value is None:
            return None
        value = getattr(value, name)
    return value


def _join(items: Any) -> str:
    return "; ".join(str(item) for item in items if item)


# OWASP "CSV Injection": a spreadsheet reads a cell starting with one of these as a formula, so an
# advert's `=HYPERLINK(...)` pasted from the web would run when the file is opened.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def cell(value: Any) -> Any:
    """One value as a CSV cell: null empty, booleans true/false, text that a spreadsheet would run quoted with '."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value  # OWASP's advice: the leading quote makes it text; the rest is kept as is
    return value


# Column name -> how to read it from an Advert. Lists are joined with "; ".
COLUMNS: dict[str, Callable[[Advert], Any]] = {
    "file": lambda a: a.path,
    "index": lambda a: a.index,
    "line": lambda a: a.position(a.span).get("line"),
    "layout": lambda a: _get(a.layout, "name"),
    "layout_family": lambda a: _get(a.layout, "family"),
    "nation": lambda a: _get(a.nation, "value"),
    "title": lambda a: _get(a.title, "value"),
    "employer": lambda a: _get(a.employer, "name", "value"),
    "closing_date": lambda a: _get(a.closing_date, "value"),
    "closed": lambda a: a.closed is not None,
    "date_posted": lambda a: _get(a.date_posted, "value"),
    "start_date": lambda a: _get(a.start_date, "value"),
    "start_date_precision": lambda a: _get(a.start_date, "precision"),
    "pay_scheme": lambda a: _get(a.pay_scheme, "value"),
    "band": lambda a: _get(a.band, "value"),
    "band_raw": lambda a: _get(a.band, "raw"),
    "salary_min": lambda a: _get(a.salary, "minimum"),
    "salary_max": lambda a: _get(a.salary, "maximum"),
    "salary_period": lambda a: _get(a.salary, "period"),
    "salary_pro_rata": lambda a: _get(a.salary, "pro_rata"),
    "salary_hcas_included": lambda a: _get(a.salary, "hcas_included"),
    "salary_note": lambda a: _get(a.salary, "note"),
    "salary_malformed": lambda a: _join(_get(a.salary, "malformed") or ()),
    "salary_raw": lambda a: _get(a.salary, "raw"),
    "hcas_rate_percent": lambda a: _get(a.hcas, "rate_percent"),
    "hcas_minimum": lambda a: _get(a.hcas, "minimum"),
    "hcas_maximum": lambda a: _get(a.hcas, "maximum"),
    "contract": lambda a: _get(a.contract, "type"),
    "contract_duration": lambda a: (
        None if _get(a.contract, "duration") is None else f"{a.contract.duration.amount} {a.contract.duration.unit}"  # type: ignore[union-attr]
    ),
    "working_pattern": lambda a: _join(_get(a.working_pattern, "values") or ()),
    "hours_per_week": lambda a: _get(a.working_pattern, "hours_per_week"),
    "reference": lambda a: _get(a.reference, "value"),
    "postcodes": lambda a: _join(location.postcode for location in a.locations),
    "towns": lambda a: _join(location.town for location in a.locations),
    "employer_website": lambda a: _get(a.employer, "website", "value"),
    "main_duties": lambda a: len(a.main_duties),
}


class CsvWriter(Writer):
    """Writes the header, then a row per advert as it arrives."""

    def __init__(self, out: TextIO, color: str = "auto", bom: bool = False) -> None:
        super().__init__(out, color)
        if bom:
            out.write("\ufeff")  # Excel reads a CSV without it as the local code page: "£" would show as "Â£"
        self.writer = csv.writer(out, lineterminator="\n")
        self.writer.writerow(COLUMNS)

    @staticmethod
    def render(advert: Advert) -> list[Any]:
        """The advert's row."""
        return [cell(get(advert)) for get in COLUMNS.values()]

    def emit(self, rendered: list[Any]) -> None:
        """Write one row."""
        self.writer.writerow(rendered)
