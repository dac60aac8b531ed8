"""DuckDB storage: schema, migrations, transactional batch writes, queries.

Open a store with :func:`open_store_for_reading` (read-only: no migrations, no
writes, several at once) or :func:`open_store_for_writing` (the one writer;
``Store(path)`` is the same).
"""

from crisislens.store.db import (
    EXIT_BUSY,
    EXIT_STORE,
    Store,
    StoreBusy,
    StoreError,
    StoreMissing,
    migrations,
    open_store_for_reading,
    open_store_for_writing,
    records_frame,
)

__all__ = [
    "EXIT_BUSY",
    "EXIT_STORE",
    "Store",
    "StoreBusy",
    "StoreError",
    "StoreMissing",
    "migrations",
    "open_store_for_reading",
    "open_store_for_writing",
    "records_frame",
]
