/**
 * `# sim: latency <url-prefix> <seconds>` and `# sim: cores <n>` directive comments (see the
 * conformance README, sim/threads.md).
 *
 * Any comment starting with `# sim:` is a directive; one that does not parse is reported
 * (kind 'Unsupported') rather than silently ignored.
 */
import type { Diagnostic, Module } from '../ir/types';
import type { LineIndex } from './positions';
import type { Token } from './scan';

const DIRECTIVE = /^#\s*sim:\s*(.*)$/;
const CORES = /^cores\s+([1-9]\d{0,3})\s*$/;
/** The most cores `# sim: cores` (and the CLI's --cores) accepts. */
const MAX_CORES = 1024;
const LATENCY = /^latency\s+(\S+)\s+(\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)\s*$/;

export function readDirectives(
  src: string,
  index: LineIndex,
  tokens: Token[],
): { directives: Module['directives']; cores: number | undefined; diagnostics: Diagnostic[] } {
  const directives: Module['directives'] = [];
  let cores: number | undefined;
  const diagnostics: Diagnostic[] = [];
  for (const t of tokens) {
    if (t.type !== 'COMMENT') continue;
    const text = src.slice(t.from, t.to).trimEnd();
    const m = DIRECTIVE.exec(text);
    if (!m) continue;
    const line = index.lineOf(t.from);
    const l = LATENCY.exec(m[1]);
    const c = CORES.exec(m[1]);
    if (c && Number(c[1]) <= MAX_CORES) cores = Number(c[1]);
    else if (l) {
      directives.push({ kind: 'latency', prefix: l[1], seconds: Number(l[2]), line });
    } else {
      diagnostics.push({
        kind: 'Unsupported',
        message: `unknown simulator directive on line ${line}: expected '# sim: latency <url-prefix> <seconds>' or '# sim: cores <1-${MAX_CORES}>'`,
        span: index.span(t.from, t.from + text.length),
      });
    }
  }
  return { directives, cores, diagnostics };
}
