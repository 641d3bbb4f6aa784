/**
 * CPython's older keyword parser, PyArg_ParseTupleAndKeywords (`vgetargskeywords` in
 * Python/getargs.c), which C types such as datetime's still call from their `__new__`. Its
 * messages differ from Argument Clinic's (signature.ts): the count is checked against positional
 * and keyword arguments together (`function takes at most 3 arguments (4 given)`), a missing one is
 * named by position, and each argument is converted (`i`: a C int) as it is reached, so a bad
 * early argument is reported before a missing later one.
 *
 * Only keyword-capable parameters are modelled (no positional-only ones, which no such caller
 * Loopline has uses).
 */
import { pyError, type KwArgs, type PyValue } from './core';
import { toIndex } from './ops';
import { run } from './run';

export interface KeywordFormat {
  /** The name after `:` in the format (`__new__`), or null: CPython then says "function". */
  readonly fname: string | null;
  readonly names: readonly string[];
  /** Index of `|` (the first optional parameter); Infinity when every parameter is required. */
  readonly min: number;
  /** Index of `$` (the first keyword-only parameter), or names.length. */
  readonly max: number;
  /** Converts the argument for parameter `i` (its format unit), raising as CPython does. */
  readonly convert: (i: number, v: PyValue) => PyValue;
}

/**
 * The arguments `args[from..]` and `kw` bound to `format`'s parameters in order; an absent optional
 * one is undefined. Raises CPython's TypeError for a call the parser refuses.
 */
export function parseKeywords(
  format: KeywordFormat,
  args: PyValue[],
  from: number,
  kw: KwArgs,
): (PyValue | undefined)[] {
  const { names, min, max } = format;
  const len = names.length;
  const nargs = args.length - from;
  let nkw = kw === null ? 0 : kw.size;
  const fn = format.fname === null ? 'function' : `${format.fname}()`;
  if (nargs + nkw > len)
    throw pyError(
      'TypeError',
      `${fn} takes at most ${len} ${nargs === 0 ? 'keyword ' : ''}argument${len === 1 ? '' : 's'} (${nargs + nkw} given)`,
    );
  const out: (PyValue | undefined)[] = new Array(len).fill(undefined);
  for (let i = 0; i < len; i++) {
    if (i === max && max < nargs) {
      if (max === 0) throw pyError('TypeError', `${fn} takes no positional arguments`);
      throw pyError(
        'TypeError',
        `${fn} takes ${min <= max ? 'at most' : 'exactly'} ${max} positional arguments (${nargs} given)`,
      );
    }
    let v: PyValue | undefined;
    if (i < nargs) v = args[from + i];
    else if (nkw > 0) {
      v = kw!.get(names[i]);
      if (v !== undefined) nkw--;
    }
    if (v !== undefined) {
      out[i] = format.convert(i, v);
      continue;
    }
    if (i < min) throw pyError('TypeError', `${fn} missing required argument '${names[i]}' (pos ${i + 1})`);
    // The rest are optional and no keyword is left: CPython stops looking.
    if (nkw === 0) return out;
  }
  if (nkw > 0) {
    for (let i = 0; i < nargs; i++)
      if (kw!.has(names[i]))
        throw pyError('TypeError', `argument for ${fn} given by name ('${names[i]}') and position (${i + 1})`);
    const who = format.fname === null ? 'this function' : `${format.fname}()`;
    for (const k of kw!.keys())
      if (!names.includes(k))
        throw pyError(
          'TypeError',
          run.minor >= 13
            ? `${who} got an unexpected keyword argument '${k}'`
            : `'${k}' is an invalid keyword argument for ${who}`,
        );
  }
  return out;
}

const LONG_MAX = 2n ** 63n - 1n;
const INT_MAX = 2n ** 31n - 1n;

/** The `i` format unit: a C int, through `__index__`. */
export function cInt(v: PyValue): bigint {
  const n = typeof v === 'bigint' ? v : toIndex(v);
  if (n > LONG_MAX || n < -LONG_MAX - 1n) throw pyError('OverflowError', 'Python int too large to convert to C long');
  if (n > INT_MAX) throw pyError('OverflowError', 'signed integer is greater than maximum');
  if (n < -INT_MAX - 1n) throw pyError('OverflowError', 'signed integer is less than minimum');
  return n;
}
