"""jobparse: parse NHS job advert text dumps into structured records."""

from __future__ import annotations

from typing import TYPE_CHECKING

from jobparse.errors import ConfigError, InputError, JobparseError
from jobparse.model import Advert
from jobparse.parsing import parse, parse_bytes, parse_file, parse_many

if TYPE_CHECKING:
    from jobparse.config import Config
    from jobparse.findings import Problem

__version__ = "0.1.0"


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
