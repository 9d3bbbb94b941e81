"""Group an advert's tokens into sections, and read the label/value facts in them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import regex

from jobparse.lazyregex import lazy_compile
from jobparse.parse.tables import fold, tables
from jobparse.parse.tokenizer import BLANK, BULLET, FIELD, HEADING, LABEL, TEXT, Token

# Sections whose label/value pairs are the page's own structured data, wherever they stand.
STRUCTURED_SECTIONS = frozenset(
    {"details", "employer-details", "employer-contact", "jobposting", "jobposting-embedded"}
)
# Sections rendered from a JSON-LD JobPosting (inputs/jobposting.py): their facts say source "jsonld".
JSONLD_SECTIONS = frozenset({"jobposting", "jobposting-embedded"})
# A page's embedded record only fills what the page's own text leaves out.
FILLING_SECTIONS = frozenset({"jobposting-embedded"})
# A line this long, or ending in a full stop, is prose: label/value pairs after it in the same
# section are an employer's pasted text (decoys), not the page's key facts.
_PROSE_LENGTH = 80
# A line this long is a flattened description if its labels run into it (at least this many colons).
_FLATTENED = 300
_FLATTENED_LABELS = 3
# A run-in label: capitalised words before a colon ("Pay Band: Band 3", "Contract: Fixed term").
INLINE_LABEL = lazy_compile(r"(?<![\w:])(?P<label>[A-Z][A-Za-z/()]*+(?:\s[A-Za-z/()]++){0,3}):\s")
# Keys whose value is one line even in the page's own blocks: a reference, a date or a website
# never runs on (a page cut off after "Reference number" / "380-AC0746" / "Jo" is not "380-AC0746 Jo").
SINGLE_LINE = frozenset(
    {"reference", "date_posted", "closing_date", "interview_date", "shortlisting_date", "start_date", "website",
     "employer_type", "pay_scheme", "employer_name", "job_title", "contact_email", "contact_phone"}
)  # fmt: skip
# Dates written value-first by aggregators: "25th July - Closing date", "6th August - Interview date".
VALUE_FIRST = lazy_compile(
    r"^(?P<value>\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?(?:\s+\d{4})?)\s+[-–]\s+"
    r"(?P<label>(?:closing|interview|shortlisting|start)\s+dates?)$",
    regex.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Section:
    """A heading (None for the preamble before the first heading) and the tokens under it."""

    id: str | None
    heading: Token | None
    tokens: tuple[Token, ...]


@dataclass(frozen=True, slots=True)
class FactTokens:
    """A label and its value tokens, the section it stands in, and whether it is structured."""

    key: str
    label: Token
    values: tuple[Token, ...]
    section: str | None
    structured: bool
    value: str  # the value text, one line per value token
    start: int  # offset where the value starts
    end: int  # offset where the value ends

    @classmethod
    def of(cls, key: str, label: Token, values: tuple[Token, ...], section: str | None, structured: bool) -> FactTokens:
        """A fact with its value text and span worked out once (extractors read them many times)."""
        if label.kind == FIELD:
            return cls(key, label, values, section, structured, label.text, label.value_start, label.end)
        text = "\n".join(token.text for token in values)
        start = values[0].start if values else label.start
        end = values[-1].end if values else label.end
        return cls(key, label, values, section, structured, text, start, end)


def build_sections(tokens: Sequence[Token]) -> list[Section]:
    """Sections in order; the first holds whatever precedes the first heading."""
    sections: list[Section] = []
    current_id: str | None = None
    current_heading: Token | None = None
    body: list[Token] = []
    for token in tokens:
        if token.kind == HEADING:
            sections.append(Section(current_id, current_heading, tuple(body)))
            current_id, current_heading, body = token.key, token, []
        else:
            body.append(token)
    sections.append(Section(current_id, current_heading, tuple(body)))
    return sections


def _is_prose(token: Token) -> bool:
    return token.kind in (TEXT, BULLET) and (len(token.text) > _PROSE_LENGTH or token.text.endswith("."))


def read_facts(section: Section) -> tuple[list[FactTokens], set[int]]:
    """Label/value facts in a section, and the lines of its structured ones (left out of its text)."""
    multiline = tables().multiline
    facts: list[FactTokens] = []
    used: set[int] = set()
    tokens = section.tokens
    always = section.id in STRUCTURED_SECTIONS
    seen_prose = False
    i, n = 0, len(tokens)
    while i < n:
        token = tokens[i]
        if token.kind in (FIELD, TEXT) and len(token.text) > _FLATTENED and section.id not in JSONLD_SECTIONS:
            # A whole description flattened into one line, its labels run in ("Job Title: Ward
            # Clerk Directorate: Surgery Pay Band: Band 3 ..."): prose, with facts inside. Not in
            # a JobPosting's own lines, which jobparse writes a field to a line, however long
            # (tests/fuzz_corpus/jobposting_long_title.txt).
            facts.extend(_inline_facts(token, section.id))
            seen_prose = True
            i += 1
            continue
        if token.kind == FIELD:
            structured = always or not seen_prose
            facts.append(FactTokens.of(token.key or "", token, (), section.id, structured))
            if structured:
                used.add(token.line)
            i += 1
            continue
        if token.kind != LABEL:
            if token.kind == TEXT and token.text[:1].isdigit():
                fact = _value_first(token, section.id, always or not seen_prose)
                if fact is not None:
                    facts.append(fact)
            elif _is_prose(token):
                seen_prose = True
            i += 1
            continue
        # In the page's own blocks every value runs to the next label, so a salary with its "pro
        # rata" or HCAS note on a second line is read whole; elsewhere only listed keys run on.
        runs_on = token.key in multiline or (always and token.key not in SINGLE_LINE)
        values, i = _label_values(tokens, i + 1, runs_on)
        structured = always or not seen_prose
        facts.append(FactTokens.of(token.key or "", token, tuple(values), section.id, structured))
        if structured:
            used.add(token.line)
            used.update(value.line for value in values)
    return facts, used


def _inline_facts(token: Token, section: str | None) -> list[FactTokens]:
    """Facts whose labels are run into a long line: each known label ("Pay Band:") with the text
    up to the next such label or the end of its sentence."""
    if token.text.count(":") < _FLATTENED_LABELS:
        return []
    labels = tables().labels
    text = token.text
    base = token.value_start if token.kind == FIELD else token.start
    found: list[tuple[int, int, str, str]] = []  # (label start, value start, key, label)
    if token.kind == FIELD and token.key is not None and token.label is not None:
        # The line's own label ("Job Title:" before the run-in ones) stands before the value.
        found.append((token.start - base, 0, token.key, token.label))
    for match in INLINE_LABEL.finditer(text):
        words = match["label"].split()
        for cut in range(len(words)):  # "Surgery Pay Band": try "Surgery Pay Band", "Pay Band", "Band"
            label = " ".join(words[cut:])
            key = labels.get(fold(label))
            if key is not None:
                found.append((match.end("label") - len(label), match.end(), key, label))
                break
    facts = []
    for number, (at, value_start, key, label) in enumerate(found):
        end = found[number + 1][0] if number + 1 < len(found) else len(text)
        value = text[value_start:end]
        stop = value.find(". ")
        value = (value[:stop] if stop != -1 else value).rstrip(" .;,")
        if value:
            start = base + value_start
            # Each run-in fact gets a token of its own, from its label to the end of its value.
            own = Token(FIELD, token.line, base + at, start + len(value), value, key, label, start)
            facts.append(FactTokens(key, own, (), section, False, value, start, start + len(value)))
    return facts


def _value_first(token: Token, section: str | None, structured: bool) -> FactTokens | None:
    """A "25th July - Closing date" line as a fact (its value first, its label after a dash)."""
    match = VALUE_FIRST.match(token.text)
    if match is None:
        return None
    key = tables().labels.get(fold(match["label"]))
    if key is None:
        return None
    value = match["value"]
    start = token.start + match.start("value")
    return FactTokens(key, token, (), section, structured, value, start, start + len(value))


def _label_values(tokens: Sequence[Token], i: int, multiline: bool) -> tuple[list[Token], int]:
    """The value tokens after an own-line label, and the index after them."""
    n = len(tokens)
    while i < n and tokens[i].kind == BLANK:
        i += 1
    values: list[Token] = []
    while i < n:
        token = tokens[i]
        if token.kind in (LABEL, FIELD, HEADING):
            break
        if token.kind == BLANK:
            if not multiline:
                break
            i += 1
            continue
        values.append(token)
        i += 1
        if not multiline:
            break
    return values, i


def section_text(tokens: Sequence[Token], skip: set[int] | frozenset[int] = frozenset()) -> str:
    """The section's lines as text: one line per non-blank token, bullets marked "- "."""
    lines = []
    for token in tokens:
        if token.kind == BLANK or token.line in skip:
            continue
        if token.kind == FIELD:
            lines.append(f"{token.label}: {token.text}")
        elif token.bulleted:
            lines.append(f"- {token.text}")
        else:
            lines.append(token.text)
    return "\n".join(lines)
