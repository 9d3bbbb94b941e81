"""Other input formats: saved NHS Jobs pages (HTML) and the NHS Jobs search feed (XML), as advert text.

Both become the text the parser reads, so they give the same fields as a copied page would.
Positions in their records refer to that text (`jobparse text FILE` prints it), not to the markup.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from jobparse.errors import InputError

HTML_SUFFIXES = (".html", ".htm")
XML_SUFFIXES = (".xml",)
# Elements that start a new line in the page's text (everything else is inline).
BLOCKS = (
    "address", "article", "aside", "blockquote", "dd", "details", "div", "dl", "dt", "fieldset", "figcaption",
    "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "legend", "li", "main", "nav",
    "ol", "p", "pre", "section", "summary", "table", "td", "th", "tr", "ul",
)  # fmt: skip
HIDDEN = ("script", "style", "noscript", "template", "svg", "head", "button")


def kind_of(data: bytes, path: str) -> str:
    """'html', 'xml' or 'text', from the file's name and, failing that, its first bytes."""
    name = path.lower()
    if name.endswith(HTML_SUFFIXES):
        return "html"
    if name.endswith(XML_SUFFIXES):
        return "xml"
    head = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<!doctype html", b"<html")):
        return "html"
    if head.startswith(b"<?xml") or head.startswith(b"<nhsjobs"):
        return "xml"
    return "text"


def html_to_text(markup: str | bytes) -> str:
    """The readable text of a page: one line per block, "- " before list items, scripts dropped."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(markup, "html.parser")
    for tag in soup(HIDDEN):
        tag.decompose()
    root = soup.find("main") or soup.body or soup
    for br in root.find_all("br"):
        br.replace_with("\n")
    for item in root.find_all("li"):
        item.insert(0, "- ")
    for block in root.find_all(BLOCKS):
        block.insert_before("\n")
        block.insert_after("\n")
    lines = (" ".join(line.split()) for line in root.get_text().splitlines())
    return "\n".join(line for line in lines if line) + "\n"


@dataclass(frozen=True, slots=True)
class Vacancy:
    """One vacancy of the feed as advert text, with the feed's id for it."""

    id: str
    text: str


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def feed_vacancies(data: bytes, path: str) -> Iterator[Vacancy]:
    """Each `nhsJobs/vacancyDetails` of a search feed, as the labelled text the parser reads."""
    from xml.etree.ElementTree import ParseError

    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    try:
        root = fromstring(data)
    except DefusedXmlException as exc:
        raise InputError(path, f"refused XML ({type(exc).__name__}: entities or DTDs are not allowed)") from None
    except ParseError as exc:
        raise InputError(path, f"invalid XML ({exc})") from None
    for number, element in enumerate(node for node in root.iter() if _local(node.tag) == "vacancyDetails"):
        fields = {_local(child.tag): (child.text or "").strip() for child in element}
        locations = [
            (child.text or "").strip()
            for node in element
            if _local(node.tag) == "locations"
            for child in node
            if (child.text or "").strip()
        ]
        yield Vacancy(fields.get("id") or str(number), _vacancy_text(fields, locations))


def _vacancy_text(fields: dict[str, str], locations: list[str]) -> str:
    description = fields.get("description", "")
    if "<" in description:
        description = html_to_text(description)
    parts = [fields.get("title", "")]
    if fields.get("closeDate"):
        parts.append(f"The closing date is {fields['closeDate'][:10]}")
    parts += ["Job summary", description.strip(), "Details"]
    for label, key in (
        ("Date posted", "postDate"),
        ("Salary", "salary"),
        ("Contract", "type"),
        ("Reference number", "reference"),
    ):
        if fields.get(key):
            parts += [label, fields[key][:10] if key == "postDate" else fields[key]]
    if locations:
        parts.append("Job locations")
        for location in locations:
            parts += [part.strip() for part in location.split(",") if part.strip()]
    parts.append("Employer details")
    if fields.get("employer"):
        parts += ["Employer name", fields["employer"]]
    if fields.get("url"):
        parts += ["Employer's website", fields["url"]]
    return "\n".join(part for part in parts if part) + "\n"
