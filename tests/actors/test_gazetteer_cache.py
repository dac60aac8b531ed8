"""The gazetteer's pickle cache: the same table as a fresh build, and a bad cache is rebuilt."""

from __future__ import annotations

import pickle

from crisislens.actors import gazetteer as gz


def test_a_corrupt_cache_is_rebuilt_and_equals_a_fresh_build(tmp_path, monkeypatch):
    monkeypatch.setenv("CRISISLENS_CACHE", str(tmp_path))
    path = gz._cache_path()
    path.write_bytes(b"not a pickle")
    gz.load.cache_clear()
    try:
        g = gz.load()
        assert g.table == gz.build().table and g.state_names["KEN"] == "Kenya"
        with path.open("rb") as fh:  # the rebuilt gazetteer was written back whole
            assert pickle.load(fh).table == g.table
    finally:
        gz.load.cache_clear()
