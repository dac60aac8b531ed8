"""DuckDB storage: schema, migrations, transactional batch writes, queries."""

from crisislens.store.db import Store, StoreError, migrations, records_frame

__all__ = ["Store", "StoreError", "migrations", "records_frame"]
