"""Extractors for the free text: summary, main duties, about us, every section, every fact."""

from __future__ import annotations

import regex

from jobparse.lazyregex import lazy_compile
from jobparse.model import Fact, SectionRecord, Span, Text
from jobparse.parse.context import Context, source_of
from jobparse.parse.patterns import SENTENCE_END
from jobparse.parse.sections import section_text
from jobparse.parse.tokenizer import BLANK, BULLET, FIELD, TEXT, Token

# Only the start of a whitespace run is tried (lookbehind), and the run is taken whole
# (possessive): a long run of spaces costs linear time, not quadratic.
INLINE_BULLETS = lazy_compile(r"(?<!\s)\s++[•·▪●◦]\s+")
# Items of a list whose line breaks a copy lost: a full stop followed at once by a capital.
GLUED_ITEMS = lazy_compile(r"(?<=[a-z)][.;!?])(?=[A-Z][a-z])")


def _text_of(tokens: list[Token], skip: set[int], source: str = "details") -> Text | None:
    kept = [token for token in tokens if token.kind != BLANK and token.line not in skip]
    if not kept:
        return None
    return Text(section_text(kept), Span(kept[0].start, kept[-1].end), source)


def section_as_text(ctx: Context, *ids: str) -> Text | None:
    """The text of the first section with one of these ids that has any (lines used by facts left
    out): a Find a Job "Summary" heading followed at once by the employer's "Job summary" is empty."""
    for wanted in ids:
        for i, section in enumerate(ctx.sections):
            if section.id == wanted and (found := _text_of(list(section.tokens), ctx.used[i])) is not None:
                return found
    return None


def summary(ctx: Context) -> Text | None:
    """The job summary; where the summary holds only key facts (Trac), the overview or description."""
    found = section_as_text(ctx, "job-summary")
    if found is not None and len(found.value) > 100:
        return found
    return section_as_text(ctx, "job-overview") or found or section_as_text(ctx, "job-description")


def main_duties(ctx: Context) -> tuple[Text, ...]:
    """The items of the "Main duties of the job" section (or its family's heading for it); with
    no such section, the bullets after a line that introduces duties ("As a Staff Nurse you will:")."""
    found = ctx.section("main-duties")
    if found is None:
        return _introduced_duties(ctx)
    i, section = found
    tokens = [token for token in section.tokens if token.kind != BLANK and token.line not in ctx.used[i]]
    if any(token.kind == BULLET for token in tokens):
        return _bullet_items(tokens)
    lines = [token for token in tokens if not token.text.endswith(":")]
    if len(lines) == 1:
        return _split_paragraph(lines[0])
    return tuple(_wrapped_lines(lines))


def _text_start(token: Token) -> int:
    """Where a token's text starts: a "Label: value" line's text is its value (a span from the
    label's start selected the label too: tests/fuzz_corpus/duties_label_value_line.txt)."""
    return token.value_start if token.kind == FIELD else token.start


def _wrapped_lines(lines: list[Token]) -> list[Text]:
    """One item per line, a line that opens in lower case continuing the one straight before it
    (a PDF's lines, wrapped at the page's width)."""
    items: list[Text] = []
    previous: Token | None = None
    for token in lines:
        # Only the line straight after: a span over a left-out line ("Label:") would hold words
        # the value has not (tests/fuzz_corpus/duty_continued_over_a_label_line.txt).
        if previous is not None and token.line == previous.line + 1 and token.text[:1].islower():
            last = items[-1]
            items[-1] = Text(f"{last.value} {token.text}", Span(last.span.start, token.end))
        else:
            items.append(Text(token.text, Span(_text_start(token), token.end)))
        previous = token
    return items


# A line that introduces a list of duties: "As a Staff Nurse on the AMU you will:", "Your main
# duties will include:"; not one that introduces benefits or requirements.
DUTIES_LEAD = lazy_compile(
    r"\b(?:you\s+will|duties|responsibilities|the\s+role\s+(?:will\s+)?(?:involves?|includes?)|"
    r"post\s*holder\s+will|key\s+tasks)\b[^:]*:$",
    regex.IGNORECASE,
)
NOT_DUTIES = lazy_compile(
    r"\b(?:offer|benefits?|need|have|bring|requirements?|essential|desirable|skills|experience|qualifications?)\b[^:]*:$",
    regex.IGNORECASE,
)
_MIN_INTRODUCED = 3
_HEADING_LENGTH = 60


def _introduced_duties(ctx: Context) -> tuple[Text, ...]:
    for token_list in (section.tokens for section in ctx.sections if section.id in _DUTY_SECTIONS):
        tokens = [token for token in token_list if token.kind != BLANK]
        for at, token in enumerate(tokens):
            if token.kind != TEXT or not token.text.endswith(":") or NOT_DUTIES.search(token.text):
                continue
            if DUTIES_LEAD.search(token.text) is None:
                continue
            run = []
            for item in tokens[at + 1 :]:
                if item.kind != BULLET:
                    break
                run.append(item)
            if len(run) >= _MIN_INTRODUCED:
                return _bullet_items(run)
    return ()


_DUTY_SECTIONS = frozenset({None, "job-summary", "job-overview", "job-description", "job-responsibilities"})


def _bullet_items(tokens: list[Token]) -> tuple[Text, ...]:
    """Bullet items; a lower-case line straight after a bullet continues it. A numbered heading in
    capitals ("7. ASSIGNMENT AND REVIEW OF WORK", a pack's next section) ends the list."""
    items: list[Text] = []
    previous: Token | None = None
    for token in tokens:
        if token.kind == BULLET and token.text.isupper() and len(token.text) <= _HEADING_LENGTH:
            break
        if token.kind == BULLET:
            items.append(Text(token.text, Span(token.start, token.end)))
        elif (
            items
            and previous is not None
            and previous.kind == BULLET
            and token.line == previous.line + 1
            and token.text[:1].islower()
        ):
            last = items[-1]
            items[-1] = Text(f"{last.value} {token.text}", Span(last.span.start, token.end))
            token = previous  # a further continuation line still follows a bullet
        previous = token
    return tuple(items)


def _split_paragraph(token: Token) -> tuple[Text, ...]:
    """A list run together in one line: split at inline bullets, else where items were glued
    together by the copy ("team.Manage diaries"); a paragraph of prose stays one item."""
    text = token.text
    pieces = INLINE_BULLETS.split(text)
    if len(pieces) == 1:
        pieces = GLUED_ITEMS.split(text)
    if len(pieces) == 1 and _sentence_list(sentences := SENTENCE_END.split(text)):
        pieces = sentences
    items = []
    offset = 0
    for piece in pieces:
        piece = piece.strip(" •·")
        if not piece:
            continue
        begin = text.find(piece, offset)
        offset = begin + len(piece)
        items.append(Text(piece, Span(_text_start(token) + begin, _text_start(token) + offset)))
    return tuple(items)


# Words that open a sentence of prose; a duty in a list opens with its verb ("Manage the clinic").
_PROSE_OPENERS = frozenset(
    [
        "the",
        "this",
        "that",
        "these",
        "those",
        "you",
        "your",
        "we",
        "our",
        "it",
        "its",
        "as",
        "in",
        "if",
        "they",
        "he",
        "she",
        "a",
        "an",
        "all",
        "please",
        "there",
        "with",
        "for",
        "to",
        "on",
        "at",
        "by",
        "from",
        "when",
        "while",
        "where",
        "what",
        "who",
        "which",
        "each",
        "every",
        "some",
        "any",
        "most",
        "many",
    ]
)
_LIST_SENTENCE_WORDS = 25


def _sentence_list(sentences: list[str]) -> bool:
    """Whether sentences are a list of duties run together (three or more short ones, most opening
    with a verb) rather than a paragraph of prose."""
    if len(sentences) < 3 or any(len(sentence.split()) > _LIST_SENTENCE_WORDS for sentence in sentences):
        return False
    verbs = sum(1 for sentence in sentences if sentence.split()[0].casefold().strip("•·-") not in _PROSE_OPENERS)
    return verbs * 3 >= len(sentences) * 2


def all_sections(ctx: Context) -> tuple[SectionRecord, ...]:
    """Every section, the preamble included when it has lines, with its full text."""
    records = []
    for section in ctx.sections:
        content = [token for token in section.tokens if token.kind != BLANK]
        if section.heading is None and not content:
            continue
        start = section.heading.start if section.heading is not None else content[0].start
        end = content[-1].end if content else section.heading.end if section.heading is not None else start
        heading = None if section.heading is None else section.heading.text
        section_id = "preamble" if section.heading is None else section.id
        records.append(SectionRecord(section_id, heading, section_text(content), Span(start, end)))
    return tuple(records)


def all_facts(ctx: Context) -> tuple[Fact, ...]:
    """Every label/value pair read, structured or in prose, in order."""
    label_of = {fact.label.start: fact for fact in ctx.facts}
    ordered = [label_of[start] for start in sorted(label_of)]
    return tuple(
        Fact(
            fact.key,
            fact.label.label if fact.label.label is not None else fact.label.text,
            fact.value,
            Span(fact.label.start, fact.end),
            source_of(fact),
        )
        for fact in ordered
    )
