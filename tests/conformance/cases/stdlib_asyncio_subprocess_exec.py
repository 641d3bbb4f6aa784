# asyncio.create_subprocess_exec: a Python child's output, exit status and traceback, through
# communicate(); what the Process looks like before and after.
import asyncio
import sys
from asyncio.subprocess import PIPE


async def main():
    proc = await asyncio.create_subprocess_exec(
        sys.executable, '-c', 'print("hello from the child")', stdout=PIPE)
    print('started:', proc.returncode, type(proc.pid).__name__, proc.stdin, proc.stderr)
    print(type(proc.stdout).__name__, proc.stdout.at_eof())
    out, err = await proc.communicate()
    print('communicate:', out, err, proc.returncode)
    print('wait again:', await proc.wait(), proc.stdout.at_eof())

    proc = await asyncio.create_subprocess_exec(
        sys.executable, '-c', 'import sys; print("to out"); print("to err", file=sys.stderr); sys.exit(3)',
        stdout=PIPE, stderr=PIPE)
    out, err = await proc.communicate()
    print(out, err, proc.returncode)

    proc = await asyncio.create_subprocess_exec(
        sys.executable, '-c', 'x = 1\nprint(x / 0)', stderr=PIPE)
    out, err = await proc.communicate()
    print(out, proc.returncode)
    print(err.decode())

    proc = await asyncio.create_subprocess_exec('cat', stdin=PIPE, stdout=PIPE)
    out, err = await proc.communicate(b'through cat\n')
    print(out, err, proc.returncode)

    proc = await asyncio.create_subprocess_exec('echo', 'quiet', stdout=asyncio.subprocess.DEVNULL)
    print('devnull:', proc.stdout, await proc.wait())


asyncio.run(main())
