# Exit codes, join with a timeout, is_alive, daemon children, current_process() names.
import multiprocessing
import sys
import time


def ok(delay):
    time.sleep(delay)
    print("ok in", multiprocessing.current_process().name)


def fails():
    time.sleep(0.5)
    raise ValueError("boom in the child")


def exits():
    time.sleep(0.25)
    sys.exit(3)


if __name__ == "__main__":
    slow = multiprocessing.Process(target=ok, args=(2,), name="slow")
    bad = multiprocessing.Process(target=fails)
    leaving = multiprocessing.Process(target=exits)
    for p in (slow, bad, leaving):
        p.start()
    print("names:", slow.name, bad.name, leaving.name)
    slow.join(timeout=1)
    print(f"after join(1): t={time.time()}, alive={slow.is_alive()}, exitcode={slow.exitcode}")
    for p in (bad, leaving):
        p.join()
        print(p.name, "exitcode", p.exitcode, "alive", p.is_alive())
    slow.join()
    print(f"slow exitcode {slow.exitcode} at {time.time()}")
    print("main is", multiprocessing.current_process().name)
