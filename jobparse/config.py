"""Validation settings: defaults, `.jobparse.yaml` / `[tool.jobparse]` discovery, and checking them."""

from __future__ import annotations

import dataclasses
import datetime as dt
import typing
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jobparse.choices import FAIL_LEVELS, NATIONS, PROFILES
from jobparse.errors import ConfigError
from jobparse.findings import Severity
from jobparse.inputs import STDIN_NAME
from jobparse.rules import OPTIONAL_GROUPS, Rule, all_rules, resolve

CONFIG_NAME = ".jobparse.yaml"
TOP_KEYS = ("select", "ignore", "today", "nation", "fail-on", "profile", "rules")
# Where a setting's value came from when nothing set it.
DEFAULT = "default"
# The command-line option behind each setting (an override's origin).
OPTIONS = {
    "select": "--select",
    "ignore": "--ignore",
    "today": "--today",
    "nation": "--nation",
    "fail-on": "--fail-on",
    "profile": "--profile",
}
# A config file is a few lines; anything this large is a mistake (or an attack on the parser).
MAX_CONFIG_BYTES = 256 * 1024
MAX_DEPTH = 8
# Aliases let a small YAML file describe an exponential number of values ("billion laughs"):
# no real configuration has more than a few hundred, so the walk stops well before that bites.
MAX_NODES = 10_000


@dataclass(frozen=True, slots=True)
class Config:
    """Which rules run, at what severity and with what options; the date, nation and fail level."""

    enabled: tuple[str, ...]
    severities: Mapping[str, Severity]  # read-only by convention; plain dicts so that --jobs can pickle it
    options: Mapping[str, Any]
    today: dt.date | None = None
    nation: str | None = None  # None (auto): each advert's own nation, from its employer and postcode
    fail_on: str = "error"
    profile: str = "published"
    source: str | None = None  # the file it came from
    select: tuple[str, ...] = ()  # the selectors that chose `enabled`, as given (empty: the defaults)
    ignore: tuple[str, ...] = ()  # the selectors that left rules out, as given
    # Where each setting came from ("today", "rules.JP204", ...): "FILE:LINE", "FILE" or "--option";
    # a setting not listed has its default.
    origins: Mapping[str, str] = dataclasses.field(default_factory=dict, compare=False)

    def origin(self, key: str) -> str:
        """Where a setting came from: a file and line, a command-line option, or "default"."""
        return self.origins.get(key, DEFAULT)

    @classmethod
    def default(cls) -> Config:
        """Every rule at its default severity and options."""
        rules = all_rules()
        return cls(
            enabled=tuple(code for code, rule in rules.items() if rule.GROUP not in OPTIONAL_GROUPS),
            severities={code: rule.SEVERITY for code, rule in rules.items()},
            options={code: rule.Options() for code, rule in rules.items()},
        )

    def with_overrides(
        self,
        *,
        select: Iterable[str] = (),
        ignore: Iterable[str] = (),
        today: dt.date | None = None,
        nation: str | None = None,
        fail_on: str | None = None,
        profile: str | None = None,
    ) -> Config:
        """A copy with command-line settings applied on top (they win over the file)."""
        rules = all_rules()
        enabled = self.enabled
        chosen = _codes(select, rules, "--select")
        if chosen:
            enabled = tuple(code for code in rules if code in chosen)
        dropped = _codes(ignore, rules, "--ignore")
        enabled = tuple(code for code in enabled if code not in dropped)
        if nation is not None and nation not in NATIONS:
            raise ConfigError(f"--nation: unknown nation {nation!r}; expected one of {', '.join(NATIONS)}")
        if fail_on is not None and fail_on not in FAIL_LEVELS:
            raise ConfigError(f"--fail-on: expected one of {', '.join(FAIL_LEVELS)}")
        if profile is not None and profile not in PROFILES:
            raise ConfigError(f"--profile: expected one of {', '.join(PROFILES)}")
        given = {
            "select": chosen,
            "ignore": dropped,
            "today": today,
            "nation": nation,
            "fail-on": fail_on,
            "profile": profile,
        }
        origins = {**self.origins, **{key: OPTIONS[key] for key, value in given.items() if value}}
        if dropped and "ignore" in self.origins:  # --ignore adds to the file's ignore list
            origins["ignore"] = f"{self.origins['ignore']}, --ignore"
        return dataclasses.replace(
            self,
            enabled=enabled,
            select=tuple(select) or self.select,
            ignore=self.ignore + tuple(ignore),
            today=today or self.today,
            nation=nation or self.nation,
            fail_on=fail_on or self.fail_on,
            profile=profile or self.profile,
            origins=origins,
        )


def _codes(selectors: Iterable[str], rules: dict[str, Rule], where: str) -> set[str]:
    codes: set[str] = set()
    for selector in selectors:
        for part in selector.split(","):
            if not part.strip():
                continue
            try:
                codes.update(resolve(part, rules))
            except KeyError:
                raise ConfigError(f"{where}: unknown rule or group {part.strip()!r} (see `jobparse rules`)") from None
    return codes


# ---------------------------------------------------------------------------------------------
# Reading files.


def find_config(start: Path) -> Path | None:
    """The nearest .jobparse.yaml, or pyproject.toml with [tool.jobparse], at or above `start`."""
    here = start.resolve()
    if here.is_file():
        here = here.parent
    for directory in (here, *here.parents):
        candidate = directory / CONFIG_NAME
        if candidate.is_file():
            return candidate
        pyproject = directory / "pyproject.toml"
        if pyproject.is_file() and _has_tool_section(pyproject):
            return pyproject
    return None


def _has_tool_section(path: Path) -> bool:
    import tomllib  # imported here: only a pyproject.toml needs it (a few ms of start-up)

    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return False
    return isinstance(data.get("tool"), dict) and "jobparse" in data["tool"]


def load_config(path: str | Path | None = None, *, start: Path | None = None) -> Config:
    """Settings from a file (given, or found upward from `start`), else the defaults."""
    if path is None and start is not None:
        path = find_config(start)
    if path is None:
        return Config.default()
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read ({exc.strerror or exc})") from None
    if len(data) > MAX_CONFIG_BYTES:
        raise ConfigError(f"{path}: {len(data):,} bytes is too large for a configuration file")
    text = data.decode("utf-8", errors="replace")
    if path.name == "pyproject.toml":
        import tomllib

        try:
            raw = tomllib.loads(text).get("tool", {}).get("jobparse", {})
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{path}: invalid TOML ({exc})") from None
        lines = _toml_key_lines(text)
    else:
        raw, lines = _read_yaml(text, path)
    return from_mapping(raw, str(path), lines)


def _toml_key_lines(text: str) -> dict[str, int]:
    """The line of each key path under [tool.jobparse] ("today", "rules.JP204"): tomllib gives none.

    Tables and `key = value` lines are enough for a settings section; a key also counts for the
    dotted paths below it, so that an error about "rules.JP204.min-days" finds the table's line.
    """
    import re

    lines: dict[str, int] = {}
    table: str | None = None
    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        header = re.fullmatch(r"\[\s*([^\[\]]+?)\s*\]\s*(?:#.*)?", stripped)
        if header:
            name = header.group(1).replace('"', "").replace("'", "").replace(" ", "")
            table = name.removeprefix("tool.jobparse").lstrip(".") if name.startswith("tool.jobparse") else None
            if table:
                lines.setdefault(table, number)
            continue
        key = re.match(r"""(["']?)([A-Za-z0-9_.-]+)\1\s*=""", stripped)
        if table is not None and key:
            lines.setdefault(f"{table}.{key.group(2)}" if table else key.group(2), number)
    return lines


def _read_yaml(text: str, path: Path) -> tuple[Any, dict[str, int]]:
    """The YAML document (safe loader only), and the line of each key path ("rules.JP204")."""
    import yaml  # imported here: runs without a YAML config file never need PyYAML

    from jobparse.yamlio import compose, safe_load

    try:
        node = compose(text)
        raw = safe_load(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        where = f" (line {mark.line + 1}, column {mark.column + 1})" if mark is not None else ""
        raise ConfigError(f"{path}: invalid YAML{where}: {exc.problem}") from None
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path}: invalid YAML: {exc}") from None
    except RecursionError:
        raise ConfigError(f"{path}: the YAML is nested too deeply") from None
    lines: dict[str, int] = {}
    if node is not None:
        _key_lines(node, "", lines, 0, path, [MAX_NODES])
    return raw, lines


def _key_lines(node: Any, prefix: str, lines: dict[str, int], depth: int, path: Path, budget: list[int]) -> None:
    """Record each key's line; refuse documents nested too deeply or with too many values."""
    budget[0] -= 1
    if budget[0] < 0:
        raise ConfigError(f"{path}: more than {MAX_NODES:,} values (are YAML aliases repeating a list?)")
    if depth > MAX_DEPTH:
        raise ConfigError(f"{path}: nested more than {MAX_DEPTH} levels deep (line {node.start_mark.line + 1})")
    # PyYAML nodes name their kind in `id`, so this recursion needs no import of its own.
    if node.id == "mapping":
        for key, value in node.value:
            name = f"{prefix}{key.value}"
            lines[name] = key.start_mark.line + 1
            _key_lines(value, name + ".", lines, depth + 1, path, budget)
    elif node.id == "sequence":
        for item in node.value:
            _key_lines(item, prefix, lines, depth + 1, path, budget)


def from_mapping(raw: Any, source: str = "<config>", lines: Mapping[str, int] | None = None) -> Config:
    """Check a configuration document and build the Config it describes."""
    lines = lines or {}

    def fail(key: str, message: str) -> ConfigError:
        line = lines.get(key)
        where = f"{source}:{line}" if line else source
        return ConfigError(f"{where}: {key}: {message}" if key else f"{where}: {message}")

    if raw is None:
        raw = {}
    if not isinstance(raw, dict):
        raise fail("", "expected a mapping of settings at the top level")
    for key in raw:
        if key not in TOP_KEYS:
            raise fail(str(key), f"unknown setting; expected one of {', '.join(TOP_KEYS)}")
    config = Config.default()
    rules = all_rules()
    severities = dict(config.severities)
    options = dict(config.options)
    for code, settings in _mapping(raw.get("rules"), "rules", fail).items():
        target = _rule_code(str(code), rules)
        if target is None:
            raise fail(f"rules.{code}", "unknown rule (see `jobparse rules`)")
        severity, options[target] = _rule_settings(rules[target], settings, f"rules.{code}", fail)
        if severity is not None:
            severities[target] = severity
    select = _string_list(raw.get("select"), "select", fail)
    ignore = _string_list(raw.get("ignore"), "ignore", fail)
    today = raw.get("today")
    if today is not None and not isinstance(today, dt.date):
        try:
            today = dt.date.fromisoformat(str(today))
        except ValueError:
            raise fail("today", f"expected a date such as 2025-09-01, not {today!r}") from None
    nation = raw.get("nation", "auto")
    if nation != "auto" and nation not in NATIONS:
        raise fail("nation", f"expected auto or one of {', '.join(NATIONS)}, not {nation!r}")
    fail_on = raw.get("fail-on", "error")
    if fail_on not in FAIL_LEVELS:
        raise fail("fail-on", f"expected one of {', '.join(FAIL_LEVELS)}, not {fail_on!r}")
    profile = raw.get("profile", "published")
    if profile not in PROFILES:
        raise fail("profile", f"expected one of {', '.join(PROFILES)}, not {profile!r}")
    config = dataclasses.replace(
        config,
        severities=severities,
        options=options,
        source=source,
        nation=None if nation == "auto" else nation,
        fail_on=fail_on,
        profile=profile,
        today=today,
    )
    try:
        config = config.with_overrides(select=select, ignore=ignore)
    except ConfigError as exc:
        raise fail("select" if select else "ignore", str(exc).split(": ", 1)[-1]) from None

    def where(key: str) -> str:
        return f"{source}:{lines[key]}" if key in lines else source

    origins = {key: where(key) for key in raw if key != "rules"}
    for code in _mapping(raw.get("rules"), "rules", fail):
        origins[f"rules.{_rule_code(str(code), rules)}"] = where(f"rules.{code}")
    return dataclasses.replace(config, origins=origins)


def _rule_code(name: str, rules: dict[str, Rule]) -> str | None:
    """The code of the one rule a settings key names (a code or a name; groups are not rules)."""
    if name.upper() in rules:
        return name.upper()
    return next((code for code, rule in rules.items() if name == rule.NAME), None)


def _mapping(value: Any, key: str, fail: Any) -> dict[str, Any]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise fail(key, "expected a mapping")
    return value


def _string_list(value: Any, key: str, fail: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise fail(key, "expected a list of rule codes, names or groups")
    return value


def _rule_settings(rule: Rule, settings: Any, key: str, fail: Any) -> tuple[Severity | None, Any]:
    """A rule's severity override and its Options, from `{severity: ..., option-name: value}`."""
    if settings is None:
        return None, rule.Options()
    if not isinstance(settings, dict):
        raise fail(key, "expected a mapping such as {severity: warning}")
    severity = None
    values: dict[str, Any] = {}
    fields = {f.name: f for f in dataclasses.fields(rule.Options)}
    hints = typing.get_type_hints(rule.Options)
    for name, value in settings.items():
        if name == "severity":
            if value not in ("error", "warning", "info"):
                raise fail(f"{key}.severity", f"expected error, warning or info, not {value!r}")
            severity = Severity.parse(value)
            continue
        attr = str(name).replace("-", "_")
        if attr not in fields:
            known = ", ".join(["severity", *(f.replace("_", "-") for f in fields)])
            raise fail(f"{key}.{name}", f"unknown option for rule {rule.NAME}; expected one of {known}")
        values[attr] = _coerce(value, hints[attr], f"{key}.{name}", fail)
    try:
        return severity, rule.Options(**values)
    except (TypeError, ValueError) as exc:
        raise fail(key, str(exc)) from None


def _coerce(value: Any, hint: Any, key: str, fail: Any) -> Any:
    """Check an option value against its annotated type (int, float, bool, str, tuple[str, ...])."""
    origin = typing.get_origin(hint)
    if origin is tuple:
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            raise fail(key, "expected a list of strings")
        return tuple(value)
    if hint is bool:
        if not isinstance(value, bool):
            raise fail(key, f"expected true or false, not {value!r}")
        return value
    if hint is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise fail(key, f"expected a whole number, not {value!r}")
        return value
    if hint is float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise fail(key, f"expected a number, not {value!r}")
        return float(value)
    if hint is str:
        if not isinstance(value, str):
            raise fail(key, f"expected text, not {value!r}")
        return value
    return value


# ---------------------------------------------------------------------------------------------
# The configuration of each input.


@dataclass(frozen=True, slots=True)
class Overrides:
    """Settings given on the command line: they win over every configuration file."""

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    today: dt.date | None = None
    nation: str | None = None
    fail_on: str | None = None
    profile: str | None = None

    def apply(self, config: Config) -> Config:
        """The config with these settings on top."""
        return config.with_overrides(
            select=self.select,
            ignore=self.ignore,
            today=self.today,
            nation=self.nation,
            fail_on=self.fail_on,
            profile=self.profile,
        )


class ConfigResolver:
    """The configuration in force for each input, as ruff and eslint find theirs.

    `explicit` (--config, or a Config object) applies to every input; otherwise each input gets
    the nearest .jobparse.yaml (or pyproject.toml with [tool.jobparse]) at or above its own
    directory, or the defaults. The command line's settings go on top. Each directory is looked
    up and each file read once per resolver; under --jobs each worker keeps its own cache (only
    the explicit file and the overrides cross to it).
    """

    def __init__(self, explicit: str | Path | Config | None = None, overrides: Overrides | None = None) -> None:
        self.explicit = explicit
        self.overrides = overrides or Overrides()
        self._found: dict[Path, Path | None] = {}
        self._loaded: dict[Path | None, Config] = {}
        self._by_input: dict[str, Path | None] = {}

    def __getstate__(self) -> tuple[str | Path | Config | None, Overrides]:
        return self.explicit, self.overrides

    def __setstate__(self, state: tuple[str | Path | Config | None, Overrides]) -> None:
        self.explicit, self.overrides = state
        self._found, self._loaded, self._by_input = {}, {}, {}  # a fresh cache in each worker process

    def source_for(self, path: str | Path) -> Path | None:
        """The settings file for an input (a file or a directory; "<stdin>" is the current
        directory), None for the defaults or an explicit Config."""
        if isinstance(self.explicit, Config):
            return None
        if self.explicit is not None:
            return Path(self.explicit)
        # Remembered per input as well as per directory: resolving a path stats each of its
        # parts, and the parent asked for every input twice (30 µs an advert in a large run).
        key = str(path)
        if key not in self._by_input:
            here = Path.cwd() if key == STDIN_NAME else Path(path).resolve()
            directory = here if here.is_dir() else here.parent
            if directory not in self._found:
                self._found[directory] = find_config(directory)
            self._by_input[key] = self._found[directory]
        return self._by_input[key]

    def for_input(self, path: str | Path) -> Config:
        """The configuration for one input (ConfigError when its file is broken)."""
        source = self.source_for(path)
        if source not in self._loaded:
            base = self.explicit if isinstance(self.explicit, Config) else load_config(source)
            self._loaded[source] = self.overrides.apply(base)
        return self._loaded[source]


__all__ = ["Config", "ConfigResolver", "Overrides", "find_config", "from_mapping", "load_config"]
