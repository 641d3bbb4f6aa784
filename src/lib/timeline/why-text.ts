/**
 * The true cause of a step or of a task's end (trace/why.ts), short, for the timeline's tooltips
 * in English and Korean (Korean without particles that depend on the word before them).
 */
import type { Actor, Why } from '../trace/why';
import type { SyncState } from '../trace/sync';

function who(a: Actor, ko: boolean): string {
  if (a.task !== null)
    return a.line !== null ? (ko ? `${a.task}, ${a.line}번 줄` : `${a.task} at line ${a.line}`) : a.task;
  if (a.callback !== null) return ko ? `루프 콜백 ${a.callback}` : `loop callback ${a.callback}`;
  if (a.line !== null) return ko ? `최상위 코드, ${a.line}번 줄` : `top level at line ${a.line}`;
  return ko ? '프로그램' : 'the program';
}

const SYNC_EN: Record<string, string> = {
  Event: 'Event set by',
  Lock: 'Lock released by',
  Semaphore: 'Semaphore released by',
  BoundedSemaphore: 'Semaphore released by',
  Condition: 'Condition notified by',
  Barrier: 'Barrier filled by',
  'Queue.get': 'Queue item put by',
  'Queue.put': 'Queue item taken by',
  'Queue.join': 'Queue done (task_done) by',
};
const SYNC_KO: Record<string, string> = {
  Event: 'Event 설정',
  Lock: 'Lock 해제',
  Semaphore: 'Semaphore 해제',
  BoundedSemaphore: 'Semaphore 해제',
  Condition: 'Condition 알림',
  Barrier: 'Barrier 채움',
  'Queue.get': 'Queue에 넣음',
  'Queue.put': 'Queue에서 꺼냄',
  'Queue.join': 'Queue 작업 끝남(task_done)',
};

/** `T` formats seconds ("1.0 s"). */
export function whyEn(w: Why, T: (t: number) => string): string {
  switch (w.kind) {
    case 'start':
      return '';
    case 'yield':
      return 'after yielding to the loop';
    case 'timer':
      return w.late > 1e-9 ? `timer due at ${T(w.due)}, fired ${T(w.late)} late` : `timer due at ${T(w.due)}`;
    case 'task':
      return w.outcome === 'result'
        ? `${w.name} returned`
        : w.outcome === 'exception'
          ? `${w.name} raised ${w.exc ?? 'Exception'}`
          : `${w.name} was cancelled`;
    case 'sync':
      return `${SYNC_EN[w.obj] ?? `${w.obj} completed by`} ${who(w.by, false)}`;
    case 'cancel':
      return `cancel() by ${who(w.by, false)}`;
    case 'taskgroup':
      return `TaskGroup cancels: ${w.name} raised ${w.exc}`;
    case 'timeout':
      return `${w.waitFor ? 'wait_for' : 'timeout'} deadline ${T(w.due)}`;
    case 'gather':
      return `gather() cancelled: ${whyEn(w.because, T)}`;
    case 'shutdown':
      return 'asyncio.run cancels pending tasks at its end';
  }
}

/** `T0` formats seconds ("1.0 s"); Korean writes 초 ("1.0초"). */
export function whyKo(w: Why, T0: (t: number) => string): string {
  const T = (t: number) => T0(t).replace(/ s$/, '초');
  switch (w.kind) {
    case 'start':
      return '';
    case 'yield':
      return '루프에 양보한 뒤';
    case 'timer':
      return w.late > 1e-9 ? `타이머 ${T(w.due)} 예정, ${T(w.late)} 늦게 울림` : `타이머 ${T(w.due)} 예정`;
    case 'task':
      return w.outcome === 'result'
        ? `${w.name} 반환`
        : w.outcome === 'exception'
          ? `${w.name}에서 ${w.exc ?? 'Exception'} 발생`
          : `${w.name} 취소됨`;
    case 'sync':
      return `${SYNC_KO[w.obj] ?? `${w.obj} 완료`}: ${who(w.by, true)}`;
    case 'cancel':
      return `cancel(): ${who(w.by, true)}`;
    case 'taskgroup':
      return `TaskGroup 취소: ${w.name}에서 ${w.exc} 발생`;
    case 'timeout':
      return `${w.waitFor ? 'wait_for' : 'timeout'} 마감 ${T(w.due)}`;
    case 'gather':
      return `gather() 취소: ${whyKo(w.because, T0)}`;
    case 'shutdown':
      return 'asyncio.run 종료 시 남은 태스크 취소';
  }
}

function names(list: string[], ko: boolean): string {
  if (ko || list.length <= 1) return list.join(', ');
  return `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
}

/** A synchronisation object's state, short: "Semaphore sem: 0 of 2 free, held by Task-2 and Task-3, 2 waiting". */
export function syncShort(s: SyncState, ko: boolean): string {
  const parts: string[] = [];
  if (s.items !== undefined) {
    const max = s.maxsize ? (ko ? ` (최대 ${s.maxsize}개)` : ` of at most ${s.maxsize}`) : '';
    parts.push(ko ? `항목 ${s.size ?? 0}개${max}` : `${s.size ?? 0} item(s)${max}`);
    if (s.waiters.length)
      parts.push(ko ? `꺼내려고 대기: ${names(s.waiters, ko)}` : `getters waiting: ${names(s.waiters, ko)}`);
    if (s.putters?.length)
      parts.push(ko ? `넣으려고 대기: ${names(s.putters, ko)}` : `putters waiting: ${names(s.putters, ko)}`);
    return `${s.kind} ${s.name}: ${parts.join(', ')}`;
  }
  if (s.free !== undefined) {
    parts.push(ko ? `${s.initial ?? s.free}개 중 ${s.free}개 남음` : `${s.free} of ${s.initial ?? s.free} free`);
    if (s.holders?.length) parts.push(ko ? `${names(s.holders, ko)} 보유` : `held by ${names(s.holders, ko)}`);
  } else if (s.locked !== undefined) {
    parts.push(s.locked ? (ko ? `${s.owner ?? '?'} 보유` : `held by ${s.owner ?? '?'}`) : ko ? '비어 있음' : 'free');
  } else if (s.flag !== undefined) {
    parts.push(s.flag ? (ko ? '설정됨' : 'set') : ko ? '설정 안 됨' : 'not set');
  } else if (s.parties !== undefined) {
    parts.push(ko ? `${s.parties}개 중 ${s.count ?? 0}개 도착` : `${s.count ?? 0} of ${s.parties} arrived`);
  }
  const n = s.waiters.length + (s.more ?? 0);
  if (n) parts.push(ko ? `${n}개 대기` : `${n} waiting`);
  return `${s.kind} ${s.name}: ${parts.join(', ')}`;
}
