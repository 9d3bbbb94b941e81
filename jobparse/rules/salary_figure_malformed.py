"""Salary figure written wrongly.

A figure with its thousands comma in the wrong place ("£4,8778"), or a group of the wrong size
("£31,0490", "£46,58"), cannot be read with confidence: applicants and job boards may take the
wrong amount. The hint offers the same digits grouped correctly only when that reading sits
beside the advert's other figure (within a factor of two); otherwise it asks for a check.

Options: none.

Examples:
  PASS  Salary: £40,617 to £48,778 a year
  FAIL  Salary: £40,617 to £4,8778 a year ("check the digits: £48,778?")
  FAIL  Salary: £31,0490 to £37,796 a year ("check the digits")
"""

from __future__ import annotations

from collections.abc import Iterator

from jobparse.findings import Finding, Severity
from jobparse.model import Advert, Span
from jobparse.payscales import money
from jobparse.rules import NoOptions, RuleContext

CODE = "JP109"
NAME = "salary-figure-malformed"
GROUP = "pay"
SEVERITY = Severity.ERROR


Options = NoOptions


def regrouped(written: str, other: float | None) -> str | None:
    """The figure's own digits grouped in thousands (or its last comma read as the decimal point,
    "£13,79"), when that reads as a figure beside `other`."""
    figure = written.lstrip("£ ")
    if "." not in figure and "," in figure and len(figure.rsplit(",", 1)[1]) == 2:
        figure = figure[: figure.rindex(",")] + "." + figure.rsplit(",", 1)[1]
    pounds, _, pence = figure.partition(".")
    digits = pounds.replace(",", "")
    if not digits.isdigit() or other is None or other <= 0:
        return None
    value = int(digits) + (int(pence.ljust(2, "0")[:2]) / 100 if pence.isdigit() else 0)
    if not other / 2 <= value <= other * 2:
        return None
    return money(value)


def check(advert: Advert, ctx: RuleContext, options: Options) -> Iterator[Finding]:
    """Findings for one advert."""
    salary = advert.salary
    if salary is None or not salary.malformed:
        return
    other = salary.minimum if salary.minimum is not None else salary.maximum
    for written in salary.malformed:
        at = advert.text.find(written, salary.span.start, salary.span.end)
        span = Span(at, at + len(written)) if at != -1 else salary.span
        guess = regrouped(written, other)
        yield Finding(
            span,
            f"the salary figure {written!r} is not a well-formed amount ({_why(written)})",
            hint=f"check the digits: {guess}?" if guess else "check the digits of this figure",
        )


def _why(written: str) -> str:
    """What is wrong with a malformed figure, in words."""
    figure = written.lstrip("£ ")
    if figure.count(".") > 1 or ("." in figure and "," in figure.rsplit(".", 1)[1]):
        return "it has more than one decimal point"
    if "." in figure and len(figure.rsplit(".", 1)[1]) > 2:
        return "it has more than two figures of pence"
    if "," in figure and len(figure.rsplit(",", 1)[1]) == 2:
        return "a comma stands where the decimal point should be"
    return "its thousands are not grouped in threes"
