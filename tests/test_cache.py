from pathlib import Path

from solidarity_kit.cache import digest, store_tree, tree_digest


def test_tree_digest_follows_names_and_bytes(tmp_path: Path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.txt").write_text("one")
    first = tree_digest({"a": tmp_path / "a"})
    assert tree_digest({"a": tmp_path / "a"}) == first
    (tmp_path / "a" / "x.txt").write_text("two")
    assert tree_digest({"a": tmp_path / "a"}) != first
    assert tree_digest({"missing": tmp_path / "nope"}) == tree_digest({})


def test_digest_separates_parts():
    assert digest("ab", "c") != digest("a", "bc")


def test_store_tree_replaces_whole(tmp_path: Path):
    src, dest = tmp_path / "src", tmp_path / "dest"
    src.mkdir()
    (src / "new").write_text("n")
    dest.mkdir()
    (dest / "old").write_text("o")
    store_tree(src, dest)
    assert sorted(p.name for p in dest.iterdir()) == ["new"]
