"""YAML reading that remembers where each mapping starts, so findings can name the line."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from .findings import Finding

LINE_KEY = "__line__"


class _LineLoader(yaml.SafeLoader):
    pass


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> dict[str, Any]:
    mapping = loader.construct_mapping(node, deep=True)
    mapping[LINE_KEY] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def parse_yaml(text: str, display_path: str, line_offset: int = 0) -> tuple[Any, list[Finding]]:
    """Parse YAML text; mappings carry their first line under LINE_KEY (shifted by line_offset)."""
    try:
        data = yaml.load(text, Loader=_LineLoader)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None) or getattr(err, "context_mark", None)
        line = (mark.line + 1 if mark else 1) + line_offset
        problem = getattr(err, "problem", None) or str(err).splitlines()[0]
        return None, [
            Finding(display_path, line, "YAML001", f"invalid YAML: {problem}",
                    "check indentation, colons and quotes near this line"),
        ]
    if line_offset:
        _shift_lines(data, line_offset)
    return data, []


def load_yaml(path: Path, display_path: str) -> tuple[Any, list[Finding]]:
    return parse_yaml(path.read_text(encoding="utf-8"), display_path)


def _shift_lines(data: Any, offset: int) -> None:
    if isinstance(data, dict):
        if LINE_KEY in data:
            data[LINE_KEY] += offset
        for value in data.values():
            _shift_lines(value, offset)
    elif isinstance(data, list):
        for item in data:
            _shift_lines(item, offset)


def strip_lines(data: Any) -> Any:
    """A copy of data without the line markers (for validation)."""
    if isinstance(data, dict):
        return {k: strip_lines(v) for k, v in data.items() if k != LINE_KEY}
    if isinstance(data, list):
        return [strip_lines(item) for item in data]
    return data


def line_of(data: Any, default: int = 1) -> int:
    return data.get(LINE_KEY, default) if isinstance(data, dict) else default
