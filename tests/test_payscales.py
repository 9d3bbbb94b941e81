"""The packaged pay data: well formed, transcribed as the reference gives it, and our HCAS maths reproduces its tables."""

from __future__ import annotations

import datetime as dt
import itertools
import math

import pytest

from jobparse.payscales import (
    AFC_BANDS,
    AT_MOST_WARNING,
    CONFIDENCE,
    NATIONS,
    expected,
    load,
    load_medical,
    pay_year_name,
    shift_year,
)
from jobparse.values.bands import parse_band


@pytest.mark.parametrize("nation", NATIONS)
def test_data_is_well_formed(nation: str) -> None:
    scales = load(nation)
    assert scales.years
    for year in scales.years.values():
        assert [band for band in AFC_BANDS if band in year.bands] == list(year.bands), f"{year.name}: bands in order"
        assert set(year.bands) | set(year.missing_bands) == set(AFC_BANDS), f"{year.name}: every band, or why not"
        assert not set(year.bands) & set(year.missing_bands), year.name
        lowest = 0
        for band, points in year.bands.items():
            assert all(a < b for a, b in itertools.pairwise(points)), f"{year.name} band {band}: increasing"
            assert points[0] >= lowest, f"{year.name} band {band}: does not start below the band before"
            lowest = points[0]
            assert len(year.point_confidence[band]) == len(points), f"{year.name} band {band}: a label per point"
            assert set(year.point_confidence[band]) <= set(CONFIDENCE)
        for band, points in year.alt_bands.items():
            assert all(a < b for a, b in itertools.pairwise(points)), f"{year.name} alt band {band}"
        for zone, hcas in year.hcas.items():
            assert 0 < hcas.minimum < hcas.maximum, f"{year.name} {zone}"
            assert hcas.confidence in CONFIDENCE
        assert year.effective_from.month == 4 and year.effective_from.day == 1
        assert year.effective_from <= year.first_in_pay or "first_in_pay" in year.unknown
        assert year.sources


def test_england_years_follow_each_other() -> None:
    names = list(load("england").years)
    assert names[0] == "2018-19" and names[-1] == "2026-27"
    assert all(shift_year(a, 1) == b for a, b in itertools.pairwise(names))


# Figures typed from shared/reference/pay-history.md 2.1-2.4 (2018/19 to 2022/23) and afc-pay.md 2:
# each band's entry, top and (where it has one) a middle point.
@pytest.mark.parametrize(
    ("year", "band", "entry", "middle", "top"),
    [
        ("2018-19", "1", 17460, None, 17460),
        ("2018-19", "3", 17787, 19122, 20448),
        ("2019-20", "2", 17652, 17983, 19020),
        ("2019-20", "3", 18813, 19332, 20795),  # top derived (the source is cut off at "£20,7..")
        ("2020-21", "4", 21892, None, 24157),
        ("2020-21", "5", 24907, 27416, 30615),
        ("2020-21", "6", 31365, 33176, 37890),
        ("2020-21", "8d", 75914, None, 87754),  # not 95,135 (2022/23 Band 9's entry)
        ("2020-21", "9", 91004, None, 104927),
        ("2021-22", "2", 18546, None, 19918),
        ("2021-22", "7", 40057, 42121, 45839),
        ("2021-22", "8c", 65664, None, 75874),
        ("2022-23", "1", 20270, None, 20270),
        ("2022-23", "5", 27055, 29180, 32934),
        ("2022-23", "7", 41659, 43806, 47672),
        ("2022-23", "9", 95135, None, 109475),
        ("2023-24", "6", 35392, 37350, 42618),
        ("2026-27", "8d", 94356, 100140, 108814),
    ],
)
def test_england_points_as_the_reference_gives_them(
    year: str, band: str, entry: int, middle: int | None, top: int
) -> None:
    points = load("england").years[year].bands[band]
    assert (points[0], points[-1]) == (entry, top)
    assert middle is None or middle in points[1:-1]


# Figures typed from pay-history.md 6.1-6.2 and afc-pay.md 5.1-5.2.
@pytest.mark.parametrize(
    ("nation", "year", "band", "entry", "middle", "top"),
    [
        ("scotland", "2023-24", "1", 23240, None, 23240),
        ("scotland", "2023-24", "5", 30229, 32300, 37664),
        ("scotland", "2023-24", "8c", 79466, None, 85181),
        ("scotland", "2024-25", "7", 48788, 50651, 56747),
        ("scotland", "2024-25", "8d", 99534, None, 103795),  # derived_only
        ("scotland", "2025-26", "6", 41668, None, 50775),
        ("scotland", "2026-27", "6", 43231, 45135, 52679),
        ("scotland", "2026-27", "9", 127521, None, 133044),
        ("wales", "2024-25", "5", 30420, 32811, 37031),
        ("wales", "2024-25", "9", 106967, 113416, 123092),
        ("wales", "2025-26", "7", 48527, 51028, 55532),
        ("wales", "2026-27", "3", 26300, None, 27890),
        ("wales", "2026-27", "8c", 80698, 85611, 92984),
        ("northern-ireland", "2025-26", "6", 38682, 40823, 46580),
        ("northern-ireland", "2025-26", "1", 24465, None, 24465),
        ("northern-ireland", "2024-25", "8a", 53755, 56454, 60504),  # England's, as a fallback
        ("northern-ireland", "2020-21", "5", 24907, 26970, 30615),
    ],
)
def test_devolved_points_as_the_reference_gives_them(
    nation: str, year: str, band: str, entry: int, middle: int | None, top: int
) -> None:
    points = load(nation).years[year].bands[band]
    assert (points[0], points[-1]) == (entry, top)
    assert middle is None or middle in points[1:-1]


def test_devolved_years_and_their_weeks() -> None:
    scotland, wales = load("scotland"), load("wales")
    assert list(scotland.years) == ["2023-24", "2024-25", "2025-26", "2026-27"]
    assert [scotland.years[name].hours_per_week for name in scotland.years] == [None, 37, 37, 36]
    assert scotland.hours_per_year_in("2026-27") == pytest.approx(36 * 365 / 7)
    assert scotland.hours_per_year_in("2024-25") == pytest.approx(37 * 365 / 7)
    assert set(scotland.years["2023-24"].missing_bands) == {"8d", "9"}
    assert scotland.years["2024-25"].confidence["8d"] == "derived_only"
    assert scotland.years["2024-25"].confidence["8c"] == "one_source_plus_arithmetic"
    assert scotland.years["2026-27"].alt_bands["1"] == (26519,)  # the superseded pre-revision table
    assert list(wales.years) == ["2024-25", "2025-26", "2026-27"] and "2023-24" in wales.missing_years
    assert wales.years["2024-25"].point_confidence["5"] == (
        "one_source_plus_arithmetic",
        "derived_only",
        "derived_only",
    )
    assert (
        wales.years["2024-25"].confidence["6"] == "derived_only"
        and wales.years["2025-26"].confidence["7"] == "confirmed"
    )
    assert all(
        not year.hcas for nation in ("scotland", "wales", "northern-ireland") for year in load(nation).years.values()
    )


def test_northern_ireland_marks_the_years_it_takes_from_england() -> None:
    ni, england = load("northern-ireland"), load("england")
    fallbacks = {name for name, year in ni.years.items() if year.fallback_from == "england"}
    assert fallbacks == {"2019-20", "2020-21", "2023-24", "2024-25", "2026-27"}
    assert ni.years["2025-26"].fallback_from is None and ni.years["2025-26"].sources == ("S13",)
    for name in fallbacks:
        assert ni.years[name].bands == england.years[name].bands, name
        assert not ni.years[name].hcas and ni.rates == {}
    # A figure is no more certain as NI's pay than the statement that NI pays it.
    assert (
        england.years["2024-25"].confidence["5"] == "confirmed" and ni.years["2024-25"].confidence["5"] == "one_source"
    )
    assert ni.years["2020-21"].confidence["6"] == "derived_only"
    # NI's own dates: the 2020 award reached pay in May 2020, England's in April.
    assert ni.years["2020-21"].first_in_pay == dt.date(2020, 5, 1) != england.years["2020-21"].first_in_pay
    late = ni.years["2026-27"]
    assert not late.implemented and late.year_confidence == "unconfirmed" and late.first_in_pay == dt.date(2026, 7, 16)
    assert england.years["2026-27"].implemented
    assert {"2018-19", "2021-22", "2022-23"} == set(ni.missing_years)


@pytest.mark.parametrize(
    ("year", "zone", "minimum", "maximum"),
    [
        ("2018-19", "inner-london", 4326, 6663),
        ("2018-19", "fringe", 1000, 1733),
        ("2019-20", "outer-london", 3722, 4743),
        ("2020-21", "inner-london", 4473, 6890),
        ("2020-21", "outer-london", 3784, 4822),
        ("2020-21", "fringe", 1034, 1791),
        ("2021-22", "inner-london", 4608, 7097),
        ("2021-22", "fringe", 1066, 1845),
        ("2022-23", "outer-london", 4108, 5177),
    ],
)
def test_hcas_limits_as_the_reference_gives_them(year: str, zone: str, minimum: int, maximum: int) -> None:
    hcas = load("england").years[year].hcas[zone]
    assert (hcas.minimum, hcas.maximum) == (minimum, maximum)


def test_earlier_years_lack_what_the_reference_lacks() -> None:
    years = load("england").years
    assert list(years["2018-19"].bands) == ["1", "2", "3"]
    assert set(years["2019-20"].missing_bands) == {"4", "5", "6", "7", "8a", "8b", "8c", "8d", "9"}
    assert "missing" in years["2018-19"].missing_bands["6"]
    assert "transitional points" in years["2020-21"].partial_bands["6"]
    # 2019/20 Band 3's top is 20,795 or 20,796: the other is kept as an alternative.
    assert years["2019-20"].alt_bands["3"][-1] == 20796
    assert years["2021-22"].hcas["fringe"].alternatives == ((1065, 1845),)
    # Implementation months the reference could not find: the earliest possible date stands in.
    assert "first_in_pay" in years["2021-22"].unknown and years["2021-22"].first_in_pay == dt.date(2021, 7, 29)
    assert "first_in_pay" not in years["2020-21"].unknown and years["2020-21"].first_in_pay == dt.date(2020, 4, 1)
    assert years["2023-24"].announced == dt.date(2023, 5, 2)


def test_confidence_is_exposed_per_year_band_and_point() -> None:
    years = load("england").years
    assert years["2018-19"].year_confidence == "one_source"
    assert years["2020-21"].confidence["1"] == "confirmed"
    assert years["2020-21"].confidence["6"] == "derived_only"
    assert years["2020-21"].point_confidence["6"] == ("one_source_plus_arithmetic", "derived_only", "derived_only")
    assert years["2020-21"].confidence_of("8a", 45753) == "one_source_plus_arithmetic"
    assert years["2020-21"].confidence_of("8a", 51668) == "derived_only"
    assert years["2021-22"].confidence["9"] == "derived_only" and years["2021-22"].confidence["7"] == "confirmed"
    assert years["2022-23"].confidence["1"] == "derived_only" and years["2022-23"].confidence["2"] != "derived_only"
    assert years["2021-22"].hcas["outer-london"].confidence == "derived_only"
    # With a supplement, a figure is as certain as the less certain of its point and the HCAS terms.
    assert years["2021-22"].confidence_of("5", 25655 + 3898, "outer-london") == "derived_only"
    assert years["2025-26"].confidence_of("5", 31049, "fringe") == "confirmed"
    assert (
        years["2023-24"].confidence["9"] == "one_source_plus_arithmetic"
        and years["2023-24"].confidence["8a"] == "confirmed"
    )
    assert {"derived_only", "unconfirmed"} == AT_MOST_WARNING


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
    ("band", "zone", "low", "high"),
    [
        # pay-history.md 5: the 2020/21 inclusive ranges, unrounded.
        ("3", "fringe", 20771, 22199.10),
        ("4", "fringe", 22986.60, 25364.85),
        ("5", "inner-london", 29888.40, 36738),
        ("6", "outer-london", 36069.75, 42712),
        ("8d", "outer-london", 80736, 92576),
        ("9", "inner-london", 97894, 111817),
    ],
)
def test_hcas_maths_matches_the_2020_21_table(band: str, zone: str, low: float, high: float) -> None:
    found = expected(load("england").years["2020-21"], (band,), zone)
    assert found is not None
    assert (found.low, found.high) == pytest.approx((low, high), abs=0.005)


@pytest.mark.parametrize(
    ("band", "point", "printed"),
    [
        # NHS Employers' 2021/22 inner London inclusive table, as pay-history.md 0.5 and 2.3 quote it:
        # the supplement rounded up to the pound.
        ("1", 0, 23154),
        ("4", -1, 29859),
        ("6", 0, 38768),
        ("8a", -1, 60316),
        ("8b", 0, 61861),
        ("8b", -1, 70959),
        ("8c", 0, 72761),
        ("8c", -1, 82971),
    ],
)
def test_hcas_maths_matches_nhs_employers_2021_22_table(band: str, point: int, printed: int) -> None:
    found = expected(load("england").years["2021-22"], (band,), "inner-london")
    assert found is not None
    assert math.ceil(found.points[point] - 1e-9) == printed


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


# Medical and dental pay: figures typed from pay-history.md 7.2-7.5 and afc-pay.md 6.
@pytest.mark.parametrize(
    ("nation", "year", "grade", "first", "middle", "last"),
    [
        ("england", "2018-19", "Consultant", 77913, 87665, 105042),
        ("england", "2019-20", "Consultant", 79860, 95795, 107668),
        ("england", "2020-21", "Consultant", 82096, 92372, 110683),
        ("england", "2021-22", "Consultant", 84559, 95143, 114003),  # derived_only
        ("england", "2022-23", "Consultant", 88364, 99425, 119134),  # derived_only
        ("england", "2023-24", "Consultant", 99532, 108390, 131964),
        ("england", "2024-25", "Consultant", 105504, 114894, 139882),
        ("england", "2025-26", "Consultant", 109725, 119490, 145478),
        ("england", "2026-27", "Consultant", 113565, 123672, 150569),
        ("england", "2018-19", "Specialty Doctor", 39060, 55762, 72840),
        ("england", "2019-20", "Specialty Doctor", 40037, 57156, 74661),
        ("england", "2022-23", "Specialty Doctor", 50373, 64237, 78759),
        ("england", "2023-24", "Specialty Doctor", 52530, 67465, 82400),
        ("england", "2024-25", "Specialty Doctor", 59175, 75998, 95400),
        ("england", "2025-26", "Specialty Doctor", 61542, 79038, 99216),
        ("england", "2026-27", "Specialty Doctor", 63696, 81804, 102689),
        ("england", "2018-19", "Associate Specialist", 54764, 76508, 90147),
        ("england", "2019-20", "Associate Specialist", 56133, 78421, 92401),
        ("england", "2022-23", "Specialist", 80693, 86139, 91584),
        ("england", "2023-24", "Specialist", 83945, 89610, 95275),
        ("england", "2024-25", "Specialist", 96990, 100784, 107154),
        ("england", "2025-26", "Specialist", 100870, 104816, 111441),
        ("england", "2026-27", "Specialist", 104401, 108484, 115341),
        ("northern-ireland", "2025-26", "Specialty Doctor", 61542, 79038, 99216),
        ("northern-ireland", "2025-26", "Specialist", 100870, 104816, 111442),
        ("wales", "2025-26", "Specialist", 100870, 104816, 111442),
    ],
)
def test_medical_grades_as_the_reference_gives_them(
    nation: str, year: str, grade: str, first: int, middle: int, last: int
) -> None:
    points = load_medical(nation).years[year].grades[grade].points
    assert (points[0], points[-1]) == (first, last)
    assert middle in points[1:-1]


@pytest.mark.parametrize(
    ("year", "grade", "figure"),
    [
        ("2018-19", "FY1", 27146),
        ("2018-19", "ST8", 47132),  # nodal point 4 until 2020/21
        ("2019-20", "FY2", 32050),
        ("2020-21", "ST6", 49036),
        ("2020-21", "MT01", 28243),
        ("2021-22", "ST6", 53077),  # nodal point 5 from 2021/22
        ("2021-22", "ST5", 50017),
        ("2022-23", "MT05", 58398),
        ("2022-23", "CT1", 40257),
        ("2023-24", "FY1", 32398),
        ("2024-25", "ST8", 70425),  # derived_only
        ("2025-26", "CT3", 65048),
        ("2025-26", "ST6", 73992),
        ("2026-27", "FY1", 41226),
        ("2026-27", "CT2", 55355),  # 3b
        ("2026-27", "ST5", 67998),  # 4c
        ("2026-27", "ST7", 77348),  # 5b
        ("2026-27", "MT06", 55355),
        ("2026-27", "MT05", 76582),  # 5a: MT codes interleave with the new points
        ("2026-27", "MT10", 77348),
    ],
)
def test_resident_grades_and_mt_codes_are_paid_their_nodal_point(year: str, grade: str, figure: int) -> None:
    assert load_medical().years[year].grades[grade].points == (figure,)


def test_medical_data_is_well_formed() -> None:
    for nation in NATIONS:
        for year in load_medical(nation).years.values():
            assert year.effective_from.day == 1 and year.sources
            for pay in year.grades.values():
                assert all(a < b for a, b in itertools.pairwise(pay.points)), f"{year.name} {pay.grade}: increasing"
                assert len(pay.labels) == len(pay.points) == len(pay.confidence)
                assert set(pay.confidence) | {alt.confidence for alt in pay.alternatives} <= set(CONFIDENCE)
            assert not set(year.grades) & set(year.missing), year.name
            values = list(year.nodal_points.values())
            assert values == sorted(values), f"{year.name}: nodal points rise"
    england = load_medical().years
    assert list(england) == [f"{start}-{(start + 1) % 100:02d}" for start in range(2018, 2027)]
    # Local codes: MT01-MT04 from 2018, MT05 from 2021/22, MT06-MT10 only with the 2026/27 re-cut.
    assert "MT05" not in england["2020-21"].grades and "MT05" in england["2021-22"].grades
    assert "MT06" not in england["2025-26"].grades and "MT10" in england["2026-27"].grades
    assert england["2025-26"].grades["MT03"].local and not england["2025-26"].grades["CT1"].local
    assert england["2025-26"].grades["FY1"].hours_per_week == 40
    assert england["2018-19"].effective_from == dt.date(2018, 10, 1)
    assert "Associate Specialist" in england["2021-22"].missing and "Specialist" in england["2021-22"].missing


def test_medical_confidence_and_alternatives_are_exposed() -> None:
    england = load_medical().years
    assert england["2021-22"].grades["Consultant"].weakest == "derived_only"
    assert england["2019-20"].confidence_of("Consultant") == "confirmed"
    assert england["2024-25"].confidence_of("FY1") == "derived_only"
    assert england["2025-26"].confidence_of("FY1") == "confirmed"
    # The pre-reform 2023/24 consultant range, and nodal point 5 raised from 1 October 2021.
    assert [alt.value for alt in england["2023-24"].grades["Consultant"].alternatives] == [93666, 126281]
    assert england["2023-24"].confidence_of("Consultant", 93666) == "one_source_plus_arithmetic"
    assert england["2021-22"].confidence_of("ST7", 56077) == "one_source"
    assert england["2021-22"].confidence_of("ST7", 53077) == "confirmed"
    # 2026/27: PC(M&D) 1/2026R's five points, superseded by R2, stay as alternatives.
    assert [alt.value for alt in england["2026-27"].grades["CT2"].alternatives] == [54499]
    assert [alt.value for alt in england["2018-19"].grades["FY1"].alternatives] == [26614]  # 2017/18, until October
    assert load_medical("scotland").years["2025-26"].grades["Specialist"].partial


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Consultant in Acute Medicine", "2025-26"),
        ("Specialty Doctor", "2025-26"),
        ("Specialist (2021 contract)", "2025-26"),
        ("Associate Specialist", "2019-20"),
        ("FY1", "2025-26"),
        ("CT2", "2025-26"),
        ("ST6", "2025-26"),
        ("Nodal point 3", "2025-26"),
        ("MT05", "2022-23"),
    ],
)
def test_medical_grades_are_named_as_the_parser_writes_them(text: str, year: str) -> None:
    grade = parse_band(text).value
    assert grade is not None and grade in load_medical().years[year].grades
