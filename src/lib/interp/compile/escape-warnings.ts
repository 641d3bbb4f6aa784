/**
 * CPython's SyntaxWarnings for the invalid escapes of the program's literals (`'\d'`, `b'\N{...}'`,
 * `'\777'`), which its parser gives before the compiler's own warnings. 3.11 gives a
 * DeprecationWarning, which its default filters do not show; 3.14 words it anew.
 */
import type * as ir from '../../ir/types';

export function escapeWarnings(mod: ir.Module, minor: number): { line: number; text: string }[] {
  if (minor < 12 || !mod.escapeWarnings) return [];
  return mod.escapeWarnings.map(({ line, line314, sequence, octal }) => {
    const what = octal ? 'invalid octal escape sequence' : 'invalid escape sequence';
    const text =
      minor >= 14
        ? `"${sequence}" is an ${what}. Such sequences will not work in the future. Did you mean "\\${sequence}"? A raw string is also an option.`
        : `${what} '${sequence}'`;
    return { line: minor >= 14 ? line314 : line, text: `SyntaxWarning: ${text}` };
  });
}
