"""A synchronous facade over an async client, as libraries ship it: one event loop in a daemon
thread, blocking methods that submit coroutines with run_coroutine_threadsafe and wait with a
timeout, called from several ThreadPoolExecutor workers at once; an async rate limiter
(asyncio.Semaphore) shared by their requests; close() stops the loop from another thread."""
import asyncio, threading, time
from concurrent.futures import ThreadPoolExecutor


class AsyncClient:
    def __init__(self, limit):
        self.sem = asyncio.Semaphore(limit)
        self.calls = 0

    async def fetch(self, key):
        async with self.sem:
            self.calls += 1
            await asyncio.sleep(0.1 + 0.05 * (len(key) % 3))
            if key == 'missing':
                raise KeyError(key)
            return f'<{key}>'


class SyncClient:
    def __init__(self, limit=2):
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._run, name='client-loop', daemon=True)
        self._ready = threading.Event()
        self._thread.start()
        self._ready.wait()
        self._client = self.call(self._make(limit))

    def _run(self):
        asyncio.set_event_loop(self._loop)
        self._loop.call_soon(self._ready.set)
        try:
            self._loop.run_forever()
        finally:
            pending = asyncio.all_tasks(self._loop)
            print('loop thread ends with', len(pending), 'pending tasks')

    async def _make(self, limit):
        return AsyncClient(limit)

    def call(self, coro, timeout=5):
        return asyncio.run_coroutine_threadsafe(coro, self._loop).result(timeout)

    def get(self, key):
        return self.call(self._client.fetch(key))

    def close(self):
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join()
        self._loop.close()


client = SyncClient(limit=2)
t0 = time.monotonic()


def job(key):
    try:
        value = client.get(key)
    except KeyError as e:
        value = f'error {e!r}'
    return f'{threading.current_thread().name}: {key} -> {value} at {time.monotonic() - t0:.2f}'


with ThreadPoolExecutor(3, thread_name_prefix='w') as pool:
    for line in pool.map(job, ['a', 'bb', 'ccc', 'missing', 'dd', 'e']):
        print(line)

print('calls', client._client.calls)
try:
    client.call(asyncio.sleep(1), timeout=0.25)
except TimeoutError:
    print('timed out at', f'{time.monotonic() - t0:.2f}')
client.close()
print('closed', client._loop.is_closed(), f'at {time.monotonic() - t0:.2f}')
