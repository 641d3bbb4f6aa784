/**
 * `# sim: latency <url-prefix> <seconds>` directive comments (see the conformance README).
 *
 * Any comment starting with `# sim:` is a directive; one that does not parse is reported
 * (kind 'Unsupported') rather than silently ignored.
 */
import type { Diagnostic, Module } from '../ir/types';
import type { LineIndex } from './positions';
import type { Token } from './scan';

const DIRECTIVE = /^#\s*sim:\s*(.*)$/;
const LATENCY = /^latency\s+(\S+)\s+(\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)\s*$/;

export function readDirectives(
  src: string,
  index: LineIndex,
  tokens: Token[],
): { directives: Module['directives']; diagnostics: Diagnostic[] } {
  const directives: Module['directives'] = [];
  const diagnostics: Diagnostic[] = [];
  for (const t of tokens) {
    if (t.type !== 'COMMENT') continue;
    const text = src.slice(t.from, t.to).trimEnd();
    const m = DIRECTIVE.exec(text);
    if (!m) continue;
    const line = index.lineOf(t.from);
    const l = LATENCY.exec(m[1]);
    if (l) {
      directives.push({ kind: 'latency', prefix: l[1], seconds: Number(l[2]), line });
    } else {
      diagnostics.push({
        kind: 'Unsupported',
        message: `unknown simulator directive on line ${line}: expected '# sim: latency <url-prefix> <seconds>'`,
        span: index.span(t.from, t.from + text.length),
      });
    }
  }
  return { directives, diagnostics };
}
