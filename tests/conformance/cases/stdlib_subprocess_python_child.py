# A child Python ('python -c CODE'): its output, exit status, traceback on stderr, argv and stdin.
import subprocess
import sys

def child(code, *args, **kw):
    r = subprocess.run([sys.executable, '-c', code, *args], capture_output=True, text=True, **kw)
    print('status', r.returncode, 'stdout', repr(r.stdout))
    if r.stderr:
        print(r.stderr, end='')

child('print(6 * 7)')
child('import sys\nprint(sys.argv)', 'one', 'two')
child('import sys\nsys.exit(3)')
child('import sys\nsys.exit("a message")')
child('raise SystemExit(256)')
child('import sys\nsys.exit(-1)')
child('raise SystemExit')
child('def f(x):\n    return x / 0\n\nprint("before")\nf(1)\n')
child('d = {"a": 1}\nprint(d["b"])')
child('import json\nraise ValueError("bad " + json.dumps([1, 2]))')
child('x = (1 +\n')
child('x = 1 +* 2')
child('print(input()); print(input().upper())', input='first\nsecond\n')
child('import sys\nsys.stderr.write("to stderr\\n")\nprint(len(sys.stdin.read()))', input='12345')
child('for i in range(3):\n    print(i, end=" ")\nprint()')
child('class A:\n    def __repr__(self):\n        return "A()"\nprint([A(), A()])')
child('import time\nprint("no time passes", time.time() >= 0)')

p = subprocess.Popen(['python3', '-c', 'import sys\nfor line in sys.stdin:\n    print(line.strip()[::-1])'],
                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
out, err = p.communicate('abc\nhello\n')
print(repr(out), err, p.returncode, p)

p = subprocess.Popen([sys.executable, '-c', 'print("a")\nprint("b")\nprint("c")'], stdout=subprocess.PIPE)
print(p.stdout.readline())
print(p.stdout.read())
print(p.wait(), p.poll())

with subprocess.Popen(['python3', '-c', 'print("with")'], stdout=subprocess.PIPE, text=True) as p:
    for line in p.stdout:
        print('line', repr(line))
print(p.returncode)
print(subprocess.check_output([sys.executable, '-c', 'print("check_output")'], text=True), end='')
grandchild = '''import subprocess
subprocess.run(["echo", "from a grandchild"])
print("from the child")
subprocess.run(["python3", "-c", "import sys; sys.stderr.write('grandchild stderr\\\\n'); sys.exit(2)"])
subprocess.run("echo dropped", shell=True, stdout=subprocess.DEVNULL)
'''
child(grandchild)
