"""A built wheel holds every data file the package reads (an editable install would hide a gap)."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

from tests.conftest import ROOT


def test_wheel_contains_all_package_data(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(ROOT)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-2000:]
    (wheel,) = tmp_path.glob("jobparse-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    package = ROOT / "jobparse"
    wanted = {p.relative_to(ROOT).as_posix() for p in package.rglob("*") if p.suffix in (".yaml", ".json", ".py")}
    assert wanted <= names, sorted(wanted - names)
