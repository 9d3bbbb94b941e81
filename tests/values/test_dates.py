"""find_date: the date formats adverts use, at the precision they give."""

from __future__ import annotations

import pytest

from jobparse.values.dates import find_date


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("28 September 2025", "2025-09-28", "day"),
        ("The closing date is 4 March 2026", "2026-03-04", "day"),
        ("The closing date is 04 January 2026", "2026-01-04", "day"),
        ("15th September 2025", "2025-09-15", "day"),
        ("1st of May 2026", "2026-05-01", "day"),
        ("28 Sep 2025", "2025-09-28", "day"),
        ("28 Sept. 2025", "2025-09-28", "day"),
        ("Friday 28 September 2025", "2025-09-28", "day"),
        ("September 28, 2025", "2025-09-28", "day"),
        ("28/09/2025", "2025-09-28", "day"),
        ("26.01.26", "2026-01-26", "day"),
        ("2025-09-28", "2025-09-28", "day"),
        ("3-2-2026", "2026-02-03", "day"),
        ("the start date for this post will be March 2026", "2026-03", "month"),
        ("from January, 2027", "2027-01", "month"),
        ("2026-04", "2026-04", "month"),  # a whole value: how extract's JSON-LD writes a month
    ],
)
def test_formats(text: str, value: str, precision: str) -> None:
    found = find_date(text)
    assert found is not None
    assert (found.value, found.precision) == (value, precision)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "no date here",
        "31 February 2026",
        "380-AC0746",
        "32/01/2026",
        "Band 6",
        "£40,617",
        "13/13/2025",
        "ref 2025-10",
        "2025-26",
        "2026-13",
    ],
)
def test_no_date(text: str) -> None:
    assert find_date(text) is None


def test_month_only_can_be_refused() -> None:
    assert find_date("March 2026", allow_month=False) is None


def test_time_is_kept() -> None:
    found = find_date("20/08/2025 23:59")
    assert found is not None and found.time == "23:59"
    found = find_date("12 May 2026 at 5.30pm")
    assert found is not None and found.time == "17:30"


def test_position_in_string() -> None:
    text = "Closing on 15th September 2025 at noon"
    found = find_date(text)
    assert found is not None
    assert text[found.start : found.end] == "15th September 2025"


def test_earliest_date_wins() -> None:
    found = find_date("between 28/09/2025 and 1 October 2025")
    assert found is not None and found.value == "2025-09-28"


def test_iso_timestamps_keep_their_time() -> None:
    parsed = find_date("2026-07-09T23:59:00.000Z")
    assert parsed is not None and (parsed.value, parsed.precision, parsed.time) == ("2026-07-09", "day", "23:59")


def test_day_and_month_without_a_year() -> None:
    from jobparse.values.dates import find_day_month

    found = find_day_month("25th July - Closing date")
    assert found is not None and (found.month, found.day, found.in_year(2026)) == (7, 25, "2026-07-25")
    assert find_date("25th July - Closing date") is None  # a year is never invented
    assert find_day_month("28 September 2025") is None
    assert find_day_month("29 February") is not None and find_day_month("29 February").in_year(2026) is None  # type: ignore[union-attr]
