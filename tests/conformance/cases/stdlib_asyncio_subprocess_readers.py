# A child's output read as a stream: async for over lines, readuntil, readexactly, limit=;
# wait() under a timeout; input through communicate().
import asyncio
import sys
from asyncio.subprocess import PIPE

CODE = '''
import sys
for i in range(3):
    print(f"row {i}")
sys.stdout.write("a;b;" + "x" * 30 + "\\n")
'''


async def main():
    proc = await asyncio.create_subprocess_exec(sys.executable, '-c', CODE, stdout=PIPE)
    async for line in proc.stdout:
        print('line', line)
        if line.startswith(b'row 2'):
            break
    print(await proc.stdout.readuntil(b';'), await proc.stdout.readexactly(2))
    print(len(await proc.stdout.read()), await proc.wait())

    proc = await asyncio.create_subprocess_exec(sys.executable, '-c', CODE, stdout=PIPE, limit=10)
    print(await proc.stdout.readline())
    try:
        await proc.stdout.readuntil(b'!')
    except asyncio.LimitOverrunError as e:
        print('LimitOverrunError', e, e.consumed)
    except asyncio.IncompleteReadError as e:
        print('IncompleteReadError', e)
    await proc.wait()

    upper = 'import sys; sys.stdout.write(sys.stdin.read().upper())'
    proc = await asyncio.create_subprocess_exec(sys.executable, '-c', upper, stdin=PIPE, stdout=PIPE)
    print(await proc.communicate(input=b'shout this\n'))

    proc = await asyncio.create_subprocess_exec('cat', stdin=PIPE, stdout=PIPE)
    try:
        await asyncio.wait_for(proc.wait(), timeout=1.5)
    except TimeoutError:
        print('wait timed out', proc.returncode)
    proc.kill()
    print('after kill', await proc.communicate(), proc.returncode)

    procs = [await asyncio.create_subprocess_shell(f'printf "%s\\n" {n}; exit {n}', stdout=PIPE) for n in range(3)]
    results = await asyncio.gather(*(p.communicate() for p in procs))
    print(results, [p.returncode for p in procs])


asyncio.run(main())
