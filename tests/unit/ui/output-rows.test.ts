import { describe, it, expect } from 'vitest';
import { joinedRows, rowStarts, rowWrites, rowsShown } from '../../../src/lib/ui/output/output-rows';
import { simulate } from '../../../src/lib/run';
import { buildRunView } from '../../../src/lib/ui/model';
import { toWire, fromWire } from '../../../src/lib/ui/view-wire';

const w = (...texts: string[]) => texts.map((text) => ({ text }));

describe('output rows', () => {
  it('one row per print, as before, when every write ends its line', () => {
    expect([...rowStarts(w('a\n', 'b\n', 'c\n'))]).toEqual([0, 1, 2]);
  });

  it("joins writes up to the one that ends the line (print(end=''), an input() prompt)", () => {
    // for i in range(3): print(i, end=' ')  then print()  then input('name? ') and print('hi')
    const writes = w('0 ', '1 ', '2 ', '\n', 'name? ', 'hi\n', 'tail');
    const starts = rowStarts(writes);
    expect([...starts]).toEqual([0, 4, 6]);
    expect(rowWrites(starts, 0, writes.length)).toEqual([0, 4]);
    expect(rowWrites(starts, 1, writes.length)).toEqual([4, 6]);
    // The last row is open (no newline yet): it holds what is written so far.
    expect(rowWrites(starts, 2, writes.length)).toEqual([6, 7]);
  });

  it('shows a row as soon as its first write is printed, holding only the writes printed', () => {
    const starts = rowStarts(w('a', 'b', 'c\n', 'd\n'));
    expect([0, 1, 2, 3, 4].map((count) => rowsShown(starts, count))).toEqual([0, 1, 1, 1, 2]);
    expect(rowWrites(starts, 0, 2)).toEqual([0, 2]);
  });

  it('keeps a write with newlines inside it in one row', () => {
    expect([...rowStarts(w('a\nb\n', 'c\n'))]).toEqual([0, 1]);
    expect([...rowStarts([])]).toEqual([]);
  });

  it("joins a stream's writes into rows at their first write's time (the stderr box)", () => {
    // sys.stderr.write('warn: '); sys.stderr.write('low disk\n'); a traceback in one write; an open row
    const writes = [
      { t: 0, text: 'warn: ' },
      { t: 0.5, text: 'low disk\n' },
      { t: 1, text: 'Traceback:\n  line 2\n' },
      { t: 2, text: 'tail' },
    ];
    expect(joinedRows(writes)).toEqual([
      { t: 0, text: 'warn: low disk' },
      { t: 1, text: 'Traceback:\n  line 2' },
      { t: 2, text: 'tail' },
    ]);
    expect(joinedRows([])).toEqual([]);
  });

  it("comes with the run's view, built where the view is (the worker), and reaches the page", () => {
    // On the page the printed lines are packed text, decoded when read: the panel must not read
    // them all to find its rows (a million lines made a 400-500 ms task of that).
    const r = simulate(
      'import asyncio\n\nasync def main():\n    for i in range(3):\n        print(i, end=" ")\n    print()\n    print("done")\n    print("open", end="")\n\nasyncio.run(main())\n',
    );
    const { trace: _t, ui: _u, ...own } = buildRunView(r.trace, r.ui);
    expect([...own.outputRows]).toEqual([0, 4, 5]);
    expect([...own.outputRows]).toEqual([...rowStarts(r.trace.stdout)]);
    const { wire, transfer } = toWire(own, r.trace.tasks);
    const back = fromWire(structuredClone(wire, { transfer }), r.trace.tasks);
    expect([...back.outputRows]).toEqual([0, 4, 5]);
  });
});
