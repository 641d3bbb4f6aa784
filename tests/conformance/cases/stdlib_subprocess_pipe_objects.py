# The parent's ends of a child's pipes as file objects: with-blocks close them, a text pipe has no
# mode (io.TextIOWrapper) while a binary one has its raw file's, and reading a closed one fails.
import subprocess

p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
print(p.stdin.closed, hasattr(p.stdin, "mode"), hasattr(p.stdout, "mode"))
with p.stdin as w:
    w.write("hello\nworld\n")
print(p.stdin.closed)
with p.stdout as r:
    for line in r:
        print("got", line.rstrip())
print(p.stdout.closed, p.wait())
try:
    p.stdout.read()
except ValueError as e:
    print("closed:", e)

q = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
print(q.stdin.mode, q.stdout.mode, q.stdout.readable(), q.stdin.writable())
out, _ = q.communicate(b"abc")
print(out, q.returncode)
