"""bounded: open inputs safely and read them in bounded memory (issue 9).

* Only regular files are opened: a FIFO would block forever and ``/dev/zero`` never ends, so both
  are refused with one message before anything is read (E022).
* Every read has a byte cap, applied to the *decompressed* bytes, per record: a gzip bomb costs
  the cap, not what it inflates to. A JSON Lines line over the cap is skipped to the next line
  break in 1 MiB pieces and reported as too large (E021).
* An OSError is told apart by cause: a permission or I/O problem is "unreadable" (E009), a broken
  gzip stream is "damaged" (E017).
* Directories are walked once, links followed, each directory visited once (a link back to an
  ancestor is reported, E023), an unreadable sub-directory reported (E009), not silently skipped.
"""

from __future__ import annotations

import gzip
import os
import stat
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from ..errors import Err, OnrecordError

DRAIN_PIECE = 1 << 20  # bytes read at a time while skipping an over-long line
MIN_RECORD_BYTES = 8 << 20


def record_byte_limit(max_chars: int | None) -> int:
    """Largest JSON Lines record read, in bytes: room for ``max_chars`` characters as \\uXXXX escapes."""
    return max(MIN_RECORD_BYTES, 6 * (max_chars or 0) + 65_536)


def text_byte_limit(max_chars: int | None) -> int:
    """Bytes of a text file read: at most 4 bytes a character (UTF-8, UTF-16 or UTF-32), plus a BOM."""
    return 4 * (max_chars or 1_000_000) + 4


def refuse_special(path: Path) -> OnrecordError | None:
    """An error when ``path`` is not a regular file (FIFO, device, socket) or cannot be examined."""
    try:
        mode = os.stat(path).st_mode
    except OSError as exc:
        return unreadable(str(path), exc)
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return None
    kind = "a FIFO" if stat.S_ISFIFO(mode) else "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "a socket"
    return OnrecordError(Err.E022, source=str(path), detail=f"it is {kind}; read it with `-` (standard input) instead")


def unreadable(source: str, exc: OSError) -> OnrecordError:
    """E009 with the operating system's reason."""
    return OnrecordError(Err.E009, source=source, detail=exc.strerror or str(exc) or type(exc).__name__)


def read_error(source: str, exc: BaseException) -> OnrecordError:
    """The error for an exception raised while reading: damaged (E017) or unreadable (E009)."""
    if isinstance(exc, (EOFError, zlib.error, gzip.BadGzipFile)):
        return OnrecordError(Err.E017, source=source, detail=str(exc) or type(exc).__name__)
    if isinstance(exc, OSError) and exc.errno is not None:
        return unreadable(source, exc)
    return OnrecordError(Err.E017, source=source, detail=str(exc) or type(exc).__name__)


def open_input(path: Path) -> IO[bytes]:
    """A regular file opened for reading, decompressed when its name ends in .gz.

    Raises OnrecordError (E022, E009) for a FIFO, a device or a file that cannot be opened.
    """
    problem = refuse_special(path)
    if problem is not None:
        raise problem
    try:
        if path.name.endswith(".gz"):
            return gzip.open(path, "rb")  # type: ignore[return-value]
        return open(path, "rb")
    except OSError as exc:
        raise unreadable(str(path), exc) from exc


def read_capped(fh: IO[bytes], limit: int) -> tuple[bytes, bool]:
    """Up to ``limit`` bytes of ``fh`` and whether there was more."""
    data = fh.read(limit + 1)
    return data[:limit], len(data) > limit


_UTF8_CONTINUATION = bytes(range(0x80, 0xC0))


def utf8_chars(data: bytes) -> int:
    """Characters in UTF-8 ``data``: its bytes that start a character (a byte 0x80-0xBF continues one)."""
    return len(data.translate(None, _UTF8_CONTINUATION))


def count_rest_chars(fh: IO[bytes], most_bytes: int) -> tuple[int, bool]:
    """(characters, whether the file ends there) in what is left of ``fh``, counted in 1 MiB chunks as UTF-8
    without keeping it, up to ``most_bytes``: a text file cut to ``--max-chars`` is told with its real length."""
    chars = seen = 0
    while seen < most_bytes:
        chunk = fh.read(min(1 << 20, most_bytes - seen))
        if not chunk:
            return chars, True
        chars += utf8_chars(chunk)
        seen += len(chunk)
    return chars, not fh.read(1)


MAX_SKIP_BYTES = 256 << 20  # an over-long line is skipped up to this far; beyond, the rest of the file is


class TooLong:
    """Stands for a line over the cap, skipped without being kept in memory."""

    def __init__(self, size: int, rest_skipped: bool = False) -> None:
        self.size = size  # bytes seen before the line break (at least the cap)
        self.rest_skipped = rest_skipped  # True: no line break within MAX_SKIP_BYTES; the file ends here


def capped_lines(fh: IO[bytes], limit: int) -> Iterator[bytes | TooLong]:
    """The lines of ``fh``, each at most ``limit`` bytes; a longer one is yielded as ``TooLong``."""
    while True:
        line = fh.readline(limit + 1)
        if not line:
            return
        if len(line) <= limit or line.endswith(b"\n"):
            yield line
            continue
        size = len(line)
        while size <= MAX_SKIP_BYTES:  # skip to the end of the line, a piece at a time
            piece = fh.readline(DRAIN_PIECE)
            size += len(piece)
            if not piece or piece.endswith(b"\n"):
                break
        else:
            yield TooLong(size, rest_skipped=True)  # a bomb: inflating it all would take minutes
            return
        yield TooLong(size)


class PrefixedStream:
    """A stream with some bytes already read from it put back in front (for standard input)."""

    def __init__(self, head: bytes, rest: IO[bytes]) -> None:
        self.head = head
        self.rest = rest

    def read(self, n: int = -1) -> bytes:
        """Up to ``n`` bytes (all when ``n`` < 0)."""
        if n < 0:
            data, self.head = self.head + self.rest.read(), b""
            return data
        data, self.head = self.head[:n], self.head[n:]
        return data + (self.rest.read(n - len(data)) if len(data) < n else b"")

    def readline(self, n: int = -1) -> bytes:
        """One line of up to ``n`` bytes."""
        if self.head:
            cut = self.head.find(b"\n")
            end = len(self.head) if cut < 0 else cut + 1
            if n >= 0:
                end = min(end, n)
            line, self.head = self.head[:end], self.head[end:]
            if line.endswith(b"\n") or (n >= 0 and len(line) >= n) or self.head:
                return line
            return line + self.rest.readline(-1 if n < 0 else n - len(line))
        return self.rest.readline(n)


def walk(root: Path) -> Iterator[Path | OnrecordError]:
    """Every file under ``root`` in sorted order (as ``sorted(rglob)`` gives), links followed, each
    directory once; an error for each directory that cannot be read or that a link loops back to."""
    seen: set[tuple[int, int]] = set()
    stack: list[Iterator[os.DirEntry[str]]] = []

    def enter(directory: Path) -> OnrecordError | None:
        try:
            info = os.stat(directory)
            if (info.st_dev, info.st_ino) in seen:
                return OnrecordError(Err.E023, source=str(directory))
            seen.add((info.st_dev, info.st_ino))
            with os.scandir(directory) as it:
                stack.append(iter(sorted(it, key=lambda e: e.name)))
        except OSError as exc:
            return unreadable(str(directory), exc)
        return None

    problem = enter(root)
    if problem is not None:
        yield problem
    while stack:
        entry = next(stack[-1], None)
        if entry is None:
            stack.pop()
            continue
        path = Path(entry.path)
        try:
            is_dir = entry.is_dir()  # follows links
        except OSError as exc:
            yield unreadable(str(path), exc)
            continue
        if is_dir:
            problem = enter(path)
            if problem is not None:
                yield problem
        elif entry.is_symlink() and not path.exists():
            yield OnrecordError(Err.E023, source=str(path))
        else:
            yield path
