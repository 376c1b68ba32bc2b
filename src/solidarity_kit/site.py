"""The website: MkDocs + Material, one build per language, warnings turned into findings."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from .findings import Finding
from .mkdocs_plugin import STAGE_ENV
from .siteconfig import CONFIG_FILES


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def build_language(root: Path, lang: str, site_dir: Path, stage: Path | None) -> list[Finding]:
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import Abort, ConfigurationError

    collect = _Collect()
    logger = logging.getLogger("mkdocs")
    logger.addHandler(collect)
    old_level, logger.level = logger.level, logging.WARNING
    if stage:
        os.environ[STAGE_ENV] = str(stage)
    try:
        config = load_config(config_file=str(root / CONFIG_FILES[lang]), site_dir=str(site_dir), strict=True)
        build(config)
    except (Abort, ConfigurationError) as err:
        collect.messages.append(str(err))
    finally:
        logger.removeHandler(collect)
        logger.level = old_level
        os.environ.pop(STAGE_ENV, None)
    return [Finding(CONFIG_FILES[lang], 1, "SITE001", _clean(m), "fix the page or link MkDocs names")
            for m in collect.messages if "Aborted with" not in m]


def _clean(message: str) -> str:
    return " ".join(message.split())


def language_chooser() -> str:
    """build/site/index.html: a plain page that sends each reader to their language."""
    links = "\n".join(f'<li><a href="{lang}/index.html" hreflang="{lang}" lang="{lang}">{name}</a></li>'
                      for lang, name in (("en", "English"), ("es", "Español")))
    return f"""<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Solidarity Across Borders / Solidaridad sin Fronteras</title>
<style>body{{font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;line-height:1.5}}
a{{color:#7a1f1f;font-size:1.3rem}}</style></head>
<body><main><h1>Solidarity Across Borders <span lang="es">/ Solidaridad sin Fronteras</span></h1>
<p>Choose your language · <span lang="es">Elige tu idioma</span></p>
<ul>
{links}
</ul></main></body></html>
"""

