"""Engines for the per-article stage: a local process pool (default) and Dask.

Public for teams with their own cluster: :func:`analyze_partition` (a pandas
DataFrame of articles in, one DataFrame per store table out) and
:func:`table_ddl` (each table's schema as a Spark DDL string). See docs/spark.md.
"""

from __future__ import annotations

from pathlib import Path

from crisislens.engine.base import Engine, EngineError, Unit
from crisislens.engine.partition import BATCH_SIZE, analyze_articles, analyze_partition
from crisislens.engine.schema import TABLES, arrow_schema, table_ddl

__all__ = [
    "BATCH_SIZE", "ENGINES", "TABLES", "Engine", "EngineError", "Unit", "analyze_articles",
    "analyze_partition", "arrow_schema", "make_engine", "table_ddl",
]

ENGINES = ("local", "dask")


def make_engine(
    name: str,
    *,
    run_dir: str | Path,
    workers: int | None = None,
    scheduler: str | None = None,
    partitions: int | None = None,
    batch_size: int = BATCH_SIZE,
) -> Engine:
    """The engine called ``name`` ("local" or "dask"), ready to run."""
    if name == "local":
        if scheduler:
            raise EngineError("--scheduler needs --engine dask")
        from crisislens.engine.local import LocalEngine

        return LocalEngine(workers=workers, batch_size=batch_size)
    if name == "dask":
        from crisislens.engine.cluster import DaskEngine

        return DaskEngine(
            run_dir, scheduler=scheduler, workers=workers, partitions=partitions, batch_size=batch_size
        )
    raise EngineError(f"unknown engine {name!r}; choose one of {', '.join(ENGINES)}")
