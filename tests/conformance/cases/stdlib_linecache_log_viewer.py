# A log viewer over files on disk with linecache: lines by number around a match, a file that
# grows (stale until checkcache), one removed, clearcache; files without a final newline, with
# CRLF and lone CR endings, form feeds, empty ones, and the encodings a coding comment or byte
# order mark names; names that have no lines ("<string>", missing files, a folder, bad bytes).
import linecache
import os
import tempfile

root = tempfile.mkdtemp()


def path(name):
    return os.path.join(root, name)


def write(name, data, mode="w"):
    with open(path(name), mode) as f:
        f.write(data)


def show(name, numbers):
    for n in numbers:
        print(f"  {name}:{n} {linecache.getline(path(name), n)!r}")


write("app.log", "".join(f"12:00:{i:02d} {'ERROR' if i % 4 == 3 else 'INFO'} event {i}\n" for i in range(12)))
lines = linecache.getlines(path("app.log"))
print(len(lines), lines[:2])
for n, line in enumerate(lines, 1):
    if "ERROR" in line:
        print(f"match at {n}:")
        show("app.log", range(n - 1, n + 2))
show("app.log", [0, -1, 13, 100])
entry = linecache.cache[path("app.log")]
print(len(entry), entry[0], entry[2] is lines, entry[3] == path("app.log"))

# The file grows: the cache still has the old lines until checkcache sees the new size.
write("app.log", "12:00:12 INFO late event\n", "a")
print(len(linecache.getlines(path("app.log"))), repr(linecache.getline(path("app.log"), 13)))
linecache.checkcache(path("other.log"))
print(len(linecache.getlines(path("app.log"))))
linecache.checkcache(path("app.log"))
print(path("app.log") in linecache.cache)
print(len(linecache.getlines(path("app.log"))), repr(linecache.getline(path("app.log"), 13)))

# Removed: checkcache() drops it; getline then finds nothing.
write("gone.log", "a\nb\n")
print(linecache.getline(path("gone.log"), 2) == "b\n")
os.remove(path("gone.log"))
print(repr(linecache.getline(path("gone.log"), 2)))
linecache.checkcache()
print(path("gone.log") in linecache.cache, repr(linecache.getline(path("gone.log"), 2)))

# Endings and encodings.
write("tail.txt", "first\nlast without newline")
write("crlf.txt", b"one\r\ntwo\rthree\r\n\r\nfour", "wb")
write("ff.txt", "a\x0cb\x0bc\u2028d\x1ce\nend\n")
write("empty.txt", "")
write("blank.txt", "\n")
write("latin.py", "# -*- coding: latin-1 -*-\ns = 'caf\xe9'\n".encode("latin-1"), "wb")
write("latin2.py", "#!/usr/bin/env python3\n# vim: set fileencoding=iso-8859-1 :\nx = '\xfc'\n".encode("latin-1"), "wb")
write("third.py", "#\n#\n# coding: latin-1\nx = '\xfc'\n".encode("latin-1"), "wb")
write("bom.py", b"\xef\xbb\xbfprint('bom')\nx = 1\n", "wb")
write("bom_latin.py", b"\xef\xbb\xbf# coding: latin-1\nx = 1\n", "wb")
write("unknown.py", b"# coding: no-such-codec\nx = 1\n", "wb")
write("bad.txt", b"ok\n\xff\xfe bad\n", "wb")
write("utf8.txt", "na\u00efve \u2603\n\U0001f600\n")
for name in ["tail.txt", "crlf.txt", "ff.txt", "empty.txt", "blank.txt", "latin.py", "latin2.py", "third.py",
             "bom.py", "bom_latin.py", "unknown.py", "bad.txt", "utf8.txt"]:
    print(name, linecache.getlines(path(name)))
print(name, linecache.cache[path("empty.txt")][2], linecache.cache[path("empty.txt")][0])

# Names with no lines.
os.mkdir(path("folder"))
for name in ["<string>", "<stdin>", "", None, path("missing.txt"), path("folder"), "no_such_module_file.py"]:
    print(repr(name if name is None or not name.startswith(root) else name[len(root):]),
          linecache.getlines(name), repr(linecache.getline(name, 1)))
print(sorted(k[len(root):] for k in linecache.cache if isinstance(k, str) and k.startswith(root)))
for bad in [b"bytes", 5, ["list"]]:
    try:
        linecache.getline(bad, 1)
    except Exception as e:
        print(type(e).__name__, e)
try:
    linecache.getline(path("app.log"), "2")
except TypeError as e:
    print("TypeError", e)
linecache.clearcache()
print(len(linecache.cache), linecache.getline(path("app.log"), 2))
print(linecache.__all__)
