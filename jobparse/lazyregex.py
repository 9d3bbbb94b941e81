"""Regular expressions that compile on first use, so start-up pays only for the patterns a run needs."""

from __future__ import annotations

from typing import Any, cast

import regex

# The methods that callers use; on first use the compiled pattern's bound methods are stored on
# the instance, so later calls cost one instance-dict lookup, as on a compiled pattern.
_FORWARDED = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "splititer")


class LazyPattern:
    """A stand-in for regex.Pattern that compiles its pattern on first attribute access.

    The package holds about 150 patterns and the word lists about 50 more. Compiling them all at
    import took about a fifth of a one-advert `jobparse validate` (the regex module compiles in
    Python), and such a run uses about half of them.
    """

    def __init__(self, source: str, flags: int = 0, **named_lists: Any) -> None:
        self._source = source
        self._flags = flags
        self._named_lists = named_lists

    def compiled(self) -> regex.Pattern[str]:
        """The compiled pattern (compiling it now if it is not yet)."""
        found = self.__dict__.get("_compiled")
        if found is None:
            found = regex.compile(self._source, self._flags, **self._named_lists)
            self.__dict__["_compiled"] = found
            for name in _FORWARDED:
                self.__dict__[name] = getattr(found, name)
        return cast(regex.Pattern[str], found)

    def __getattr__(self, name: str) -> Any:
        # Only reached for attributes not yet on the instance: the forwarded methods before the
        # first use, and anything else a Pattern has (pattern, flags, groupindex...).
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.compiled(), name)

    def __repr__(self) -> str:
        return f"LazyPattern({self._source!r}, {self._flags})"


def lazy_compile(source: str, flags: int = 0, **named_lists: Any) -> regex.Pattern[str]:
    """A pattern that behaves as regex.compile(source, flags, **named_lists) and compiles when first used."""
    return cast(regex.Pattern[str], LazyPattern(source, flags, **named_lists))
