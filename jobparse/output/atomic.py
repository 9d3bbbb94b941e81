"""Write output to stdout, or to a file that appears whole or not at all."""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from jobparse.errors import OutputError


@contextlib.contextmanager
def open_output(path: Path | None) -> Iterator[TextIO]:
    """Stdout for None or "-"; else a temporary file beside `path`, renamed over it on success."""
    if path is None or str(path) == "-":
        yield sys.stdout
        return
    target = Path(path)
    if target.is_dir():
        raise OutputError(f"{target}: is a directory")
    directory = target.parent if str(target.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise OutputError(f"{target}: cannot write here ({exc.strerror or exc})") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        # Disk full, quota, a vanished directory: the previous file stays as it was.
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise OutputError(f"{target}: cannot write ({exc.strerror or exc}); any previous file is unchanged") from None
    except BaseException:
        # Leave any previous file as it was: the half-written temporary file goes.
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
