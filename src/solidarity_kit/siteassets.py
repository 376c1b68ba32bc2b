"""Files the site serves from its own folder: the kit's stylesheet and the offline search shim.

The shim comes from the npm package iframe-worker (installed by `make`, pinned in package-lock.json), so
Material's offline plugin does not point browsers at a CDN copy of it.
"""

from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
SHIM = Path("node_modules/iframe-worker/shim/index.js")


class MissingAsset(Exception):
    pass


def site_assets(root: Path) -> dict[str, Path]:
    shim = root / SHIM
    if not shim.is_file():
        shim = PACKAGE_DIR.parents[1] / SHIM  # a fixture kit borrows the project's installed copy
    if not shim.is_file():
        raise MissingAsset(f"{SHIM} is missing: run 'make' (it runs 'npm ci') to install the site's local scripts")
    return {
        "assets/stylesheets/kit.css": PACKAGE_DIR / "site.css",
        "assets/javascripts/iframe-worker-shim.js": shim,
    }
