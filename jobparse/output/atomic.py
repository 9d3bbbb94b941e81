"""Write output to stdout, to a special file in place, or to a regular file that appears whole or not at all."""

from __future__ import annotations

import contextlib
import os
import secrets
import socket
import stat
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any, BinaryIO, TextIO, TypeVar

from jobparse.errors import OutputError

Handle = TypeVar("Handle", bound=IO[Any])


@contextlib.contextmanager
def open_output(path: Path | None) -> Iterator[TextIO]:
    """Stdout for None or "-"; a device, FIFO or socket written in place; else a file replaced atomically.

    A symbolic link is followed: its final target is written and the link stays a link.
    """
    if path is None or str(path) == "-":
        yield sys.stdout
        return
    target = Path(path)
    try:
        found: os.stat_result | None = os.stat(target)  # follows links, /dev/stdout's included
    except FileNotFoundError:
        found = None  # a new file, or a link that points nowhere yet
    except OSError as exc:
        raise OutputError(f"{target}: cannot write ({exc.strerror or exc})") from None
    if found is not None and stat.S_ISDIR(found.st_mode):
        raise OutputError(f"{target}: is a directory")
    if found is not None and not stat.S_ISREG(found.st_mode):
        with _in_place(target, found) as handle:
            yield handle
        return
    with _replacing(target, Path(os.path.realpath(target)), found, _text, "any previous file is unchanged") as handle:
        yield handle


@contextlib.contextmanager
def _in_place(target: Path, found: os.stat_result) -> Iterator[TextIO]:
    """Write a device, FIFO or socket as it is: replacing one would break whatever else uses it."""
    with contextlib.ExitStack() as stack:
        try:
            if stat.S_ISSOCK(found.st_mode):
                sock = stack.enter_context(socket.socket(socket.AF_UNIX, socket.SOCK_STREAM))
                sock.connect(os.fspath(target))
                handle: TextIO = stack.enter_context(sock.makefile("w", encoding="utf-8", newline=""))
            else:
                # No O_CREAT: if the special file vanished since it was looked at, do not make a regular one.
                fd = os.open(target, os.O_WRONLY | getattr(os, "O_NOCTTY", 0))
                handle = stack.enter_context(os.fdopen(fd, "w", encoding="utf-8", newline=""))
        except OSError as exc:
            raise OutputError(f"{target}: cannot write ({exc.strerror or exc})") from None
        try:
            yield handle
            handle.flush()
        except BrokenPipeError:
            raise  # the reader of a FIFO or socket went away: quiet, as for standard output
        except OSError as exc:
            raise OutputError(f"{target}: cannot write ({exc.strerror or exc})") from None


def _create_beside(final: Path, existing: os.stat_result | None) -> tuple[int, Path]:
    """A new temporary file in `final`'s directory, with the mode, owner and group the result should have."""
    # A new file is created 0666 and the kernel applies the umask (and any default ACL), as a shell's
    # `>` would. Over an existing file it starts private and takes that file's owner, group and mode
    # before any content is written, so the content is never more exposed than the file it replaces.
    for _ in range(100):
        tmp = final.with_name(f".{final.name[:50]}.{secrets.token_hex(6)}.tmp")
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666 if existing is None else 0o600)
            break
        except FileExistsError:
            continue
    else:
        raise FileExistsError(f"no free temporary name beside {final}")
    if existing is not None:
        try:
            _chown(tmp, existing)
            os.chmod(tmp, stat.S_IMODE(existing.st_mode))  # after chown, which clears set-id bits
        except BaseException:
            os.close(fd)
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
    return fd, tmp


def _chown(tmp: Path, existing: os.stat_result) -> None:
    """Give `tmp` the owner and group of the file it replaces, as far as this process may."""
    if not hasattr(os, "chown"):
        return
    try:
        os.chown(tmp, existing.st_uid, existing.st_gid)
    except PermissionError:
        # Only root may give a file away; a member of the file's group may still keep the group.
        with contextlib.suppress(PermissionError):
            os.chown(tmp, -1, existing.st_gid)


def _text(fd: int) -> TextIO:
    """An output file: UTF-8, newlines as written."""
    return os.fdopen(fd, "w", encoding="utf-8", newline="")


def _binary(fd: int) -> BinaryIO:
    """A fixed file's bytes, exactly."""
    return os.fdopen(fd, "wb")


@contextlib.contextmanager
def _replacing(
    target: Path,
    final: Path,
    existing: os.stat_result | None,
    opener: Callable[[int], Handle],
    kept: str,
) -> Iterator[Handle]:
    """A temporary file beside `final` (opened by `opener`), flushed to disk and renamed over it
    only when writing succeeded; `kept` says what stays as it was when it fails."""
    try:
        fd, tmp = _create_beside(final, existing)
    except OSError as exc:
        raise OutputError(f"{target}: cannot write here ({exc.strerror or exc})") from None
    try:
        handle = opener(fd)
        with handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, final)
    except OSError as exc:
        # Disk full, quota, a vanished directory: the previous file stays as it was.
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise OutputError(f"{target}: cannot write ({exc.strerror or exc}); {kept}") from None
    except BaseException:
        # Leave any previous file as it was: the half-written temporary file goes.
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    _sync_directory(final.parent)


def replace_bytes(path: str | os.PathLike[str], data: bytes) -> None:
    """Give an existing regular file new content atomically, keeping its mode, owner and group (a
    symlink's target is replaced, the link kept); OutputError when it cannot be written, and then
    the file is as it was."""
    target = Path(path)
    final = Path(os.path.realpath(target))
    try:
        existing = os.stat(final)
    except OSError as exc:
        raise OutputError(f"{target}: cannot write here ({exc.strerror or exc})") from None
    with _replacing(target, final, existing, _binary, "the file is unchanged") as handle:
        handle.write(data)


def _sync_directory(directory: Path) -> None:
    """Make the rename itself durable; where a directory cannot be opened (Windows) the rename still stands."""
    with contextlib.suppress(OSError):
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
