"""A clean advert (no findings under the default rules) and a helper to run rules on variants of it."""

from __future__ import annotations

import datetime as dt
from typing import Any

from jobparse import fix, parse
from jobparse.config import from_mapping
from jobparse.findings import Problem
from jobparse.validator import validate

TODAY = dt.date(2025, 9, 1)

CLEAN = """\
Staff Nurse - Acute Medical Unit
The closing date is 28 September 2025
Job summary
We are looking for a registered nurse to join our acute medical unit (AMU).
You will work in a multidisciplinary team caring for adults admitted as emergencies.
Please note that the start date for this post will be November 2025.
Main duties of the job
- Assess, plan and evaluate care for a group of patients.
- Give medicines safely in line with Trust policy.
About us
Riverside Health NHS Foundation Trust serves 400,000 people across the north of the county.
Details
Date posted
12 September 2025
Pay scheme
Agenda for change
Band
Band 5
Salary
£31,049 to £37,796 a year
Contract
Permanent
Working pattern
Full-time
Reference number
412-RGH-5521
Job locations
Riverside General Hospital
Mill Road
Lowbridge
LB4 7QT
Employer details
Employer name
Riverside Health NHS Foundation Trust
Address
Riverside General Hospital
Mill Road
Lowbridge
LB4 7QT
Employer's website
https://www.riversidehealth.example.nhs.uk
Employer contact details
For questions about the job, contact:
Jo Bloggs
jo.bloggs@riversidehealth.example.nhs.uk
"""


def variant(*replacements: tuple[str, str], base: str = CLEAN) -> str:
    """The clean advert with some text replaced (each replacement must apply)."""
    text = base
    for old, new in replacements:
        assert old in text, f"{old!r} not in the advert"
        text = text.replace(old, new)
    return text


def problems(text: str, code: str | None = None, today: dt.date = TODAY, **settings: Any) -> list[Problem]:
    """Problems in an advert text, for one rule (by code) or all; settings go in `rules.<code>`."""
    raw: dict[str, Any] = {"today": today.isoformat()}
    if code is not None:
        raw["select"] = [code]
        if settings:
            raw["rules"] = {code: {key.replace("_", "-"): value for key, value in settings.items()}}
    config = from_mapping(raw)
    return validate(parse(text, "advert.txt"), config)


def codes(text: str, code: str | None = None, **kwargs: Any) -> list[tuple[int, str, str]]:
    """(line, code, severity) of each problem."""
    return [(p.line, p.code, str(p.severity)) for p in problems(text, code, **kwargs)]


def fixed(text: str, code: str | None = None, *, unsafe: bool = False, **kwargs: Any) -> str:
    """The text with its problems' fixes applied once (for one rule, by code, or all), as one pass of --fix."""
    return fix(text, problems(text, code, **kwargs), unsafe=unsafe)


def assert_fixed(text: str, code: str, expected: str, *, unsafe: bool = False) -> None:
    """The rule's fix turns `text` into exactly `expected` (nothing else changes), its finding is gone,
    and fixing again changes nothing."""
    assert problems(text, code), "nothing to fix"
    once = fixed(text, code, unsafe=unsafe)
    assert once == expected
    assert [p for p in problems(once, code) if p.fix is not None and (p.fix.safe or unsafe)] == []
    assert fixed(once, code, unsafe=unsafe) == once
