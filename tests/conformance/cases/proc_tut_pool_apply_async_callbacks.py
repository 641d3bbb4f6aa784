"""A multiprocessing.Pool tutorial: apply_async with callback and error_callback, starmap,
imap with chunksize, and AsyncResult.get / ready / successful."""
import multiprocessing as mp


def area(w, h):
    if w < 0 or h < 0:
        raise ValueError(f"negative side {w}x{h}")
    return w * h


def square(n):
    return n * n


results = []
errors = []


def on_ok(value):
    results.append(value)


def on_err(exc):
    errors.append(f"{type(exc).__name__}: {exc}")


def main():
    with mp.Pool(processes=2) as pool:
        handles = [pool.apply_async(area, (w, h), callback=on_ok, error_callback=on_err)
                   for w, h in [(2, 3), (4, -1), (5, 5), (1, 7)]]
        for h in handles:
            h.wait()
        print("ready:", [h.ready() for h in handles])
        print("successful:", [h.successful() for h in handles])
        print("callbacks got:", sorted(results))
        print("errors:", errors)
        try:
            handles[1].get()
        except ValueError as e:
            print("get re-raises:", e)
        print("starmap:", pool.starmap(area, [(1, 2), (3, 4), (5, 6)]))
        print("imap:", list(pool.imap(square, range(7), chunksize=3)))
        print("map_async:", pool.map_async(square, [10, 20]).get(timeout=5))


if __name__ == "__main__":
    main()
    print("pool closed")
