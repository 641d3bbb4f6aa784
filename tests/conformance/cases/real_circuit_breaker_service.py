"""A circuit breaker around a flaky dependency: an Enum state machine on time.monotonic(),
logging each transition, exceptions chained with `from`, and a traceback summary."""
import asyncio
import enum
import logging
import sys
import time
import traceback

logging.basicConfig(stream=sys.stdout, format="%(asctime)s %(name)s %(levelname)s: %(message)s", level=logging.INFO)
log = logging.getLogger("breaker")


class State(enum.Enum):
    CLOSED = "closed"
    OPEN = "open"
    HALF_OPEN = "half-open"


class CircuitOpen(Exception):
    pass


class Breaker:
    def __init__(self, threshold=2, reset_after=1.0):
        self.threshold, self.reset_after = threshold, reset_after
        self.state, self.failures, self.opened_at = State.CLOSED, 0, 0.0

    def _move(self, new):
        log.info("%s -> %s", self.state.value, new.value)
        self.state = new

    async def call(self, fn, *args):
        if self.state is State.OPEN:
            if time.monotonic() - self.opened_at >= self.reset_after:
                self._move(State.HALF_OPEN)
            else:
                raise CircuitOpen(f"open for another {self.reset_after - (time.monotonic() - self.opened_at):.2f}s")
        try:
            result = await fn(*args)
        except ConnectionError as exc:
            self.failures += 1
            if self.state is State.HALF_OPEN or self.failures >= self.threshold:
                self.opened_at = time.monotonic()
                self._move(State.OPEN)
            raise RuntimeError(f"dependency failed ({self.failures})") from exc
        if self.state is State.HALF_OPEN:
            self._move(State.CLOSED)
        self.failures = 0
        return result


OUTAGE = (0.25, 1.6)


async def dependency(n):
    await asyncio.sleep(0.1)
    if OUTAGE[0] <= time.monotonic() < OUTAGE[1]:
        raise ConnectionResetError(104, "Connection reset by peer")
    return n * 2


async def main():
    breaker = Breaker()
    outcomes = []
    for n in range(14):
        try:
            outcomes.append(await breaker.call(dependency, n))
        except CircuitOpen as exc:
            outcomes.append("open")
            log.warning("short-circuited: %s", exc)
        except RuntimeError as exc:
            outcomes.append("err")
            cause = exc.__cause__
            print("  cause:", type(cause).__name__, cause.errno, cause.strerror, isinstance(cause, OSError))
            if n == 2:
                lines = traceback.format_exception_only(exc)
                print("  ", lines[-1].strip())
        await asyncio.sleep(0.15)
    print(outcomes)
    print("final:", breaker.state, f"{time.monotonic():.2f}")


asyncio.run(main())
