"""The content model: module pages in each language, with the facilitator guide's front matter."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pydantic import Field, ValidationError

from . import LANGUAGES
from .findings import Finding, relpath
from .register import ID_PATTERN, Model, _describe, _error_line
from .yamlio import parse_yaml, strip_lines

PAGE_KINDS: tuple[str, ...] = ("index", "facilitator", "handout")
Method = Literal["go-round", "pair-share", "small-group", "role-play", "spectrum", "mapping", "gallery-walk",
                 "case-study", "mini-lecture", "reading", "plenary"]
Stage = Literal["experience", "patterns", "new-information", "practice", "action"]
STAGES: tuple[str, ...] = ("experience", "patterns", "new-information", "practice", "action")
NOT_PARTICIPATORY: frozenset[str] = frozenset({"mini-lecture", "reading"})


class AgendaStep(Model):
    step: str = Field(min_length=2)
    minutes: int = Field(gt=0)
    short_minutes: int = Field(ge=0)
    method: Method
    stage: Stage
    interpretation: Literal["consecutive-ok", "simultaneous-preferred", "bilingual-groups"]


class ModuleMeta(Model):
    id: str = Field(pattern=ID_PATTERN)
    title: str
    duration: int = Field(gt=0)
    short_duration: int = Field(gt=0)
    audience: list[Literal["members", "stewards", "officers", "new-members"]] = Field(min_length=1)
    objectives: list[str] = Field(min_length=3, max_length=5)
    key_terms: list[str] = Field(default_factory=list)
    sources: list[str] = Field(min_length=1)
    facts: list[str] = Field(default_factory=list)
    agenda: list[AgendaStep] = Field(min_length=1)


@dataclass
class Page:
    lang: str
    module: str
    kind: str
    path: Path
    shown: str  # the path as findings print it
    body: str  # the page without its front matter
    body_line: int  # the file line where body starts
    front: dict | None  # raw front matter (with line markers), if any


@dataclass
class Module:
    id: str
    pages: dict[tuple[str, str], Page]  # (lang, kind) -> page
    meta: dict[str, ModuleMeta]  # lang -> validated facilitator front matter
    meta_lines: dict[str, dict]  # lang -> raw front matter, for finding lines


def split_front_matter(text: str) -> tuple[str | None, str, int]:
    """(front matter text or None, body, first line of body)."""
    if not text.startswith("---\n"):
        return None, text, 1
    end = text.find("\n---\n", 4)
    if end == -1:
        return None, text, 1
    front = text[4:end + 1]
    return front, text[end + 5:], front.count("\n") + 3


def read_page(path: Path, root: Path, lang: str, module: str, kind: str) -> tuple[Page, list[Finding]]:
    shown = relpath(path, root)
    front_text, body, body_line = split_front_matter(path.read_text(encoding="utf-8"))
    front, findings = (None, [])
    if front_text is not None:
        front, findings = parse_yaml(front_text, shown, line_offset=1)
    return Page(lang, module, kind, path, shown, body, body_line, front if isinstance(front, dict) else None), findings


def module_ids(root: Path) -> list[str]:
    ids: set[str] = set()
    for lang in LANGUAGES:
        base = root / "docs" / lang / "modules"
        if base.is_dir():
            ids.update(p.name for p in base.iterdir() if p.is_dir())
    return sorted(ids)


def load_modules(root: Path) -> tuple[list[Module], list[Finding]]:
    modules, findings = [], []
    for module_id in module_ids(root):
        module = Module(module_id, {}, {}, {})
        for lang in LANGUAGES:
            for kind in PAGE_KINDS:
                path = root / "docs" / lang / "modules" / module_id / f"{kind}.md"
                if not path.is_file():
                    other = next((o for o in LANGUAGES if o != lang), lang)
                    findings.append(Finding(relpath(path, root), 1, "PAGE001",
                                            f"module '{module_id}' has no {kind} page in '{lang}'",
                                            f"write it with the same slug as "
                                            f"docs/{other}/modules/{module_id}/{kind}.md"))
                    continue
                page, errs = read_page(path, root, lang, module_id, kind)
                findings += errs
                module.pages[(lang, kind)] = page
                if kind == "facilitator" and not errs:
                    findings += _validate_meta(module, page)
        modules.append(module)
    return modules, findings


def _validate_meta(module: Module, page: Page) -> list[Finding]:
    if page.front is None:
        return [Finding(page.shown, 1, "SCHEMA002", "the facilitator guide has no front matter",
                        "start the file with '---', the module's fields and agenda, then '---'")]
    try:
        meta = ModuleMeta.model_validate(strip_lines(page.front))
    except ValidationError as exc:
        return [Finding(page.shown, _error_line(page.front, err["loc"]), "SCHEMA002", _describe(err),
                        "see the content model in CONTRIBUTING.md") for err in exc.errors()]
    module.meta[page.lang] = meta
    module.meta_lines[page.lang] = page.front
    if meta.id != module.id:
        return [Finding(page.shown, page.front.get("__line__", 2), "SCHEMA002",
                        f"id '{meta.id}' does not match the folder name '{module.id}'",
                        "module ids are permanent and equal to their folder's name")]
    return []


def module_meta(root: Path, module: str, lang: str) -> ModuleMeta | None:
    """A module's validated guide front matter in one language, or None where it is missing or broken
    (the checks report why)."""
    path = root / "docs" / lang / "modules" / module / "facilitator.md"
    if not path.is_file():
        return None
    page, errs = read_page(path, root, lang, module, "facilitator")
    if errs or page.front is None:
        return None
    try:
        return ModuleMeta.model_validate(strip_lines(page.front))
    except ValidationError:
        return None
