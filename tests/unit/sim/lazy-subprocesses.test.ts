/**
 * asyncio's subprocesses run when a program first needs one of their names (sim/lazy-subprocesses.ts),
 * not at `import asyncio`: the program sees what it would have seen had they run at import.
 */
import { describe, it, expect } from 'vitest';
import { simulate } from '../../../src/lib/run';
import { asyncioSources } from '../../../src/lib/sim/py';
import { SUBPROCESS_NAMES } from '../../../src/lib/sim/lazy-subprocesses';
import { loopClass } from '../../../src/lib/sim/base_events';
import { namesBound, stdoutLines } from './lazy-parts';

const out = (source: string) => stdoutLines(source, '3.13');

describe("asyncio's subprocesses, run when first needed", () => {
  it('the names they are made for are those subprocesses.py makes, in its order', () => {
    expect([...SUBPROCESS_NAMES]).toEqual(namesBound([asyncioSources.subprocesses], true));
  });

  it('a program that never needs them does not run them', () => {
    simulate('import asyncio\nasyncio.run(asyncio.sleep(1))', { python: '3.13' });
    // The loop's class (shared by every run) has no subprocess_exec until a run needs it.
    expect(loopClass.dict!.has('subprocess_exec')).toBe(false);
  });

  it('their names come in one block where they would be, whatever is read first', () => {
    // vars() leaves asyncio's helpers out (runtime/hidden-names.ts): the block is of the names CPython has.
    const listing = 'print(*[k for k in vars(asyncio)])';
    const viaLoop = out(`import asyncio\nasyncio.new_event_loop().subprocess_exec\n${listing}`)[0].split(' ');
    const viaDir = out(`import asyncio\ndir(asyncio)\n${listing}`)[0].split(' ');
    const viaSub = out(`import asyncio.subprocess\nasyncio.subprocess.Process\n${listing}`)[0].split(' ');
    // Listing asyncio (vars() or dir()) brings asyncio.sys and asyncio.log (stdlib/modules.ts), at the end.
    expect(viaDir).toEqual(viaLoop);
    expect(viaLoop.slice(-2)).toEqual(['sys', 'log']);
    expect(viaSub).toEqual(viaLoop);
    const shown = [...SUBPROCESS_NAMES].filter((n) => !n.startsWith('_'));
    const first = viaLoop.indexOf(shown[0]);
    expect(viaLoop.slice(first, first + shown.length)).toEqual(shown);
    expect(viaLoop).not.toContain('_SUBPROCESS_PIPE');
    // Right after the parts run before them at import (stubs.py's SendfileNotAvailableError last).
    expect(viaLoop[first - 1]).toBe('SendfileNotAvailableError');
  });

  it("a name the program set first keeps the program's value; the submodule gets asyncio's", () => {
    const lines = out(
      [
        'import asyncio',
        'async def fake(*a, **k): pass',
        'asyncio.create_subprocess_exec = fake',
        'print(asyncio.create_subprocess_exec is fake, asyncio.subprocess.create_subprocess_exec is fake)',
        "print(asyncio.subprocess.create_subprocess_exec.__qualname__, [k for k in vars(asyncio.subprocess) if k[0] != '_'][:2])",
        'print(asyncio.SubprocessProtocol, asyncio.protocols.SubprocessProtocol is asyncio.SubprocessProtocol)',
      ].join('\n'),
    );
    expect(lines).toEqual([
      'True False',
      "create_subprocess_exec ['create_subprocess_exec', 'create_subprocess_shell']",
      "<class 'asyncio.protocols.SubprocessProtocol'> True",
    ]);
  });

  it("the loop's methods are the run's own, in the class's dict after the other methods", () => {
    const program = [
      'import asyncio',
      'loop = asyncio.new_event_loop()',
      'print(loop.subprocess_exec.__qualname__)',
      'ks = list(type(loop).__dict__)',
      "print(ks[ks.index('create_unix_connection') + 1: ks.index('create_unix_connection') + 3])",
    ].join('\n');
    const first = out(program);
    expect(first).toEqual(['BaseEventLoop.subprocess_exec', "['subprocess_exec', 'subprocess_shell']"]);
    expect(out(program)).toEqual(first);
  });
});
