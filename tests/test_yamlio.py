from solidarity_kit.yamlio import LINE_KEY, parse_yaml, strip_lines


def test_mappings_remember_their_first_line():
    data, findings = parse_yaml("- id: a\n  x: 1\n- id: b\n  nested:\n    y: 2\n", "f.yml")
    assert findings == []
    assert [item[LINE_KEY] for item in data] == [1, 3]
    assert data[1]["nested"][LINE_KEY] == 5


def test_line_offset_shifts_every_marker():
    data, _ = parse_yaml("id: a\nagenda:\n  - step: x\n", "f.md", line_offset=1)
    assert data[LINE_KEY] == 2
    assert data["agenda"][0][LINE_KEY] == 4


def test_invalid_yaml_is_a_finding_with_its_line():
    data, findings = parse_yaml("a: 1\nb: [1, 2\nc: 3\n", "seeds/x.yml")
    assert data is None
    assert len(findings) == 1
    assert findings[0].code == "YAML001"
    assert findings[0].path == "seeds/x.yml"
    assert findings[0].line == 3


def test_strip_lines_removes_only_markers():
    data, _ = parse_yaml("a:\n  b: [1, {c: 2}]\n", "f.yml")
    assert strip_lines(data) == {"a": {"b": [1, {"c": 2}]}}
