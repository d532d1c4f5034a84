"""The corpus: ingest articles into a SQLite store (here, or on a Dask cluster through Parquet),
cluster quotes across outlets, query them."""

from __future__ import annotations

from .ingest import ingest
from .parquet import load

__all__ = ["ingest", "load"]
