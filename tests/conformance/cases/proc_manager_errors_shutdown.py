"""What a Manager's proxies raise: the referent's own exceptions come back to the caller; a
manager started twice, used after shutdown (a broken connection, or none at all from a new
thread), or entered again after it has shut down."""
import multiprocessing as mp
from multiprocessing.managers import SyncManager
import threading


def show(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "->", type(e).__name__, e)


def child(d, q):
    show("child KeyError", lambda: d["missing"])
    d["child"] = mp.current_process().name
    q.put(len(d))


if __name__ == "__main__":
    m = SyncManager()
    show("before start", lambda: m.dict())
    m.start()
    show("start again", m.start)
    d, l, q = m.dict(a=1), m.list(range(3)), m.Queue()
    show("KeyError", lambda: d["zz"])
    show("IndexError", lambda: l[9])
    show("remove", lambda: l.remove(9))
    show("no method", lambda: d.nope())
    show("unpicklable", lambda: l.append(lambda: 1))
    show("get_nowait", q.get_nowait)
    show("pop/setdefault", lambda: (d.pop("a"), d.setdefault("b", 2), d.copy()))
    show("list ops", lambda: (l.pop(), l[::-1], 1 in l, l.index(1), l + [5], l * 2))
    l += [7]
    l *= 2
    show("after += and *=", lambda: l[:])
    d["x"] = [1]
    d["x"].append(2)  # a copy of the list comes back: the change is lost
    show("nested", lambda: d["x"])
    v = m.Value("d", 1.5)
    show("value", lambda: (v.get(), str(v), v.value))
    p = mp.Process(target=child, args=(d, q))
    p.start()
    p.join()
    show("from child", lambda: (q.get(), dict(d), p.exitcode))
    show("str", lambda: (str(d), str(l)))
    m.shutdown()
    m.shutdown()
    show("after shutdown", lambda: d["b"])
    show("queue after shutdown", lambda: q.put(1))
    show("create after shutdown", lambda: m.list())
    show("start after shutdown", m.start)

    def enter():
        with m:
            pass

    show("with after shutdown", enter)
    show("str after shutdown", lambda: str(d).split(" at ")[1].split(";")[1])
    with mp.Manager() as m2:
        show("second manager", lambda: (m2.dict(k=1).items(), mp.active_children()[0].name))
    show("children", mp.active_children)
    # A thread that never used the manager has no connection to it: it finds no socket.
    t = threading.Thread(target=lambda: show("new thread", lambda: d["b"]))
    t.start()
    t.join()
