/**
 * `dropped-task`: `create_task(...)` as a statement of its own (its task is kept nowhere), and that
 * task had not finished when the loop closed: asyncio.run's shutdown cancelled it, or it was
 * still pending at the program's end ("Task was destroyed but it is pending!").
 */
import type { Call } from '../ir/types';
import type { Finding } from './types';
import { endedOnItsOwn, type Seen } from './seen';
import { calleeName, eachStmt, fnLabel } from './program';
import { count, num, secs, secsKo } from './say';

const SPAWNS = new Set(['create_task', 'ensure_future']);

/** `create_task(ticker())` as a short text. */
function spawnText(c: Call): string {
  const arg = c.args[0];
  const inner = arg && arg.kind === 'pos' && arg.value.type === 'Call' ? calleeName(arg.value) : null;
  return `${calleeName(c)}(${inner ? `${inner}()` : '...'})`;
}

export function findDroppedTasks(seen: Seen): Finding[] {
  const lines = new Map<number, Call>();
  eachStmt(seen.program.module.body, (s) => {
    if (s.type !== 'Expr' || s.value.type !== 'Call') return;
    const name = calleeName(s.value);
    if (name !== null && SPAWNS.has(name)) lines.set(s.span.line, s.value);
  });
  if (!lines.size) return [];
  const { tasks } = seen.ui.conformance;
  const taskLines = seen.ui.taskLines ?? [];
  const ends = seen.ui.ends ?? [];
  const ownEnd = endedOnItsOwn(seen);
  const out: Finding[] = [];
  for (const [line, call] of lines) {
    const dropped = tasks.filter(
      (k, i) => taskLines[i] === line && (ends[i]?.kind === 'shutdown' || (k.done === null && ownEnd)),
    );
    if (!dropped.length) continue;
    const text = spawnText(call);
    const f = fnLabel(dropped[0].coro.replace(/\.<locals>/g, ''));
    const at = Math.max(...dropped.map((k) => k.done ?? seen.ui.conformance.end));
    out.push({
      kind: 'dropped-task',
      line,
      message: {
        en: `the task from ${text} is kept nowhere, and it had not finished when the loop closed; keep it and await it (or use a TaskGroup)`,
        ko: `${text}로 만든 태스크를 어디에도 담아 두지 않았고, 루프가 닫힐 때까지 끝나지 않았습니다. 변수에 담아 await 하거나 TaskGroup을 쓰세요.`,
      },
      cost: {
        en: `${count(dropped.length, `${f} task`)} cut off unfinished at ${secs(at)}`,
        ko: `${f} 태스크 ${num(dropped.length)}개가 ${secsKo(at)}에 끝나지 못한 채 중단되었습니다`,
      },
      figures: { tasks: dropped.length, cutOffAt: at },
    });
  }
  return out;
}
