# A login prompt with getpass on piped standard input (no terminal, as the recorder runs it): the
# GetPassWarning CPython gives once per calling line, the prompt and the "may be echoed" notice on
# a stream the program passes (sys.stdout here, so they are seen), passwords read a line at a time,
# a program that feeds getpass through an io.StringIO in sys.stdin (no file descriptor: the other
# line), the end of input, and the warning turned into an error by a filter. Not recorded on 3.14:
# Pyodide has a /dev/tty of its own, so its getpass reads there (the machine's answer, not the version's).
import getpass
import hashlib
import io
import sys
import warnings

USERS = {"ana": hashlib.sha256(b"correct horse").hexdigest()}


def login(name, attempts=3):
    for n in range(1, attempts + 1):
        pw = getpass.getpass(f"Password for {name} (try {n}): ", stream=sys.stdout)
        if hashlib.sha256(pw.encode()).hexdigest() == USERS.get(name):
            print(f"welcome, {name}")
            return True
        print(f"wrong password {pw!r}")
    return False


print(getpass.getpass.__name__, getpass.__all__, issubclass(getpass.GetPassWarning, UserWarning))
login("ana")
pin = getpass.getpass(prompt="PIN: ", stream=sys.stdout)
print("pin", repr(pin))
print("no prompt", repr(getpass.getpass("", sys.stdout)))
print("to stderr", repr(getpass.getpass()))
print("prompt object", repr(getpass.getpass(42, sys.stdout)))

# A test harness's usual trick: the answers in an io.StringIO.
real = sys.stdin
sys.stdin = io.StringIO("from a string\nlast line without newline")
print(repr(getpass.getpass("first: ", sys.stdout)), repr(getpass.getpass("second: ", sys.stdout)))
try:
    getpass.getpass("third: ", sys.stdout)
except EOFError as e:
    print("EOFError", repr(e))
sys.stdin = real

buffer = io.StringIO()
print(repr(getpass.fallback_getpass("direct: ", buffer)), repr(buffer.getvalue()))

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    getpass.getpass("caught: ", io.StringIO())
    print([(w.category.__name__, str(w.message), w.lineno > 0) for w in caught])

with warnings.catch_warnings():
    warnings.simplefilter("error", getpass.GetPassWarning)
    try:
        getpass.getpass("strict: ", sys.stdout)
    except getpass.GetPassWarning as e:
        print("\nGetPassWarning raised:", e)

while True:
    try:
        line = getpass.getpass("more: ", stream=sys.stdout)
    except EOFError:
        print("\nend of input")
        break
    print("read", repr(line))
