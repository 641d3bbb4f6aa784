/**
 * The compile-time warnings of text compiled at run time (compile(), exec(), eval()), issued as
 * CPython's compiler issues them: through warnings.warn_explicit with the text's file name and
 * line, so a program's filters and warnings.catch_warnings see them. 3.11 gives an invalid escape
 * a DeprecationWarning (its default filters do not show it). A warning the filters turn into an
 * error becomes a SyntaxError at the node it is about, as CPython's compiler_warn does.
 */
import type * as ir from '../ir/types';
import { PyExc, getExcClass } from '../runtime/core';
import { call } from '../runtime/ops';
import { run } from '../runtime/run';
import { importModule } from './state';
import type { CompileWarning } from './compile/context';

export function issueCompileWarnings(
  warnings: readonly CompileWarning[],
  module: ir.Module,
  file: string,
  /** The SyntaxError for a warning made an error, at the node it is about. */
  toError: (message: string, span: ir.Span) => PyExc,
): void {
  const escapes: CompileWarning[] =
    run.minor === 11
      ? (module.escapeWarnings ?? []).map(({ line, sequence, octal }) => ({
          line,
          text: `DeprecationWarning: invalid ${octal ? 'octal ' : ''}escape sequence '${sequence}'`,
        }))
      : [];
  const warnExplicit = importModule('warnings').dict!.get('warn_explicit')!;
  for (const w of [...escapes, ...warnings]) {
    const colon = w.text.indexOf(': ');
    const [category, message] = [w.text.slice(0, colon), w.text.slice(colon + 2)];
    try {
      call(warnExplicit, [message, getExcClass(category), file, BigInt(w.line)], null);
    } catch (e) {
      if (!(e instanceof PyExc && e.exc.cls === getExcClass('SyntaxWarning') && w.span)) throw e;
      throw toError(message, w.span);
    }
  }
}
