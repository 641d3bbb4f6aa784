import { describe, expect, it } from 'vitest';
import { blockingCall } from '../../../../src/lib/doctor/fixes/blocking-call';
import { prove } from '../../../../src/lib/doctor/prove';
import { finding } from './finding';

const SLEEPS = `import asyncio
import time


async def fetch(i):
    time.sleep(1)  # blocks the loop
    return i


async def main():
    print(await asyncio.gather(fetch(1), fetch(2), fetch(3)))


asyncio.run(main())
`;

const CRUNCH = `import time
from asyncio import create_task, run, sleep


def crunch(n):
    time.sleep(n)
    return n * 2


async def ticker():
    for _ in range(4):
        await sleep(0.5)
        print("tick")


async def main():
    task = create_task(ticker())
    result = crunch(2)
    print(result)
    await task


run(main())
`;

describe('blocking-call fix', () => {
  it('turns time.sleep in a coroutine into await asyncio.sleep, keeping the comment', () => {
    expect(blockingCall.rewrite(SLEEPS, finding('blocking-call', 6))).toBe(
      SLEEPS.replace('    time.sleep(1)  #', '    await asyncio.sleep(1)  #'),
    );
  });

  it('proves it: three blocking 1 s sleeps take 3 s, three awaited ones 1 s', () => {
    const fix = prove(SLEEPS, finding('blocking-call', 6));
    expect(fix && { before: fix.before, after: fix.after }).toEqual({ before: 3, after: 1 });
    expect(fix?.title.ko).toContain('asyncio.sleep');
  });

  it('runs another blocking call in a thread with asyncio.to_thread, importing asyncio', () => {
    const out = blockingCall.rewrite(CRUNCH, finding('blocking-call', 18));
    expect(out).toBe(
      'import asyncio\n' + CRUNCH.replace('result = crunch(2)', 'result = await asyncio.to_thread(crunch, 2)'),
    );
    // The ticker ticks while the thread computes: 2 s + 4 × 0.5 s before, 2 s after.
    const fix = prove(CRUNCH, finding('blocking-call', 18));
    expect(fix && [fix.before, fix.after]).toEqual([4, 2]);
  });

  it('moves the call in the coroutine into a thread when the finding points into the plain function', () => {
    expect(blockingCall.rewrite(CRUNCH, finding('blocking-call', 6))).toBe(
      blockingCall.rewrite(CRUNCH, finding('blocking-call', 18)),
    );
  });

  it('declines a plain function that coroutines call in two places, or a line with no call to move', () => {
    const twice = CRUNCH.replace('    print(result)\n', '    print(result, crunch(1))\n');
    expect(blockingCall.rewrite(twice, finding('blocking-call', 6))).toBeNull();
    expect(blockingCall.rewrite(CRUNCH, finding('blocking-call', 20))).toBeNull();
    expect(blockingCall.rewrite(CRUNCH, finding('blocking-call', 3))).toBeNull();
  });

  it('declines when the rewrite would not unfreeze the loop (print is not blocking)', () => {
    expect(prove(CRUNCH, finding('blocking-call', 19))).toBeNull();
  });
});

describe('blocking-call fix of a network call', () => {
  const REQUESTS = `# sim: latency http://example.com 1.0
import asyncio, requests


async def fetch(url):
    return requests.get(url).status_code


async def main():
    await asyncio.gather(*(fetch(f"http://example.com/{i}") for i in range(3)))


asyncio.run(main())
`;

  it('runs requests.get in a thread, in parentheses where its value is read', () => {
    expect(blockingCall.rewrite(REQUESTS, finding('blocking-call', 6))).toBe(
      REQUESTS.replace('requests.get(url).status_code', '(await asyncio.to_thread(requests.get, url)).status_code'),
    );
    const fix = prove(REQUESTS, finding('blocking-call', 6));
    expect(fix && [fix.before, fix.after]).toEqual([3, 1]);
  });
});
