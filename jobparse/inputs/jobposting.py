"""schema.org JobPosting records (JSON-LD) as the labelled advert text jobparse parses.

A record becomes a block of "Label: value" lines under a "JobPosting (schema.org)" heading, then
its description as text under "Job description": the parser reads the block as the advert's own
facts (source `jsonld`) and the description as any advert body (source `text`). A saved page's
embedded record goes under "Embedded JobPosting (schema.org)", whose facts only fill what the
page's own text leaves out. `jobparse text FILE` prints this text: positions refer to it.
"""

from __future__ import annotations

import html
import json
from collections.abc import Iterator
from typing import Any

from jobparse.errors import InputError

HEADING = "JobPosting (schema.org)"
EMBEDDED_HEADING = "Embedded JobPosting (schema.org)"
JSON_SUFFIXES = (".json", ".jsonld", ".jsonl")
# How an employmentType reads in an advert: a working pattern or a contract.
PATTERNS = {"FULL_TIME": "Full-time", "PART_TIME": "Part-time"}
CONTRACTS = {
    "TEMPORARY": "Temporary",
    "CONTRACTOR": "Fixed term",
    "PER_DIEM": "Bank",
    "VOLUNTEER": "Voluntary",
    "INTERN": "Training",
    "PERMANENT": "Permanent",
}
UNITS = {"HOUR": "hour", "DAY": "day", "WEEK": "week", "MONTH": "month", "YEAR": "year"}
# JSON nested deeper than this is not a job board's record: refused rather than walked.
_MAX_DEPTH = 32


def looks_like_json(data: bytes) -> bool:
    """Whether bytes open like JSON (an object or an array), after any byte-order mark and spaces."""
    head = data[:64].lstrip(b"\xef\xbb\xbf \t\r\n")
    return head[:1] in (b"{", b"[")


def load_json(text: str, path: str) -> list[Any]:
    """The JSON values of a text: one document, or JSON Lines (one value a line)."""
    try:
        return [json.loads(text)]
    except json.JSONDecodeError as whole:
        values = []
        for number, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                values.append(json.loads(line))
            except json.JSONDecodeError:
                raise InputError(
                    path, f"invalid JSON ({whole.msg} at line {whole.lineno}; line {number} is not JSON Lines either)"
                ) from None
        return values
    except RecursionError:
        raise InputError(path, "JSON nested too deeply to read") from None


def jobpostings(value: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    """Every JobPosting in a JSON value: the value itself, the items of an array, an @graph's."""
    if depth > _MAX_DEPTH:
        return
    if isinstance(value, list):
        for item in value:
            yield from jobpostings(item, depth + 1)
    elif isinstance(value, dict):
        kind = value.get("@type")
        kinds = kind if isinstance(kind, list) else [kind]
        if "JobPosting" in kinds:
            yield value
        elif "@graph" in value:
            yield from jobpostings(value["@graph"], depth + 1)


def type_names(values: list[Any]) -> str:
    """The @types a JSON text holds, for an error that says what it is instead."""
    found = {str(value.get("@type")) for value in values if isinstance(value, dict) and value.get("@type")}
    return ", ".join(sorted(found)) or "no @type"


def _plain(value: Any) -> str:
    """A plain field's text: HTML entities decoded ("&amp;", "&#39;"), spaces collapsed."""
    if value is None:
        return ""
    if isinstance(value, dict):
        value = value.get("name") or value.get("value") or value.get("@id") or ""
    if isinstance(value, list):
        return ", ".join(filter(None, (_plain(item) for item in value)))
    return " ".join(html.unescape(str(value)).split())


def description_text(value: Any) -> str:
    """A description as text: HTML (or entity-escaped HTML, "&lt;p&gt;") read as a page is."""
    from jobparse.inputs.pages import collapsed_lines, fragment_to_text, unescape

    text = str(value or "")
    if "&lt;" in text or "&gt;" in text:
        text = unescape(text)
    if "<" in text and ">" in text:
        return fragment_to_text(text)
    return "\n".join(collapsed_lines(html.unescape(text))) + "\n"


def _figure(value: Any) -> str | None:
    try:
        number = float(str(value).replace(",", "").replace("£", ""))
    except ValueError:
        return None
    return f"£{number:,.2f}".replace(".00", "") if number else None


def _salary_lines(salary: Any) -> list[str]:
    """The salary as the record states it: its free text, and its figures when they are given too."""
    if not isinstance(salary, dict):
        text = _plain(salary)
        return [f"Salary: {text}"] if text else []
    amount = salary.get("value")
    if not isinstance(amount, dict):
        text = _plain(amount)
        return [f"Salary: {text}"] if text else []
    unit = UNITS.get(str(amount.get("unitText", "")).upper())
    low, high = _figure(amount.get("minValue")), _figure(amount.get("maxValue"))
    figures = ""
    if low or high:
        figures = " - ".join(dict.fromkeys(filter(None, (low, high))))
        figures += f" per {unit}" if unit else ""
    free = _plain(amount.get("value"))
    lines = []
    if free:
        lines.append(f"Salary: {free}")
        if figures:
            lines.append(f"Structured salary: {figures}")
    elif figures:
        lines.append(f"Salary: {figures}")
    return lines


def _identifier(value: Any) -> str:
    """An identifier's value (a PropertyValue names its issuer in `name`: the value is the reference)."""
    if isinstance(value, dict):
        return _plain(value.get("value") or value.get("@id") or "")
    return _plain(value)


def _address(place: Any) -> str:
    if not isinstance(place, dict):
        return _plain(place)
    address = place.get("address", place)
    if not isinstance(address, dict):
        return _plain(address)
    parts = (address.get(key) for key in ("streetAddress", "addressLocality", "addressRegion", "postalCode"))
    return ", ".join(filter(None, (_plain(part) for part in parts)))


def _employment(value: Any) -> list[str]:
    kinds = value if isinstance(value, list) else [value]
    patterns = [PATTERNS[kind] for kind in map(str, kinds) if kind in PATTERNS]
    contracts = [CONTRACTS[kind] for kind in map(str, kinds) if kind in CONTRACTS]
    lines = [f"Working pattern: {', '.join(patterns)}"] if patterns else []
    return lines + ([f"Contract: {contracts[0]}"] if contracts else [])


def render(posting: dict[str, Any], *, embedded: bool = False) -> str:
    """A JobPosting as labelled advert text (see the module's docstring)."""
    organisation = posting.get("hiringOrganization")
    website = organisation.get("sameAs") or organisation.get("url") if isinstance(organisation, dict) else None
    lines = [EMBEDDED_HEADING if embedded else HEADING]
    for label, value in (
        ("Job title", _plain(posting.get("title"))),
        ("Employer name", _plain(organisation)),
        ("Employer's website", _plain(website)),
        ("Date posted", _plain(posting.get("datePosted"))),
        ("Closing date", _plain(posting.get("validThrough"))),
    ):
        if value:
            lines.append(f"{label}: {value}")
    lines += _employment(posting.get("employmentType"))
    lines += _salary_lines(posting.get("baseSalary"))
    places = posting.get("jobLocation")
    addresses = [text for text in map(_address, places if isinstance(places, list) else [places]) if text]
    if len(addresses) == 1:
        lines.append(f"Job location: {addresses[0]}")
    elif addresses:
        lines.append("Job locations")
        for address in addresses:
            lines += [address, ""]
    for label, value in (
        ("Reference number", _identifier(posting.get("identifier"))),
        ("Advert URL", _plain(posting.get("url"))),
    ):
        if value:
            lines.append(f"{label}: {value}")
    body = description_text(posting.get("description"))
    if body.strip():
        lines += ["Job description", body.rstrip("\n")]
    return "\n".join(lines) + "\n"
