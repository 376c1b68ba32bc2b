from pathlib import Path

from solidarity_kit.content import load_modules, split_front_matter


def test_front_matter_split_keeps_body_line_numbers():
    front, body, line = split_front_matter("---\na: 1\nb: 2\n---\n# Title\n")
    assert front == "a: 1\nb: 2\n"
    assert body == "# Title\n"
    assert line == 5


def test_page_without_front_matter():
    front, body, line = split_front_matter("# Title\n")
    assert front is None and body == "# Title\n" and line == 1


def test_modules_load_in_both_languages(minimal_kit: Path):
    modules, findings = load_modules(minimal_kit)
    assert findings == []
    (module,) = modules
    assert module.id == "demo"
    assert set(module.meta) == {"en", "es"}
    assert module.meta["es"].title == "Módulo de prueba"
    assert [s.minutes for s in module.meta["en"].agenda] == [10, 15, 10, 15, 10]
    assert module.pages[("en", "index")].body_line == 1
    assert module.pages[("en", "facilitator")].body_line == 46


def test_bad_front_matter_is_a_schema_finding(minimal_kit: Path):
    guide = minimal_kit / "docs" / "en" / "modules" / "demo" / "facilitator.md"
    guide.write_text(guide.read_text().replace("method: go-round", "method: lecture-ish"))
    _, findings = load_modules(minimal_kit)
    assert [(f.code, f.line) for f in findings] == [("SCHEMA002", 15)]
    assert "agenda.0.method" in findings[0].message
