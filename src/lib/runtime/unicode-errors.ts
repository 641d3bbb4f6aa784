/**
 * UnicodeEncodeError, UnicodeDecodeError and UnicodeTranslateError carry where the codec failed
 * (Objects/exceptions.c): `encoding`, `object`, `start`, `end` and `reason`, settable attributes
 * from which their message is made each time it is shown. Loopline keeps them in the exception's
 * dict, set by the constructor's arguments or by the codec that raised it.
 */
import { PyBytes, PyExc, makeError, type PyClass, type PyExceptionObject, type PyValue } from './core';

export type Kind = 'encode' | 'decode' | 'translate';

const KINDS: [string, Kind][] = [
  ['UnicodeEncodeError', 'encode'],
  ['UnicodeDecodeError', 'decode'],
  ['UnicodeTranslateError', 'translate'],
];

/** Which of the three a class is (a subclass counts), or null. */
export function kindOf(cls: PyClass): Kind | null {
  for (const c of cls.mro) {
    if (!c.isBuiltin) continue;
    for (const [name, kind] of KINDS) if (c.name === name) return kind;
  }
  return null;
}

export function setFields(
  e: PyExceptionObject,
  encoding: PyValue | undefined,
  object: PyValue,
  start: PyValue,
  end: PyValue,
  reason: PyValue,
) {
  const d = e.dict!;
  if (encoding !== undefined) d.set('encoding', encoding);
  d.set('object', object);
  d.set('start', start);
  d.set('end', end);
  d.set('reason', reason);
}

function hex(cp: number): string {
  if (cp <= 0xff) return '\\x' + cp.toString(16).padStart(2, '0');
  if (cp <= 0xffff) return '\\u' + cp.toString(16).padStart(4, '0');
  return '\\U' + cp.toString(16).padStart(8, '0');
}

/** The message, from the fields as they are now; null for other exceptions (or one never initialised). */
export function unicodeErrorText(e: PyExceptionObject): string | null {
  const kind = kindOf(e.cls);
  if (kind === null) return null;
  const d = e.dict!;
  const object = d.get('object');
  if (object === undefined) return '';
  const start = Number(d.get('start') as bigint);
  const end = Number(d.get('end') as bigint);
  const reason = String(d.get('reason'));
  const encoding = String(d.get('encoding'));
  if (kind === 'decode') {
    const data = (object as PyBytes).data;
    if (start < data.length && end === start + 1)
      return `'${encoding}' codec can't decode byte 0x${data[start].toString(16).padStart(2, '0')} in position ${start}: ${reason}`;
    return `'${encoding}' codec can't decode bytes in position ${start}-${end - 1}: ${reason}`;
  }
  const cps = Array.from(object as string);
  const head = kind === 'encode' ? `'${encoding}' codec can't encode` : "can't translate";
  if (start < cps.length && end === start + 1)
    return `${head} character '${hex(cps[start].codePointAt(0)!)}' in position ${start}: ${reason}`;
  return `${head} characters in position ${start}-${end - 1}: ${reason}`;
}

/** The error a codec raises encoding `text` (positions in code points). */
export function encodeFailure(encoding: string, text: string, start: number, end: number, reason: string): PyExc {
  const e = makeError('UnicodeEncodeError');
  e.args = [encoding, text, BigInt(start), BigInt(end), reason];
  setFields(e, encoding, text, BigInt(start), BigInt(end), reason);
  return new PyExc(e);
}

/** The error a codec raises decoding `data` (the whole input, as CPython keeps it). */
export function decodeFailure(
  encoding: string,
  data: ArrayLike<number>,
  start: number,
  end: number,
  reason: string,
): PyExc {
  const e = makeError('UnicodeDecodeError');
  const object = new PyBytes(Uint8Array.from(data));
  e.args = [encoding, object, BigInt(start), BigInt(end), reason];
  setFields(e, encoding, object, BigInt(start), BigInt(end), reason);
  return new PyExc(e);
}
