"""The full build: check, render handouts, build both sites, then swap the result into build/ at once."""

from __future__ import annotations

import multiprocessing as mp
import os
import shutil
import tempfile
import time
import zipfile
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path

import weasyprint

from . import LANGUAGES
from .cache import cache_path, digest, store_file, store_tree, tree_digest
from .checks import Kit, check_kit
from .findings import ContentError
from .handouts import PrintOptions, handout_html, pdf_name, print_dir, write_pdf
from .notebooks import Executed, Notebook, execute, find_notebooks, to_markdown
from .packets import build_packets
from .site import build_language, language_chooser
from .workshops import load_plans

PRINT_KINDS: tuple[str, ...] = ("handout", "facilitator")
# What a kit is made of (everything else in its folder is generated or installed)
KIT_PARTS: tuple[str, ...] = ("docs", "seeds", "handouts", "overrides", "mkdocs.yml", "mkdocs.es.yml", "workshops",
                              "notebooks")


def copy_kit(root: Path, dest: Path) -> Path:
    """A copy of the kit's sources, without build/, caches or installed tools (for tests and the benchmark)."""
    dest.mkdir(parents=True, exist_ok=True)
    for part in KIT_PARTS:
        src = root / part
        if src.is_dir():
            shutil.copytree(src, dest / part)
        elif src.is_file():
            shutil.copyfile(src, dest / part)
    return dest
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


@dataclass(frozen=True)
class PdfJob:
    html: str
    base: Path  # where the print template's relative links (print.css) resolve
    out: Path
    cached: Path


def _render(job: PdfJob) -> Path:
    write_pdf(job.html, job.base, job.out)
    store_file(job.out, job.cached)
    return job.out


def _job(kit: Kit, html_text: str, out: Path, fixed: bytes) -> PdfJob:
    return PdfJob(html_text, print_dir(kit.root), out, cache_path(kit.root, "pdf", digest(html_text, fixed), ".pdf"))


def print_jobs(kit: Kit, stage: Path, options: PrintOptions) -> list[PdfJob]:
    """Every module's handout and facilitator guide, in both languages."""
    fixed = _print_inputs(kit.root)
    return [_job(kit, handout_html(kit.root, m.id, kind, lang, kit.register, options),
                 stage / "handouts" / lang / pdf_name(m.id, kind, options), fixed)
            for m in kit.modules for lang in LANGUAGES for kind in PRINT_KINDS]


def packet_jobs(kit: Kit, stage: Path, options: PrintOptions, plan_ids: list[str] | None = None,
                langs: tuple[str, ...] = LANGUAGES, out_dir: Path | None = None) -> list[PdfJob]:
    """Participant and facilitator packets of every plan in workshops/ (or of the ones named)."""
    plans, findings = load_plans(kit.root)
    if findings:
        raise ContentError(findings)
    fixed = _print_inputs(kit.root)
    return [_job(kit, packet.html, (out_dir or stage / "packets" / lang) / packet.name(options), fixed)
            for lp in plans if plan_ids is None or lp.plan.id in plan_ids for lang in langs
            for packet in build_packets(kit.root, lp.plan, lang, kit.register, options)]


def run_jobs(root: Path, jobs: list[PdfJob], books: list[Notebook], progress: Progress, use_cache: bool = True,
             ) -> tuple[list[Path], int, list[Executed]]:
    """Render PDFs and execute notebooks on every core; take unchanged ones from the cache."""
    todo, done_books, failures = [], [], []
    for job in jobs:
        if use_cache and job.cached.is_file():
            job.out.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(job.cached, job.out)
        else:
            todo.append(job)
    pending_books = []
    for book in books:
        executed, _ = execute(root, book, use_cache, cached_only=True) if use_cache else (None, [])
        (done_books.append(executed) if executed else pending_books.append(book))
    total = len(todo) + len(pending_books)
    if total:
        workers = max(1, min(os.cpu_count() or 1, total))
        with ProcessPoolExecutor(max_workers=workers, mp_context=mp.get_context("fork")) as pool:
            # the longest jobs first, so that no core waits at the end for one big packet
            futures = [pool.submit(execute, root, book, False) for book in pending_books]
            futures += [pool.submit(_render, job) for job in sorted(todo, key=lambda j: -len(j.html))]
            for n, future in enumerate(as_completed(futures), 1):
                result = future.result()
                if isinstance(result, tuple):
                    executed, findings = result
                    failures += findings
                    if executed:
                        done_books.append(executed)
                progress("rendering PDFs and running notebooks", n, total)
    if failures:
        raise ContentError(sorted(failures))
    return [job.out for job in jobs], len(todo), done_books


def render_prints(kit: Kit, stage: Path, progress: Progress, use_cache: bool = True,
                  options: PrintOptions | None = None) -> tuple[list[Path], int]:
    made, rendered, _ = run_jobs(kit.root, print_jobs(kit, stage, options or PrintOptions()), [], progress, use_cache)
    return made, rendered


def render_packets(kit: Kit, stage: Path, progress: Progress, use_cache: bool = True,
                   options: PrintOptions | None = None, plan_ids: list[str] | None = None,
                   langs: tuple[str, ...] = LANGUAGES, out_dir: Path | None = None) -> tuple[list[Path], int]:
    jobs = packet_jobs(kit, stage, options or PrintOptions(), plan_ids, langs, out_dir)
    made, rendered, _ = run_jobs(kit.root, jobs, [], progress, use_cache)
    return made, rendered


def write_notebook_pages(executed: list[Executed], stage: Path) -> None:
    """Each executed notebook as a site page, beside a copy of the notebook to download."""
    for item in executed:
        out = stage / "notebooks" / item.book.lang
        out.mkdir(parents=True, exist_ok=True)
        (out / f"{item.book.slug}.md").write_text(to_markdown(item, f"{item.book.slug}.ipynb"), encoding="utf-8")
        shutil.copyfile(item.book.path, out / f"{item.book.slug}.ipynb")


def kit_inputs(root: Path) -> str:
    """A hash of everything a build reads: content, configuration, templates and the package itself."""
    names = ("docs", "seeds", "workshops", "notebooks", "overrides", "mkdocs.yml", "mkdocs.es.yml",
             "node_modules/iframe-worker/shim")
    bases = {name: root / name for name in names}
    bases.update(package=Path(__file__).resolve().parent, handouts=print_dir(root))
    return digest(tree_digest(bases), weasyprint.__version__, os.environ.get("SOURCE_DATE_EPOCH", ""))


def site_inputs(root: Path, lang: str, stage: Path) -> str:
    package = Path(__file__).resolve().parent
    names = ("mkdocs.yml", "mkdocs.es.yml", "overrides", "seeds", "workshops", "node_modules/iframe-worker/shim")
    bases = {name: root / name for name in names}
    bases.update(docs=root / "docs" / lang, package=package, pdfs=stage / "handouts" / lang,
                 packets=stage / "packets" / lang, notebooks=stage / "notebooks" / lang)
    return tree_digest(bases)


def build_sites(root: Path, stage: Path, progress: Progress, use_cache: bool = True) -> int:
    """Both languages' sites, each in its own process, unless an identical build is in the cache."""
    todo = []
    for lang in LANGUAGES:
        target, cached = stage / "site" / lang, cache_path(root, "site", site_inputs(root, lang, stage))
        if use_cache and cached.is_dir():
            shutil.copytree(cached, target)
        else:
            todo.append((lang, target, cached))
    progress("sites", 0, len(todo))
    findings = []
    if todo:
        with ProcessPoolExecutor(max_workers=len(todo), mp_context=mp.get_context("fork")) as pool:
            results = [pool.submit(build_language, root, lang, target, stage) for lang, target, _ in todo]
            for future in results:
                findings += future.result()
    if findings:
        raise ContentError(findings)
    for _, target, cached in todo:
        store_tree(target, cached)
    (stage / "site" / "index.html").write_text(language_chooser(), encoding="utf-8")
    progress("sites", len(todo), len(todo))
    return len(todo)


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
    whole = cache_path(root, "build", kit_inputs(root))
    if use_cache and whole.is_dir():  # nothing the build reads has changed: the last complete build stands
        shutil.rmtree(stage)
        shutil.copytree(whole, stage, symlinks=True)
        swap_into_place(stage, out)
        pdfs = sorted(p for p in out.rglob("*.pdf") if p.parent.parent.name in ("handouts", "packets"))
        return BuildResult(out, pdfs, 0, 0)
    try:
        jobs = print_jobs(kit, stage, PrintOptions()) + packet_jobs(kit, stage, PrintOptions())
        pdfs, rendered, notebooks = run_jobs(root, jobs, find_notebooks(root), progress, use_cache)
        write_notebook_pages(notebooks, stage)
        built = build_sites(root, stage, progress, use_cache)
        progress("offline zip", 0, 1)
        write_offline_zip(stage / "site", stage / OFFLINE_ZIP)
        store_tree(stage, whole)
        swap_into_place(stage, out)
    except BaseException:
        shutil.rmtree(stage, ignore_errors=True)
        raise
    return BuildResult(out, [out / p.relative_to(stage) for p in pdfs], rendered, built,
                       {f"{n.book.lang}/{n.book.slug}": n.seconds for n in notebooks if not n.cached})
