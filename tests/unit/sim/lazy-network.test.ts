/**
 * asyncio's networking, and the stand-ins for the names Loopline does not simulate, are made when a
 * program first needs one of their names (sim/lazy-network.ts), not at `import asyncio`: the program
 * sees what it would have seen had they been made at import.
 */
import { describe, it, expect } from 'vitest';
import { simulate } from '../../../src/lib/run';
import { asyncioSources } from '../../../src/lib/sim/py';
import { NETWORK_NAMES, NETWORK_PARTS } from '../../../src/lib/sim/lazy-network';
import { baseLoopClass, loopClass, selectorLoopClass } from '../../../src/lib/sim/base_events';
import type { PythonVersion } from '../../../src/lib/ir/python-version';
import { namesBound, stdoutLines } from './lazy-parts';

const out = (source: string, python: PythonVersion = '3.13') => stdoutLines(source, python);

describe("asyncio's networking, run when first needed", () => {
  it('the names it is made for are those its files make, in their order', () => {
    expect([...NETWORK_NAMES]).toEqual(namesBound(NETWORK_PARTS.map((part) => asyncioSources[part])));
  });

  it('a program that never needs it does not run it', () => {
    simulate('import asyncio\nasyncio.run(asyncio.sleep(1))', { python: '3.13' });
    // The loop classes (shared by every run) have no create_server until a run needs it.
    expect(baseLoopClass.dict!.has('create_server')).toBe(false);
    expect(loopClass.dict!.has('create_unix_server')).toBe(false);
    expect(selectorLoopClass.dict!.has('sock_recv')).toBe(false);
  });

  it('its names come where they would be, whatever is read first', () => {
    const listing = [
      'print(*[k for k in vars(asyncio)])',
      'print(*vars(asyncio.protocols), *vars(asyncio.streams), *vars(asyncio.transports))',
      'print(*type(asyncio.new_event_loop()).__dict__)',
    ].join('\n');
    const ways = [
      'asyncio.StreamReader',
      'asyncio.streams.open_connection',
      'asyncio.new_event_loop().sock_recv',
      'asyncio.BufferedProtocol',
      // A stand-in for a name not simulated (they are made with the networking).
      'asyncio.BufferedProtocol.__mro__',
      'asyncio.subprocess.Process',
      'dir(asyncio)',
      'asyncio.__dict__',
    ];
    for (const python of ['3.11', '3.13', '3.14'] as const) {
      const [first, ...rest] = ways.map((w) => out(`import asyncio\n${w}\n${listing}`, python));
      for (const r of rest) expect(r).toEqual(first);
      const names = first[0].split(' ');
      const shown = [...NETWORK_NAMES].filter((n) => !n.startsWith('_'));
      const at = names.indexOf(shown[0]);
      expect(names.slice(at, at + shown.length)).toEqual(shown);
      // After threads.py's names, before stubs.py's.
      expect(names[at - 1]).toBe('run_coroutine_threadsafe');
      expect(names.indexOf('BufferedProtocol')).toBeGreaterThan(names.indexOf('SendfileNotAvailableError'));
      const methods = first[2].split(' ');
      const c = methods.indexOf('_executor_shutdown_called');
      // (create_server and the rest are BaseEventLoop's, the sock_* coroutines the selector loop's.)
      expect(methods.slice(c + 1, c + 3)).toEqual(['create_unix_server', 'create_unix_connection']);
    }
  });

  it("a name the program set first keeps the program's value; the submodule gets asyncio's", () => {
    const lines = out(
      [
        'import asyncio',
        'async def fake(*a, **k): pass',
        'asyncio.open_connection = fake',
        'print(asyncio.open_connection is fake, asyncio.streams.open_connection is fake)',
        'print(asyncio.streams.open_connection.__qualname__, asyncio.BufferedProtocol.__mro__[1])',
      ].join('\n'),
    );
    expect(lines).toEqual(['True False', "open_connection <class 'asyncio.protocols.BaseProtocol'>"]);
  });

  it('a server and a client talk as before', () => {
    const program = [
      'import asyncio',
      'async def handle(r, w):',
      '    w.write((await r.readline()).upper())',
      '    await w.drain()',
      '    w.close()',
      'async def main():',
      "    srv = await asyncio.start_server(handle, '127.0.0.1', 8888)",
      "    r, w = await asyncio.open_connection('127.0.0.1', 8888)",
      "    w.write(b'hi\\n')",
      '    print(await r.readline())',
      '    w.close()',
      '    srv.close()',
      '    await srv.wait_closed()',
      'asyncio.run(main())',
    ].join('\n');
    expect(out(program)).toEqual(["b'HI\\n'"]);
    expect(out(program)).toEqual(["b'HI\\n'"]);
  });
});
