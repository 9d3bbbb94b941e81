"""Frozen record types that the parser produces, and their JSON-ready dict forms."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from jobparse.inputs.source import LineIndex

# Where a value was read: the Details block (or a key-facts block), the page header
# (title and closing-date lines), free text (only a fallback), or a schema.org JobPosting record.
SOURCES = ("details", "header", "text", "jsonld")

Position = dict[str, int]
PosFn = Callable[["Span"], Position]


@dataclass(frozen=True, slots=True)
class Span:
    """A range of offsets into the normalised text: start inclusive, end exclusive."""

    start: int
    end: int


def _opt(value: Any, pos: PosFn) -> Any:
    return None if value is None else value.to_dict(pos)


@dataclass(frozen=True, slots=True)
class Text:
    """A string value with the place it was read from."""

    value: str
    span: Span
    source: str = "details"

    def to_dict(self, pos: PosFn) -> dict[str, Any]:
        return {"value": self.value, "source": self.source, "position": pos(self.span)}


@dataclass(frozen=True, slots=True)
class DateValue:
    """A date at the precision the advert gives it ("2026-03" for month precision)."""

    value: str | None
    precision: str | None  # "day", "month", "year"; None when unreadable
    time: str | None
    raw: str
    span: Span
    source: str = "details"
    note: str | None = None  # "no year given", "year from the date posted", "placeholder"

    def to_dict(self, pos: PosFn) -> dict[str, Any]:
        return {
            "value": self.value,
            "precision": self.precision,
            "time": self.time,
            "note": self.note,
            "raw": self.raw,
            "source": self.source,
            "position": pos(self.span),
        }


@dataclass(frozen=True, slots=True)
class Band:
    """A pay band or grade: AfC bands normalised ("6", "8a", "5-6"), other grades by name."""

    value: str | None
    bands: tuple[str, ...]
    scheme: str | None  # "afc", "medical", "other"
    raw: str
    span: Span
    source: str = "details"

    def to_dict(self, pos: PosFn) -> dict[str, Any]:
        return {
            "value": self.value,
            "bands": list(self.bands),
            "scheme": self.scheme,
            "raw": self.raw,
            "source": self.source,
            "position": pos(self.span),
        }


@dataclass(frozen=True, slots=True)
class SalaryFigures:
    """Salary figures as one statement of them gives them."""

    minimum: float | int | None
    maximum: float | int | None
    period: str | None
    raw: str
    span: Span
    source: str

    def to_dict(self, pos: PosFn) -> dict[str, Any]:
        return {
            "minimum": self.minimum,
            "maximum": self.maximum,
            "period": self.period,
            "raw": self.raw,
            "source": self.source,
            "position": pos(self.span),
        }


@dataclass(frozen=True, slots=True)
class Salary:
    """A salary range with its period, pro-rata flag and High Cost Area statement."""

    minimum: float | int | None
    maximum: float | int | None
    period: str | None
    pro_rata: bool
    hcas_included: bool | None
    hcas_evidence: Text | None
    note: str | None
    raw: str
    span: Span
    source: str = "details"
    currency: str = "GBP"
    malformed: tuple[str, ...] = ()  # figures written wrongly, kept as written ("£4,8778")
    # Another statement of the figures that disagrees with these (a JobPosting's minValue and
    # maxValue against its free-text value): recorded, not used.
    alternative: SalaryFigures | None = None

    def to_dict(self, pos: PosFn) -> dict[str, Any]:
        return {
            "minimum": self.minimum,
            "maximum": self.maximum,
            "currency": self.currency,
            "period": self.period,
            "pro_rata": self.pro_rata,
            "hcas_included": self.hcas_included,
            "hcas_evidence": _opt(self.hcas_evidence, pos),
            "note": self.note,
            "malformed": list(self.malformed),
            "alternative": _opt(self.alternative, pos),
            "raw": self.raw,
            "source": self.source,
            "position": pos(self.span),
        }


@dataclass(frozen=True, slots=True)
class HcasTerms:
    """High Cost Area Supplement terms as the advert states them."""

    rate_percent: float | None
    minimum: float | int | None
    maximum: float | int | None
    zone: str | None
    raw: str
    span: Span
    source: str = "text"

    def to_dict(self, pos: PosFn) -> dict[str, Any]:
        return {
            "rate_percent": self.rate_percent,
            "minimum": self.minimum,
            "maximum": self.maximum,
            "zone": self.zone,
            "raw": self.raw,
            "source": self.source,
            "position": pos(self.span),
        }


@dataclass(frozen=True, slots=True)
class Duration:
    """A length of time such as a fixed-term contract's "12 months"."""

    amount: float | int
    unit: str  # "day", "week", "month", "year"

    def to_dict(self) -> dict[str, Any]:
        return {"amount": self.amount, "unit": self.unit}


@dataclass(frozen=True, slots=True)
class Contract:
    """Contract type with any duration, end date and extra detail."""

    type: str | None
    duration: Duration | None
    until: str | None
    detail: str | None
    raw: str
    span: Span
    source: str = "details"

    def to_dict(self, pos: PosFn) -> dict[str, Any]:
        return {
            "type": self.type,
            "duration": None if self.duration is None else self.duration.to_dict(),
            "until": self.until,
            "detail": self.detail,
            "raw": self.raw,
            "source": self.source,
            "position": pos(self.span),
        }


@dataclass(frozen=True, slots=True)
class WorkingPattern:
    """Working patterns as normalised slugs, with hours per week when stated."""

    values: tuple[str, ...]
    hours_per_week: float | int | None
    raw: str
    span: Span
    source: str = "details"

    def to_dict(self, pos: PosFn) -> dict[str, Any]:
        return {
            "values": list(self.values),
            "hours_per_week": self.hours_per_week,
            "raw": self.raw,
            "source": self.source,
            "position": pos(self.span),
        }


@dataclass(frozen=True, slots=True)
class Address:
    """A postal address: its lines, the town and the postcode when they can be told."""

    lines: tuple[str, ...]
    town: str | None
    postcode: str | None
    raw: str
    span: Span
    source: str = "details"

    def to_dict(self, pos: PosFn) -> dict[str, Any]:
        return {
            "lines": list(self.lines),
            "town": self.town,
            "postcode": self.postcode,
            "raw": self.raw,
            "source": self.source,
            "position": pos(self.span),
        }


@dataclass(frozen=True, slots=True)
class Employer:
    """The employer: name (and the display name above the title), address, website, type."""

    name: Text | None
    display_name: Text | None
    address: Address | None
    website: Text | None
    type: Text | None

    def to_dict(self, pos: PosFn) -> dict[str, Any]:
        return {
            "name": _opt(self.name, pos),
            "display_name": _opt(self.display_name, pos),
            "address": _opt(self.address, pos),
            "website": _opt(self.website, pos),
            "type": _opt(self.type, pos),
        }


@dataclass(frozen=True, slots=True)
class SectionRecord:
    """A section of the advert: canonical id (None when unrecognised), heading and text."""

    id: str | None
    heading: str | None
    text: str
    span: Span

    def to_dict(self, pos: PosFn) -> dict[str, Any]:
        return {"id": self.id, "heading": self.heading, "text": self.text, "position": pos(self.span)}


@dataclass(frozen=True, slots=True)
class Fact:
    """A label/value pair as written, with the field it maps to."""

    key: str
    label: str
    value: str
    span: Span
    source: str

    def to_dict(self, pos: PosFn) -> dict[str, Any]:
        return {
            "key": self.key,
            "label": self.label,
            "value": self.value,
            "source": self.source,
            "position": pos(self.span),
        }


@dataclass(frozen=True, slots=True)
class Layout:
    """The layout family an advert was read as (shared/reference/layouts.md), and what told."""

    name: str  # "nhs-jobs", "trac", "find-a-job", ..., "plain"
    family: str | None  # "A", "B1", "B2", "B3", "C", "D", "D-pack", "F", "H-markdown", "H-text", "H-body"
    evidence: tuple[str, ...]  # the marks found: labels and lines

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "family": self.family, "evidence": list(self.evidence)}


@dataclass(frozen=True, slots=True)
class Evidence:
    """One thing that tells an advert's nation: its employer, a postcode area, its label set."""

    kind: str  # "employer", "postcode", "layout"
    value: str
    nation: str

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "value": self.value, "nation": self.nation}


@dataclass(frozen=True, slots=True)
class Nation:
    """Which UK nation's pay and terms an advert falls under, with the evidence; value None when nothing tells."""

    value: str | None  # "england", "scotland", "wales", "northern-ireland"
    evidence: tuple[Evidence, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"value": self.value, "evidence": [item.to_dict() for item in self.evidence]}


@dataclass(frozen=True, slots=True)
class Advert:
    """One parsed advert: typed fields, each keeping its raw text and position."""

    path: str
    index: int
    span: Span
    layout: Layout | None = None
    nation: Nation | None = None
    title: Text | None = None
    closing_date: DateValue | None = None
    closed: Text | None = None
    date_posted: DateValue | None = None
    start_date: DateValue | None = None
    pay_scheme: Text | None = None
    band: Band | None = None
    salary: Salary | None = None
    hcas: HcasTerms | None = None
    contract: Contract | None = None
    working_pattern: WorkingPattern | None = None
    reference: Text | None = None
    url: Text | None = None
    locations: tuple[Address, ...] = ()
    employer: Employer | None = None
    summary: Text | None = None
    main_duties: tuple[Text, ...] = ()
    about_us: Text | None = None
    sections: tuple[SectionRecord, ...] = ()
    facts: tuple[Fact, ...] = ()
    lines: LineIndex | None = field(default=None, compare=False, repr=False)
    text: str = field(default="", compare=False, repr=False)  # the whole normalised input

    @property
    def source_text(self) -> str:
        """The advert's own text (its span of the input)."""
        return self.text[self.span.start : self.span.end]

    def position(self, span: Span) -> Position:
        """Line and column (1-based) of a span, with its offsets."""
        if self.lines is None:
            return {"start": span.start, "end": span.end}
        # LineIndex.position inlined: a record has about 36 positions, and the two calls per
        # position were a third of to_dict's time.
        starts = self.lines.starts
        start, end = span.start, span.end
        line = bisect_right(starts, start)
        end_line = bisect_right(starts, end, line - 1)
        return {
            "line": line,
            "column": start - starts[line - 1] + 1,
            "end_line": end_line,
            "end_column": end - starts[end_line - 1] + 1,
            "start": start,
            "end": end,
        }

    def to_dict(self) -> dict[str, Any]:
        """The record as plain JSON-ready data, in the shape of schemas/advert.schema.json."""
        pos = self.position
        return {
            "file": self.path,
            "index": self.index,
            "position": pos(self.span),
            "layout": None if self.layout is None else self.layout.to_dict(),
            "nation": None if self.nation is None else self.nation.to_dict(),
            "title": _opt(self.title, pos),
            "closing_date": _opt(self.closing_date, pos),
            "closed": _opt(self.closed, pos),
            "date_posted": _opt(self.date_posted, pos),
            "start_date": _opt(self.start_date, pos),
            "pay_scheme": _opt(self.pay_scheme, pos),
            "band": _opt(self.band, pos),
            "salary": _opt(self.salary, pos),
            "hcas": _opt(self.hcas, pos),
            "contract": _opt(self.contract, pos),
            "working_pattern": _opt(self.working_pattern, pos),
            "reference": _opt(self.reference, pos),
            "url": _opt(self.url, pos),
            "locations": [loc.to_dict(pos) for loc in self.locations],
            "employer": _opt(self.employer, pos),
            "summary": _opt(self.summary, pos),
            "main_duties": [item.to_dict(pos) for item in self.main_duties],
            "about_us": _opt(self.about_us, pos),
            "sections": [sec.to_dict(pos) for sec in self.sections],
            "facts": [fact.to_dict(pos) for fact in self.facts],
        }
