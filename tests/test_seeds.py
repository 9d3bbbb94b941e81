"""The two seed adverts, checked field by field against the values a person read off them."""

from __future__ import annotations

import pytest

from jobparse import Advert, parse_file
from tests.conftest import FIXTURES

SEED_000 = FIXTURES / "seeds" / "000_b2fd4549ad324420.txt"
SEED_001 = FIXTURES / "seeds" / "001_b42898b21c46161e.txt"


@pytest.fixture(scope="module")
def senior_ot() -> Advert:
    adverts = parse_file(SEED_000)
    assert len(adverts) == 1
    return adverts[0]


@pytest.fixture(scope="module")
def ot_assistant() -> Advert:
    adverts = parse_file(SEED_001)
    assert len(adverts) == 1
    return adverts[0]


def test_seed_000_header_and_dates(senior_ot: Advert) -> None:
    assert senior_ot.title is not None and senior_ot.title.value == "Senior Occupational Therapist"
    assert senior_ot.closing_date is not None and senior_ot.closing_date.value == "2025-09-28"
    assert senior_ot.date_posted is not None and senior_ot.date_posted.value == "2025-09-12"
    start = senior_ot.start_date
    assert start is not None and (start.value, start.precision, start.source) == ("2026-03", "month", "text")


def test_seed_000_pay(senior_ot: Advert) -> None:
    assert senior_ot.pay_scheme is not None and senior_ot.pay_scheme.value == "Agenda for change"
    assert senior_ot.band is not None and (senior_ot.band.value, senior_ot.band.raw) == ("6", "Band 6")
    salary = senior_ot.salary
    assert salary is not None
    assert (salary.minimum, salary.maximum, salary.period, salary.currency) == (40617, 48778, "year", "GBP")
    assert salary.hcas_included is True and salary.pro_rata is False
    hcas = senior_ot.hcas
    assert hcas is not None and (hcas.rate_percent, hcas.minimum, hcas.maximum) == (5, 1303, 2198)


def test_seed_000_terms_and_places(senior_ot: Advert) -> None:
    assert senior_ot.contract is not None and senior_ot.contract.type == "permanent"
    assert senior_ot.working_pattern is not None and senior_ot.working_pattern.values == ("full-time",)
    assert senior_ot.reference is not None and senior_ot.reference.value == "380-AC0746"
    assert [location.postcode for location in senior_ot.locations] == ["DA2 6PB"]
    employer = senior_ot.employer
    assert employer is not None and employer.name is not None and employer.website is not None
    assert employer.name.value == "Kent & Medway NHS & Social Care Partnership Trust"
    assert employer.website.value == "https://www.kmpt.nhs.uk"
    assert len(senior_ot.main_duties) == 10


def test_seed_000_positions(senior_ot: Advert) -> None:
    assert senior_ot.position(senior_ot.title.span)["line"] == 1  # type: ignore[union-attr]
    assert senior_ot.position(senior_ot.closing_date.span)["line"] == 2  # type: ignore[union-attr]
    band = senior_ot.position(senior_ot.band.span)  # type: ignore[union-attr]
    assert (band["line"], band["column"]) == (35, 1)


def test_seed_001_fields(ot_assistant: Advert) -> None:
    assert ot_assistant.band is not None and ot_assistant.band.value == "3"
    salary = ot_assistant.salary
    assert salary is not None
    assert (salary.minimum, salary.maximum, salary.period, salary.hcas_included) == (26240, 27928, "year", True)
    assert salary.hcas_evidence is not None and "inclusive of High Cost Area" in salary.hcas_evidence.value
    assert ot_assistant.reference is not None and ot_assistant.reference.value == "380-AC0735"
    assert ot_assistant.date_posted is not None and ot_assistant.date_posted.value == "2025-11-10"
    assert ot_assistant.closing_date is not None and ot_assistant.closing_date.value == "2025-11-24"
    assert ot_assistant.start_date is not None and ot_assistant.start_date.value == "2026-03"
    assert ot_assistant.employer is not None and ot_assistant.employer.name is not None
    assert ot_assistant.employer.name.value == "Kent and Medway Mental Health NHS Trust"
    assert len(ot_assistant.main_duties) == 6
