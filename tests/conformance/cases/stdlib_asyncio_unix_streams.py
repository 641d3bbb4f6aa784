# asyncio streams over Unix sockets (start_unix_server, open_unix_connection) on the file system:
# the socket file bind makes (a socket, not a regular file), an echo over it with the extra info
# each end sees, a stale socket file replaced by a new server, and the errors as CPython reports
# them: a path taken by a regular file, a missing directory, connecting to a missing path or to a
# file nobody listens on, and opening or truncating the socket file. From 3.13 closing the server
# removes its socket file; up to 3.12 it stays, and connecting to it is refused. Paths are printed
# relative to a fresh directory.
import asyncio
import os
import tempfile

base = tempfile.mkdtemp()


def rel(text):
    return str(text).replace(base + "/", "")


async def handle(reader, writer):
    print("handler: peername", repr(writer.get_extra_info("peername")), "sockname", rel(writer.get_extra_info("sockname")))
    async for line in reader:
        print("handler: got", line)
        writer.write(line.upper())
        await writer.drain()
    print("handler: eof")
    writer.close()
    await writer.wait_closed()


async def attempt(what, coro):
    try:
        result = await coro
    except Exception as e:
        print(what, type(e).__name__, rel(e), getattr(e, "errno", None))
        return None
    print(what, "ok")
    return result


async def main():
    path = os.path.join(base, "echo.sock")
    server = await asyncio.start_unix_server(handle, path)
    st = os.stat(path)
    print("socket file", os.path.exists(path), os.path.isfile(path), os.path.isdir(path), oct(st.st_mode), st.st_size, sorted(os.listdir(base)))
    print("serving", server.is_serving(), len(server.sockets))
    reader, writer = await asyncio.open_unix_connection(path)
    print("client: peername", rel(writer.get_extra_info("peername")), "sockname", repr(writer.get_extra_info("sockname")))
    writer.write(b"hello\nunix\n")
    await writer.drain()
    print("client:", await reader.readline(), await reader.readline())
    writer.write_eof()
    print("client: at eof", await reader.read())
    writer.close()
    await writer.wait_closed()

    regular = os.path.join(base, "plain.txt")
    with open(regular, "w") as f:
        f.write("not a socket")
    await attempt("server on a regular file", asyncio.start_unix_server(handle, regular))
    await attempt("server in a missing directory", asyncio.start_unix_server(handle, os.path.join(base, "no", "s.sock")))
    await attempt("connect to a missing path", asyncio.open_unix_connection(os.path.join(base, "missing.sock")))
    await attempt("connect to a regular file", asyncio.open_unix_connection(regular))
    for what, fn in (
        ("open", lambda: open(path)),
        ("os.open", lambda: os.open(path, os.O_RDONLY)),
        ("os.truncate", lambda: os.truncate(path, 0)),
    ):
        try:
            fn()
        except OSError as e:
            print(what, "on the socket file:", type(e).__name__, rel(e))

    second = await attempt("a second server on the same path", asyncio.start_unix_server(handle, path))
    reader, writer = await asyncio.open_unix_connection(path)
    writer.write(b"to the second\n")
    print("client:", await reader.readline())
    writer.close()
    await writer.wait_closed()
    await asyncio.sleep(0.1)
    second.close()
    await second.wait_closed()
    server.close()
    await server.wait_closed()
    print("after close", os.path.exists(path), sorted(os.listdir(base)))
    await attempt("connect after close", asyncio.open_unix_connection(path))


asyncio.run(main())
