# A blocking echo server that serves each client in a thread, and three clients (each in a
# thread too) that send lines with pauses: the classic tutorial before asyncio.
import socket
import threading
import time

HOST, PORT = "127.0.0.1", 50731


def handle(conn, n):
    with conn:
        while True:
            data = conn.recv(1024)
            if not data:
                print(f"{time.time():.1f} handler {n}: client left")
                break
            print(f"{time.time():.1f} handler {n}: got {data!r}")
            conn.sendall(data.upper())


def serve(server, clients):
    for n in range(clients):
        conn, addr = server.accept()
        print(f"{time.time():.1f} accepted client {n} from {addr[0]}")
        threading.Thread(target=handle, args=(conn, n), name=f"handler-{n}").start()


def client(name, words, pause):
    with socket.create_connection((HOST, PORT)) as s:
        for w in words:
            time.sleep(pause)
            s.sendall(w.encode())
            reply = s.recv(1024)
            print(f"{time.time():.1f} {name} sent {w!r}, got {reply!r}")
    print(f"{time.time():.1f} {name} done")


server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
server.bind((HOST, PORT))
server.listen()
print("listening on", server.getsockname(), "fd", server.fileno())
acceptor = threading.Thread(target=serve, args=(server, 3), name="acceptor")
acceptor.start()
clients = [
    threading.Thread(target=client, args=("alice", ["hi", "there"], 0.5)),
    threading.Thread(target=client, args=("bob", ["one", "two", "three"], 0.3)),
    threading.Thread(target=client, args=("carol", ["x"], 1.2)),
]
for t in clients:
    t.start()
for t in clients:
    t.join()
acceptor.join()
server.close()
print(f"{time.time():.1f} all done;", threading.active_count(), "thread(s) left")
