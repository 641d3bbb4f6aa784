# The program's own SIGINT while asyncio.run runs: Runner.run's handler cancels the main task (it
# goes on to its next await), then run() raises KeyboardInterrupt from the CancelledError; a task
# that swallows the cancellation returns normally; a second SIGINT raises KeyboardInterrupt at once.
# Library paths are cut to the part under Lib/; the frames of the recorder's pure-Python futures
# (futures.py, Task.__wakeup and __step: the C ones have none) are left out.
import asyncio
import os
import re
import signal
import traceback


def tb():
    text = traceback.format_exc().replace(__file__, os.path.basename(__file__))
    text = re.sub(r'File "[^"]*/lib/python3\.?\d+(\.zip)?/', 'File "LIB/', text)
    blocks = re.split(r'(?m)^(?=  File )', text)
    return ''.join(re.sub(r'^  File .*\n(    .*\n)*', '', b) if re.match(r'  File "(LIB/asyncio/futures\.py|[^"]*record\.py)"|.*in (__wakeup|__step)', b) else b
                   for b in blocks)


async def worker(name):
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print(name, 'cancelled by the runner at its close')
        raise


async def interrupted():
    h = signal.getsignal(signal.SIGINT)
    print('handler in run:', type(h).__name__, h.func.__name__, h.keywords['main_task'] is asyncio.current_task())
    asyncio.create_task(worker('w1'))
    await asyncio.sleep(0.5)
    os.kill(os.getpid(), signal.SIGINT)
    print('after os.kill: the task goes on until its next await; cancelling:', asyncio.current_task().cancelling())
    try:
        await asyncio.sleep(1)
    finally:
        print('finally at', asyncio.get_running_loop().time() >= 0.5)
    print('not reached')


try:
    asyncio.run(interrupted())
except KeyboardInterrupt:
    print(tb())
print('handler after run is the default:', signal.getsignal(signal.SIGINT) is signal.default_int_handler)


async def swallowed():
    signal.raise_signal(signal.SIGINT)
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print('swallowed; cancelling', asyncio.current_task().cancelling())
    await asyncio.sleep(0.25)
    return 'finished anyway'


print('run returned', asyncio.run(swallowed()))


async def twice():
    os.kill(os.getpid(), signal.SIGINT)
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print('first SIGINT: cancelled')
        os.kill(os.getpid(), signal.SIGINT)
        print('not reached either')


try:
    asyncio.run(twice())
except KeyboardInterrupt:
    print(tb())


async def own_handler():
    os.kill(os.getpid(), signal.SIGINT)
    await asyncio.sleep(0)
    return 'own handler ran; the task was not cancelled'


signal.signal(signal.SIGINT, lambda n, f: print('own handler', n, f.f_code.co_name))
print(asyncio.run(own_handler()))
signal.signal(signal.SIGINT, signal.default_int_handler)

with asyncio.Runner() as runner:
    try:
        runner.run(interrupted())
    except KeyboardInterrupt as e:
        print('Runner.run raised', repr(e), type(e.__context__).__name__)
    print('the runner runs again:', runner.run(swallowed()))
