"""schema.org JobPosting JSON-LD: the properties Google requires and recommends, with correct values."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from jobparse import parse_file
from jobparse.cli import app
from jobparse.jsonld import RECOMMENDED, REQUIRED, employment_types, job_posting
from tests.conftest import FIXTURES

SEEDS = sorted((FIXTURES / "seeds").glob("*.txt"))


def postings(*paths: object) -> list[dict]:
    result = CliRunner().invoke(app, ["extract", *map(str, paths), "--format", "jsonld"])
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def test_seeds_have_every_required_and_recommended_property() -> None:
    for posting in postings(*SEEDS):
        assert posting["@context"] == "https://schema.org" and posting["@type"] == "JobPosting"
        for name in (*REQUIRED, *RECOMMENDED):
            assert posting.get(name), name


def test_seed_values() -> None:
    senior, assistant = postings(*SEEDS)
    assert senior["title"] == "Senior Occupational Therapist"
    assert senior["datePosted"] == "2025-09-12" and senior["validThrough"] == "2025-09-28T23:59:00"
    assert senior["jobStartDate"] == "2026-03"
    assert senior["baseSalary"] == {
        "@type": "MonetaryAmount",
        "currency": "GBP",
        "value": {"@type": "QuantitativeValue", "minValue": 40617, "maxValue": 48778, "unitText": "YEAR"},
    }
    assert (
        assistant["baseSalary"]["value"]["minValue"] == 26240 and assistant["baseSalary"]["value"]["maxValue"] == 27928
    )
    assert senior["hiringOrganization"] == {
        "@type": "Organization",
        "name": "Kent & Medway NHS & Social Care Partnership Trust",
        "sameAs": "https://www.kmpt.nhs.uk",
    }
    address = senior["jobLocation"]["address"]
    assert (address["postalCode"], address["addressLocality"], address["addressCountry"]) == (
        "DA2 6PB",
        "Dartford",
        "GB",
    )
    assert senior["employmentType"] == "FULL_TIME"
    assert senior["identifier"]["value"] == "380-AC0746"
    assert "<h2>Main duties of the job</h2><ul><li>" in senior["description"]
    assert "<script" not in senior["description"]


@pytest.mark.parametrize(
    ("fixture", "expected"),
    [
        ("salary_hourly_bank", ["PER_DIEM"]),
        ("contract_fixed_term_until_date", ["PART_TIME", "TEMPORARY"]),
        ("nhsjobs_employer_display_line", ["FULL_TIME", "PART_TIME"]),
    ],
)
def test_employment_types(fixture: str, expected: list[str]) -> None:
    (advert,) = parse_file(FIXTURES / "adverts" / f"{fixture}.txt")
    assert employment_types(advert) == expected


def test_hourly_salary_unit_and_html_escaping() -> None:
    (advert,) = parse_file(FIXTURES / "adverts" / "salary_hourly_bank.txt")
    posting = job_posting(advert)
    assert posting["baseSalary"]["value"]["unitText"] == "HOUR" and posting["baseSalary"]["value"]["minValue"] == 12.92
    from jobparse import parse

    escaped = job_posting(parse("Nurse\nJob summary\nPay <b>&</b> conditions\nDetails\nBand\nBand 5\n"))
    assert "Pay &lt;b&gt;&amp;&lt;/b&gt; conditions" in escaped["description"]


def test_validate_reports_what_the_export_lacks() -> None:
    result = CliRunner().invoke(
        app,
        [
            "validate",
            str(FIXTURES / "adverts" / "trac_key_facts.txt"),
            "--select",
            "jobposting",
            "-f",
            "json",
            "--today",
            "2025-08-01",
        ],
    )
    problems = json.loads(result.stdout)["files"][0]["problems"]
    assert [p["code"] for p in problems] == ["JP501"] and "datePosted" in problems[0]["message"]
    assert result.exit_code == 1
