"""Amounts of money written inconsistently.

Pounds of a thousand or more should be written one way throughout: "£1303" beside "£40,617"
looks careless. The salary line sets the style (with or without a thousands comma); without a
salary, the style most amounts use. Figures a job board prints itself are left out (Find a Job's
"Additional salary information" repeats the salary without commas whatever the advert wrote).

Fix: safe: the figure is written in the preferred style ("£1303" -> "£1,303", or the commas
dropped where the salary has none); the pound sign and any pence are left as they are.

Options: none.

Examples:
  PASS  Salary £40,617 to £48,778 ... a minimum payment of £1,303
  FAIL  Salary £40,617 to £48,778 ... a minimum payment of £1303
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from jobparse.findings import Finding, Severity, replacement
from jobparse.lazyregex import lazy_compile
from jobparse.model import Advert, Span
from jobparse.rules import NoOptions, RuleContext

CODE = "JP403"
NAME = "amount-format"
GROUP = "text"
SEVERITY = Severity.WARNING

POUNDS = lazy_compile(r"£\s?(?P<figure>\d{1,3}(?:,\d{3})+|\d{4,})(?:\.\d\d)?(?![\d,])")


Options = NoOptions
# Facts whose figures the job board writes, not the advert's author.
BOARD_FACTS = frozenset({"salary_extra"})


def _style(figure: str) -> str:
    return "comma" if "," in figure else "plain"


def check(advert: Advert, ctx: RuleContext, options: Options) -> Iterator[Finding]:
    """Findings for one advert."""
    boards = [fact.span for fact in advert.facts if fact.key in BOARD_FACTS]
    found = [
        match
        for match in POUNDS.finditer(advert.text, advert.span.start, advert.span.end)
        if not any(span.start <= match.start() < span.end for span in boards)
    ]
    styles = Counter(_style(match["figure"]) for match in found)
    if len(styles) < 2:
        return
    salary = advert.salary
    in_salary = [m for m in found if salary is not None and salary.span.start <= m.start() < salary.span.end]
    preferred = _style(in_salary[0]["figure"]) if in_salary else styles.most_common(1)[0][0]
    for match in found:
        if _style(match["figure"]) != preferred:
            figure = int(match["figure"].replace(",", ""))
            written = f"£{figure:,}" if preferred == "comma" else f"£{figure}"
            digits = Span(match.start("figure"), match.end("figure"))
            yield Finding(
                Span(match.start(), match.end()),
                f"{match.group()!r} is written differently from the other amounts",
                hint=f"write {written}",
                fix=replacement(advert.text, digits, written[1:], safe=True),
            )
