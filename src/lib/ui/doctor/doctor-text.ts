/** How the doctor panel names a finding's kind and words a proven fix's figures. */
import type { Finding, FindingKind } from '../../doctor/types';
import { tr, type Lang, type StringKey } from '../i18n';
import { timeIn } from '../ko';

const KIND_KEY: Record<FindingKind, StringKey> = {
  'blocking-call': 'kindBlockingCall',
  'never-awaited': 'kindNeverAwaited',
  'sequential-awaits': 'kindSequentialAwaits',
  'unbounded-fan-out': 'kindUnboundedFanOut',
  'dropped-task': 'kindDroppedTask',
  'exception-never-retrieved': 'kindExceptionNeverRetrieved',
  'address-order': 'kindAddressOrder',
  'hash-order': 'kindHashOrder',
};

export function kindName(lang: Lang, kind: FindingKind): string {
  return tr(lang, KIND_KEY[kind]);
}

/** "Lines 4–6" or "Line 4". */
export function lineSpan(lang: Lang, f: Finding): string {
  return f.endLine && f.endLine !== f.line
    ? tr(lang, 'doctorLines', { n: `${f.line}–${f.endLine}` })
    : tr(lang, 'doctorLine', { n: f.line });
}

/**
 * A finding's sentence as a sentence: an opening English word capitalised ("the loop froze" → "The
 * loop froze"). A sentence that opens with code (`time.sleep(0.2) in work() blocks`, `fetch() is
 * called`) keeps the code's own spelling: Python names are case-sensitive.
 */
export function sentence(text: string): string {
  return /^[a-z]+\s/.test(text) ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

/** "Proven by running it: 3 s → 1 s · 3.00× faster" for a fix's measured times. */
export function provenText(lang: Lang, before: number, after: number): string {
  const times = tr(lang, 'doctorProven', { a: timeIn(lang, before), b: timeIn(lang, after) });
  if (after <= 0 || Math.abs(before - after) < 1e-9) return `${times} · ${tr(lang, 'doctorSameTime')}`;
  return `${times} · ${tr(lang, 'doctorFaster', { x: (before / after).toFixed(2) })}`;
}
