"""Print layer: Markdown handouts and facilitator guides to HTML with the print template, then to PDF."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import fontpkg
import jinja2
import markdown

from .agenda import agenda_markdown
from .content import module_meta, split_front_matter
from .labels import label
from .markup import AGENDA_MARKER, cited_sources, render
from .register import Register

MARKDOWN_EXTENSIONS = ["tables", "attr_list", "md_in_html", "admonition", "pymdownx.details", "toc", "sane_lists"]
FONT_FAMILY = "Atkinson Hyperlegible"
# Signs the print font lacks, as signs it has (so no PDF falls back to whatever fonts a machine happens to have)
PRINT_GLYPHS = str.maketrans({"→": "»", "↔": "–", "⇒": "»"})


@dataclass(frozen=True)
class PrintOptions:
    paper: str = "letter"  # letter | a4
    large_print: bool = False
    site_url: str | None = None


def pdf_name(module: str, kind: str, options: PrintOptions | None = None) -> str:
    options = options or PrintOptions()
    suffix = ("-a4" if options.paper == "a4" else "") + ("-large" if options.large_print else "")
    return f"{module}-{kind}{suffix}.pdf"


PROJECT_ROOT = Path(__file__).resolve().parents[2]


def print_dir(root: Path) -> Path:
    """The kit's print templates; a kit without its own (a test fixture) uses the project's."""
    own = root / "handouts"
    return own if (own / "page.html").is_file() else PROJECT_ROOT / "handouts"


def print_extras(root: Path, module: str, lang: str, reg: Register, mode: str, to_root: str = "",
                 glossary: bool = True) -> str:
    """The module's glossary terms (unless a packet's pocket glossary has them) and its handout's sources."""
    meta = module_meta(root, module, lang)
    handout = root / "docs" / lang / "modules" / module / "handout.md"
    text = handout.read_text(encoding="utf-8") if handout.is_file() else ""
    out = ['<div class="print-extras" markdown>', ""]
    terms = [reg.glossary[t] for t in (meta.key_terms if meta and glossary else []) if t in reg.glossary]
    if terms:
        out += [f"## {label(lang, 'glossary')}", ""]
        out += [f"**{t.term[lang]}**: {t.definition[lang]}  " for t in terms]
        out.append("")
    sources = [reg.sources[s] for s in cited_sources(text, reg)]
    if sources:
        out += [f"## {label(lang, 'sources')}", ""]
        for s in sources:
            title = s.title if mode == "print" else f"[{s.title}]({to_root}reference/sources.md#{s.id})"
            out.append(f"- **{s.short[lang]}**: *{title}*. {s.publisher}.")
        out.append("")
    out += ["</div>", ""]
    return "\n".join(out)


def _font_css() -> str:
    faces = []
    for weight, style in ((400, "normal"), (700, "normal"), (400, "italic"), (700, "italic")):
        path = fontpkg.path(FONT_FAMILY, weight, style)
        faces.append(f"@font-face {{ font-family: 'Kit Sans'; font-weight: {weight}; font-style: {style}; "
                     f"src: url('{path.as_uri()}'); }}")
    return "\n".join(faces)


def _notes_box(body_html: str, lang: str) -> str:
    """A ruled notes box after the 'Notes' heading."""
    heading = re.compile(rf"<h2[^>]*>\s*{re.escape(label(lang, 'notes'))}\s*</h2>(\s*<p>.*?</p>)?", re.DOTALL)
    lines = '<div class="notes-box" aria-hidden="true">' + '<div class="rule"></div>' * 5 + "</div>"
    return heading.sub(lambda m: m.group(0) + lines, body_html, count=1)


def _qr_svg(url: str) -> str:
    import segno

    return segno.make(url, error="m").svg_inline(scale=2, dark="#000", light=None, omitsize=False)


def markdown_to_print_html(md_text: str, lang: str, reg: Register) -> str:
    """Kit Markdown to HTML for paper: citations as plain text, site links unlinked, a ruled box under Notes."""
    md = render(md_text, lang, reg, "print")
    md = re.sub(r"\]\((?!https?:)[^)]*\)", "]", md)  # site-relative links mean nothing on paper
    md = re.sub(r"\[([^\]\n]+)\](?!\()", r"\1", md)
    md = md.translate(PRINT_GLYPHS)
    return _notes_box(markdown.markdown(md, extensions=MARKDOWN_EXTENSIONS, output_format="html"), lang)


def page_body_html(root: Path, module: str, kind: str, lang: str, reg: Register, glossary: bool = True) -> str:
    """One module page (handout or facilitator guide) as print HTML, with its agenda or its glossary and sources."""
    path = root / "docs" / lang / "modules" / module / f"{kind}.md"
    _, body, _ = split_front_matter(path.read_text(encoding="utf-8"))
    meta = module_meta(root, module, lang)
    if kind == "facilitator" and meta:
        body = body.replace(AGENDA_MARKER, agenda_markdown(meta, lang))
    if kind == "handout":
        body += "\n\n" + print_extras(root, module, lang, reg, "print", glossary=glossary)
    return markdown_to_print_html(body, lang, reg)


def document_html(root: Path, lang: str, title: str, kind: str, kind_label: str, sections: list[str],
                  options: PrintOptions, online: str | None = None) -> str:
    """A printable document: the sections in order, each starting on a new page, in the print template."""
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(print_dir(root)), autoescape=True)
    page_of = label(lang, "page_of")
    return env.get_template("page.html").render(
        lang=lang, title=title, kind=kind, kind_label=kind_label, kit=label(lang, "kit"),
        sections=sections, font_css=_font_css(), large=options.large_print, paper=options.paper,
        page_word=page_of.split("{page}")[0].strip(), of_word=page_of.split("{page}")[1].split("{pages}")[0].strip(),
        license=label(lang, "license"), online_label=label(lang, "online"), online=online,
        qr=_qr_svg(online) if online else None, subject=f"{label(lang, 'kit')} — {title}",
    )


def handout_html(root: Path, module: str, kind: str, lang: str, reg: Register, options: PrintOptions) -> str:
    meta = module_meta(root, module, lang)
    online = f"{options.site_url.rstrip('/')}/{lang}/modules/{module}/{kind}.html" if options.site_url else None
    return document_html(root, lang, meta.title if meta else module, kind, label(lang, kind),
                         [page_body_html(root, module, kind, lang, reg)], options, online)


def write_pdf(html_text: str, base: Path, out: Path) -> None:
    import weasyprint

    out.parent.mkdir(parents=True, exist_ok=True)
    document = weasyprint.HTML(string=html_text, base_url=str(base) + "/")
    document.write_pdf(out, pdf_variant="pdf/ua-1", uncompressed_pdf=False, full_fonts=False)

