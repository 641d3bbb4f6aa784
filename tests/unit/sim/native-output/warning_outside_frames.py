# A warning attributed past a task's coroutine or a callback (stacklevel=2) names the frame CPython
# has there with its C Task: asyncio's Handle._run, its line that runs the callback. So does 3.13's
# shutdown_default_executor(timeout=...) warning when the workers outlive the timeout.
import asyncio
import os
import sys
import time
import warnings


def show(message, category, filename, lineno, file=None, line=None):
    print(category.__name__, os.path.basename(filename), lineno, message)


warnings.showwarning = show


def callback():
    warnings.warn('from a callback', UserWarning, stacklevel=2)


async def main():
    warnings.warn('from a task step', UserWarning, stacklevel=2)
    asyncio.get_running_loop().call_soon(callback)
    await asyncio.sleep(0)
    asyncio.get_running_loop().run_in_executor(None, time.sleep, 0.5)


loop = asyncio.new_event_loop()
loop.run_until_complete(main())
if sys.version_info >= (3, 12):
    loop.run_until_complete(loop.shutdown_default_executor(timeout=0.1))
print('done')
loop.close()
