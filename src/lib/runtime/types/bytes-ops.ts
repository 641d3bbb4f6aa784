/**
 * bytes's operators: `+` with bytes or a bytearray, `*` by an int, and the ordering comparisons,
 * as native dunders (bytes operates by them, as collections.deque does), so they are also
 * reachable by name (`bytes.__add__`, `b'a'.__lt__(b'b')`).
 */
import { PyBytes, PyObject, NotImplemented, bytesClass, pyError, typeName, type PyValue } from '../core';
import { isIntLike, toIndex } from '../ops';
import { checkSequenceLength } from '../memory';
import { defNativeMethod } from '../native';
import { bufferOrNull } from './buffer';

bytesClass.nativeDunders = true;

/** The bytes of a bytes-like operand (bytearray, a contiguous memoryview); null for anything else. */
const bytesOf = bufferOrNull;

const B = (v: PyValue): Uint8Array => (v as PyBytes).data;

defNativeMethod(bytesClass, '__add__', 'wrapper(value, /)', (self, [o]) => {
  const other = bytesOf(o);
  if (other === null) throw pyError('TypeError', `can't concat ${typeName(o)} to bytes`);
  const a = B(self);
  const out = new Uint8Array(a.length + other.length);
  out.set(a);
  out.set(other, a.length);
  return new PyBytes(out);
});

/** `b * n`; NotImplemented for an operand that is no int, so that `b'a' * 'x'` gives the sequence message. */
function repeat(self: PyValue, n: PyValue): PyValue {
  if (!isIntLike(n) && !(n instanceof PyObject && n.cls.lookup('__index__') !== undefined)) return NotImplemented;
  const k = Number(toIndex(n));
  const a = B(self);
  const total = k > 0 ? k * a.length : 0;
  checkSequenceLength(total);
  const out = new Uint8Array(total);
  for (let i = 0; i < total; i += a.length) out.set(a, i);
  return new PyBytes(out);
}
defNativeMethod(bytesClass, '__mul__', 'wrapper(value, /)', (self, [n]) => repeat(self, n));
defNativeMethod(bytesClass, '__rmul__', 'wrapper(value, /)', (self, [n]) => repeat(self, n));
