/**
 * CPython's compile-time SyntaxWarnings for a call or subscript whose operand can only be a
 * literal's value, which usually means a missing comma between two items of a display:
 * `[(1, 2) (3, 4)]` ('tuple' object is not callable), `[[1, 2] [0, 1]]` (list indices must be
 * integers or slices, not tuple), `None[0]` ('NoneType' object is not subscriptable).
 */
import type * as ir from '../../ir/types';
import type { CompileContext } from './context';
import { run } from '../../runtime/run';

const CONST_TYPES: Record<ir.Const['kind'], string> = {
  int: 'int',
  float: 'float',
  complex: 'complex',
  str: 'str',
  bytes: 'bytes',
  bool: 'bool',
  None: 'NoneType',
  Ellipsis: 'ellipsis',
};

/** The constant's type after CPython's constant folding (`-1`, `not 0`, `(1, 2)`), or null if `e` is none. */
function constType(e: ir.Expr): string | null {
  if (e.type === 'Const') return CONST_TYPES[e.kind];
  if (e.type === 'UnaryOp') {
    const t = constType(e.operand);
    if (t === null) return null;
    if (e.op === 'not') return 'bool';
    if (e.op === '~') return t === 'int' || t === 'bool' ? 'int' : null;
    return t === 'bool' ? 'int' : t === 'int' || t === 'float' || t === 'complex' ? t : null;
  }
  if (e.type === 'Tuple' && e.elts.every((x) => constType(x) !== null)) return 'tuple';
  return null;
}

/** The type an expression's value must have (CPython's infer_type), or null when not evident. */
function inferType(e: ir.Expr): string | null {
  switch (e.type) {
    case 'Tuple':
      return 'tuple';
    case 'List':
    case 'ListComp':
      return 'list';
    case 'Dict':
    case 'DictComp':
      return 'dict';
    case 'Set':
    case 'SetComp':
      return 'set';
    case 'GeneratorExp':
      return 'generator';
    case 'Lambda':
      return 'function';
    case 'FString':
      return e.template ? 'string.templatelib.Template' : 'str';
  }
  return constType(e);
}

/** The warning about `e`, at the called or subscripted `at` since 3.12 (at `e` in 3.11). */
function warn(cx: CompileContext, e: ir.Expr, at: ir.Expr, text: string): void {
  const span = run.minor >= 12 ? at.span : e.span;
  if (cx.warns)
    cx.warnings.push({ line: span.line, span, text: `SyntaxWarning: ${text}; perhaps you missed a comma?` });
}

/** `f(...)` where f is a literal or a display. */
export function checkCaller(cx: CompileContext, e: ir.Call): void {
  const f = e.func;
  if (f.type === 'Lambda') return;
  const t = inferType(f);
  if (t !== null) warn(cx, e, f, `'${t}' object is not callable`);
}

/** `v[i]` (a load) where v cannot be subscripted, or cannot take an index of i's type. */
export function checkSubscript(cx: CompileContext, e: ir.Subscript): void {
  const value = e.value;
  const c = constType(value);
  const unsubscriptable = ['NoneType', 'ellipsis', 'int', 'float', 'complex', 'bool'];
  const template = value.type === 'FString' && value.template === true;
  if (
    (c !== null && unsubscriptable.includes(c)) ||
    ['Set', 'SetComp', 'GeneratorExp', 'Lambda'].includes(value.type) ||
    template
  )
    warn(cx, e, value, `'${inferType(value)}' object is not subscriptable`);
  const index = inferType(e.index);
  if (index === null || index === 'int' || index === 'bool') return;
  const sequence =
    c !== null
      ? ['str', 'bytes', 'tuple'].includes(c)
      : ['List', 'ListComp', 'FString'].includes(value.type) && !template;
  if (sequence) warn(cx, e, value, `${inferType(value)} indices must be integers or slices, not ${index}`);
}
