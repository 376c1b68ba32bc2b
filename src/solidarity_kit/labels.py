"""Words the kit's generated parts print, in each language. One place for every generated label."""

from __future__ import annotations

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "kit": "Solidarity Across Borders",
        "time": "Time", "minutes": "Min.", "step": "Step", "method": "Method", "stage": "Stage",
        "interpretation": "Interpreted room", "total": "Total",
        "agenda": "Agenda", "short_version": "Short version",
        "glossary": "Glossary", "sources": "Sources", "notes": "Notes",
        "page_of": "page {page} of {pages}", "handout": "Handout", "facilitator": "Facilitator guide",
        "participatory": "participatory minutes",
        "timeline": "Timeline", "organizations": "Organizations", "reference": "Reference",
        "discrepancies": "Where the sources disagree", "as_of": "as of", "cited_as": "Cited as",
        "country": "Country", "kind": "Kind", "summary": "Summary", "covers": "What it covers",
        "published": "Published", "other_language": "In Spanish", "online": "Online version",
        "license": "Content CC BY-SA 4.0",
    },
    "es": {
        "kit": "Solidaridad sin Fronteras",
        "time": "Hora", "minutes": "Min.", "step": "Paso", "method": "Método", "stage": "Etapa",
        "interpretation": "Sala con interpretación", "total": "Total",
        "agenda": "Agenda", "short_version": "Versión corta",
        "glossary": "Glosario", "sources": "Fuentes", "notes": "Notas",
        "page_of": "página {page} de {pages}", "handout": "Hoja para participantes",
        "facilitator": "Guía para facilitar",
        "participatory": "minutos participativos",
        "timeline": "Cronología", "organizations": "Organizaciones", "reference": "Consulta",
        "discrepancies": "Donde las fuentes no coinciden", "as_of": "a fecha de", "cited_as": "Se cita como",
        "country": "País", "kind": "Tipo", "summary": "Resumen", "covers": "De qué trata",
        "published": "Publicado", "other_language": "En inglés", "online": "Versión en línea",
        "license": "Contenido CC BY-SA 4.0",
    },
}

METHODS: dict[str, dict[str, str]] = {
    "go-round": {"en": "go-round", "es": "ronda"},
    "pair-share": {"en": "pairs", "es": "en parejas"},
    "small-group": {"en": "small groups", "es": "grupos pequeños"},
    "role-play": {"en": "role play", "es": "juego de roles"},
    "spectrum": {"en": "spectrum", "es": "espectro"},
    "mapping": {"en": "mapping", "es": "mapeo"},
    "gallery-walk": {"en": "gallery walk", "es": "galería"},
    "case-study": {"en": "case study", "es": "estudio de caso"},
    "mini-lecture": {"en": "short talk", "es": "charla breve"},
    "reading": {"en": "reading", "es": "lectura"},
    "plenary": {"en": "plenary", "es": "plenaria"},
}

STAGE_NAMES: dict[str, dict[str, str]] = {
    "experience": {"en": "our experience", "es": "nuestra experiencia"},
    "patterns": {"en": "patterns", "es": "patrones"},
    "new-information": {"en": "new information", "es": "información nueva"},
    "practice": {"en": "practice", "es": "práctica"},
    "action": {"en": "action", "es": "acción"},
}

INTERPRETATION: dict[str, dict[str, str]] = {
    "consecutive-ok": {"en": "consecutive works", "es": "funciona con consecutiva"},
    "simultaneous-preferred": {"en": "simultaneous preferred", "es": "mejor simultánea"},
    "bilingual-groups": {"en": "groups by language", "es": "grupos por idioma"},
}

COUNTRIES: dict[str, dict[str, str]] = {
    "MX": {"en": "Mexico", "es": "México"},
    "US": {"en": "United States", "es": "Estados Unidos"},
    "CA": {"en": "Canada", "es": "Canadá"},
    "QC": {"en": "Quebec", "es": "Quebec"},
    "intl": {"en": "International", "es": "Internacional"},
}


def label(lang: str, key: str) -> str:
    return LABELS[lang][key]


def word(table: dict[str, dict[str, str]], key: str, lang: str) -> str:
    return table.get(key, {}).get(lang, key)
