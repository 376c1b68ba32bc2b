"""The full build: check, render handouts, build both sites, then swap the result into build/ at once."""

from __future__ import annotations

import os
import shutil
import tempfile
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import weasyprint

from . import LANGUAGES
from .cache import cache_path, digest, store_file, store_tree, tree_digest
from .checks import Kit, check_kit
from .findings import ContentError
from .handouts import PrintOptions, handout_html, pdf_name, print_dir, write_pdf
from .notebooks import Executed, execute, find_notebooks, to_markdown
from .site import build_language, language_chooser

PRINT_KINDS: tuple[str, ...] = ("handout", "facilitator")
Progress = Callable[[str, int, int], None]


@dataclass
class BuildResult:
    out: Path
    pdfs: list[Path] = field(default_factory=list)
    rendered: int = 0  # PDFs rendered (not taken from the cache)
    sites_built: int = 0  # languages built by MkDocs (not taken from the cache)
    notebook_seconds: dict[str, float] = field(default_factory=dict)  # notebooks executed, not from the cache

    @property
    def site_index(self) -> Path:
        return self.out / "site" / "index.html"

    @property
    def offline_zip(self) -> Path:
        return self.out / OFFLINE_ZIP


def _no_progress(_step: str, _done: int, _total: int) -> None:
    pass


def _print_inputs(root: Path) -> bytes:
    files = [*sorted(print_dir(root).glob("*")), Path(weasyprint.__file__)]
    return "".join(f.name for f in files).encode() + b"".join(f.read_bytes() for f in files if f.is_file()) + \
        weasyprint.__version__.encode()


def render_prints(kit: Kit, stage: Path, progress: Progress, use_cache: bool = True,
                  options: PrintOptions | None = None) -> tuple[list[Path], int]:
    options = options or PrintOptions()
    root, jobs = kit.root, [(m.id, kind, lang) for m in kit.modules for lang in LANGUAGES for kind in PRINT_KINDS]
    fixed, made, rendered = _print_inputs(root), [], 0
    for i, (module, kind, lang) in enumerate(jobs):
        progress(f"PDF {lang}/{pdf_name(module, kind, options)}", i, len(jobs))
        html_text = handout_html(root, module, kind, lang, kit.register, options)
        out = stage / "handouts" / lang / pdf_name(module, kind, options)
        cached = cache_path(root, "pdf", digest(html_text, fixed), ".pdf")
        if use_cache and cached.is_file():
            out.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(cached, out)
        else:
            write_pdf(html_text, print_dir(root), out)
            store_file(out, cached)
            rendered += 1
        made.append(out)
    progress("PDFs", len(jobs), len(jobs))
    return made, rendered


def run_notebooks(kit: Kit, stage: Path, progress: Progress, use_cache: bool = True) -> list[Executed]:
    """Execute every notebook from a clean kernel (or take it from the cache) and render it as a page."""
    books, done, failures = find_notebooks(kit.root), [], []
    for i, book in enumerate(books):
        progress(f"notebook {book.lang}/{book.slug}", i, len(books))
        executed, findings = execute(kit.root, book, use_cache)
        failures += findings
        if executed:
            out = stage / "notebooks" / book.lang
            out.mkdir(parents=True, exist_ok=True)
            (out / f"{book.slug}.md").write_text(to_markdown(executed, f"{book.slug}.ipynb"), encoding="utf-8")
            shutil.copyfile(book.path, out / f"{book.slug}.ipynb")
            done.append(executed)
    if failures:
        raise ContentError(failures)
    progress("notebooks", len(books), len(books))
    return done


def site_inputs(root: Path, lang: str, stage: Path) -> str:
    package = Path(__file__).resolve().parent
    names = ("mkdocs.yml", "mkdocs.es.yml", "overrides", "seeds", "node_modules/iframe-worker/shim")
    bases = {name: root / name for name in names}
    bases.update(docs=root / "docs" / lang, package=package, pdfs=stage / "handouts" / lang,
                 notebooks=stage / "notebooks" / lang)
    return tree_digest(bases)


def build_sites(root: Path, stage: Path, progress: Progress, use_cache: bool = True) -> int:
    built = 0
    for i, lang in enumerate(LANGUAGES):
        progress(f"site {lang}", i, len(LANGUAGES))
        target = stage / "site" / lang
        cached = cache_path(root, "site", site_inputs(root, lang, stage))
        if use_cache and cached.is_dir():
            shutil.copytree(cached, target)
            continue
        findings = build_language(root, lang, target, stage)
        if findings:
            raise ContentError(findings)
        store_tree(target, cached)
        built += 1
    (stage / "site" / "index.html").write_text(language_chooser(), encoding="utf-8")
    progress("sites", len(LANGUAGES), len(LANGUAGES))
    return built


OFFLINE_ZIP = "solidarity-across-borders-offline.zip"


def write_offline_zip(site: Path, out: Path) -> None:
    """The whole site in one zip, to copy to a phone or a laptop; same bytes for the same site."""
    epoch = int(os.environ.get("SOURCE_DATE_EPOCH", "315532800"))  # default: 1980-01-01, the zip format's first day
    stamp = time.gmtime(max(epoch, 315532800))[:6]
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as bundle:
        for path in sorted(p for p in site.rglob("*") if p.is_file()):
            info = zipfile.ZipInfo(f"solidarity-across-borders/{path.relative_to(site).as_posix()}", stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            bundle.writestr(info, path.read_bytes())


def swap_into_place(stage: Path, out: Path) -> None:
    """Replace out with stage in two renames; the old tree is removed only after the new one is in place."""
    old = None
    if out.exists():
        old = out.with_name(f".{out.name}.old-{stage.name}")
        out.rename(old)
    stage.rename(out)
    if old:
        shutil.rmtree(old, ignore_errors=True)


def build_all(root: Path, progress: Progress = _no_progress, use_cache: bool = True) -> BuildResult:
    """Check, then build everything into a staging folder; only a complete build replaces build/."""
    root = root.resolve()
    kit, findings = check_kit(root)
    if findings:
        raise ContentError(findings)
    out = root / "build"
    stage = Path(tempfile.mkdtemp(prefix=".build-", dir=root))
    try:
        pdfs, rendered = render_prints(kit, stage, progress, use_cache)
        notebooks = run_notebooks(kit, stage, progress, use_cache)
        built = build_sites(root, stage, progress, use_cache)
        progress("offline zip", 0, 1)
        write_offline_zip(stage / "site", stage / OFFLINE_ZIP)
        swap_into_place(stage, out)
    except BaseException:
        shutil.rmtree(stage, ignore_errors=True)
        raise
    return BuildResult(out, [out / p.relative_to(stage) for p in pdfs], rendered, built,
                       {f"{n.book.lang}/{n.book.slug}": n.seconds for n in notebooks if not n.cached})
