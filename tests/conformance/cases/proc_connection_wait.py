"""multiprocessing.connection.wait over pipes: it returns the connections that have a message to
take or are at EOF (their writers all closed), once one is; with a timeout and none ready, an
empty list when it passes. Connection.fileno() is an int descriptor, distinct per end, refused
once the connection is closed."""
import multiprocessing as mp
import time
from multiprocessing.connection import Connection, wait


def child(conn, delay, n):
    for i in range(n):
        time.sleep(delay)
        conn.send(f"{delay} #{i}")
    conn.close()


if __name__ == "__main__":
    slow_r, slow_w = mp.Pipe(duplex=False)
    fast_r, fast_w = mp.Pipe(duplex=False)
    fds = [c.fileno() for c in (slow_r, slow_w, fast_r, fast_w)]
    print(type(fds[0]).__name__, len(set(fds)), all(fd > 2 for fd in fds), isinstance(slow_r, Connection))
    p1 = mp.Process(target=child, args=(slow_w, 0.5, 2))
    p2 = mp.Process(target=child, args=(fast_w, 0.2, 2))
    p1.start()
    p2.start()
    slow_w.close()
    fast_w.close()
    try:
        slow_w.fileno()
    except OSError as e:
        print("OSError", e)
    print(wait([slow_r, fast_r], timeout=0.1), round(time.monotonic(), 1))
    names = {id(slow_r): "slow", id(fast_r): "fast"}
    pending = [slow_r, fast_r]
    while pending:
        for r in wait(pending):
            try:
                print(round(time.monotonic(), 1), names[id(r)], r.recv())
            except EOFError:
                print(round(time.monotonic(), 1), names[id(r)], "EOF")
                pending.remove(r)
    p1.join()
    p2.join()
    print(p1.exitcode, p2.exitcode, wait([slow_r], timeout=0) == [slow_r])
