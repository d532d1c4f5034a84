"""Readers for corpus formats beyond plain text and JSON Lines (filled in by the corpus work)."""
from __future__ import annotations

import gzip
from pathlib import Path
from typing import IO, Iterator

from .errors import Err, OnrecordError


def open_maybe_gzip(path: Path) -> IO[bytes]:
    if path.name.endswith(".gz"):
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return open(path, "rb")


def iter_directory(path: Path, max_chars: int) -> Iterator[object]:
    from .readers import Problem

    yield Problem(str(path), None, str(OnrecordError(Err.E020, source=str(path), detail="directories are read by `onrecord ingest`")))


def read_any(path: Path, max_chars: int) -> Iterator[object]:
    from .readers import Problem

    yield Problem(str(path), None, str(OnrecordError(Err.E012, source=str(path), detail=path.suffix)))
