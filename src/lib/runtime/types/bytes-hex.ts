/**
 * `.hex(sep, bytes_per_sep)` of bytes, bytearray and memoryview: two hex digits a byte, grouped
 * from the right (a positive count) or from the left (a negative one), CPython's checks of `sep`.
 */
import { PyBytes, pyError, unbox, type PyValue } from '../core';
import { len } from '../ops';
import { indexArg } from './util';

export function hexOf(data: ArrayLike<number>, sepArg: PyValue | undefined, perArg: PyValue | undefined): string {
  const digits: string[] = [];
  for (let i = 0; i < data.length; i++) digits.push(data[i].toString(16).padStart(2, '0'));
  if (sepArg === undefined) return digits.join('');
  // Its length first (anything with one), then its type: a str or bytes of one ASCII character.
  if (len(sepArg) !== 1) throw pyError('ValueError', 'sep must be length 1.');
  const sepValue = unbox(sepArg);
  let code: number;
  if (typeof sepValue === 'string') code = sepValue.codePointAt(0)!;
  else if (sepArg instanceof PyBytes) code = sepArg.data[0];
  else throw pyError('TypeError', 'sep must be str or bytes.');
  if (code > 127) throw pyError('ValueError', 'sep must be ASCII.');
  const sep = String.fromCharCode(code);
  const per = perArg === undefined ? 1 : indexArg(perArg);
  if (per === 0 || digits.length === 0) return digits.join('');
  const k = Math.abs(per);
  const groups: string[] = [];
  if (per > 0)
    for (let end = digits.length; end > 0; end -= k) groups.unshift(digits.slice(Math.max(0, end - k), end).join(''));
  else for (let i = 0; i < digits.length; i += k) groups.push(digits.slice(i, i + k).join(''));
  return groups.join(sep);
}
