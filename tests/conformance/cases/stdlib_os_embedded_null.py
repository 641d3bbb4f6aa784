# A path with a NUL in it is refused before any file is looked at: open()'s "embedded null byte",
# and an os function naming itself and the argument (for a str path from 3.13 on; 3.11 and 3.12
# said "embedded null byte" for a str and named the function only for bytes). os.path's tests say
# False, and linecache's getline raises up to 3.12 (3.13 catches the ValueError and gives '').
import linecache
import os

calls = {
    "stat": lambda: os.stat("a\0b"),
    "stat bytes": lambda: os.stat(b"a\0b"),
    "lstat": lambda: os.lstat("a\0"),
    "open": lambda: open("x\0"),
    "open bytes": lambda: open(b"x\0", "rb"),
    "listdir": lambda: os.listdir("a\0"),
    "listdir bytes": lambda: os.listdir(b"a\0"),
    "scandir": lambda: os.scandir("a\0"),
    "mkdir": lambda: os.mkdir("new\0dir"),
    "makedirs": lambda: os.makedirs("deep\0/er"),
    "rmdir": lambda: os.rmdir("a\0"),
    "remove": lambda: os.remove("\0"),
    "unlink": lambda: os.unlink("a\0"),
    "rename src": lambda: os.rename("a\0", "b"),
    "rename dst": lambda: os.rename("a", "b\0"),
    "replace": lambda: os.replace("a", b"b\0"),
    "os.open": lambda: os.open("a\0", os.O_RDONLY),
    "chmod": lambda: os.chmod("a\0", 0o644),
    "access": lambda: os.access("a\0", os.R_OK),
    "chdir": lambda: os.chdir("a\0"),
    "exists": lambda: os.path.exists("a\0"),
    "isfile": lambda: os.path.isfile("a\0"),
    "isdir": lambda: os.path.isdir(b"a\0"),
    "getline": lambda: linecache.getline("bad\0name.py", 1),
    "getlines": lambda: linecache.getlines("bad\0name.py"),
}
for what, call in calls.items():
    try:
        print(f"{what:<14}", repr(call()))
    except ValueError as e:
        print(f"{what:<14}", "ValueError", e)
print(os.unlink.__name__, os.replace.__name__, os.remove.__name__, os.rename.__name__)
