"""Validation settings: defaults, `.jobparse.yaml` / `[tool.jobparse]` discovery, and checking them."""

from __future__ import annotations

import dataclasses
import datetime as dt
import typing
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jobparse.choices import FAIL_LEVELS, NATIONS
from jobparse.errors import ConfigError
from jobparse.findings import Severity
from jobparse.rules import OPTIONAL_GROUPS, Rule, all_rules, resolve

CONFIG_NAME = ".jobparse.yaml"
TOP_KEYS = ("select", "ignore", "today", "nation", "fail-on", "rules")
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
    nation: str = "england"
    fail_on: str = "error"
    source: str | None = None  # the file it came from

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
        return dataclasses.replace(
            self,
            enabled=enabled,
            today=today or self.today,
            nation=nation or self.nation,
            fail_on=fail_on or self.fail_on,
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
        lines: dict[str, int] = {}
    else:
        raw, lines = _read_yaml(text, path)
    return from_mapping(raw, str(path), lines)


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
    nation = raw.get("nation", "england")
    if nation not in NATIONS:
        raise fail("nation", f"expected one of {', '.join(NATIONS)}, not {nation!r}")
    fail_on = raw.get("fail-on", "error")
    if fail_on not in FAIL_LEVELS:
        raise fail("fail-on", f"expected one of {', '.join(FAIL_LEVELS)}, not {fail_on!r}")
    config = dataclasses.replace(
        config,
        severities=severities,
        options=options,
        source=source,
        nation=nation,
        fail_on=fail_on,
        today=today,
    )
    try:
        return config.with_overrides(select=select, ignore=ignore)
    except ConfigError as exc:
        raise fail("select" if select else "ignore", str(exc).split(": ", 1)[-1]) from None


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


__all__ = ["Config", "find_config", "from_mapping", "load_config"]
