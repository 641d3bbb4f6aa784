/**
 * The conformance equality rule (difference.ts) as the tests use it: null when the traces are
 * equal, else one line saying where they first differ, `got` (the simulator's) against `want`
 * (the golden's).
 */
import { firstDifference } from './difference';
import type { ConformanceTrace } from './types';

const at = (x: { t: number; line?: number | null }) => `t=${x.t}${x.line === undefined ? '' : ` line=${x.line}`}`;

export function compareTraces(got: ConformanceTrace, want: ConformanceTrace): string | null {
  const d = firstDifference(got, want);
  if (!d) return null;
  switch (d.part) {
    case 'steps':
    case 'stdout':
    case 'tasks':
      return `${d.part}[${d.index}]: got ${JSON.stringify(d.got)}, want ${JSON.stringify(d.want)}`;
    case 'warnings':
      return `warnings: ${d.missing ? 'want' : 'got'} ${JSON.stringify(d.warning.text)} at ${at(d.warning)}, ${
        d.missing ? 'got' : 'want'
      } it at ${d.elsewhere.map(at).join(', ') || 'no time'}`;
    case 'error':
      return `error: got ${JSON.stringify(d.got)}, want ${JSON.stringify(d.want)}`;
    case 'end':
      return `end: got ${d.got}, want ${d.want}`;
  }
}
