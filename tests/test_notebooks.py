from pathlib import Path

import nbformat

from conftest import PROJECT, copy_fixture
from solidarity_kit.build import BuildResult
from solidarity_kit.notebooks import check_notebooks, find_notebooks


def test_kit_notebooks_come_in_both_languages_without_outputs():
    books = find_notebooks(PROJECT)
    slugs = {(b.lang, b.slug) for b in books}
    assert len({slug for _, slug in slugs}) >= 5
    assert {(lang, slug) for lang in ("en", "es") for _, slug in slugs} == slugs
    assert check_notebooks(PROJECT) == []
    for book in books:
        nb = nbformat.read(book.path, as_version=4)
        assert nb.metadata["kit"]["module"], book.path
        code = "".join(c.source for c in nb.cells if c.cell_type == "code")
        assert "value(" in code or "events(" in code, "figures come from the register"


def test_drift_between_languages_is_caught(tmp_path: Path):
    kit = copy_fixture(tmp_path, "notebook-out-of-step")
    assert [f.code for f in check_notebooks(kit)] == ["NB001"]


def test_notebook_pages_on_the_site(built_kit: BuildResult):
    for lang in ("en", "es"):
        folder = built_kit.out / "site" / lang / "notebooks"
        pages = sorted(p.stem for p in folder.glob("*.html") if p.stem != "index")
        assert len(pages) >= 5
        for stem in pages:
            html = (folder / f"{stem}.html").read_text()
            assert 'alt="' in html and "<caption>" in html, f"{lang}/{stem}: chart alt text and a table"
            assert (folder / f"{stem}.ipynb").is_file()
    module = (built_kit.out / "site" / "en" / "modules" / "naalc-complaints" / "index.html").read_text()
    assert "../../notebooks/naalc-submissions.html" in module
