/**
 * The run's record of its threads (trace/threads.ts): when each started and ended, and each span
 * it held the GIL (ran) or was blocked, on what and at which line, at exact virtual times.
 */
import { describe, it, expect } from 'vitest';
import { simulate } from '../../../src/lib/run';
import { BLOCKED, SPAN_FIELDS, type ThreadTrace } from '../../../src/lib/trace/threads';

/** Each thread's spans as text: `run 0.5` or `time.sleep(1)@4 0-1` (on@line start-end). */
function spans(th: ThreadTrace): Record<string, string> {
  const out: Record<string, string[]> = {};
  th.names.forEach((n) => (out[n] = []));
  for (let j = 0; j < th.spans.length; j += SPAN_FIELDS) {
    const [i, state, t0, t1, , , line] = th.spans.slice(j, j + SPAN_FIELDS);
    const when = t1 > t0 ? `${t0}-${t1}` : `${t0}`;
    const what = state === BLOCKED ? `${th.on[j / SPAN_FIELDS]}${line ? `@${line}` : ''}` : 'run';
    out[th.names[i]].push(`${what} ${when}`);
  }
  return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, v.join(', ')]));
}

function threadsOf(source: string): ThreadTrace {
  const r = simulate(source);
  expect(r.trace.error).toBeNull();
  return r.ui.threads!;
}

describe('recorded thread spans', () => {
  it('a thread that sleeps, joined by the main thread', () => {
    const th = threadsOf(`import threading, time
def w():
    print("w1")
    time.sleep(1)
    print("w2")
t = threading.Thread(target=w)
t.start()
print("main")
t.join()
`);
    expect(th.names).toEqual(['MainThread', 'Thread-1 (w)']);
    expect(th.started).toEqual([0, 0]);
    expect(th.ended).toEqual([null, 1]);
    expect(spans(th)).toEqual({
      // start() waits for the new thread to say it started (a lock underneath), then join() until it ends.
      MainThread: 'run 0, Lock@7 0, run 0, Lock@9 0-1, run 1',
      'Thread-1 (w)': 'run 0, time.sleep(1)@4 0-1, run 1',
    });
  });

  it('a producer, a consumer and a lock the main thread holds while it sleeps', () => {
    const th = threadsOf(`import threading, time, queue
q = queue.Queue()
lock = threading.Lock()
def producer():
    for i in range(2):
        time.sleep(0.5)
        q.put(i)
    q.put(None)
def consumer():
    while (item := q.get()) is not None:
        with lock:
            time.sleep(0.25)
p = threading.Thread(target=producer, name="producer")
c = threading.Thread(target=consumer, name="consumer")
p.start()
c.start()
with lock:
    time.sleep(0.6)
p.join()
c.join()
`);
    expect(th.ended).toEqual([null, 1, 1.25]);
    expect(spans(th)).toEqual({
      MainThread:
        'run 0, Lock@15 0, run 0, Lock@16 0, run 0, time.sleep(0.6)@18 0-0.6, run 0.6, Lock@19 0.6-1, run 1, Lock@20 1-1.25, run 1.25',
      producer: 'run 0, time.sleep(0.5)@6 0-0.5, run 0.5, time.sleep(0.5)@6 0.5-1, run 1',
      // q.get() at line 10, then the lock the main thread holds until 0.6 (line 11).
      consumer:
        'run 0, Lock@10 0-0.5, run 0.5, Lock@11 0.5-0.6, run 0.6, time.sleep(0.25)@12 0.6-0.85, run 0.85, Lock@10 0.85-1, run 1, time.sleep(0.25)@12 1-1.25, run 1.25',
    });
  });

  it("asyncio with an executor: the loop's select() between its steps, and step positions", () => {
    const th = threadsOf(`import asyncio, time
from concurrent.futures import ThreadPoolExecutor
def work(n):
    time.sleep(1)
    return n * 2
async def main():
    loop = asyncio.get_running_loop()
    with ThreadPoolExecutor(max_workers=2) as pool:
        rs = await asyncio.gather(*(loop.run_in_executor(pool, work, i) for i in range(3)))
    print(rs)
asyncio.run(main())
`);
    expect(th.names).toEqual(['MainThread', 'ThreadPoolExecutor-0_0', 'ThreadPoolExecutor-0_1']);
    expect(th.ended).toEqual([null, 2, 2]);
    const s = spans(th);
    // Two workers for three jobs: the first one free takes the third; the other waits for work (no
    // line of the program), recorded as idle in its pool rather than as the lock its queue uses.
    expect(s['ThreadPoolExecutor-0_0']).toBe(
      'run 0, time.sleep(1)@4 0-1, run 1, time.sleep(1)@4 1-2, run 2, idle:ThreadPoolExecutor 2, run 2',
    );
    expect(s['ThreadPoolExecutor-0_1']).toBe('run 0, time.sleep(1)@4 0-1, run 1, idle:ThreadPoolExecutor 1-2, run 2');
    expect(s.MainThread).toContain('the event loop@9 0-1, run 1, the event loop@9 1-2');
    // Positions (2k + 1: inside step k): the workers start in step 0 and end in step 1, where leaving the with block shuts the pool down.
    expect(th.startedAt).toEqual([0, 1, 1]);
    expect(th.endedAt.slice(1)).toEqual([3, 3]);
  });

  it('is absent when the program starts no thread, even when it imports threading', () => {
    expect(simulate('import asyncio\nasyncio.run(asyncio.sleep(1))\n').ui.threads).toBeUndefined();
    expect(
      simulate('import threading, time\ntime.sleep(1)\nprint(threading.current_thread().name)\n').ui.threads,
    ).toBeUndefined();
  });
});
