"""An Advert as schema.org JobPosting JSON-LD, the structured data Google's job search reads."""

from __future__ import annotations

from typing import Any

from jobparse.model import Advert

# Google's JobPosting guidelines: these five are required for the job search experience; the
# others are recommended (https://developers.google.com/search/docs/appearance/structured-data/job-posting).
REQUIRED = ("title", "description", "datePosted", "hiringOrganization", "jobLocation")
RECOMMENDED = ("validThrough", "employmentType", "baseSalary", "identifier")

UNIT_TEXT = {"year": "YEAR", "month": "MONTH", "week": "WEEK", "day": "DAY", "hour": "HOUR"}
# schema.org/Google employmentType values, from our contract types and working patterns.
CONTRACT_TYPES = {
    "fixed-term": "TEMPORARY",
    "temporary": "TEMPORARY",
    "secondment": "TEMPORARY",
    "locum": "CONTRACTOR",
    "bank": "PER_DIEM",
    "casual": "PER_DIEM",
    "apprenticeship": "INTERN",
    "training": "OTHER",
    "voluntary": "VOLUNTEER",
}
PATTERNS = {"full-time": "FULL_TIME", "part-time": "PART_TIME", "job-share": "PART_TIME"}


def description_html(advert: Advert) -> str:
    """The advert's sections as HTML: a heading each, paragraphs, and lists for bullets."""
    import html  # imported here: validate imports this module for two rules that never call this

    parts: list[str] = []
    for section in advert.sections:
        if (
            section.id in ("preamble", "details", "employer-details", "supporting-documents")
            or not section.text.strip()
        ):
            continue
        if section.heading:
            parts.append(f"<h2>{html.escape(section.heading)}</h2>")
        items: list[str] = []
        for line in section.text.split("\n"):
            if line.startswith("- "):
                items.append(f"<li>{html.escape(line[2:])}</li>")
                continue
            if items:
                parts.append("<ul>" + "".join(items) + "</ul>")
                items = []
            parts.append(f"<p>{html.escape(line)}</p>")
        if items:
            parts.append("<ul>" + "".join(items) + "</ul>")
    return "".join(parts)


def employment_types(advert: Advert) -> list[str]:
    """employmentType values (FULL_TIME, PART_TIME, TEMPORARY, ...), without repeats."""
    found: list[str] = []
    if advert.working_pattern is not None:
        found.extend(PATTERNS[value] for value in advert.working_pattern.values if value in PATTERNS)
    if advert.contract is not None and advert.contract.type in CONTRACT_TYPES:
        found.append(CONTRACT_TYPES[advert.contract.type])
    return list(dict.fromkeys(found))


def _address(lines: tuple[str, ...], town: str | None, postcode: str | None) -> dict[str, Any]:
    address: dict[str, Any] = {"@type": "PostalAddress"}
    street = ", ".join(line for line in lines if line != town)
    if street:
        address["streetAddress"] = street
    if town:
        address["addressLocality"] = town
    if postcode:
        address["postalCode"] = postcode
    address["addressCountry"] = "GB"
    return address


def job_posting(advert: Advert) -> dict[str, Any]:
    """The JobPosting object; properties the advert cannot fill are left out."""
    posting: dict[str, Any] = {"@context": "https://schema.org", "@type": "JobPosting"}
    if advert.title is not None:
        posting["title"] = advert.title.value
    description = description_html(advert)
    if description:
        posting["description"] = description
    if advert.date_posted is not None and advert.date_posted.value:
        posting["datePosted"] = advert.date_posted.value
    closing = advert.closing_date
    if closing is not None and closing.value and closing.precision == "day":
        posting["validThrough"] = f"{closing.value}T{closing.time or '23:59'}:00"
    types = employment_types(advert)
    if types:
        posting["employmentType"] = types if len(types) > 1 else types[0]
    employer = advert.employer
    if employer is not None and employer.name is not None:
        organisation: dict[str, Any] = {"@type": "Organization", "name": employer.name.value}
        if employer.website is not None:
            organisation["sameAs"] = employer.website.value
        posting["hiringOrganization"] = organisation
    places = [
        {"@type": "Place", "address": _address(location.lines, location.town, location.postcode)}
        for location in advert.locations
    ]
    if places:
        posting["jobLocation"] = places if len(places) > 1 else places[0]
    salary = advert.salary
    if salary is not None and (salary.minimum is not None or salary.maximum is not None):
        value: dict[str, Any] = {"@type": "QuantitativeValue"}
        if salary.minimum is not None:
            value["minValue"] = salary.minimum
        if salary.maximum is not None:
            value["maxValue"] = salary.maximum
        if salary.period in UNIT_TEXT:
            value["unitText"] = UNIT_TEXT[salary.period]
        posting["baseSalary"] = {"@type": "MonetaryAmount", "currency": "GBP", "value": value}
    if advert.reference is not None:
        identifier: dict[str, Any] = {"@type": "PropertyValue", "value": advert.reference.value}
        if employer is not None and employer.name is not None:
            identifier["name"] = employer.name.value
        posting["identifier"] = identifier
    if advert.start_date is not None and advert.start_date.value:
        posting["jobStartDate"] = advert.start_date.value
    return posting


def missing(posting: dict[str, Any]) -> tuple[list[str], list[str]]:
    """Required and recommended properties a JobPosting lacks."""
    return [name for name in REQUIRED if name not in posting], [name for name in RECOMMENDED if name not in posting]
