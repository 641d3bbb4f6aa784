# threading without asyncio: workers share a counter under a Lock, wait for a start Event, and
# pass jobs through a queue.Queue; the main thread joins them.
import queue
import threading
import time

counter = 0
lock = threading.Lock()
start = threading.Event()
jobs = queue.Queue()
results = queue.Queue()


def worker(n):
    global counter
    print(f"worker {n} ready")
    start.wait()
    while True:
        try:
            job = jobs.get(timeout=0.5)
        except queue.Empty:
            print(f"worker {n} idle, leaving at {time.monotonic():.1f}")
            return
        time.sleep(job)
        with lock:
            counter += 1
        results.put((n, job))
        jobs.task_done()


threads = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
for job in [0.3, 0.1, 0.2, 0.4, 0.1]:
    jobs.put(job)
print("active", threading.active_count(), threading.current_thread().name)
time.sleep(0.05)
start.set()
jobs.join()
print("all jobs done at", round(time.monotonic(), 2), "counter", counter)
while not results.empty():
    print(results.get())
for t in threads:
    t.join()
print("alive", [t.is_alive() for t in threads], round(time.monotonic(), 2))
