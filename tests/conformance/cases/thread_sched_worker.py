# sched driven from a thread (the threads' virtual clock: 3.13 only, as the other thread cases): the
# worker sleeps toward its only event while the main thread adds one due earlier, which waits for
# the worker's sleep to end, as CPython's scheduler does.
import sched
import threading
import time

start = time.monotonic()


def remind(what):
    print(f"{round(time.monotonic() - start, 3):6.3f} {what}")


s2 = sched.scheduler()
s2.enter(1.0, 1, remind, ("late",))
worker = threading.Thread(target=s2.run)
worker.start()
time.sleep(0.1)
s2.enter(0.2, 1, remind, ("added from main",))
worker.join()
print("done", round(time.monotonic() - start, 3), s2.queue)
