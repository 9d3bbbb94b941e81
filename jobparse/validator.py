"""Run the enabled rules over an advert and stamp their findings into problems (batch.py runs it over many files)."""

from __future__ import annotations

import datetime as dt

from jobparse.config import Config
from jobparse.findings import Fix, PlacedEdit, Problem, ProblemFix, Severity
from jobparse.model import Advert
from jobparse.rules import RuleContext, all_rules


def context(config: Config) -> RuleContext:
    """The rule context a config describes (today defaults to the real date)."""
    return RuleContext(today=config.today or dt.date.today(), nation=config.nation, profile=config.profile)


def validate(advert: Advert, config: Config | None = None, ctx: RuleContext | None = None) -> list[Problem]:
    """Problems in one advert, sorted by position; the default config runs every rule."""
    config = config or Config.default()
    ctx = ctx or context(config)
    if advert.lines is None:  # an Advert built by hand: problems still need lines and columns
        import dataclasses

        from jobparse.inputs.source import LineIndex

        advert = dataclasses.replace(advert, lines=LineIndex.of(advert.text))
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
                    fix=None if finding.fix is None else placed(advert, finding.fix),
                )
            )
    return sorted(problems)


def placed(advert: Advert, fix: Fix) -> ProblemFix:
    """A finding's fix with each edit's line and column, as reports give it."""
    edits = []
    for edit in fix.edits:
        where = advert.position(edit.span)
        line, column, end_line, end_column = where["line"], where["column"], where["end_line"], where["end_column"]
        edits.append(PlacedEdit(edit.span.start, edit.span.end, line, column, end_line, end_column, edit.replacement))
    return ProblemFix(fix.safe, tuple(edits))


def fails(problems: list[Problem], fail_on: str) -> bool:
    """Whether any problem is at or above the fail level ("never" never fails)."""
    if fail_on == "never":
        return False
    threshold = Severity.parse(fail_on)
    return any(problem.severity >= threshold for problem in problems)
