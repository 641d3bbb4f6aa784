"""A thumbnail pipeline: blocking "resize" calls run in a thread pool through
run_in_executor, metadata reads go through asyncio.to_thread, and results are
gathered and summarised."""
import asyncio
import functools
import threading
import time
from concurrent.futures import ThreadPoolExecutor

IMAGES = {"cat.png": (800, 600), "dog.jpg": (1024, 768), "bird.gif": (320, 240), "fish.png": (640, 480), "owl.jpg": (2048, 1536)}


def resize(name, size, scale=0.25):
    w, h = size
    cost = (w * h) / 4_000_000
    time.sleep(cost)
    who = threading.current_thread().name
    return name, (int(w * scale), int(h * scale)), who


def read_metadata(name):
    time.sleep(0.05)
    ext = name.rsplit(".", 1)[-1]
    return {"name": name, "format": ext.upper(), "bytes": len(name) * 1000}


async def process(loop, pool, name):
    started = loop.time()
    meta = await asyncio.to_thread(read_metadata, name)
    job = functools.partial(resize, name, IMAGES[name], scale=0.5 if meta["format"] == "PNG" else 0.25)
    out_name, thumb, worker = await loop.run_in_executor(pool, job)
    took = loop.time() - started
    print(f"{loop.time():.3f} {out_name:<9} -> {thumb[0]}x{thumb[1]} on {worker} ({took:.3f}s)")
    return out_name, thumb


async def main():
    loop = asyncio.get_running_loop()
    with ThreadPoolExecutor(max_workers=2, thread_name_prefix="resizer") as pool:
        results = await asyncio.gather(*(process(loop, pool, n) for n in IMAGES))
    total = sum(w * h for _, (w, h) in results)
    print("total thumbnail pixels:", total)
    print("done at", round(loop.time(), 3), "threads alive:", threading.active_count())


asyncio.run(main())
