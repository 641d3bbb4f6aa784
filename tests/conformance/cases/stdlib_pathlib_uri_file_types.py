# PurePath.as_uri (percent-quoted bytes; a relative path is a ValueError) and Path's file-type
# questions on an ordinary file, a directory and a missing path: nothing is a socket, FIFO or
# device; '/' is a mount point; lstat is stat where there are no links.
import os
import pathlib
import tempfile

for p in [pathlib.PurePosixPath("/etc/hosts"), pathlib.PurePosixPath("/a b/c%d/é#?"), pathlib.Path("/"),
          pathlib.PurePosixPath("//host/share")]:
    print(p.as_uri())
try:
    pathlib.PurePosixPath("rel/x").as_uri()
except ValueError as e:
    print("ValueError", e)

d = pathlib.Path(tempfile.mkdtemp())
f = d / "f.txt"
f.write_text("hello")
for label, p in [("file", f), ("dir", d), ("missing", d / "missing"), ("root", pathlib.Path("/"))]:
    print(label, p.is_socket(), p.is_fifo(), p.is_block_device(), p.is_char_device(), p.is_mount())
print(f.lstat().st_size, f.lstat().st_mode == f.stat().st_mode)
try:
    (d / "missing").lstat()
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
