"""A tiny key-value server: blocking sockets, one thread per connection, a line protocol."""
import socket
import threading
import time

HOST, PORT = "127.0.0.1", 54111
store = {}
store_lock = threading.Lock()
ready = threading.Event()
log = []


def handle_line(line):
    parts = line.split()
    if not parts:
        return "ERR empty"
    cmd, args = parts[0].upper(), parts[1:]
    with store_lock:
        if cmd == "SET" and len(args) == 2:
            store[args[0]] = args[1]
            return "OK"
        if cmd == "GET" and len(args) == 1:
            return store.get(args[0], "NIL")
        if cmd == "DEL" and len(args) == 1:
            return "1" if store.pop(args[0], None) is not None else "0"
        if cmd == "KEYS":
            return " ".join(sorted(store)) or "(none)"
    return f"ERR unknown {cmd.lower()}"


def serve_client(conn, n):
    buf = b""
    with conn:
        while True:
            data = conn.recv(64)
            if not data:
                break
            buf += data
            while b"\n" in buf:
                raw, buf = buf.split(b"\n", 1)
                reply = handle_line(raw.decode())
                log.append((n, raw.decode(), reply))
                conn.sendall(reply.encode() + b"\n")
    print(f"server: client {n} done")


def server(max_clients):
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as srv:
        srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        srv.bind((HOST, PORT))
        srv.listen()
        ready.set()
        workers = []
        for n in range(max_clients):
            conn, _ = srv.accept()
            t = threading.Thread(target=serve_client, args=(conn, n), name=f"conn-{n}")
            t.start()
            workers.append(t)
        for t in workers:
            t.join()
    print("server: closed")


def client(name, commands):
    with socket.create_connection((HOST, PORT)) as s:
        f = s.makefile("rwb")
        for c in commands:
            f.write(c.encode() + b"\n")
            f.flush()
            reply = f.readline().decode().rstrip("\n")
            print(f"{name}: {c!r} -> {reply!r}")
            time.sleep(0.1)
        f.close()


srv = threading.Thread(target=server, args=(2,), name="server")
srv.start()
ready.wait()
client("alice", ["SET color blue", "SET size 10", "GET color", "KEYS"])
client("bob", ["GET size", "DEL color", "DEL color", "FROB x", "", "KEYS"])
srv.join()
print("log entries:", len(log))
for n, req, rep in log[-3:]:
    print(f"  #{n} {req!r}: {rep}")
print("final store:", dict(sorted(store.items())))
