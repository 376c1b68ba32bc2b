"""The site configuration as the kit reads it: navigation, languages, generated pages."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

from . import LANGUAGES
from .findings import Finding, relpath

CONFIG_FILES: dict[str, str] = {"en": "mkdocs.yml", "es": "mkdocs.es.yml"}
GENERATED_PAGES: tuple[str, ...] = (
    "reference/timeline.md", "reference/glossary.md", "reference/organizations.md", "reference/sources.md",
    "notebooks/index.md", "print/index.md", "workshops/index.md",
)


class _Loader(yaml.SafeLoader):
    """Reads mkdocs.yml without running its tags (!ENV, !relative)."""


def _any_tag(loader: _Loader, suffix: str, node: yaml.Node) -> Any:
    if isinstance(node, yaml.ScalarNode):
        return loader.construct_scalar(node)
    if isinstance(node, yaml.SequenceNode):
        return loader.construct_sequence(node)
    return loader.construct_mapping(node)


_Loader.add_multi_constructor("!", _any_tag)
_Loader.add_multi_constructor("tag:yaml.org,2002:python/", _any_tag)


def read_config(root: Path, lang: str) -> dict[str, Any]:
    path = root / CONFIG_FILES[lang]
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader) or {}
    parent = data.pop("INHERIT", None)
    if parent:
        base = yaml.load((path.parent / parent).read_text(encoding="utf-8"), Loader=_Loader) or {}
        data = _merge(base, data)
    return data


def _merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    """MkDocs' INHERIT: mappings merge key by key, everything else is replaced."""
    out = dict(base)
    for key, value in over.items():
        out[key] = _merge(out[key], value) if isinstance(value, dict) and isinstance(out.get(key), dict) else value
    return out


def nav_entries(nav: Any, titles: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], str | None]]:
    """(titles on the way, file or None for a section) for every nav item."""
    for item in nav or []:
        if isinstance(item, str):
            yield titles, item
        elif isinstance(item, dict):
            for title, value in item.items():
                if isinstance(value, list):
                    yield (*titles, title), None
                    yield from nav_entries(value, (*titles, title))
                else:
                    yield (*titles, title), value


def nav_files(nav: Any) -> list[str]:
    return [f for _, f in nav_entries(nav) if f and not f.startswith(("http://", "https://"))]


def nav_titles(nav: Any) -> list[str]:
    return sorted({t[-1] for t, _ in nav_entries(nav) if t})


def _line_in(path: Path, needle: str) -> int:
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if needle in line:
            return i
    return 1


def _nav_line(path: Path, rel: str) -> int:
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.rstrip().endswith((f": {rel}", f"- {rel}")):
            return i
    return 1


def check_navigation(root: Path) -> list[Finding]:
    out: list[Finding] = []
    config_path = root / CONFIG_FILES["en"]
    if not config_path.is_file():
        return [Finding("mkdocs.yml", 1, "NAV004", "mkdocs.yml is missing", "the site needs its configuration")]
    try:
        configs = {lang: read_config(root, lang) for lang in LANGUAGES}
    except (OSError, yaml.YAMLError) as err:
        return [Finding(relpath(config_path, root), 1, "YAML001", f"cannot read the site configuration: {err}",
                        "check mkdocs.yml and mkdocs.es.yml")]
    listed = set(nav_files(configs["en"].get("nav")))
    for lang in LANGUAGES:
        docs = root / "docs" / lang
        for page in sorted(docs.rglob("*.md")):
            rel = page.relative_to(docs).as_posix()
            if rel not in listed:
                out.append(Finding(relpath(page, root), 1, "NAV001", f"page '{rel}' is not in the navigation",
                                   "add it to 'nav' in mkdocs.yml (both languages share that order)"))
        for rel in sorted(listed - set(GENERATED_PAGES)):
            if rel.startswith("modules/") and any((root / "docs" / o / Path(rel).parent).is_dir() for o in LANGUAGES):
                continue  # a missing page of an existing module is reported as PAGE001, with the page's own path
            if not (docs / rel).is_file():
                out.append(Finding(CONFIG_FILES["en"], _nav_line(config_path, rel), "NAV002",
                                   f"the navigation lists '{rel}', which docs/{lang}/ does not have",
                                   f"write docs/{lang}/{rel} or remove it from the nav"))
    translated = (configs["es"].get("extra") or {}).get("nav_titles") or {}
    for title in nav_titles(configs["en"].get("nav")):
        if title not in translated:
            out.append(Finding(CONFIG_FILES["es"], _line_in(root / CONFIG_FILES["es"], "nav_titles"), "NAV003",
                               f"the navigation title '{title}' has no Spanish title",
                               "add it under extra.nav_titles in mkdocs.es.yml"))
    return out
