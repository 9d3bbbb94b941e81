"""Layout families: which one an advert's text is, and where that family's pages put the title.

One small module per family (see shared/reference/layouts.md): its name, how to tell its
variants apart, and where its title is. What each family prints (the labels and lines that mark
it, its page furniture, labels it uses with another meaning) is data, in data/layouts.yaml.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from types import ModuleType

import regex

from jobparse.datafiles import load_data
from jobparse.model import Layout, Text
from jobparse.parse.context import Context
from jobparse.parse.layouts import (
    aggregator,
    find_a_job,
    job_clerk,
    jobposting,
    nhs_jobs,
    nhs_jobs_v2,
    nhs_scotland,
    plain,
    recruitment_pack,
    trac,
)
from jobparse.parse.sections import FactTokens, Section
from jobparse.parse.tables import fold
from jobparse.parse.tokenizer import BLANK, FIELD, LABEL, TEXT, Token

# In order of preference when two families have as many marks.
MODULES: tuple[ModuleType, ...] = (
    jobposting,
    job_clerk,
    find_a_job,
    trac,
    nhs_scotland,
    recruitment_pack,
    nhs_jobs_v2,
    nhs_jobs,
    aggregator,
)
_SHORT = 90  # longer lines are prose: no family marks itself with one


@dataclass(frozen=True, slots=True)
class Family:
    """What data/layouts.yaml says of one family."""

    name: str
    min_marks: int
    labels: frozenset[str]
    lines: frozenset[str]
    patterns: regex.Pattern[str] | None  # the family's line patterns, as one alternation
    relabel: dict[str, str]


@dataclass(frozen=True, slots=True)
class Marks:
    """The labels and lines of one advert that mark a family."""

    labels: list[Token]
    lines: list[Token]

    def __len__(self) -> int:
        return len(self.labels) + len(self.lines)

    def evidence(self) -> tuple[str, ...]:
        """The marks as the record shows them: 'label "Job ref"', 'line "Employer heading"'."""
        found = [f"label {token.label or token.text!r}" for token in self.labels]
        found += [f"line {token.text!r}" for token in self.lines]
        return tuple(sorted(found))


@dataclass(frozen=True, slots=True)
class Page:
    """What detection looks at in one advert: its short lines and its labels, folded."""

    tokens: Sequence[Token]
    lines: dict[str, Token]  # folded short text line -> its first token
    labels: dict[str, Token]  # folded label as written -> its first token
    patterned: dict[str, Token]  # the lines some family's patterns match
    texts: list[tuple[int, Token]]  # every text line, with its index among the tokens

    @classmethod
    def of(cls, tokens: Sequence[Token]) -> Page:
        """The view of an advert's tokens."""
        lines: dict[str, Token] = {}
        labels: dict[str, Token] = {}
        texts: list[tuple[int, Token]] = []
        for i, token in enumerate(tokens):
            kind = token.kind
            if kind == TEXT:
                texts.append((i, token))
                if len(token.text) <= _SHORT:
                    lines.setdefault(fold(token.text), token)
            elif kind == LABEL:
                labels.setdefault(fold(token.text), token)
            elif kind == FIELD and token.label is not None:
                labels.setdefault(fold(token.label), token)
        # One pass of every family's patterns together picks the few lines worth trying one by one.
        patterned = {key: token for key, token in lines.items() if _patterned(key)}
        return cls(tokens, lines, labels, patterned, texts)

    def first_content(self) -> Token | None:
        """The first token that is not blank."""
        return next((token for token in self.tokens if token.kind != BLANK), None)


@dataclass(frozen=True, slots=True)
class Detected:
    """The family an advert was read as, its variant, the marks that told, and its module."""

    family: Family
    variant: str | None
    evidence: tuple[str, ...]
    module: ModuleType

    def record(self) -> Layout:
        """The record's `layout` value."""
        return Layout(self.family.name, self.variant, self.evidence)

    def facts(self, tokens: Sequence[Token], sections: list[Section]) -> list[FactTokens]:
        """Facts this family's pages give without labels (none for most families)."""
        finder: Callable[[Sequence[Token], list[Section]], list[FactTokens]] | None = getattr(
            self.module, "facts", None
        )
        return [] if finder is None else finder(tokens, sections)

    def title(self, ctx: Context) -> tuple[Text | None, Text | None]:
        """The title and the employer display line, where this family's pages put them."""
        finder: Callable[[Context], tuple[Text | None, Text | None]] = self.module.title
        return finder(ctx)


@cache
def families() -> dict[str, Family]:
    """Every family in data/layouts.yaml, by name."""
    found = {}
    for name, data in load_data("layouts.yaml").items():
        marks = data.get("marks")
        if marks is None:
            continue
        joined = "|".join(f"(?:{pattern})" for pattern in marks["patterns"])
        found[name] = Family(
            name,
            data["min-marks"],
            frozenset(fold(label) for label in marks["labels"]),
            frozenset(fold(line) for line in marks["lines"]),
            regex.compile(joined, regex.IGNORECASE) if joined else None,
            {fold(label): key for label, key in data["relabel"].items()},
        )
    return found


@cache
def _any_pattern() -> regex.Pattern[str]:
    """Every family's line patterns as one alternation (a line matching none is tried no further)."""
    sources = [family.patterns.pattern for family in families().values() if family.patterns is not None]
    return regex.compile("|".join(f"(?:{source})" for source in sources), regex.IGNORECASE)


@lru_cache(maxsize=16_384)
def _patterned(key: str) -> bool:
    # Cached: short lines repeat from advert to advert (an employer's furniture, its headings).
    return _any_pattern().match(key) is not None


def _marks(family: Family, page: Page) -> Marks:
    labels = [page.labels[key] for key in family.labels & page.labels.keys()]
    lines = [page.lines[key] for key in family.lines & page.lines.keys()]
    if family.patterns is not None:
        hit = next((token for key, token in page.patterned.items() if family.patterns.match(key)), None)
        if hit is not None:
            lines.append(hit)
    return Marks(labels, lines)


@cache
def _marked_by() -> dict[str, tuple[str, ...]]:
    """Which families each folded label or line marks (a label may mark several)."""
    found: dict[str, list[str]] = {}
    for family in families().values():
        for key in family.labels | family.lines:
            found.setdefault(key, []).append(family.name)
    return {key: tuple(names) for key, names in found.items()}


def detect(tokens: Sequence[Token]) -> Detected:
    """The family whose marks an advert's text carries most (plain text when none does)."""
    page = Page.of(tokens)
    known = families()
    # Which families the advert's labels and lines mark at all, in one pass over them: the marks
    # of the others are empty, and are not worked out.
    marked_by = _marked_by()
    marked = {name for key in (*page.labels, *page.lines) for name in marked_by.get(key, ())}
    if page.patterned:
        marked.update(name for name, family in known.items() if family.patterns is not None)
    best: tuple[int, ModuleType, Marks] | None = None
    for module in MODULES:
        family = known[module.NAME]
        marks = _marks(family, page) if family.name in marked else _NO_MARKS
        score = module.score(page, marks) if hasattr(module, "score") else len(marks)
        if score >= family.min_marks and (best is None or score > best[0]):
            best = (score, module, marks)
    if best is None:
        return Detected(Family(plain.NAME, 0, frozenset(), frozenset(), None, {}), None, (), plain)
    _, module, marks = best
    return Detected(known[module.NAME], module.variant(page), marks.evidence(), module)


_NO_MARKS = Marks([], [])
