"""Required field missing.

Every published advert needs the fields applicants and job boards rely on, but only those its
layout can carry: a Trac page never prints a date posted, a schema.org JobPosting has no
reference number, a copied body keeps only the text (data/layouts.yaml, `lacks`). With the
`draft` profile (an advert not yet published) no date posted or reference number is expected.
The pay scheme is there when the band names it ("Band 6" is Agenda for Change). The list is
configurable; salary and band have rules of their own (salary-missing, band-missing).

Options:
  fields: the record fields that must be present (default: title, closing_date, date_posted,
          pay_scheme, contract, working_pattern, reference, locations, employer, summary,
          main_duties)

Examples:
  PASS  an NHS Jobs advert with a title, closing date, ... and main duties
  PASS  a Trac advert with no date posted
  PASS  a draft (profile: draft) with no reference number yet
  FAIL  an NHS Jobs advert with no reference number
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from jobparse.findings import Finding, Severity
from jobparse.model import Advert
from jobparse.rules import RuleContext, start_span
from jobparse.rules._pay import scheme_of

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
# What an advert not yet published cannot have.
NOT_IN_DRAFTS = frozenset({"date_posted", "reference"})


@dataclass(frozen=True, slots=True)
class Options:
    """Settings of this rule."""

    fields: tuple[str, ...] = DEFAULT_FIELDS

    def __post_init__(self) -> None:
        unknown = [name for name in self.fields if name not in FIELDS]
        if unknown:
            raise ValueError(f"unknown field(s) {', '.join(unknown)}; expected some of {', '.join(FIELDS)}")


@cache
def lacked_by(layout: str) -> frozenset[str]:
    """The fields a layout family's pages have no place for."""
    from jobparse.datafiles import load_data

    return frozenset(load_data("layouts.yaml").get(layout, {}).get("lacks", ()))


def check(advert: Advert, ctx: RuleContext, options: Options) -> Iterator[Finding]:
    """Findings for one advert."""
    lacked = lacked_by(advert.layout.name) if advert.layout is not None else frozenset()
    for name in options.fields:
        if name in lacked:
            continue
        if ctx.profile == "draft" and name in NOT_IN_DRAFTS:
            continue
        if name == "closing_date" and advert.closed is not None:
            continue  # "has now passed": the page had a closing date
        if name == "pay_scheme" and scheme_of(advert) is not None:
            continue
        value = getattr(advert, name)
        if value is None or value == ():
            yield Finding(
                start_span(advert),
                f"the advert has no {name.replace('_', ' ')}",
                hint=f"add the {name.replace('_', ' ')}",
            )
