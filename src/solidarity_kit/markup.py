"""The kit's two pieces of markup in Markdown prose: citations [@fact-id] and glossary links [[term-id]]."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from .register import Register

CITE = re.compile(r"\[@([a-z0-9-]+)\]")
TERM = re.compile(r"\[\[([a-z0-9-]+)(?:\|([^\]\n]+))?\]\]")
AGENDA_MARKER = "<!-- agenda-table -->"

Mode = Literal["site", "print"]


@dataclass(frozen=True)
class Ref:
    kind: Literal["fact", "term"]
    id: str
    line: int  # 1-based, within the text given


def refs(text: str) -> Iterator[Ref]:
    for lineno, line in enumerate(text.splitlines(), 1):
        for m in CITE.finditer(line):
            yield Ref("fact", m.group(1), lineno)
        for m in TERM.finditer(line):
            yield Ref("term", m.group(1), lineno)


def _attr(text: str) -> str:
    return html.escape(text, quote=True)


def render(text: str, lang: str, reg: Register, mode: Mode, to_root: str = "") -> str:
    """Turn citations and glossary links into Markdown/HTML for the site or for print.

    to_root is the relative path from the page to the site root of its language (e.g. "../../").
    Unknown ids are left as they are: the checks report them.
    """

    def cite(m: re.Match[str]) -> str:
        fact = reg.facts.get(m.group(1))
        source = reg.sources.get(fact.source) if fact else None
        if not fact or not source:
            return m.group(0)
        if mode == "print":
            return f'<span class="cite">({html.escape(source.short)})</span>'
        href = f"{to_root}reference/sources.md#{source.id}"
        return f'<span class="cite">([{source.short}]({href} "{_attr(fact.statement[lang])}"))</span>'

    def term(m: re.Match[str]) -> str:
        entry = reg.glossary.get(m.group(1))
        if not entry:
            return m.group(0)
        words = m.group(2) or entry.term[lang]
        if mode == "print":
            return f'<span class="term">{html.escape(words)}</span>'
        return f'[{words}]({to_root}reference/glossary.md#{entry.id} "{_attr(entry.definition[lang])}")'

    return TERM.sub(term, CITE.sub(cite, text))


def cited_sources(text: str, reg: Register) -> list[str]:
    """Source ids cited in text, in order of first citation."""
    seen: dict[str, None] = {}
    for ref in refs(text):
        fact = reg.facts.get(ref.id) if ref.kind == "fact" else None
        if fact:
            seen.setdefault(fact.source, None)
    return list(seen)
