"""Exceptions that jobparse raises to its callers; the CLI turns them into one-line messages."""

from __future__ import annotations


class JobparseError(Exception):
    """Base class of every error jobparse reports to a user."""


class InputError(JobparseError):
    """An input that cannot be read as an advert: missing, unreadable, binary, empty or advert-free.

    `no_advert` marks inputs that were read but hold no advert (empty, or text, JSON or a feed
    without one): `--skip-non-adverts` skips those instead of failing.
    """

    def __init__(self, path: str, reason: str, no_advert: bool = False) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason
        self.no_advert = no_advert


class OutputError(JobparseError):
    """The output could not be written."""


class ConfigError(JobparseError):
    """A configuration file or option that cannot be used (names the file, line and key)."""
