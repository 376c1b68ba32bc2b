from pathlib import Path

from solidarity_kit.siteconfig import nav_files, nav_titles, read_config


def test_spanish_config_inherits_the_order_and_translates_titles(minimal_kit: Path):
    en, es = read_config(minimal_kit, "en"), read_config(minimal_kit, "es")
    assert es["nav"] == en["nav"]
    assert es["theme"]["name"] == "material" and es["theme"]["language"] == "es"  # mappings merge
    assert set(nav_titles(en["nav"])) <= set(es["extra"]["nav_titles"])
    assert "modules/demo/handout.md" in nav_files(en["nav"])
