"""The site's print pages: every PDF with its page count and size, and a page for each workshop plan."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from .content import module_meta
from .packets import WORDS, agenda_html
from .workshops import LoadedPlan

TEXT: dict[str, dict[str, str]] = {
    "en": {"title": "Print", "plans": "Workshop plans", "handouts": "Handouts", "guides": "Facilitator guides",
           "packets": "Workshop packets", "file": "File", "pages": "Pages", "size": "Size", "module": "Module",
           "plan": "Plan", "for": "For",
           "intro": "Every PDF is US Letter, black-and-white friendly, with page numbers. Print the handouts for "
                    "participants and the guides for facilitators, or take a ready packet for a whole workshop. "
                    "A4 and large-print versions: `solidarity-kit print --paper a4 --large-print`.",
           "plans_intro": "Ready-made workshops. Each has a timed agenda and two packets to print.",
           "length": "Length", "minutes": "minutes", "download": "Packets"},
    "es": {"title": "Imprimir", "plans": "Planes de taller", "handouts": "Hojas para participantes",
           "guides": "Guías para facilitar", "packets": "Cuadernos de taller", "file": "Archivo", "pages": "Páginas",
           "size": "Tamaño", "module": "Módulo", "plan": "Plan", "for": "Para",
           "intro": "Todos los PDF son tamaño carta, pensados para fotocopia en blanco y negro, con números de página. "
                    "Impriman las hojas para participantes y las guías para quienes facilitan, o tomen un cuaderno "
                    "listo para todo un taller. Versiones A4 y letra grande: "
                    "`solidarity-kit print --paper a4 --large-print`.",
           "plans_intro": "Talleres listos para usar. Cada uno tiene su agenda con horarios y dos cuadernos para "
                          "imprimir.",
           "length": "Duración", "minutes": "minutos", "download": "Cuadernos"},
}


def _size(path: Path) -> str:
    return f"{path.stat().st_size / 1024:.0f} KB"


def _pages(path: Path) -> int:
    return len(PdfReader(path).pages)


def print_page(root: Path, stage: Path, plans: list[LoadedPlan], lang: str) -> str:
    t, w = TEXT[lang], WORDS[lang]
    lines = [f"# {t['title']}", "", t["intro"], ""]
    pdfs = sorted((stage / "handouts" / lang).glob("*.pdf"))
    for kind, heading in (("handout", t["handouts"]), ("facilitator", t["guides"])):
        rows = [p for p in pdfs if p.stem.endswith(f"-{kind}")]
        if not rows:
            continue
        lines += [f"## {heading}", "", f"| {t['module']} | {t['pages']} | {t['size']} |", "|---|---:|---:|"]
        for pdf in rows:
            module = pdf.stem.removesuffix(f"-{kind}")
            meta = module_meta(root, module, lang)
            lines.append(f"| [{meta.title if meta else module}](../pdf/{pdf.name}) | {_pages(pdf)} | {_size(pdf)} |")
        lines.append("")
    packets = sorted((stage / "packets" / lang).glob("*.pdf"))
    if packets:
        lines += [f"## {t['packets']}", "", f"| {t['plan']} | {t['for']} | {t['pages']} | {t['size']} |",
                  "|---|---|---:|---:|"]
        titles = {lp.plan.id: lp.plan.title[lang] for lp in plans}
        for pdf in packets:
            plan_id, audience = pdf.stem.rsplit("-", 1)
            name = titles.get(plan_id, plan_id)
            lines.append(f"| [{name}](../workshops/{plan_id}.md) | [{w[audience]}](../packets/{pdf.name}) | "
                         f"{_pages(pdf)} | {_size(pdf)} |")
        lines.append("")
    return "\n".join(lines)


def plans_index(plans: list[LoadedPlan], lang: str) -> str:
    t = TEXT[lang]
    lines = [f"# {t['plans']}", "", t["plans_intro"], ""]
    for lp in plans:
        lines.append(f"- [{lp.plan.title[lang]}]({lp.plan.id}.md): {lp.plan.summary[lang]} "
                     f"({t['length'].lower()}: {lp.plan.length} {t['minutes']})")
    return "\n".join(lines) + "\n"


def plan_page(root: Path, lp: LoadedPlan, stage: Path, lang: str) -> str:
    t, w, plan = TEXT[lang], WORDS[lang], lp.plan
    agenda = agenda_html(root, plan, lang, detailed=True).replace("<h1>", "<h2>").replace("</h1>", "</h2>")
    links = [f"[{w[aud]}](../packets/{plan.id}-{aud}.pdf)" for aud in ("participant", "facilitator")
             if (stage / "packets" / lang / f"{plan.id}-{aud}.pdf").is_file()]
    lines = [f"# {plan.title[lang]}", "", plan.summary[lang], "",
             f"**{t['length']}:** {plan.length} {t['minutes']}", ""]
    if links:
        lines += [f"**{t['download']}:** " + " · ".join(links), ""]
    return "\n".join(lines) + "\n" + agenda + "\n"
