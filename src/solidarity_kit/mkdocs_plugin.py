"""The thin layer between MkDocs and the kit: generated pages, citations, agendas, translated nav titles.

mkdocs.yml turns it on as the plugin `solidarity-kit`. All logic lives in the package; this only routes.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation, Section
from mkdocs.structure.pages import Page

from .agenda import agenda_markdown
from .content import module_meta
from .handouts import pdf_name, print_extras
from .markup import AGENDA_MARKER, render
from .printshop import plan_page, plans_index, print_page
from .reference import PAGES
from .register import Register, load_register
from .siteassets import site_assets
from .workshops import load_plans

STAGE_ENV = "SOLIDARITY_KIT_STAGE"  # the build's staging folder: PDFs and rendered notebooks
_state: dict[str, Any] = {}


def _lang(config: Any) -> str:
    return str(config.theme.get("language", "en"))


def on_config(config: Any) -> Any:
    root = Path(config.config_file_path).resolve().parent
    register, _ = load_register(root)  # findings are the checker's job; the build runs it first
    _state.update(root=root, register=register)
    return config


def on_files(files: Files, config: Any) -> Files:
    lang, reg = _lang(config), _state["register"]
    for uri, make in PAGES.items():
        files.append(File.generated(config, uri, content=make(reg, lang)))
    for uri, path in site_assets(_state["root"]).items():
        files.append(File.generated(config, uri, abs_src_path=str(path)))
    stage = Path(os.environ.get(STAGE_ENV, "/nonexistent"))
    for pdf in sorted((stage / "handouts" / lang).glob("*.pdf")):
        files.append(File.generated(config, f"pdf/{pdf.name}", abs_src_path=str(pdf)))
    books = sorted((stage / "notebooks" / lang).glob("*.md"))
    for page in books:
        files.append(File.generated(config, f"notebooks/{page.name}", content=page.read_text(encoding="utf-8")))
        ipynb = page.with_suffix(".ipynb")
        files.append(File.generated(config, f"notebooks/{ipynb.name}", abs_src_path=str(ipynb)))
    files.append(File.generated(config, "notebooks/index.md", content=notebooks_index(books, lang)))
    plans, _ = load_plans(_state["root"])  # plan findings are the checker's job
    for pdf in sorted((stage / "packets" / lang).glob("*.pdf")):
        files.append(File.generated(config, f"packets/{pdf.name}", abs_src_path=str(pdf)))
    files.append(File.generated(config, "print/index.md", content=print_page(_state["root"], stage, plans, lang)))
    files.append(File.generated(config, "workshops/index.md", content=plans_index(plans, lang)))
    for lp in plans:
        files.append(File.generated(config, f"workshops/{lp.plan.id}.md",
                                    content=plan_page(_state["root"], lp, stage, lang)))
    _state["pdfs"] = {f.src_uri for f in files if f.src_uri.startswith("pdf/")}
    _state["notebooks"] = {p.stem: _module_of(p.with_suffix(".ipynb")) for p in books}
    return files


def _module_of(ipynb: Path) -> str | None:
    import json

    return json.loads(ipynb.read_text(encoding="utf-8")).get("metadata", {}).get("kit", {}).get("module")


def notebooks_index(books: list[Path], lang: str) -> str:
    title = {"en": "Data notebooks", "es": "Cuadernos de datos"}[lang]
    intro = {"en": "Each notebook takes its figures from the kit's register of facts, charts them, and says what the "
                   "chart does and does not show. Read them here, or download one to run and change it in Jupyter.",
             "es": "Cada cuaderno toma sus cifras del registro de datos del kit, las grafica y explica qué muestra la "
                   "gráfica y qué no. Léelos aquí, o descarga uno para ejecutarlo y modificarlo en Jupyter."}[lang]
    lines = [f"# {title}", "", intro, ""]
    for page in books:
        first = next((ln[2:].strip() for ln in page.read_text(encoding="utf-8").splitlines() if ln.startswith("# ")),
                     page.stem)
        lines.append(f"- [{first}]({page.name})")
    return "\n".join(lines) + "\n"


def on_nav(nav: Navigation, config: Any, files: Files) -> Navigation:
    titles = (config.extra or {}).get("nav_titles") or {}

    def walk(items: list[Any]) -> None:
        for item in items:
            if item.title in titles:
                item.title = titles[item.title]
            if isinstance(item, Section):
                walk(item.children)

    if titles:
        walk(nav.items)
    return nav


def on_page_markdown(markdown: str, page: Page, config: Any, files: Files) -> str:
    lang, reg = _lang(config), _state["register"]
    parts = page.file.src_uri.split("/")
    to_root = "../" * (len(parts) - 1)
    if len(parts) == 3 and parts[0] == "modules":
        markdown = _module_page(markdown, page, parts[1], parts[2].removesuffix(".md"), lang, reg, to_root)
    return render(markdown, lang, reg, "site", to_root)


def _module_page(markdown: str, page: Page, module: str, kind: str, lang: str, reg: Register, to_root: str) -> str:
    if kind == "facilitator":
        meta = module_meta(_state["root"], module, lang)
        if meta and AGENDA_MARKER in markdown:
            markdown = markdown.replace(AGENDA_MARKER, agenda_markdown(meta, lang))
    downloads = [(name, f"{to_root}pdf/{name}") for name in (pdf_name(module, k) for k in ("handout", "facilitator"))
                 if f"pdf/{name}" in _state.get("pdfs", ())]
    if kind == "handout":
        markdown += "\n\n" + print_extras(_state["root"], module, lang, reg, "site", to_root)
    books = [slug for slug, mod in _state.get("notebooks", {}).items() if mod == module]
    if books and kind in ("index", "facilitator"):
        label = {"en": "Explore the numbers", "es": "Explora las cifras"}[lang]
        markdown += "\n\n" + f"**{label}:** " + " · ".join(f"[{slug}]({to_root}notebooks/{slug}.md)" for slug in books)
    if downloads:
        links = " · ".join(f"[{name}]({href})" for name, href in downloads)
        markdown += f"\n\n---\n\n**PDF:** {links}\n"
    return markdown


SEARCH_DIALOG = '<div class="md-search" data-md-component="search" role="dialog">'
SEARCH_NAME = {"en": "Search this site", "es": "Buscar en este sitio"}


ALTERNATE_LINK = re.compile(r'<link rel="alternate" href="[^"]*" hreflang="[a-z]+">\n?')


def on_post_page(output: str, page: Page, config: Any) -> str:
    """Two mends to the theme's page. Its search dialog has no accessible name (WCAG 4.1.2): give it one in the
    page's language. Its head links to each language's root, and its script then fetches those languages'
    sitemaps to find the same page, which fails from file://; the language menu already links the same page."""
    name = SEARCH_NAME.get(_lang(config), SEARCH_NAME["en"])
    output = output.replace(SEARCH_DIALOG, SEARCH_DIALOG[:-1] + f' aria-label="{name}">')
    return ALTERNATE_LINK.sub("", output)


class KitPlugin(BasePlugin):
    def on_config(self, config: Any) -> Any:
        return on_config(config)

    def on_files(self, files: Files, config: Any) -> Files:
        return on_files(files, config)

    def on_nav(self, nav: Navigation, config: Any, files: Files) -> Navigation:
        return on_nav(nav, config, files)

    def on_page_markdown(self, markdown: str, page: Page, config: Any, files: Files) -> str:
        return on_page_markdown(markdown, page, config, files)

    def on_post_page(self, output: str, page: Page, config: Any) -> str:
        return on_post_page(output, page, config)
