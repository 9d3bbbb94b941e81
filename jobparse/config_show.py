"""`jobparse validate --show-config`: the settings in force for an input, and where each came from."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from jobparse.config import Config
from jobparse.rules import all_rules, resolve


def _shown(origin: str) -> str:
    """An origin as people read it: a file relative to the current directory where it is inside it."""
    path, sep, line = origin.rpartition(":") if origin[-1:].isdigit() else (origin, "", "")
    if not os.path.isabs(path):
        return origin
    try:
        relative = os.path.relpath(path)
    except ValueError:  # another drive (Windows)
        relative = path
    shown = path if relative.startswith(os.pardir) else relative
    return f"{shown}{sep}{line}"


def _options(code: str, config: Config) -> str:
    """A rule's options that differ from its defaults, as `name=value` pairs."""
    defaults = all_rules()[code].Options()
    chosen = config.options[code]
    pairs = []
    for name in getattr(chosen, "__dataclass_fields__", {}):
        value = getattr(chosen, name)
        if value != getattr(defaults, name):
            shown = ",".join(value) if isinstance(value, tuple) else value
            pairs.append(f"{name.replace('_', '-')}={shown}")
    return " ".join(pairs)


def describe(config: Config, target: str, source: Path | None) -> Iterator[str]:
    """The lines --show-config prints: each setting, its value and its origin; then every rule."""
    found = _shown(str(source.resolve())) if source is not None else "none found (the defaults)"
    yield f"# settings for {target}; configuration file: {found}"
    today = config.today.isoformat() if config.today else "the real date"
    rows = [
        ("today", today),
        ("nation", config.nation or "auto (each advert's own)"),
        ("fail-on", config.fail_on),
        ("profile", config.profile),
        ("select", ", ".join(config.select) or "every rule not in an optional group"),
        ("ignore", ", ".join(config.ignore) or "nothing"),
    ]
    for key, value in rows:
        yield f"{key + ':':<9} {value:<40} # {_shown(config.origin(key))}"
    enabled = set(config.enabled)
    rules = all_rules()
    ignored = {code for selector in config.ignore for part in selector.split(",") if part.strip()
               for code in resolve(part, rules)}  # fmt: skip
    yield f"rules:    {len(enabled)} of {len(rules)} run"
    for code, rule in rules.items():
        state = str(config.severities[code]) if code in enabled else "off"
        options = _options(code, config)
        # A rule's own settings, else whatever turned it on or off.
        origin = config.origins.get(f"rules.{code}")
        if origin is None:
            origin = config.origin("ignore" if code in ignored else "select")
        origin = _shown(origin)
        text = f"  {code} {rule.NAME:<26} {state:<7} {options}".rstrip()
        yield f"{text:<50} # {origin}"


__all__ = ["describe"]
