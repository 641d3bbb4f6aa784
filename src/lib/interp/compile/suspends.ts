/**
 * The suspend analysis: does a node need the suspending (generator) form? Only code that can
 * reach an `await`, `yield` or `async for/with` pays for a generator; the rest stays plain closures.
 */
import type * as ir from '../../ir/types';

const suspendMemo = new WeakMap<object, boolean>();
const threadedMemo = new WeakMap<object, boolean>();
/**
 * Compiling a simulated thread's body (threads.md): every call and `with` may block (time.sleep,
 * a lock's acquire), so they suspend too.
 */
let threadedMode = false;

/** Run `fn` compiling in threaded mode (or not); the mode before is restored after. */
export function inThreadedMode<T>(on: boolean, fn: () => T): T {
  const saved = threadedMode;
  threadedMode = on;
  try {
    return fn();
  } finally {
    threadedMode = saved;
  }
}

/** Does evaluating this node (not counting nested function bodies) possibly suspend? */
export function suspends(n: ir.Expr | ir.Stmt | null | undefined): boolean {
  if (!n) return false;
  const memo = threadedMode ? threadedMemo : suspendMemo;
  const m = memo.get(n);
  if (m !== undefined) return m;
  const r = computeSuspends(n);
  memo.set(n, r);
  return r;
}

function anySuspends(ns: (ir.Expr | ir.Stmt | null)[]): boolean {
  for (const n of ns) if (suspends(n)) return true;
  return false;
}

function computeSuspends(n: ir.Expr | ir.Stmt): boolean {
  switch (n.type) {
    case 'Await':
    case 'Yield':
    case 'YieldFrom':
      return true;
    case 'Call':
      if (threadedMode) return true;
      break;
    case 'FunctionDef':
      return anySuspends(n.decorators) || anySuspends(paramDefaults(n.params));
    case 'ClassDef':
      return anySuspends(n.bases) || anySuspends(n.decorators);
    case 'Lambda':
      return anySuspends(paramDefaults(n.params));
    case 'ListComp':
    case 'SetComp':
    case 'DictComp':
      // In a thread's body the items it takes may block (a generator's).
      if (threadedMode) return true;
      return n.generators.some((g) => g.isAsync) || compHasAwait(n) || suspends(n.generators[0].iter);
    case 'GeneratorExp':
      return suspends(n.generators[0].iter);
    case 'While':
      // A thread hands the GIL over at a loop iteration when its slice is over (threads.md).
      if (threadedMode) return true;
      break;
    case 'For':
      return n.isAsync || threadedMode || suspends(n.iter) || anySuspends(n.body) || anySuspends(n.orelse);
    case 'With':
      return n.isAsync || threadedMode || n.items.some((i) => suspends(i.context)) || anySuspends(n.body);
    case 'Try':
      return (
        anySuspends(n.body) ||
        n.handlers.some((h) => anySuspends(h.body) || suspends(h.type)) ||
        anySuspends(n.orelse) ||
        anySuspends(n.finalbody)
      );
    case 'Match':
      return suspends(n.subject) || n.cases.some((c) => anySuspends(c.body) || suspends(c.guard));
    case 'AnnAssign':
      // In a function the annotation is never evaluated: only the value can suspend.
      return suspends(n.value) || suspends(n.target);
  }
  for (const child of childNodes(n)) if (suspends(child)) return true;
  return false;
}

export function compHasAwait(n: ir.Comprehension | ir.DictComp): boolean {
  const inner: (ir.Expr | null)[] = n.type === 'DictComp' ? [n.key, n.value] : [n.elt];
  for (const g of n.generators.slice(1)) inner.push(g.iter);
  for (const g of n.generators) inner.push(...g.ifs);
  return anySuspends(inner);
}

function paramDefaults(p: ir.Params): ir.Expr[] {
  const out: ir.Expr[] = [];
  for (const a of [...p.posonly, ...p.args, ...p.kwonly]) if (a.default) out.push(a.default);
  return out;
}

/** Direct sub-expressions and sub-statements of simple nodes. */
function childNodes(n: ir.Expr | ir.Stmt): (ir.Expr | ir.Stmt)[] {
  const out: (ir.Expr | ir.Stmt)[] = [];
  const push = (x: unknown) => {
    if (x && typeof x === 'object' && 'type' in (x as object)) out.push(x as ir.Expr);
  };
  for (const [k, v] of Object.entries(n)) {
    if (k === 'span') continue;
    if (Array.isArray(v)) {
      for (const x of v) {
        if (x && typeof x === 'object') {
          if ('type' in x) push(x);
          else if (
            'value' in x &&
            (x as { value: unknown }).value &&
            typeof (x as { value: object }).value === 'object'
          )
            push((x as { value: unknown }).value);
          else if ('expr' in x) {
            push((x as ir.FStringField).expr);
            const spec = (x as ir.FStringField).spec;
            if (spec) for (const sp of spec) if (typeof sp !== 'string') push(sp.expr);
          } else if ('context' in x) push((x as ir.WithItem).context);
        }
      }
    } else push(v);
  }
  return out;
}
