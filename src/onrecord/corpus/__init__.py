"""The corpus: ingest articles into a SQLite store, cluster quotes across outlets, query them."""

from __future__ import annotations

from .ingest import ingest

__all__ = ["ingest"]
