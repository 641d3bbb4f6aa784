/**
 * PEP 765 (3.14): a `return`, `break` or `continue` that would leave a `finally` block draws a
 * SyntaxWarning when the code is compiled: a `return` anywhere in the block (outside a nested
 * function), a `break`/`continue` unless a loop inside the block holds it. 3.14 checks this on
 * the syntax tree before compiling it, so these come after the parser's warnings and before the
 * compiler's.
 */
import type * as ir from '../../ir/types';

export function finallyWarnings(body: ir.Stmt[]): { line: number; text: string }[] {
  const out: { line: number; text: string }[] = [];
  const warn = (s: ir.Stmt, word: string) =>
    out.push({ line: s.span.line, text: `SyntaxWarning: '${word}' in a 'finally' block` });
  /** `inFinally`: inside a finally block of this function; `loopInside`: inside a loop within it. */
  const walk = (stmts: ir.Stmt[], inFinally: boolean, loopInside: boolean): void => {
    for (const s of stmts) {
      switch (s.type) {
        case 'Return':
          if (inFinally) warn(s, 'return');
          break;
        case 'Break':
        case 'Continue':
          if (inFinally && !loopInside) warn(s, s.type === 'Break' ? 'break' : 'continue');
          break;
        case 'FunctionDef':
        case 'ClassDef':
          walk(s.body, false, false);
          break;
        case 'If':
          walk(s.body, inFinally, loopInside);
          walk(s.orelse, inFinally, loopInside);
          break;
        case 'While':
        case 'For':
          walk(s.body, inFinally, inFinally || loopInside);
          walk(s.orelse, inFinally, loopInside);
          break;
        case 'With':
          walk(s.body, inFinally, loopInside);
          break;
        case 'Try':
          walk(s.body, inFinally, loopInside);
          for (const h of s.handlers) walk(h.body, inFinally, loopInside);
          walk(s.orelse, inFinally, loopInside);
          walk(s.finalbody, true, false);
          break;
        case 'Match':
          for (const c of s.cases) walk(c.body, inFinally, loopInside);
          break;
      }
    }
  };
  walk(body, false, false);
  return out;
}
