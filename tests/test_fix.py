"""Fixing: `validate --fix`, `--diff`, `--unsafe-fixes` and `jobparse.fix`, byte for byte in every encoding."""

from __future__ import annotations

import datetime as dt
import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

import jobparse
from jobparse.cli import app
from jobparse.findings import Edit, PlacedEdit, Problem, ProblemFix, Severity
from jobparse.fixing import choose
from jobparse.inputs.exact import CannotFix, Codec, Exact, Mapped
from jobparse.inputs.source import _CP1252_HIGH, normalise
from jobparse.model import Span
from tests.conftest import FIXTURES, ROOT, assert_valid
from tests.rules.helpers import CLEAN, variant
from tests.strategies import advert_texts

TODAY = "2025-09-01"
SEEDS = sorted((FIXTURES / "seeds").glob("*.txt"))
FIXED_CODES = {"JP402", "JP403", "JP407"}  # the rules whose planted mistakes --fix removes

# The clean advert with one mistake of each safe fix planted, and the unsafe "careers" (LF line endings).
PLANTED = (
    ("£31,049 to £37,796 a year", "£31,049 to £37,796 a year per annum"),
    ("About us\n", "About us\nA supplement of at least £1303 applies.\n"),
    (
        "https://www.riversidehealth.example.nhs.uk\n",
        "https://www.riversidehealth.example.nhs.uk (Opens in a new tab)\n",
    ),
    ("caring for adults admitted", "caring for adults , admitted"),
    ("to join our", "to join  our"),
    ("Give medicines safely", "Give medicines safely, working with families and careers,"),
)
FIXED = (
    ("£31,049 to £37,796 a year", "£31,049 to £37,796 a year"),
    ("About us\n", "About us\nA supplement of at least £1,303 applies.\n"),
    ("https://www.riversidehealth.example.nhs.uk\n", "https://www.riversidehealth.example.nhs.uk\n"),
    ("caring for adults admitted", "caring for adults, admitted"),
    ("to join our", "to join our"),
    ("Give medicines safely", "Give medicines safely, working with families and careers,"),  # unsafe: kept
)
# What normalisation changes, in places no fix touches: these must come back exactly as they were.
UNTOUCHED = (
    ("Band 5\n", "Band\u00a05\n"),  # a non-breaking space
    ("a registered nurse", "a regis\u00adtered nurse"),  # a soft hyphen (dropped from the text checked)
)
UNICODE_ONLY = (
    ("Acute Medical Unit", "Acute Medical\u2011Unit"),  # a non-breaking hyphen
    ("Full-time", "Full\u200b-time"),  # a zero-width space (cp1252 has none)
    ("north of the county", "north of the cafe\u0301 county"),  # a decomposed letter (cp1252 has none)
)

ENCODINGS = {
    "utf-8": (b"", "utf-8"),
    "utf-8-bom": (b"\xef\xbb\xbf", "utf-8"),
    "utf-16-le": (b"\xff\xfe", "utf-16-le"),
    "utf-16-be": (b"\xfe\xff", "utf-16-be"),
    "cp1252": (b"", "cp1252"),
}
LINE_ENDINGS = {"lf": "\n", "crlf": "\r\n", "cr": "\r", "mixed": None}


def encoded(text: str, encoding: str, ending: str) -> bytes:
    """The text as a file in one encoding and line-ending style (mixed: CRLF and LF by turns)."""
    if LINE_ENDINGS[ending] is None:
        lines = text.split("\n")
        text = "".join(line + ("\r\n" if i % 2 else "\n") for i, line in enumerate(lines[:-1])) + lines[-1]
    else:
        text = text.replace("\n", LINE_ENDINGS[ending] or "\n")
    bom, codec = ENCODINGS[encoding]
    return bom + text.encode(codec)


def advert(encoding: str, fixed: bool = False) -> str:
    text = variant(*(FIXED if fixed else PLANTED), *UNTOUCHED)
    return text if encoding == "cp1252" else variant(*UNICODE_ONLY, base=text)


def run(*args: str, stdin: bytes | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args), input=stdin)
    return result.exit_code, result.stdout, result.stderr


def report(path: Path) -> dict:
    code, out, err = run("validate", str(path), "--today", TODAY, "--format", "json", "--fail-on", "never")
    assert code == 0, err
    document = json.loads(out)
    assert_valid(document, "report.schema.json")
    return document


def codes(document: dict) -> set[str]:
    return {problem["code"] for entry in document["files"] for problem in entry["problems"]}


# ---------------------------------------------------------------------------------------------
# Every encoding and line ending: --fix changes the planted mistakes and not one byte more.


@pytest.mark.parametrize("ending", LINE_ENDINGS)
@pytest.mark.parametrize("encoding", ENCODINGS)
def test_fix_changes_nothing_but_the_mistakes(tmp_path: Path, encoding: str, ending: str) -> None:
    path = tmp_path / "advert.txt"
    path.write_bytes(encoded(advert(encoding), encoding, ending))
    assert codes(report(path)) >= FIXED_CODES
    code, out, err = run("validate", str(path), "--today", TODAY, "--fix")
    assert code == 0, err
    assert path.read_bytes() == encoded(advert(encoding, fixed=True), encoding, ending)
    assert "; 5 fixed" in out and "[*]" not in out
    assert not FIXED_CODES & codes(report(path))
    # One run is final: a second finds nothing to fix and changes nothing.
    code, out, _ = run("validate", str(path), "--today", TODAY, "--diff")
    assert (code, out) == (0, "")
    run("validate", str(path), "--today", TODAY, "--fix")
    assert path.read_bytes() == encoded(advert(encoding, fixed=True), encoding, ending)


def test_unsafe_fixes_apply_only_when_asked(tmp_path: Path) -> None:
    path = tmp_path / "advert.txt"
    path.write_bytes(encoded(advert("utf-8"), "utf-8", "crlf"))
    _, out, _ = run("validate", str(path), "--today", TODAY)
    assert "[*] 5 fixable with --fix (1 more with --unsafe-fixes)" in out
    _, out, _ = run("validate", str(path), "--today", TODAY, "--unsafe-fixes")
    assert "[*] 6 fixable with --fix\n" in out
    run("validate", str(path), "--today", TODAY, "--fix", "--unsafe-fixes")
    expected = variant(("families and careers", "families and carers"), base=advert("utf-8", fixed=True))
    assert path.read_bytes() == encoded(expected, "utf-8", "crlf")
    assert "JP401" not in codes(report(path))


def test_the_seeds_real_mistakes_are_fixed(tmp_path: Path) -> None:
    copies = []
    for seed in SEEDS:
        copies.append(tmp_path / seed.name)
        copies[-1].write_bytes(seed.read_bytes())
    before = report(tmp_path)
    fixable = sum(1 for entry in before["files"] for p in entry["problems"] if p["fix"] and p["fix"]["safe"])
    assert fixable == before["summary"]["fixable"] == 10
    code, _, err = run("validate", str(tmp_path), "--today", TODAY, "--fix", "--fail-on", "never")
    assert code == 0, err
    for seed, copy in zip(SEEDS, copies, strict=True):
        text = copy.read_text(encoding="utf-8")
        assert "a year per annum" not in text and "a year" in text
        assert "£1303" not in text and "£1,303" in text and "£2,198" in text
        assert "(Opens in a new tab)" not in text and "(opens in a new tab)" not in text
        # Nothing else changed: undoing the planted fixes gives the seed back.
        undone = seed.read_text(encoding="utf-8")
        for old, new in (("£1303", "£1,303"), ("£2198", "£2,198"), (" a year per annum", " a year")):
            undone = undone.replace(old, new)
        undone = undone.replace(" (Opens in a new tab)", "").replace(" (opens in a new tab)", "")
        assert text == undone
    after = report(tmp_path)
    assert not FIXED_CODES & codes(after) and "JP401" in codes(after)
    assert after["summary"]["fixable"] == 0 and after["summary"]["fixable_unsafe"] == 1


# ---------------------------------------------------------------------------------------------
# --diff, standard input, what cannot be fixed, atomic writes, reports.


def test_diff_shows_the_change_writes_nothing_and_exits_1(tmp_path: Path) -> None:
    path = tmp_path / "advert.txt"
    data = encoded(advert("utf-8"), "utf-8", "crlf")
    path.write_bytes(data)
    code, out, err = run("validate", str(path), "--today", TODAY, "--diff")
    assert code == 1 and path.read_bytes() == data
    assert out.startswith(f"--- {path}\n+++ {path}\n@@ ")
    assert "\n-£31,049 to £37,796 a year per annum\n+£31,049 to £37,796 a year\n" in out
    changed = [line for line in out.splitlines() if line.startswith("+") and not line.startswith("+++")]
    assert "\r" not in out and len(changed) == 5
    assert "would fix 5 problem(s) in 1 file(s)" in err
    code, _, err = run("validate", str(path), "--today", TODAY, "--diff", "--format", "json")
    assert code == 2 and "--format" in err


def test_standard_input_fixed_to_standard_output_and_the_report_to_stderr() -> None:
    data = encoded(advert("cp1252"), "cp1252", "crlf")
    proc = subprocess.run(
        [sys.executable, "-m", "jobparse", "validate", "-", "--fix", "--today", TODAY, "--stdin-filename", "draft.txt"],
        input=data, capture_output=True, cwd=ROOT, check=False,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == encoded(advert("cp1252", fixed=True), "cp1252", "crlf")
    assert b"draft.txt" in proc.stderr and b"; 5 fixed" in proc.stderr


def test_standard_input_with_nothing_to_fix_comes_back_as_it_was() -> None:
    data = encoded(CLEAN, "utf-16-le", "crlf")
    proc = subprocess.run(
        [sys.executable, "-m", "jobparse", "validate", "--fix", "--today", TODAY], input=data, capture_output=True,
        cwd=ROOT, check=False,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == data and b"0 error(s)" in proc.stderr


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("page.html", "<html><body><main><h1>Staff Nurse</h1><p>Salary £31,049 a year per annum</p>"
         "<p>The closing date is 28 September 2025</p><p>Band 5</p></main></body></html>"),
        ("records.json", json.dumps({"@context": "https://schema.org", "@type": "JobPosting", "title": "Staff Nurse",
                                     "description": "Salary £31,049 a year per annum. Apply  now.",
                                     "validThrough": "2025-09-28"})),
    ],
)  # fmt: skip
def test_inputs_whose_text_is_not_their_own_are_reported_and_left_alone(
    tmp_path: Path, name: str, content: str
) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    before = path.read_bytes()
    _, out, _ = run("validate", str(path), "--today", TODAY, "--fail-on", "never")
    assert "JP402" in out and "[*]" not in out  # found, but not offered as fixable
    code, out, err = run("validate", str(path), "--today", TODAY, "--fix", "--fail-on", "never", "--format", "json")
    assert code == 0 and path.read_bytes() == before
    (entry,) = json.loads(out)["files"]
    assert entry["fixed"] == 0 and "not the file's own" in entry["not_fixed"]
    assert f"{path}: cannot fix: " in err


def test_fix_keeps_the_mode_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    path = tmp_path / "advert.txt"
    path.write_bytes(encoded(advert("utf-8"), "utf-8", "lf"))
    os.chmod(path, 0o640)
    link = tmp_path / "link.txt"
    link.symlink_to(path.name)
    code, _, err = run("validate", str(link), "--today", TODAY, "--fix")
    assert code == 0, err
    assert stat.S_IMODE(path.stat().st_mode) == 0o640 and link.is_symlink()
    assert path.read_bytes() == encoded(advert("utf-8", fixed=True), "utf-8", "lf")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["advert.txt", "link.txt"]


def test_a_failed_write_leaves_the_file_as_it_was(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "advert.txt"
    data = encoded(advert("utf-8"), "utf-8", "lf")
    path.write_bytes(data)

    def interrupted(*_: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", interrupted)
    code, out, err = run("validate", str(path), "--today", TODAY, "--fix")
    assert code == 3 and path.read_bytes() == data
    assert "No space left on device" in err and "unchanged" in err
    assert "[*] 5 fixable with --fix" in out  # what remains is the file as it was
    assert [p.name for p in tmp_path.iterdir()] == ["advert.txt"]


def test_workers_fix_their_own_files(tmp_path: Path) -> None:
    paths = []
    for number, encoding in enumerate(ENCODINGS):
        paths.append(tmp_path / f"advert{number}.txt")
        paths[-1].write_bytes(encoded(advert(encoding), encoding, "crlf"))
    code, out, err = run("validate", str(tmp_path), "--today", TODAY, "--fix", "--jobs", "2")
    assert code == 0, err
    assert f"; {5 * len(paths)} fixed" in out
    for path, encoding in zip(paths, ENCODINGS, strict=True):
        assert path.read_bytes() == encoded(advert(encoding, fixed=True), encoding, "crlf")


def test_every_report_format_shows_the_fixes(tmp_path: Path) -> None:
    path = tmp_path / "advert.txt"
    path.write_bytes(encoded(advert("utf-8"), "utf-8", "lf"))
    document = report(path)
    fixes = [p for p in document["files"][0]["problems"] if p["fix"]]
    assert len(fixes) == 6 and document["summary"]["fixable"] == 5 and document["summary"]["fixable_unsafe"] == 1
    salary = next(p for p in fixes if p["code"] == "JP402")
    assert salary["fix"] == {
        "safe": True,
        "edits": [{"start": salary["fix"]["edits"][0]["start"], "end": salary["fix"]["edits"][0]["end"], "line": 21,
                   "column": 26, "end_line": 21, "end_column": 36, "replacement": ""}],
    }  # fmt: skip
    _, sarif, _ = run("validate", str(path), "--today", TODAY, "--format", "sarif")
    results = json.loads(sarif)["runs"][0]["results"]
    (change,) = next(r for r in results if r["ruleId"] == "JP402")["fixes"][0]["artifactChanges"]
    assert change["replacements"] == [
        {"deletedRegion": {"startLine": 21, "startColumn": 26, "endLine": 21, "endColumn": 36},
         "insertedContent": {"text": ""}}
    ]  # fmt: skip
    _, github, _ = run("validate", str(path), "--today", TODAY, "--format", "github")
    assert "title=JP402 [*] redundant-phrases::" in github and "title=JP401 confused-words::" in github
    _, concise, _ = run("validate", str(path), "--today", TODAY, "--format", "concise", "--unsafe-fixes")
    assert ": JP402 [*] " in concise and ": JP401 [*] " in concise


# ---------------------------------------------------------------------------------------------
# The library and the pieces: jobparse.fix, choosing among overlapping fixes, the offset map.


def test_library_fix_keeps_line_endings_and_odd_spaces() -> None:
    text = advert("utf-8").replace("\n", "\r\n")
    problems = jobparse.validate(text, today=dt.date.fromisoformat(TODAY))
    assert jobparse.fix(text, problems) == advert("utf-8", fixed=True).replace("\n", "\r\n")
    assert "fix" in dir(jobparse) and "fix" in jobparse.__all__
    with pytest.raises(ValueError, match="not this text's"):
        jobparse.fix("short", problems)


def _problem(code: str, start: int, end: int, replacement: str = "", safe: bool = True) -> Problem:
    edit = PlacedEdit(start, end, 1, start + 1, 1, end + 1, replacement)
    fix = ProblemFix(safe, (edit,))
    return Problem("a.txt", 1, start + 1, 1, end + 1, code, code.lower(), Severity.WARNING, "m", None, 0, fix)


def test_overlapping_fixes_are_resolved_by_position_then_code() -> None:
    chosen = choose(
        [
            _problem("JP407", 4, 6),  # overlaps JP402 at 2-5, which starts first
            _problem("JP403", 2, 2, ","),  # an insertion at the start of JP402's span: ambiguous, so left
            _problem("JP402", 2, 5, "x"),
            _problem("JP401", 8, 9, "y", safe=False),  # unsafe: not chosen
            _problem("JP403", 5, 5, ","),  # touches the end of JP402's span
            _problem("JP402", 9, 12),
        ]
    )
    assert [[(e.span.start, e.span.end, e.replacement) for e in edits] for edits in chosen] == [
        [(2, 5, "x")],
        [(9, 12, "")],
    ]
    assert len(choose([_problem("JP401", 8, 9, "y", safe=False)], unsafe=True)) == 1


def test_the_offset_map_places_edits_around_what_normalisation_changed() -> None:
    original = "a\r\nb\u200bc\u00a0e\u0301\rd"
    mapped = Mapped.of(original)
    assert mapped.text == "a\nbc é\nd"

    def edit(start: int, end: int, new: str) -> str:
        return mapped.apply([[Edit(Span(start, end), new)]])[0]

    assert edit(2, 3, "B") == "a\r\nB\u200bc\u00a0e\u0301\rd"  # the zero-width space after it stays
    assert edit(3, 4, "C") == "a\r\nb\u200bC\u00a0e\u0301\rd"  # ... and before it
    assert edit(1, 2, "") == "ab\u200bc\u00a0e\u0301\rd"  # a CRLF is one newline
    assert edit(5, 6, "E") == "a\r\nb\u200bc\u00a0E\rd"  # a composed letter is one letter
    assert edit(5, 5, "x") == "a\r\nb\u200bc\u00a0xe\u0301\rd"
    # A CR meeting an LF after an edit would be read as one newline: refused, not written.
    with pytest.raises(CannotFix):
        Mapped.of("a\rX\nb").apply([[Edit(Span(2, 3), "")]])


def test_bytes_that_would_not_come_back_the_same_are_not_fixed() -> None:
    with pytest.raises(CannotFix, match="not the file's own"):
        Exact.of(b"<html></html>", "page.html", "html")
    with pytest.raises(CannotFix, match="cannot store"):
        Codec(b"", "cp1252").encode("\u2603")
    exact = Exact.of(b"caf\xe9 \x81\r\n", "old.txt", "text")  # cp1252 with a byte it leaves undefined
    assert exact.codec == Codec(b"", "cp1252") and exact.text == "café \x81\n"
    fixed, applied = exact.apply([[Edit(Span(0, 0), "Le ")]])
    assert (fixed, applied) == (b"Le caf\xe9 \x81\r\n", 1)


# ---------------------------------------------------------------------------------------------
# Properties: whatever the text and wherever the edit, nothing outside the edit changes.

PIECES = st.sampled_from(
    ["a", "b", " ", "\n", "\r\n", "\r", "\u00a0", "\u200b", "\u00ad", "e\u0301", "\u0301", "é", "£", "\u2011", "\t"]
)
texts = st.one_of(st.lists(PIECES, max_size=40).map("".join), advert_texts, st.text(max_size=200))
CODECS = st.sampled_from([Codec(b"", "utf-8"), Codec(b"\xef\xbb\xbf", "utf-8"), Codec(b"\xff\xfe", "utf-16-le"),
                          Codec(b"\xfe\xff", "utf-16-be"), Codec(b"", "cp1252")])  # fmt: skip
SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _decoded(data: bytes, codec: Codec) -> str:
    return data.decode("latin-1").translate(_CP1252_HIGH) if codec.name == "cp1252" else data.decode(codec.name)


@SETTINGS
@given(texts, CODECS, st.data())
def test_fixing_never_changes_a_byte_outside_the_edit(original: str, codec: Codec, data: st.DataObject) -> None:
    """Fixing keeps the file's bytes before and after the edit, and those read as exactly the text
    before and after the edit: the file is what it was with the edit made, and nothing more."""
    # A vertical tab reads as a newline only in a text that is not all ASCII (source.normalise), so
    # the text before an edit would not read alone as it reads in the whole: left out here.
    assume("\x0b" not in original)
    try:
        raw = codec.encode(original)
        exact = Exact.of(raw, "prop.txt", "text")
    except CannotFix:
        assume(False)  # not this codec's text (a cp1252 file holds no snowman), or binary
        return
    text, decoded, codec = exact.text, exact.mapped.original, exact.codec
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    new = data.draw(st.text(alphabet="xyz,.", max_size=5))
    edit = Edit(Span(start, end), new)
    where = exact.mapped.place(edit)
    assume(where is not None)  # an end inside a CRLF or a composed letter: such an edit is never applied
    assert where is not None
    try:
        fixed, applied = exact.apply([[edit]])
    except CannotFix:
        return  # refused (a CR meeting an LF would read as one newline), so nothing is written
    kept_before, kept_after = decoded[: where[0]], decoded[where[1] :]
    assert applied == 1
    assert normalise(kept_before) == text[:start] and normalise(kept_after) == text[end:]
    assert _decoded(fixed[len(codec.bom) :], codec) == kept_before + new + kept_after
    front, back = codec.encode(kept_before), codec.encode(kept_after)[len(codec.bom) :]
    assert raw.startswith(front) and raw.endswith(back)
    assert fixed == front + codec.encode(new)[len(codec.bom) :] + back


@SETTINGS
@given(texts)
def test_the_offset_map_reads_every_text(original: str) -> None:
    """Whatever the text, its normalised form is mapped (no CannotFix) and every clean offset places."""
    mapped = Mapped.of(original)
    assert mapped.text == normalise(original)
    assert mapped.apply([])[0] == original
