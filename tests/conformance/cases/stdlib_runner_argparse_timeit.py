# A small command-line tool as people write them: argparse options with defaults (run with no
# arguments), an asyncio.Runner reused for two phases, timeit around a callable, and the clock
# in ctime/asctime.
import argparse
import asyncio
import time
import timeit
import builtins

parser = argparse.ArgumentParser(description="Poll a few services and report which answered in time.")
parser.add_argument("services", nargs="*", help="names of the services to poll")
parser.add_argument("-n", "--rounds", type=int, default=2, help="how many polling rounds to run")
parser.add_argument("--delay", type=float, default=0.5)
parser.add_argument("-q", "--quiet", action="store_true", help="only print the summary at the end of every round, not each reply")
parser.add_argument("--mode", choices=["fast", "careful"], default="fast", help="pacing")
args = parser.parse_args()
print(args)
print(parser.format_usage(), end="")
parser.print_help()
print(parser.parse_args(["-n", "3", "db", "cache", "--mode=careful", "-q"]))
try:
    parser.parse_args(["--rounds", "many"])
except SystemExit as e:
    print("exit status", e.code)
try:
    parser.parse_args(["--mode", "lazy"])
except SystemExit as e:
    print("exit status", e.code)

services = args.services or ["db", "cache", "queue"]


async def poll(name, i):
    await asyncio.sleep(args.delay * (i + 1))
    return f"{name}: ok at {time.ctime()}"


async def round_(k):
    replies = await asyncio.gather(*(poll(s, i) for i, s in enumerate(services)))
    for r in replies:
        print(k, r)
    return len(replies)


with asyncio.Runner() as runner:
    total = sum(runner.run(round_(k)) for k in range(args.rounds))
    print("replies", total, "loop time", runner.get_loop().time())
try:
    runner.run(round_(9))
except RuntimeError as e:
    print("after close:", e)

print(time.asctime(time.gmtime(86400 * 365.25 * 30)), time.ctime(1e9))
print(timeit.timeit(lambda: sum(range(100)), number=50), timeit.Timer(lambda: None).repeat(2, 3))
print(builtins.len("abc"), builtins.max is max)
