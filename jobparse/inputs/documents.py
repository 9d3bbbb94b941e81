"""What any input becomes: the text jobparse parses, and where each record of it stands.

Advert text is parsed as it is (a dump may hold several adverts, found by the splitter). A
structured input (JSON-LD records, the search feed) is rendered as labelled text, one block per
record with a line of "=" between them, and each block is one advert. A saved page is its
readable text, followed by any JobPosting it embeds. `jobparse text FILE` prints this text, so
every line and column refers to it.
"""

from __future__ import annotations

from dataclasses import dataclass

from jobparse.errors import InputError
from jobparse.inputs import jobposting, pages
from jobparse.inputs.source import decode, normalise

SEPARATOR = "=" * 10 + "\n"


@dataclass(frozen=True, slots=True)
class Document:
    """An input's text, and the spans of its records (None: find the adverts in the text)."""

    text: str
    records: tuple[tuple[int, int], ...] | None = None


def kind_of(data: bytes, path: str) -> str:
    """'html', 'xml', 'json' or 'text', from the file's name and, failing that, its first bytes."""
    name = path.lower()
    if name.endswith(pages.HTML_SUFFIXES):
        return "html"
    if name.endswith(pages.XML_SUFFIXES):
        return "xml"
    if name.endswith(jobposting.JSON_SUFFIXES) or jobposting.looks_like_json(data):
        return "json"
    return pages.kind_of(data, path)


def joined(blocks: list[str]) -> Document:
    """Rendered records, one after another with a separator line between, and each one's span."""
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    at = 0
    for number, block in enumerate(blocks):
        if number:
            parts.append(SEPARATOR)
            at += len(SEPARATOR)
        block = normalise(block)
        parts.append(block)
        spans.append((at, at + len(block)))
        at += len(block)
    return Document("".join(parts), tuple(spans))


def document_of(data: bytes, path: str) -> Document:
    """The text to parse for a file's bytes; InputError when they hold nothing jobparse reads."""
    kind = kind_of(data, path)
    if kind == "xml":
        vacancies = list(pages.feed_vacancies(data, path))
        if not vacancies:
            raise InputError(path, "no vacancyDetails in the XML feed", no_advert=True)
        return joined([vacancy.text for vacancy in vacancies])
    text = decode(data, path)
    if kind == "json":
        values = jobposting.load_json(text, path)
        postings = [posting for value in values for posting in jobposting.jobpostings(value)]
        if not postings:
            raise InputError(
                path, f"JSON, but no schema.org JobPosting in it ({jobposting.type_names(values)})", no_advert=True
            )
        return joined([jobposting.render(posting) for posting in postings])
    if kind == "html":
        page = pages.html_to_text(text)
        embedded = [jobposting.render(posting, embedded=True) for posting in pages.embedded_jobpostings(text)]
        if embedded:
            # The page is one advert; its own text comes first and wins, the embedded record fills gaps.
            whole = normalise("\n".join([page.rstrip("\n"), *embedded]))
            return Document(whole, ((0, len(whole)),))
        text = page
    return Document(normalise(text))
