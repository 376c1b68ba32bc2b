"""Every page of both languages in real Chromium: accessibility, privacy, language switch, search, phones, offline."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

import pytest
from axe_playwright_python.sync_playwright import Axe

from browser import CHROMIUM_ARGS, WCAG_TAGS, require_chromium, serve
from solidarity_kit.build import BuildResult

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def browser(built_kit: BuildResult) -> Iterator[object]:
    executable = require_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def site(built_kit: BuildResult) -> Iterator[str]:
    with serve(built_kit.out / "site") as url:
        yield url


def pages(built_kit: BuildResult) -> list[str]:
    site = built_kit.out / "site"
    return sorted(p.relative_to(site).as_posix() for p in site.glob("[ae][ns]/**/*.html") if p.name != "404.html")


def test_every_page_is_accessible_and_private(browser, site: str, built_kit: BuildResult):
    page = browser.new_page()
    foreign: list[str] = []
    page.on("request", lambda r: foreign.append(r.url) if urlparse(r.url).hostname not in ("127.0.0.1", None) else None)
    axe, problems, seen = Axe(), [], 0
    for rel in pages(built_kit):
        page.goto(f"{site}/{rel}")
        page.wait_for_load_state("networkidle")
        results = axe.run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
        for v in results.response["violations"]:
            problems.append(f"{rel}: {v['id']} ({len(v['nodes'])}): {v['nodes'][0]['target']}")
        seen += 1
    page.close()
    assert seen >= 2 * (1 + 3 + 4)
    assert problems == [], "\n".join(problems)
    assert foreign == []


def test_pages_fit_a_phone(browser, site: str, built_kit: BuildResult):
    page = browser.new_page(viewport={"width": 360, "height": 740})
    wide = []
    for rel in pages(built_kit):
        page.goto(f"{site}/{rel}")
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        if overflow > 0:
            wide.append(f"{rel}: {overflow}px too wide")
    page.close()
    assert wide == []


def test_language_switch_lands_on_the_same_page(browser, site: str, built_kit: BuildResult):
    page = browser.new_page()
    for rel in (r for r in pages(built_kit) if "/modules/" in r):
        lang, rest = rel.split("/", 1)
        other = "es" if lang == "en" else "en"
        page.goto(f"{site}/{rel}")
        href = page.eval_on_selector(f'a.md-select__link[lang="{other}"]', "a => a.href")
        assert href == f"{site}/{other}/{rest}"
        response = page.goto(href)
        assert response and response.ok
        assert page.evaluate("document.documentElement.lang") == other
    page.close()


@pytest.mark.parametrize(("lang", "query", "expected"), [("en", "protection contract", "Glossary"),
                                                         ("es", "contrato de protección", "Glosario")])
def test_search_finds_a_known_term(browser, site: str, lang: str, query: str, expected: str):
    page = browser.new_page()
    page.goto(f"{site}/{lang}/index.html")
    page.fill("input.md-search__input", query)
    first = page.wait_for_selector(".md-search-result__item", timeout=15000)
    assert first is not None
    assert expected in page.inner_text(".md-search-result__list")
    page.close()


def test_offline_bundle_works_from_disk(browser, built_kit: BuildResult, tmp_path: Path):
    with zipfile.ZipFile(built_kit.offline_zip) as bundle:
        bundle.extractall(tmp_path)
    root = tmp_path / "solidarity-across-borders"
    page = browser.new_page()
    foreign: list[str] = []
    page.on("request", lambda r: foreign.append(r.url) if not r.url.startswith(("file://", "data:", "blob:")) else None)
    page.goto((root / "index.html").as_uri())
    page.click("a[lang=es]")
    page.wait_for_load_state()
    assert page.evaluate("document.documentElement.lang") == "es"
    page.click('.md-content a[href="modules/solidarity-not-charity/index.html"]')
    page.wait_for_load_state()
    assert page.url.endswith("/es/modules/solidarity-not-charity/index.html")
    link = page.wait_for_selector('a[href$="solidarity-not-charity-handout.pdf"]', state="attached")
    pdf = link.evaluate("a => a.href")
    assert Path(urlparse(pdf).path).is_file()
    english = page.wait_for_selector("a.md-select__link[lang=en]", state="attached").evaluate("a => a.href")
    page.fill("input.md-search__input", "contrato de protección")
    page.wait_for_selector(".md-search-result__item", timeout=15000)
    assert "Glosario" in page.inner_text(".md-search-result__list")
    page.goto(english)
    page.wait_for_load_state()
    assert page.url.endswith("/en/modules/solidarity-not-charity/index.html")
    assert page.evaluate("document.documentElement.lang") == "en"
    page.close()
    assert foreign == []
