# The tutorial's run() of shell commands, several at once with gather; and a child read line by
# line while another task works.
import asyncio
import sys


async def run(cmd):
    proc = await asyncio.create_subprocess_shell(
        cmd, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    stdout, stderr = await proc.communicate()
    print(f'[{cmd!r} exited with {proc.returncode}]')
    if stdout:
        print(f'[stdout]\n{stdout.decode()}')
    if stderr:
        print(f'[stderr]\n{stderr.decode()}')
    return proc.returncode


async def ticker():
    for i in range(3):
        print('tick', i)
        await asyncio.sleep(0)


async def lines():
    code = 'for i in range(3): print("line", i)'
    proc = await asyncio.create_subprocess_exec(sys.executable, '-c', code, stdout=asyncio.subprocess.PIPE)
    while True:
        line = await proc.stdout.readline()
        if not line:
            break
        print('got', line)
    print('exit', await proc.wait())


async def main():
    codes = await asyncio.gather(run('echo one; echo two'), run('ls /zzz 2>&1 || exit 3') if False else run('exit 3'),
                                 run('printf "%s\\n" a b && false'))
    print(codes)
    await asyncio.gather(lines(), ticker())
    proc = await asyncio.create_subprocess_shell('echo joined; echo too', stdout=asyncio.subprocess.PIPE,
                                                 stderr=asyncio.subprocess.STDOUT)
    print(await proc.stdout.read(), await proc.wait())


asyncio.run(main())
