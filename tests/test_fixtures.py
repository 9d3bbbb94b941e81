"""Hand-checked key fields of each synthetic fixture: one behaviour per fixture, named for it.

The golden files pin every field; these expectations were read off the adverts by a person, so a
golden file regenerated with a wrong value still fails here.
"""

from __future__ import annotations

from typing import Any

import pytest

from jobparse import parse_file
from tests.conftest import FIXTURES

ADVERTS = FIXTURES / "adverts"


def get(record: dict[str, Any], path: str) -> Any:
    """A value by dotted path ("salary.minimum", "locations.0.postcode", "main_duties.#")."""
    value: Any = record
    for part in path.split("."):
        if part == "#":
            return len(value)
        value = value[int(part)] if part.isdigit() else value[part]
        if value is None:
            return None
    return value


EXPECTED: dict[str, dict[str, Any]] = {
    "nhsjobs_basic": {
        "title.value": "Staff Nurse - Acute Medical Unit", "closing_date.value": "2025-12-14",
        "date_posted.value": "2025-12-01", "band.value": "5", "salary.minimum": 31049, "salary.maximum": 37796,
        "salary.hcas_included": None, "locations.0.postcode": "LB4 7QT", "locations.0.town": "Lowbridge",
        "employer.website.value": "https://www.riversidehealth.example.nhs.uk", "main_duties.#": 4,
    },
    "nhsjobs_employer_display_line": {
        "title.value": "Community Physiotherapist", "employer.display_name.value": "Northfield Community NHS Trust",
        "working_pattern.values": ["full-time", "part-time"],
    },
    "nhsjobs_starts_at_job_summary": {"title": None, "closing_date": None, "band.value": "3", "main_duties.#": 3},
    "nhsjobs_closing_date_passed": {"closed.source": "header", "closing_date": None, "date_posted.value": "2025-10-02"},
    "nhsjobs_closing_day_zero_padded": {"closing_date.value": "2026-01-04", "closing_date.precision": "day"},
    "nhsjobs_details_blank_lines": {
        "date_posted.value": "2025-12-15", "band.value": "4", "salary.maximum": 31157, "reference.value": "344-CC-0091",
        "locations.0.postcode": "AS5 6TR",
    },
    "nhsjobs_details_reordered_missing": {
        "pay_scheme": None, "date_posted": None, "contract": None, "salary.minimum": 25272, "salary.maximum": 25272,
        "reference.value": "120-WC-4456", "working_pattern.values": ["part-time"],
    },
    "nhsjobs_multiple_locations": {
        "locations.#": 3, "locations.1.postcode": "HW3 8LR", "locations.2.town": "Tilby",
        "working_pattern.values": ["full-time", "part-time", "job-share"],
    },
    "nhsjobs_decoy_summary_fields": {
        "band.value": "6", "band.source": "details", "salary.minimum": 38682, "closing_date.value": "2025-11-16",
        "closing_date.source": "header",
    },
    "nhsjobs_decoy_shortlisting_interview": {
        "closing_date.value": "2026-05-10", "contract.type": "fixed-term", "contract.duration.amount": 12,
        "contract.duration.unit": "month",
    },
    "nhsjobs_full_job_description": {
        "band.value": "8a", "sections.#": 12, "sections.7.id": "person-specification", "sections.8.id": "dbs",
        "employer.address.postcode": "CT1 2RL",
    },
    "nhsjobs_unrecognised_heading_kept": {"employer": None, "main_duties.#": 2},
    "salary_pro_rata_per_annum": {"salary.pro_rata": True, "salary.period": "year", "salary.minimum": 32073},
    "salary_hourly_bank": {"salary.minimum": 12.92, "salary.period": "hour", "contract.type": "bank"},
    "salary_pence_per_year": {"salary.minimum": 47810, "salary.maximum": 54710, "salary.period": "year"},
    "salary_equal_ends_fringe": {"salary.minimum": 25768, "salary.maximum": 25768, "salary.hcas_included": True},
    "salary_competitive_executive": {
        "salary.minimum": None, "salary.note": "competitive", "band.value": "Executive / VSM", "band.scheme": "other",
    },
    "salary_not_specified_figure_in_text": {
        "salary.minimum": 55690, "salary.maximum": 62682, "salary.source": "text", "band.value": "8a",
    },
    "salary_plus_fringe_terms": {
        "salary.hcas_included": False, "hcas.rate_percent": 5, "hcas.minimum": 1303, "hcas.maximum": 2198,
        "hcas.zone": "fringe", "hcas.source": "details",
    },
    "salary_exclusive_london_weighting": {"salary.hcas_included": False, "locations.0.town": "London"},
    "band_range_5_to_6": {"band.value": "5-6", "band.bands": ["5", "6"]},
    "band_b7_or_8a": {"band.value": "7-8a", "band.bands": ["7", "8a"], "locations.0.postcode": "RV2 2RW"},
    "band_slash_2_3": {"band.value": "2-3", "contract.type": "apprenticeship"},
    "grade_specialty_doctor": {"band.value": "Specialty Doctor", "band.scheme": "medical", "salary.maximum": 99216},
    "grade_local_appointment_mt04": {"band.value": "MT04", "band.scheme": "medical"},
    "contract_fixed_term_until_date": {
        "contract.type": "fixed-term", "contract.duration.amount": 18, "contract.until": "2027-03-31",
        "salary.pro_rata": True,
    },
    "contract_secondment": {"contract.type": "secondment", "contract.duration.amount": 6},
    "working_pattern_multiline": {"working_pattern.values": ["full-time", "part-time", "flexible-working"]},
    "bullets_mixed_markers": {"main_duties.#": 4, "main_duties.3.value": "Teach carers how to support transfers."},
    "duties_run_together": {"main_duties.#": 4, "main_duties.1.value": "Update contact details on the patient system."},
    "duties_numbered_with_continuation": {
        "main_duties.#": 3,
        "main_duties.0.value": "Give expert advice on isolation and outbreak management to clinical teams across the hospital.",
    },
    "trac_key_facts": {
        "title.value": "Community Mental Health Nurse", "pay_scheme.value": "NHS AfC", "band.value": "6",
        "closing_date.value": "2025-08-20", "closing_date.time": "23:59", "reference.value": "334-CLI-7180321",
        "employer.name.value": "Greystone Mental Health NHS Foundation Trust", "employer.type.value": "NHS",
        "locations.0.town": "Greystone", "working_pattern.hours_per_week": 37.5, "main_duties.#": 3,
    },
    "trac_dash_prefixed_labels": {
        "title.value": "Clinical Psychologist", "reference.value": "C&P-PSY/0425*", "band.value": "8a",
        # "(flexible across three days)" is a note on the hours, not a pattern the post offers.
        "working_pattern.values": ["part-time"], "working_pattern.hours_per_week": 22.5,
        "salary.pro_rata": True,
    },
    "trac_hourly_salary_period": {
        "salary.minimum": 16.47, "salary.period": "hour", "closing_date.value": "2026-01-26", "contract.type": "bank",
    },
    "findajob_table": {
        "date_posted.value": "2025-10-14", "closing_date.value": "2025-10-28", "contract.type": "permanent",
        "employer.name.value": "Pennine Vale Community Healthcare NHS Trust", "locations.0.postcode": "HV7 2PW",
        "reference.value": "PV-HCA-1014",
    },
    "scotland_band_salary_one_line": {
        "band.value": "7", "salary.minimum": 50935, "salary.maximum": 59244, "reference.value": "GLN/ICU/2025/114",
        "employer.name.value": "NHS Glenmore Health Board", "locations.0.postcode": "IV9 8GR",
    },
    "dates_ordinal_and_abbreviated": {"date_posted.value": "2025-09-28", "closing_date.value": "2026-09-15"},
    "start_date_labelled_in_prose": {"start_date.value": "2026-01-06", "start_date.precision": "day", "start_date.source": "text"},
    "artefacts_crlf_bom_nbsp": {"title.value": "Medical Secretary", "salary.minimum": 28392, "reference.value": "510-SEC-1227"},
    "artefacts_cp1252_pound": {"salary.minimum": 28392, "salary.raw": "£28,392 to £31,157 a year"},
    "artefacts_old_mac_line_endings": {"reference.value": "510-SEC-1229", "locations.0.postcode": "HT2 4BH"},
    "artefacts_truncated_mid_word": {"employer.name.value": "Brambleton and Ley Hospitals NHS Tr"},
    "details_value_on_two_lines": {
        "salary.minimum": 33677, "salary.maximum": 40995, "salary.pro_rata": True, "salary.hcas_included": True,
        "salary.hcas_evidence.source": "details", "contract.type": "permanent", "reference.value": "255-OT-0406",
    },
}  # fmt: skip

MULTI: dict[str, list[dict[str, Any]]] = {
    "multi_advert_dump": [
        {"title.value": "Porter", "reference.value": "101-POR-0922"},
        {"title.value": "Sterile Services Technician", "employer.display_name.value": "Hollyfield Hospitals NHS Trust"},
        {"title.value": "Discharge Coordinator", "contract.type": "fixed-term"},
    ],
    "multi_advert_separator": [
        {"title.value": "Cardiac Physiologist", "band.value": "5"},
        {"title.value": "Audiologist", "band.value": "6"},
    ],
}


def test_every_fixture_has_expectations() -> None:
    names = {path.stem for path in ADVERTS.glob("*.txt")}
    assert names == set(EXPECTED) | set(MULTI)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_single_advert_fixture(name: str) -> None:
    adverts = parse_file(ADVERTS / f"{name}.txt")
    assert len(adverts) == 1
    record = adverts[0].to_dict()
    for path, expected in EXPECTED[name].items():
        assert get(record, path) == expected, path


@pytest.mark.parametrize("name", sorted(MULTI))
def test_multi_advert_fixture(name: str) -> None:
    adverts = parse_file(ADVERTS / f"{name}.txt")
    assert len(adverts) == len(MULTI[name])
    for advert, expected in zip(adverts, MULTI[name], strict=True):
        record = advert.to_dict()
        assert record["index"] == advert.index
        for path, value in expected.items():
            assert get(record, path) == value, path
