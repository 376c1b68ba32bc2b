"""The kit's two pieces of markup in Markdown prose: citations [@fact-id] and glossary links [[term-id]]."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from .register import Register

CITE = re.compile(r"\[@([a-z0-9-]+)\]")
CITE_RUN = re.compile(r"\[@[a-z0-9-]+\](?:\s*\[@[a-z0-9-]+\])*")  # citations side by side are shown together
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
        ids = CITE.findall(m.group(0))
        facts = [reg.facts.get(i) for i in ids]
        if not all(f and f.source in reg.sources for f in facts):
            return m.group(0)
        shown: dict[str, str] = {}  # source id -> title (the first fact's statement)
        for fact in facts:
            assert fact is not None
            shown.setdefault(fact.source, fact.statement[lang])
        if mode == "print":
            names = "; ".join(html.escape(reg.sources[s].short[lang]) for s in shown)
            return f'<span class="cite">({names})</span>'
        links = "; ".join(f'[{reg.sources[s].short[lang]}]({to_root}reference/sources.md#{s} "{_attr(title)}")'
                          for s, title in shown.items())
        return f'<span class="cite">({links})</span>'

    def term(m: re.Match[str]) -> str:
        entry = reg.glossary.get(m.group(1))
        if not entry:
            return m.group(0)
        words = m.group(2) or entry.term[lang]
        if mode == "print":
            return f'<span class="term">{html.escape(words)}</span>'
        return f'[{words}]({to_root}reference/glossary.md#{entry.id} "{_attr(entry.definition[lang])}")'

    return TERM.sub(term, CITE_RUN.sub(cite, text))


def cited_sources(text: str, reg: Register) -> list[str]:
    """Source ids cited in text, in order of first citation."""
    seen: dict[str, None] = {}
    for ref in refs(text):
        fact = reg.facts.get(ref.id) if ref.kind == "fact" else None
        if fact:
            seen.setdefault(fact.source, None)
    return list(seen)
