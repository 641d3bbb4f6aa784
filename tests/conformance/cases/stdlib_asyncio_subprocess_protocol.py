# loop.subprocess_exec/subprocess_shell with a SubprocessProtocol of the program's own: the order
# of connection_made, pipe_data_received, pipe_connection_lost, process_exited, connection_lost.
import asyncio
import sys


class Tracer(asyncio.SubprocessProtocol):
    def __init__(self, name, done):
        self.name = name
        self.done = done

    def connection_made(self, transport):
        print(self.name, 'connection_made', type(transport).__name__, transport.get_returncode())
        self.transport = transport

    def pipe_data_received(self, fd, data):
        print(self.name, 'pipe_data_received', fd, data)

    def pipe_connection_lost(self, fd, exc):
        print(self.name, 'pipe_connection_lost', fd, exc)

    def process_exited(self):
        print(self.name, 'process_exited', self.transport.get_returncode())

    def connection_lost(self, exc):
        print(self.name, 'connection_lost', exc)
        self.done.set_result(self.transport.get_returncode())


async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    code = 'import sys; print("out"); print("err", file=sys.stderr); sys.exit(2)'
    transport, protocol = await loop.subprocess_exec(lambda: Tracer('exec', done), sys.executable, '-c', code)
    print('made', type(protocol).__name__, transport.get_pipe_transport(0) is not None)
    print('result', await done)
    transport.close()

    done = loop.create_future()
    transport, protocol = await loop.subprocess_shell(lambda: Tracer('shell', done), 'cat; echo bye',
                                                      stderr=asyncio.subprocess.DEVNULL)
    stdin = transport.get_pipe_transport(0)
    stdin.write(b'fed\n')
    print('stderr pipe', transport.get_pipe_transport(2))
    stdin.close()
    print('result', await done)
    transport.close()

    for bad in [dict(text=True), dict(bufsize=1), dict(universal_newlines=True), dict(encoding='utf-8'),
                dict(errors='strict'), dict(shell=True)]:
        try:
            await loop.subprocess_exec(asyncio.SubprocessProtocol, 'true', **bad)
        except ValueError as e:
            print(bad, 'ValueError', e)
    for cmd, kw in [(['echo', 'hi'], {}), ('true', dict(shell=False))]:
        try:
            await loop.subprocess_shell(asyncio.SubprocessProtocol, cmd, **kw)
        except ValueError as e:
            print(cmd, 'ValueError', e)


asyncio.run(main())
