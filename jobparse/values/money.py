"""Parse salary text: amounts, ranges, the period, pro rata and High Cost Area statements."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

import regex

from jobparse.lazyregex import lazy_compile
from jobparse.values import memo

# A figure as written: "£40,617", "£47,810.00", "£12.45", "£25k", "£ 31049", "£40.617" (a
# European thousands point), and malformed ones such as "£4,8778" (a misplaced comma), which are
# taken whole so that they are reported, never read as another number. The £ may be missing on
# the second end of a range; a stray space after a thousands comma ("£37, 890") is read through,
# and so is a space written as the thousands separator right after the £ ("£30 615").
# `figure` is checked in Python (`_read_figure`).
AMOUNT = lazy_compile(
    r"""
    (?P<pound>£|GBP\s?)?\s?
    (?<![\d.,])(?P<figure>\d++(?:(?:[,.]|,[ ](?=\d{3}(?![\d.,]))|(?<=£\d{1,3})[ ](?=\d{3}(?![\d.,])))\d++)*+)
    (?P<k>\s?[kK]\b)?
    """,
    regex.VERBOSE,
)
_GROUPED = lazy_compile(r"\d{1,3}(?:,\d{3})+")
_EUROPEAN = lazy_compile(r"\d{1,3}(?:\.\d{3})+")
_DECIMAL = lazy_compile(r"(?P<int>\d{1,3}(?:,\d{3})*+|\d+)\.(?P<dec>\d{1,2})")
# The lookbehind and possessive run keep a search linear over long runs of spaces.
RANGE_SEP = lazy_compile(
    r"(?<!\s)(?:\s*+(?:ph|p/h|pa|per\s+hour|an\s+hour|per\s+annum|a\s+year))?\s*+(?:-|–|—|to|and|up\s+to|rising\s+to)\s*+",
    regex.IGNORECASE,
)
# Between the points of a band listed one after another: "£24,214 / £26,220 / £27,260".
LIST_SEP = lazy_compile(r"(?<!\s)\s*+[/|]\s*+")

PERIODS = (
    ("hour", lazy_compile(r"\b(?:an?|per|each)\s+hour\b|\bhourly\b|\bp/?h\b|(?<=\d)ph\b|/\s?h(?:ou)?r\b|\bper\s+hr\b", regex.I)),
    ("day", lazy_compile(r"\b(?:a|per|each)\s+day\b|\bdaily\b|\bper\s+diem\b|/\s?day\b", regex.I)),
    ("session", lazy_compile(r"\b(?:a|per|each)\s+session\b|\bsessional\b|\bp/\s?session\b|/\s?session\b", regex.I)),
    ("week", lazy_compile(r"\b(?:a|per|each)\s+week\b|\bweekly\b|\bp/?w\b|/\s?week\b", regex.I)),
    ("month", lazy_compile(r"\b(?:a|per|each)\s+month\b|\bmonthly\b|\bpcm\b|/\s?month\b", regex.I)),
    ("year", lazy_compile(
        r"\b(?:a|per|each)\s+(?:year|annum)\b|\bannum\b|\bannual(?:ly)?\b|\byearly\b|\bp\.?\s?a\b\.?|/\s?(?:year|yr|annum)\b",
        regex.I,
    )),
)  # fmt: skip
PERIOD_WORDS = {
    "yearly": "year", "annual": "year", "annually": "year", "per annum": "year", "year": "year",
    "hourly": "hour", "hour": "hour", "daily": "day", "day": "day", "weekly": "week",
    "week": "week", "monthly": "month", "month": "month", "sessional": "session",
}  # fmt: skip

BRACKETED = lazy_compile(r"\([^()]*\)")
UP_TO = lazy_compile(r"\bup\s+to\s*$", regex.IGNORECASE)  # "up to £45,000": a maximum only
PRO_RATA = lazy_compile(r"\bpro[\s\-]?rata\b", regex.IGNORECASE)

# Words naming the High Cost Area Supplement (and its older London Weighting name).
_HCAS = r"(?:h\.?c\.?a\.?s?\b|high[\s\-]+cost[\s\-]+area|london\s+weighting|(?:inner|outer)\s+london|fringe)"
HCAS_WORD = lazy_compile(_HCAS, regex.IGNORECASE)
HCAS_INCLUDED = lazy_compile(
    rf"\b(?:incl?\.?|including|inclusive|includes|included|with)\s+(?:of\s+)?(?:the\s+|a\s+|an\s+|any\s+)?(?:\S+\s+){{0,3}}?{_HCAS}",
    regex.IGNORECASE,
)
HCAS_EXCLUDED = lazy_compile(
    rf"(?:\bplus|\+|\bexcl?\.?|\bexcluding|\bexclusive|\bexcludes|\bnot\s+including|\bdoes\s+not\s+include|\bin\s+addition\s+to|\bon\s+top\s+of)\s+(?:of\s+)?(?:the\s+|a\s+|an\s+|any\s+)?(?:\S+\s+){{0,3}}?{_HCAS}",
    regex.IGNORECASE,
)
# In prose: "The salary listed is inclusive of the High-Cost Area Allowance."
TEXT_HCAS_INCLUDED = lazy_compile(
    rf"\b(?:salary|salaries|pay|figures?|rates?)\b[^.\n]{{0,60}}?\b(?:is|are)?\s*(?:inclusive\s+of|includes?|including|incl?\.?)\s+(?:the\s+|a\s+|any\s+)?(?:\S+\s+){{0,3}}?{_HCAS}"
    # "... a High Cost Area Supplement of 5% ... The rate shown includes this supplement.": only
    # ever tried on text that names the supplement (the callers check).
    rf"|\b(?:salary|salaries|pay|figures?|rates?)\b[^.\n]{{0,30}}?\b(?:is|are)?\s*(?:inclusive\s+of|includes?|including)\s+(?:this|that|the)\s+(?:supplement|allowance|payment|weighting)\b"
    # "... attract a High Cost Area allowance, and the salary shown includes it."
    rf"|\b(?:salary|salaries|pay|figures?|rates?)\b[^.\n]{{0,30}}?\b(?:includes?|is\s+inclusive\s+of)\s+(?:it|this|them)\b"
    # "The High-Cost Area Allowance is included in the salary range shown"
    rf"|{_HCAS}[^.\n]{{0,40}}?\b(?:is|are)\s+(?:already\s+)?(?:included|incorporated)\s+(?:in|within)\s+(?:the\s+)?(?:salary|pay|figures?|rates?)\b",
    regex.IGNORECASE,
)
TEXT_HCAS_EXCLUDED = lazy_compile(
    rf"\b(?:salary|salaries|pay|figures?|rates?)\b[^.\n]{{0,60}}?\b(?:is|are)?\s*(?:exclusive\s+of|excludes?|excluding|does\s+not\s+include|do\s+not\s+include)\s+(?:the\s+|a\s+|any\s+)?(?:\S+\s+){{0,3}}?{_HCAS}"
    # "... (HCAS). This is ... paid monthly in addition to the salary shown above."
    rf"|\b(?:is|are)\s+(?:\w+\s+){{0,3}}?(?:paid\s+)?(?:\w+\s+)?(?:in\s+addition\s+to|on\s+top\s+of)\s+(?:the\s+|your\s+)?(?:basic\s+)?(?:salary|pay)\b",
    regex.IGNORECASE,
)

NOTES = (
    ("competitive", lazy_compile(r"\bcompetitive\b", regex.I)),
    ("negotiable", lazy_compile(r"\bnegotiable\b", regex.I)),
    ("depends-on-experience", lazy_compile(r"\bdepend(?:s|ent|ing)?\s+on\s+experience\b|\bD\.?O\.?E\b", regex.I)),
    ("not-specified", lazy_compile(r"\bnot\s+(?:specified|stated|given)\b", regex.I)),
    ("see-advert", lazy_compile(r"\bsee\s+(?:advert|job\s+description|below|attached)\b", regex.I)),
)  # fmt: skip

# HCAS terms in prose: "5% of basic salary, subject to a minimum payment of £1303 per year and a
# maximum payment of £2198 per year", or "(min £1,303, max £2,198)".
PERCENT = lazy_compile(r"(?P<rate>\d{1,2}(?:\.\d+)?)\s?%")
HCAS_MIN = lazy_compile(
    r"\bmin(?:imum|\.)?\s+(?:payment\s+|amount\s+|value\s+)?(?:of\s+)?(?P<amount>£\s?[\d,]+(?:\.\d\d)?)", regex.I
)
HCAS_MAX = lazy_compile(
    r"\bmax(?:imum|\.)?\s+(?:payment\s+|amount\s+|value\s+)?(?:of\s+)?(?P<amount>£\s?[\d,]+(?:\.\d\d)?)", regex.I
)
ZONES = (
    ("inner-london", lazy_compile(r"\binner\s+london\b", regex.I)),
    ("outer-london", lazy_compile(r"\bouter\s+london\b", regex.I)),
    ("fringe", lazy_compile(r"\bfringe\b", regex.I)),
)


@dataclass(frozen=True, slots=True)
class Amount:
    """An amount of money found in a string, and where it stood; value None when malformed."""

    value: float | int | None
    start: int
    end: int
    has_pound: bool

    @property
    def malformed(self) -> bool:
        """Whether the figure is written wrongly ("£4,8778"), so that no value can be trusted."""
        return self.value is None


@dataclass(frozen=True, slots=True)
class SalaryParse:
    """What a salary string says."""

    minimum: float | int | None
    maximum: float | int | None
    period: str | None
    pro_rata: bool
    hcas_included: bool | None
    hcas_start: int | None
    hcas_end: int | None
    note: str | None
    malformed: tuple[str, ...] = ()  # figures written wrongly, as written ("£4,8778")


def to_number(integer: str, decimals: str | None = None, thousands: bool = False) -> float | int:
    """A money figure as int when whole, else float with pence."""
    value: float | int = int(integer.replace(",", "").replace(".", ""))
    if decimals and int(decimals):
        value = round(value + int(decimals.ljust(2, "0")) / 100, 2)
    if thousands:
        value = round(value * 1000, 2)
        if float(value).is_integer():
            value = int(value)
    return value


def _read_figure(figure: str, thousands: bool) -> float | int | None:
    """The value of a figure as written, or None when it is malformed ("4,8778", "40,61.7")."""
    figure = figure.replace(", ", ",").replace(" ", ",")
    if figure.isdigit():
        return to_number(figure, None, thousands)
    if _GROUPED.fullmatch(figure):
        return to_number(figure, None, thousands)
    decimal = _DECIMAL.fullmatch(figure)
    if decimal is not None:
        return to_number(decimal["int"], decimal["dec"], thousands)
    if _EUROPEAN.fullmatch(figure):
        return to_number(figure, None, thousands)
    return None


def parse_amount(text: str) -> float | int | None:
    """The first amount in a string ("£1,303" -> 1303), or None."""
    match = AMOUNT.search(text)
    if match is None:
        return None
    return _read_figure(match["figure"], bool(match["k"]))


# A figure followed by a unit of time is a quantity ("37.5 hours", "1 year"), not a price.
QUANTITY = lazy_compile(r"(?<!\s)\s*+(?:hours?|hrs?|years?|months?|weeks?|days?|sessions?|pas?)\b", regex.IGNORECASE)


def _priced(figure: str, value: float | int | None, text: str, end: int) -> bool:
    """Whether a figure with no £ reads as money: pounds and pence ("8.20") or thousands, not a
    quantity of time."""
    money = ("." in figure and len(figure.rsplit(".", 1)[1]) == 2) or (value is not None and value >= 1000)
    return money and QUANTITY.match(text, end) is None


def find_amounts(text: str, *, bare: bool = False) -> list[Amount]:
    """Money amounts in a string: figures with a £, or bare figures beside one.

    With `bare`, a string holding no £ at all may give figures written with thousands separators
    ("40,000- 41,000" in a Salary field), or any figures when it opens with one ("31.63ph").
    """
    found: list[Amount] = []
    bare = bare and "£" not in text and "GBP" not in text
    # A value that opens with a figure and has no £ ("31.63ph", "8.20") gives its figures too.
    leading = bare and text[:1].isdigit()
    for match in AMOUNT.finditer(text):
        has_pound = bool(match["pound"])
        figure = match["figure"]
        if figure[-1] in ",.":
            figure = figure.rstrip(",.")
        value = _read_figure(figure, bool(match["k"]))
        end = match.start("figure") + len(figure) + (len(match["k"]) if match["k"] else 0)
        if not has_pound:
            if (
                leading
                and _priced(figure, value, text, end)
                and (not found or RANGE_SEP.fullmatch(text[found[-1].end : match.start()]))
            ):
                found.append(Amount(value, match.start("figure"), end, False))
                continue
            if bare and ("," in figure or match["k"]) and (value is None or value >= 1000):
                found.append(Amount(value, match.start("figure"), end, False))
                continue
            # A bare figure counts only as the far end of a range ("£31,049 - 37,796").
            if not found or not found[-1].has_pound:
                continue
            between = text[found[-1].end : match.start()]
            if not RANGE_SEP.fullmatch(between):
                continue
        found.append(Amount(value, match.start(), end, has_pound))
    return found


def find_period(text: str) -> str | None:
    """The pay period a salary string names ("year", "hour", ...), or None."""
    best: tuple[int, str] | None = None
    for name, pattern in PERIODS:
        match = pattern.search(text)
        if match is not None and (best is None or match.start() < best[0]):
            best = (match.start(), name)
    return None if best is None else best[1]


def hcas_statement(text: str) -> tuple[bool, int, int] | None:
    """Whether a salary string says HCAS is included (True) or extra (False), and where."""
    excluded = HCAS_EXCLUDED.search(text)
    if excluded is not None:
        return False, excluded.start(), excluded.end()
    included = HCAS_INCLUDED.search(text)
    if included is not None:
        return True, included.start(), included.end()
    return None


def text_hcas_statement(text: str) -> tuple[bool, int, int] | None:
    """Whether prose says the advertised salary includes HCAS (True) or not (False), and where."""
    excluded = TEXT_HCAS_EXCLUDED.search(text)
    if excluded is not None:
        return False, excluded.start(), excluded.end()
    included = TEXT_HCAS_INCLUDED.search(text)
    if included is not None:
        return True, included.start(), included.end()
    return None


@memo
def parse_salary(text: str) -> SalaryParse:
    """Read a salary string such as "£40,617 to £48,778 a year (pro rata, incl. HCAS)"."""
    amounts = find_amounts(text, bare=True)
    malformed = tuple(text[amount.start : amount.end].strip() for amount in amounts if amount.malformed)
    minimum = maximum = None
    if amounts:
        first = amounts[0]
        minimum = maximum = first.value
        if len(amounts) > 1 and RANGE_SEP.fullmatch(text[first.end : amounts[1].start]):
            maximum = amounts[1].value
        elif len(amounts) > 1 and LIST_SEP.fullmatch(text[first.end : amounts[1].start]):
            # A band's points listed: "£24,214 / £26,220 / £27,260" runs from the first to the last.
            run = [first]
            for before, after in pairwise(amounts):
                if not LIST_SEP.fullmatch(text[before.end : after.start]):
                    break
                run.append(after)
            values = [amount.value for amount in run]
            if None not in values and values == sorted(values):  # type: ignore[type-var]
                maximum = values[-1]
        elif UP_TO.search(text, 0, first.start):
            minimum = None
    hcas = hcas_statement(text)
    if hcas is not None and amounts:
        # "£28,691 - £35,207 £24,907-£30,615 per annum + HCAS": the statement is about the figures
        # just before it, not these, when another range stands between.
        # An equivalent in brackets ("(£15.88 to £19.33 an hour)") is the same statement.
        used = 2 if maximum is not None and len(amounts) > 1 and maximum == amounts[1].value else 1
        brackets = [match.span() for match in BRACKETED.finditer(text)]
        if any(
            amount.end <= hcas[1] and not any(start <= amount.start < end for start, end in brackets)
            for amount in amounts[used:]
        ):
            hcas = None
    note = None
    if minimum is None and maximum is None and not malformed:
        note = next((name for name, pattern in NOTES if pattern.search(text)), None)
    return SalaryParse(
        minimum=minimum,
        maximum=maximum,
        period=find_period(text),
        pro_rata=PRO_RATA.search(text) is not None,
        hcas_included=None if hcas is None else hcas[0],
        hcas_start=None if hcas is None else hcas[1],
        hcas_end=None if hcas is None else hcas[2],
        note=note,
        malformed=malformed,
    )


@memo
def hcas_terms(sentence: str) -> tuple[float | None, float | int | None, float | int | None, str | None]:
    """Rate (%), minimum, maximum and zone that an HCAS sentence states; None where absent."""
    rate_match = PERCENT.search(sentence)
    min_match = HCAS_MIN.search(sentence)
    max_match = HCAS_MAX.search(sentence)
    rate = float(rate_match["rate"]) if rate_match else None
    if rate is not None and rate.is_integer():
        rate = int(rate)
    zone = next((name for name, pattern in ZONES if pattern.search(sentence)), None)
    return (
        rate,
        parse_amount(min_match["amount"]) if min_match else None,
        parse_amount(max_match["amount"]) if max_match else None,
        zone,
    )
