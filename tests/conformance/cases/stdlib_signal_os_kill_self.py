# The program signals itself with os.kill: the handler runs before os.kill returns (CPython checks
# for signals at its end), given the caller's frame; an exception from a handler comes out of
# os.kill; SIG_IGN and the signals ignored by default do nothing; SIGINT's default handler raises
# KeyboardInterrupt (uncaught here: its traceback ends the program).
import os
import signal
import sys


def handler(signum, frame):
    print("handler", signal.Signals(signum).name, frame.f_code.co_name, frame.f_lineno)


old = signal.signal(signal.SIGUSR1, handler)
print("old", old, signal.getsignal(signal.SIGUSR1).__name__, signal.getsignal(signal.SIGINT))


def f():
    os.kill(os.getpid(), signal.SIGUSR1)
    print("after kill in f")


f()
signal.signal(signal.SIGTERM, lambda s, fr: print("term", s, fr.f_code.co_name))
os.kill(os.getpid(), signal.SIGTERM)
signal.signal(signal.SIGUSR2, signal.SIG_IGN)
os.kill(os.getpid(), signal.SIGUSR2)
os.kill(os.getpid(), signal.SIGCHLD)
os.kill(os.getpid(), signal.SIGWINCH)
os.kill(os.getpid(), 0)
print("ignored")
try:
    os.kill(os.getpid(), signal.SIGINT)
    print("not reached")
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", repr(e))


def raiser(s, fr):
    raise RuntimeError(f"from handler {s}")


signal.signal(signal.SIGUSR1, raiser)
try:
    os.kill(os.getpid(), signal.SIGUSR1)
except RuntimeError as e:
    print("caught", e)

count = []


def on_usr1(signum, frame):
    count.append(signum)
    if len(count) == 2:
        sys.exit(f"exit from handler after {len(count)}")


signal.signal(signal.SIGUSR1, on_usr1)
os.kill(os.getpid(), signal.SIGUSR1)
print("one", count)
try:
    for i in range(3):
        os.kill(os.getpid(), signal.SIGUSR1)
        print("loop", i)
except SystemExit as e:
    print("SystemExit", e, i)
for bad in [(os.getpid(), 99), (os.getpid(), "x"), ("1", 0), (os.getpid(), 1.5)]:
    try:
        os.kill(*bad)
    except Exception as e:
        print(type(e).__name__, e)
os.kill(os.getpid(), signal.SIGINT)
print("never")
