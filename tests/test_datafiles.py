"""The JSON copy of the data files that runs read is current, and holds what the YAML says."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from jobparse.datafiles import COMPILED, DATA, compile_data, load_data
from jobparse.yamlio import safe_load


def test_compiled_copy_is_current() -> None:
    assert COMPILED.read_text(encoding="utf-8") == compile_data(), "the YAML data changed: run `make data`"


def test_every_data_file_is_in_the_copy_with_the_same_data() -> None:
    files = sorted(DATA.rglob("*.yaml"))
    assert len(files) >= 7
    for path in files:
        relative = path.relative_to(DATA).as_posix()
        from_yaml = json.loads(json.dumps(safe_load(path.read_text(encoding="utf-8")), default=str))
        assert load_data(relative) == from_yaml, relative


def test_dates_become_iso_strings() -> None:
    year = load_data("payscales/england.yaml")["years"]["2025-26"]
    assert year["effective_from"] == "2025-04-01"


def test_validate_without_a_yaml_config_never_imports_pyyaml(tmp_path: Path) -> None:
    advert = tmp_path / "advert.txt"
    advert.write_text("Porter\nThe closing date is 1 March 2026\nJob summary\nMove patients.\n", encoding="utf-8")
    probe = (
        "import sys\nfrom jobparse.cli import main\nsys.argv = ['jobparse', 'validate', sys.argv[1], '--fail-on', 'never']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\nprint('yaml' in sys.modules, file=sys.stderr)\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", probe, str(advert)], capture_output=True, text=True, cwd=tmp_path, check=False
    )
    assert proc.stderr.strip().splitlines()[-1] == "False", proc.stderr
