/**
 * Simulated threads (src/lib/sim/threads.md): one GIL, a switch only where a thread blocks, the
 * thread that blocked first runs first, and a deadlock among threads is named.
 */
import { describe, it, expect } from 'vitest';
import { simulate } from '../../../src/lib/run';

function out(source: string): string {
  const r = simulate(source);
  return (
    r.trace.stdout.map((o) => `${o.t.toFixed(2)} ${o.text}`).join('') + (r.trace.error ? `! ${r.trace.error}` : '')
  );
}

describe('simulated threads', () => {
  it('run a new thread until it first blocks, then the starter goes on', () => {
    expect(
      out(`import threading, time
def w():
    print("w1")
    time.sleep(1)
    print("w2")
t = threading.Thread(target=w)
t.start()
print("main")
t.join()
print("joined", t.is_alive())
`),
    ).toBe('0.00 w1\n0.00 main\n1.00 w2\n1.00 joined False\n');
  });

  it('sleep only the calling thread: a blocked main thread lets the others run', () => {
    expect(
      out(`import threading, time
def w(n):
    for i in range(2):
        time.sleep(n)
        print(threading.current_thread().name, i)
threading.Thread(target=w, args=(0.3,), name="a").start()
threading.Thread(target=w, args=(0.5,), name="b").start()
time.sleep(0.7)
print("main woke")
`),
    ).toBe('0.30 a 0\n0.50 b 0\n0.60 a 1\n0.70 main woke\n1.00 b 1\n');
  });

  it('end concurrent.futures.as_completed at its timeout (the virtual clock reads 0 left)', () => {
    expect(
      out(`import time
from concurrent.futures import ThreadPoolExecutor, as_completed, TimeoutError
with ThreadPoolExecutor(2) as ex:
    fs = [ex.submit(time.sleep, d) for d in (0.2, 1, 2)]
    try:
        for f in as_completed(fs, timeout=0.5):
            print("done", time.monotonic())
    except TimeoutError as e:
        print("timeout", e, time.monotonic())
`),
    ).toBe('0.20 done 0.2\n0.50 timeout 2 (of 3) futures unfinished 0.5\n');
  });

  it('time a lock acquire out, and switch at a with-block on a held lock', () => {
    expect(
      out(`import threading, time
lock = threading.Lock()
def holder():
    with lock:
        time.sleep(1)
threading.Thread(target=holder).start()
print(lock.acquire(timeout=0.25), time.monotonic())
print(lock.acquire(), time.monotonic())
lock.release()
print(repr(lock).split(" object")[0])
`),
    ).toBe('0.25 False 0.25\n1.00 True 1.0\n1.00 <unlocked _thread.lock\n');
  });

  it('name the threads of a deadlock', () => {
    expect(
      out(`import threading
a = threading.Lock()
b = threading.Lock()
def w():
    with b:
        a.acquire()
a.acquire()
threading.Thread(target=w, name="worker").start()
b.acquire()
`),
    ).toBe('! Deadlock: MainThread waits for Lock; worker waits for Lock');
  });

  it('keep threads local data apart, and wait for non-daemon threads at exit only', () => {
    expect(
      out(`import threading, time
local = threading.local()
local.x = "main"
def w():
    local.x = "worker"
    time.sleep(1)
    print("worker sees", local.x)
threading.Thread(target=w).start()
threading.Thread(target=lambda: time.sleep(50), daemon=True).start()
print("main sees", local.x)
`),
    ).toBe('0.00 main sees main\n1.00 worker sees worker\n');
  });

  it('size the default executor from the virtual cores', () => {
    expect(
      out(`from concurrent.futures import ThreadPoolExecutor
print(ThreadPoolExecutor()._max_workers)
`),
    ).toBe('0.00 8\n');
  });

  it('wake the event loop from a thread with call_soon_threadsafe', () => {
    expect(
      out(`import asyncio, threading, time
async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    def w():
        time.sleep(2)
        loop.call_soon_threadsafe(fut.set_result, 7)
    threading.Thread(target=w).start()
    print(await fut, loop.time())
asyncio.run(main())
`),
    ).toBe('2.00 7 2.0\n');
  });

  it('run a blocking function of to_thread while tasks run', () => {
    expect(
      out(`import asyncio, time
def slow():
    time.sleep(1)
    return "slow"
async def tick():
    for i in range(3):
        print("tick", i)
        await asyncio.sleep(0.4)
async def main():
    t = asyncio.create_task(tick())
    print(await asyncio.to_thread(slow))
    await t
asyncio.run(main())
`),
    ).toBe('0.00 tick 0\n0.40 tick 1\n0.80 tick 2\n1.00 slow\n');
  });

  it("run an event loop in a thread other than the main one, its selector wait the thread's", () => {
    expect(
      out(`import asyncio, threading
loop = asyncio.new_event_loop()
threading.Thread(target=loop.run_forever, daemon=True).start()
async def hello():
    await asyncio.sleep(1)
    return threading.current_thread().name, asyncio.get_running_loop() is loop
print(asyncio.run_coroutine_threadsafe(hello(), loop).result())
`),
    ).toBe("1.00 ('Thread-1 (run_forever)', True)\n");
  });

  it('stop, saying so, when a child process runs an event loop', () => {
    expect(
      out(`import asyncio, multiprocessing
async def main():
    print("in child")
if __name__ == "__main__":
    p = multiprocessing.Process(target=asyncio.run, args=(main(),))
    p.start()
    p.join()
`),
    ).toMatch(/^! Not simulated: an event loop run in .* \(a child process\)$/);
  });
  it('keep the GIL in a worker whose slice ends where it cannot be suspended while the main thread waits below it', () => {
    // After a process pool, CPU time is on the clock and slices end every 5 ms; logging an
    // exception (formatted through calls from native code) outlasts one.
    const r = simulate(`import multiprocessing as mp
from concurrent.futures import ThreadPoolExecutor
def init():
    raise LookupError("no config")
if __name__ == "__main__":
    with mp.Pool(2) as pool:
        print(pool.map(abs, [-1, 2]))
    ex = ThreadPoolExecutor(1, initializer=init)
    try:
        ex.submit(abs, -3).result()
    except Exception as e:
        print(type(e).__name__)
`);
    expect(r.trace.error ?? null).toBeNull();
    expect(r.trace.stdout.map((o) => o.text).join('')).toBe('[1, 2]\nBrokenThreadPool\n');
    expect(r.ui.stderr.map((o) => o.text).join('')).toContain('Exception in initializer:\nTraceback');
  });

  // The same model on every version (CPython 3.13 on the recorder's clock prints these lines at
  // these times; the golden thread_generators_block checks more of it).
  for (const python of ['3.11', '3.12', '3.14'] as const)
    it(`suspend a thread whose generator or comprehension blocks while the main thread runs (${python})`, () => {
      const r = simulate(
        `import threading, time, queue
def ticks(n):
    for i in range(n):
        time.sleep(0.1)
        yield i
def slow(x):
    time.sleep(0.1)
    return x
q = queue.Queue()
def w():
    print([slow(x) for x in ticks(2)], {k: slow(k) for k in range(1)})
    print(sum(x for x in ticks(2)), list(iter(q.get, None)))
t = threading.Thread(target=w)
t.start()
for i in range(3):
    time.sleep(0.15)
    print("main", i)
    q.put(i)
q.put(None)
t.join()
`,
        { python },
      );
      expect(r.trace.error ?? null).toBeNull();
      expect(r.trace.stdout.map((o) => `${o.t.toFixed(2)} ${o.text}`).join('')).toBe(
        '0.15 main 0\n0.30 main 1\n0.45 main 2\n0.50 [0, 1] {0: 0}\n0.70 1 [0, 1, 2]\n',
      );
    });
});
