"""The line tokenizer: headings, labels, inline fields, bullets, text and blanks."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jobparse.inputs.source import decode, normalise
from jobparse.parse.tables import tables
from jobparse.parse.tokenizer import BLANK, BULLET, FIELD, HEADING, LABEL, TEXT, Token, _classify, tokenize
from tests.conftest import advert_fixtures


def kinds(text: str) -> list[tuple[str, str | None]]:
    return [(token.kind, token.key) for token in tokenize(text)]


@pytest.mark.parametrize(
    ("line", "kind", "key"),
    [
        ("Job summary", HEADING, "job-summary"),
        ("MAIN DUTIES OF THE JOB", HEADING, "main-duties"),
        ("Person Specification:", HEADING, "person-specification"),
        ("Employer’s website", LABEL, "website"),
        ("Date posted", LABEL, "date_posted"),
        ("- Main area", LABEL, "main_area"),
        ("Job ref", LABEL, "reference"),
        ("Salary:", LABEL, "salary"),
        ("- Assess patients.", BULLET, None),
        ("• Assess patients.", BULLET, None),
        ("o Assess patients.", BULLET, None),
        ("1. Assess patients.", BULLET, None),
        ("2) Assess patients.", BULLET, None),
        ("We are a friendly team.", TEXT, None),
        ("1-1 tailored intervention", TEXT, None),
        ("   ", BLANK, None),
    ],
)
def test_line_kinds(line: str, kind: str, key: str | None) -> None:
    assert kinds(line) == [(kind, key)]


def test_inline_fields() -> None:
    (token,) = tokenize("Closing Date: 15th September 2025")
    assert (token.kind, token.key, token.label, token.text) == (
        FIELD,
        "closing_date",
        "Closing Date",
        "15th September 2025",
    )
    assert token.value_start == len("Closing Date: ")
    (token,) = tokenize("Salary:\t£24,937 to £26,598 per year")
    assert (token.kind, token.key, token.text) == (FIELD, "salary", "£24,937 to £26,598 per year")
    (token,) = tokenize("Location\tLeeds")
    assert (token.kind, token.key, token.text) == (FIELD, "locations", "Leeds")


def test_colon_in_prose_is_text() -> None:
    (token,) = tokenize("Please note: the start date for this post will be March 2026")
    assert token.kind == TEXT


def test_offsets_and_lines() -> None:
    tokens = list(tokenize("Title\n\n  - Item one  \nEnd"))
    assert [(t.kind, t.line) for t in tokens] == [(TEXT, 0), (BLANK, 1), (BULLET, 2), (TEXT, 3)]
    text = "Title\n\n  - Item one  \nEnd"
    assert text[tokens[2].start : tokens[2].end] == "Item one"


def _classified_one_by_one(text: str) -> list[Token]:
    """The tokens without the line cache: every line classified where it stands."""
    tab, tokens, pos = tables(), [], 0
    for line, raw in enumerate(text.split("\n")):
        content = raw.strip()
        if not content:
            tokens.append(Token(BLANK, line, pos, pos, ""))
        else:
            tokens.append(_classify(content, pos + len(raw) - len(raw.lstrip()), line, tab))
        pos += len(raw) + 1
    return tokens


def test_cached_lines_give_the_tokens_of_classifying_each_line() -> None:
    for path in advert_fixtures():
        text = normalise(decode(path.read_bytes(), path.name))
        twice = text + "\n" + text  # the second copy's lines all come from the cache
        assert list(tokenize(twice)) == _classified_one_by_one(twice), path.name


@given(
    st.lists(
        st.tuples(
            st.sampled_from(["", " ", "\t", "   "]),
            st.sampled_from(["", "- ", "• ", "1. "]),
            st.sampled_from(["Salary", "Band", "Job summary", "Closing date", "We offer", "Contract", "x" * 90]),
            st.sampled_from(["", ":", ": £40,617", "\tPermanent", ": ", " and more"]),
        ),
        max_size=12,
    )
)
def test_cache_keeps_positions_for_any_indentation(parts: list[tuple[str, str, str, str]]) -> None:
    text = "\n".join("".join(part) for part in parts)
    assert list(tokenize(text)) == _classified_one_by_one(text)


def test_markdown_table_rows_are_fields() -> None:
    text = "| Posting date: | 12 March 2026 |\n|---|---|\n| Company: | Northfield NHS Trust |\n| Not a label | x |"
    tokens = list(tokenize(text))
    assert [(t.kind, t.key) for t in tokens] == [
        (FIELD, "date_posted"),
        (BLANK, None),
        (FIELD, "employer_name"),
        (TEXT, None),
    ]
    assert text[tokens[2].value_start : tokens[2].end] == "Northfield NHS Trust"
    assert tokens[0].label == "Posting date"


def test_markdown_headings_quotes_and_bold_labels() -> None:
    text = "# Staff Nurse\n## Summary\n- **Closing date:** 2026-07-09\n> A quoted line\n#hashtag"
    tokens = list(tokenize(text))
    assert [(t.kind, t.key) for t in tokens] == [
        (TEXT, None), (HEADING, "job-summary"), (FIELD, "closing_date"), (TEXT, None), (TEXT, None)
    ]  # fmt: skip
    assert [text[t.start : t.end] for t in tokens] == [
        "Staff Nurse", "Summary", "**Closing date:** 2026-07-09", "A quoted line", "#hashtag"
    ]  # fmt: skip
    assert text[tokens[2].value_start : tokens[2].end] == "2026-07-09"


def test_a_line_indented_with_any_unicode_space_keeps_its_span() -> None:
    text = "Reference number\n\u1680380-AC0746"
    token = list(tokenize(text))[1]
    assert text[token.start : token.end] == "380-AC0746"
