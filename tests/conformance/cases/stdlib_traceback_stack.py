# traceback.extract_stack / format_stack / print_stack / walk_stack: the frames that called, outermost
# first, each at the line running now; only the program's own frames are compared (asyncio's have
# installation paths).
import asyncio
import os
import sys
import traceback

ME = os.path.basename(__file__)


def mine(summary):
    return [(fs.name, fs.lineno, fs.line) for fs in summary if os.path.basename(fs.filename) == ME]


def show_formatted(lines):
    for text in lines:
        first, _, rest = text.partition("\n")
        path, tail = first[len('  File "') :].split('"', 1)
        if os.path.basename(path) == ME:
            print(tail, "|", rest.strip())


def leaf(n):
    print("extract", mine(traceback.extract_stack()))
    print("limit", mine(traceback.extract_stack(limit=2)))
    show_formatted(traceback.format_stack())
    f = sys.exc_info()
    print(f)
    return n


def branch(n):
    total = leaf(n) + 1
    return total


branch(1)


def report(where):
    frames = []
    for f, n in traceback.walk_stack(None):
        if os.path.basename(f.f_code.co_filename) == ME:
            frames.append((f.f_code.co_name, n))
    print(where, frames)


def caller():
    report("walk")


def outer_caller():
    caller()


def outermost():
    outer_caller()


caller()
outermost()


async def step(i):
    await asyncio.sleep(0.1 * i)
    print("in task", i, mine(traceback.extract_stack()))


async def main():
    await step(0)
    await asyncio.gather(step(1), step(2))


asyncio.run(main())

try:
    leaf(traceback.print_stack(file=sys.stdout, limit=0))
except Exception as e:
    print("error", type(e).__name__)
