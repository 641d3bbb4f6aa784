"""A plain-threads health checker: ThreadPoolExecutor.map for the quick pings,
submit + as_completed for the slow checks, with failures surfaced from futures."""
import time
from concurrent.futures import ThreadPoolExecutor, as_completed, wait, FIRST_EXCEPTION

HOSTS = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot"]
LATENCY = {"alpha": 0.2, "bravo": 0.5, "charlie": 0.1, "delta": 0.4, "echo": 0.3, "foxtrot": 0.6}


class CheckFailed(RuntimeError):
    pass


def ping(host):
    time.sleep(LATENCY[host] / 2)
    return f"{host}:{int(LATENCY[host] * 1000)}ms"


def deep_check(host):
    time.sleep(LATENCY[host])
    if host in ("delta", "foxtrot"):
        raise CheckFailed(f"{host} disk at 97%")
    return host.upper()


def main():
    t0 = time.perf_counter()
    with ThreadPoolExecutor(max_workers=3) as pool:
        for line in pool.map(ping, HOSTS):
            print(f"[{time.perf_counter() - t0:4.2f}] ping {line}")
        futures = {pool.submit(deep_check, h): h for h in HOSTS}
        ok, bad = [], []
        for fut in as_completed(futures):
            host = futures[fut]
            try:
                ok.append(fut.result())
                print(f"[{time.perf_counter() - t0:4.2f}] {host} healthy")
            except CheckFailed as exc:
                bad.append(host)
                print(f"[{time.perf_counter() - t0:4.2f}] {host} FAILED: {exc}")
        quick = [pool.submit(time.sleep, d) for d in (0.1, 0.3)]
        boom = pool.submit(deep_check, "delta")
        done, not_done = wait(quick + [boom], return_when=FIRST_EXCEPTION)
        print("first exception wait:", len(done), "done,", len(not_done), "pending", type(boom.exception()).__name__)
    print("healthy:", sorted(ok))
    print("failed:", bad)
    print(f"elapsed {time.perf_counter() - t0:.2f}s")


if __name__ == "__main__":
    main()
