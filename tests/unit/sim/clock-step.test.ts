/**
 * A positive wait too small to change the clock's float still moves the virtual clock one step
 * (EventLoop.after): a program that computes its sleeps from the clock would otherwise never see
 * time pass. CPython's real time moves on while its loop waits; on the recorder's virtual clock
 * such a program never ends, so these figures are python3's own (3.13, this machine).
 */
import { describe, it, expect } from 'vitest';
import { simulate } from '../../../src/lib/run';

const tokenBucket = `import asyncio, time

class RateLimiter:
    def __init__(self, rate, per):
        self.rate, self.per, self.allowance = rate, per, rate
        self.last = time.monotonic()
        self._lock = asyncio.Lock()

    async def acquire(self):
        async with self._lock:
            while True:
                now = time.monotonic()
                self.allowance = min(self.rate, self.allowance + (now - self.last) * (self.rate / self.per))
                self.last = now
                if self.allowance >= 1:
                    self.allowance -= 1
                    return
                await asyncio.sleep((1 - self.allowance) * (self.per / self.rate))

async def call(i, limiter, t0, log):
    await limiter.acquire()
    log.append((i, round(time.monotonic() - t0, 2)))

async def main():
    limiter, log = RateLimiter(5, 1.0), []
    t0 = time.monotonic()
    await asyncio.gather(*(call(i, limiter, t0, log) for i in range(9)))
    print(log)

asyncio.run(main())
`;

describe('the virtual clock', () => {
  it('moves on for a wait shorter than its resolution, so a token bucket refills', () => {
    const r = simulate(tokenBucket);
    expect(r.trace.error ?? null).toBeNull();
    expect(r.trace.stdout.map((o) => o.text).join('')).toBe(
      '[(0, 0.0), (1, 0.0), (2, 0.0), (3, 0.0), (4, 0.0), (5, 0.2), (6, 0.4), (7, 0.6), (8, 0.8)]\n',
    );
  });

  it('keeps exact times for waits the clock can represent', () => {
    const r = simulate(
      'import asyncio\nasync def main():\n    loop = asyncio.get_running_loop()\n    await asyncio.sleep(5)\n    await asyncio.sleep(1e-9)\n    print(repr(loop.time() - 5))\n    await asyncio.sleep(1e-30)\n    print(loop.time() > 5.000000001)\nasyncio.run(main())\n',
    );
    expect(r.trace.stdout.map((o) => o.text).join('')).toBe('1.000000082740371e-09\nTrue\n');
  });
});
