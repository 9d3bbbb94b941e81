"""jobparse: parse NHS job advert text dumps into structured records, and check them before publication."""

from __future__ import annotations

import sys
import types
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from jobparse.config import Config
    from jobparse.errors import ConfigError, InputError, JobparseError
    from jobparse.findings import Problem
    from jobparse.model import Advert
    from jobparse.parse import parse, parse_many
    from jobparse.parsing import parse_bytes, parse_file

# The public API, imported on first use: `jobparse --version` and `python -c "import jobparse"`
# then cost a few milliseconds instead of loading the parser, its patterns and its data.
_LAZY = {
    "Advert": "jobparse.model",
    "ConfigError": "jobparse.errors",
    "InputError": "jobparse.errors",
    "JobparseError": "jobparse.errors",
    "parse": "jobparse.parse",
    "parse_bytes": "jobparse.parsing",
    "parse_file": "jobparse.parsing",
    "parse_many": "jobparse.parse",
}


class _Package(types.ModuleType):
    """The package's module type: `jobparse.parse` stays the documented function.

    The parser lives in the subpackage `jobparse.parse`, and the import system binds every
    subpackage on its parent when it first loads (`setattr(jobparse, "parse", module)`), which
    would replace the public `jobparse.parse(text)` with a module. Import the parser's modules by
    their full names (`from jobparse.parse.tokenizer import tokenize`); they are in sys.modules.
    """

    def __setattr__(self, name: str, value: Any) -> None:
        if name == "parse" and isinstance(value, types.ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'jobparse' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module), name)


def validate(advert: Advert, config: Config | None = None) -> list[Problem]:
    """Problems in one advert under a configuration (default: every rule, dates judged as of today)."""
    from jobparse.validator import validate as run

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
    "load_config",
    "parse",
    "parse_bytes",
    "parse_file",
    "parse_many",
    "validate",
]
