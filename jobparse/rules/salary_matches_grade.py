"""Salary does not match the medical or dental grade's pay scale.

For a medical or dental grade (Consultant, Specialist, Specialty Doctor, resident doctors' grades
FY1 to ST8 and the local MT codes), the figures must be points of that grade's scale in the
advert's nation for the pay year in force on the date posted (jobparse/data/payscales/medical-*),
or of the year before or after (info). Resident doctors' adverts often quote a range across
grades, so any nodal point of the year is accepted for them. A mismatch is a warning, not an
error: medical salaries are often printed with London weighting or other supplements added. Grades
or years the pay data does not hold are not checked; nor are hourly or sessional rates.

Options: none.

Examples:
  PASS  Consultant, posted 12 September 2025, £109,725 to £145,478 a year
  FAIL  Consultant, posted 12 September 2025, £105,504 to £139,882 a year (the 2024/25 scale: info)
  FAIL  Specialty Doctor, posted 12 September 2025, £51,542 to £99,216 a year (warning)
"""

from __future__ import annotations

from collections.abc import Iterator

from jobparse.findings import Finding, Severity
from jobparse.model import Advert
from jobparse.payscales import AT_MOST_WARNING, load_medical, money, pay_year_name, shift_year
from jobparse.payscales_medical import GradePay, MedicalYear
from jobparse.rules import NoOptions, RuleContext
from jobparse.rules._pay import basis

CODE = "JP108"
NAME = "salary-matches-grade"
GROUP = "pay"
SEVERITY = Severity.WARNING

# Grades as the parser names them that are paid on another grade's scale.
SAME_SCALE = {"Locum Consultant": "Consultant", "LAS ST3+": "ST3"}
TOLERANCE = 2  # pounds: adverts round pence
_HOURLY_CEILING = 200  # as for AfC: a figure below this with no period is an hourly rate


Options = NoOptions


def _points(year: MedicalYear, pay: GradePay) -> tuple[int, ...]:
    """The figures a grade's advert may quote in a year (residents: any nodal point)."""
    points = pay.points + tuple(alt.value for alt in pay.alternatives)
    if pay.contract.startswith("2016 contract") or pay.local:
        points += tuple(year.nodal_points.values())
    return points


def check(advert: Advert, ctx: RuleContext, options: Options) -> Iterator[Finding]:
    """Findings for one advert."""
    band, salary = advert.band, advert.salary
    if band is None or band.scheme != "medical" or band.value is None or salary is None:
        return
    figures = [value for value in (salary.minimum, salary.maximum) if value is not None]
    if not figures or salary.period not in (None, "year") or min(figures) < _HOURLY_CEILING:
        return
    grade = SAME_SCALE.get(band.value, band.value)
    judged = basis(advert, ctx)
    years = load_medical(judged.nation).years
    name = pay_year_name(judged.day)
    in_force = years.get(name)
    if in_force is None or grade not in in_force.grades:
        return
    for year_name, severity, note in (
        (name, None, ""),
        (shift_year(name, -1), Severity.INFO, "the year before the one in force"),
        (shift_year(name, 1), Severity.INFO, "the year after the one in force"),
    ):
        year = years.get(year_name)
        if year is None or grade not in year.grades:
            continue
        points = _points(year, year.grades[grade])
        if all(any(abs(figure - point) <= TOLERANCE for point in points) for figure in figures):
            if severity is not None:
                yield Finding(
                    salary.span,
                    f"the salary is {grade} on {judged.nation_name}'s {year.label} medical scale ({note})",
                    hint=f"check that the {in_force.label} figures are not due (jobparse payscales --medical "
                    f"--nation {judged.nation} --year {in_force.name})",
                    severity=severity,
                )
            return
    pay = in_force.grades[grade]
    scale = money(pay.points[0]) if len(pay.points) == 1 else f"{money(pay.points[0])} to {money(pay.points[-1])}"
    said = " to ".join(money(figure) for figure in dict.fromkeys(figures))
    unsure = pay.weakest in AT_MOST_WARNING
    yield Finding(
        salary.span,
        f"{grade} on {judged.nation_name}'s {in_force.label} medical scale is {scale}"
        + (" (jobparse's figures for it are not confirmed)" if unsure else "")
        + f"; the advert says {said}",
        hint="check the grade and the figures; say so if they include London weighting or other supplements",
        severity=Severity.INFO if unsure else None,
    )
