"""jobparse: parse NHS job advert text dumps into structured records, and check them before publication."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    import datetime as dt

    from jobparse.config import Config
    from jobparse.errors import ConfigError, InputError, JobparseError
    from jobparse.findings import Problem
    from jobparse.fixing import fix
    from jobparse.inputs.reading import parse_bytes, parse_file
    from jobparse.model import Advert
    from jobparse.parse import parse, parse_many

# The public API, imported on first use: `jobparse --version` and `python -c "import jobparse"`
# then cost a few milliseconds instead of loading the parser, its patterns and its data.
_LAZY = {
    "Advert": "jobparse.model",
    "ConfigError": "jobparse.errors",
    "InputError": "jobparse.errors",
    "JobparseError": "jobparse.errors",
    "fix": "jobparse.fixing",
    "parse": "jobparse.parse",
    "parse_bytes": "jobparse.inputs.reading",
    "parse_file": "jobparse.inputs.reading",
    "parse_many": "jobparse.parse",
}


def __dir__() -> list[str]:
    """The public API, the lazily imported names included (they are not attributes until first used)."""
    return sorted(__all__)


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'jobparse' has no attribute {name!r}")
    import importlib

    if name == "parse":
        # The parser's package is callable: jobparse.parse(text) and the package are one object,
        # since importing any of its modules binds the package on this one under that name.
        return importlib.import_module(module)
    return getattr(importlib.import_module(module), name)


def validate(advert: Advert | str, config: Config | None = None, *, today: dt.date | None = None) -> list[Problem]:
    """Problems in one advert, sorted by position.

    `advert` is an Advert (from `parse`, `parse_file`, ...) or advert text, which is parsed as one
    advert first. `config` chooses the rules and their settings (default: every rule that runs by
    default, as `jobparse validate` without a configuration file). Dates are judged as of `today`,
    else the config's `today`, else the real date.
    """
    import dataclasses

    from jobparse.config import Config
    from jobparse.model import Advert
    from jobparse.validator import validate as run

    if not isinstance(advert, Advert):
        from jobparse.parse import parse as parse_text

        advert = parse_text(advert)
    config = config or Config.default()
    if today is not None:
        config = dataclasses.replace(config, today=today)
    return run(advert, config)


def load_config(path: str | None = None) -> Config:
    """Settings from a .jobparse.yaml or pyproject.toml file (the defaults when path is None)."""
    from jobparse.config import load_config as load

    return load(path)


__all__ = [
    "Advert",
    "ConfigError",
    "InputError",
    "JobparseError",
    "__version__",
    "fix",
    "load_config",
    "parse",
    "parse_bytes",
    "parse_file",
    "parse_many",
    "validate",
]
