# The reprs of asyncio's subprocess parts as a child runs and ends (its transport, its pipe transports
# and their protocols, the stream protocol, Process), stdin's write buffer limits and their errors, the
# order in which subprocess_exec/shell refuse text options, and signals once the child is gone.
import asyncio
import re
import sys


def clean(obj, pid):
    text = re.sub(r'fd=\d+', 'fd=N', repr(obj))
    text = re.sub(r' at 0x[0-9a-f]+', '', text)
    return text.replace(str(pid), 'PID')


class Quiet(asyncio.SubprocessProtocol):
    def __init__(self):
        self.lost = asyncio.get_running_loop().create_future()

    def connection_lost(self, exc):
        self.lost.set_result(exc)


async def main():
    loop = asyncio.get_running_loop()
    code = 'import sys; data = sys.stdin.read(); print(data.upper()); print("err", file=sys.stderr)'
    proc = await asyncio.create_subprocess_exec(
        sys.executable, '-c', code,
        stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )
    pid = proc.pid
    transport = proc._transport
    print(clean(proc, pid))
    print(clean(transport, pid))
    for fd in (0, 1, 2):
        pipe = transport.get_pipe_transport(fd)
        print(fd, clean(pipe, pid), pipe.is_closing())
        print(' ', clean(transport._pipes[fd], pid))
    print(clean(proc._protocol, pid))
    stdin_pipe = transport.get_pipe_transport(0)
    print(stdin_pipe.get_write_buffer_size(), stdin_pipe.get_write_buffer_limits(), stdin_pipe.can_write_eof())
    for high, low in ((None, None), (100, None), (None, 8), (40, 10)):
        stdin_pipe.set_write_buffer_limits(high, low)
        print('limits', high, low, '->', stdin_pipe.get_write_buffer_limits())
    for high, low in ((5, 10), (10, -1)):
        try:
            stdin_pipe.set_write_buffer_limits(high, low)
        except ValueError as e:
            print('limits', high, low, '->', e)
    stdout_pipe = transport.get_pipe_transport(1)
    stdout_pipe.pause_reading()
    print('paused', stdout_pipe.is_reading(), clean(stdout_pipe, pid))
    stdout_pipe.resume_reading()
    print('resumed', stdout_pipe.is_reading(), clean(stdout_pipe, pid))
    out, err = await proc.communicate(b'hello')
    print(out, err, proc.returncode)
    print(clean(proc, pid))
    print(clean(transport, pid))
    for fd in (0, 1, 2):
        print(fd, clean(transport.get_pipe_transport(fd), pid))
    print(transport.get_pipe_transport(5), transport.is_closing())
    for how in (proc.send_signal, proc.terminate, proc.kill):
        try:
            how(15) if how.__name__ == 'send_signal' else how()
            print(how.__name__, 'ok')
        except ProcessLookupError as e:
            print(how.__name__, repr(e))

    refusals = [
        dict(universal_newlines=True, bufsize=1, text=True),
        dict(bufsize=1, text=True, encoding='utf-8'),
        dict(text=True, encoding='utf-8', errors='strict'),
        dict(encoding='utf-8', errors='strict'),
        dict(errors='strict'),
        dict(shell=True, bufsize=1),
    ]
    for opts in refusals:
        try:
            await loop.subprocess_exec(Quiet, sys.executable, '-c', 'pass', **opts)
        except ValueError as e:
            print('exec', sorted(opts), '->', e)
    for cmd, opts in (('true', dict(shell=False, bufsize=1)), (['true'], {}), ('true', dict(universal_newlines=True, shell=False))):
        try:
            await loop.subprocess_shell(Quiet, cmd, **opts)
        except ValueError as e:
            print('shell', type(cmd).__name__, sorted(opts), '->', e)

    transport, protocol = await loop.subprocess_exec(Quiet, sys.executable, '-c', 'pass', stdin=None, stdout=None, stderr=None)
    pid = transport.get_pid()
    print(clean(transport, pid), transport.get_pipe_transport(0), transport.get_pipe_transport(1))
    await protocol.lost
    print(clean(transport, pid))
    transport.close()
    print(clean(transport, pid), transport.is_closing())
    try:
        transport.kill()
    except ProcessLookupError as e:
        print('kill after close:', repr(e))


asyncio.run(main())
