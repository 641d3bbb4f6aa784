# ProcessPoolExecutor keeps max_workers + 1 calls queued for its workers: those are running
# (cannot be cancelled) before a worker takes them; shutdown(cancel_futures=True) cancels only
# the calls still pending.
import time
from concurrent.futures import ProcessPoolExecutor


def job(n):
    time.sleep(n)
    return n


if __name__ == "__main__":
    ex = ProcessPoolExecutor(max_workers=2)
    futures = [ex.submit(job, n) for n in (1, 2, 3, 4, 5, 6)]
    time.sleep(0.5)
    print("job 1 running:", futures[0].running(), "cancelled:", futures[0].cancel())
    print("job 3 running:", futures[2].running(), "cancelled:", futures[2].cancel())
    print("job 6 running:", futures[5].running(), "cancelled:", futures[5].cancel())
    time.sleep(2)
    print(f"at {time.time()}: done {[f.result() for f in futures if f.done() and not f.cancelled()]}")
    ex.shutdown(wait=True, cancel_futures=True)
    print(f"shut down at {time.time()}:", [("cancelled" if f.cancelled() else f.result()) for f in futures])
