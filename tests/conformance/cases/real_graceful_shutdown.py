"""A service's main loop with graceful shutdown: a shutdown Event (set by a signal handler in
production, by a timer here), workers that finish their current job under shield, a
drain deadline with asyncio.wait, and a report of what was cut short."""
import asyncio
import signal
from dataclasses import dataclass, field
from enum import Enum, auto


class Phase(Enum):
    RUNNING = auto()
    DRAINING = auto()
    STOPPED = auto()


@dataclass
class Service:
    name: str
    phase: Phase = Phase.RUNNING
    done: list = field(default_factory=list)
    cut: list = field(default_factory=list)
    stop: asyncio.Event = field(default_factory=asyncio.Event)

    async def job(self, worker, n):
        await asyncio.sleep(0.3 + 0.1 * (n % 3))
        self.done.append((worker, n))
        return n

    async def worker(self, wid):
        n = wid
        while not self.stop.is_set():
            try:
                await asyncio.shield(self.job(wid, n))
            except asyncio.CancelledError:
                self.cut.append((wid, n))
                raise
            n += 3
        return wid


async def main():
    loop = asyncio.get_running_loop()
    svc = Service("ingest")
    loop.add_signal_handler(signal.SIGTERM, svc.stop.set)
    loop.call_later(1.0, svc.stop.set)
    workers = {asyncio.create_task(svc.worker(i), name=f"w{i}") for i in range(3)}
    stopper = asyncio.create_task(svc.stop.wait(), name="stopper")
    done, _ = await asyncio.wait({stopper}, return_when=asyncio.FIRST_COMPLETED)
    svc.phase = Phase.DRAINING
    print(f"{loop.time():.2f} {svc.name} {svc.phase.name}, done so far {len(svc.done)}")
    finished, pending = await asyncio.wait(workers, timeout=0.25)
    print(f"{loop.time():.2f} drained {sorted(t.get_name() for t in finished)}, pending {len(pending)}")
    for t in sorted(pending, key=lambda t: t.get_name()):
        t.cancel()
        try:
            await t
        except asyncio.CancelledError:
            print(f"  {t.get_name()} cancelled: {t.cancelled()}")
    svc.phase = Phase.STOPPED
    loop.remove_signal_handler(signal.SIGTERM)
    await asyncio.sleep(0.5)
    print(f"{loop.time():.2f} {svc.phase}: done={sorted(svc.done)} cut={sorted(svc.cut)}")
    print(signal.Signals.SIGTERM.name, int(signal.SIGTERM), signal.SIGINT.value)


asyncio.run(main())
