# Debug mode checks that only the loop's own thread calls its non-thread-safe methods: call_soon,
# call_later and call_at from another thread raise RuntimeError while the loop runs;
# call_soon_threadsafe is the way. Outside debug mode nothing is checked.
import asyncio
import threading


def from_thread(loop, label):
    for name, call in (
        ("call_soon", lambda: loop.call_soon(print, label, "soon")),
        ("call_later", lambda: loop.call_later(0.01, print, label, "later")),
        ("call_at", lambda: loop.call_at(loop.time() + 0.02, print, label, "at")),
    ):
        try:
            call()
            print(label, name, "accepted in", threading.current_thread().name)
        except RuntimeError as e:
            print(label, name, "RuntimeError:", e)
    loop.call_soon_threadsafe(print, label, "threadsafe")
    return label


async def main(label):
    loop = asyncio.get_running_loop()
    print(await asyncio.to_thread(from_thread, loop, label))
    await asyncio.sleep(0.1)
    loop.call_soon(print, label, "own thread")
    await asyncio.sleep(0)


asyncio.run(main("debug"), debug=True)
asyncio.run(main("plain"))
