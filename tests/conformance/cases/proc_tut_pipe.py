"""Tutorial multiprocessing.Pipe: a child sends over a one-way pipe and closes it, the parent reads
until EOFError (having closed its own copy of the sending end); a duplex pipe to an echo child
that closes the parent's end it inherited, so that closing the parent's end ends the child."""
import multiprocessing as mp
import time


def producer(conn, n):
    for i in range(n):
        time.sleep(0.1)
        conn.send({"i": i, "square": i * i})
    conn.close()


def echo(conn, parent_end):
    parent_end.close()
    while True:
        try:
            msg = conn.recv()
        except EOFError:
            print("echo: EOF", flush=True)
            return
        time.sleep(0.05)
        conn.send(msg.upper())


if __name__ == "__main__":
    reader, writer = mp.Pipe(duplex=False)
    print("ends:", reader.readable, reader.writable, writer.readable, writer.writable)
    p = mp.Process(target=producer, args=(writer, 3))
    p.start()
    writer.close()
    while True:
        try:
            print("got", reader.recv())
        except EOFError:
            print("EOF, poll:", reader.poll())
            break
    p.join()
    try:
        writer.send("late")
    except OSError as e:
        print("OSError:", e)
    try:
        reader.send("wrong way")
    except OSError as e:
        print("OSError:", e)

    mine, theirs = mp.Pipe()
    e = mp.Process(target=echo, args=(theirs, mine))
    e.start()
    for word in ["ping", "pong"]:
        mine.send(word)
        print("echoed", mine.recv())
    print("poll:", mine.poll(), mine.poll(0.2))
    mine.close()
    e.join()
    print("closed here:", mine.closed, "there:", theirs.closed, e.exitcode)
