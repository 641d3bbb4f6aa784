"""A Manager's synchronisation proxies shared by processes and pool workers: a Lock around a
shared list, an Event that starts the workers, a Condition, a Queue of results, a Semaphore
limiting the workers, a Barrier, and a Namespace and Array for settings and totals."""
import multiprocessing as mp
import time


def stage(i, start, lock, log, results, sem, barrier, ns, totals):
    start.wait()
    time.sleep(0.01 * i)
    with sem:
        time.sleep(0.1)
        with lock:
            log.append((i, round(time.time(), 1)))
    barrier.wait()
    results.put((i, ns.factor * i))
    totals[i] = ns.factor * i


def pool_task(args):
    i, lock, shared = args
    time.sleep(0.05 * i)
    with lock:
        shared[i] = f"task {i} at {time.time():.2f}"
    return i * 10


def waiter(cond, ready, i):
    with cond:
        while not ready.value:
            cond.wait()
        woke, seen = time.time(), ready.value
    # Both waiters wake together; each reports at its own later time, so the order is fixed.
    time.sleep(0.05 * (i + 1))
    print(f"w{i} woke at {woke:.1f}, ready={seen}, reported at {time.time():.2f}")


if __name__ == "__main__":
    with mp.Manager() as m:
        lock, start, sem = m.Lock(), m.Event(), m.Semaphore(2)
        log, results, barrier = m.list(), m.Queue(), m.Barrier(4)
        ns = m.Namespace(factor=3, label="run")
        totals = m.Array("i", [0] * 4)
        procs = [mp.Process(target=stage, args=(i, start, lock, log, results, sem, barrier, ns, totals))
                 for i in range(4)]
        for p in procs:
            p.start()
        time.sleep(0.2)
        print("event set at", round(time.time(), 1), start.is_set())
        start.set()
        got = sorted(results.get() for _ in range(4))
        for p in procs:
            p.join()
        print("log:", sorted(log), "results:", got)
        print("totals:", totals[:], len(totals), str(totals), ns, ns.label)
        print("queue empty:", results.empty(), results.qsize(), "barrier:", barrier.parties, barrier.n_waiting, barrier.broken)

        shared = m.dict()
        with mp.Pool(2) as pool:
            print("pool:", pool.map(pool_task, [(i, lock, shared) for i in range(4)]))
        print(sorted(shared.items()))

        cond, ready = m.Condition(), m.Value("b", 0)
        ws = [mp.Process(target=waiter, args=(cond, ready, i)) for i in range(2)]
        for w in ws:
            w.start()
        time.sleep(0.5)
        with cond:
            ready.value = 1
            cond.notify_all()
        for w in ws:
            w.join()
        print("acquire:", lock.acquire(), lock.acquire(False), lock.acquire(True, 0.25), round(time.time(), 2))
        lock.release()
        rl = m.RLock()
        with rl:
            with rl:
                print("re-entered", rl.acquire(False))
            rl.release()
        ev = m.Event()
        print("wait:", ev.wait(0.3), round(time.time(), 2), str(ev).split(" at ")[0])
        for proxy in (lock, rl, sem, start, cond, results, barrier, ns, totals, shared, log, ready):
            print(repr(proxy).split(" at ")[0])
    print("done", round(time.time(), 2))
