/**
 * Sentences of the timeline (tooltips, legend, axis, descriptions) in English and Korean.
 * Korean sentences avoid particles that depend on the preceding word (은/는, 이/가).
 */
import type { EndKind, SegmentKind } from './model';
import type { Why } from '../trace/why';
import { syncShort, whyEn, whyKo } from './why-text';
import type { SyncState } from '../trace/sync';
import { THREAD_STRINGS, type ThreadStrings } from './thread-text';
import { PROCESS_STRINGS, type ProcessStrings } from './process-text';

export type Locale = 'en' | 'ko';
export type ArrowKind = 'spawn' | 'wake' | 'fan-in' | 'cancel';

export interface Strings {
  state: Record<SegmentKind, string>;
  end: Record<EndKind, string>;
  arrow: Record<ArrowKind, string>;
  axisTime: string;
  axisStep: string;
  stepWord: (n: number) => string;
  lineRef: (line: number) => string;
  running: (task: string, t: string, step: number, from: string, to: string) => string;
  blocking: (task: string, t: string, what: string, seconds: string) => string;
  ready: (task: string, span: string) => string;
  sleeping: (task: string, until: string) => string;
  timerWait: (task: string, until: string) => string;
  shortTimer: (d: string) => string;
  waitingGroup: (task: string, what: string) => string;
  waitingTask: (task: string, other: string) => string;
  waitingGather: (task: string) => string;
  waitingOther: (task: string, what: string) => string;
  suspended: (task: string) => string;
  blockedSync: (task: string, what: string) => string;
  frozen: (task: string, what: string, from: string, to: string) => string;
  frozenBand: (what: string) => string;
  /** A blocking call made while no task ran (at top level, or a program without asyncio): no loop froze. */
  topLevelBand: (what: string) => string;
  finished: (task: string, t: string) => string;
  cancelled: (task: string, t: string) => string;
  failed: (task: string, t: string, exc: string) => string;
  pending: (task: string) => string;
  spawnArrow: (from: string, to: string, t: string) => string;
  wakeArrow: (from: string, to: string, t: string) => string;
  fanInArrow: (from: string, to: string, t: string) => string;
  fanInMany: (from: string, to: string, t: string, n: number) => string;
  cancelArrow: (from: string, to: string, t: string) => string;
  /** The true cause of a step or an end, short ('' for a first step). */
  why: (w: Why) => string;
  /** A synchronisation object's state, short. */
  sync: (s: SyncState) => string;
  createdBy: (parent: string, t: string) => string;
  /** A warning mark's tooltip: when, where, what. */
  warningAt: (t: string, line: number | null, text: string) => string;
  /** The language's key, for texts that come in both (the doctor's findings). */
  locale: Locale;
  doctorAt: (t: string, lines: string, text: string) => string;
  createdAt: (t: string) => string;
  laneRuns: (n: number) => string;
  aria: (tasks: number, end: string) => string;
  summary: (tasks: number, steps: number, end: string) => string;
  more: (n: number) => string;
  idleSlot: (seconds: string) => string;
  /** A band standing for n adjacent idle slots too narrow to draw one by one at this zoom. */
  idleMerged: (n: number, from: string, to: string) => string;
  at: (t: string) => string;
  returns: string;
  shortSleep: (d: string) => string;
  shortReady: string;
  /** A pool worker waiting for its next job. */
  shortIdle: string;
  /** A wait inside the user's call: "in say_after(1, 'hello')". */
  inCall: (call: string) => string;
  /** Heading of the frames listed in a tooltip. */
  framesHead: string;
  /** Marks a local that changed in the step. */
  changedMark: string;
  /** The label of an asyncio.run mark on the axis. */
  runMark: (n: number) => string;
  /** Its tooltip: when it started and its main task. */
  runStart: (n: number, t: string, task: string) => string;
  /** Why task numbers jump before it: the previous run's shutdown took Task-a … Task-b. */
  runSkipped: (prev: number, names: string) => string;
  /** A ghost bar: the part of a sleep still to come while the future is hidden. */
  dueGhost: (task: string, until: string) => string;
  /** A sub-row of nested bars: which task, how deep, which functions. */
  subRow: (task: string, depth: number, names: string) => string;
  /** A mark standing for n adjacent states too narrow to draw one by one at this zoom. */
  merged: (task: string, n: number, from: string, to: string) => string;
  /** A group lane's label: n alike tasks running one coroutine. */
  groupLabel: (coro: string, n: number) => string;
  /** A group lane's description: which tasks it stands for, and how to open it. */
  groupTip: (coro: string, n: number, first: string, last: string) => string;
  /** A bar of a group lane: what the group's tasks were doing there. */
  groupBar: (state: string, n: number, from: string, to: string) => string;
  /** The thread lanes' words (thread-text.ts). */
  thread: ThreadStrings;
  /** The process lanes' words (process-text.ts). */
  process: ProcessStrings;
}

export const STRINGS: Record<Locale, Strings> = {
  en: {
    state: {
      running: 'Running',
      ready: 'Ready (queued)',
      sleeping: 'Sleeping (timer)',
      waiting: 'Waiting (task / future)',
      'blocked-sync': 'Blocked (lock, queue, event…)',
      frozen: 'Loop frozen (blocking call)',
    },
    end: { done: 'Finished', cancelled: 'Cancelled', failed: 'Failed', pending: 'Still pending' },
    arrow: { spawn: 'Creates task', wake: 'Wakes', 'fan-in': 'Result collected', cancel: 'Cancels' },
    axisTime: 'virtual time',
    axisStep: 'step',
    stepWord: (n) => `step ${n}`,
    lineRef: (n) => `line ${n}`,
    running: (task, t, step, from, to) => `${task} runs at ${t} (step ${step}): ${from} → ${to}`,
    blocking: (task, t, what, seconds) =>
      `${task} runs at ${t} and blocks the whole event loop for ${seconds} with ${what}`,
    ready: (task, span) => `${task} is ready and waits for its turn in the ready queue (${span})`,
    sleeping: (task, until) => `${task} sleeps until ${until}`,
    timerWait: (task, until) => `${task} waits until ${until} (timer or simulated I/O)`,
    shortTimer: (d) => `wait ${d}`,
    waitingGroup: (task, what) => `${task} waits for the tasks of its ${what}`,
    waitingTask: (task, other) => `${task} waits for ${other} to finish`,
    waitingGather: (task) => `${task} waits for gather() to collect its awaitables`,
    waitingOther: (task, what) => `${task} waits on a ${what}`,
    suspended: (task) => `${task} is suspended`,
    blockedSync: (task, what) => `${task} is blocked on a ${what}`,
    frozen: (task, what, from, to) => `${task} cannot run: ${what} froze the event loop from ${from} to ${to}`,
    frozenBand: (what) => `${what} froze the loop`,
    topLevelBand: (what) => `${what}, no task running`,
    finished: (task, t) => `${task} finished at ${t}`,
    cancelled: (task, t) => `${task} was cancelled at ${t}`,
    failed: (task, t, exc) => `${task} failed with ${exc} at ${t}`,
    pending: (task) => `${task} was still pending when the program ended`,
    spawnArrow: (from, to, t) => `${from} creates ${to} at ${t}`,
    wakeArrow: (from, to, t) => `${from} wakes ${to} at ${t}`,
    cancelArrow: (from, to, t) => `${from} cancels ${to} at ${t}`,
    why: (w) => whyEn(w, formatSeconds),
    sync: (s) => syncShort(s, false),
    fanInArrow: (from, to, t) => `${from} finishes at ${t}; ${to} collects its result`,
    fanInMany: (from, to, t, n) => `${from} is the last of ${n} tasks to finish (${t}); ${to} collects all results`,
    createdBy: (parent, t) => `created by ${parent} at ${t}`,
    warningAt: (t, line, text) => `Warning at ${t}${line === null ? '' : `, line ${line}`}: ${text}`,
    locale: 'en',
    doctorAt: (t, lines, text) => `Asyncio doctor, ${lines}, from ${t}: ${text}`,
    createdAt: (t) => `created at ${t}`,
    laneRuns: (n) => (n === 1 ? 'ran 1 step' : `ran ${n} steps`),
    aria: (tasks, end) => `Timeline of ${tasks} asyncio ${tasks === 1 ? 'task' : 'tasks'} over ${end} of virtual time`,
    summary: (tasks, steps, end) =>
      `${tasks} ${tasks === 1 ? 'task' : 'tasks'}, ${steps} ${steps === 1 ? 'step' : 'steps'}, ${end} of virtual time.`,
    more: (n) => `…and ${n} more tasks.`,
    idleSlot: (s) => `loop idle +${s}`,
    idleMerged: (n, from, to) => `loop idle ${n} times from ${from} to ${to}, too narrow to draw one by one (zoom in)`,
    at: (t) => `at ${t}`,
    returns: 'returns',
    shortSleep: (d) => `sleep ${d}`,
    shortReady: 'ready',
    shortIdle: 'idle: waiting for work',
    inCall: (call) => `in ${call}`,
    framesHead: 'Frames (outermost first):',
    changedMark: '(changed)',
    runMark: (n) => `asyncio.run #${n}`,
    runStart: (n, t, task) => `asyncio.run #${n} starts at ${t}; ${task} runs its coroutine.`,
    runSkipped: (prev, names) =>
      `Task numbers jump: ${names} went to the shutdown of asyncio.run #${prev} (shutdown_asyncgens and shutdown_default_executor run as tasks too, and no lane shows them).`,
    dueGhost: (task, until) => `${task} sleeps until ${until}: its timer is due then (later steps are hidden)`,
    subRow: (task, depth, names) => `${task}, await depth ${depth}: ${names}`,
    merged: (task, n, from, to) =>
      `${task}: ${n} states from ${from} to ${to}, too narrow to draw one by one (zoom in)`,
    groupLabel: (coro, n) => `${coro} × ${n}`,
    groupTip: (coro, n, first, last) =>
      `${n} alike tasks running ${coro} (${first} … ${last}), drawn as one lane; the triangle opens them`,
    groupBar: (state, n, from, to) => `${state} from ${from} to ${to} (a lane for ${n} tasks)`,
    thread: THREAD_STRINGS.en,
    process: PROCESS_STRINGS.en,
  },
  ko: {
    state: {
      running: '실행 중',
      ready: '준비됨 (큐 대기)',
      sleeping: '잠듦 (타이머)',
      waiting: '대기 (태스크 / 퓨처)',
      'blocked-sync': '동기화 대기 (Lock, Queue, Event…)',
      frozen: '루프 멈춤 (블로킹 호출)',
    },
    end: { done: '완료', cancelled: '취소됨', failed: '실패', pending: '아직 대기 중' },
    arrow: { spawn: '태스크 생성', wake: '깨움', 'fan-in': '결과 수집', cancel: '취소' },
    axisTime: '가상 시간',
    axisStep: '단계',
    stepWord: (n) => `${n}단계`,
    lineRef: (n) => `${n}행`,
    running: (task, t, step, from, to) => `${task}: ${t}에 실행 (${step}단계) — ${from} → ${to}`,
    blocking: (task, t, what, seconds) =>
      `${task}: ${t}에 실행 — ${what} 호출이 이벤트 루프 전체를 ${seconds} 동안 멈춤`,
    ready: (task, span) => `${task}: 준비됨 — 준비 큐에서 차례를 기다리는 중 (${span})`,
    sleeping: (task, until) => `${task}: ${until}까지 잠듦`,
    timerWait: (task, until) => `${task}: ${until}까지 대기 (타이머 또는 가상 I/O)`,
    shortTimer: (d) => `대기 ${d}`,
    waitingGroup: (task, what) => `${task}: ${what}의 태스크들이 끝나기를 기다림`,
    waitingTask: (task, other) => `${task}: ${other}의 완료를 기다림`,
    waitingGather: (task) => `${task}: gather()가 결과를 모두 모을 때까지 기다림`,
    waitingOther: (task, what) => `${task}: ${what} 대기 중`,
    suspended: (task) => `${task}: 일시 중단됨`,
    blockedSync: (task, what) => `${task}: ${what}에서 막힘`,
    frozen: (task, what, from, to) => `${task}: 실행 불가 — ${what} 호출이 ${from}부터 ${to}까지 이벤트 루프를 멈춤`,
    frozenBand: (what) => `${what} — 루프 멈춤`,
    topLevelBand: (what) => `${what} — 실행 중인 태스크 없음`,
    finished: (task, t) => `${task}: ${t}에 완료`,
    cancelled: (task, t) => `${task}: ${t}에 취소됨`,
    failed: (task, t, exc) => `${task}: ${t}에 ${exc} 예외로 실패`,
    pending: (task) => `${task}: 프로그램이 끝날 때까지 대기 중`,
    spawnArrow: (from, to, t) => `${from} → ${to} 생성 (${t})`,
    wakeArrow: (from, to, t) => `${from} → ${to} 깨움 (${t})`,
    cancelArrow: (from, to, t) => `${from} → ${to} 취소 (${t})`,
    why: (w) => whyKo(w, formatSeconds),
    sync: (s) => syncShort(s, true),
    fanInArrow: (from, to, t) => `${from} 완료 (${t}) → ${to}에서 결과 수집`,
    fanInMany: (from, to, t, n) => `${from}: 태스크 ${n}개 중 마지막으로 완료 (${t}) → ${to}에서 모든 결과 수집`,
    createdBy: (parent, t) => `${t}에 ${parent}에서 생성`,
    warningAt: (t, line, text) => `경고 (${t}${line === null ? '' : `, ${line}행`}): ${text}`,
    locale: 'ko',
    doctorAt: (t, lines, text) => `asyncio 진단 (${lines}, ${t}부터): ${text}`,
    createdAt: (t) => `${t}에 생성`,
    laneRuns: (n) => `${n}단계 실행`,
    aria: (tasks, end) => `asyncio 태스크 ${tasks}개의 타임라인 (가상 시간 ${end})`,
    summary: (tasks, steps, end) => `태스크 ${tasks}개, ${steps}단계, 가상 시간 ${end}.`,
    more: (n) => `…외 태스크 ${n}개.`,
    idleSlot: (s) => `루프 유휴 +${s}`,
    idleMerged: (n, from, to) => `${from}부터 ${to}까지 루프 유휴 ${n}번 — 너무 좁아 하나로 그림 (확대하면 보임)`,
    at: (t) => `${t}`,
    returns: '반환',
    shortSleep: (d) => `잠듦 ${d}`,
    shortReady: '준비',
    shortIdle: '유휴: 일 기다림',
    inCall: (call) => `${call} 안에서`,
    framesHead: '프레임 (바깥쪽부터):',
    changedMark: '(바뀜)',
    runMark: (n) => `asyncio.run #${n}`,
    runStart: (n, t, task) => `asyncio.run #${n}: ${t}에 시작 — ${task}에서 코루틴 실행.`,
    runSkipped: (prev, names) =>
      `태스크 번호가 건너뜀: ${names} 번호는 asyncio.run #${prev}의 종료 처리에 쓰임 (shutdown_asyncgens와 shutdown_default_executor도 태스크로 실행되며 레인에는 나타나지 않음).`,
    dueGhost: (task, until) => `${task}: ${until}까지 잠듦 — 타이머 예정 시각 (이후 단계는 숨김)`,
    subRow: (task, depth, names) => `${task}, await 깊이 ${depth}: ${names}`,
    merged: (task, n, from, to) => `${task}: ${from}부터 ${to}까지 상태 ${n}개 — 너무 좁아 하나로 그림 (확대하면 보임)`,
    groupLabel: (coro, n) => `${coro} × ${n}`,
    groupTip: (coro, n, first, last) =>
      `${coro}를 실행하는 비슷한 태스크 ${n}개 (${first} … ${last})를 한 레인으로 그림; 삼각형을 누르면 펼침`,
    groupBar: (state, n, from, to) => `${from}부터 ${to}까지 ${state} (태스크 ${n}개의 레인)`,
    thread: THREAD_STRINGS.ko,
    process: PROCESS_STRINGS.ko,
  },
};

/** Seconds for sentences: at least one decimal, at most three ("1.0 s", "0.25 s"). */
export function formatSeconds(t: number): string {
  if (!Number.isFinite(t)) return String(t);
  const r = Math.round(t * 1000) / 1000;
  let s = r.toFixed(3).replace(/0+$/, '');
  if (s.endsWith('.')) s += '0';
  if (s === '-0.0') s = '0.0';
  return `${s} s`;
}

/** Seconds for axis ticks: trailing zeros trimmed ("0 s", "0.25 s", "1.5 s"). */
export function formatTick(t: number, decimals: number): string {
  let s = t.toFixed(Math.max(0, Math.min(6, decimals)));
  if (s.includes('.')) s = s.replace(/0+$/, '').replace(/\.$/, '');
  if (s === '-0') s = '0';
  return `${s} s`;
}
