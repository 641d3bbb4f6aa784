"""Each thread has its own contextvars context: a new thread starts in an empty one (not its
creator's), its sets are its own while others run, and ctx.run(fn) as a thread's target runs fn
in that context, blocking calls included. asyncio.to_thread runs the function in a copy of the
calling task's context, as CPython's does (run_in_executor does not)."""
import asyncio
import contextvars
import threading
import time

request = contextvars.ContextVar('request', default='-')
seen = []


def work(name):
    seen.append((name, 'start', request.get()))
    request.set(name)
    time.sleep(0.01 * len(seen))
    seen.append((name, 'after', request.get()))
    return request.get()


request.set('main')
threads = [threading.Thread(target=work, args=(n,)) for n in 'ab']
for t in threads:
    t.start()
for t in threads:
    t.join()
print(seen, request.get())

ctx = contextvars.copy_context()
t = threading.Thread(target=ctx.run, args=(work, 'c'))
t.start()
t.join()
print(seen[-2:], request.get(), ctx[request])


def report(tag):
    time.sleep(0.05)
    return f'{tag}: request={request.get()} thread={threading.current_thread().name.split("_")[0]}'


async def handler(rid):
    request.set(rid)
    loop = asyncio.get_running_loop()
    a = await asyncio.to_thread(report, 'to_thread')
    b = await loop.run_in_executor(None, report, 'run_in_executor')
    return a, b


async def main():
    for pair in await asyncio.gather(handler('r1'), handler('r2')):
        print(pair)
    print('main task sees', request.get())


asyncio.run(main())
