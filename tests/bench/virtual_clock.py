"""Run a Python file under asyncio with a virtual clock: sleeps cost nothing.

`--time` runs it with its output kept in memory (as Loopline keeps it) and prints, for the run, the
wall seconds and the process's CPU seconds (time.process_time), measured inside the process, so
interpreter start-up is not part of the figure. `--time --runs N` runs it N times in the one process,
a line each: the first pays what a fresh process pays once (the allocator's first pages, about 450
minor page faults for the CPU-heavy bench program, and first-use costs); the later ones do not.

`python3 tests/bench/virtual_clock.py prog.py` is the reference the CLI bench compares `loopline run`
with: the same program, CPython's own (C) tasks, and a loop whose time() is a counter that jumps to
the next timer whenever nothing is ready, as Loopline's simulated clock does.
"""

import asyncio
import contextlib
import io
import runpy
import selectors
import sys
import time


class JumpingSelector(selectors.DefaultSelector):
    """Polls the real selector without waiting; when it would wait, moves the loop's clock instead."""

    def __init__(self):
        super().__init__()
        self.loop = None

    def select(self, timeout=None):
        events = super().select(0)
        if events or timeout is None or timeout <= 0:
            return events
        timers = self.loop._scheduled
        self.loop.now = timers[0]._when if timers else self.loop.now + timeout
        return []


class VirtualClockLoop(asyncio.SelectorEventLoop):
    def __init__(self):
        selector = JumpingSelector()
        super().__init__(selector)
        selector.loop = self
        self.now = 0.0

    def time(self):
        return self.now


class VirtualClockPolicy(asyncio.DefaultEventLoopPolicy):
    def new_event_loop(self):
        return VirtualClockLoop()


if __name__ == "__main__":
    timed = sys.argv[1:2] == ["--time"]
    args = sys.argv[2:] if timed else sys.argv[1:]
    runs = 1
    if timed and args[:1] == ["--runs"] and len(args) > 1 and args[1].isdigit():
        runs = int(args[1])
        args = args[2:]
    if len(args) != 1 or runs < 1:
        sys.exit("usage: virtual_clock.py [--time [--runs N]] PROGRAM.py")
    asyncio.set_event_loop_policy(VirtualClockPolicy())
    sys.argv = args
    if not timed:
        runpy.run_path(args[0], run_name="__main__")
    else:
        for _ in range(runs):
            wall = time.perf_counter()
            cpu = time.process_time()
            with contextlib.redirect_stdout(io.StringIO()):
                runpy.run_path(args[0], run_name="__main__")
            print(f"{time.perf_counter() - wall:.6f} {time.process_time() - cpu:.6f}")
