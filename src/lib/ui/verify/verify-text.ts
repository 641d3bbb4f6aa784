/**
 * What the Verify panel says, in English and Korean: the progress of loading and
 * running CPython, and the verdict (a match, or where the simulation first differs from CPython).
 */
import type { Lang } from '../i18n';
import { timeIn } from '../ko';
import type { TraceDifference } from '../../trace/difference';
import type { ConformanceTrace } from '../../trace/types';
import type { VerifyPhase } from './messages';
import type { VerifyResult } from './Verification.svelte';

type Step = ConformanceTrace['steps'][number];
type Task = ConformanceTrace['tasks'][number];
type Warning = ConformanceTrace['warnings'][number];

const mb = (n: number) => (n / 1e6).toFixed(1);
const secs = (ms: number) => (ms / 1000).toFixed(1);
const count = (n: number) => n.toLocaleString('en-US');
/** `n` and its noun, in the singular for one: "1 step", "9 steps". */
const counted = (n: number, one: string, many: string) => `${count(n)} ${n === 1 ? one : many}`;
const quote = (s: string) => JSON.stringify(s);

const TEXT = {
  en: {
    download: (a: number, b: number) => `Loading CPython 3.14 (WebAssembly): ${mb(a)} of ${mb(b)} MB…`,
    start: 'Starting CPython 3.14…',
    run: 'Running the program under CPython 3.14…',
    otherVersion: (v: string) =>
      `Verify runs CPython 3.14 and compares it with a simulation of 3.14 (the timeline shows Python ${v}).`,
    match: (v: string, n: number, m: number) =>
      `Matches CPython ${v} step for step (${counted(n, 'step', 'steps')}, ${counted(m, 'output line', 'output lines')}).`,
    at: {
      steps: (k: number) => `First difference at step ${count(k)}:`,
      stdout: (k: number) => `First difference in output line ${count(k)}:`,
      tasks: (k: number) => `First difference in task ${count(k)} (in creation order):`,
      warnings: () => 'First difference in the warnings:',
      error: () => 'First difference in how the program ended:',
      end: () => 'First difference in the time the program ended:',
    },
    none: {
      steps: 'no such step (its run had ended)',
      stdout: 'no such line',
      tasks: 'no such task',
      warnings: 'no such warning',
    },
    step: (s: Step, t: string) =>
      `${s.task} at ${t}: ${s.at ?? '(outside the program)'} → ${s.to ?? '(outside the program)'}`,
    task: (k: Task, made: string, done: string | null) =>
      `${k.name} (${k.coro}) made at ${made}, ${k.state}${done === null ? '' : ` at ${done}`}`,
    warning: (w: Warning, t: string) => `${quote(w.text)} at ${t}${w.line ? `, line ${w.line}` : ''}`,
    noError: 'no error',
    endsToo: 'The runs also end differently:',
    showStep: (k: number) => `Show step ${count(k)}`,
    refused: (m: string) => `Loopline does not run this program: ${m}`,
    simFailed: (m: string) => `The simulation did not finish: ${m}`,
    ranIt: (v: string, n: number, m: number) =>
      `CPython ${v} ran it: ${counted(n, 'step', 'steps')}, ${counted(m, 'output line', 'output lines')}.`,
    load: (m: string) => `CPython 3.14 could not be loaded: ${m}`,
    program: (v: string, m: string) => `CPython ${v} could not run the program: ${m}`,
    'timeout-load': (ms: number) => `CPython 3.14 did not load within ${secs(ms)} s.`,
    'timeout-run': (ms: number) => `CPython 3.14 did not finish the program within ${secs(ms)} s of real time.`,
    timing: (load: number, run: number) =>
      load > 50 ? `CPython loaded in ${secs(load)} s and ran in ${secs(run)} s.` : `CPython ran in ${secs(run)} s.`,
    changed: 'The program has changed since it was verified.',
  },
  ko: {
    download: (a: number, b: number) => `CPython 3.14(WebAssembly) 불러오는 중: ${mb(b)} MB 중 ${mb(a)} MB…`,
    start: 'CPython 3.14 시작하는 중…',
    run: 'CPython 3.14로 프로그램 실행 중…',
    otherVersion: (v: string) =>
      `검증은 CPython 3.14로 실행해 3.14 시뮬레이션과 비교합니다 (타임라인은 파이썬 ${v}입니다).`,
    match: (v: string, n: number, m: number) =>
      `CPython ${v}와 한 단계도 어긋나지 않고 일치합니다 (${count(n)}단계, 출력 ${count(m)}줄).`,
    at: {
      steps: (k: number) => `처음 달라지는 곳: ${count(k)}단계`,
      stdout: (k: number) => `처음 달라지는 곳: 출력 ${count(k)}번째 줄`,
      tasks: (k: number) => `처음 달라지는 곳: ${count(k)}번째로 만든 태스크`,
      warnings: () => '처음 달라지는 곳: 경고',
      error: () => '처음 달라지는 곳: 프로그램이 끝난 방식',
      end: () => '처음 달라지는 곳: 프로그램이 끝난 시각',
    },
    none: {
      steps: '그런 단계 없음 (실행이 이미 끝남)',
      stdout: '그런 줄 없음',
      tasks: '그런 태스크 없음',
      warnings: '그런 경고 없음',
    },
    step: (s: Step, t: string) => `${s.task}, ${t}: ${s.at ?? '(프로그램 밖)'} → ${s.to ?? '(프로그램 밖)'}`,
    task: (k: Task, made: string, done: string | null) =>
      `${k.name} (${k.coro}), ${made}에 생성, ${k.state}${done === null ? '' : ` (${done})`}`,
    warning: (w: Warning, t: string) => `${quote(w.text)}, ${t}${w.line ? `, ${w.line}행` : ''}`,
    noError: '오류 없음',
    endsToo: '두 실행은 끝나는 방식도 다릅니다:',
    showStep: (k: number) => `${count(k)}단계 보기`,
    refused: (m: string) => `Loopline은 이 프로그램을 실행하지 않습니다: ${m}`,
    simFailed: (m: string) => `시뮬레이션이 끝나지 않았습니다: ${m}`,
    ranIt: (v: string, n: number, m: number) => `CPython ${v}는 실행했습니다: ${count(n)}단계, 출력 ${count(m)}줄.`,
    load: (m: string) => `CPython 3.14를 불러오지 못했습니다: ${m}`,
    program: (v: string, m: string) => `CPython ${v}가 프로그램을 실행하지 못했습니다: ${m}`,
    'timeout-load': (ms: number) => `CPython 3.14를 ${secs(ms)}초 안에 불러오지 못했습니다.`,
    'timeout-run': (ms: number) => `CPython 3.14가 실제 시간 ${secs(ms)}초 안에 프로그램을 끝내지 못했습니다.`,
    timing: (load: number, run: number) =>
      load > 50 ? `CPython 불러오기 ${secs(load)}초, 실행 ${secs(run)}초.` : `CPython 실행 ${secs(run)}초.`,
    changed: '검증한 뒤 프로그램이 바뀌었습니다.',
  },
};

export type VerifyText = (typeof TEXT)['en'];

export const verifyText = (lang: Lang): VerifyText => TEXT[lang];

/** The progress line while CPython loads and runs. */
export function phaseText(lang: Lang, p: VerifyPhase | null): string {
  const x = TEXT[lang];
  // Once every byte is in, what remains is compiling the WebAssembly and starting Python.
  if (!p || (p.phase === 'download' && p.loaded < p.total)) return x.download(p?.loaded ?? 0, p?.total ?? 0);
  return p.phase === 'run' ? x.run : x.start;
}

/** The two sides of a difference, each in one line: [CPython's, Loopline's]. */
export function sidesOf(lang: Lang, d: TraceDifference): [string, string] {
  const x = TEXT[lang];
  const t = (s: number) => timeIn(lang, s);
  const one = (side: 'want' | 'got'): string => {
    switch (d.part) {
      case 'steps':
        return d[side] ? x.step(d[side], t(d[side].t)) : x.none.steps;
      case 'stdout':
        return d[side] ? `${t(d[side].t)}: ${quote(d[side].text)}` : x.none.stdout;
      case 'tasks': {
        const k = d[side];
        return k ? x.task(k, t(k.created), k.done === null ? null : t(k.done)) : x.none.tasks;
      }
      case 'warnings': {
        // `warning` belongs to CPython (want) when Loopline misses it, else to Loopline.
        const mine = d.missing === (side === 'want') ? [d.warning] : d.elsewhere;
        return mine.length ? mine.map((w) => x.warning(w, t(w.t))).join('; ') : x.none.warnings;
      }
      case 'error':
        return d[side] ?? x.noError;
      case 'end':
        return t(d[side]);
    }
  };
  return [one('want'), one('got')];
}

/** The verdict's first line: a match, or where the first difference is (null when a side has no trace). */
export function headline(lang: Lang, r: VerifyResult): string | null {
  const x = TEXT[lang];
  if (!r.cpython.ok || !r.loopline.ok) return null;
  const d = r.difference;
  if (!d) return x.match(r.version, r.cpython.trace.steps.length, r.cpython.trace.stdout.length);
  const at = x.at[d.part] as (k: number) => string;
  return at('index' in d ? d.index + 1 : 0);
}
