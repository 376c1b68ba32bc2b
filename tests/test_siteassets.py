from pathlib import Path

import pytest

from solidarity_kit import siteassets


def test_assets_are_served_locally(minimal_kit: Path):
    assets = siteassets.site_assets(minimal_kit)
    assert set(assets) == {"assets/stylesheets/kit.css", "assets/javascripts/iframe-worker-shim.js"}
    assert all(p.is_file() for p in assets.values())


def test_missing_shim_says_how_to_install_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(siteassets, "PACKAGE_DIR", tmp_path / "src" / "solidarity_kit")
    with pytest.raises(siteassets.MissingAsset, match="run 'make'"):
        siteassets.site_assets(tmp_path)
