"""Parse the dates adverts write ("28 September 2025", "15th Sept 2025", "28/09/2025", "March 2026")."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import regex

from jobparse.lazyregex import lazy_compile
from jobparse.values import memo

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip

_MONTH = r"(?P<month>\L<months>)\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d|\d\d)"
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"

# Alternatives in order of preference; each is anchored on word boundaries so "2025" inside a
# reference number is not read as a date.
DAY_MONTH_YEAR = lazy_compile(
    rf"\b{_WEEKDAY}{_DAY}(?:\s+of)?[\s\-]+{_MONTH},?[\s\-]+{_YEAR}\b",
    regex.IGNORECASE,
    months=list(MONTHS),
)
MONTH_DAY_YEAR = lazy_compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", regex.IGNORECASE, months=list(MONTHS))
NUMERIC = lazy_compile(  # UK order: day, month, year
    r"(?<![\d/.\-])(?P<day>[0-3]?\d)(?P<sep>[/.\-])(?P<month>[01]?\d)(?P=sep)"
    # Not followed by a digit, or by a separator and a digit ("28/09/2025/1" is not a date);
    # a fixed-width lookahead, so a long run of digits is never rescanned.
    r"(?P<year>(?:19|20)\d\d|\d\d)(?!\d|[/.\-]\d)"
)
# ISO dates, and the timestamps of job boards' feeds ("2026-07-09T23:59:00.000Z").
ISO = lazy_compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?:(?=T\d)|\b)")
ISO_TIME = lazy_compile(r"T(?P<hour>[0-2]\d):(?P<minute>[0-5]\d)")
# A day and month with no year, written value-first by aggregators ("25th July - Closing date").
DAY_MONTH = lazy_compile(
    rf"\b{_WEEKDAY}{_DAY}(?:\s+of)?[\s\-]+{_MONTH}(?![\w.])(?!,?[\s\-]+(?:19|20)?\d\d\b)",
    regex.IGNORECASE,
    months=list(MONTHS),
)
MONTH_YEAR = lazy_compile(rf"\b{_MONTH},?\s+{_YEAR}\b", regex.IGNORECASE, months=list(MONTHS))
# An ISO year and month ("2026-04", as extract's JSON-LD writes a month-precision date): only as a
# whole value, since inside a text "2025-10" is as likely a reference's or a code's digits.
ISO_MONTH = lazy_compile(r"\s*(?P<date>(?P<year>(?:19|20)\d\d)-(?P<month>0[1-9]|1[0-2]))\s*")
TIME = lazy_compile(r"\b(?P<hour>[0-2]?\d)[:.](?P<minute>[0-5]\d)(?!\d)(?:\s*(?P<ampm>[ap]\.?m\b\.?))?", regex.I)


@dataclass(frozen=True, slots=True)
class ParsedDate:
    """A date found in a string: ISO value at its precision, and where it stood in the string."""

    value: str
    precision: str  # "day" or "month"
    time: str | None
    start: int
    end: int


def _year(text: str) -> int:
    year = int(text)
    return year + 2000 if year < 100 else year


def _month(text: str) -> int:
    return int(text) if text.isdigit() else MONTHS[text.casefold().rstrip(".")]


def _full_date(match: regex.Match[str]) -> str | None:
    try:
        day = dt.date(_year(match["year"]), _month(match["month"]), int(match["day"]))
    except (ValueError, KeyError):
        return None
    return day.isoformat()


def _time_after(text: str, pos: int) -> str | None:
    if text.startswith("T", pos):
        iso = ISO_TIME.match(text, pos)
        if iso is not None:
            return f"{iso['hour']}:{iso['minute']}" if int(iso["hour"]) < 24 else None
    match = TIME.search(text, pos, pos + 20)
    if match is None:
        return None
    hour, minute = int(match["hour"]), int(match["minute"])
    ampm = (match["ampm"] or "").casefold().replace(".", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    if hour > 23:
        return None
    return f"{hour:02d}:{minute:02d}"


@memo
def find_date(text: str, *, allow_month: bool = True) -> ParsedDate | None:
    """The first date in a string, or None; month-only dates keep month precision."""
    best: tuple[int, ParsedDate] | None = None
    impossible = False  # "31 February 2026" is a day that does not exist, not a month
    for pattern in (DAY_MONTH_YEAR, MONTH_DAY_YEAR, NUMERIC, ISO):
        match = pattern.search(text)
        if match is None or (best is not None and match.start() >= best[0]):
            continue
        value = _full_date(match)
        impossible = impossible or value is None
        if value is not None:
            parsed = ParsedDate(value, "day", _time_after(text, match.end()), match.start(), match.end())
            best = (match.start(), parsed)
    if best is not None:
        return best[1]
    if allow_month and not impossible:
        match = MONTH_YEAR.search(text)
        if match is not None:
            value = f"{_year(match['year']):04d}-{_month(match['month']):02d}"
            return ParsedDate(value, "month", None, match.start(), match.end())
        whole = ISO_MONTH.fullmatch(text)
        if whole is not None:
            return ParsedDate(whole["date"], "month", None, whole.start("date"), whole.end("date"))
    return None


@dataclass(frozen=True, slots=True)
class DayMonth:
    """A day and month written without a year, and where they stood in the string."""

    month: int
    day: int
    start: int
    end: int

    def in_year(self, year: int) -> str | None:
        """The ISO date in a given year, or None when the day does not exist that year."""
        try:
            return dt.date(year, self.month, self.day).isoformat()
        except ValueError:
            return None


def find_day_month(text: str) -> DayMonth | None:
    """The first day-and-month with no year ("25th July"), or None."""
    match = DAY_MONTH.search(text)
    if match is None:
        return None
    day = int(match["day"])
    if not 1 <= day <= 31:
        return None
    return DayMonth(_month(match["month"]), day, match.start(), match.end())


MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December")  # fmt: skip


def why_unreadable(text: str) -> tuple[str, str]:
    """Why a string is not a date: ("impossible", "31 September 2025: September has 30 days"),
    ("no-year", "it gives no year") or ("no-date", "it holds no date")."""
    for pattern in (DAY_MONTH_YEAR, MONTH_DAY_YEAR, NUMERIC, ISO):
        match = pattern.search(text)
        if match is None or _full_date(match) is not None:
            continue
        year, month, day = _year(match["year"]), _month(match["month"]), int(match["day"])
        written = match[0].strip()
        if not 1 <= month <= 12:
            return "impossible", f"{written}: there is no month {month}"
        length = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)).day
        name = MONTH_NAMES[month - 1]
        if month == 2 and day == 29:
            return "impossible", f"{written}: {year} is not a leap year, so February has 28 days"
        return "impossible", f"{written}: {name} has {length} days" if day else f"{written}: there is no day 0"
    if find_day_month(text) is not None:
        return "no-year", "it gives no year"
    return "no-date", "it holds no date"
