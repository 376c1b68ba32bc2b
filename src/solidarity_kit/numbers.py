"""Numbers in prose: find each figure a reader sees, read its value, and tell which need a source."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

# A figure: optional currency, digits with thousands separators, optional decimals, optional scale word.
NUMBER = re.compile(
    r"(?<![\w/:.#-])(?P<cur>US\$|\$)?(?P<num>\d{1,3}(?:,\d{3})+|\d+)(?P<dec>\.\d+)?"
    r"(?:\s*(?P<scale>million|millones|millón|billion|mil millones))?(?![\w:/-])",
    re.IGNORECASE,
)
SCALES = {"million": 1e6, "millones": 1e6, "millón": 1e6, "billion": 1e9, "mil millones": 1e9}
# Numbers that need no source: durations of activities, steps, cards, pages, clock times, counts of people
# or materials in a session.
EXEMPT_AFTER = re.compile(
    r"^\s*(?:-\s*)?(?:minutes?|mins?\.?|minutos?|hours?|horas?|seconds?|segundos?)\b", re.IGNORECASE)
EXEMPT_BEFORE = re.compile(
    r"(?:step|paso|card|tarjeta|page|página|pages|páginas|role|rol|group|grupo|statement|afirmación|"
    r"round|ronda|part|parte|number|número|no\.)\s*$"
    r"|(?:locals?|secci[oó]n(?:es)?|local(?:es)?)\s+(?:\d+\s*(?:,|and|y)\s*)*$",  # a union local's number is a name
    re.IGNORECASE)
SKIP_SPANS = re.compile(
    r"\[@[a-z0-9-]+\]|\[\[[^\]]+\]\]|\]\([^)]*\)|<[^>]+>|`[^`]*`|https?://\S+|\{[^}]*\}", re.IGNORECASE)
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÁÉÍÓÚÑ¿¡\"“(])")


@dataclass(frozen=True)
class Figure:
    text: str
    value: float
    line: int  # 1-based within the text given


def value_of(m: re.Match[str]) -> float:
    number = float(m.group("num").replace(",", "") + (m.group("dec") or ""))
    scale = (m.group("scale") or "").lower()
    return number * SCALES.get(scale, 1)


def _blank(text: str, pattern: re.Pattern[str]) -> str:
    return pattern.sub(lambda m: " " * len(m.group(0)), text)


def figures(sentence: str, line: int) -> Iterator[Figure]:
    visible = _blank(sentence, SKIP_SPANS)
    for m in NUMBER.finditer(visible):
        if EXEMPT_AFTER.match(visible[m.end():]) or EXEMPT_BEFORE.search(visible[: m.start()]):
            continue
        if re.match(r"^\s*(?:\d+[.)]|#+)\s*$", visible[: m.start()]) and visible[m.end():m.end() + 1] in ".)":
            continue  # a list or heading number: "3. Do this"
        yield Figure(m.group(0), value_of(m), line)


def sentences(body: str) -> Iterator[tuple[str, int]]:
    """(sentence, line) for every sentence of prose; front matter and code blocks are not prose."""
    fenced = False
    for lineno, line in enumerate(body.splitlines(), 1):
        if line.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
            continue
        if fenced or not line.strip() or line.startswith("# "):
            continue  # the page title names its subject; its years are the title's, checked in the text below
        stripped = re.sub(r"^\s*(?:[-*+]|\d+[.)])\s+", "", line)
        if re.match(r"^\s*#+\s", line):
            stripped = re.sub(r"^\s*#+\s+", "", line)
        cells = stripped.split("|") if stripped.lstrip().startswith("|") else [stripped]
        for cell in cells:
            for sentence in SENTENCE_END.split(cell):
                if sentence.strip():
                    yield sentence, lineno
