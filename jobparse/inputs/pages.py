"""Saved NHS Jobs pages (HTML) and the NHS Jobs search feed (XML), as advert text.

Both become the text the parser reads, so they give the same fields as a copied page would.
Positions in their records refer to that text (`jobparse text FILE` prints it), not to the markup.
"""

from __future__ import annotations

import re
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
    """'html', 'xml' or 'text', from the file's name and, failing that, its first bytes (documents.kind_of
    adds JSON)."""
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


# A start or end tag (its attributes end at the next ">" or give way at the next "<": a linear
# scan), or the opening of a comment.
_TAG = re.compile(r"<(/?)([a-zA-Z][\w:-]*)[^<>]*>|<!--")
_BLOCK_TAGS = frozenset((*BLOCKS, "br"))
_DROPPED = frozenset(("script", "style", "noscript", "template"))

# str.splitlines breaks lines at form feeds and the file, group and record separators, and
# str.split takes those and the unit separator for spaces; advert text keeps all five as they are
# (inputs.source). A description holding one is read the slower way, so that it reads as the same
# text would: the fuzzer found "-\x1d**Posted**6-5-10" became a labelled date only in JSON-LD.
# Looked for with `in` (about 0.5 us for 8 KB) rather than a character class (about 33 us).
_ODD_CONTROLS = ("\x0c", "\x1c", "\x1d", "\x1e", "\x1f")
_LINE_BREAK = re.compile("\r\n|[\n\r\x0b\x85\u2028\u2029]")
_SPACES = re.compile("[^\\S\x0c\x1c-\x1f]+")


def collapsed_lines(text: str) -> list[str]:
    """The non-blank lines of markup's text, spaces collapsed, broken where advert text breaks."""
    if not any(char in text for char in _ODD_CONTROLS):
        lines = [" ".join(line.split()) for line in text.splitlines()]
    else:
        lines = [_SPACES.sub(" ", line).strip(" ") for line in _LINE_BREAK.split(text)]
    return [line for line in lines if line]


def fragment_to_text(markup: str) -> str:
    """The text of an HTML fragment (a job board's description): a line per block, "- " before list
    items, scripts and comments dropped, entities decoded. Done with one regular expression and
    str.find rather than a parse tree: a description's markup is simple, and BeautifulSoup took
    about 5 ms a record (a quarter of reading an archive record)."""
    parts: list[str] = []
    lowered = ""
    at = 0
    while (match := _TAG.search(markup, at)) is not None:
        parts.append(markup[at : match.start()])
        at = match.end()
        if match.group() == "<!--":
            end = markup.find("-->", at)
            at = len(markup) if end == -1 else end + 3
            continue
        name = match[2].lower()
        if name in _DROPPED and not match[1]:
            lowered = lowered or markup.lower()  # once, and only for a fragment with a script
            if len(lowered) != len(markup):  # a letter whose lower case is longer ("İ")
                lowered = markup
            end = lowered.find(f"</{name}", at)
            at = len(markup) if end == -1 else markup.find(">", end) + 1 or len(markup)
        elif name == "li" and not match[1]:
            parts.append("\n- ")
        elif name in _BLOCK_TAGS:
            parts.append("\n")
    parts.append(markup[at:])
    return "\n".join(line for line in collapsed_lines(unescape("".join(parts))) if line != "-") + "\n"


# The entities job boards' text is full of, replaced in C before html.unescape (a Python function
# call per entity) sees what is left: most descriptions then need no call at all.
# "&amp;" is left to html.unescape: replaced first, it would decode "&amp;#39;" twice.
_COMMON_ENTITIES = (("&lt;", "<"), ("&gt;", ">"), ("&quot;", '"'), ("&#39;", "'"), ("&nbsp;", "\u00a0"))


def unescape(text: str) -> str:
    """HTML entities decoded (as html.unescape does), the common ones first and quickly."""
    import html

    if "&" not in text:
        return text
    for entity, char in _COMMON_ENTITIES:
        if entity in text:
            text = text.replace(entity, char)
    return html.unescape(text) if "&" in text else text


def embedded_jobpostings(markup: str) -> list[dict[str, object]]:
    """The JobPosting records a page carries in <script type="application/ld+json"> elements
    (a script that is not valid JSON is left out: the page's text is still read)."""
    import json

    from bs4 import BeautifulSoup

    from jobparse.inputs.jobposting import jobpostings

    if "ld+json" not in markup:
        return []
    found: list[dict[str, object]] = []
    for script in BeautifulSoup(markup, "html.parser").find_all("script", type="application/ld+json"):
        try:
            found.extend(jobpostings(json.loads(script.get_text())))
        except (json.JSONDecodeError, RecursionError):
            continue
    return found


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
    return "\n".join(collapsed_lines(root.get_text())) + "\n"


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
    except (LookupError, ValueError) as exc:
        # The declaration names an encoding Python lacks ("TF-8"), one that is not a text
        # encoding ("hex") or a multi-byte one expat cannot read ("utf-32"): expat asks Python's
        # codecs, which raise these (tests/fuzz_corpus/feed_unknown_encoding.xml).
        raise InputError(path, f"invalid XML (its declared encoding cannot be read: {exc})") from None
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
        description = fragment_to_text(description)
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
        # The vacancy's own address on the board, not the employer's website.
        parts.append(f"Advert URL: {fields['url']}")
    return "\n".join(part for part in parts if part) + "\n"
