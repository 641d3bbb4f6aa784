"""A project inventory: build a tree with pathlib in a temp dir, walk it, copy and archive."""
import os
import shutil
import tempfile
from pathlib import Path, PurePosixPath

FILES = {
    "src/app/__init__.py": "",
    "src/app/main.py": "print('hi')\n" * 3,
    "src/app/util.py": "def f():\n    return 1\n",
    "tests/test_main.py": "def test():\n    assert True\n",
    "docs/index.md": "# Title\n\nSome text.\n",
    "docs/img/logo.svg": "<svg/>",
    "README.md": "readme\n",
    ".gitignore": "__pycache__/\n",
}

root = Path(tempfile.mkdtemp(prefix="inv-"))
for rel, text in FILES.items():
    p = root / rel
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(text)

print("is dir:", root.is_dir(), "name starts:", root.name.startswith("inv-"))
py = sorted(p.relative_to(root).as_posix() for p in root.rglob("*.py"))
print("python files:", py)
print("top level:", sorted(p.name for p in root.iterdir()))
print("md in docs:", [p.name for p in sorted((root / "docs").glob("*.md"))])

sizes = {}
for dirpath, dirnames, filenames in os.walk(root):
    dirnames.sort()
    rel = Path(dirpath).relative_to(root).as_posix()
    sizes[rel] = sum((Path(dirpath) / f).stat().st_size for f in filenames)
for d, s in sorted(sizes.items()):
    print(f"  {d:<10} {s:>4} bytes")

by_suffix = {}
for p in root.rglob("*"):
    if p.is_file():
        by_suffix.setdefault(p.suffix or "(none)", []).append(p.stem)
for suffix in sorted(by_suffix):
    print(f"{suffix:>7}: {sorted(by_suffix[suffix])}")

backup = root / "backup"
shutil.copytree(root / "src", backup / "src")
print("copied:", sorted(p.relative_to(backup).as_posix() for p in backup.rglob("*") if p.is_file()))
(root / "README.md").rename(root / "README.txt")
print("renamed:", (root / "README.txt").exists(), (root / "README.md").exists())
(root / "docs" / "img" / "logo.svg").unlink()
(root / "docs" / "img").rmdir()
print("docs now:", sorted(p.name for p in (root / "docs").iterdir()))

pp = PurePosixPath("/srv/data/archive.tar.gz")
print(pp.suffix, pp.suffixes, pp.stem, pp.parent, pp.with_suffix(".zip"), pp.parts[:3])
print(PurePosixPath("a/b/../c").as_posix(), PurePosixPath("a") / "b" / "c.txt")
with open(root / "src/app/main.py") as f:
    print("lines in main:", sum(1 for _ in f))
shutil.rmtree(root)
print("cleaned:", not root.exists())
