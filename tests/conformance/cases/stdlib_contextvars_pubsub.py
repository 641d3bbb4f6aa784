"""Pub/sub with a request id in a ContextVar: each subscriber task inherits the id of the
context it was created in, and a message handler sets its own without touching the others."""
import asyncio
import contextvars
from collections import defaultdict

request_id = contextvars.ContextVar("request_id", default="none")
hops = contextvars.ContextVar("hops", default=0)


def trace(msg):
    print(f"[{request_id.get():>7} hop={hops.get()}] {msg}")


class Broker:
    def __init__(self):
        self.topics = defaultdict(list)

    def subscribe(self, topic):
        queue = asyncio.Queue()
        self.topics[topic].append(queue)
        return queue

    async def publish(self, topic, payload):
        trace(f"publish {topic}: {payload}")
        for queue in self.topics[topic]:
            # Each delivery carries the publisher's context along with the message.
            await queue.put((contextvars.copy_context(), payload))


async def handle(name, payload):
    hops.set(hops.get() + 1)
    await asyncio.sleep(0.05)
    trace(f"{name} handled {payload!r}")
    return f"{name}:{payload}"


async def subscriber(name, broker, topic, count, done):
    queue = broker.subscribe(topic)
    trace(f"{name} subscribed to {topic}")
    for _ in range(count):
        ctx, payload = await queue.get()
        task = asyncio.create_task(handle(name, payload), context=ctx)
        done.append(await task)
    trace(f"{name} finished")


async def publisher(broker, rid, items):
    request_id.set(rid)
    for item in items:
        await broker.publish("orders", item)
        await asyncio.sleep(0.1)


async def main():
    request_id.set("boot")
    broker = Broker()
    done = []
    async with asyncio.TaskGroup() as tg:
        tg.create_task(subscriber("audit", broker, "orders", 4, done))
        tg.create_task(subscriber("mailer", broker, "orders", 4, done))
        await asyncio.sleep(0)
        tg.create_task(publisher(broker, "req-1", ["apple", "pear"]))
        tg.create_task(publisher(broker, "req-2", ["fig", "kiwi"]))
    trace(f"all done: {len(done)} deliveries")
    loop = asyncio.get_running_loop()
    request_id.set("late")
    loop.call_later(0.01, trace, "timer callback")
    request_id.set("after")
    await asyncio.sleep(0.02)
    trace("main end")


asyncio.run(main())
trace("outside")
