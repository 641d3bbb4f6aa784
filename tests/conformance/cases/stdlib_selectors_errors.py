# The errors and edges of the selectors' key tables, for each selector class: bad events, bad
# file objects, a second registration, an unknown file object to get_key/modify/unregister and
# to the map, modify with new data only or new events, a closed socket found by identity, and a
# closed selector's get_key.
import selectors
import socket

srv = socket.socket()
srv.bind(("127.0.0.1", 0))
srv.listen()
port = srv.getsockname()[1]
c = socket.create_connection(("127.0.0.1", port))
a, _ = srv.accept()
other = socket.socket()


def attempt(label, fn, *args):
    try:
        result = fn(*args)
        print(label, "->", result if not isinstance(result, selectors.SelectorKey) else (result.events, result.data))
    except (KeyError, ValueError, RuntimeError, TypeError) as e:
        print(label, "->", type(e).__name__, str(e).replace(repr(other), "OTHER").replace(repr(a), "A"))


for cls in (selectors.SelectSelector, selectors.PollSelector, selectors.EpollSelector):
    print("==", cls.__name__)
    sel = cls()
    attempt("events 0", sel.register, a, 0)
    attempt("events 4", sel.register, a, 4)
    attempt("no fileno", sel.register, "nope", selectors.EVENT_READ)
    attempt("negative fd", sel.register, -3, selectors.EVENT_READ)
    attempt("register", sel.register, a, selectors.EVENT_READ, "first")
    attempt("again", sel.register, a, selectors.EVENT_WRITE)
    attempt("get_key other", sel.get_key, other)
    attempt("modify other", sel.modify, other, selectors.EVENT_READ)
    attempt("unregister other", sel.unregister, other)
    m = sel.get_map()
    attempt("map other", lambda: m[other])
    print("map get", m.get(other, "default"), len(m), list(m) == [a.fileno()])
    attempt("modify data", sel.modify, a, selectors.EVENT_READ, "second")
    attempt("modify same", sel.modify, a, selectors.EVENT_READ, "second")
    attempt("modify events", sel.modify, a, selectors.EVENT_READ | selectors.EVENT_WRITE, "third")
    print("ready", [(k.data, ev) for k, ev in sel.select(0)])
    attempt("unregister", sel.unregister, a)
    attempt("get_key after", sel.get_key, a)
    sel.close()
    attempt("closed get_key", sel.get_key, a)
    print("closed map", sel.get_map())

sel = selectors.DefaultSelector()
temp = socket.socket()
sel.register(temp, selectors.EVENT_READ, "temp")
temp.close()
print("closed socket found", sel.get_key(temp).data)
print("unregistered", sel.unregister(temp).data, len(sel.get_map()))
with selectors.DefaultSelector() as s2:
    s2.register(c, selectors.EVENT_WRITE)
    print("with", [(k.fileobj is c, ev) for k, ev in s2.select(0)])
print("after with", s2.get_map())
for s in (a, c, srv, other):
    s.close()
