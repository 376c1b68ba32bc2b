from pathlib import Path

from solidarity_kit.reference import PAGES, format_date, timeline_page
from solidarity_kit.register import load_register


def test_dates_read_naturally_in_each_language():
    assert format_date("2024-02-27", "en") == "February 27, 2024"
    assert format_date("2024-02-27", "es") == "27 de febrero de 2024"
    assert format_date("2013-12", "es") == "diciembre de 2013"
    assert format_date("1992", "en") == "1992"


def test_every_reference_page_in_both_languages(minimal_kit: Path):
    reg, _ = load_register(minimal_kit)
    for uri, make in PAGES.items():
        for lang in ("en", "es"):
            page = make(reg, lang)
            assert page.startswith("# "), uri
    timeline = timeline_page(reg, "es")
    assert "## Antes del TLCAN" in timeline and '<span id="demo-founding"></span>**1992**' in timeline
    assert "Se funda el sindicato de prueba ([Prueba 2020](sources.md#demo-source))" in timeline
