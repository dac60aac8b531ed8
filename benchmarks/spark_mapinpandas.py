"""Run docs/spark.md's two mapInPandas examples for real on the seed articles.

Not part of ``make test`` or ``make bench``: PySpark and a Java runtime are not
dependencies of crisislens. Run it from a throwaway virtual environment that
has pyspark plus crisislens's own requirements, e.g.

    python3 -m venv /tmp/sparkvenv
    echo /work/main/.venv/lib/python3.11/site-packages > /tmp/sparkvenv/lib/python3.11/site-packages/cl.pth
    echo /work/main/src >> /tmp/sparkvenv/lib/python3.11/site-packages/cl.pth
    /tmp/sparkvenv/bin/pip install pyspark
    PYSPARK_PYTHON=/tmp/sparkvenv/bin/python /tmp/sparkvenv/bin/python benchmarks/spark_mapinpandas.py

What it checks: the events example (``mapInPandas(events, schema=table_ddl("events"))``
written to Parquet) gives the same event rows as calling ``analyze_partition``
on the same rows in plain pandas, and the all-tables example writes shards
that ``read_shard`` accepts (row counts and checksums).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

import pandas

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "examples" / "seeds"


def seed_frame() -> pandas.DataFrame:
    """The seeds as raw rows (text and file name), as a team's JSON Lines would hold them."""
    files = sorted(SEEDS.glob("*.txt"))
    return pandas.DataFrame({"text": [f.read_text(encoding="utf-8") for f in files],
                             "doc_name": [f.name for f in files]})


def events(batches):  # noqa: ANN001, ANN201 - Spark's iterator of pandas DataFrames
    """docs/spark.md, first example: events only."""
    from crisislens.engine import analyze_partition

    for frame in batches:
        yield analyze_partition(frame)["events"]


def all_tables_to(shard_dir: str):  # noqa: ANN201 - returns the mapInPandas function
    """docs/spark.md, second example: every table as a shard, a receipt per call."""

    def all_tables(batches):  # noqa: ANN001, ANN202
        import pyarrow as pa

        from crisislens.engine import analyze_partition
        from crisislens.engine.schema import arrow_schema
        from crisislens.engine.shards import shard_key, write_shard

        for frame in batches:
            out = analyze_partition(frame)
            tables = {name: pa.Table.from_pandas(df, schema=arrow_schema(name), preserve_index=False)
                      for name, df in out.items()}
            key = shard_key(list(out["articles"]["id"]))
            path = write_shard(shard_dir, key, tables)
            yield pandas.DataFrame({"shard": [str(path)], "articles": [len(out["articles"])]})

    return all_tables


def main() -> None:
    from pyspark.sql import SparkSession

    from crisislens.engine import analyze_partition, table_ddl
    from crisislens.engine.shards import read_shard

    frame = seed_frame()
    t0 = time.perf_counter()
    spark = (SparkSession.builder.master("local[2]").appName("crisislens-events")
             .config("spark.ui.enabled", "false").getOrCreate())
    spark.conf.set("spark.sql.execution.arrow.maxRecordsPerBatch", "256")
    print(f"spark {spark.version}, python {sys.version.split()[0]}, {len(frame)} seed articles")
    raw = spark.createDataFrame(frame).coalesce(1)  # one call: the seeds' datelines share a year
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "events")
        raw.mapInPandas(events, schema=table_ddl("events")).write.mode("overwrite").parquet(out)
        got = pandas.read_parquet(out).sort_values("id").reset_index(drop=True)
        want = analyze_partition(frame)["events"].sort_values("id").reset_index(drop=True)
        same_ids = list(got["id"]) == list(want["id"])
        cols = ["id", "article_id", "source_code", "target_code", "cameo", "date", "sentence"]
        same_rows = got[cols].astype(str).equals(want[cols].astype(str))
        print(f"events example: {len(got)} events from Spark, {len(want)} from analyze_partition in pandas; "
              f"same ids {same_ids}, same rows {same_rows}")
        shard_dir = os.path.join(tmp, "shards")
        receipts = raw.mapInPandas(all_tables_to(shard_dir), schema="shard string, articles long").collect()
        for r in receipts:
            tables = read_shard(r["shard"])
            counts = {name: t.num_rows for name, t in tables.items()}
            print(f"all-tables example: shard {Path(r['shard']).name} with {r['articles']} articles, "
                  f"checks pass; rows {counts}")
    spark.stop()
    print(f"{time.perf_counter() - t0:.0f} s")
    if not (same_ids and same_rows):
        sys.exit(1)


if __name__ == "__main__":
    main()
