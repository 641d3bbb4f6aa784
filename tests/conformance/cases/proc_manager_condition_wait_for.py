"""A Manager's Condition proxy and its wait_for: a predicate already true returns at once (no wait),
one made true by another process's notify returns when it is, and one that stays false returns its
false value at the deadline; a zero timeout checks once and gives up."""
import multiprocessing as mp
import time


def setter(cond, flag, delay):
    time.sleep(delay)
    with cond:
        flag.value = 7
        cond.notify_all()


if __name__ == "__main__":
    with mp.Manager() as m:
        cond, flag = m.Condition(), m.Value("i", 0)
        calls = []

        def ready():
            calls.append(round(time.time(), 2))
            return flag.value

        with cond:
            print("false at once, zero timeout:", cond.wait_for(ready, 0), len(calls))
        with cond:
            print("times out:", cond.wait_for(ready, 0.3), round(time.time(), 1))
        p = mp.Process(target=setter, args=(cond, flag, 0.4))
        p.start()
        with cond:
            got = cond.wait_for(ready)
            print("notified:", got, round(time.time(), 1))
        p.join()
        with cond:
            print("already true:", cond.wait_for(ready, 5), round(time.time(), 1))
        with cond:
            print("true with no timeout:", cond.wait_for(lambda: "yes"))
        print("predicate calls >= 5:", len(calls) >= 5)
    print("done")
