/**
 * `never-awaited`: a coroutine was made and dropped without being awaited, so its body never
 * ran. Read from CPython's RuntimeWarning in the run ("coroutine 'f' was never awaited"), at the
 * line that made the coroutine (the engine records it beside the warning).
 */
import type { Finding } from './types';
import type { Seen } from './seen';
import { fnLabel } from './program';

// (Its origin's lines may follow: "Coroutine created at (most recent call last)".)
const NEVER = /^RuntimeWarning: coroutine '([^']+)' was never awaited(?:\n|$)/;

export function findNeverAwaited(seen: Seen): Finding[] {
  const out: Finding[] = [];
  const seenAt = new Set<string>();
  const { warnings } = seen.ui.conformance;
  warnings.forEach((w, i) => {
    const m = NEVER.exec(w.text);
    if (!m) return;
    const line = seen.ui.warningOrigins?.[i]?.line ?? w.line ?? null;
    if (line === null) return;
    const key = `${line}\u0000${m[1]}`;
    if (seenAt.has(key)) return;
    seenAt.add(key);
    const f = fnLabel(m[1].replace(/\.<locals>/g, ''));
    out.push({
      kind: 'never-awaited',
      line,
      message: {
        en: `${f} is called but never awaited, so its body never runs; write await ${f.slice(0, -2)}(...) or asyncio.create_task(...)`,
        ko: `${f}를 호출만 하고 await 하지 않아 본문이 실행되지 않습니다. await ${f.slice(0, -2)}(...) 또는 asyncio.create_task(...)로 실행하세요.`,
      },
      cost: {
        en: `none of ${f}'s code ran`,
        ko: `${f}의 코드는 한 줄도 실행되지 않았습니다`,
      },
      figures: { warnedAt: w.t },
    });
  });
  return out;
}
