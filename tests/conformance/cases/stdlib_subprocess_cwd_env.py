# Children with Popen's cwd= and env=: what a shell expands ($VAR, ${VAR}, $?, $0, $1, with field
# splitting), its cd and pwd (dash's messages), a Python child's os.environ and os.getcwd()
# (with the locale coercion of PEP 538, and dash's order of what it exports), and the checks
# CPython makes of env and cwd in the parent.
import os
import subprocess
import sys
import tempfile

d = tempfile.mkdtemp()
os.makedirs(os.path.join(d, "a", "b"))


def show(r):
    print(repr(r.stdout.replace(d, "D")), repr(r.stderr.replace(d, "D")), r.returncode)


env = {"X": "one  two", "E": "", "HOME": d, "GREETING": "hello"}
show(subprocess.run("echo :$X: :\"$X\": :$E: \"$E\" $E$X$E end '$X' \\$X; echo $? ${X}x; false; echo $?",
                    shell=True, env=env, capture_output=True, text=True))
show(subprocess.run(["sh", "-c", "echo $0 $1 $2 :$3: $GREETING", "zero", "first", "second"], env=env,
                    capture_output=True, text=True))
show(subprocess.run(["/bin/sh", "-c", "echo $0"], env=env, capture_output=True, text=True))
show(subprocess.run("cd a; pwd; cd b && pwd; cd ../..; pwd; cd -; cd; pwd; echo $OLDPWD $PWD\n"
                    "cd missing || echo failed $?\ncd a/b/../b && echo $PWD", shell=True, cwd=d, env=env,
                    capture_output=True, text=True))
show(subprocess.run("cd nope && echo never", shell=True, cwd=d, capture_output=True, text=True))

code = "import os, sys; print(sorted(os.environ.items()), os.getcwd().replace(sys.argv[1], 'D'))"
show(subprocess.run([sys.executable, "-c", code, d], env={"Z": "1", "LANG": "C"}, cwd=os.path.join(d, "a"),
                    capture_output=True, text=True))
show(subprocess.run([sys.executable, "-c", code, d], env={"Z": "1", "LC_ALL": "C"}, cwd=d, capture_output=True,
                    text=True))
show(subprocess.run(f"cd a/b && {sys.executable} -c \"{code}\" {d}", shell=True,
                    env={"Z": "1", "LANG": "C.UTF-8", "PWD": "/nowhere"}, cwd=d, capture_output=True, text=True))
print(subprocess.check_output([sys.executable, "-c", "import os; print(list(os.environ))"],
                              env={"B": "1", "A": "2", "PATH": "/bin", "LANG": "C.UTF-8"}, text=True), end="")
print(subprocess.check_output(f"{sys.executable} -c 'import os; print(list(os.environ))'", shell=True,
                              env={"B": "1", "A": "2", "PATH": "/bin", "LANG": "C.UTF-8", "HOME": "/h", "USER": "u"},
                              text=True), end="")

os.environ["FROM_PARENT"] = "inherited"
print(subprocess.check_output("echo $FROM_PARENT", shell=True, text=True), end="")
print(subprocess.check_output([sys.executable, "-c", "import os; print(os.environ['FROM_PARENT'])"], text=True), end="")
with subprocess.Popen([sys.executable, "-c", "import os; os.environ['CHILD'] = '1'; os.chdir('..'); print(os.getcwd())"],
                      cwd=os.path.join(d, "a"), stdout=subprocess.PIPE, text=True) as p:
    print(p.stdout.read().replace(d, "D"), end="")
print("parent unchanged:", os.environ.get("CHILD"), os.getcwd() != d, "Z" in os.environ)

for kwargs in [{"cwd": os.path.join(d, "missing")}, {"cwd": d.encode() + b"/missing"}, {"env": {"A": 1}},
               {"env": {1: "A"}}, {"env": {"A=B": "1"}}]:
    try:
        subprocess.run(["echo", "x"], **kwargs)
    except (OSError, TypeError, ValueError) as e:
        print(type(e).__name__, str(e).replace(d, "D"), getattr(e, "errno", None))
with open(os.path.join(d, "file.txt"), "w") as f:
    f.write("not a directory")
try:
    subprocess.run("echo x", shell=True, cwd=os.path.join(d, "file.txt"))
except NotADirectoryError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename.replace(d, "D"))
