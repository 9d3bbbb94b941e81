"""What field extractors share for one advert: its sections and facts, and the helpers that read them."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from jobparse.model import DateValue, Span, Text
from jobparse.parse.patterns import OPENS_IN_NEW_TAB
from jobparse.parse.sections import FILLING_SECTIONS, JSONLD_SECTIONS, STRUCTURED_SECTIONS, FactTokens, Section
from jobparse.parse.tokenizer import BLANK, FIELD, TEXT, Token
from jobparse.values.dates import find_date
from jobparse.values.money import HCAS_WORD

if TYPE_CHECKING:
    from jobparse.parse.layouts import Detected

# Every way HCAS_WORD can match contains one of these (lower case): a cheap first test per line.
HCAS_HINTS = ("hca", "h.c", "high", "london", "fringe")
# Sections whose free text is searched for prose fallbacks (start date, HCAS statements).
PROSE_SECTIONS = frozenset(
    {None, "job-summary", "job-overview", "about-us", "main-duties", "additional-information", "job-description",
     "job-responsibilities"}
)  # fmt: skip


@dataclass(slots=True)
class Context:
    """What the extractors share: the advert's sections and facts, and its header lines."""

    sections: list[Section]
    facts: list[FactTokens]
    used: dict[int, set[int]]  # section index -> line numbers taken by facts
    header: list[Token] = field(default_factory=list)
    layout: Detected | None = None
    paragraph_copy: bool = False  # a blank line between every line (see paragraph_copy())
    best: dict[str, FactTokens] = field(default_factory=dict)  # filled by index_facts
    memo: dict[str, Any] = field(default_factory=dict)  # per-advert results several extractors share
    text: str = ""  # the whole normalised input
    span: tuple[int, int] = (0, 0)  # where this advert stands in it
    _prose: list[Token] | None = None
    _hcas: list[Token] | None = None

    def index_facts(self) -> None:
        """Choose each key's best fact once: the page's own blocks (Details, Employer details) first,
        then a key-facts block (lines before a section's first prose, as Trac and Find a Job print
        them), then the first found in prose. An employer's "Salary:" line pasted at the top of the
        Job summary is such a block too, so the Details block must outrank it."""
        ranked: dict[str, tuple[int, FactTokens]] = {}
        for fact in self.facts:
            if not fact.value.strip():
                continue
            rank = _rank(fact)
            if fact.key not in ranked or rank < ranked[fact.key][0]:
                ranked[fact.key] = (rank, fact)
        self.best = {key: fact for key, (_, fact) in ranked.items()}

    def fact(self, key: str) -> FactTokens | None:
        """The best fact for a key: structured ones first, then those found in prose."""
        return self.best.get(key)

    def facts_of(self, key: str) -> list[FactTokens]:
        """Every fact with a value for a key, structured ones first (for a value the best one lacks:
        a closing date of "See advert" given in the text, a contract of just "Contract")."""
        found = [fact for fact in self.facts if fact.key == key and fact.value.strip()]
        return sorted(found, key=_rank)

    def section(self, *ids: str) -> tuple[int, Section] | None:
        """The first section with one of these ids, and its index."""
        for wanted in ids:
            for i, section in enumerate(self.sections):
                if section.id == wanted:
                    return i, section
        return None

    def lowered(self) -> str:
        """The advert's text in lower case (worked out once per advert; offsets as in the text,
        less the advert's start, for texts whose lower case keeps their length)."""
        found: str | None = self.memo.get("lowered")
        if found is None:
            start, end = self.span
            found = self.memo["lowered"] = self.text[start:end].lower()
        return found

    def prose_with(self, words: tuple[str, ...]) -> list[Token]:
        """Prose lines holding one of these lower-case words: found with str.find in the advert's
        lower-cased text, then mapped to its lines (most adverts hold each word a few times)."""
        lowered = self.lowered()
        prose = self.prose_tokens()
        if len(lowered) != self.span[1] - self.span[0]:
            return [token for token in prose if any(word in token.text.lower() for word in words)]
        places = sorted(self.span[0] + at for word in words for at in occurrences(lowered, word))
        if not places:
            return []
        found = []
        for token in prose:
            at = bisect_left(places, token.start)
            if at < len(places) and places[at] < token.end:
                found.append(token)
        return found

    def notice_tokens(self) -> list[Token]:
        """Text lines before the first heading, page furniture included (closed notices stand there)."""
        if not self.sections or self.sections[0].heading is not None:
            return []
        return [token for token in self.sections[0].tokens if token.kind == TEXT]

    def hcas_tokens(self) -> list[Token]:
        """Prose lines that mention the High Cost Area Supplement (a substring test before the pattern)."""
        if self._hcas is None:
            self._hcas = [token for token in self.prose_with(HCAS_HINTS) if HCAS_WORD.search(token.text)]
        return self._hcas

    def prose_tokens(self) -> list[Token]:
        """Text lines of the free-text sections, in order (worked out once per advert). A
        "Label: value" line among them starts where its text (the value) starts: extractors
        place what they find in a token's text from its start (a band found in "GRADE:Band6"
        was given the span of "GRADE": tests/fuzz_corpus/prose_label_value_band.txt)."""
        if self._prose is None:
            self._prose = [
                token._replace(start=token.value_start) if token.kind == FIELD else token
                for i, section in enumerate(self.sections)
                if section.id in PROSE_SECTIONS
                for token in section.tokens
                if token.kind != BLANK and token.line not in self.used[i]
            ]
        return self._prose


def occurrences(text: str, word: str) -> list[int]:
    """Every place a word stands in a text (str.find, from left to right)."""
    found = []
    at = text.find(word)
    while at != -1:
        found.append(at)
        at = text.find(word, at + len(word))
    return found


def _rank(fact: FactTokens) -> int:
    """How far a fact is trusted (lower first): the page's own blocks and a JSON-LD record, then
    key-facts blocks, then prose, then a page's embedded record, which only fills gaps."""
    if fact.section in FILLING_SECTIONS:
        return 3
    return 0 if fact.section in STRUCTURED_SECTIONS else 1 if fact.structured else 2


def source_of(fact: FactTokens) -> str:
    """Provenance of a fact: "jsonld" for a JobPosting record, "details" for structured blocks,
    "text" for prose."""
    if fact.section in JSONLD_SECTIONS:
        return "jsonld"
    return "details" if fact.structured else "text"


def clean(text: str) -> str:
    """A value without web-page artefacts such as "(Opens in a new tab)"."""
    if "(" not in text:  # every artefact has one; most values have none, and the pattern is slow
        return text.strip()
    return OPENS_IN_NEW_TAB.sub("", text).strip()


def raw_span(fact: FactTokens, raw: str) -> Span:
    """Where a fact's cleaned value (`raw`) stands: as long as `raw` from the value's start when the
    value is one line that `raw` begins; else the whole value. A value over several lines leaves
    out what stands between them (blank lines, bullet markers), and cleaning may take a page note
    out of its middle, so there the length of `raw` said nothing of where it ends (the fuzzer
    found spans that stopped mid-word: tests/fuzz_corpus/band_value_over_bullet_line.txt)."""
    if "\n" not in fact.value and fact.value.startswith(raw):
        return Span(fact.start, fact.start + len(raw))
    return Span(fact.start, fact.end)


def placed_in_value(text: str, words: str, within: Span, at: int) -> Span:
    """Where words read from a value stand in the text, `at` where they would be if the value were
    the text. A value over several lines is read with its lines joined without their indents (and
    without page notes), so past its first line they stand at `at` or after it: they are looked
    for there, in the value's span, as written, else word by word (over a line break), and the
    offset is taken as it is only where neither finds them (tests/fuzz_corpus:
    hcas_evidence_on_an_indented_line.txt, band_in_salary_on_an_indented_line.txt,
    hcas_terms_over_an_indented_line.txt)."""
    start = min(at, within.end)
    found = text.find(words, start, within.end) if text else -1
    if found != -1:
        return Span(found, found + len(words))
    first = end = -1
    for part in words.split() if text else []:
        where = text.find(part, max(start, end), within.end)
        if where == -1:
            first = -1
            break
        first = where if first == -1 else first
        end = where + len(part)
    if first != -1:
        return Span(first, end)
    return Span(start, min(at + len(words), within.end))


def fact_text(fact: FactTokens | None) -> Text | None:
    """A fact's value as Text, or None."""
    if fact is None:
        return None
    value = clean(fact.value)
    return Text(value, Span(fact.start, fact.end), source_of(fact)) if value else None


def date_from(raw: str, start: int, end: int, source: str) -> DateValue:
    """A DateValue for a raw string; value None when no date can be read in it."""
    parsed = find_date(raw)
    if parsed is None:
        return DateValue(None, None, None, raw, Span(start, end), source)
    return DateValue(parsed.value, parsed.precision, parsed.time, raw, Span(start, end), source)


def fact_date(fact: FactTokens | None) -> DateValue | None:
    """A fact's value as a date."""
    if fact is None:
        return None
    return date_from(fact.value, fact.start, fact.end, source_of(fact))


def paragraph_copy(tokens: Sequence[Token]) -> bool:
    """Whether a text is a paragraph copy: a blank line after (nearly) every line, even inside
    label/value pairs and addresses, so that one blank line separates nothing."""
    lines = gaps = 0
    for before, after in pairwise(tokens):
        if before.kind == BLANK:
            continue
        lines += 1
        if after.kind == BLANK:
            gaps += 1
    return lines >= 8 and gaps >= 0.85 * lines
