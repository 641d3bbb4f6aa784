# compare: stdout
from pathlib import Path, PurePath, PurePosixPath

paths = [PurePosixPath("/srv/app/data/report.tar.gz"), PurePath("logs", "2024", "run.log"),
         PurePosixPath("a//b/./c/"), PurePosixPath("//net/share"), PurePosixPath("."),
         PurePosixPath("/"), PurePosixPath(".bashrc"), PurePosixPath("notes."), PurePosixPath("x/../y")]
for p in paths:
    print(repr(p), str(p), p.parts, repr(p.name), repr(p.suffix), p.suffixes, repr(p.stem))
    print("  parent", p.parent, [str(q) for q in p.parents], p.is_absolute(), p.anchor, p.root)

base = PurePosixPath("/srv/app")
print(base / "static" / "index.html", "static" / PurePosixPath("css"), base / "/etc/hosts")
print(base.joinpath("a", "b"), base.with_name("web"), PurePosixPath("r.txt").with_suffix(".md"))
print(PurePosixPath("r.tar.gz").with_suffix(""), PurePosixPath("r.txt").with_stem("s"))
print(PurePosixPath("/srv/app/static/x.css").relative_to(base), base.is_relative_to("/srv"))
print(PurePosixPath("/a/b").relative_to("/a/c", walk_up=True))
for bad in (lambda: PurePosixPath("/srv").relative_to("/etc"),
            lambda: PurePosixPath("r.txt").with_suffix("md"),
            lambda: PurePosixPath("/").with_name("x"),
            lambda: PurePosixPath("a") / 3):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(PurePosixPath("a/b.py").match("*.py"), PurePosixPath("/a/b/c.py").match("b/*.py"),
      PurePosixPath("/a/b/c.py").match("/*.py"), PurePosixPath("a/b") == PurePosixPath("a//b/"))
print(sorted([PurePosixPath("b"), PurePosixPath("a/c"), PurePosixPath("a")]), hash(PurePosixPath("q")) == hash(PurePosixPath("q/")))
print(type(Path("x")).__name__, type(PurePath("x")).__name__, Path("no/such/file.txt").exists(), Path("~").is_dir())
print(Path("/tmp/../srv/./app").resolve(), Path("/srv/app").absolute(), isinstance(Path("a"), PurePath))
