"""The package's data (jobparse/data/*.yaml), read from the JSON copy that `make data` compiles."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

# Read by path rather than through importlib.resources, whose readers (and zipfile) cost a few
# milliseconds of start-up for a package that is never zipped.
DATA = Path(__file__).resolve().parent / "data"
# The YAML files are the sources: people edit them, and their comments say where each fact comes
# from. Runs read this JSON copy of their data instead: importing PyYAML and parsing them was
# about a tenth of a one-advert `validate`. A test fails when it is not current.
COMPILED = DATA / "compiled.json"


def load_data(relative: str) -> Any:
    """The data of a file under jobparse/data (such as "payscales/england.yaml"); dates as ISO strings."""
    # Parsed on each call (each file is asked for once, by a cached loader), so that no caller
    # can change what another one reads.
    return json.loads(COMPILED.read_text(encoding="utf-8"))[relative]


def _iso(value: object) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not data a JSON copy can hold")


def compile_data() -> str:
    """The JSON copy of every YAML file under jobparse/data, keyed by its path there."""
    from jobparse.yamlio import safe_load

    files = sorted(DATA.rglob("*.yaml"))
    data = {path.relative_to(DATA).as_posix(): safe_load(path.read_text(encoding="utf-8")) for path in files}
    return json.dumps(data, default=_iso, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def main() -> None:
    """`python -m jobparse.datafiles` (`make data`): write the JSON copy."""
    COMPILED.write_text(compile_data(), encoding="utf-8")
    print(f"wrote {COMPILED}")  # noqa: T201


if __name__ == "__main__":
    main()
