# Children beside timers: a child is seen while the loop waits for a timer (TaskGroup of workers
# that sleep before reading), after sleep(0) not yet; stdin's writelines, drain, wait_closed.
import asyncio
import sys
from asyncio.subprocess import PIPE


async def worker(n):
    proc = await asyncio.create_subprocess_exec(sys.executable, '-c', f'print({n} * 2)', stdout=PIPE)
    await asyncio.sleep(0.1 * n)
    print(n, 'returncode after sleep', proc.returncode)
    data = await proc.stdout.read()
    return int(data)


async def main():
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(worker(n)) for n in (2, 1, 3)]
    print([t.result() for t in tasks])
    proc = await asyncio.create_subprocess_shell('echo x; exit 1', stdout=PIPE)
    await asyncio.sleep(0)
    print('after sleep(0)', proc.returncode)
    await asyncio.sleep(0.5)
    print('after sleep(0.5)', proc.returncode, await proc.stdout.read())
    proc = await asyncio.create_subprocess_exec('cat', stdin=PIPE, stdout=PIPE)
    proc.stdin.write(b'a\n')
    proc.stdin.writelines([b'b\n', b'c\n'])
    await proc.stdin.drain()
    proc.stdin.close()
    await proc.stdin.wait_closed()
    print(await proc.stdout.read(), await proc.wait())


asyncio.run(main())
