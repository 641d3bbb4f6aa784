/**
 * `unbounded-fan-out`: a hundred or more tasks of the same coroutine function suspended on their
 * work at the same moment (not on a lock, semaphore, queue or event), with no Semaphore in the
 * program. Measured from the run: the peak number of such tasks after any step.
 */
import type { Finding } from './types';
import type { Seen } from './seen';
import { fnLabel } from './program';
import { num } from './say';

/** At least this many tasks of one function at once is a fan-out worth a limit. */
const FAN_OUT = 100;

/** What a task waits on that is not work: a limit or a hand-over. */
const NOT_WORK = new Set(['Semaphore', 'BoundedSemaphore', 'Lock', 'Condition', 'Event', 'Barrier', 'Queue']);
const LIMITS = new Set(['Semaphore', 'BoundedSemaphore']);

export function findUnboundedFanOut(seen: Seen): Finding[] {
  const { steps, tasks } = seen.ui.conformance;
  const details = seen.ui.details;
  if (tasks.length < FAN_OUT || seen.program.mentions('Semaphore') || seen.program.mentions('BoundedSemaphore'))
    return [];
  const coroOf = new Map<string, string>();
  const made = new Map<string, number>();
  for (const k of tasks) {
    coroOf.set(k.name, k.coro);
    made.set(k.coro, (made.get(k.coro) ?? 0) + 1);
  }
  const working = new Map<string, boolean>();
  const now = new Map<string, number>();
  const peak = new Map<string, number>();
  const limited = new Set<string>();
  steps.forEach((s, j) => {
    const coro = coroOf.get(s.task);
    if (coro === undefined || (made.get(coro) ?? 0) < FAN_OUT) return;
    const on = details[j]?.waitsOn ?? null;
    if (on !== null && LIMITS.has(on)) limited.add(coro);
    const works = s.to !== 'done' && on !== null && !NOT_WORK.has(on.split('.')[0]);
    const was = working.get(s.task) ?? false;
    if (works === was) return;
    working.set(s.task, works);
    const n = (now.get(coro) ?? 0) + (works ? 1 : -1);
    now.set(coro, n);
    if (n > (peak.get(coro) ?? 0)) peak.set(coro, n);
  });
  const out: Finding[] = [];
  for (const [coro, p] of peak) {
    if (p < FAN_OUT || limited.has(coro)) continue;
    const lines = new Map<number, number>();
    tasks.forEach((k, i) => {
      const l = seen.ui.taskLines?.[i];
      if (k.coro === coro && l != null) lines.set(l, (lines.get(l) ?? 0) + 1);
    });
    const line = [...lines].sort((a, b) => b[1] - a[1])[0]?.[0];
    if (line === undefined) continue;
    const f = fnLabel(coro.replace(/\.<locals>/g, ''));
    const total = made.get(coro) ?? p;
    out.push({
      kind: 'unbounded-fan-out',
      line,
      message: {
        en: `${num(total)} ${f} tasks start at once with no limit; bound them with an asyncio.Semaphore (async with sem: around the work)`,
        ko: `${f} 태스크 ${num(total)}개가 제한 없이 한꺼번에 시작됩니다. asyncio.Semaphore로 동시에 실행되는 개수를 제한하세요 (작업을 async with sem:으로 감싸기).`,
      },
      cost: {
        en: `${num(p)} of them were waiting on their work at the same moment`,
        ko: `그중 ${num(p)}개가 같은 순간에 동시에 작업을 기다렸습니다`,
      },
      figures: { peak: p, tasks: total },
    });
  }
  return out;
}
