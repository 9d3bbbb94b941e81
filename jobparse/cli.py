"""The `jobparse` command line: parses arguments, calls the library, writes, sets the exit code."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sys
import traceback
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from jobparse import __version__
from jobparse.choices import COLOR_CHOICES, FAIL_LEVELS, NATIONS, PROFILES
from jobparse.cliparams import EXIT_USAGE, Group, choice, choices, error, parse_size
from jobparse.errors import ConfigError, JobparseError, OutputError
from jobparse.inputs import STDIN_NAME
from jobparse.limits import DEFAULT_MAX_BYTES
from jobparse.output import WRITERS
from jobparse.reporters import REPORTERS

if TYPE_CHECKING:
    from typing import TextIO

    from jobparse.batch import Reading
    from jobparse.config import ConfigResolver
    from jobparse.fixing import FixOutcome

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_INPUT = 3
EXIT_INTERNAL = 70
EXIT_INTERRUPTED = 130
EXIT_PIPE_CLOSED = 141  # as a shell reports a program ended by SIGPIPE

EXIT_CODES_HELP = (
    "Exit codes (extract): 0 all inputs parsed; 2 usage error; 3 one or more inputs could not be read "
    "or held no advert (the others are still written); 70 internal error (a bug: please report it); "
    "130 interrupted; 141 the reader of standard output went away. --debug shows an internal error's traceback."
)

app = typer.Typer(
    name="jobparse",
    help="Parse NHS job advert text dumps into structured records, and check them before they are published.",
    epilog="Exit codes: 0 success; 1 problems at or above --fail-on (validate); 2 usage or configuration error; "
    "3 an input could not be read; 70 internal error; 130 interrupted; 141 output pipe closed. "
    "Each command's --help gives its own.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    cls=Group,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"jobparse {__version__}")
        raise typer.Exit()


# The options every command takes, before the command or after it (`jobparse validate x --color never`).
Version = Annotated[
    bool,
    typer.Option("--version", "-V", callback=_version, is_eager=True, help="Print the version and exit."),
]
Debug = Annotated[bool, typer.Option("--debug", help="Show the traceback of an internal error.")]
Color = Annotated[
    str | None,
    typer.Option(
        "--color",
        help="Colour in output for people: auto (a terminal, unless NO_COLOR is set), always or never. [default: auto]",
        parser=choice(COLOR_CHOICES),
        metavar=choices(COLOR_CHOICES),
        show_default=False,
    ),
]
Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar, summary or notes on stderr.")]


@dataclass(frozen=True, slots=True)
class Settings:
    """The options every command takes: debug, colour and quiet."""

    debug: bool = False
    color: str = "auto"
    quiet: bool = False


@app.callback()
def _root(
    ctx: typer.Context,
    version: Version = False,
    debug: Debug = False,
    color: Color = None,
    quiet: Quiet = False,
) -> None:
    """Parse NHS job advert text dumps into structured records, and check them before they are published."""
    ctx.obj = Settings(debug=debug, color=color or "auto", quiet=quiet)


def _settings(ctx: typer.Context, color: str | None = None, quiet: bool = False, debug: bool = False) -> Settings:
    """The options given before the command, with those given after it on top."""
    before = ctx.obj if isinstance(ctx.obj, Settings) else Settings()
    return Settings(debug=before.debug or debug, color=color or before.color, quiet=before.quiet or quiet)


def _show_progress(total: int, output: Path | None, quiet: bool) -> bool:
    """A progress bar on stderr, but not when the output goes to that same terminal (it would be
    drawn over it)."""
    from jobparse.terminal import wants_progress

    to_stdout = output is None or str(output) == "-"
    return wants_progress(total, sys.stderr, os.environ, quiet) and (not to_stdout or not sys.stdout.isatty())


# The inputs of extract and validate: one definition, so their help and behaviour cannot drift.
Paths = Annotated[
    list[str] | None,
    typer.Argument(
        help="Advert files, saved pages (.html), search feeds (.xml), directories (every such file below them, "
        "sorted) or - for standard input. None: standard input, when something is piped to it.",
        metavar="[FILE]...",
        show_default=False,
    ),
]


def _inputs(ctx: typer.Context, paths: list[str] | None) -> list[str]:
    """The inputs given; with none, standard input when it is not a terminal (`cat advert.txt | jobparse extract`)."""
    if paths:
        return paths
    stream = sys.stdin
    if stream is not None and not stream.closed and not stream.isatty():
        return ["-"]
    raise typer.BadParameter(
        "no input: name files or directories, or pipe an advert to standard input", ctx=ctx, param_hint="FILE"
    )


Jobs = Annotated[
    int,
    typer.Option("--jobs", "-j", help="Worker processes; 0 means one per core. Output keeps input order.", min=0),
]

MaxSize = Annotated[
    int,
    typer.Option(
        "--max-size",
        help="Refuse inputs larger than this: bytes, or with a unit: 500k, 100M, 64MiB, 2G (powers of 1024; "
        "KB, MB, GB are powers of 1000).",
        metavar="SIZE",
        parser=parse_size,
        show_default="64MiB",
    ),
]


SkipNonAdverts = Annotated[
    bool,
    typer.Option(
        "--skip-non-adverts",
        help="Skip inputs that hold no advert (empty, a README, requirements.txt) with a note on stderr, "
        "instead of failing on them (exit 3): for hooks that see every *.txt.",
    ),
]

StdinFilename = Annotated[
    str | None,
    typer.Option(
        "--stdin-filename",
        help="The file name standard input's records and problems carry (for editors piping a buffer); its "
        "suffix says what it holds (.html, .json, ...). [default: <stdin>]",
        metavar="NAME",
        show_default=False,
    ),
]


def _reading(max_size: int, stdin_filename: str | None, skip_non_adverts: bool) -> Reading:
    """How extract and validate read their inputs."""
    from jobparse.batch import Reading

    return Reading(max_size, stdin_filename or STDIN_NAME, skip_non_adverts)


def _note(message: str, quiet: bool) -> None:
    if not quiet:
        typer.echo(f"jobparse: note: {message}", err=True)


def _internal(message: str, detail: str | None, debug: bool) -> None:
    if debug and detail:
        sys.stderr.write(detail)
    hint = "" if debug else " (run with --debug for the traceback)"
    error(f"{message}{hint}")


@contextlib.contextmanager
def _guard(debug: bool = False) -> Iterator[None]:
    """Turn the ways a run can stop early into one line on stderr and a documented exit code."""
    try:
        yield
    except OutputError as exc:
        error(f"--output: {exc}")  # only -o opens a file to write
        raise typer.Exit(EXIT_USAGE) from None
    except ConfigError as exc:
        error(str(exc))  # names the option, or the settings file, line and key
        raise typer.Exit(EXIT_USAGE) from None
    except KeyboardInterrupt:
        error("interrupted")
        raise typer.Exit(EXIT_INTERRUPTED) from None
    except BrokenPipeError:
        # The reader went away (`| head -1`): stop quietly, as cat and grep do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        raise typer.Exit(EXIT_PIPE_CLOSED) from None
    except typer.Exit:
        raise
    except Exception as exc:  # the last line of defence: a bug gets one line, not a traceback
        _internal(
            f"internal error ({type(exc).__name__}: {exc}); please report it with the input",
            traceback.format_exc(),
            debug,
        )
        raise typer.Exit(EXIT_INTERNAL) from None


@app.command(epilog=EXIT_CODES_HELP)
def extract(
    ctx: typer.Context,
    paths: Paths = None,
    fmt: Annotated[
        str,
        typer.Option(
            "--format",
            "-f",
            help="json: one document; jsonl: a record per line as it goes; yaml; csv: flat columns; "
            "table: for people at a terminal; jsonld: schema.org JobPosting objects.",
            parser=choice(WRITERS),
            metavar=choices(WRITERS),
        ),
    ] = "json",
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="Write to this file instead of standard output: a regular file is replaced atomically; a device, "
            "FIFO or socket is written in place; a symlink's target is written; - is standard output.",
            metavar="FILE",
        ),
    ] = None,
    csv_bom: Annotated[
        bool,
        typer.Option(
            "--csv-bom",
            help="With --format csv: start with a UTF-8 byte-order mark, so that Excel shows £ and other "
            "non-ASCII characters correctly.",
        ),
    ] = False,
    max_size: MaxSize = DEFAULT_MAX_BYTES,
    jobs: Jobs = 1,
    skip_non_adverts: SkipNonAdverts = False,
    stdin_filename: StdinFilename = None,
    color: Color = None,
    quiet: Quiet = False,
    debug: Debug = False,
    version: Version = False,
) -> None:
    """Parse adverts into structured records (title, dates, band, salary, locations, ...).

    \b
    Examples:
      jobparse extract advert.txt
      jobparse extract dumps/ --format jsonl > adverts.jsonl
      jobparse extract dumps/ --format csv -o adverts.csv
      jobparse extract dumps/ --format csv --csv-bom -o for-excel.csv
      cat advert.txt | jobparse extract - --format table
    """
    import shutil

    from jobparse.batch import SPOOL_ABOVE, Extract, processes, run, spool_directory
    from jobparse.inputs.files import expand
    from jobparse.output import writer as writer_for
    from jobparse.output.atomic import open_output
    from jobparse.terminal import progress

    if csv_bom and fmt != "csv":
        raise typer.BadParameter("only applies to --format csv", ctx=ctx, param_hint="--csv-bom")
    paths = _inputs(ctx, paths)
    files = adverts = errors = internal = skipped = 0
    settings = _settings(ctx, color, quiet, debug)
    debug, quiet = settings.debug, settings.quiet
    items = list(expand(paths))
    show = _show_progress(len(items), output, quiet)
    with (
        _guard(debug),
        contextlib.ExitStack() as stack,
        open_output(output) as out,
        progress(len(items), "extract", show) as advance,
    ):
        writer = writer_for(fmt)(out, settings.color, **({"bom": True} if csv_bom else {}))
        reading = _reading(max_size, stdin_filename, skip_non_adverts)
        workers = processes(jobs, items)
        # Workers spool every input's records (the parent only copies them); one process spools
        # only large inputs, to disk, so that one huge dump never sits in memory as records.
        spool = spool_directory(in_memory=workers > 1) if writer.chunked else None
        if spool is not None:  # removed however the run ends (files not yet copied included)
            stack.callback(shutil.rmtree, spool, True)
        above = 0 if workers > 1 else SPOOL_ABOVE
        job = Extract(writer.render, chunk=writer.chunk if spool else None, spool_dir=spool, spool_above=above)
        for result in run(items, job, reading, workers):
            advance()
            files += 1
            if result.skipped is not None:
                skipped += 1
                _note(f"{result.path}: skipped: {result.skipped}", quiet)
                continue
            if result.error is not None:
                errors += 1
                if result.internal:
                    internal += 1
                    _internal(f"{result.path}: {result.error}", result.detail, debug)
                else:
                    error(f"{result.path}: {result.error}")
                writer.error(result.path, result.error)
                continue
            if result.spool is not None:
                writer.emit_chunk(result.spool, result.adverts)
                os.unlink(result.spool)
                adverts += result.adverts
            for rendered in result.records:
                writer.emit(rendered)
                adverts += 1
            # Each input's records reach a pipe as soon as the input is done: a flush per file,
            # not per record (one write call per record held the parent back under --jobs).
            out.flush()
        writer.close()
    if not quiet and (errors or files > 1):
        also = f", {skipped} skipped" if skipped else ""
        typer.echo(f"jobparse: {files} file(s) read, {adverts} advert(s), {errors} error(s){also}", err=True)
    raise typer.Exit(EXIT_INTERNAL if internal else EXIT_INPUT if errors else EXIT_OK)


VALIDATE_EXIT_HELP = (
    "Exit codes: 0 no problem at or above the fail level (--diff: nothing to fix); 1 problems at or above "
    "it (--diff: something to fix); 2 usage or configuration error; 3 an input could not be read or held "
    "no advert, or --fix could not write a file back (wins over 1: the check is incomplete); 70 internal "
    "error; 130 interrupted; 141 output pipe closed."
)


def _parse_today(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"expected a date such as 2025-09-01, not {value!r}") from None


@app.command(epilog=VALIDATE_EXIT_HELP)
def validate(
    ctx: typer.Context,
    paths: Paths = None,
    fmt: Annotated[
        str | None,
        typer.Option(
            "--format",
            "-f",
            help="text: for people; json: schemas/report.schema.json; github: Actions annotations; sarif: SARIF 2.1.0. "
            "[default: github inside GitHub Actions (GITHUB_ACTIONS=true), else text]",
            parser=choice(REPORTERS),
            metavar=choices(REPORTERS),
        ),
    ] = None,
    fail_on: Annotated[
        str | None,
        typer.Option(
            "--fail-on",
            help="Exit 1 when a problem is at or above this severity: error, warning, info or never. [default: error]",
            parser=choice(FAIL_LEVELS),
            metavar=choices(FAIL_LEVELS),
        ),
    ] = None,
    select: Annotated[
        list[str] | None,
        typer.Option(
            "--select",
            help="Run only these rules: codes (JP105), names (salary-matches-band) or groups (pay, dates, completeness, text, and the optional jobposting); comma-separated or repeated.",
        ),
    ] = None,
    ignore: Annotated[
        list[str] | None, typer.Option("--ignore", help="Skip these rules (codes, names or groups).")
    ] = None,
    today: Annotated[
        dt.date | None,
        typer.Option(
            "--today",
            help="Judge dates as of this day (YYYY-MM-DD). [default: today]",
            metavar="DATE",
            parser=_parse_today,
        ),
    ] = None,
    nation: Annotated[
        str | None,
        typer.Option(
            "--nation",
            help="Judge pay by this nation's scales, or auto: each advert's own nation, from its employer "
            "and postcode (England where nothing tells). [default: auto]",
            parser=choice(("auto", *NATIONS)),
            metavar=choices(("auto", *NATIONS)),
        ),
    ] = None,
    config_file: Annotated[
        Path | None,
        typer.Option(
            "--config",
            "-c",
            help="Settings file (.jobparse.yaml or pyproject.toml) for every input. [default: for each input, the "
            "nearest one at or above its directory]",
            metavar="FILE",
        ),
    ] = None,
    profile: Annotated[
        str | None,
        typer.Option(
            "--profile",
            help="published (a live advert: every field its layout can carry is required) or draft (not yet "
            "published: no date posted or reference expected). [default: published]",
            parser=choice(PROFILES),
            metavar=choices(PROFILES),
        ),
    ] = None,
    show_config: Annotated[
        bool,
        typer.Option(
            "--show-config",
            help="Print the settings in force for the first input (or the current directory) and where each "
            "came from (default, a file and line, or an option), then exit.",
        ),
    ] = False,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="Write the report to this file (as for extract: regular files atomically, special files in place).",
            metavar="FILE",
        ),
    ] = None,
    fix: Annotated[
        bool,
        typer.Option(
            "--fix",
            help="Apply the safe fixes to each file in place (atomically; everything else kept byte for byte: "
            "encoding, line endings, odd spaces), then report what remains. Standard input's fixed text goes "
            "to standard output, and the report to standard error (or -o).",
        ),
    ] = False,
    unsafe_fixes: Annotated[
        bool,
        typer.Option(
            "--unsafe-fixes",
            help="Also apply (and mark as fixable) the fixes that are right in most contexts but not all, "
            "such as a confused word.",
        ),
    ] = False,
    diff: Annotated[
        bool,
        typer.Option(
            "--diff",
            help="Instead of the report, print a unified diff of what --fix would change, and write nothing; "
            "exit 1 when there is something to fix.",
        ),
    ] = False,
    max_size: MaxSize = DEFAULT_MAX_BYTES,
    jobs: Jobs = 1,
    skip_non_adverts: SkipNonAdverts = False,
    stdin_filename: StdinFilename = None,
    color: Color = None,
    quiet: Quiet = False,
    debug: Debug = False,
    version: Version = False,
) -> None:
    """Check adverts for mistakes: pay against the Agenda for Change scales, dates, completeness, wording.

    \b
    Examples:
      jobparse validate draft.txt
      jobparse validate adverts/ --format github --fail-on warning
      jobparse validate advert.txt --today 2025-09-01 --select pay,dates
      jobparse validate advert.txt --format sarif -o results.sarif
      jobparse validate adverts/ --fix
      jobparse validate adverts/ --diff --unsafe-fixes
    """
    from jobparse.batch import Validate, processes, run, with_run_checks
    from jobparse.config import ConfigResolver, Overrides
    from jobparse.fixing import Fixing
    from jobparse.inputs.files import expand
    from jobparse.output.atomic import open_output
    from jobparse.reporters import reporter
    from jobparse.terminal import github_actions, progress
    from jobparse.validator import fails

    if diff and fmt is not None:
        raise typer.BadParameter(
            "not with --diff, which prints a diff instead of a report", ctx=ctx, param_hint="--format"
        )
    settings = _settings(ctx, color, quiet, debug)
    debug = settings.debug
    chosen_nation = None if nation == "auto" else nation
    overrides = Overrides(tuple(select or ()), tuple(ignore or ()), today, chosen_nation, fail_on, profile)
    configs = ConfigResolver(config_file, overrides)
    reading = _reading(max_size, stdin_filename, skip_non_adverts)
    if show_config:
        with _guard(debug):
            _show_config(configs, paths[0] if paths else ".", reading.stdin_name)
        raise typer.Exit(EXIT_OK)
    paths = _inputs(ctx, paths)
    chosen = fmt if fmt is not None else "github" if github_actions() else "text"
    fixing = Fixing(diff=diff, unsafe=unsafe_fixes) if fix or diff else None
    with _guard(debug):
        unreadable = internal = failing = False
        items = list(expand(paths))
        # Every input's configuration is read before any output: a broken settings file anywhere
        # is a usage error (exit 2), not a report cut off half-way.
        names = [reading.stdin_name if item == "-" else item for item in items if isinstance(item, str)]
        for name in names:
            configs.for_input(name)
        first = configs.for_input(names[0] if names else ".")
        show = _show_progress(len(items), output, settings.quiet)
        # --fix on standard input writes the fixed text to standard output: the report goes to stderr.
        fixed_to_stdout = fixing is not None and not fixing.diff and "-" in items
        with open_output(output) as out, progress(len(items), "validate", show) as advance:
            report_out = sys.stderr if fixed_to_stdout and out is sys.stdout else out
            chosen_reporter = reporter(chosen)
            report_to = (
                None if diff else chosen_reporter(report_out, settings.color, first.today, unsafe_fixes=unsafe_fixes)
            )
            diffs = fixed = 0
            # Results are written as they come and then dropped: memory stays flat however many.
            results = run(items, Validate(configs, fixing), reading, processes(jobs, items))
            for report in with_run_checks(results, configs):
                advance()
                if report_to is not None:
                    report_to.file(report)
                if report.skipped is not None:
                    _note(f"{report.path}: skipped: {report.skipped}", settings.quiet)
                elif report.internal:
                    internal = True
                    _internal(f"{report.path}: {report.error}", report.detail, debug)
                elif report.error is not None:
                    unreadable = True
                    error(f"{report.path}: {report.error}")
                done = report.fixing
                if done is not None:
                    unreadable = unreadable or _fix_result(report.path, done, out, settings.quiet)
                    diffs += bool(done.diff)
                    fixed += done.applied
                fail_on = configs.for_input(report.path).fail_on if report.problems else "never"
                failing = failing or (fails(list(report.problems), fail_on) if not diff else bool(diffs))
            if report_to is not None:
                report_to.close()
        if diff:
            fixes = "nothing to fix" if not diffs else f"would fix {fixed} problem(s) in {diffs} file(s)"
            _note(fixes, settings.quiet)
    if internal:
        raise typer.Exit(EXIT_INTERNAL)
    if unreadable:
        raise typer.Exit(EXIT_INPUT)
    raise typer.Exit(EXIT_FINDINGS if failing else EXIT_OK)


def _fix_result(path: str, done: FixOutcome, out: TextIO, quiet: bool) -> bool:
    """Write what --fix or --diff made of one input (a diff, standard input's fixed text, a note on
    what could not be fixed); whether writing the fixed file failed."""
    if done.diff:
        out.write(done.diff)
    if done.output is not None:
        sys.stdout.flush()
        sys.stdout.buffer.write(done.output)
        sys.stdout.buffer.flush()
    if done.failed:
        error(f"{path}: {done.reason}")
    elif done.reason is not None:
        _note(f"{path}: cannot fix: {done.reason}", quiet)
    return done.failed


def _show_config(configs: ConfigResolver, target: str, stdin_name: str) -> None:
    """--show-config: the settings in force for one input, and their origins."""
    from jobparse.config_show import describe

    name = stdin_name if target == "-" else target
    for line in describe(configs.for_input(name), name, configs.source_for(name)):
        typer.echo(line)


RULES_FORMATS = ("text", "json")


@app.command()
def rules(
    code: Annotated[
        str | None,
        typer.Argument(
            help="A rule code or name to explain, or a group to list (pay, dates, completeness, text, jobposting).",
            show_default=False,
            metavar="CODE",
        ),
    ] = None,
    fmt: Annotated[
        str,
        typer.Option(
            "--format",
            "-f",
            help="text: for people; json: an array of rules (code, name, group, severity, whether it runs by "
            "default, summary, documentation, options with their defaults).",
            parser=choice(RULES_FORMATS),
            metavar=choices(RULES_FORMATS),
        ),
    ] = "text",
    color: Color = None,
    quiet: Quiet = False,
    debug: Debug = False,
    version: Version = False,
) -> None:
    """List every validation rule, or a group's rules, or explain one rule (with examples)."""
    from jobparse.ruledocs import rule_data, rule_line
    from jobparse.rules import GROUPS, all_rules, resolve

    known = all_rules()
    try:
        found = resolve(code, known) if code is not None else list(known)
    except KeyError:
        error(f"CODE: unknown rule or group {code!r} (see 'jobparse rules')")
        raise typer.Exit(EXIT_USAGE) from None
    if fmt == "json":
        _write_json([rule_data(rule_code, known[rule_code]) for rule_code in found])
        return
    if code is None or code.strip().lower() in GROUPS:
        for rule_code in found:
            typer.echo(rule_line(rule_code, known[rule_code]))
        return
    (one,) = found  # a code or a name is one rule
    rule = known[one]
    typer.echo(f"{one} {rule.NAME} (default severity: {rule.SEVERITY}; group: {rule.GROUP})\n")
    typer.echo((rule.__doc__ or "").strip())


PAYSCALES_FORMATS = ("table", "json")


@app.command()
def payscales(
    ctx: typer.Context,
    year: Annotated[
        str | None,
        typer.Option("--year", help="Pay year, such as 2025-26 or 2025/26. [default: the year in force today]"),
    ] = None,
    band: Annotated[
        str | None, typer.Option("--band", help="Only this band (6, 8a, ...); with --medical, this grade.")
    ] = None,
    nation: Annotated[
        str, typer.Option("--nation", help="The nation's pay.", parser=choice(NATIONS), metavar=choices(NATIONS))
    ] = "england",
    medical: Annotated[
        bool,
        typer.Option(
            "--medical",
            help="Medical and dental pay instead: consultants, SAS doctors, resident doctors (FY1 to ST8) "
            "and the MT codes for locally employed doctors; --band then takes a grade (Consultant, FY1, MT03).",
        ),
    ] = False,
    fmt: Annotated[
        str,
        typer.Option(
            "--format",
            "-f",
            help="table: for people; json: the year's points, confidence, HCAS, sources and notes as data.",
            parser=choice(PAYSCALES_FORMATS),
            metavar=choices(PAYSCALES_FORMATS),
        ),
    ] = "table",
    color: Color = None,
    quiet: Quiet = False,
    debug: Debug = False,
    version: Version = False,
) -> None:
    """Show the pay points for a pay year, with their confidence: Agenda for Change bands and HCAS, or medical grades."""
    from jobparse.payscales import load, pay_year_name

    settings = _settings(ctx, color, quiet, debug)
    name = (year or pay_year_name(dt.date.today())).replace("/", "-")
    if medical:
        _medical_table(settings, nation, name, band, fmt)
        return
    from jobparse.payscales_table import render_table, year_data

    scales = load(nation)
    if name not in scales.years:
        gap = f" ({scales.missing_years[name]})" if name in scales.missing_years else ""
        error(f"--year: no {nation} pay data for {name}{gap}; available: {', '.join(scales.years)}")
        raise typer.Exit(EXIT_USAGE)
    wanted = None if band is None else band.lower().removeprefix("band").strip()
    if wanted is not None and wanted not in scales.years[name].bands:
        why = scales.years[name].missing_bands.get(wanted)
        error(
            f"--band: no figures for band {wanted} in {name}: {why}"
            if why
            else f"--band: no band {band!r}; bands are {', '.join(scales.years[name].bands)}"
        )
        raise typer.Exit(EXIT_USAGE)
    if fmt == "json":
        _write_json(year_data(scales, name, wanted))
        return
    render_table(scales, name, wanted, sys.stdout, settings.color)


def _write_json(data: object) -> None:
    from jobparse.jsondoc import dumps

    sys.stdout.write(dumps(data, indent=True) + "\n")


def _medical_table(settings: Settings, nation: str, name: str, grade: str | None, fmt: str) -> None:
    """`payscales --medical`: one year's medical and dental grades, or one grade."""
    from jobparse.payscales import load_medical
    from jobparse.payscales_table import medical_data, render_medical

    scales = load_medical(nation)
    if name not in scales.years:
        error(f"--year: no {nation} medical pay data for {name}; available: {', '.join(scales.years)}")
        raise typer.Exit(EXIT_USAGE)
    year = scales.years[name]
    wanted = None
    if grade is not None:
        folded = {known.casefold(): known for known in [*year.grades, *year.missing]}
        wanted = folded.get(grade.strip().casefold())
        if wanted is None or wanted in year.missing:
            why = f": {year.missing[wanted]}" if wanted in year.missing else f"; grades are {', '.join(year.grades)}"
            error(f"--band: no figures for {grade!r} in {name}{why}")
            raise typer.Exit(EXIT_USAGE)
    if fmt == "json":
        _write_json(medical_data(scales, name, wanted))
        return
    render_medical(scales, name, wanted, sys.stdout, settings.color)


# The published JSON Schemas (jobparse/schemas/NAME.schema.json).
SCHEMAS = ("advert", "extract-output", "report", "config")


@app.command()
def text(
    ctx: typer.Context,
    path: Annotated[
        str | None,
        typer.Argument(
            help="An advert file, a saved page (.html), JSON-LD JobPosting records (.json, .jsonl) or a "
            "search feed (.xml); - (or nothing, when something is piped) for standard input.",
            metavar="[FILE]",
            show_default=False,
        ),
    ] = None,
    color: Color = None,
    quiet: Quiet = False,
    debug: Debug = False,
    version: Version = False,
) -> None:
    """Print the text jobparse parses from a file: what line and column numbers refer to.

    For a saved page that is the page's readable text (then any JobPosting it embeds); for JSON-LD
    records and a search feed, each record in the labelled form jobparse builds for it, separated
    by a line of "=".
    """
    from jobparse.errors import InputError
    from jobparse.inputs.documents import document_of

    (path,) = _inputs(ctx, [path] if path else None)
    try:
        data = Path(path).read_bytes() if path != "-" else sys.stdin.buffer.read()
        shown = document_of(data, path).text
    except InputError as exc:
        error(str(exc))
        raise typer.Exit(EXIT_INPUT) from None
    except OSError as exc:
        error(f"{path}: {exc.strerror or exc}")
        raise typer.Exit(EXIT_INPUT) from None
    sys.stdout.write(shown)


@app.command()
def schema(
    name: Annotated[
        str,
        typer.Argument(
            help="advert: one extracted record; extract-output: the extract JSON document; report: the validate "
            "JSON report; config: .jobparse.yaml.",
            parser=choice(SCHEMAS),
            metavar=choices(SCHEMAS),
        ),
    ] = "advert",
    color: Color = None,
    quiet: Quiet = False,
    debug: Debug = False,
    version: Version = False,
) -> None:
    """Print one of jobparse's published JSON Schemas (2020-12)."""
    from importlib import resources

    text = (resources.files("jobparse") / "schemas" / f"{name}.schema.json").read_text(encoding="utf-8")
    sys.stdout.write(text if text.endswith("\n") else text + "\n")


def main() -> None:
    """Console-script entry point: errors outside any command (argument parsing) get one line too."""
    try:
        app()
    except JobparseError as exc:
        error(str(exc))
        sys.exit(EXIT_USAGE)
    except Exception as exc:  # the last line of defence against a traceback
        _internal(
            f"internal error ({type(exc).__name__}: {exc}); please report it",
            traceback.format_exc(),
            "--debug" in sys.argv,
        )
        sys.exit(EXIT_INTERNAL)


__all__ = ["app", "main"]
