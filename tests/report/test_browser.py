"""The report opens in a real browser (headless Chromium): charts drawn, headings visible.

This test fails, never skips, when Chromium is missing: `make test` installs it
first (the Makefile's `browser` target).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import matplotlib.image as mpimg
import numpy as np
import pytest

WIDTH, HEIGHT = 1280, 4000
HEADINGS = ("Summary", "Timeline", "Actor network", "Contested numbers", "Most quoted speakers", "Framing by outlet", "Evidence")
# Measures what the browser actually laid out; injected into a COPY of the report only.
MEASURE = """<script>
const out = [...document.querySelectorAll('svg.chart')].map(s => {
  const r = s.getBoundingClientRect(); return s.dataset.chart + ':' + Math.round(r.width) + 'x' + Math.round(r.height); });
const h = [...document.querySelectorAll('h2')].filter(x => x.getBoundingClientRect().height > 0).map(x => x.textContent);
const pre = document.createElement('pre'); pre.id = 'measured'; pre.textContent = out.join(' ') + '|' + h.join(';');
document.body.appendChild(pre);
</script>"""


def chromium() -> str:
    exe = shutil.which("chromium") or shutil.which("chromium-browser")
    assert exe, "chromium is not installed: run `make browser` (apt-get install chromium)"
    return exe


def run_chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    cmd = [
        chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        f"--user-data-dir={tmp_path / 'profile'}", *args,
    ]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False)


@pytest.fixture(scope="module")
def screenshot(hand_report, tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("shot")
    png = tmp / "report.png"
    proc = run_chromium(tmp, f"--screenshot={png}", f"--window-size={WIDTH},{HEIGHT}", hand_report.resolve().as_uri())
    assert png.exists(), proc.stderr[-2000:]
    return png


def test_screenshot_has_the_window_size_and_is_not_blank(screenshot):
    img = mpimg.imread(screenshot)
    assert img.shape[:2] == (HEIGHT, WIDTH)
    grey = img[..., :3].mean(axis=2)
    assert grey.std() > 0.05  # a blank page has no variance
    assert (grey < 0.5).mean() > 0.005  # some dark ink (text, axes)


def test_screenshot_shows_the_quad_class_colours_of_the_timeline(screenshot):
    rgb = (mpimg.imread(screenshot)[..., :3] * 255).astype(int)
    # material conflict bars (#e41a1c) and verbal cooperation bars (#4daf4a), allowing anti-aliasing
    red = (np.abs(rgb - [228, 26, 28]).sum(axis=2) < 40).sum()
    green = (np.abs(rgb - [77, 175, 74]).sum(axis=2) < 40).sum()
    assert red > 500 and green > 500, (red, green)


def test_charts_are_laid_out_at_full_size_and_headings_visible(hand_report, tmp_path):
    page = tmp_path / "measure.html"
    # the measuring script is the test's, not the report's: the report's CSP forbids scripts
    report = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", hand_report.read_text(encoding="utf-8"))
    page.write_text(report.replace("</body>", MEASURE + "</body>"), encoding="utf-8")
    proc = run_chromium(tmp_path, "--dump-dom", f"--window-size={WIDTH},{HEIGHT}", page.as_uri())
    m = re.search(r'<pre id="measured">(.*?)</pre>', proc.stdout, re.S)
    assert m, proc.stderr[-2000:]
    sizes, headings = m.group(1).split("|")
    charts = dict(item.split(":") for item in sizes.split())
    for name in ("timeline", "network"):
        w, h = (int(x) for x in charts[name].split("x"))
        assert w >= 500 and h >= 200, (name, w, h)
    assert headings.split(";") == list(HEADINGS)


def test_dumped_dom_of_the_report_holds_headings_and_drawn_svgs(hand_report, tmp_path):
    proc = run_chromium(tmp_path, "--dump-dom", hand_report.resolve().as_uri())
    dom = proc.stdout
    for h in HEADINGS:
        assert f">{h}</h2>" in dom, h
    for chart in ("timeline", "network"):
        svg = re.search(rf'<svg[^>]*data-chart="{chart}".*?</svg>', dom, re.S)
        assert svg, chart
        assert len(re.findall(r"<path", svg.group(0))) > 10  # bars / nodes / edges, not an empty frame
