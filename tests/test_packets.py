"""Packets read back from the PDF: sections in order, key text, page counts, metadata and tagging."""

from pathlib import Path

from pypdf import PdfReader

from conftest import PROJECT
from solidarity_kit.build import BuildResult
from solidarity_kit.handouts import PrintOptions, write_pdf
from solidarity_kit.packets import build_packets
from solidarity_kit.register import load_register
from solidarity_kit.workshops import load_plans


def text(reader: PdfReader) -> str:
    return "\n".join(page.extract_text() for page in reader.pages)


def in_order(haystack: str, needles: list[str]) -> bool:
    at = 0
    for needle in needles:
        at = haystack.find(needle, at)
        if at == -1:
            return False
    return True


def render(kit: Path, tmp: Path, lang: str, options: PrintOptions) -> dict[str, PdfReader]:
    reg, _ = load_register(kit)
    (plan,), _ = load_plans(kit)
    out = {}
    for packet in build_packets(kit, plan.plan, lang, reg, options):
        path = tmp / packet.name(options)
        write_pdf(packet.html, PROJECT / "handouts", path)
        out[packet.audience] = PdfReader(path)
    return out


def test_participant_packet_sections_in_order(minimal_kit: Path, tmp_path: Path):
    packet = render(minimal_kit, tmp_path, "en", PrintOptions())["participant"]
    body = text(packet)
    assert in_order(body, ["A demo evening", "Participant packet", "Date:", "Agenda", "18:00–19:00",
                           "The union began in 1992", "Pocket glossary", "rank and file", "Action plan",
                           "Evaluation", "Name one thing"])
    assert len(packet.pages) == 6  # cover, agenda, handout, glossary, action plan, evaluation
    assert packet.metadata.title == "A demo evening — Participant packet"


def test_facilitator_packet_has_clock_times_cuts_sign_in_and_materials(minimal_kit: Path, tmp_path: Path):
    packet = render(minimal_kit, tmp_path, "es", PrintOptions())["facilitator"]
    body = text(packet)
    assert in_order(body, ["Cuaderno para facilitar", "Agenda con horarios", "18:00", "Ronda de apertura",
                           "interpretación consecutiva", "Card one", "Lista de asistencia", "opcionales",
                           "Lista de materiales"])
    root = packet.trailer["/Root"]
    assert root["/Lang"] == "es" and "/StructTreeRoot" in root


def body_size(reader: PdfReader) -> float:
    """The most common font size of running text, in points."""
    sizes: list[float] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if len(text.strip()) > 15:
            sizes.append(round(size * tm[3] * cm[3], 1))

    for page in reader.pages:
        page.extract_text(visitor_text=visit)
    return max(set(sizes), key=sizes.count)


def test_large_print_a4_packet(minimal_kit: Path, tmp_path: Path):
    regular = render(minimal_kit, tmp_path, "en", PrintOptions())["participant"]
    large = render(minimal_kit, tmp_path, "en", PrintOptions(paper="a4", large_print=True))["participant"]
    assert body_size(regular) < 12
    assert body_size(large) >= 16
    assert round(float(large.pages[0].mediabox[2])) == 595


def test_real_kit_packets_are_built_for_every_plan(built_kit: BuildResult):
    packets = built_kit.out / "packets"
    for lang in ("en", "es"):
        names = sorted(p.name for p in (packets / lang).glob("*.pdf"))
        assert names == sorted(f"{plan}-{who}.pdf" for plan in ("introduction", "half-day", "full-day", "study-circle")
                               for who in ("participant", "facilitator"))
    full_day = PdfReader(packets / "en" / "full-day-facilitator.pdf")
    body = text(full_day)
    assert in_order(body, ["Timed agenda", "9:00", "Why workers organize across borders", "Lunch",
                           "Facilitator guide", "Sign-in sheet", "Materials checklist"])
    fonts = {str(f.get_object()["/BaseFont"]) for page in full_day.pages for f in page["/Resources"]["/Font"].values()}
    assert len(fonts) <= 4, f"one subset per face for the whole packet: {fonts}"


def test_print_page_lists_every_pdf(built_kit: BuildResult):
    page = (built_kit.out / "site" / "en" / "print" / "index.html").read_text()
    assert "full-day-facilitator.pdf" in page and "solidarity-not-charity-handout.pdf" in page
    plan = (built_kit.out / "site" / "es" / "workshops" / "full-day.html").read_text()
    assert "Comida" in plan and "Cuaderno para participantes" in plan
