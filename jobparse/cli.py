"""The `jobparse` command line: parses arguments, calls the library, writes, sets the exit code."""

from __future__ import annotations

import contextlib
import enum
import os
import sys
import traceback
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Annotated

import typer

from jobparse import __version__
from jobparse.errors import JobparseError, OutputError

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2
EXIT_INPUT = 3
EXIT_INTERNAL = 70
EXIT_INTERRUPTED = 130
EXIT_PIPE_CLOSED = 141  # as a shell reports a program ended by SIGPIPE

EXIT_CODES_HELP = (
    "Exit codes: 0 all inputs parsed; 2 usage error; 3 one or more inputs could not be read "
    "or held no advert (the others are still written); 70 internal error (a bug: please report it); "
    "130 interrupted; 141 the reader of standard output went away."
)

app = typer.Typer(
    name="jobparse",
    help="Parse NHS job advert text dumps into structured records.",
    epilog=EXIT_CODES_HELP,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


class Format(enum.StrEnum):
    """Output formats of `jobparse extract`."""

    json = "json"
    jsonl = "jsonl"
    yaml = "yaml"
    csv = "csv"
    table = "table"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"jobparse {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """Parse NHS job advert text dumps into structured records."""


def _error(message: str) -> None:
    typer.echo(f"jobparse: error: {message}", err=True)


@contextlib.contextmanager
def _guard() -> Iterator[None]:
    """Turn the ways a run can stop early into one line on stderr and a documented exit code."""
    try:
        yield
    except OutputError as exc:
        _error(str(exc))
        raise typer.Exit(EXIT_USAGE) from None
    except KeyboardInterrupt:
        _error("interrupted")
        raise typer.Exit(EXIT_INTERRUPTED) from None
    except BrokenPipeError:
        # The reader went away (`| head -1`): stop quietly, as cat and grep do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        raise typer.Exit(EXIT_PIPE_CLOSED) from None


@app.command(epilog=EXIT_CODES_HELP)
def extract(
    paths: Annotated[
        list[str],
        typer.Argument(
            help="Advert files, directories (every *.txt below them, sorted) or - for standard input.",
            metavar="FILE",
            show_default=False,
        ),
    ],
    fmt: Annotated[
        Format,
        typer.Option(
            "--format",
            "-f",
            help="json: one document; jsonl: a record per line as it goes; yaml; csv: flat columns; "
            "table: for people at a terminal.",
        ),
    ] = Format.json,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output", "-o", help="Write to this file (atomically) instead of standard output.", metavar="FILE"
        ),
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Do not print the summary line on stderr.")] = False,
) -> None:
    """Parse adverts into structured records (title, dates, band, salary, locations, ...).

    \b
    Examples:
      jobparse extract advert.txt
      jobparse extract dumps/ --format jsonl > adverts.jsonl
      jobparse extract dumps/ --format csv -o adverts.csv
      cat advert.txt | jobparse extract - --format table
    """
    from jobparse.inputs import read_inputs
    from jobparse.output import WRITERS
    from jobparse.output.atomic import open_output

    files = adverts = errors = 0
    with _guard(), open_output(output) as out:
        writer = WRITERS[fmt.value](out)
        for outcome in read_inputs(paths):
            files += 1
            if outcome.error is not None:
                errors += 1
                _error(f"{outcome.path}: {outcome.error}")
                writer.error(outcome.path, outcome.error)
                continue
            for advert in outcome.adverts:
                writer.advert(advert)
                adverts += 1
        writer.close()
    if not quiet and (errors or files > 1):
        typer.echo(f"jobparse: {files} file(s) read, {adverts} advert(s), {errors} error(s)", err=True)
    raise typer.Exit(EXIT_INPUT if errors else EXIT_OK)


@app.command()
def schema() -> None:
    """Print the JSON Schema (2020-12) of one extracted record."""
    text = (resources.files("jobparse") / "schemas" / "advert.schema.json").read_text(encoding="utf-8")
    sys.stdout.write(text if text.endswith("\n") else text + "\n")


def main() -> None:
    """Console-script entry point: no traceback reaches the user unless JOBPARSE_DEBUG is set."""
    try:
        app()
    except JobparseError as exc:
        _error(str(exc))
        sys.exit(EXIT_USAGE)
    except Exception as exc:  # the last line of defence against a traceback
        if os.environ.get("JOBPARSE_DEBUG"):
            traceback.print_exc()
        _error(
            f"internal error ({type(exc).__name__}: {exc}); please report it with the input "
            "(set JOBPARSE_DEBUG=1 for the traceback)"
        )
        sys.exit(EXIT_INTERNAL)


__all__ = ["app", "main"]
