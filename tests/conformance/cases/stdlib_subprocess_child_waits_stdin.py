# A Python child that waits for its stdin while the parent does something else: the parent's
# timeout ends the wait, then it kills the child, or it writes later (asyncio and subprocess).
import asyncio
import subprocess
import sys
import time

READ_ALL = "import sys; data = sys.stdin.read(); print('child got', repr(data))"
READ_LINE = "line = input(); print('child line', line)"


async def killed_after_timeout():
    proc = await asyncio.create_subprocess_exec(sys.executable, "-c", READ_ALL, stdin=asyncio.subprocess.PIPE)
    try:
        await asyncio.wait_for(proc.wait(), timeout=0.25)
    except TimeoutError:
        print("asyncio: still waiting at", asyncio.get_running_loop().time())
    proc.kill()
    print("asyncio: killed, code", await proc.wait())


async def fed_later():
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-c", READ_LINE, stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE
    )
    await asyncio.sleep(0.5)
    print("asyncio: feeding at", asyncio.get_running_loop().time())
    out, _ = await proc.communicate(b"hello\n")
    print("asyncio:", out.decode().strip(), proc.returncode)


async def main():
    await killed_after_timeout()
    await fed_later()


asyncio.run(main())

p = subprocess.Popen([sys.executable, "-c", READ_ALL], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
time.sleep(0.3)
print("subprocess: writing at", time.monotonic(), p.poll())
out, _ = p.communicate(b"late data")
print("subprocess:", out.decode().strip(), p.returncode)
