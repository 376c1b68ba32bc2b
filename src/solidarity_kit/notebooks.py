"""Data notebooks: kept in step across languages, executed from a clean kernel (cached), rendered as pages."""

from __future__ import annotations

import json
import shutil
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import nbformat

from . import LANGUAGES
from .cache import cache_path, digest, store_file, tree_digest
from .findings import Finding, relpath

TIMEOUT = 180


@dataclass(frozen=True)
class Notebook:
    lang: str
    slug: str
    path: Path


def find_notebooks(root: Path) -> list[Notebook]:
    return [Notebook(lang, p.stem, p) for lang in LANGUAGES
            for p in sorted((root / "notebooks" / lang).glob("*.ipynb"))]


def _code_after_parameters(nb: nbformat.NotebookNode) -> list[str]:
    return [c.source for c in nb.cells[1:] if c.cell_type == "code"]


def check_notebooks(root: Path) -> list[Finding]:
    """The Spanish notebook runs the same code as the English one; only its words differ."""
    out: list[Finding] = []
    books = {(n.lang, n.slug): n for n in find_notebooks(root)}
    for (lang, slug), book in sorted(books.items()):
        shown = relpath(book.path, root)
        try:
            nb = nbformat.read(book.path, as_version=4)
        except (json.JSONDecodeError, nbformat.reader.NotJSONError, nbformat.ValidationError) as err:
            out.append(Finding(shown, 1, "NB003", f"not a readable notebook: {err}".splitlines()[0],
                               "save it again from Jupyter"))
            continue
        if any(c.get("outputs") for c in nb.cells if c.cell_type == "code"):
            out.append(Finding(shown, 1, "NB004", "the notebook is stored with outputs",
                               "clear all outputs before committing (the build runs it)"))
        for other in LANGUAGES:
            if other == lang:
                continue
            twin = books.get((other, slug))
            if twin is None:
                out.append(Finding(shown, 1, "NB001", f"no '{other}' version of this notebook",
                                   f"add notebooks/{other}/{slug}.ipynb with the same code cells"))
            elif lang == LANGUAGES[0]:
                theirs = nbformat.read(twin.path, as_version=4)
                mine_kinds = [c.cell_type for c in nb.cells]
                if _code_after_parameters(nb) != _code_after_parameters(theirs) or \
                        mine_kinds != [c.cell_type for c in theirs.cells]:
                    out.append(Finding(relpath(twin.path, root), 1, "NB001",
                                       f"out of step with {shown}: code cells (after the first) or cell order differ",
                                       "copy the code cells from the English notebook; translate only text cells "
                                       "and the words in the T dictionary"))
    return out


@dataclass
class Executed:
    book: Notebook
    notebook: nbformat.NotebookNode
    seconds: float
    cached: bool


def execute(root: Path, book: Notebook, use_cache: bool = True,
            cached_only: bool = False) -> tuple[Executed | None, list[Finding]]:
    """Run a notebook from a clean kernel, or take its last run from the cache if nothing it reads changed."""
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError

    package = Path(__file__).resolve().parent
    key = digest(book.path.read_bytes(), tree_digest({"seeds": root / "seeds"}),
                 (package / "notebook_data.py").read_bytes(), (package / "register.py").read_bytes())
    cached = cache_path(root, "notebooks", key, ".ipynb")
    if use_cache and cached.is_file():
        return Executed(book, nbformat.read(cached, as_version=4), 0.0, True), []
    if cached_only:
        return None, []
    nb = nbformat.read(book.path, as_version=4)
    from jupyter_client.manager import KernelManager

    manager = KernelManager(kernel_name="python3", transport="ipc")  # a local socket file, not a TCP port
    manager.connection_file = str(Path(tempfile.mkdtemp(prefix="kit-kernel-")) / "kernel.json")
    client = NotebookClient(nb, km=manager, timeout=TIMEOUT, kernel_name="python3",
                            resources={"metadata": {"path": str(book.path.parent)}})
    start = time.perf_counter()
    try:
        client.execute()
    except CellExecutionError as err:
        _stop(manager)
        failed = [i for i, c in enumerate(nb.cells, 1) if c.cell_type == "code"
                  and any(o.get("output_type") == "error" for o in c.get("outputs", []))]
        ename = getattr(err, "ename", "Error")
        evalue = (str(getattr(err, "evalue", "")) or "").strip().splitlines()
        cell, evalue = (failed[0] if failed else 0), (evalue[0] if evalue else "")
        return None, [Finding(relpath(book.path, root), 1, "NB002", f"cell {cell} raised {ename}: {evalue}",
                              "run the notebook in Jupyter ('make lab') and fix that cell")]
    seconds = time.perf_counter() - start
    _stop(manager)
    tmp = cached.with_suffix(".tmp")
    tmp.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, tmp)
    store_file(tmp, cached)
    tmp.unlink()
    return Executed(book, nb, seconds, False), []


def _stop(manager: object) -> None:
    """The client does not own a kernel manager it is given: shut the kernel down and remove its socket files."""
    from jupyter_client.manager import KernelManager

    assert isinstance(manager, KernelManager)
    if manager.has_kernel:
        manager.shutdown_kernel(now=True)
    manager.cleanup_resources()
    shutil.rmtree(Path(manager.connection_file).parent, ignore_errors=True)


CODE_LABEL = {"en": "Show the code", "es": "Ver el código"}
DOWNLOAD = {"en": "Download this notebook (.ipynb) to run and change it in Jupyter",
            "es": "Descarga este cuaderno (.ipynb) para ejecutarlo y modificarlo en Jupyter"}


def _output_markdown(output: dict) -> str:
    if output.get("output_type") == "stream":
        return "```text\n" + "".join(output.get("text", "")).rstrip() + "\n```"
    data = output.get("data", {})
    if "text/html" in data:
        return "".join(data["text/html"])
    if "text/markdown" in data:
        return "".join(data["text/markdown"])
    if "text/plain" in data:
        return "```text\n" + "".join(data["text/plain"]).rstrip() + "\n```"
    return ""


def to_markdown(executed: Executed, download: str) -> str:
    """A site page: the notebook's text and outputs, its code folded away, and a link to download it."""
    lang, parts = executed.book.lang, []
    for i, cell in enumerate(executed.notebook.cells):
        if cell.cell_type == "markdown":
            parts.append(cell.source)
        elif cell.cell_type == "code" and i > 0:  # the first cell only sets the language
            code = cell.source.rstrip()
            if code:
                parts.append(f'<details class="nb-code" markdown>\n<summary>{CODE_LABEL[lang]}</summary>\n\n'
                             f"```python\n{code}\n```\n\n</details>")
            parts += [text for text in map(_output_markdown, cell.get("outputs", [])) if text]
    parts.append(f"---\n\n[{DOWNLOAD[lang]}]({download}).")
    return "\n\n".join(parts) + "\n"
