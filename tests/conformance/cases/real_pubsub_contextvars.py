"""In-process pub/sub: a broker fans messages out to subscriber queues; a context variable
carries the correlation id from the publisher's task into the log lines of the handler."""
import asyncio
import contextvars
import itertools
import logging
import sys
from dataclasses import dataclass, field

correlation_id = contextvars.ContextVar("correlation_id", default="none")
_ids = itertools.count(1)


class ContextFilter(logging.Filter):
    def filter(self, record):
        record.cid = correlation_id.get()
        return True


handler = logging.StreamHandler(sys.stdout)
handler.addFilter(ContextFilter())
handler.setFormatter(logging.Formatter("%(asctime)s.%(msecs)03d %(taskName)-10s cid=%(cid)s %(message)s", "%M:%S"))
log = logging.getLogger("bus")
log.addHandler(handler)
log.setLevel(logging.INFO)


@dataclass
class Message:
    topic: str
    payload: dict
    cid: str = field(default_factory=lambda: correlation_id.get())


class Broker:
    def __init__(self):
        self.subs: dict[str, list[asyncio.Queue]] = {}

    def subscribe(self, topic, maxsize=0):
        q = asyncio.Queue(maxsize)
        self.subs.setdefault(topic, []).append(q)
        return q

    async def publish(self, topic, payload):
        msg = Message(topic, payload)
        for q in self.subs.get(topic, []):
            await q.put(msg)
        log.info("published %s to %d subscriber(s)", topic, len(self.subs.get(topic, [])))


async def subscriber(name, q, delay):
    while True:
        msg = await q.get()
        token = correlation_id.set(msg.cid)
        try:
            await asyncio.sleep(delay)
            log.info("%s handled %s %s", name, msg.topic, msg.payload)
        finally:
            correlation_id.reset(token)
            q.task_done()


async def request(broker, user):
    correlation_id.set(f"c{next(_ids)}-{user}")
    await broker.publish("signup", {"user": user})
    await asyncio.sleep(0.05)
    await broker.publish("email", {"to": f"{user}@example.com"})


async def main():
    broker = Broker()
    queues = [broker.subscribe("signup"), broker.subscribe("signup", maxsize=1), broker.subscribe("email")]
    subs = [asyncio.create_task(subscriber(n, q, d), name=n) for n, q, d in zip(["audit", "crm", "mailer"], queues, [0.01, 0.2, 0.1])]
    async with asyncio.TaskGroup() as tg:
        for user in ["ann", "bob", "cy"]:
            tg.create_task(request(broker, user), name=f"req-{user}")
    for q in queues:
        await q.join()
    print("main still sees cid:", correlation_id.get())
    for t in subs:
        t.cancel()
    await asyncio.gather(*subs, return_exceptions=True)
    print("all cancelled:", all(t.cancelled() for t in subs))


asyncio.run(main())
