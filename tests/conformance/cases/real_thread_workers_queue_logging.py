"""Classic threaded worker pool: threading.Thread workers drain a queue.Queue, log with
%(threadName)s, update shared counters under a Lock, keep per-thread state in threading.local,
and a daemon monitor thread reports progress."""
import logging
import os
import queue
import sys
import threading
import time



class Formatter(logging.Formatter):
    def formatException(self, ei):
        # tracebacks name the file without its directory
        return super().formatException(ei).replace(__file__, os.path.basename(__file__))


handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(Formatter("%(asctime)s %(threadName)-9s %(levelname)s %(funcName)s:%(lineno)d %(message)s"))
logging.basicConfig(level=logging.DEBUG, handlers=[handler])
log = logging.getLogger(__name__)

tasks = queue.Queue()
results = queue.PriorityQueue()
lock = threading.Lock()
stats = {"done": 0, "failed": 0}
local = threading.local()


def work(item):
    time.sleep(0.1 * (item % 3 + 1))
    if item == 7:
        raise ValueError(f"item {item} is cursed")
    return item * item


def worker():
    local.count = 0
    while True:
        item = tasks.get()
        if item is None:
            tasks.task_done()
            break
        try:
            value = work(item)
        except ValueError:
            log.exception("failed on %d", item)
            with lock:
                stats["failed"] += 1
        else:
            results.put((item, value))
            local.count += 1
            with lock:
                stats["done"] += 1
        finally:
            tasks.task_done()
    log.info("exiting after %d items", local.count)


def monitor(stop):
    while not stop.wait(0.25):
        with lock:
            log.debug("progress %s, queue size %d", stats, tasks.qsize())


def main():
    stop = threading.Event()
    mon = threading.Thread(target=monitor, args=(stop,), name="monitor", daemon=True)
    mon.start()
    workers = [threading.Thread(target=worker, name=f"worker-{i}") for i in range(3)]
    for w in workers:
        w.start()
    for item in range(10):
        tasks.put(item)
    for _ in workers:
        tasks.put(None)
    tasks.join()
    for w in workers:
        w.join()
    stop.set()
    mon.join()
    out = []
    while not results.empty():
        out.append(results.get_nowait())
    log.info("results %s", out)
    print(stats, threading.current_thread().name, [w.is_alive() for w in workers], mon.daemon)


if __name__ == "__main__":
    main()
