"""JP307 employer-name-across-run: the Run index over sightings of several adverts."""

import pytest

from jobparse import parse
from jobparse.rules.employer_name_across_run import Run, reference_prefix, sighting
from tests.rules.helpers import CLEAN, variant


def _advert(name: str, reference: str, postcode: str = "LB4 7QT", path: str = "a.txt"):  # type: ignore[no-untyped-def]
    text = variant(
        ("Employer name\nRiverside Health NHS Foundation Trust", f"Employer name\n{name}"),
        ("412-RGH-5521", reference),
        ("LB4 7QT", postcode),
    )
    return parse(text, path)


@pytest.mark.parametrize(
    ("reference", "prefix"),
    [("380-AC0746", "380-AC"), ("C9412-MED-0871", "C9412-MED-"), ("004417", None), ("456-XYZ-1234567*", None)],
)
def test_reference_prefix(reference: str, prefix: str | None) -> None:
    assert reference_prefix(reference) == prefix


def test_two_names_for_one_unit_reported_once_at_the_later_advert() -> None:
    run = Run()
    first = sighting(_advert("Kent & Medway NHS & Social Care Partnership Trust", "380-AC0746", path="one.txt"))
    second = sighting(_advert("Kent and Medway Mental Health NHS Trust", "380-AC0735", path="two.txt"))
    third = sighting(_advert("Kent and Medway Mental Health NHS Trust", "380-AC0799", path="three.txt"))
    assert first and second and third
    assert run.add(first) == []
    ((where, message),) = run.add(second)
    assert where.path == "two.txt" and where.line == 34
    assert "in one.txt" in message and "reference prefix 380-AC, site LB4 7QT" in message
    assert run.add(third) == []  # the same pair of names: said once for the run


def test_same_name_written_short_or_with_ampersand_is_not_reported() -> None:
    run = Run()
    run.add(sighting(_advert("Riverside Health NHS Foundation Trust", "412-RGH-5521")))  # type: ignore[arg-type]
    assert run.add(sighting(_advert("Riverside Health NHSFT", "412-RGH-5530"))) == []  # type: ignore[arg-type]


def test_other_site_under_the_same_prefix_is_not_the_same_unit() -> None:
    run = Run()
    run.add(sighting(_advert("Riverside Health NHS Foundation Trust", "412-RGH-5521")))  # type: ignore[arg-type]
    other = sighting(_advert("Hillside Community NHS Trust", "412-RGH-5530", postcode="HS1 2AB"))
    assert run.add(other) == []  # type: ignore[arg-type]


def test_clean_advert_has_a_sighting() -> None:
    found = sighting(parse(CLEAN, "a.txt"))
    assert found is not None and found.prefix == "412-RGH-" and found.postcodes == {"LB4 7QT"}


def test_a_long_run_of_one_unit_keeps_one_entry_per_name() -> None:
    run = Run()
    one = sighting(_advert("Riverside Health NHS Foundation Trust", "412-RGH-5521"))
    assert one is not None
    for _ in range(1000):
        run.add(one)
    assert len(run.by_prefix["412-RGH-"]) == 1
