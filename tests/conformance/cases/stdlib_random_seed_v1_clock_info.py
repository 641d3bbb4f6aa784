# random.seed(a, version=1) folds a str's code points (bytes: as Latin-1) into 64 bits, the old
# string hash, before seeding; a bytearray with version 1 goes to the C seeder, which cannot hash
# it. time.get_clock_info(name) describes each clock as CPython on Linux does (Pyodide's 3.14: the
# wall clock to the millisecond, process time by C's clock(), no thread clock).
import random
import sys
import time

for seed in ["text", "", "a", "héllo wörld ☃", "\U0001f600 emoji", b"bytes", b"\xff\x80abc", b""]:
    random.seed(seed, version=1)
    print(repr(seed), random.random(), random.randint(1, 1000))
r = random.Random()
r.seed("abc", version=1)
print(r.random(), r.choice("abcdef"))
random.seed("x", version=True)
print(random.random())
random.seed(12345, version=1)
print(random.random())
random.seed("same", version=2)
print(random.random())
try:
    random.seed(bytearray(b"ab"), version=1)
except TypeError as e:
    print("TypeError:", e)
random.seed(bytearray(b"ab"))
print(random.random())

names = ['time', 'monotonic', 'perf_counter', 'process_time']
if sys.version_info < (3, 14):
    names.append('thread_time')
for name in names:
    info = time.get_clock_info(name)
    print(name, info, info.implementation, info.monotonic, info.adjustable, info.resolution)
for bad in ['nope', 'TIME', 'thread_time' if sys.version_info >= (3, 14) else 'clock']:
    try:
        time.get_clock_info(bad)
    except ValueError as e:
        print(repr(bad), e)
for call in [lambda: time.get_clock_info(1), lambda: time.get_clock_info(None), lambda: time.get_clock_info(),
             lambda: time.get_clock_info(name='time'), lambda: time.get_clock_info('time', 'x')]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
info = time.get_clock_info('time')
info.extra = 1
print(info, info == time.get_clock_info('time'), type(info).__name__, time.get_clock_info)
