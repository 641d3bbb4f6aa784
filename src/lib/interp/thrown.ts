/**
 * The exception `throw()` puts into a generator, coroutine or future iterator (and `athrow()`
 * into an async generator), as CPython's _gen_throw makes it: throw(exc), or the old
 * throw(type[, value[, traceback]]) signature, where the value becomes the class's instance (a
 * tuple its arguments, an instance of it kept) and an instance takes no separate value. From 3.12
 * the old signature also warns (DeprecationWarning through the warnings module, at the caller).
 */
import {
  PyClass,
  PyExc,
  PyExceptionObject,
  PyTuple,
  getExcClass,
  isInstance,
  pyError,
  typeName,
  type PyValue,
} from '../runtime/core';
import { call } from '../runtime/ops';
import { run } from '../runtime/run';
import { importModule } from './state';

/**
 * The exception thrown for the arguments `typ`, `val` (undefined: not given) and `tb`; `notException`
 * words the refusal of something else (asyncio's C future iterator has its own).
 */
export function thrownException(
  typ: PyValue,
  val: PyValue | undefined,
  tb?: PyValue,
  notException = `exceptions must be classes or instances deriving from BaseException, not ${typeName(typ)}`,
): PyExceptionObject {
  if (tb !== undefined && tb !== null && typeName(tb) !== 'traceback')
    throw pyError('TypeError', 'throw() third argument must be a traceback object');
  if (val === undefined) val = null;
  if (typ instanceof PyClass && typ.mro.includes(getExcClass('BaseException'))) {
    if (val instanceof PyExceptionObject && isInstance(val, typ)) return val;
    const args = val === null ? [] : val instanceof PyTuple ? val.items : [val];
    const e = call(typ, args, null);
    if (e instanceof PyExceptionObject) return e;
    throw pyError(
      'TypeError',
      `calling ${typ.name} should have returned an instance of BaseException, not ${typeName(e)}`,
    );
  }
  if (typ instanceof PyExceptionObject) {
    if (val !== null) throw pyError('TypeError', 'instance exception may not have a separate value');
    return typ;
  }
  throw pyError('TypeError', notException);
}

/** `method(args)` given more than the exception: 3.12's DeprecationWarning, as warnings.warn issues it. */
export function warnThrowSignature(method: 'throw' | 'athrow', args: PyValue[]): void {
  if (args.length < 2 || run.minor < 12) return;
  const warn = importModule('warnings').dict!.get('warn')!;
  const text = `the (type, exc, tb) signature of ${method}() is deprecated, use the single-arg signature instead.`;
  call(warn, [text, getExcClass('DeprecationWarning'), 1n], null);
}

/** throw()'s arguments as a PyExc to raise in the generator. */
export function thrownExc(args: PyValue[]): PyExc {
  return new PyExc(thrownException(args[0], args[1], args[2]));
}
