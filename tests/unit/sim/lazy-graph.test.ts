/**
 * 3.14's asyncio.graph is made when a program first needs one of its names (sim/lazy-graph.ts), not
 * at `import asyncio`: the program sees what it would have seen had it been made at import.
 */
import { describe, it, expect } from 'vitest';
import { asyncioGraph } from '../../../src/lib/sim/py';
import { GRAPH_NAMES } from '../../../src/lib/sim/lazy-graph';
import type { PythonVersion } from '../../../src/lib/ir/python-version';
import { namesBound, stdoutLines } from './lazy-parts';

const out = (source: string, python: PythonVersion = '3.14') => stdoutLines(source, python);

describe('asyncio.graph, run when first needed', () => {
  it('the names it is made for are those its file makes, in their order', () => {
    expect([...GRAPH_NAMES]).toEqual(namesBound([asyncioGraph]));
  });

  it('its names come where they would be, whatever is read first', () => {
    const listing = ['print(*[k for k in vars(asyncio)])', 'print(*vars(asyncio.graph))'].join('\n');
    const ways = [
      'asyncio.capture_call_graph',
      'asyncio.graph.FutureCallGraph',
      'asyncio.StreamReader',
      'asyncio.subprocess.Process',
      'asyncio.BufferedProtocol',
      'dir(asyncio)',
      'asyncio.__dict__',
    ];
    const [first, ...rest] = ways.map((w) => out(`import asyncio\n${w}\n${listing}`));
    for (const r of rest) expect(r).toEqual(first);
    const names = first[0].split(' ');
    const shown = [...GRAPH_NAMES].filter((n) => !n.startsWith('_'));
    const at = names.indexOf(shown[0]);
    expect(names.slice(at, at + shown.length)).toEqual(shown);
    // After stubs.py's names and the subprocesses', before the loop classes.
    expect(at).toBeGreaterThan(names.indexOf('SendfileNotAvailableError'));
    expect(at).toBeGreaterThan(names.indexOf('create_subprocess_exec'));
    expect(at).toBeLessThan(names.indexOf('BaseEventLoop'));
    const graph = first[1].split(' ');
    for (const n of shown) expect(graph).toContain(n);
  });

  it("a name the program set first keeps the program's value; the submodule gets asyncio's", () => {
    const lines = out(
      [
        'import asyncio',
        'def fake(*a, **k): pass',
        'asyncio.capture_call_graph = fake',
        'print(asyncio.capture_call_graph is fake, asyncio.graph.capture_call_graph is fake)',
        'print(asyncio.graph.capture_call_graph.__module__, asyncio.FutureCallGraph.__module__)',
      ].join('\n'),
    );
    expect(lines).toEqual(['True False', 'asyncio.graph asyncio.graph']);
  });

  it('draws a call graph as before', () => {
    const program = [
      'import asyncio',
      'async def inner():',
      '    asyncio.print_call_graph()',
      'async def main():',
      '    await asyncio.create_task(inner(), name="child")',
      'asyncio.run(main())',
    ].join('\n');
    const lines = out(program);
    expect(lines[0]).toMatch(/^\* Task\(name='child', id=0x[0-9a-f]+\)$/);
    expect(lines.slice(1)).toContain('  + Call stack:');
  });

  it('is not there before 3.14', () => {
    expect(out('import asyncio\nprint(hasattr(asyncio, "capture_call_graph"))', '3.13')).toEqual(['False']);
  });
});
