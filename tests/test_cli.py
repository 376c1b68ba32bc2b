"""The command line: findings as path:line: CODE message, a non-zero exit, never a traceback."""

import subprocess
import sys
from pathlib import Path

from conftest import copy_fixture


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "solidarity_kit.cli", *args], capture_output=True, text=True)


def test_check_clean_kit(minimal_kit: Path):
    result = run("--root", str(minimal_kit), "check")
    assert result.returncode == 0
    assert result.stdout == ""


def test_check_prints_findings_and_fails(tmp_path: Path):
    kit = copy_fixture(tmp_path, "unknown-fact")
    result = run("--root", str(kit), "check")
    assert result.returncode == 1
    assert result.stdout.splitlines()[0] == "docs/en/modules/demo/index.md:5: REF001 unknown fact 'demo-friends'"
    assert result.stdout.splitlines()[1].strip().startswith("hint:")
    assert "Traceback" not in result.stderr


def test_failed_build_says_nothing_was_built(tmp_path: Path):
    kit = copy_fixture(tmp_path, "invalid-yaml")
    result = run("--root", str(kit), "build", "--quiet")
    assert result.returncode == 1
    assert "seeds/facts.yml:8: YAML001" in result.stdout
    assert "build/ is as it was" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (kit / "build").exists()


def test_build_prints_where_results_are(minimal_kit: Path):
    result = run("--root", str(minimal_kit), "build", "--quiet")
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"{minimal_kit}/build/site/en/index.html" in result.stdout
    assert f"{minimal_kit}/build/handouts/es/demo-handout.pdf" in result.stdout
