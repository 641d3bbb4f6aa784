# contextlib.chdir (3.11 on) changes the working directory for its block and restores it after,
# also when the block raises; one object reused nested unwinds in order; a missing directory
# raises at entry. The program removes what it made.
import contextlib
import os

start = os.getcwd()
os.makedirs("chdir_demo/inner", exist_ok=True)
with contextlib.chdir("chdir_demo"):
    print(os.path.basename(os.getcwd()), os.listdir("."))
    with contextlib.chdir("inner") as entered:
        print(os.path.relpath(os.getcwd(), start), entered)
        with open("note.txt", "w") as f:
            f.write("hi")
    print(os.path.relpath(os.getcwd(), start), os.path.exists("inner/note.txt"))
print(os.getcwd() == start)
try:
    with contextlib.chdir("chdir_demo/inner"):
        raise ValueError("inside")
except ValueError as e:
    print("ValueError:", e, os.getcwd() == start)
try:
    with contextlib.chdir("no-such-dir"):
        print("not reached")
except FileNotFoundError as e:
    print(type(e).__name__, e.strerror, e.filename, os.getcwd() == start)
cd = contextlib.chdir(os.path.join(start, "chdir_demo", "inner"))
with cd:
    with cd:
        print(os.path.relpath(os.getcwd(), start), len(cd._old_cwd))
    print(os.path.relpath(os.getcwd(), start), len(cd._old_cwd))
print(os.getcwd() == start, isinstance(cd, contextlib.AbstractContextManager))
os.remove("chdir_demo/inner/note.txt")
os.rmdir("chdir_demo/inner")
os.rmdir("chdir_demo")
print(os.path.exists("chdir_demo"))
