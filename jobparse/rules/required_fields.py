"""Required field missing.

Every published advert needs the fields applicants and job boards rely on. The list is
configurable; salary and band have rules of their own (salary-missing, band-missing).

Options:
  fields: the record fields that must be present (default: title, closing_date, date_posted,
          pay_scheme, contract, working_pattern, reference, locations, employer, summary,
          main_duties)

Examples:
  PASS  an advert with a title, closing date, ... and main duties
  FAIL  an advert with no reference number
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from jobparse.findings import Finding, Severity
from jobparse.model import Advert
from jobparse.rules import RuleContext, start_span

CODE = "JP301"
NAME = "required-fields"
GROUP = "completeness"
SEVERITY = Severity.ERROR

FIELDS = (
    "title", "closing_date", "date_posted", "start_date", "pay_scheme", "band", "salary", "hcas", "contract",
    "working_pattern", "reference", "locations", "employer", "summary", "main_duties", "about_us",
)  # fmt: skip
DEFAULT_FIELDS = (
    "title", "closing_date", "date_posted", "pay_scheme", "contract", "working_pattern", "reference",
    "locations", "employer", "summary", "main_duties",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Options:
    """Settings of this rule."""

    fields: tuple[str, ...] = DEFAULT_FIELDS

    def __post_init__(self) -> None:
        unknown = [name for name in self.fields if name not in FIELDS]
        if unknown:
            raise ValueError(f"unknown field(s) {', '.join(unknown)}; expected some of {', '.join(FIELDS)}")


def check(advert: Advert, ctx: RuleContext, options: Options) -> Iterator[Finding]:
    """Findings for one advert."""
    for name in options.fields:
        value = getattr(advert, name)
        if name == "closing_date" and advert.closed is not None:
            continue  # "has now passed": the page had a closing date
        if value is None or value == ():
            yield Finding(
                start_span(advert),
                f"the advert has no {name.replace('_', ' ')}",
                hint=f"add the {name.replace('_', ' ')}",
            )
