"""The packaged pay data: well formed, and our HCAS maths reproduces the reference's tables."""

from __future__ import annotations

import datetime as dt

import pytest

from jobparse.payscales import NATIONS, expected, load, pay_year_name

AFC_BANDS = ["1", "2", "3", "4", "5", "6", "7", "8a", "8b", "8c", "8d", "9"]


@pytest.mark.parametrize("nation", NATIONS)
def test_data_is_well_formed(nation: str) -> None:
    scales = load(nation)
    assert scales.years
    for year in scales.years.values():
        assert list(year.bands) == AFC_BANDS, f"{year.name}: every band, in order"
        lowest = 0
        for band, points in year.bands.items():
            assert list(points) == sorted(points), f"{year.name} band {band}: points ascending"
            assert points[0] >= lowest, f"{year.name} band {band}: does not start below the band before"
            lowest = points[0]
        for zone, hcas in year.hcas.items():
            assert 0 < hcas.minimum < hcas.maximum, f"{year.name} {zone}"
        assert year.effective_from.month == 4 and year.effective_from.day == 1
        assert year.sources


def test_years_follow_each_other() -> None:
    names = list(load("england").years)
    assert names == ["2023-24", "2024-25", "2025-26", "2026-27"]


@pytest.mark.parametrize(
    ("year", "band", "zone", "low", "high"),
    [
        # Figures from the reference's computed HCAS-inclusive tables (shared/reference/afc-pay.md 3.2).
        ("2025-26", "5", "inner-london", 37259, 45355),
        ("2025-26", "8a", "inner-london", 64156, 71148),
        ("2025-26", "6", "fringe", 40616, 48778),
        ("2025-26", "3", "fringe", 26240, 27928),
        ("2025-26", "9", "fringe", 111377, 127835),
        ("2026-27", "3", "outer-london", 30630, 32346),
        ("2026-27", "7", "inner-london", 58133, 65261),
        ("2024-25", "7", "fringe", 48270, 54931),
        ("2025-26", "6", None, 38682, 46580),
    ],
)
def test_hcas_maths_matches_the_reference(year: str, band: str, zone: str | None, low: int, high: int) -> None:
    found = expected(load("england").years[year], (band,), zone)
    assert found is not None
    assert (round(found.low), round(found.high)) == (low, high)


@pytest.mark.parametrize(
    ("day", "name"),
    [(dt.date(2025, 3, 31), "2024-25"), (dt.date(2025, 4, 1), "2025-26"), (dt.date(2026, 1, 15), "2025-26")],
)
def test_pay_year_starts_on_1_april(day: dt.date, name: str) -> None:
    assert pay_year_name(day) == name


def test_zone_for_rate() -> None:
    scales = load("england")
    assert (scales.zone_for_rate(5), scales.zone_for_rate(20), scales.zone_for_rate(7)) == (
        "fringe",
        "inner-london",
        None,
    )
    assert load("scotland").zone_for_rate(5) is None
