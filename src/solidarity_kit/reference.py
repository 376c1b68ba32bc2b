"""Reference pages generated from the register: timeline, glossary, organizations, sources."""

from __future__ import annotations

from itertools import groupby

from .labels import COUNTRIES, label, word
from .register import Fact, Register

PERIODS: tuple[tuple[int, int, dict[str, str]], ...] = (
    (0, 1993, {"en": "Before NAFTA", "es": "Antes del TLCAN"}),
    (1994, 2003, {"en": "NAFTA's first decade", "es": "La primera década del TLCAN"}),
    (2004, 2016, {"en": "Networks across three countries", "es": "Redes en tres países"}),
    (2017, 9999, {"en": "Reform, the USMCA and new unions", "es": "Reforma, T-MEC y sindicatos nuevos"}),
)

TITLES: dict[str, dict[str, str]] = {
    "timeline": {"en": "Timeline", "es": "Cronología"},
    "glossary": {"en": "Glossary", "es": "Glosario"},
    "organizations": {"en": "Organizations", "es": "Organizaciones"},
    "sources": {"en": "Sources", "es": "Fuentes"},
}

KIND_NAMES: dict[str, dict[str, str]] = {
    "union": {"en": "Unions", "es": "Sindicatos"},
    "federation": {"en": "Federations and confederations", "es": "Federaciones y centrales"},
    "network": {"en": "Networks and alliances", "es": "Redes y alianzas"},
    "agency": {"en": "Government agencies", "es": "Dependencias de gobierno"},
    "government": {"en": "Government bodies", "es": "Órganos de gobierno"},
    "court": {"en": "Courts", "es": "Tribunales"},
    "intergovernmental": {"en": "International bodies", "es": "Organismos internacionales"},
    "research": {"en": "Research and education centers", "es": "Centros de investigación y educación"},
    "ngo": {"en": "Organizations and campaigns", "es": "Organizaciones y campañas"},
    "foundation": {"en": "Foundations", "es": "Fundaciones"},
    "employer": {"en": "Employers", "es": "Empresas"},
    "party": {"en": "Political parties", "es": "Partidos políticos"},
}

MONTHS: dict[str, list[str]] = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"],
}


def format_date(date: str, lang: str) -> str:
    parts = date.split("-")
    if len(parts) == 1:
        return parts[0]
    month = MONTHS[lang][int(parts[1]) - 1]
    if len(parts) == 2:
        return f"{month} {parts[0]}" if lang == "en" else f"{month} de {parts[0]}"
    day = int(parts[2])
    return f"{month} {day}, {parts[0]}" if lang == "en" else f"{day} de {month} de {parts[0]}"


def _period(year: int, lang: str) -> str:
    return next(names[lang] for lo, hi, names in PERIODS if lo <= year <= hi)


def timeline_page(reg: Register, lang: str) -> str:
    lines = [f"# {TITLES['timeline'][lang]}", ""]
    events = sorted(reg.timeline.values(), key=lambda e: (e.date, e.id))
    for period, group in groupby(events, key=lambda e: _period(int(e.date[:4]), lang)):
        lines += [f"## {period}", ""]
        for e in group:
            src = reg.sources.get(e.source)
            cite = f" ([{src.short[lang]}](sources.md#{src.id}))" if src else ""
            lines.append(f'- <span id="{e.id}"></span>**{format_date(e.date, lang)}** — {e.title[lang]}{cite}')
        lines.append("")
    return "\n".join(lines)


def glossary_page(reg: Register, lang: str) -> str:
    other = "es" if lang == "en" else "en"
    lines = [f"# {TITLES['glossary'][lang]}", ""]
    for t in sorted(reg.glossary.values(), key=lambda t: t.term[lang].casefold()):
        lines += [f"### {t.term[lang]} {{ #{t.id} }}", "",
                  f"*{label(lang, 'other_language')}: {t.term[other]}*", "", t.definition[lang], ""]
    return "\n".join(lines)


def organizations_page(reg: Register, lang: str) -> str:
    lines = [f"# {TITLES['organizations'][lang]}", ""]
    orgs = sorted(reg.organizations.values(), key=lambda o: (o.country, o.kind, o.name_original.casefold()))
    for country, by_country in groupby(orgs, key=lambda o: o.country):
        lines += [f"## {word(COUNTRIES, country, lang)}", ""]
        for kind, by_kind in groupby(by_country, key=lambda o: o.kind):
            lines += [f"### {word(KIND_NAMES, kind, lang)}", ""]
            for o in by_kind:
                name = o.name_original if o.name_original == o.name_en else f"{o.name_original} ({o.name_en})"
                acronym = f"**{o.acronym}** — " if o.acronym else ""
                lines.append(f'- <span id="{o.id}"></span>{acronym}{name}: {o.description[lang]}')
            lines.append("")
    return "\n".join(lines)


def discrepancies(reg: Register) -> list[Fact]:
    return [f for f in reg.facts.values() if f.discrepancy]


def sources_page(reg: Register, lang: str) -> str:
    lines = [f"# {TITLES['sources'][lang]}", ""]
    for s in reg.sources.values():
        who, when = ", ".join(s.authors), format_date(s.date, lang)
        lines += [f"## {s.title} {{ #{s.id} }}", "",
                  f"**{label(lang, 'cited_as')}:** {s.short[lang]} · {who} · {s.publisher} · {when}",
                  "", f"*{s.covers[lang]}*", "", s.summary[lang], ""]
    notes = discrepancies(reg)
    if notes:
        lines += [f"## {label(lang, 'discrepancies')} {{ #discrepancies }}", ""]
        for f in notes:
            assert f.discrepancy is not None
            short = reg.sources[f.source].short[lang] if f.source in reg.sources else f.source
            lines.append(f'- <span id="{f.id}"></span>{f.discrepancy[lang]} ({short})')
        lines.append("")
    return "\n".join(lines)


PAGES = {
    "reference/timeline.md": timeline_page,
    "reference/glossary.md": glossary_page,
    "reference/organizations.md": organizations_page,
    "reference/sources.md": sources_page,
}
