"""Workshop packets: one PDF for participants and one for facilitators, built from a plan in workshops/."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import Path

import markdown

from .agenda import clock
from .content import module_meta
from .handouts import PrintOptions, document_html, markdown_to_print_html, page_body_html, print_dir
from .labels import label
from .register import Register
from .workshops import ModuleItem, PauseItem, Plan, consecutive_time, step_minutes

WORDS: dict[str, dict[str, str]] = {
    "en": {"participant": "Participant packet", "facilitator": "Facilitator packet", "agenda": "Agenda",
           "glossary": "Pocket glossary", "materials": "Materials checklist", "break": "Break", "lunch": "Lunch",
           "activity": "Activity", "session": "Session", "timed": "Timed agenda", "full": "full version",
           "short": "short version", "total": "Total",
           "consecutive": "With consecutive interpretation this workshop runs about {extra} minutes longer. To keep "
                          "to time, bring these steps to their short-version minutes (saves {saved} minutes):",
           "simultaneous": "Simultaneous interpretation adds little time, but needs interpreters and equipment: "
                           "check the guide to interpreted rooms.",
           "before": "Before the session", "from": "from the guide"},
    "es": {"participant": "Cuaderno para participantes", "facilitator": "Cuaderno para facilitar",
           "agenda": "Agenda", "glossary": "Glosario de bolsillo", "materials": "Lista de materiales",
           "break": "Receso", "lunch": "Comida", "activity": "Actividad", "session": "Sesión",
           "timed": "Agenda con horarios", "full": "versión completa", "short": "versión corta", "total": "Total",
           "consecutive": "Con interpretación consecutiva este taller dura unos {extra} minutos más. Para cumplir "
                          "el horario, lleven estos pasos a los minutos de la versión corta (ahorra {saved} minutos):",
           "simultaneous": "La interpretación simultánea agrega poco tiempo, pero requiere intérpretes y equipo: "
                           "consulten la guía de salas con interpretación.",
           "before": "Antes de la sesión", "from": "de la guía"},
}


@dataclass(frozen=True)
class Packet:
    plan: str
    audience: str  # participant | facilitator
    lang: str
    html: str

    def name(self, options: PrintOptions) -> str:
        suffix = ("-a4" if options.paper == "a4" else "") + ("-large" if options.large_print else "")
        return f"{self.plan}-{self.audience}{suffix}.pdf"


def _form(root: Path, lang: str, name: str) -> str:
    return (print_dir(root) / "forms" / lang / f"{name}.md").read_text(encoding="utf-8")


def _modules(plan: Plan) -> list[ModuleItem]:
    seen: dict[str, ModuleItem] = {}
    for session in plan.sessions:
        for item in session.items:
            if isinstance(item, ModuleItem):
                seen.setdefault(item.module, item)
    return list(seen.values())


def _pause_title(item: PauseItem, lang: str) -> str:
    return item.title[lang] if item.title else WORDS[lang][item.kind]


def agenda_html(root: Path, plan: Plan, lang: str, detailed: bool) -> str:
    """The plan's agenda with clock times; `detailed` lists every step of every module (for facilitators)."""
    w, rows = WORDS[lang], []
    metas = {m.module: module_meta(root, m.module, lang) for m in _modules(plan)}
    for n, session in enumerate(plan.sessions, 1):
        if len(plan.sessions) > 1 or session.title:
            name = session.title[lang] if session.title else f"{w['session']} {n}"
            rows.append(f'<tr class="session"><th colspan="3" scope="rowgroup">{html.escape(name)}</th></tr>')
        hours, minutes = (int(x) for x in session.start.split(":"))
        at = hours * 60 + minutes
        for item in session.items:
            if isinstance(item, PauseItem):
                rows.append(f"<tr><td>{clock(at)}–{clock(at + item.minutes)}</td><td>{item.minutes}</td>"
                            f"<td>{html.escape(_pause_title(item, lang))}</td></tr>")
                at += item.minutes
                continue
            meta = metas[item.module]
            assert meta is not None
            steps = step_minutes(item, meta)
            span = sum(m for _, m, *_ in steps)
            rows.append(f'<tr class="module"><td>{clock(at)}–{clock(at + span)}</td><td>{span}</td>'
                        f"<td><strong>{html.escape(meta.title)}</strong> ({w[item.version]})</td></tr>")
            if detailed:
                for title, step, *_ in steps:
                    rows.append(f'<tr class="step"><td>{clock(at)}</td><td>{step}</td>'
                                f"<td>{html.escape(title)}</td></tr>")
                    at += step
            else:
                at += span
    head = f"<tr><th scope=\"col\">{label(lang, 'time')}</th><th scope=\"col\">{label(lang, 'minutes')}</th>" \
           f"<th scope=\"col\">{label(lang, 'step')}</th></tr>"
    heading = w["timed"] if detailed else w["agenda"]
    out = [f"<h1>{html.escape(heading)}</h1>", f'<table class="plan-agenda"><thead>{head}</thead><tbody>',
           *rows, "</tbody></table>"]
    if detailed and plan.interpretation == "consecutive":
        metas_all = {k: v for k, v in metas.items() if v is not None}
        time = consecutive_time(plan, metas_all)
        note = w["consecutive"].format(extra=time.extra, saved=time.saved)
        out.append(f"<p><strong>{html.escape(note)}</strong></p>")
        out.append("<ul>" + "".join(f"<li>{html.escape(c.module)}: {html.escape(c.step)} — {c.minutes} » "
                                    f"{c.short_minutes} min</li>" for c in time.cuts) + "</ul>")
    elif detailed and plan.interpretation == "simultaneous":
        out.append(f"<p>{html.escape(w['simultaneous'])}</p>")
    return "\n".join(out)


def _cover(root: Path, plan: Plan, lang: str, audience: str) -> str:
    w = WORDS[lang]
    return (f'<div class="cover"><p class="kit-name">{html.escape(label(lang, "kit"))}</p>'
            f"<h1>{html.escape(plan.title[lang])}</h1><p class=\"audience\">{html.escape(w[audience])}</p>"
            f"<p>{html.escape(plan.summary[lang])}</p>"
            + markdown.markdown(_form(root, lang, "cover")) + "</div>")


def _glossary(root: Path, plan: Plan, lang: str, reg: Register) -> str:
    ids: list[str] = []
    for item in _modules(plan):
        meta = module_meta(root, item.module, lang)
        ids += [t for t in (meta.key_terms if meta else []) if t not in ids and t in reg.glossary]
    terms = sorted((reg.glossary[t] for t in ids), key=lambda t: t.term[lang].casefold())
    body = "".join(f"<p><strong>{html.escape(t.term[lang])}</strong>: {html.escape(t.definition[lang])}</p>"
                   for t in terms)
    return f'<h1>{html.escape(WORDS[lang]["glossary"])}</h1><div class="pocket-glossary">{body}</div>'


def _evaluation(root: Path, plan: Plan, lang: str, reg: Register) -> str:
    rows = []
    for item in _modules(plan):
        meta = module_meta(root, item.module, lang)
        if meta:
            rows.append(f"| **{meta.title}** | |")
            rows += [f"| {objective} | 1 · 2 · 3 · 4 |" for objective in meta.objectives]
    table = "| | |\n|---|---|\n" + "\n".join(rows)
    text = _form(root, lang, "evaluation").replace("<!-- objectives -->", table)
    return markdown_to_print_html(text, lang, reg).replace("<table>", '<table class="rating">').replace(
        '<div class="answer-lines"></div>', '<div class="answer-lines">' + '<div class="rule"></div>' * 3 + "</div>")


def _sign_in(root: Path, lang: str, reg: Register, rows: int = 18) -> str:
    text = _form(root, lang, "sign-in") + "".join("| | | |\n" for _ in range(rows))
    return markdown_to_print_html(text, lang, reg).replace("<table>", '<table class="sign-in">')


def _materials(root: Path, plan: Plan, lang: str, reg: Register) -> str:
    """Each module's 'Before the session' section from its guide, with boxes to tick."""
    w, parts = WORDS[lang], [f"<h1>{html.escape(WORDS[lang]['materials'])}</h1>"]
    for item in _modules(plan):
        guide = (root / "docs" / lang / "modules" / item.module / "facilitator.md").read_text(encoding="utf-8")
        match = re.search(rf"^## {re.escape(w['before'])}\s*$(.*?)(?=^## |\Z)", guide, re.MULTILINE | re.DOTALL)
        meta = module_meta(root, item.module, lang)
        section = match.group(1) if match else ""
        section = re.sub(r"^(\s*)[-*] ", r'\1- <span class="box"></span> ', section, flags=re.MULTILINE)
        title = meta.title if meta else item.module
        parts.append(f"<h2>{html.escape(title)}</h2>" + markdown_to_print_html(section, lang, reg)
                     .replace("<h2", "<h3").replace("</h2>", "</h3>"))
    return "\n".join(parts)


def build_packets(root: Path, plan: Plan, lang: str, reg: Register, options: PrintOptions) -> list[Packet]:
    modules = _modules(plan)
    participant = [
        _cover(root, plan, lang, "participant"),
        agenda_html(root, plan, lang, detailed=False),
        *(page_body_html(root, m.module, "handout", lang, reg, glossary=False) for m in modules),
        _glossary(root, plan, lang, reg),
        markdown_to_print_html(_form(root, lang, "action-plan"), lang, reg).replace("<table>", '<table class="form">'),
        _evaluation(root, plan, lang, reg),
    ]
    facilitator = [
        _cover(root, plan, lang, "facilitator"),
        agenda_html(root, plan, lang, detailed=True),
        *(page_body_html(root, m.module, "facilitator", lang, reg) for m in modules),
        _sign_in(root, lang, reg),
        _materials(root, plan, lang, reg),
    ]
    return [Packet(plan.id, audience, lang,
                   document_html(root, lang, plan.title[lang], "packet", WORDS[lang][audience], sections, options))
            for audience, sections in (("participant", participant), ("facilitator", facilitator))]



