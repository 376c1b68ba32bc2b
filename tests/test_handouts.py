"""Print output read back from the PDF: pages, text, metadata, tagging, fonts."""

from pathlib import Path

import pytest
from pypdf import PdfReader

from solidarity_kit.handouts import PrintOptions, handout_html, pdf_name, write_pdf
from solidarity_kit.register import load_register


@pytest.fixture
def demo_pdf(minimal_kit: Path, tmp_path: Path):
    def render(kind: str = "handout", lang: str = "en", options: PrintOptions | None = None) -> PdfReader:
        reg, _ = load_register(minimal_kit)
        out = tmp_path / pdf_name("demo", kind, options)
        write_pdf(handout_html(minimal_kit, "demo", kind, lang, reg, options or PrintOptions()),
                  Path(__file__).resolve().parents[1] / "handouts", out)
        return PdfReader(out)
    return render


def text_of(reader: PdfReader) -> str:
    return "\n".join(page.extract_text() for page in reader.pages)


def test_handout_text_header_footer_and_extras(demo_pdf):
    reader = demo_pdf()
    text = text_of(reader)
    assert len(reader.pages) == 1
    assert "The union began in 1992 (Demo 2020)" in text
    assert "Solidarity Across Borders" in text  # running header
    assert "page 1 of 1" in text
    assert "Glossary" in text and "rank and file: The members of a union who hold no office." in text
    assert "Sources" in text and "A small test document" in text


def test_spanish_handout_speaks_spanish(demo_pdf):
    text = text_of(demo_pdf(lang="es"))
    assert "página 1 de 1" in text
    assert "Glosario" in text and "Fuentes" in text
    assert "(Prueba 2020)" in text


def test_metadata_tagging_and_embedded_subset_fonts(demo_pdf):
    reader = demo_pdf()
    meta = reader.metadata
    assert meta.title == "Demo module — Handout"
    assert meta.author == "Solidarity Across Borders"
    assert meta.subject == "Solidarity Across Borders — Demo module"
    root = reader.trailer["/Root"]
    assert root["/Lang"] == "en"
    assert bool(root["/MarkInfo"]["/Marked"])
    assert "/StructTreeRoot" in root
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            assert "/FontFile2" in descriptor, "fonts are embedded"
            fonts.add(str(font["/BaseFont"]))
    assert fonts and all("+" in name for name in fonts), f"fonts are subset: {fonts}"


def test_facilitator_guide_has_its_agenda_and_cards(demo_pdf):
    text = text_of(demo_pdf("facilitator"))
    assert "0:00–0:10" in text and "Opening round" in text
    assert "Card one" in text


def test_large_print_and_a4(demo_pdf):
    regular = demo_pdf()
    large = demo_pdf(options=PrintOptions(paper="a4", large_print=True))
    assert len(large.pages) > len(regular.pages) or len(large.pages) >= 1
    width, height = (float(x) for x in large.pages[0].mediabox[2:])
    assert (round(width), round(height)) == (595, 842)  # A4 in points
    width, height = (float(x) for x in regular.pages[0].mediabox[2:])
    assert (round(width), round(height)) == (612, 792)  # US Letter


def test_qr_code_only_with_a_site_url(minimal_kit: Path):
    reg, _ = load_register(minimal_kit)
    plain = handout_html(minimal_kit, "demo", "handout", "en", reg, PrintOptions())
    online = handout_html(minimal_kit, "demo", "handout", "en", reg, PrintOptions(site_url="https://kit.example.org/"))
    assert "<svg" not in plain
    assert "<svg" in online and "https://kit.example.org/en/modules/demo/handout.html" in online
