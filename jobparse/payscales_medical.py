"""Medical and dental pay data (data/payscales/medical-*.yaml): each pay year's grades and their points."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from jobparse.choices import NATIONS
from jobparse.datafiles import load_data
from jobparse.payscales import confidence_label, point_labels, weakest

# The order grades are listed in: senior first, then resident doctors by stage, then local codes.
GRADE_ORDER = (
    "Consultant",
    "Specialist",
    "Associate Specialist",
    "Specialty Doctor",
    "FY1",
    "FY2",
    *(f"CT{n}" for n in range(1, 5)),
    *(f"ST{n}" for n in range(1, 9)),
    *(f"MT{n:02d}" for n in range(1, 11)),
)


@dataclass(frozen=True, slots=True)
class Alternative:
    """A competing or earlier-in-the-year figure for a grade, with its own confidence."""

    value: int
    confidence: str
    note: str


@dataclass(frozen=True, slots=True)
class GradePay:
    """What one grade pays in one year: its points, what each point is, and their confidence."""

    grade: str  # as the parser writes grades: "Consultant", "Specialty Doctor", "FY1", "ST6", "MT03"
    contract: str
    points: tuple[int, ...]
    labels: tuple[str, ...]  # what each point is: "T1 (0-2 years)", "nodal point 3"
    confidence: tuple[str, ...]  # one label per point
    alternatives: tuple[Alternative, ...] = ()
    partial: str = ""  # the points the reference lacks, if any
    hours_per_week: float | None = None  # None: the reference does not say
    local: bool = False  # an MT code: the values are what employers "must use", but need not pay

    @property
    def weakest(self) -> str:
        """The least certain label of the grade's points."""
        return weakest(*self.confidence)


@dataclass(frozen=True, slots=True)
class MedicalYear:
    """One pay year of medical and dental pay: grades by name, and resident doctors' nodal points."""

    name: str  # "2025-26"
    effective_from: dt.date
    circulars: tuple[str, ...]
    sources: tuple[str, ...]
    grades: dict[str, GradePay]
    nodal_points: dict[str, int] = field(default_factory=dict)  # "1".."5", or "1".."5c" from 2026/27
    missing: dict[str, str] = field(default_factory=dict)  # grade -> why the reference has no figures
    note: str = ""

    @property
    def label(self) -> str:
        """The year as people write it: "2025/26"."""
        return self.name.replace("-", "/")

    def confidence_of(self, grade: str, figure: float | None = None) -> str | None:
        """The confidence of a grade's figures, or of its point (or alternative) nearest a figure."""
        pay = self.grades.get(grade)
        if pay is None:
            return None
        if figure is None:
            return pay.weakest
        candidates = [*zip(pay.points, pay.confidence, strict=True)]
        candidates += [(alt.value, alt.confidence) for alt in pay.alternatives]
        return min(candidates, key=lambda pair: abs(pair[0] - figure))[1]


@dataclass(frozen=True, slots=True)
class MedicalScales:
    """A nation's medical and dental pay years."""

    nation: str
    years: dict[str, MedicalYear]


def _alternatives(raw: list[dict[str, Any]], key: str, wanted: set[str] | None = None) -> tuple[Alternative, ...]:
    """Alternatives from `values` lists, or from `nodal` maps for the points in `wanted`."""
    found: list[Alternative] = []
    for alt in raw:
        label = confidence_label(alt["confidence"])
        if key == "values":
            values = list(alt["values"])
        else:
            values = [value for point, value in alt["nodal"].items() if wanted is None or point in wanted]
        found.extend(Alternative(int(value), label, str(alt.get("note", ""))) for value in values)
    return tuple(found)


def _grade(name: str, raw: dict[str, Any]) -> GradePay:
    points = tuple(int(point) for point in raw["points"])
    labels = tuple(str(label) for label in raw["labels"])
    if len(labels) != len(points):
        raise ValueError(f"{name}: {len(labels)} labels for {len(points)} points")
    return GradePay(
        grade=name,
        contract=str(raw["contract"]),
        points=points,
        labels=labels,
        confidence=point_labels(raw["confidence"], len(points)),
        alternatives=_alternatives(raw.get("alternatives", []), "values"),
        partial=str(raw.get("partial", "")),
    )


def _residents(raw: dict[str, Any], mapping: dict[str, Any], hours: float | None) -> dict[str, GradePay]:
    """Each resident grade and MT code, paid its nodal point under the year's mapping."""
    nodal = {str(point): int(value) for point, value in raw["nodal"].items()}
    label = confidence_label(raw["confidence"])
    grades = {}
    for kind in ("grades", "local"):
        for grade, point in mapping[kind].items():
            grades[grade] = GradePay(
                grade=grade,
                contract="2016 contract (doctors in training)"
                if kind == "grades"
                else "local code, 2016 contract values",
                points=(nodal[point],),
                labels=(f"nodal point {point}",),
                confidence=(label,),
                alternatives=_alternatives(raw.get("alternatives", []), "nodal", {point}),
                hours_per_week=hours,
                local=kind == "local",
            )
    return grades


def _mapping(raw: dict[str, Any], name: str) -> dict[str, Any]:
    return next(period for period in raw.get("grade_to_nodal", []) if name in period["years"])


def _year(name: str, raw: dict[str, Any], data: dict[str, Any]) -> MedicalYear:
    grades = {grade: _grade(grade, spec) for grade, spec in raw.get("grades", {}).items()}
    nodal: dict[str, int] = {}
    if "residents" in raw:
        hours = data.get("residents_hours_per_week")
        grades.update(_residents(raw["residents"], _mapping(data, name), hours))
        nodal = {str(point): int(value) for point, value in raw["residents"]["nodal"].items()}
    rank = {grade: i for i, grade in enumerate(GRADE_ORDER)}
    return MedicalYear(
        name=name,
        effective_from=dt.date.fromisoformat(str(raw["effective_from"])),
        circulars=tuple(raw.get("circulars", ())),
        sources=tuple(raw.get("sources", ())),
        grades=dict(sorted(grades.items(), key=lambda item: rank.get(item[0], len(rank)))),
        nodal_points=nodal,
        missing={str(grade): str(why) for grade, why in raw.get("missing", {}).items()},
        note=str(raw.get("note", "")),
    )


@cache
def load_medical(nation: str = "england") -> MedicalScales:
    """Medical and dental pay for a nation: every pay year its file holds, grades by name."""
    if nation not in NATIONS:
        raise ValueError(f"unknown nation {nation!r}; expected one of {', '.join(NATIONS)}")
    data = load_data(f"payscales/medical-{nation}.yaml")
    years = {name: _year(name, raw, data) for name, raw in data["years"].items()}
    return MedicalScales(nation, years)
