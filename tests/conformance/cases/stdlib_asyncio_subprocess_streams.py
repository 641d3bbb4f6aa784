# A child's stdin and stdout as asyncio streams: write, drain, readline, close; kill and
# terminate a child that waits for input.
import asyncio
import signal


async def main():
    proc = await asyncio.create_subprocess_exec('cat', stdin=asyncio.subprocess.PIPE,
                                                stdout=asyncio.subprocess.PIPE)
    print(type(proc.stdin).__name__, proc.stdin.can_write_eof())
    for word in (b'alpha', b'beta'):
        proc.stdin.write(word + b'\n')
        await proc.stdin.drain()
        print('echoed', await proc.stdout.readline())
    proc.stdin.write_eof()
    print('rest', await proc.stdout.read(), await proc.wait())

    proc = await asyncio.create_subprocess_exec('cat', stdin=asyncio.subprocess.PIPE)
    proc.kill()
    print('killed', await proc.wait(), proc.returncode)
    try:
        proc.kill()
    except ProcessLookupError as e:
        print('kill after the end:', repr(e))

    proc = await asyncio.create_subprocess_shell('cat', stdin=asyncio.subprocess.PIPE,
                                                 stdout=asyncio.subprocess.PIPE)
    proc.terminate()
    out, err = await proc.communicate()
    print('terminated', out, err, proc.returncode)

    proc = await asyncio.create_subprocess_exec('cat', stdin=asyncio.subprocess.PIPE)
    proc.send_signal(signal.SIGINT)
    print('interrupted', await proc.wait())

    proc = await asyncio.create_subprocess_exec('cat', stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE)
    try:
        await asyncio.wait_for(proc.stdout.readline(), 0.5)
    except TimeoutError:
        print('no line after 0.5 s', proc.returncode)
    proc.stdin.close()
    print(await proc.wait(), await proc.stdout.read())


asyncio.run(main())
