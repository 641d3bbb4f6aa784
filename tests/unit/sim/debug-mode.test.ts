/**
 * asyncio debug mode where the goldens cannot show it: the slow-callback report on stderr without
 * the logging module (stderr is not in the recorded goldens), and the parts Loopline refuses with a
 * "not simulated" stop or error instead of a silent difference (source tracebacks, coroutine origins).
 */
import { describe, it, expect } from 'vitest';
import { simulate } from '../../../src/lib/run';

function run(source: string) {
  const r = simulate(source, { python: '3.13' });
  return {
    stdout: r.trace.stdout.map((o) => o.text).join(''),
    stderr: r.ui.stderr.map((l) => `${l.t.toFixed(3)} ${l.text}`).join(''),
    error: r.trace.error,
  };
}

describe('asyncio debug mode', () => {
  it("writes the slow callback's report on stderr, as logging's last resort does", () => {
    const r = run(`import asyncio, time
async def main():
    time.sleep(0.2)
asyncio.run(main(), debug=True)
`);
    expect(r.stderr).toBe(
      "0.200 Executing <Task finished name='Task-1' coro=<main() done, defined at main.py:2> result=None created at /usr/lib/python3.13/asyncio/runners.py:100> took 0.200 seconds\n",
    );
  });

  it('reports nothing outside debug mode, or below slow_callback_duration', () => {
    const r = run(`import asyncio, time
async def main():
    time.sleep(0.05)
asyncio.run(main(), debug=True)
async def slow():
    time.sleep(0.5)
asyncio.run(slow())
`);
    expect(r.stderr).toBe('');
  });

  it('stops, saying so, at a coroutine never awaited that was made while a debug-mode loop ran', () => {
    const r = run(`import asyncio
async def f():
    pass
async def main():
    f()
asyncio.run(main(), debug=True)
`);
    expect(r.error).toMatch(
      /^Not simulated: the warning for coroutine 'f' never awaited, made while a debug-mode loop ran/,
    );
  });

  it("stops at a debug-mode task's exception never retrieved (CPython logs where it was created)", () => {
    const r = run(`import asyncio
async def boom():
    raise ValueError(1)
async def main():
    asyncio.create_task(boom())
    await asyncio.sleep(0.1)
asyncio.run(main(), debug=True)
`);
    expect(r.error).toMatch(
      /^Not simulated: the exception handler's report of 'Task exception was never retrieved' in asyncio debug mode/,
    );
  });

  it("refuses a callback's exception in debug mode with a NotSimulatedError", () => {
    const r = run(`import asyncio
def bad():
    1 / 0
async def main():
    asyncio.get_running_loop().call_soon(bad)
    await asyncio.sleep(0)
try:
    asyncio.run(main(), debug=True)
except Exception as e:
    print(type(e).__name__, e)
`);
    expect(r.stdout).toMatch(
      /^NotSimulatedError the exception handler's report of 'Exception in callback bad\(\) at main.py:2'/,
    );
  });

  it('refuses the repr of a future asyncio made where Loopline does not know the line', () => {
    const r = run(`import asyncio
async def main():
    g = asyncio.gather(asyncio.sleep(0))
    try:
        repr(g)
    except Exception as e:
        print(type(e).__name__)
    await g
asyncio.run(main(), debug=True)
`);
    expect(r.stdout).toBe('NotSimulatedError\n');
  });
});
