/**
 * Warnings in the learner's words, en and ko: a short label for the editor's badge and a
 * sentence for the narration of the step where CPython printed it.
 */
import type { Lang } from './i18n';
import { timeIn } from './ko';

interface Warning {
  t: number;
  text: string;
  line?: number | null;
}

// (Its origin's lines may follow: "Coroutine created at (most recent call last)".)
const NEVER = /^RuntimeWarning: coroutine '([^']+)' was never awaited(?:\n|$)/;
const NOT_RETRIEVED = /^(Task|Future) exception was never retrieved \((.*)\)$/;
const PENDING = /^Task was destroyed but it is pending!$/;

const TEXT = {
  en: {
    never: 'never awaited',
    notRetrieved: 'exception never retrieved',
    other: 'warning',
    where: (t: string, line: number | null) => `⚠ At ${t}${line === null ? '' : `, line ${line}`}: `,
    neverSay: (name: string) =>
      `coroutine '${name}' was never awaited: Python threw the coroutine object away without running it (RuntimeWarning).`,
    notRetrievedSay: (what: string, exc: string) =>
      `${what} exception was never retrieved (${exc}): the failed ${what.toLowerCase()} was dropped and nobody awaited it or asked for its exception.`,
    pendingSay: () => 'Task was destroyed but it is pending: the program ended while the task still waited.',
    otherSay: (text: string) => text,
  },
  ko: {
    never: 'await 안 됨',
    notRetrieved: '예외 확인 안 됨',
    other: '경고',
    where: (t: string, line: number | null) => `⚠ ${t}${line === null ? '' : `, ${line}행`}: `,
    neverSay: (name: string) =>
      `코루틴 '${name}': 한 번도 await 되지 않았습니다. 파이썬이 코루틴 객체를 실행하지 않은 채 버렸습니다 (RuntimeWarning).`,
    notRetrievedSay: (what: string, exc: string) =>
      `${what === 'Task' ? '태스크' : '퓨처'} 예외를 아무도 확인하지 않았습니다 (${exc}). 실패한 ${what === 'Task' ? '태스크' : '퓨처'}를 await 하거나 예외를 묻는 곳 없이 버려졌습니다.`,
    pendingSay: () =>
      '태스크가 아직 기다리는 중에 프로그램이 끝나 태스크가 버려졌습니다 (Task was destroyed but it is pending!).',
    otherSay: (text: string) => text,
  },
};

/** The editor badge's few words for a warning. */
export function warningLabel(lang: Lang, w: Warning): string {
  const T = TEXT[lang] ?? TEXT.en;
  if (NEVER.test(w.text)) return T.never;
  if (NOT_RETRIEVED.test(w.text)) return T.notRetrieved;
  return T.other;
}

/** One sentence: when and where the warning happened, and what it means. */
export function warningSentence(lang: Lang, w: Warning): string {
  const T = TEXT[lang] ?? TEXT.en;
  const head = T.where(timeIn(lang, w.t), w.line ?? null);
  let m = NEVER.exec(w.text);
  if (m) return head + T.neverSay(m[1]);
  m = NOT_RETRIEVED.exec(w.text);
  if (m) return head + T.notRetrievedSay(m[1], m[2]);
  if (PENDING.test(w.text)) return head + T.pendingSay();
  return head + T.otherSay(w.text);
}

/** The narration of the step where a task failed: where it raised and what (the traceback is under Output). */
export function taskErrorSentence(lang: Lang, e: { task: string; line: number | null; traceback: string }): string {
  const last = e.traceback.trimEnd().split('\n').pop() ?? '';
  if (lang === 'ko')
    return `${e.task}의 예외${e.line === null ? '' : `는 ${e.line}행에서 발생`}: ${last} (트레이스백은 출력 패널에).`;
  return `${e.task}'s exception${e.line === null ? '' : ` was raised at line ${e.line}`}: ${last} (traceback under Output).`;
}
