"""Hypothesis profiles: a bounded run inside `make test`, a long one in `make fuzz`.

``CRISISLENS_FUZZ=long`` (set by `make fuzz`) selects the long profile. Examples
are derandomised in the bounded profile, so `make test` is deterministic and a
failure reproduces; the long profile explores with a fresh seed each run and
prints the seed of any failure (make it a regression test in tests/fuzz).
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile(
    "bounded", max_examples=25, deadline=None, derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
settings.register_profile(
    "long", max_examples=1500, deadline=None, print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
settings.load_profile("long" if os.environ.get("CRISISLENS_FUZZ") == "long" else "bounded")
