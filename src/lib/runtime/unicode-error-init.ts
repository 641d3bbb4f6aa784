/**
 * A UnicodeEncodeError, UnicodeDecodeError or UnicodeTranslateError made by a program's call:
 * its arguments checked and kept as the fields its message is made from (unicode-errors.ts).
 */
import { PyBytes, pyError, typeName, type PyExceptionObject, type PyValue } from './core';
import { bufferArg } from './types/buffer';
import { toIndex } from './ops';
import { kindOf, setFields } from './unicode-errors';

function strArg(v: PyValue, n: number): string {
  if (typeof v !== 'string') throw pyError('TypeError', `argument ${n} must be str, not ${typeName(v)}`);
  return v;
}

/** `__init__`'s arguments checked as CPython parses them ("UOnnU", or "UnnU" to translate); false for other classes. */
export function initUnicodeError(e: PyExceptionObject, args: PyValue[]): boolean {
  const kind = kindOf(e.cls);
  if (kind === null) return false;
  const want = kind === 'translate' ? 4 : 5;
  if (args.length !== want)
    throw pyError('TypeError', `function takes exactly ${want} arguments (${args.length} given)`);
  if (kind === 'translate') {
    const object = strArg(args[0], 1);
    setFields(e, undefined, object, toIndex(args[1]), toIndex(args[2]), strArg(args[3], 4));
    e.dict!.set('encoding', null);
    return true;
  }
  const encoding = strArg(args[0], 1);
  const object = kind === 'encode' ? strArg(args[1], 2) : new PyBytes(Uint8Array.from(bufferArg(args[1])));
  setFields(e, encoding, object, toIndex(args[2]), toIndex(args[3]), strArg(args[4], 5));
  return true;
}
