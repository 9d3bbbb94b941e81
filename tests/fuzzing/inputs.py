"""What the fuzzer feeds in: (bytes, file name) pairs of every input kind jobparse reads.

Seeds are every fixture: the two real seeds, the synthetic adverts, every layout family's
fixtures (tests/fixtures/layouts/<family>/), the examples, the JSON-LD records and the saved
pages and feeds. Mutations know the adverts' structure: they swap label lines, duplicate headings,
swap and duplicate key-fact blocks, insert page furniture (jobparse/data/layouts.yaml), known
labels and headings, shuffle markdown table rows, turn facts into table rows, splice adverts into
dumps; then the bytes are encoded (UTF-8 with or without a BOM, UTF-16, cp1252, CRLF or CR line
ends) and may be cut at any byte or salted with random bytes. JSON-LD records have their values
deleted, replaced and duplicated; HTML pages and XML feeds are built around (mutated) advert text.
"""

from __future__ import annotations

import codecs
import html
import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape as xml_escape

from hypothesis import strategies as st

from jobparse.datafiles import load_data
from jobparse.parse.tokenizer import BLANK, BULLET, FIELD, HEADING, LABEL, tokenize
from tests.conftest import FIXTURES, ROOT, advert_fixtures

Sample = tuple[bytes, str]  # an input's bytes and its file name (the suffix says how it is read)


@dataclass(frozen=True)
class Seed:
    """A fixture advert: its lines and each line's token kind."""

    name: str
    lines: tuple[str, ...]
    kinds: tuple[str, ...]


def text_seed_paths() -> list[Path]:
    """Every advert text fixture: seeds, synthetic adverts, every layout family's, and the examples."""
    return advert_fixtures() + sorted((ROOT / "examples").glob("*.txt"))


@cache
def text_seeds() -> tuple[Seed, ...]:
    found = []
    for path in text_seed_paths():
        text = path.read_bytes().decode("utf-8", errors="replace").replace("\r\n", "\n").replace("\r", "\n")
        lines = tuple(text.split("\n"))
        kinds = tuple(token.kind for token in tokenize("\n".join(lines)))
        found.append(Seed(path.relative_to(FIXTURES.parent.parent).as_posix(), lines, kinds))
    return tuple(found)


@cache
def all_lines() -> tuple[str, ...]:
    """Every distinct line of every text seed."""
    return tuple(sorted({line for seed in text_seeds() for line in seed.lines}))


@cache
def furniture_lines() -> tuple[str, ...]:
    """Every family's page furniture and page-top lines, as layouts.yaml writes them (folded)."""
    families = load_data("layouts.yaml")
    found = {line for family in families.values() for key in ("furniture", "page-top") for line in family.get(key, ())}
    return tuple(sorted(found))


@cache
def label_aliases() -> tuple[str, ...]:
    return tuple(sorted({alias for aliases in load_data("labels.yaml")["labels"].values() for alias in aliases}))


@cache
def heading_aliases() -> tuple[str, ...]:
    return tuple(sorted({alias for aliases in load_data("headings.yaml").values() for alias in aliases}))


@cache
def json_seeds() -> tuple[Any, ...]:
    """Every JSON value in the JSON-LD fixtures (a .jsonl file holds one a line)."""
    found: list[Any] = []
    for path in sorted((FIXTURES / "jsonld").iterdir()):
        if path.suffix == ".jsonl":
            found += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        elif path.suffix in (".json", ".jsonld"):
            found.append(json.loads(path.read_text(encoding="utf-8")))
    return tuple(found)


@cache
def page_seeds() -> tuple[Sample, ...]:
    """The saved pages and feeds among the fixtures, as they are."""
    paths = [*sorted((FIXTURES / "pages").iterdir()), *sorted((FIXTURES / "jsonld").glob("*.html"))]
    return tuple((path.read_bytes(), path.name) for path in paths)


# ---------------------------------------------------------------------------------------------
# Mutations of advert text, line by line. Each takes the lines and their token kinds.

Lines = list[str]


def _indices(kinds: list[str], *wanted: str) -> list[int]:
    return [i for i, kind in enumerate(kinds) if kind in wanted]


def _pick(draw: st.DrawFn, items: list[int]) -> int | None:
    return draw(st.sampled_from(items)) if items else None


def swap_label_lines(draw: st.DrawFn, lines: Lines, kinds: list[str]) -> Lines:
    """Two label lines (or "Label: value" lines) change places."""
    labels = _indices(kinds, LABEL, FIELD)
    if len(labels) < 2:
        return lines
    a, b = draw(st.lists(st.sampled_from(labels), min_size=2, max_size=2, unique=True))
    lines[a], lines[b] = lines[b], lines[a]
    return lines


def duplicate_heading(draw: st.DrawFn, lines: Lines, kinds: list[str]) -> Lines:
    """A heading line again, somewhere else."""
    at = _pick(draw, _indices(kinds, HEADING))
    if at is None:
        return lines
    lines.insert(draw(st.integers(0, len(lines))), lines[at])
    return lines


def fact_blocks(kinds: list[str]) -> list[tuple[int, int]]:
    """Key-fact blocks: a label line and its value lines up to the next label or heading, or a
    "Label: value" line alone; (start, end) line ranges."""
    blocks = []
    for i, kind in enumerate(kinds):
        if kind == FIELD:
            blocks.append((i, i + 1))
        elif kind == LABEL:
            end = i + 1
            while end < len(kinds) and end - i < 8 and kinds[end] not in (LABEL, FIELD, HEADING):
                end += 1
            blocks.append((i, end))
    return blocks


def swap_fact_blocks(draw: st.DrawFn, lines: Lines, kinds: list[str]) -> Lines:
    """Two key-fact blocks (a label and its value lines) change places."""
    blocks = fact_blocks(kinds)
    if len(blocks) < 2:
        return lines
    first, second = sorted(draw(st.lists(st.sampled_from(blocks), min_size=2, max_size=2, unique=True)))
    if first[1] > second[0]:
        return lines
    (a, b), (c, d) = first, second
    return lines[:a] + lines[c:d] + lines[b:c] + lines[a:b] + lines[d:]


def duplicate_fact_block(draw: st.DrawFn, lines: Lines, kinds: list[str]) -> Lines:
    """A key-fact block again, right after itself or anywhere."""
    blocks = fact_blocks(kinds)
    if not blocks:
        return lines
    start, end = draw(st.sampled_from(blocks))
    at = draw(st.one_of(st.just(end), st.integers(0, len(lines))))
    return lines[:at] + lines[start:end] + lines[at:]


def insert_furniture(draw: st.DrawFn, lines: Lines, kinds: list[str]) -> Lines:
    """A line of page furniture (navigation, a notice, a logo), in any case."""
    line = draw(st.sampled_from(furniture_lines()))
    line = draw(st.sampled_from([line, line.capitalize(), line.title(), line.upper()]))
    lines.insert(draw(st.integers(0, len(lines))), line)
    return lines


def insert_label(draw: st.DrawFn, lines: Lines, kinds: list[str]) -> Lines:
    """A known label alone, or with a value from any fixture, as "Label: value" or a table row."""
    label = draw(st.sampled_from(label_aliases())).capitalize()
    value = draw(st.sampled_from(all_lines()))
    line = draw(st.sampled_from([label, f"{label}: {value}", f"{label}\t{value}", f"| {label}: | {value} |"]))
    lines.insert(draw(st.integers(0, len(lines))), line)
    return lines


def insert_heading(draw: st.DrawFn, lines: Lines, kinds: list[str]) -> Lines:
    """A known heading, plain, in capitals, as markdown or numbered."""
    heading = draw(st.sampled_from(heading_aliases()))
    heading = draw(st.sampled_from([heading.capitalize(), heading.upper(), f"## {heading.title()}", f"3. {heading}"]))
    lines.insert(draw(st.integers(0, len(lines))), heading)
    return lines


def shuffle_table_rows(draw: st.DrawFn, lines: Lines, kinds: list[str]) -> Lines:
    """Markdown table rows change places among themselves."""
    rows = [i for i, line in enumerate(lines) if line.lstrip().startswith("|")]
    if len(rows) < 2:
        return lines
    order = draw(st.permutations(rows))
    moved = list(lines)
    for target, source in zip(rows, order, strict=True):
        moved[target] = lines[source]
    return moved


def to_table_row(draw: st.DrawFn, lines: Lines, kinds: list[str]) -> Lines:
    """A "Label: value" line written as a markdown table row, maybe under a header row."""
    at = _pick(draw, _indices(kinds, FIELD))
    if at is None or ":" not in lines[at]:
        return lines
    label, _, value = lines[at].partition(":")
    lines[at] = f"| {label.strip()}: | {value.strip()} |"
    if draw(st.booleans()):
        lines.insert(at, "|---|---|")
    return lines


def delete_lines(draw: st.DrawFn, lines: Lines, kinds: list[str]) -> Lines:
    at = draw(st.integers(0, len(lines)))
    return lines[:at] + lines[at + draw(st.integers(1, 6)) :]


def duplicate_lines(draw: st.DrawFn, lines: Lines, kinds: list[str]) -> Lines:
    at = draw(st.integers(0, len(lines)))
    end = at + draw(st.integers(1, 6))
    target = draw(st.integers(0, len(lines)))
    return lines[:target] + lines[at:end] + lines[target:]


def move_lines(draw: st.DrawFn, lines: Lines, kinds: list[str]) -> Lines:
    at = draw(st.integers(0, len(lines)))
    end = at + draw(st.integers(1, 6))
    block, rest = lines[at:end], lines[:at] + lines[end:]
    target = draw(st.integers(0, len(rest)))
    return rest[:target] + block + rest[target:]


def shuffle_lines(draw: st.DrawFn, lines: Lines, kinds: list[str]) -> Lines:
    return list(draw(st.permutations(lines)))


def replace_line(draw: st.DrawFn, lines: Lines, kinds: list[str]) -> Lines:
    """A line becomes a line of another fixture, or arbitrary text."""
    if not lines:
        return lines
    at = draw(st.integers(0, len(lines) - 1))
    lines[at] = draw(st.one_of(st.sampled_from(all_lines()), st.text(max_size=80)))
    return lines


def edit_line(draw: st.DrawFn, lines: Lines, kinds: list[str]) -> Lines:
    """Characters inserted into or deleted from a line (figures, punctuation, odd spaces, anything)."""
    if not lines:
        return lines
    at = draw(st.integers(0, len(lines) - 1))
    line = lines[at]
    cut = draw(st.integers(0, len(line)))
    if draw(st.booleans()):
        noise = st.one_of(st.text(alphabet="£0123456789,.-/: \t\u00a0–()kKpa", max_size=12), st.text(max_size=12))
        lines[at] = line[:cut] + draw(noise) + line[cut:]
    else:
        lines[at] = line[:cut] + line[cut + draw(st.integers(1, 20)) :]
    return lines


def decorate_line(draw: st.DrawFn, lines: Lines, kinds: list[str]) -> Lines:
    """A line indented, bulleted, numbered, quoted, made a markdown heading or bold label, or given trailing spaces."""
    if not lines:
        return lines
    at = draw(st.integers(0, len(lines) - 1))
    line = lines[at]
    lines[at] = draw(
        st.sampled_from(
            [f"    {line}", f"• {line}", f"- {line}", f"o {line}", f"\uf0b7 {line}", f"•{line}", f"1. {line}",
             f"a) {line}", f"> {line}", f"## {line}", f"**{line}**", f"**{line}:**", f"{line}   \t", f"{line}:",
             f"\t{line}", f"- {line}:"]
        )
    )  # fmt: skip
    return lines


def splice_advert(draw: st.DrawFn, lines: Lines, kinds: list[str]) -> Lines:
    """Part or all of another advert put in, with or without a separator line: a dump of several."""
    other = draw(st.sampled_from(text_seeds())).lines
    start = draw(st.integers(0, len(other)))
    part = list(other[start : start + draw(st.integers(1, len(other) + 1))])
    separator = draw(st.sampled_from([[], [""], ["=========="], ["-" * 40], ["\f"], ["", "* * * * *", ""]]))
    at = draw(st.one_of(st.just(len(lines)), st.integers(0, len(lines))))
    return lines[:at] + separator + part + lines[at:]


LINE_MUTATIONS = (
    swap_label_lines,
    duplicate_heading,
    swap_fact_blocks,
    duplicate_fact_block,
    insert_furniture,
    insert_label,
    insert_heading,
    shuffle_table_rows,
    to_table_row,
    delete_lines,
    duplicate_lines,
    move_lines,
    shuffle_lines,
    replace_line,
    edit_line,
    decorate_line,
    splice_advert,
)


@st.composite
def advert_lines(draw: st.DrawFn) -> Lines:
    """A text seed's lines after a few structure-aware mutations (or none)."""
    seed = draw(st.sampled_from(text_seeds()))
    lines, kinds = list(seed.lines), list(seed.kinds)
    for _ in range(draw(st.integers(0, 6))):
        lines = draw(st.sampled_from(LINE_MUTATIONS))(draw, lines, kinds)
        lines = "\n".join(lines).split("\n")  # an edit may have put a line break in a line
        kinds = [token.kind for token in tokenize("\n".join(lines))]
    return lines


# ---------------------------------------------------------------------------------------------
# Bytes: encodings, line ends, cuts and noise.

ENCODINGS = ("utf-8", "utf-8-bom", "utf-16-le-bom", "utf-16-be-bom", "cp1252")


def encode(text: str, encoding: str) -> bytes:
    """A text in one of the encodings jobparse reads (cp1252 replaces what it cannot hold)."""
    if encoding == "utf-8-bom":
        return codecs.BOM_UTF8 + text.encode("utf-8", errors="surrogatepass")
    if encoding == "utf-16-le-bom":
        return codecs.BOM_UTF16_LE + text.encode("utf-16-le", errors="surrogatepass")
    if encoding == "utf-16-be-bom":
        return codecs.BOM_UTF16_BE + text.encode("utf-16-be", errors="surrogatepass")
    return text.encode(encoding, errors="replace" if encoding == "cp1252" else "surrogatepass")


@st.composite
def damaged(draw: st.DrawFn, data: bytes) -> bytes:
    """Bytes cut at any byte, with ranges deleted or random bytes inserted (or as they are)."""
    if draw(st.integers(0, 3)) == 0:
        data = data[: draw(st.integers(0, len(data)))]
    if draw(st.integers(0, 3)) == 0:
        salted = bytearray(data)
        for _ in range(draw(st.integers(1, 8))):
            at = draw(st.integers(0, len(salted)))
            if draw(st.booleans()):
                del salted[at : at + draw(st.integers(1, 40))]
            else:
                salted[at:at] = draw(st.binary(min_size=1, max_size=8))
        data = bytes(salted)
    return data


@st.composite
def text_inputs(draw: st.DrawFn) -> Sample:
    """A mutated advert text file (.txt), in any encoding and line ending, maybe damaged."""
    text = "\n".join(draw(advert_lines()))
    text = text.replace("\n", draw(st.sampled_from(["\n", "\n", "\r\n", "\r"])))
    data = encode(text, draw(st.sampled_from(ENCODINGS)))
    return draw(damaged(data)), "fuzz.txt"


# ---------------------------------------------------------------------------------------------
# JSON-LD records.

json_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**12), 10**12),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=40),
    st.sampled_from(["JobPosting", "Organization", "Place", "PostalAddress", "MonetaryAmount",
                     "QuantitativeValue", "YEAR", "HOUR", "FULL_TIME", "PART_TIME", "TEMPORARY",
                     "2025-10-01", "2025-10-01T23:59:00Z", "31/02/2026", "£31,049", "GBP", "Band 5",
                     "<p>text</p>", "&lt;b&gt;bold&lt;/b&gt;", "&amp;", "@graph", "@type"]),
)  # fmt: skip
json_values = st.recursive(
    json_scalars,
    lambda children: st.one_of(
        st.lists(children, max_size=4), st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=12,
)


def _containers(value: Any, found: list[Any]) -> list[Any]:
    """Every dict and list inside a JSON value, the value itself first."""
    if isinstance(value, (dict, list)):
        found.append(value)
        for item in value.values() if isinstance(value, dict) else value:
            _containers(item, found)
    return found


@st.composite
def mutated_json(draw: st.DrawFn) -> Any:
    """A JSON-LD fixture with values deleted, replaced (by any JSON, or an advert's line) and duplicated."""
    value = json.loads(json.dumps(draw(st.sampled_from(json_seeds()))))  # a copy to change
    for _ in range(draw(st.integers(0, 6))):
        container = draw(st.sampled_from(_containers(value, [])))
        keys = list(container) if isinstance(container, dict) else list(range(len(container)))
        if not keys:
            continue
        key = draw(st.sampled_from(keys))
        action = draw(st.sampled_from(["delete", "replace", "line", "duplicate", "wrap"]))
        if action == "delete":
            del container[key]
        elif action == "replace":
            container[key] = draw(json_values)
        elif action == "line":
            container[key] = draw(st.sampled_from(all_lines()))
        elif action == "duplicate" and isinstance(container, list):
            container.insert(key, json.loads(json.dumps(container[key])))
        elif action == "wrap":
            container[key] = [container[key]]
    return value


@st.composite
def json_inputs(draw: st.DrawFn) -> Sample:
    """JSON-LD records as a .json, .jsonld or .jsonl file, maybe damaged."""
    values = draw(st.lists(mutated_json(), min_size=1, max_size=3))
    suffix = draw(st.sampled_from([".json", ".jsonld", ".jsonl"]))
    ascii_only = draw(st.booleans())
    if suffix == ".jsonl":
        text = "\n".join(json.dumps(value, ensure_ascii=ascii_only) for value in values) + "\n"
    else:
        shape = draw(st.sampled_from(["first", "list", "graph"]))
        value = values[0] if shape == "first" else values if shape == "list" else {"@graph": values}
        text = json.dumps(value, ensure_ascii=ascii_only, indent=draw(st.sampled_from([None, 2])))
    return draw(damaged(text.encode("utf-8"))), "fuzz" + suffix


# ---------------------------------------------------------------------------------------------
# HTML pages and XML feeds built around advert text.


@st.composite
def html_inputs(draw: st.DrawFn) -> Sample:
    """A saved page: advert lines marked up by kind (headings, label/value lists, bullets,
    paragraphs), with scripts, comments, entities and maybe an embedded JobPosting; or a fixture
    page, damaged."""
    if draw(st.integers(0, 4)) == 0:
        data, name = draw(st.sampled_from([seed for seed in page_seeds() if seed[1].endswith(".html")]))
        return draw(damaged(data)), name
    lines = "\n".join(draw(advert_lines())).split("\n")  # a mutation may have put line breaks in a line
    kinds = [token.kind for token in tokenize("\n".join(lines))]
    escape = draw(st.sampled_from([html.escape, lambda text: text]))  # unescaped "<" and "&" too
    parts = ["<!DOCTYPE html><html><head><title>Job</title><style>p{color:red}</style></head><body>"]
    for line, kind in zip(lines, kinds, strict=True):
        body = escape(line.strip())
        if kind == HEADING:
            parts.append(f"<h2>{body}</h2>")
        elif kind == LABEL:
            parts.append(f"<dt>{body}</dt>")
        elif kind == BULLET:
            parts.append(f"<ul><li>{escape(line.strip().lstrip('-•*o ').strip())}</li></ul>")
        elif kind == BLANK:
            parts.append(draw(st.sampled_from(["", "<br>", "<!-- gap -->", "<div></div>"])))
        else:
            parts.append(draw(st.sampled_from([f"<p>{body}</p>", f"<dd>{body}</dd>", f"<span>{body}</span>", body])))
        if draw(st.integers(0, 30)) == 0:
            parts.append(draw(st.sampled_from(["<script>var a = '<p>Salary</p>';</script>", "&nbsp;", "&pound;",
                                               "<p>Apply now</p>", "<table><tr><td>Band</td><td>5</td></tr></table>"])))  # fmt: skip
    if draw(st.integers(0, 3)) == 0:
        posting = json.dumps(draw(mutated_json())).replace("</", "<\\/")
        parts.append(f'<script type="application/ld+json">{posting}</script>')
    parts.append("</body></html>")
    data = "\n".join(parts).encode(draw(st.sampled_from(["utf-8", "cp1252"])), errors="replace")
    return draw(damaged(data)), draw(st.sampled_from(["fuzz.html", "fuzz.htm"]))


FEED_FIELDS = ("id", "reference", "title", "description", "employer", "type", "salary", "closeDate", "postDate", "url")


@st.composite
def xml_inputs(draw: st.DrawFn) -> Sample:
    """A search feed: vacancies whose fields are fixture lines or arbitrary text (some missing,
    repeated or out of order); or a fixture feed, damaged."""
    if draw(st.integers(0, 4)) == 0:
        data, name = draw(st.sampled_from([seed for seed in page_seeds() if seed[1].endswith(".xml")]))
        return draw(damaged(data)), name
    field_text = st.one_of(
        st.sampled_from(all_lines()),
        st.text(alphabet=st.characters(exclude_categories=["Cs", "Cc"]), max_size=60),
        st.sampled_from(
            ["2025-10-01T23:59:00", "2025-13-45", "<p>Band 5 <b>nurse</b></p>", "£31,049 to £37,796 a year"]
        ),
    )
    vacancies = []
    for _ in range(draw(st.integers(0, 3))):
        names = draw(st.lists(st.sampled_from(FEED_FIELDS), max_size=12))
        children = [f"<{name}>{xml_escape(draw(field_text))}</{name}>" for name in names]
        places = draw(st.lists(field_text, max_size=3))
        if places:
            children.append(
                "<locations>" + "".join(f"<location>{xml_escape(p)}</location>" for p in places) + "</locations>"
            )
        vacancies.append("<vacancyDetails>" + "".join(children) + "</vacancyDetails>")
    text = '<?xml version="1.0" encoding="UTF-8"?>\n<nhsJobs>' + "\n".join(vacancies) + "</nhsJobs>\n"
    return draw(damaged(text.encode("utf-8"))), "fuzz.xml"


@st.composite
def arbitrary_inputs(draw: st.DrawFn) -> Sample:
    """Arbitrary text or bytes, under any of the names jobparse reads."""
    name = draw(st.sampled_from(["fuzz.txt", "fuzz.html", "fuzz.xml", "fuzz.json", "fuzz.jsonl"]))
    data = draw(
        st.one_of(st.binary(max_size=2000), st.text(max_size=2000).map(lambda t: t.encode("utf-8", "surrogatepass")))
    )
    return data, name


KINDS = {
    "text": text_inputs(),
    "json": json_inputs(),
    "html": html_inputs(),
    "xml": xml_inputs(),
    "arbitrary": arbitrary_inputs(),
}
# Advert text is what users feed most and where the parser has most to get wrong: it gets most tries.
WEIGHTS = {"text": 6, "json": 1, "html": 1, "xml": 1, "arbitrary": 1}


@st.composite
def any_input(draw: st.DrawFn) -> tuple[str, bytes, str]:
    """An input of any kind, with its kind's name ("text", "json", "html", "xml", "arbitrary")."""
    kind = draw(st.sampled_from([name for name, weight in WEIGHTS.items() for _ in range(weight)]))
    data, name = draw(KINDS[kind])
    return kind, data, name
