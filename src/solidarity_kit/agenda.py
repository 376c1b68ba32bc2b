"""Timed agendas, generated from a module's front matter."""

from __future__ import annotations

from .content import NOT_PARTICIPATORY, ModuleMeta
from .labels import INTERPRETATION, METHODS, STAGE_NAMES, label, word


def clock(minutes: int) -> str:
    return f"{minutes // 60}:{minutes % 60:02d}"


def participatory_minutes(meta: ModuleMeta) -> int:
    return sum(s.minutes for s in meta.agenda if s.method not in NOT_PARTICIPATORY)


def agenda_markdown(meta: ModuleMeta, lang: str, start: int = 0) -> str:
    """A Markdown table: clock time, minutes, step, method, stage, interpreted room, short version."""
    head = [label(lang, k) for k in ("time", "minutes", "step", "method", "stage", "interpretation",
                                     "short_version")]
    rows = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    at = start
    for s in meta.agenda:
        rows.append(f"| {clock(at)}–{clock(at + s.minutes)} | {s.minutes} | {s.step} | "
                    f"{word(METHODS, s.method, lang)} | {word(STAGE_NAMES, s.stage, lang)} | "
                    f"{word(INTERPRETATION, s.interpretation, lang)} | {s.short_minutes or '—'} |")
        at += s.minutes
    total = label(lang, "total")
    share = f"{participatory_minutes(meta)} {label(lang, 'participatory')}"
    rows.append(f"| | **{meta.duration}** | **{total}** ({share}) | | | | **{meta.short_duration}** |")
    return '<div class="agenda" markdown>\n\n' + "\n".join(rows) + "\n\n</div>"
