"""The benchmark: build times (cold, unchanged, one page edited), handout render time, page and PDF weights.

Figures are measured on this machine and compared with the budgets of the design. It never runs in the tests.
"""

from __future__ import annotations

import gzip
import re
import statistics
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .build import build_all, copy_kit
from .handouts import PrintOptions, handout_html, print_dir, write_pdf
from .register import load_register

BUDGETS = {
    "cold full build (s)": 60.0,
    "rebuild, nothing changed (s)": 5.0,
    "median page, compressed (KB)": 150.0,
    "largest page, compressed (KB)": 400.0,
    "largest two-page handout (KB)": 100.0,
}


@dataclass
class Figure:
    name: str
    value: float
    unit: str

    @property
    def budget(self) -> float | None:
        return BUDGETS.get(f"{self.name} ({self.unit})")


def _timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def page_weight(html_file: Path, site_lang_root: Path) -> int:
    """Compressed bytes a browser fetches for a page on first visit: the HTML and the styles and scripts it loads."""
    html = html_file.read_text(encoding="utf-8")
    total = len(gzip.compress(html.encode(), 9))
    for ref in set(re.findall(r'<(?:script|link)\b[^>]*?(?:src|href)="([^"#?]+\.(?:js|css))"', html)):
        asset = (html_file.parent / ref).resolve()
        if asset.is_file() and site_lang_root in asset.parents:
            total += len(gzip.compress(asset.read_bytes(), 9))
    return total


def run(root: Path) -> list[Figure]:
    figures: list[Figure] = []
    with tempfile.TemporaryDirectory(prefix="kit-bench-") as tmp:
        kit = copy_kit(root, Path(tmp) / "kit")
        figures.append(Figure("cold full build", _timed(lambda: build_all(kit)), "s"))
        figures.append(Figure("rebuild, nothing changed", _timed(lambda: build_all(kit)), "s"))
        page = next(iter(sorted((kit / "docs" / "en" / "modules").glob("*/index.md"))))
        page.write_text(page.read_text(encoding="utf-8") + "\n\nOne more line.\n", encoding="utf-8")
        figures.append(Figure("rebuild, one page edited", _timed(lambda: build_all(kit)), "s"))
        uncached = _timed(lambda: build_all(kit, use_cache=False))
        figures.append(Figure("full build, cache off", uncached, "s"))
        cached = next(f.value for f in figures if f.name == "rebuild, nothing changed")
        figures.append(Figure("cache speed-up (uncached / cached)", uncached / cached, "x"))

        reg, _ = load_register(kit)
        times = []
        for module in sorted(p.name for p in (kit / "docs" / "en" / "modules").iterdir()):
            html = handout_html(kit, module, "handout", "en", reg, PrintOptions())
            times.append(_timed(lambda h=html: write_pdf(h, print_dir(kit), Path(tmp) / "one.pdf")))
        figures.append(Figure("median handout render", statistics.median(times), "s"))

        out = kit / "build"
        weights = []
        for lang in ("en", "es"):
            lang_root = (out / "site" / lang).resolve()
            weights += [page_weight(p, lang_root) for p in lang_root.rglob("*.html")]
        figures.append(Figure("pages measured", len(weights), "pages"))
        figures.append(Figure("median page, compressed", statistics.median(weights) / 1024, "KB"))
        figures.append(Figure("largest page, compressed", max(weights) / 1024, "KB"))
        handouts = [p.stat().st_size for p in (out / "handouts").rglob("*-handout.pdf")]
        guides = [p.stat().st_size for p in (out / "handouts").rglob("*-facilitator.pdf")]
        figures.append(Figure("largest two-page handout", max(handouts) / 1024, "KB"))
        figures.append(Figure("median handout", statistics.median(handouts) / 1024, "KB"))
        figures.append(Figure("largest facilitator guide", max(guides) / 1024, "KB"))
        zipped = (out / "solidarity-across-borders-offline.zip").stat().st_size
        figures.append(Figure("offline zip", zipped / 1024 / 1024, "MB"))
    return figures


def report(figures: list[Figure]) -> tuple[str, bool]:
    lines, ok = [f"{'measure':40} {'value':>10}  {'budget':>10}  verdict"], True
    for f in figures:
        budget = f.budget
        verdict = "" if budget is None else ("within" if f.value <= budget else "OVER")
        ok &= verdict != "OVER"
        shown = f"{f.value:.0f}" if f.unit == "pages" else f"{f.value:.2f}"
        limit = "" if budget is None else f"{budget:.0f} {f.unit}"
        lines.append(f"{f.name:40} {shown:>7} {f.unit:<3} {limit:>10}  {verdict}")
    return "\n".join(lines), ok
