/**
 * `exception-never-retrieved`: a task failed and nothing awaited it or asked for its exception;
 * CPython only logs "Task exception was never retrieved" when the task is dropped. Read from that
 * warning in the run (the engine records which task it was), pointed at the line that created the task.
 */
import type { Finding } from './types';
import type { Seen } from './seen';
import { fnLabel } from './program';
import { secs, secsKo } from './say';

// The class's name starts it (Task, or a Task subclass of the program's); the origin says which task.
const NEVER = /^\w+ exception was never retrieved \((.*)\)$/;

export function findExceptionsNeverRetrieved(seen: Seen): Finding[] {
  const out: Finding[] = [];
  const { warnings, tasks } = seen.ui.conformance;
  warnings.forEach((w, i) => {
    const m = NEVER.exec(w.text);
    const name = seen.ui.warningOrigins?.[i]?.task;
    if (!m || name === undefined) return;
    const index = tasks.findIndex((k) => k.name === name);
    const raised = seen.ui.taskErrors.find((e) => e.task === name);
    const line = seen.ui.taskLines?.[index] ?? raised?.line ?? w.line ?? null;
    if (line === null || index < 0) return;
    const f = fnLabel(tasks[index].coro.replace(/\.<locals>/g, ''));
    const at = raised?.line != null ? ` at line ${raised.line}` : '';
    const atKo = raised?.line != null ? `${raised.line}번 줄에서 ` : '';
    out.push({
      kind: 'exception-never-retrieved',
      line,
      message: {
        en: `the task running ${f} raised ${m[1]}${at}, and nothing awaited it or read its exception; keep the task and await it`,
        ko: `${atKo}${m[1]} 예외로 ${f} 태스크가 실패했지만, 아무도 await 하거나 예외를 확인하지 않았습니다. 태스크를 변수에 담아 두고 await 하세요.`,
      },
      cost: {
        en: `the error went unnoticed until Python logged it when the task was dropped, at ${secs(w.t)}`,
        ko: `태스크가 버려진 ${secsKo(w.t)}에 Python이 로그를 남길 때까지 오류가 드러나지 않았습니다`,
      },
      figures: {
        failedAt: raised?.t ?? w.t,
        loggedAt: w.t,
        ...(raised?.line != null ? { raisedLine: raised.line } : {}),
      },
    });
  });
  return out;
}
