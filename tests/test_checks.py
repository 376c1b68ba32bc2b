"""Every broken fixture kit gives exactly its expected findings; the real kit gives none."""

from pathlib import Path

import pytest

from conftest import BROKEN, BUILD_ONLY, PROJECT, copy_fixture, expected_findings
from solidarity_kit.checks import check_kit

CHECK_ONLY = [b for b in BROKEN if b not in BUILD_ONLY]


def test_minimal_kit_is_clean(minimal_kit: Path):
    _, findings = check_kit(minimal_kit)
    assert findings == []


@pytest.mark.parametrize("broken", CHECK_ONLY)
def test_broken_kit_gives_exactly_its_finding(tmp_path: Path, broken: str):
    kit = copy_fixture(tmp_path, broken)
    _, findings = check_kit(kit)
    got = [f"{f.code} {f.path}:{f.line}" for f in findings]
    assert got == expected_findings(broken)
    assert all(f.hint for f in findings), "every finding carries a hint"


def test_every_broken_kit_is_listed_with_an_expectation():
    assert len(BROKEN) >= 6
    for broken in BROKEN:
        assert expected_findings(broken), broken


def test_the_kit_itself_passes_its_checks():
    _, findings = check_kit(PROJECT)
    assert [f.format() for f in findings] == []


def test_a_cited_fact_missing_from_the_guide_list(minimal_kit: Path):
    page = minimal_kit / "docs" / "es" / "modules" / "demo" / "index.md"
    page.write_text(page.read_text() + "\nTenía 300 miembros [@demo-members].\n")
    _, findings = check_kit(minimal_kit)
    assert [(f.code, f.path, f.line) for f in findings] == [("FACT001", "docs/es/modules/demo/index.md", 1)]


def test_step_without_its_section(minimal_kit: Path):
    guide = minimal_kit / "docs" / "es" / "modules" / "demo" / "facilitator.md"
    guide.write_text(guide.read_text().replace("### Tarjetas\n", "### Otra cosa\n"))
    _, findings = check_kit(minimal_kit)
    assert [(f.code, f.line) for f in findings] == [("AGENDA005", 21)]


def test_untranslated_nav_title(minimal_kit: Path):
    config = minimal_kit / "mkdocs.es.yml"
    config.write_text(config.read_text().replace("    Demo: Prueba\n", ""))
    _, findings = check_kit(minimal_kit)
    assert [(f.code, f.path) for f in findings] == [("NAV003", "mkdocs.es.yml")]


def test_nav_entry_without_a_page(minimal_kit: Path):
    (minimal_kit / "docs" / "es" / "index.md").unlink()
    _, findings = check_kit(minimal_kit)
    assert [(f.code, f.path, f.line) for f in findings] == [("NAV002", "mkdocs.yml", 18)]


def test_a_figure_stated_by_the_cited_fact_is_backed(minimal_kit: Path):
    facts = minimal_kit / "seeds" / "facts.yml"
    facts.write_text(facts.read_text().replace("was founded in 1992.", "was founded in 1992 with 40 members."))
    page = minimal_kit / "docs" / "en" / "modules" / "demo" / "index.md"
    page.write_text(page.read_text() + "\nIt began with 40 members; the source wrote in 2020 [@demo-founded].\n"
                    "\nIt had 41 members [@demo-founded].\n")
    _, findings = check_kit(minimal_kit)
    assert [(f.code, f.line) for f in findings] == [("NUM001", 10)]
    assert "'41'" in findings[0].message


def test_short_version_that_does_not_add_up(minimal_kit: Path):
    for lang in ("en", "es"):
        guide = minimal_kit / "docs" / lang / "modules" / "demo" / "facilitator.md"
        guide.write_text(guide.read_text().replace("short_duration: 30", "short_duration: 35"))
    _, findings = check_kit(minimal_kit)
    assert [(f.code, f.path, f.line) for f in findings] == [("AGENDA002", "docs/en/modules/demo/facilitator.md", 14)]


def test_plan_named_unlike_its_file(minimal_kit: Path):
    plan = minimal_kit / "workshops" / "demo-evening.yml"
    plan.rename(plan.with_name("evening.yml"))
    _, findings = check_kit(minimal_kit)
    assert [(f.code, f.path) for f in findings] == [("PLAN004", "workshops/evening.yml")]
