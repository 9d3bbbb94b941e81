"""Command-line machinery the commands share: choices in any case, sizes with units, usage errors in one style."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import typer

# typer 0.26+ vendors click; its exception classes are not re-exported (pyproject pins typer <0.29).
from typer._click.exceptions import BadParameter, ClickException, UsageError
from typer.core import TyperGroup

EXIT_USAGE = 2


def error(message: str) -> None:
    """One line on stderr in jobparse's style: `jobparse: error: ...`."""
    typer.echo(f"jobparse: error: {message}", err=True)


def choice(names: Iterable[str]) -> Callable[[str], str]:
    """A parser for a parameter that takes one of `names`, in any case (`-f JSON`, `--nation Scotland`)."""
    known = {name.casefold(): name for name in names}

    def parse(value: str) -> str:
        found = known.get(value.strip().casefold())
        if found is None:
            raise typer.BadParameter(f"{value!r} is not one of {', '.join(known.values())}")
        return found

    return parse


def choices(names: Iterable[str]) -> str:
    """The metavar that lists a parameter's choices in --help: [json|jsonl|...]."""
    return "[" + "|".join(names) + "]"


def _hint(exc: BadParameter) -> str | None:
    """The parameter at fault as people type it: `--format`, or an argument's name."""
    if exc.param_hint is not None:
        hint = exc.param_hint
        return " / ".join(hint) if not isinstance(hint, str) else hint
    param = exc.param
    if param is None:
        return None
    if param.param_type_name == "option":
        return max(param.opts, key=len)  # the long form: --format rather than -f
    # An argument: its metavar when that is a name (FILE), not a list of choices.
    metavar = param.metavar
    return metavar if metavar is not None and metavar.isidentifier() else (param.name or "argument").upper()


def usage_message(exc: ClickException) -> str:
    """A usage error as one line naming the parameter at fault, and where help is."""
    if isinstance(exc, BadParameter) and exc.message and (hint := _hint(exc)):
        text = f"{hint}: {exc.message}"
    else:
        text = exc.format_message().replace("\n", " ")
        text = text[:1].lower() + text[1:]
    text = text.rstrip(".")
    ctx = exc.ctx if isinstance(exc, UsageError) else None
    return f"{text} (see '{ctx.command_path} --help')" if ctx is not None else text


class Group(TyperGroup):
    """The app's command group: click's own usage errors come out in jobparse's style and exit 2."""

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        windows_expand_args: bool = True,
        **extra: Any,
    ) -> Any:
        """Run the command line; in standalone mode (a script), usage errors are one line each."""
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, False, windows_expand_args, **extra)
        try:
            code = super().main(args, prog_name, complete_var, False, windows_expand_args, **extra)
        except ClickException as exc:
            error(usage_message(exc))
            sys.exit(EXIT_USAGE)
        # Without standalone mode typer returns the exit code (typer.Exit) or the command's value.
        sys.exit(code if isinstance(code, int) else 0)


def parse_size(text: str | int) -> int:
    """A size in bytes from `500000`, `500k`, `100M`, `64MiB`, `2G` or `1.5GB`.

    As GNU tools read them: K, M, G and T (and KiB, MiB, GiB, TiB) are powers of 1024; KB, MB, GB
    and TB are powers of 1000; a trailing B (bytes) is allowed.
    """
    import re

    if isinstance(text, int):  # the default, already in bytes
        return text
    found = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*(?:([kmgt])(i?b)?)?\s*b?\s*", text, re.IGNORECASE)
    if found is None:
        raise typer.BadParameter(f"expected a size such as 500000, 500k, 100M, 64MiB or 2G, not {text!r}")
    number, unit, suffix = found.groups()
    base = 1000 if suffix is not None and suffix.lower() == "b" else 1024
    power = " kmgt".index(unit.lower()) if unit else 0
    size = int(float(number) * base**power)
    if size < 1:
        raise typer.BadParameter(f"must be at least one byte, not {text!r}")
    return size


__all__ = ["Group", "choice", "choices", "error", "parse_size", "usage_message"]
