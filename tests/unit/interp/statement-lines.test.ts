/**
 * Library statements are found in our sources by their function and text (interp/statement-lines.ts):
 * lines moving as a source is edited must not move a statement out of its table of CPython frames.
 */
import { describe, it, expect } from 'vitest';
import { sourceLines, statementLine } from '../../../src/lib/interp/statement-lines';
import { libraryText, preparsedText } from '../../../src/lib/interp/preparsed';

const source = [
  'class Lock:',
  '    async def acquire(self):',
  '        if self._locked:',
  '            await fut',
  '        def inner():',
  '            await fut',
  '        await fut',
  '',
  'async def wait(fut):',
  '    await fut',
].join('\n');

describe('statementLine', () => {
  const lines = sourceLines(source);
  it('finds the statement inside the function named, not in a function nested in it or another', () => {
    expect(statementLine(lines, 'inner', 'await fut', 1)).toBe(6);
    expect(statementLine(lines, 'wait', 'await fut', 4)).toBe(10);
    expect(statementLine(lines, 'acquire', 'return', 4)).toBeNull();
    expect(statementLine(lines, 'release', 'await fut', 4)).toBeNull();
  });
  it('maps like statements in order when the table gives as many, wherever the lines moved', () => {
    // The table wrote 2 and 3 before lines were added above: still the first and the second.
    expect(statementLine(lines, 'acquire', 'await fut', 2, [2, 3])).toBe(4);
    expect(statementLine(lines, 'acquire', 'await fut', 3, [2, 3])).toBe(7);
  });
  it('takes the nearest like statement where the table gives fewer', () => {
    expect(statementLine(lines, 'acquire', 'await fut', 6)).toBe(7);
    expect(statementLine(lines, 'acquire', 'await fut', 3)).toBe(4);
  });
  it("reads the text the CLI's bundle carries in a source's place (a name standing for its file)", () => {
    preparsedText.set('<library test/lock.py>', () => source);
    expect(libraryText('<library test/lock.py>')).toBe(source);
    expect(statementLine(sourceLines('<library test/lock.py>'), 'wait', 'await fut', 1)).toBe(10);
    expect(libraryText('print(1)\n')).toBe('print(1)\n');
  });
});
