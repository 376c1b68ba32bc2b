"""Findings: what a check reports about the content, as data. Messages are formatted at the edge."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, order=True)
class Finding:
    path: str
    line: int
    code: str
    message: str
    hint: str = ""

    def format(self) -> str:
        text = f"{self.path}:{self.line}: {self.code} {self.message}"
        return f"{text}\n    hint: {self.hint}" if self.hint else text


def relpath(path: Path, root: Path) -> str:
    """A path as the user sees it: relative to the kit's root where possible."""
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


class ContentError(Exception):
    """Raised when content findings stop a build; carries the findings."""

    def __init__(self, findings: list[Finding]):
        super().__init__(f"{len(findings)} finding(s)")
        self.findings = findings
