/** The `contextvars` module: the classes and copy_context of sim/contexts.ts. */
import { PyModule, pyError, type PyValue } from '../runtime/core';
import { defNative } from '../runtime/native';
import {
  contextClass,
  contextVarClass,
  copyContext,
  enterContext,
  leaveContext,
  tokenClass,
  type PyContext,
} from '../sim/contexts';
import { markBlocking, threadedCall } from '../interp/threaded';

// Context.run in a thread (asyncio.to_thread runs the function so): the function may block, and
// the thread keeps the context entered while others run.
markBlocking(contextClass.dict!.get('run') as object, function* (self, args, kw) {
  if (args.length === 0) throw pyError('TypeError', 'run() missing 1 required positional argument');
  const ctx = (self as PyContext).ctx;
  const prev = enterContext(ctx);
  try {
    return yield* threadedCall(args[0], args.slice(1), kw);
  } finally {
    leaveContext(ctx, prev);
  }
});

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
