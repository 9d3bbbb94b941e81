"""Shrinking a failing input to a small one that fails the same way, for the regression corpus.

The input is first tried as plain UTF-8 with LF line ends (from UTF-16, cp1252, CRLF...); then
delta debugging (Zeller's ddmin, complements only) drops lines, and then bytes, for as long as
the input still fails at the same place with the same message.
"""

from __future__ import annotations

import re
import time
import traceback
from collections.abc import Callable
from pathlib import Path

Signature = tuple[str, str, int, str]


def signature(exc: BaseException) -> Signature:
    """How an input failed: the exception's type, where it was raised, and the start of its message
    without numbers or quoted text (offsets, indices and the input's words change as it shrinks)."""
    frames = traceback.extract_tb(exc.__traceback__)
    last = frames[-1] if frames else None
    first_line = str(exc).split("\n", 1)[0]
    message = re.sub(r"\d+", "N", " ".join(first_line.split(": ")[:2]))
    message = re.split(r"""['"]""", message, maxsplit=1)[0][:120]  # a quoted part holds the input's text
    return type(exc).__name__, Path(last.filename).name if last else "", last.lineno or 0 if last else 0, message


def failure(check: Callable[[bytes, str], object], data: bytes, name: str) -> Signature | None:
    """How the checks fail on an input, or None when they pass."""
    try:
        check(data, name)
    except Exception as exc:  # any failure counts: the signature tells them apart
        return signature(exc)
    return None


def _ddmin(parts: list[bytes], fails: Callable[[bytes], bool], deadline: float) -> list[bytes]:
    chunks = 2
    while len(parts) >= 2 and time.monotonic() < deadline:
        size = -(-len(parts) // chunks)
        for start in range(0, len(parts), size):
            candidate = parts[:start] + parts[start + size :]
            if fails(b"".join(candidate)):
                parts = candidate
                chunks = max(chunks - 1, 2)
                break
        else:
            if chunks >= len(parts):
                break
            chunks = min(len(parts), chunks * 2)
    return parts


def _as_plain_text(data: bytes) -> bytes | None:
    """The same text as UTF-8 with LF line ends (a smaller, readable case when it fails the same way)."""
    from jobparse.errors import InputError
    from jobparse.inputs.source import decode

    try:
        text = decode(data)
    except InputError:
        return None
    return text.replace("\r\n", "\n").replace("\r", "\n").encode("utf-8", errors="surrogatepass")


def reduce(check: Callable[[bytes, str], object], data: bytes, name: str, seconds: float = 120.0) -> bytes:
    """A smaller input that fails the checks as `data` does (`data` itself when none is found in time)."""
    wanted = failure(check, data, name)
    if wanted is None:
        return data
    deadline = time.monotonic() + seconds

    def fails(candidate: bytes) -> bool:
        return failure(check, candidate, name) == wanted

    plain = _as_plain_text(data)
    if plain is not None and plain != data and fails(plain):
        data = plain
    parts = _ddmin(data.splitlines(keepends=True), fails, deadline)
    smaller = b"".join(parts)
    parts = _ddmin([smaller[i : i + 1] for i in range(len(smaller))], fails, deadline)
    return b"".join(parts)
