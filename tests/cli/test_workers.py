"""Worker processes end with their parent: a SIGKILLed analyze leaves no orphans behind."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time

PARENT = textwrap.dedent("""
    import time
    from concurrent.futures import ProcessPoolExecutor
    from crisislens.pipeline import die_with_parent

    with ProcessPoolExecutor(max_workers=2, initializer=die_with_parent) as pool:
        futures = [pool.submit(time.sleep, 60) for _ in range(2)]
        time.sleep(0.5)
        print(" ".join(str(p.pid) for p in pool._processes.values()), flush=True)
        time.sleep(60)
""")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # a zombie still answers kill(0): read its state
    with open(f"/proc/{pid}/stat") as fh:
        return fh.read().split(") ")[1][0] != "Z"


def test_workers_die_when_their_parent_is_killed():
    proc = subprocess.Popen([sys.executable, "-c", PARENT], stdout=subprocess.PIPE, text=True)
    workers = [int(p) for p in proc.stdout.readline().split()]
    assert len(workers) == 2 and all(_alive(p) for p in workers)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    deadline = time.time() + 10
    while time.time() < deadline and any(_alive(p) for p in workers):
        time.sleep(0.1)
    assert not any(_alive(p) for p in workers)
