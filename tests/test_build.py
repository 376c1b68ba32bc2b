"""The build: atomic, cached, and complete for the real kit."""

import re
import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader

from conftest import copy_fixture, copy_project, expected_findings
from solidarity_kit.build import BuildResult, build_all
from solidarity_kit.findings import ContentError


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_build_then_cached_rebuild(minimal_kit: Path):
    first = build_all(minimal_kit)
    assert first.rendered == 4 + 4 and first.sites_built == 2  # handout and guide ×2, two packets ×2
    assert (minimal_kit / "build" / "site" / "es" / "modules" / "demo" / "index.html").is_file()
    second = build_all(minimal_kit)
    assert second.rendered == 0 and second.sites_built == 0
    assert snapshot(minimal_kit / "build") == snapshot(first.out)
    page = minimal_kit / "docs" / "es" / "modules" / "demo" / "index.md"
    page.write_text(page.read_text() + "\nOtra línea.\n")
    third = build_all(minimal_kit)
    assert third.rendered == 0 and third.sites_built == 1  # only the Spanish site changed
    assert not list(minimal_kit.glob(".build-*")), "no staging folder is left behind"


@pytest.mark.parametrize("broken", ["agenda-sum", "broken-link", "notebook-error"])
def test_a_failed_build_leaves_the_last_good_build(tmp_path: Path, broken: str):
    kit = copy_fixture(tmp_path, None)
    build_all(kit)
    before = snapshot(kit / "build")
    broken_kit = copy_fixture(tmp_path / "b", broken)
    shutil.copytree(kit / "build", broken_kit / "build")
    with pytest.raises(ContentError) as err:
        build_all(broken_kit)
    assert [f"{f.code} {f.path}:{f.line}" for f in err.value.findings] == expected_findings(broken)
    assert snapshot(broken_kit / "build") == before
    assert not list(broken_kit.glob(".build-*"))


def test_real_kit_pages_exist_in_both_languages(built_kit: BuildResult):
    site = built_kit.out / "site"
    assert (site / "index.html").is_file()
    for lang in ("en", "es"):
        for page in ("index", "modules/solidarity-not-charity/index", "modules/solidarity-not-charity/facilitator",
                     "modules/solidarity-not-charity/handout", "reference/glossary", "reference/timeline",
                     "reference/organizations", "reference/sources"):
            assert (site / lang / f"{page}.html").is_file(), f"{lang}/{page}"


def test_language_switch_lands_on_the_same_page(built_kit: BuildResult):
    for lang, other in (("en", "es"), ("es", "en")):
        html = (built_kit.out / "site" / lang / "modules" / "solidarity-not-charity" / "facilitator.html").read_text()
        assert f'href="../../../{other}/modules/solidarity-not-charity/facilitator.html"' in html


def test_spanish_site_speaks_spanish(built_kit: BuildResult):
    html = (built_kit.out / "site" / "es" / "modules" / "solidarity-not-charity" / "index.html").read_text()
    assert '<html lang="es"' in html
    assert "Hoja para participantes" in html  # translated navigation
    assert "Martínez y Alexander 2024" in html


def test_agenda_table_is_generated(built_kit: BuildResult):
    html = (built_kit.out / "site" / "en" / "modules" / "solidarity-not-charity" / "facilitator.html").read_text()
    assert "0:00–0:10" in html and "1:25–1:30" in html
    assert "<!-- agenda-table -->" not in html


def test_no_page_refers_to_another_host(built_kit: BuildResult):
    offenders = []
    for page in (built_kit.out / "site").rglob("*.html"):
        for url in re.findall(r'<(?:script|link|img|iframe|source)\b[^>]*?(?:src|href)="([^"]+)"', page.read_text()):
            if re.match(r"(?:https?:)?//", url):
                offenders.append(f"{page.name}: {url}")
    assert offenders == []


def test_search_index_works_offline(built_kit: BuildResult):
    for lang in ("en", "es"):
        search = built_kit.out / "site" / lang / "search"
        assert (search / "search_index.js").read_text().startswith("var __index =")
        html = (built_kit.out / "site" / lang / "index.html").read_text()
        assert 'src="assets/javascripts/iframe-worker-shim.js"' in html


def test_handout_pdfs_fit_on_two_pages(built_kit: BuildResult):
    handouts = [p for p in built_kit.pdfs if p.name.endswith("-handout.pdf")]
    assert len(handouts) == 2 * len({p.name for p in handouts})
    for pdf in handouts:
        reader = PdfReader(pdf)
        assert 1 <= len(reader.pages) <= 2, pdf
        assert reader.trailer["/Root"]["/Lang"] == pdf.parent.name


def test_first_module_pdfs_say_what_they_should(built_kit: BuildResult):
    out = built_kit.out / "handouts"
    en = "\n".join(p.extract_text() for p in PdfReader(out / "en" / "solidarity-not-charity-handout.pdf").pages)
    es = "\n".join(p.extract_text() for p in PdfReader(out / "es" / "solidarity-not-charity-handout.pdf").pages)
    assert "Solidarity, not charity" in en and "Glossary" in en and "page 1 of 2" in en
    assert "Solidaridad, no caridad" in es and "Glosario" in es and "página 2 de 2" in es
    guide = PdfReader(out / "en" / "solidarity-not-charity-facilitator.pdf")
    text = "\n".join(p.extract_text() for p in guide.pages)
    assert "Role play" in text and "Adaptations" in text


def test_copy_project_leaves_out_generated_files(tmp_path: Path):
    kit = copy_project(tmp_path / "kit")
    assert not (kit / "build").exists() and not (kit / ".venv").exists()


def test_two_clean_builds_are_identical(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    first, second = copy_fixture(tmp_path / "one"), copy_fixture(tmp_path / "two")
    build_all(first, use_cache=False)
    build_all(second, use_cache=False)
    a, b = snapshot(first / "build"), snapshot(second / "build")
    assert sorted(a) == sorted(b)
    assert [name for name in a if a[name] != b[name]] == []


def test_offline_zip_holds_the_whole_site(built_kit: BuildResult):
    import zipfile

    with zipfile.ZipFile(built_kit.offline_zip) as bundle:
        names = set(bundle.namelist())
    site = built_kit.out / "site"
    expected = {f"solidarity-across-borders/{p.relative_to(site).as_posix()}" for p in site.rglob("*") if p.is_file()}
    assert names == expected
    assert "solidarity-across-borders/es/pdf/solidarity-not-charity-handout.pdf" in names


def test_a_failing_notebook_names_its_cell_and_error(tmp_path: Path):
    kit = copy_fixture(tmp_path, "notebook-error")
    with pytest.raises(ContentError) as err:
        build_all(kit)
    assert err.value.findings[0].message == "cell 4 raised ValueError: invalid literal for int() with base 10: 'many'"


def test_search_dialog_has_a_name_in_each_language(built_kit: BuildResult):
    site = built_kit.out / "site"
    assert 'role="dialog" aria-label="Search this site"' in (site / "en" / "index.html").read_text()
    assert 'role="dialog" aria-label="Buscar en este sitio"' in (site / "es" / "index.html").read_text()
