"""Run the enabled rules over an advert and stamp their findings into problems."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from jobparse.config import Config
from jobparse.findings import Problem, Severity
from jobparse.model import Advert
from jobparse.rules import RuleContext, all_rules

if TYPE_CHECKING:
    from jobparse.errors import InputError
    from jobparse.reporters import FileReport


def context(config: Config) -> RuleContext:
    """The rule context a config describes (today defaults to the real date)."""
    return RuleContext(today=config.today or dt.date.today(), nation=config.nation, profile=config.profile)


def validate(advert: Advert, config: Config | None = None, ctx: RuleContext | None = None) -> list[Problem]:
    """Problems in one advert, sorted by position; the default config runs every rule."""
    config = config or Config.default()
    ctx = ctx or context(config)
    rules = all_rules()
    problems = []
    for code in config.enabled:
        rule = rules[code]
        configured = config.severities[code]
        for finding in rule.check(advert, ctx, config.options[code]):
            # A rule may lower a finding's severity (an accepted old scale is info), never raise
            # it above what the configuration allows.
            severity = configured if finding.severity is None else min(finding.severity, configured)
            where = advert.position(finding.span)
            problems.append(
                Problem(
                    path=advert.path,
                    line=where["line"],
                    column=where["column"],
                    end_line=where["end_line"],
                    end_column=where["end_column"],
                    code=code,
                    rule=rule.NAME,
                    severity=Severity(severity),
                    message=finding.message,
                    hint=finding.hint,
                    advert=advert.index,
                )
            )
    return sorted(problems)


def fails(problems: list[Problem], fail_on: str) -> bool:
    """Whether any problem is at or above the fail level ("never" never fails)."""
    if fail_on == "never":
        return False
    threshold = Severity.parse(fail_on)
    return any(problem.severity >= threshold for problem in problems)


def validate_inputs(
    paths: list[str], config: Config, max_bytes: int | None = None, jobs: int = 1
) -> Iterator[FileReport]:
    """A FileReport per input, in input order, as each is done (over `jobs` processes)."""
    from jobparse.inputs.files import expand

    yield from validate_items(expand(paths), config, max_bytes, jobs)


def validate_items(
    items: Iterable[str | InputError], config: Config, max_bytes: int | None = None, jobs: int = 1
) -> Iterator[FileReport]:
    """A FileReport per expanded input (see inputs.expand), in order, over `jobs` processes."""
    from functools import partial

    from jobparse.limits import DEFAULT_MAX_BYTES
    from jobparse.parallel import ordered_map

    work = partial(validate_file, config=config, max_bytes=max_bytes or DEFAULT_MAX_BYTES)
    yield from ordered_map(work, items, jobs)


def validate_file(item: str | InputError, config: Config, max_bytes: int) -> FileReport:
    """Read and validate one input (a worker's whole job under --jobs)."""
    import traceback

    from jobparse.inputs.files import read_one
    from jobparse.reporters import FileReport

    outcome = read_one(item, max_bytes)
    if outcome.error is not None:
        return FileReport(outcome.path, error=outcome.error, internal=outcome.internal, detail=outcome.detail)
    ctx = context(config)
    problems: list[Problem] = []
    try:
        for advert in outcome.adverts:
            problems.extend(validate(advert, config, ctx))
    except Exception as exc:  # a rule's bug costs this file, not the run; it is reported
        message = f"internal error in validation ({type(exc).__name__}: {exc}); please report it with this input"
        return FileReport(outcome.path, error=message, internal=True, detail=traceback.format_exc())
    return FileReport(
        outcome.path, len(outcome.adverts), tuple(problems), lines=_problem_lines(outcome.adverts[0], problems)
    )


def _problem_lines(advert: Advert, problems: list[Problem]) -> dict[int, str]:
    """The text of the lines problems point at: all a reporter shows, so that a file's whole text
    is neither kept nor (under --jobs) sent back from the worker."""
    if advert.lines is None:
        return {}
    starts, text = advert.lines.starts, advert.text
    found = {}
    for number in {problem.line for problem in problems}:
        end = starts[number] - 1 if number < len(starts) else len(text)
        found[number] = text[starts[number - 1] : end]
    return found
