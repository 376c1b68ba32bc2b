from pathlib import Path

from solidarity_kit.register import load_register


def test_minimal_register_loads(minimal_kit: Path):
    reg, findings = load_register(minimal_kit)
    assert findings == []
    assert set(reg.facts) == {"demo-founded", "demo-members"}
    assert reg.facts["demo-founded"].value == 1992
    assert reg.glossary["demo-term"].term["es"] == "de base"
    assert reg.timeline["demo-founding"].precision == "year"
    assert reg.where("facts", "demo-members") == ("seeds/facts.yml", 8)


def test_duplicate_ids_are_reported_at_the_second_entry(minimal_kit: Path):
    facts = minimal_kit / "seeds" / "facts.yml"
    facts.write_text(facts.read_text().replace("id: demo-members", "id: demo-founded"))
    _, findings = load_register(minimal_kit)
    assert [(f.code, f.line) for f in findings] == [("REG003", 8)]


def test_schema_errors_name_the_field_and_line(minimal_kit: Path):
    facts = minimal_kit / "seeds" / "facts.yml"
    facts.write_text(facts.read_text().replace('as_of: "2020-05"\n  value: 300', 'as_of: "May 2020"\n  value: 300'))
    reg, findings = load_register(minimal_kit)
    assert [(f.code, f.line) for f in findings] == [("SCHEMA001", 8)]
    assert "as_of" in findings[0].message
    assert "demo-members" not in reg.facts
    assert reg.reported("facts", "demo-members")


def test_a_unit_without_a_value_is_refused(minimal_kit: Path):
    facts = minimal_kit / "seeds" / "facts.yml"
    facts.write_text(facts.read_text().replace("  value: 300\n", ""))
    _, findings = load_register(minimal_kit)
    assert [f.code for f in findings] == ["SCHEMA001"]
    assert "unit" in findings[0].message


def test_missing_register_file(minimal_kit: Path):
    (minimal_kit / "seeds" / "timeline.yml").unlink()
    reg, findings = load_register(minimal_kit)
    assert [f.code for f in findings] == ["REG001"]
    assert reg.reported("timeline", "anything")


def test_precision_follows_the_date(minimal_kit: Path):
    tl = minimal_kit / "seeds" / "timeline.yml"
    tl.write_text(tl.read_text().replace('date: "1992"', 'date: "1992-03-04"'))
    reg, _ = load_register(minimal_kit)
    assert reg.timeline["demo-founding"].precision == "day"
