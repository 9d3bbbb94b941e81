"""Outputs that never hurt: `-o` over devices, FIFOs, sockets, symlinks, modes, owners, unwritable places and
interrupted writes; CSV cells a spreadsheet would run as formulas."""

from __future__ import annotations

import contextlib
import csv
import errno
import io
import json
import os
import socket
import stat
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from jobparse.cli import app
from jobparse.output.csv_writer import COLUMNS, FORMULA_STARTS, cell
from jobparse.output.json_writer import JsonWriter
from tests.conftest import FIXTURES, advert_fixtures

SEED = FIXTURES / "seeds" / "000_b2fd4549ad324420.txt"
DUMP = FIXTURES / "adverts" / "multi_advert_dump.txt"
REFERENCE = "380-AC0746"  # the seed's reference number, as extract writes it
POSIX = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file types and modes")
ROOT_ONLY = pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs root")


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    assert "Traceback" not in result.stderr
    return result.exit_code, result.stdout, result.stderr


def extracted(text: str) -> str:
    """The reference of the first advert in an extract JSON document."""
    reference: str = json.loads(text)["adverts"][0]["reference"]["value"]
    return reference


def leftovers(*directories: Path) -> list[str]:
    """Temporary files a write left behind."""
    return sorted(p.name for d in directories for p in d.iterdir() if p.name.endswith(".tmp"))


@contextlib.contextmanager
def umask(mask: int) -> Iterator[None]:
    previous = os.umask(mask)
    try:
        yield
    finally:
        os.umask(previous)


@POSIX
def test_dev_null_stays_a_character_device() -> None:
    code, out, err = run("extract", str(SEED), "-o", os.devnull)
    assert code == 0, err
    assert out == ""
    found = os.stat(os.devnull)
    assert stat.S_ISCHR(found.st_mode) and (os.major(found.st_rdev), os.minor(found.st_rdev)) == (1, 3)


@POSIX
@ROOT_ONLY
def test_a_device_node_is_written_not_replaced(tmp_path: Path) -> None:
    """The same check on a private null device, so a regression cannot break the machine's /dev/null."""
    node = tmp_path / "null"
    os.mknod(node, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    code, _, err = run("extract", str(SEED), "-o", str(node))
    assert code == 0, err
    assert stat.S_ISCHR(os.lstat(node).st_mode) and os.lstat(node).st_rdev == os.makedev(1, 3)
    assert leftovers(tmp_path) == []


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_fifo_reader_receives_the_output(tmp_path: Path) -> None:
    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    received = bytearray()
    # A descriptor open for writing lets the reader's open return at once; closing it after the run
    # gives the reader its end of file whether or not the run wrote to the FIFO.
    keepalive = os.open(fifo, os.O_RDWR)

    def read() -> None:
        with open(fifo, "rb") as reader:
            while chunk := reader.read(65536):
                received.extend(chunk)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        code, _, err = run("extract", str(SEED), "-o", str(fifo))
    finally:
        os.close(keepalive)
    reader.join(timeout=30)
    assert not reader.is_alive()
    assert code == 0, err
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert extracted(received.decode("utf-8")) == REFERENCE
    assert leftovers(tmp_path) == []


@pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="needs Unix sockets")
def test_unix_socket_listener_receives_the_output(tmp_path: Path) -> None:
    path = tmp_path / "out.sock"
    received = bytearray()
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server:
        server.bind(str(path))
        server.listen(1)
        server.settimeout(30)

        def serve() -> None:
            with contextlib.suppress(OSError), server.accept()[0] as connection:
                while chunk := connection.recv(65536):
                    received.extend(chunk)

        listener = threading.Thread(target=serve, daemon=True)
        listener.start()
        code, _, err = run("extract", str(SEED), "-o", str(path))
        listener.join(timeout=30)
    assert code == 0, err
    assert stat.S_ISSOCK(os.lstat(path).st_mode)
    assert extracted(received.decode("utf-8")) == REFERENCE


@POSIX
def test_symlink_stays_a_link_and_its_target_is_written(tmp_path: Path) -> None:
    real = tmp_path / "real"
    real.mkdir()
    target = real / "out.json"
    target.write_text("previous")
    links = tmp_path / "links"
    links.mkdir()
    link = links / "out.json"
    link.symlink_to(Path("..") / "real" / "out.json")
    code, _, err = run("extract", str(SEED), "-o", str(link))
    assert code == 0, err
    assert link.is_symlink() and os.readlink(link) == os.path.join("..", "real", "out.json")
    assert extracted(target.read_text(encoding="utf-8")) == REFERENCE
    assert sorted(p.name for p in real.iterdir()) == ["out.json"] and sorted(p.name for p in links.iterdir()) == [
        "out.json"
    ]


@POSIX
def test_symlink_chain_and_dangling_link(tmp_path: Path) -> None:
    first, second, final = tmp_path / "first", tmp_path / "second", tmp_path / "final.json"
    second.symlink_to(final.name)  # dangling until the run creates final.json
    first.symlink_to(second.name)
    code, _, err = run("validate", str(SEED), "--format", "json", "--today", "2025-09-01", "-o", str(first))
    assert code == 0, err
    assert first.is_symlink() and second.is_symlink() and not final.is_symlink()
    assert json.loads(final.read_text(encoding="utf-8"))["summary"]["files"] == 1
    assert leftovers(tmp_path) == []


@POSIX
@pytest.mark.parametrize(
    ("mask", "mode"), [(0o022, 0o644), (0o027, 0o640), (0o002, 0o664), (0o077, 0o600)], ids=lambda m: f"{m:04o}"
)
def test_new_file_gets_the_mode_the_umask_gives(tmp_path: Path, mask: int, mode: int) -> None:
    target = tmp_path / "out.csv"
    with umask(mask):
        code, _, err = run("extract", str(SEED), "-f", "csv", "-o", str(target))
    assert code == 0, err
    assert stat.S_IMODE(os.stat(target).st_mode) == mode == 0o666 & ~mask


@POSIX
@pytest.mark.parametrize("mode", [0o640, 0o604, 0o444], ids=lambda m: f"{m:04o}")
def test_existing_file_keeps_its_mode(tmp_path: Path, mode: int) -> None:
    target = tmp_path / "out.json"
    target.write_text("previous")
    target.chmod(mode)
    with umask(0o077):  # a mode from the umask would be 0600: the kept mode must come from the file
        code, _, err = run("extract", str(SEED), "-o", str(target))
    assert code == 0, err
    assert stat.S_IMODE(os.stat(target).st_mode) == mode
    assert extracted(target.read_text(encoding="utf-8")) == REFERENCE


@POSIX
@ROOT_ONLY
def test_existing_file_keeps_its_owner_and_group(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    target.write_text("previous")
    os.chown(target, 4321, 8765)
    code, _, err = run("extract", str(SEED), "-o", str(target))
    assert code == 0, err
    found = os.stat(target)
    assert (found.st_uid, found.st_gid) == (4321, 8765)
    assert extracted(target.read_text(encoding="utf-8")) == REFERENCE


def test_dash_means_standard_output(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, err = run("extract", str(SEED), "-o", "-")
    assert code == 0, err
    assert extracted(out) == REFERENCE
    assert list(tmp_path.iterdir()) == []


def test_dash_draws_no_progress_bar_over_a_terminal_stdout(monkeypatch: pytest.MonkeyPatch) -> None:
    from jobparse import cli

    monkeypatch.setattr("jobparse.terminal.wants_progress", lambda *_args: True)
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    assert cli._show_progress(20, Path("out.json"), quiet=False)
    assert not cli._show_progress(20, Path("-"), quiet=False)
    assert not cli._show_progress(20, None, quiet=False)


@POSIX
@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root can write anywhere")
def test_unwritable_directory_is_a_one_line_error(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    target = locked / "out.json"
    target.write_text("previous")
    locked.chmod(0o555)
    try:
        code, _, err = run("extract", str(SEED), "-o", str(target))
    finally:
        locked.chmod(0o755)
    assert code == 2
    assert err.startswith(f"jobparse: error: {target}: cannot write here") and err.count("\n") == 1
    assert target.read_text() == "previous" and leftovers(locked) == []


def test_directory_is_a_one_line_error(tmp_path: Path) -> None:
    code, _, err = run("extract", str(SEED), "-o", str(tmp_path))
    assert code == 2 and err == f"jobparse: error: --output: {tmp_path}: is a directory\n"


@pytest.mark.parametrize(
    ("raised", "exit_code", "message"),
    [
        (RuntimeError("simulated bug"), 70, "internal error (RuntimeError: simulated bug)"),
        (KeyboardInterrupt(), 130, "interrupted"),
        (OSError(errno.ENOSPC, "No space left on device"), 2, "any previous file is unchanged"),
    ],
    ids=["exception", "interrupt", "disk-full"],
)
@pytest.mark.parametrize("through_link", [False, True], ids=["file", "symlink"])
def test_failed_write_midway_keeps_the_previous_file(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    raised: BaseException,
    exit_code: int,
    message: str,
    through_link: bool,
) -> None:
    target = tmp_path / "out.json"
    target.write_text("previous")
    target.chmod(0o640)
    path = target
    if through_link:
        path = tmp_path / "link.json"
        path.symlink_to(target.name)
    original = JsonWriter.emit
    written: list[int] = []

    def emit(self: JsonWriter, rendered: object) -> None:
        if written:  # the first input's record is already flushed to the temporary file
            written.extend(os.path.getsize(tmp_path / name) for name in leftovers(tmp_path))
            raise raised
        original(self, rendered)
        written.append(0)

    monkeypatch.setattr(JsonWriter, "emit", emit)
    code, _, err = run("extract", str(SEED), str(DUMP), "-o", str(path))
    assert written[1:] and written[1] > 0, "the failure did not come mid-way through the write"
    assert code == exit_code and message in err
    assert target.read_text() == "previous" and stat.S_IMODE(os.stat(target).st_mode) == 0o640
    assert leftovers(tmp_path) == []
    assert not through_link or path.is_symlink()


BASIC = (FIXTURES / "adverts" / "nhsjobs_basic.txt").read_text(encoding="utf-8")


def csv_rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


@pytest.mark.parametrize("start", FORMULA_STARTS, ids=repr)
def test_a_cell_a_spreadsheet_would_run_is_quoted(start: str) -> None:
    assert cell(f"{start}1+1") == f"'{start}1+1"
    assert cell(f"x{start}1") == f"x{start}1"  # only the first character makes a formula


def test_csv_injection_from_an_advert_is_neutralised(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    advert = BASIC.replace("412-RGH-5521", '=HYPERLINK("http://x","y")').replace(
        "Staff Nurse - Acute Medical Unit", "-2+3+cmd|' /C calc'!A0"
    )
    monkeypatch.chdir(tmp_path)
    Path("@advert.txt").write_text(advert, encoding="utf-8")
    code, out, err = run("extract", "@advert.txt", "-f", "csv")
    assert code == 0, err
    (row,) = csv_rows(out)
    assert row["reference"] == '\'=HYPERLINK("http://x","y")'
    assert row["title"] == "'-2+3+cmd|' /C calc'!A0"
    assert row["file"] == "'@advert.txt"
    assert row["salary_raw"] == "£31,049 to £37,796 a year"  # the rest untouched
    for name, value in row.items():
        assert not value.startswith(FORMULA_STARTS), name


def test_csv_booleans_and_nulls_are_written_one_way_in_every_column() -> None:
    import jobparse

    paths = advert_fixtures()
    code, out, err = run("extract", *map(str, paths), "-f", "csv", "-q")
    assert code == 0, err
    adverts = [advert for path in paths for advert in jobparse.parse_file(path)]
    rows = csv_rows(out)
    assert len(rows) == len(adverts) > 50
    kinds: dict[str, set[str]] = {}
    for advert, row in zip(adverts, rows, strict=True):
        for (name, get), written in zip(COLUMNS.items(), row.values(), strict=True):
            value = get(advert)
            if value is None:
                assert written == "", (advert.path, name, written)
            elif isinstance(value, bool):
                assert written == ("true" if value else "false"), (advert.path, name, written)
                kinds.setdefault(name, set()).add(written)
    assert set(kinds) == {"closed", "salary_pro_rata", "salary_hcas_included"}
    assert all(seen == {"true", "false"} for seen in kinds.values()), kinds


def test_csv_bom_only_when_asked(tmp_path: Path) -> None:
    plain, excel = tmp_path / "plain.csv", tmp_path / "excel.csv"
    assert run("extract", str(SEED), "-f", "csv", "-o", str(plain))[0] == 0
    code, _, err = run("extract", str(SEED), "-f", "csv", "--csv-bom", "-o", str(excel))
    assert code == 0, err
    assert excel.read_bytes() == b"\xef\xbb\xbf" + plain.read_bytes()
    assert not plain.read_bytes().startswith(b"\xef\xbb\xbf")
    (row,) = csv_rows(excel.read_text(encoding="utf-8-sig"))
    assert list(row) == list(COLUMNS) and row["salary_raw"].startswith("£40,617")
    code, _, err = run("extract", str(SEED), "--csv-bom")
    assert code == 2 and "--csv-bom" in err and "csv" in err
    assert "--csv-bom" in run("extract", "--help")[1]
