/**
 * `blocking-call`: a blocking call (time.sleep, a requests call) made in a task's step while other
 * tasks were ready or had a timer come due, so the whole loop froze; and a step that never gave
 * the loop back: one that ran a million operations or more (CPU work, which takes no virtual time,
 * so its cost is counted in operations), or a loop without an await stopped at the operations cap.
 * The cost is measured: how long the loop was frozen, how many other tasks were held up.
 */
import type { Block, ConformanceTrace } from '../trace/types';
import type { Finding } from './types';
import type { Seen } from './seen';
import { fnLabel } from './program';
import { count, num, secs, secsKo } from './say';

const EPS = 1e-9;

type TaskInfo = ConformanceTrace['tasks'][number];

/** Steps looked at after a blocking call to find the tasks it held up. */
const SCAN = 10_000;

/** The other tasks a blocking call held up: ready then, or with a timer due before it ended. */
function heldUp(seen: Seen, b: Block, step: number, byName: Map<string, TaskInfo>, dueToo = false): string[] {
  const { steps } = seen.ui.conformance;
  const details = seen.ui.details;
  const end = b.t + b.seconds;
  const looked = new Set<string>([b.task ?? '']);
  const out: string[] = [];
  for (let j = step + 1; j < steps.length && j <= step + SCAN; j++) {
    const name = steps[j].task;
    if (looked.has(name)) continue;
    looked.add(name);
    const k = byName.get(name);
    // Pending while the call blocked: made before it, not yet done.
    if (!k || k.created > b.t + EPS || (k.done !== null && k.done <= b.t + EPS)) continue;
    const why = details[j]?.why;
    if (!why) continue;
    // A busy step spends no virtual time: a task ready or a timer due at its moment waited too (dueToo).
    const slack = dueToo ? EPS : -EPS;
    const wasReady = (why.kind === 'start' || why.kind === 'yield') && k.created < end + slack;
    const timerDue = (why.kind === 'timer' || why.kind === 'timeout') && why.due < end + slack;
    if (wasReady || timerDue) out.push(name);
  }
  return out;
}

/** The call a learner wrote on `line` for a blocking call labelled `what`. */
function callText(seen: Seen, line: number, what: string): string {
  if (what.startsWith('time.sleep')) return what;
  const calls = seen.program.callsAt(line, (n) => /^requests\.|\.(get|post|put|patch|delete|head|request)$/.test(n));
  return calls.length ? `${calls[0].name}()` : what;
}

function blockingCalls(seen: Seen): Finding[] {
  const byLine = new Map<number, { blocks: Block[]; held: Set<string> }>();
  const blocks = seen.ui.blocks.filter((b) => b.task != null && b.line != null && b.seconds > 0 && (b.step ?? -1) >= 0);
  if (!blocks.length) return [];
  const byName = new Map<string, TaskInfo>();
  for (const k of seen.ui.conformance.tasks) byName.set(k.name, k);
  blocks.forEach((b) => {
    if (b.task == null || b.line == null || !(b.seconds > 0)) return;
    const step = b.step ?? -1;
    if (step < 0) return;
    const held = heldUp(seen, b, step, byName);
    let g = byLine.get(b.line);
    if (!g) byLine.set(b.line, (g = { blocks: [], held: new Set() }));
    g.blocks.push(b);
    for (const h of held) g.held.add(h);
  });
  const out: Finding[] = [];
  for (const [line, g] of byLine) {
    if (!g.held.size) continue;
    const frozen = g.blocks.reduce((s, b) => s + b.seconds, 0);
    const call = callText(seen, line, g.blocks[0].what);
    const fn = seen.program.functionAt(line);
    const inFn = fn ? ` in ${fnLabel(fn.name)}` : '';
    const inFnKo = fn ? `${fnLabel(fn.name)} 안에서 호출한 ` : '';
    const sleep = call.startsWith('time.sleep');
    const instead = sleep ? 'await asyncio.sleep(...)' : 'aiohttp or await asyncio.to_thread(...)';
    const insteadKo = sleep ? 'await asyncio.sleep(...)을' : 'aiohttp나 await asyncio.to_thread(...)를';
    const n = g.blocks.length;
    const waited = g.held.size;
    out.push({
      kind: 'blocking-call',
      line,
      message: {
        en: `${call}${inFn} blocks the event loop: nothing else runs until it returns; use ${instead}`,
        ko: `${inFnKo}${call} 때문에 이벤트 루프가 멈춥니다. 끝날 때까지 다른 작업은 실행되지 않으니 대신 ${insteadKo} 쓰세요.`,
      },
      cost: {
        en: `${n > 1 ? `${n} calls froze the loop for ${secs(frozen)} in all` : `the loop froze for ${secs(frozen)}`} while ${count(waited, 'other task')} waited`,
        ko: `${n > 1 ? `호출 ${n}번으로 루프가 모두 ${secsKo(frozen)} 멈췄고, ` : `루프가 ${secsKo(frozen)} 멈췄고, `}그동안 다른 태스크 ${num(waited)}개가 기다렸습니다`,
      },
      at: g.blocks[0].t,
      figures: { frozenSeconds: frozen, calls: n, tasksWaited: waited },
    });
  }
  return out;
}

/** Steps that ran a million operations or more (CPU work) while other tasks waited. */
function busySteps(seen: Seen): Finding[] {
  const busy = seen.ui.busySteps ?? [];
  if (!busy.length) return [];
  const { steps, tasks } = seen.ui.conformance;
  const byName = new Map<string, TaskInfo>();
  for (const k of tasks) byName.set(k.name, k);
  const out: Finding[] = [];
  for (const s of busy) {
    const step = steps[s.step];
    if (!step || s.line === null) continue;
    const b: Block = { t: step.t, seconds: 0, what: '', task: step.task };
    const waited = heldUp(seen, b, s.step, byName, true).length;
    if (!waited) continue;
    const fn = seen.program.functionAt(s.line);
    const who = fn ? fnLabel(fn.name) : step.task;
    const ops = num(s.ops);
    out.push({
      kind: 'blocking-call',
      line: s.line,
      message: {
        en: `${who} computes without an await (line ${s.line} the busiest), so nothing else runs meanwhile; move the work to await asyncio.to_thread(...)`,
        ko: `${who}에서 await 없이 계산만 하므로 (${s.line}번 줄이 가장 바쁨) 그동안 다른 작업이 실행되지 않습니다. 그 작업을 await asyncio.to_thread(...)로 옮기세요.`,
      },
      cost: {
        en: `one step ran ${ops} operations without giving the loop back while ${count(waited, 'other task')} waited`,
        ko: `한 단계에서 루프에 제어를 돌려주지 않고 연산 ${ops}번을 실행하는 동안 다른 태스크 ${num(waited)}개가 기다렸습니다`,
      },
      figures: { operations: s.ops, tasksWaited: waited },
    });
  }
  return out;
}

/** A step stopped at the operations cap: it never gave the loop back while other tasks waited. */
function neverYields(seen: Seen): Finding[] {
  const { steps, tasks, error } = seen.ui.conformance;
  if (seen.limit !== 'operations' || seen.stopLine === null || !steps.length) return [];
  const last = steps[steps.length - 1];
  const waiting = tasks.filter((k) => k.name !== last.task && k.done === null).length;
  if (!waiting) return [];
  const line = seen.stopLine;
  const ops = /after ([\d,]+) operations/.exec(error ?? '')?.[1] ?? 'millions of';
  const fn = seen.program.functionAt(line);
  const who = fn ? fnLabel(fn.name) : last.task;
  return [
    {
      kind: 'blocking-call',
      line,
      message: {
        en: `${who} never gives the loop back: the code at line ${line} runs without an await, so no other task can run`,
        ko: `${line}번 줄의 코드가 await 없이 계속 실행되어 ${who}에서 루프로 제어가 돌아오지 않습니다. 그래서 다른 태스크는 실행될 수 없습니다.`,
      },
      cost: {
        en: `Loopline stopped it after ${ops} operations; ${count(waiting, 'other task')} waited forever`,
        ko: `Loopline이 연산 ${ops}번 뒤에 멈췄고, 다른 태스크 ${num(waiting)}개는 끝없이 기다렸습니다`,
      },
      figures: { operations: Number(ops.replaceAll(',', '')) || 0, tasksWaited: waiting },
    },
  ];
}

export function findBlockingCalls(seen: Seen): Finding[] {
  return [...blockingCalls(seen), ...busySteps(seen), ...neverYields(seen)];
}
