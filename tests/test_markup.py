from pathlib import Path

from solidarity_kit.markup import cited_sources, refs, render
from solidarity_kit.register import load_register


def test_refs_with_lines():
    text = "Intro\nIn 1992 [@a-fact] the [[term-x|rank and file]] met.\n[@b-fact]"
    assert [(r.kind, r.id, r.line) for r in refs(text)] == [
        ("fact", "a-fact", 2), ("term", "term-x", 2), ("fact", "b-fact", 3)]


def test_site_rendering_links_to_reference_pages(minimal_kit: Path):
    reg, _ = load_register(minimal_kit)
    out = render("Founded [@demo-founded]; [[demo-term]] and [[demo-term|base]].", "es", reg, "site", "../../")
    assert "([Prueba 2020](../../reference/sources.md#demo-source" in out
    assert "[de base](../../reference/glossary.md#demo-term" in out
    assert "[base](../../reference/glossary.md#demo-term" in out


def test_print_rendering_has_no_links(minimal_kit: Path):
    reg, _ = load_register(minimal_kit)
    out = render("Founded [@demo-founded] by the [[demo-term]].", "en", reg, "print")
    assert out == ('Founded <span class="cite">(Demo 2020)</span> by the <span class="term">rank and file</span>.')


def test_unknown_ids_are_left_for_the_checks(minimal_kit: Path):
    reg, _ = load_register(minimal_kit)
    assert render("[@nope] [[nope]]", "en", reg, "site") == "[@nope] [[nope]]"


def test_cited_sources_in_order(minimal_kit: Path):
    reg, _ = load_register(minimal_kit)
    assert cited_sources("x [@demo-members] y [@demo-founded]", reg) == ["demo-source"]


def test_citations_side_by_side_show_each_source_once(minimal_kit: Path):
    reg, _ = load_register(minimal_kit)
    out = render("Both [@demo-founded] [@demo-members].", "es", reg, "print")
    assert out == 'Both <span class="cite">(Prueba 2020)</span>.'
