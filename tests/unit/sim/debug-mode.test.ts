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
      /^Not simulated: the warning for coroutine 'f' never awaited, made where its origin passes one of the library's own frames/,
    );
  });

  it("refuses the debug-mode log records of the network, where asyncio's logger would show them", () => {
    const serve = `import asyncio, logging, sys
logging.basicConfig(level=logging.LEVEL, stream=sys.stdout)
async def handle(r, w):
    w.close()
async def main():
    srv = await asyncio.start_server(handle, '127.0.0.1', 8800)
    print('serving')
    r, w = await asyncio.open_connection('127.0.0.1', 8800)
    print('connected')
    w.close()
    srv.close()
asyncio.run(main(), debug=True)
`;
    for (const [level, what] of [
      ['DEBUG', "'<Server sockets=(...)> is serving' (create_server)"],
      ['INFO', "'<Server sockets=(...)> is serving' (create_server)"],
    ]) {
      const r = run(serve.replace('LEVEL', level));
      expect(r.error).toBe(
        `loopline.NotSimulatedError: asyncio debug mode's log record ${what} is not simulated in Loopline`,
      );
    }
    // At WARNING (logging's default) none of them shows: nothing to refuse.
    const quiet = run(serve.replace('LEVEL', 'WARNING'));
    expect(quiet.error).toBeNull();
    expect(quiet.stdout).toBe('serving\nconnected\n');
    // A DEBUG record once the server is up: the accept's, refused in its loop callback (where the
    // debug-mode exception handler's report of it is refused in turn).
    const later = run(
      serve
        .replace('LEVEL', 'WARNING')
        .replace("print('serving')", "print('serving')\n    logging.getLogger('asyncio').setLevel(logging.DEBUG)"),
    );
    expect(later.error).toMatch(
      /BaseSelectorEventLoop\._accept_connection\(\)' in asyncio debug mode .* is not simulated/,
    );
  });

  it('refuses the debug-mode log record of a child process started where INFO shows', () => {
    const r = run(`import asyncio, logging
logging.basicConfig(level=logging.INFO)
async def main():
    p = await asyncio.create_subprocess_exec('true')
    await p.wait()
asyncio.run(main(), debug=True)
`);
    expect(r.error).toBe(
      "loopline.NotSimulatedError: asyncio debug mode's log record 'execute program ...' (subprocess_exec) is not simulated in Loopline",
    );
  });

  it("refuses cr_origin of a coroutine made in a debug-mode task (its origin passes asyncio's frames)", () => {
    const r = run(`import asyncio
async def f():
    pass
async def main():
    c = f()
    print(len(c.cr_origin))
asyncio.run(main(), debug=True)
`);
    expect(r.error).toBe(
      "loopline.NotSimulatedError: cr_origin of a coroutine made where its origin passes one of the library's own frames is not simulated in Loopline",
    );
  });

  it("gives the origin of a coroutine made in the program's own frames", () => {
    const r = run(`import sys
async def f():
    pass
def make():
    return f()
sys.set_coroutine_origin_tracking_depth(5)
c = make()
print(c.cr_origin)
c.close()
`);
    // Nothing called the module's frame: the origin ends there, short of the depth.
    expect(r.stdout).toBe("(('main.py', 5, 'make'), ('main.py', 7, '<module>'))\n");
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
