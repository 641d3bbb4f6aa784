/** The true cause of a step or of a task's end (trace/why.ts) as words, in English or Korean. */
import type { Actor, Why } from '../trace/why';
import { tr, type Lang, type StringKey } from './i18n';
import { timeIn } from './ko';

/** Who did it: "Task-2 at line 12", "the loop callback ...", "the top level at line 3". */
function actorText(lang: Lang, a: Actor): string {
  if (a.task !== null) return a.line !== null ? tr(lang, 'whoTaskLine', { task: a.task, line: a.line }) : a.task;
  if (a.callback !== null) return tr(lang, 'whoCallback', { cb: a.callback });
  if (a.line !== null) return tr(lang, 'whoTopLine', { line: a.line });
  return tr(lang, 'whoTop');
}

const SYNC_KEYS: Record<string, StringKey> = {
  Event: 'wEvent',
  Lock: 'wLock',
  Semaphore: 'wSemaphore',
  BoundedSemaphore: 'wSemaphore',
  Condition: 'wCondition',
  Barrier: 'wBarrier',
  'Queue.get': 'wQueueGet',
  'Queue.put': 'wQueuePut',
  'Queue.join': 'wQueueJoin',
};

/** Why a step ran, in words; '' for a first step (nothing woke it). */
export function whyText(lang: Lang, w: Why): string {
  switch (w.kind) {
    case 'start':
      return '';
    case 'yield':
      return tr(lang, 'rYield');
    case 'timer':
      return w.late > 1e-9
        ? tr(lang, 'wTimerLate', { t: timeIn(lang, w.due), late: timeIn(lang, w.late) })
        : tr(lang, 'wTimer', { t: timeIn(lang, w.due) });
    case 'task':
      return w.outcome === 'result'
        ? tr(lang, 'wTaskResult', { name: w.name })
        : w.outcome === 'exception'
          ? tr(lang, 'wTaskExc', { name: w.name, e: w.exc ?? 'Exception' })
          : tr(lang, 'wTaskCancelled', { name: w.name });
    case 'sync': {
      const key = SYNC_KEYS[w.obj];
      const who = actorText(lang, w.by);
      return key ? tr(lang, key, { who }) : tr(lang, 'wFuture', { obj: w.obj, who });
    }
    case 'cancel':
      return tr(lang, 'wCancel', { who: actorText(lang, w.by) });
    case 'taskgroup':
      return tr(lang, 'wTaskGroup', { name: w.name, e: w.exc });
    case 'timeout':
      return tr(lang, w.waitFor ? 'wWaitFor' : 'wTimeout', { t: timeIn(lang, w.due) });
    case 'gather':
      return tr(lang, 'wGather', { why: whyText(lang, w.because) });
    case 'shutdown':
      return tr(lang, 'wShutdown');
  }
}
