"""Fixes: which ones apply and in what order, and applying them to a text or a file until nothing changes.

`validate --fix` applies each input's safe fixes (and unsafe ones with `--unsafe-fixes`) to the
file, checks it again and repeats, at most MAX_PASSES times, so that one run is final: a fix can
reveal another (or a fix left out because it overlapped one before it now applies). `--diff`
does the same without writing and shows what would change. Run-level findings (the same employer
under two names across a run) are never fixable.
"""

from __future__ import annotations

import dataclasses
import difflib
import re
from bisect import bisect_left
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from jobparse.errors import InputError, OutputError
from jobparse.findings import Edit, Problem
from jobparse.inputs.exact import NOT_TEXT, CannotFix, Exact, Mapped
from jobparse.model import Span

if TYPE_CHECKING:
    from jobparse.model import Advert

# A fix can reveal another, or one left out because it overlapped another applies on the next pass;
# a few passes settle every advert seen, and a bound keeps two fixes that undo each other from looping.
MAX_PASSES = 4

# An input's adverts and their problems, as a check of its bytes gives them.
Checked = tuple[list["Advert"], list[Problem]]


@dataclass(frozen=True, slots=True)
class Fixing:
    """What validate does with fixes: write them to each file (--fix), or only show them as a diff
    (--diff); unsafe fixes too with `unsafe` (--unsafe-fixes)."""

    diff: bool = False
    unsafe: bool = False


@dataclass(frozen=True, slots=True)
class FixOutcome:
    """What --fix or --diff made of one input: small and picklable, to cross processes."""

    applied: int = 0  # fixes applied (--diff: that would be)
    reason: str | None = None  # why the input's fixes were not applied ("cannot fix: ...")
    failed: bool = False  # the fixed text could not be written: the file is as it was
    diff: str = ""  # --diff: what would change, as a unified diff
    output: bytes | None = None  # standard input under --fix: the fixed bytes (or the bytes as they were)


def applies(problem: Problem, unsafe: bool) -> bool:
    """Whether --fix applies a problem's fix (an unsafe one only with --unsafe-fixes)."""
    return problem.fix is not None and problem.fix.applies(unsafe)


def _conflict(a: Span, b: Span) -> bool:
    """Whether two edits' spans overlap, or an insertion falls at or inside the other's span."""
    low, high = max(a.start, b.start), min(a.end, b.end)
    return low < high or (low == high and (a.start == a.end or b.start == b.end))


def choose(problems: Iterable[Problem], unsafe: bool = False) -> list[tuple[Edit, ...]]:
    """The fixes to apply, each as its edits: ordered by where they start, then by rule code; a fix
    that overlaps one before it is left out (the next pass finds it again if it still applies)."""
    fixes = sorted(
        (
            (min(edit.start for edit in problem.fix.edits), problem.code, index, problem.fix.edits)
            for index, problem in enumerate(problems)
            if problem.fix is not None and problem.fix.edits and problem.fix.applies(unsafe)
        ),
        key=lambda fix: fix[:3],
    )
    taken: list[Span] = []  # the chosen edits' spans, sorted by start (they never overlap)
    chosen: list[tuple[Edit, ...]] = []
    for _, _, _, placed in fixes:
        edits = tuple(Edit(Span(edit.start, edit.end), edit.replacement) for edit in placed)
        if any(_clashes(taken, edit.span) for edit in edits) or any(
            _conflict(a.span, b.span) for i, a in enumerate(edits) for b in edits[i + 1 :]
        ):
            continue
        for edit in edits:
            taken.insert(
                bisect_left(taken, (edit.span.start, edit.span.end), key=lambda s: (s.start, s.end)), edit.span
            )
        chosen.append(edits)
    return chosen


def _clashes(taken: list[Span], span: Span) -> bool:
    """Whether a span conflicts with any of the sorted, disjoint spans taken (only its neighbours can)."""
    at = bisect_left(taken, (span.start, span.end), key=lambda s: (s.start, s.end))
    return any(_conflict(taken[i], span) for i in range(max(0, at - 1), min(len(taken), at + 2)))


def fix(text: str, problems: Iterable[Problem], *, unsafe: bool = False) -> str:
    """`text` with the fixes of its problems (from `jobparse.validate(text)`) applied: the safe ones,
    and the unsafe ones too when `unsafe`. Everything else stays as it was, line endings and odd
    spaces included; a fix that overlaps one before it is left out. ValueError when the problems'
    positions do not fit the text."""
    problems = list(problems)
    try:
        mapped = Mapped.of(text)
        chosen = choose(problems, unsafe)
        if any(edit.span.end > len(mapped.text) for edits in chosen for edit in edits):
            raise ValueError("a fix lies beyond the end of the text: the problems are not this text's")
        fixed, _ = mapped.apply(chosen)
    except CannotFix as exc:
        raise ValueError(f"cannot fix the text: {exc.reason}") from None
    return fixed


def without_fixes(problems: list[Problem]) -> list[Problem]:
    """The problems with no fix offered (an input whose text is not its own: a page, a feed, JSON)."""
    if all(problem.fix is None for problem in problems):
        return problems
    return [dataclasses.replace(problem, fix=None) for problem in problems]


def fix_input(
    path: str, data: bytes, kind: str, stdin: bool, checked: Checked, check: Callable[[bytes], Checked], fixing: Fixing
) -> tuple[FixOutcome, Checked]:
    """Fix one input (`kind` as documents.kind_of gives it) until nothing changes, and write it back
    (a file in place, atomically; standard input's to `output`) or, for --diff, only show the change.
    Returns what was done and the adverts and problems that remain. `check` reads and checks bytes."""
    echo = data if stdin and not fixing.diff else None
    adverts, problems = checked
    if not any(applies(problem, fixing.unsafe) for problem in problems):
        return FixOutcome(output=echo), (adverts, problems if kind not in NOT_TEXT else without_fixes(problems))
    try:
        first = Exact.of(data, path, kind)
        fixed, last, applied, checked = _until_stable(first, data, path, checked, check, fixing.unsafe)
    except CannotFix as exc:
        return FixOutcome(reason=exc.reason, output=echo), (adverts, without_fixes(problems))
    if fixing.diff:
        return FixOutcome(applied, diff=unified_diff(path, first.mapped.original, last.mapped.original)), checked
    if stdin:
        return FixOutcome(applied, output=fixed), checked
    from jobparse.output.atomic import replace_bytes

    try:
        replace_bytes(path, fixed)
    except OutputError as exc:
        return FixOutcome(reason=str(exc), failed=True), (adverts, problems)
    return FixOutcome(applied), checked


def _until_stable(
    exact: Exact, data: bytes, path: str, checked: Checked, check: Callable[[bytes], Checked], unsafe: bool
) -> tuple[bytes, Exact, int, Checked]:
    """Apply the fixes, check again, and repeat until none applies (at most MAX_PASSES times): the
    fixed bytes and their text, how many fixes were applied and what the last check found. CannotFix
    when not one could be applied."""
    fixed, applied = data, 0
    for _ in range(MAX_PASSES):
        chosen = choose(checked[1], unsafe)
        if not chosen:
            break
        try:
            new, count = exact.apply(chosen)
            if count == 0:
                raise CannotFix(
                    "its fixes begin or end inside characters the text is read with changed (a CRLF, an accent)"
                )
            found = check(new)
            following = Exact.of(new, path, "text")
        except InputError as exc:
            if applied:
                break
            raise CannotFix(f"the fixed text would not read as an advert ({exc.reason})") from None
        except CannotFix:
            if applied:
                break  # what the passes before did stands; what remains is reported
            raise
        fixed, applied, checked, exact = new, applied + count, found, following
    if not applied:
        raise CannotFix("none of its fixes could be applied")
    return fixed, exact, applied, checked


_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+\Z")


def unified_diff(path: str, before: str, after: str) -> str:
    """What fixing changes in a file's text, as a unified diff of its lines (every line ending shown as "\\n")."""
    old = [_shown(line) for line in _LINE.findall(before)]
    new = [_shown(line) for line in _LINE.findall(after)]
    return "".join(line + "\n" for line in difflib.unified_diff(old, new, path, path, lineterm=""))


def _shown(line: str) -> str:
    body = line.rstrip("\r\n")
    return body if body != line else body + "\n\\ No newline at end of file"


__all__ = [
    "MAX_PASSES",
    "FixOutcome",
    "Fixing",
    "applies",
    "choose",
    "fix",
    "fix_input",
    "unified_diff",
    "without_fixes",
]
