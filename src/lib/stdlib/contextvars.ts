/** The `contextvars` module: the classes and copy_context of sim/contexts.ts. */
import { PyModule, type PyValue } from '../runtime/core';
import { defNative } from '../runtime/native';
import { contextClass, contextVarClass, copyContext, tokenClass } from '../sim/contexts';

export function makeContextvars(): PyModule {
  const d = new Map<string, PyValue>([
    ['Context', contextClass],
    ['ContextVar', contextVarClass],
    ['Token', tokenClass],
  ]);
  d.set(
    'copy_context',
    defNative('copy_context', '()', () => copyContext().object()),
  );
  return new PyModule('contextvars', d);
}
