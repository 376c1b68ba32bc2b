"""Content-hash caching: an unchanged input gives back the stored output instead of redoing the work."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

CACHE_DIR = Path(".cache") / "solidarity-kit"


def digest(*parts: bytes | str) -> str:
    h = hashlib.sha256()
    for part in parts:
        h.update(part.encode("utf-8") if isinstance(part, str) else part)
        h.update(b"\0")
    return h.hexdigest()[:32]


def tree_digest(bases: dict[str, Path]) -> str:
    """A hash of the names (relative to each labelled base) and bytes of every file under the bases."""
    h = hashlib.sha256()
    for name, base in sorted(bases.items()):
        files = [base] if base.is_file() else sorted(p for p in base.rglob("*") if p.is_file())
        for f in files:
            if "__pycache__" in f.parts:
                continue
            rel = f.relative_to(base).as_posix() if f != base else ""
            h.update(f"{name}/{rel}".encode())
            h.update(f.read_bytes())
    return h.hexdigest()[:32]


def cache_path(root: Path, kind: str, key: str, suffix: str = "") -> Path:
    return root / CACHE_DIR / kind / f"{key}{suffix}"


def store_file(src: Path, dest: Path) -> None:
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".part")
    shutil.copyfile(src, tmp)
    tmp.replace(dest)


def store_tree(src: Path, dest: Path) -> None:
    tmp = dest.with_name(dest.name + ".part")
    shutil.rmtree(tmp, ignore_errors=True)
    shutil.copytree(src, tmp)
    shutil.rmtree(dest, ignore_errors=True)
    tmp.replace(dest)
