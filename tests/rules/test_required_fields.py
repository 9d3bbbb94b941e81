"""JP301 required-fields."""

import pytest

from jobparse.config import from_mapping
from jobparse.errors import ConfigError
from tests.rules.helpers import CLEAN, codes, problems, variant


def test_pass() -> None:
    assert codes(CLEAN, "JP301") == []


def test_fail_missing_reference() -> None:
    (problem,) = problems(variant(("Reference number\n412-RGH-5521\n", "")), "JP301")
    assert (problem.line, str(problem.severity), problem.message) == (1, "error", "the advert has no reference")


def test_option_fields() -> None:
    text = variant(("Reference number\n412-RGH-5521\n", ""))
    assert codes(text, "JP301", fields=["title", "closing_date"]) == []
    assert codes(CLEAN, "JP301", fields=["hcas"]) == [(1, "JP301", "error")]


def test_unknown_field_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="unknown field"):
        from_mapping({"rules": {"JP301": {"fields": ["salary_band"]}}})


TRAC = """\
Job summary
- Main area
- Occupational Therapy
- Grade
- NHS AfC: Band 6
- Contract
- Permanent
- Hours
- Full time - 37.5 hours per week
- Job ref
- 380-OT-0412
- Employer
- Riverside Health NHS Foundation Trust
- Employer type
- NHS
- Site
- Riverside General Hospital
- Town
- Lowbridge
- Salary
- £38,682 - £46,580 per annum
- Salary period
- Yearly
- Closing
- 28/09/2025 23:59

Employer heading

Riverside Health NHS Foundation Trust logo

Occupational Therapist

NHS AfC: Band 6

Job overview
We are looking for an occupational therapist to join our community team in Lowbridge.
Main duties of the job
You will assess and treat adults at home and in clinic.
"""


def test_trac_pages_print_no_date_posted() -> None:
    assert "date posted" not in " ".join(p.message for p in problems(TRAC, "JP301"))


def test_draft_profile_expects_no_date_posted_or_reference() -> None:
    text = variant(("Date posted\n12 September 2025\n", ""), ("Reference number\n412-RGH-5521\n", ""))
    assert [p.message for p in problems(text, "JP301")] == [
        "the advert has no date posted",
        "the advert has no reference",
    ]
    config = from_mapping({"today": "2025-09-01", "select": ["JP301"], "profile": "draft"})
    from jobparse import parse
    from jobparse.validator import validate

    assert validate(parse(text), config) == []


def test_the_band_names_the_pay_scheme() -> None:
    assert codes(variant(("Pay scheme\nAgenda for change\n", "")), "JP301") == []
