"""Shared fixtures: fixture kits copied to a temporary folder, and one full build of the real kit."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from solidarity_kit.build import BuildResult, build_all, copy_kit

PROJECT = Path(__file__).resolve().parents[1]
FIXTURES = PROJECT / "tests" / "fixtures"
BROKEN = sorted(p.name for p in (FIXTURES / "broken").iterdir() if p.is_dir())
BUILD_ONLY = {"broken-link", "notebook-error"}  # these pass the checks and fail later, in the build


def copy_fixture(dest: Path, broken: str | None = None) -> Path:
    """The minimal valid kit, with the files of one broken kit laid over it."""
    kit = dest / (broken or "minimal")
    shutil.copytree(FIXTURES / "minimal", kit)
    if broken:
        overlay = FIXTURES / "broken" / broken
        for f in overlay.rglob("*"):
            if f.is_file() and f.name not in ("expected.txt", "delete.txt"):
                target = kit / f.relative_to(overlay)
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(f, target)
        deletions = overlay / "delete.txt"
        if deletions.is_file():
            for rel in deletions.read_text().split():
                (kit / rel).unlink()
    return kit


def expected_findings(broken: str) -> list[str]:
    return (FIXTURES / "broken" / broken / "expected.txt").read_text().split("\n")[:-1]


def copy_project(dest: Path) -> Path:
    """The real kit's content and configuration, without build/, caches or the virtualenv."""
    return copy_kit(PROJECT, dest)


@pytest.fixture
def minimal_kit(tmp_path: Path) -> Path:
    return copy_fixture(tmp_path)


@pytest.fixture(scope="session")
def built_kit(tmp_path_factory: pytest.TempPathFactory) -> BuildResult:
    """One full build of the real kit, shared by the tests that read its output."""
    root = copy_project(tmp_path_factory.mktemp("kit"))
    return build_all(root)
