"""Parquet shards: one folder per partition, one file per table, a manifest last.

Why this shape: a worker may die at any instant and a file may be cut short on
disk. A shard is written into a temporary folder and renamed into place only
when complete, with a manifest of each file's row count and SHA-256; the
coordinator checks both before loading, so a truncated or half-written shard
is detected and recomputed, never loaded. A shard's name is a hash of the
article ids it holds, so a re-run of the same inputs finds it again.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import uuid
from collections.abc import Sequence
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from crisislens.engine.schema import TABLES, arrow_schema
from crisislens.model import stable_id

MANIFEST = "manifest.json"
PREFIX = "shard-"


class ShardError(Exception):
    """A shard that is missing, incomplete or damaged; the message names the file and why."""


def shard_key(article_ids: Sequence[str]) -> str:
    """The name of the shard holding exactly these articles, in this order, by this version.

    The version is part of the name so that a shard written by another release of
    crisislens (other extractors, other records) is recomputed rather than loaded.
    """
    from crisislens import __version__

    return stable_id(__version__, *article_ids, length=20)


def shard_path(run_dir: str | Path, key: str) -> Path:
    return Path(run_dir) / f"{PREFIX}{key}"


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def write_shard(run_dir: str | Path, key: str, tables: dict[str, pa.Table]) -> Path:
    """Write a shard atomically (temporary folder, then rename); returns its folder.

    When a complete shard of that key is already there (a retried task), it is kept.
    """
    final = shard_path(run_dir, key)
    tmp = Path(run_dir) / f".tmp-{key}-{uuid.uuid4().hex[:8]}"
    tmp.mkdir(parents=True)
    manifest: dict[str, dict[str, object]] = {"rows": {}, "sha256": {}}
    for name in TABLES:
        path = tmp / f"{name}.parquet"
        pq.write_table(tables[name].cast(arrow_schema(name)), path)
        manifest["rows"][name] = tables[name].num_rows
        manifest["sha256"][name] = _sha256(path)
    (tmp / MANIFEST).write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    try:
        os.rename(tmp, final)
    except OSError:  # another attempt finished first: keep the shard that is there
        shutil.rmtree(tmp, ignore_errors=True)
    return final


def _manifest(folder: Path) -> dict[str, dict[str, object]]:
    path = folder / MANIFEST
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ShardError(f"{folder}: no manifest (shard not complete)") from exc
    except (OSError, json.JSONDecodeError) as exc:
        raise ShardError(f"{path}: unreadable manifest ({exc})") from exc


def _read_table(folder: Path, name: str, manifest: dict[str, dict[str, object]]) -> pa.Table:
    path = folder / f"{name}.parquet"
    if not path.exists():
        raise ShardError(f"{path}: missing")
    if _sha256(path) != manifest["sha256"].get(name):
        raise ShardError(f"{path}: checksum does not match the manifest (damaged or truncated)")
    try:
        table = pq.read_table(path, schema=arrow_schema(name))
    except (OSError, pa.ArrowInvalid) as exc:
        raise ShardError(f"{path}: not readable as Parquet ({exc})") from exc
    if table.num_rows != manifest["rows"].get(name):
        raise ShardError(f"{path}: {table.num_rows} rows, the manifest says {manifest['rows'].get(name)}")
    return table


def read_shard(folder: str | Path) -> dict[str, pa.Table]:
    """Every table of a shard, after checking each file's checksum and row count."""
    folder = Path(folder)
    manifest = _manifest(folder)
    return {name: _read_table(folder, name, manifest) for name in TABLES}


def discard(folder: str | Path) -> None:
    """Remove a damaged shard so that it is recomputed."""
    shutil.rmtree(folder, ignore_errors=True)
