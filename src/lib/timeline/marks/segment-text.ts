/**
 * The words of a segment: its tooltip (what the task is doing, quoting the source line) and
 * the short label drawn inside the bar when it fits.
 */
import type { Lane, Segment, TimelineModel } from '../model';
import { formatSeconds as T, formatTick, type Strings } from '../i18n';
import { clip } from '../text';
import { framesText } from './frames-text';
import { idlePool } from '../side-lanes';

export interface SegmentText {
  tooltip: (l: Lane, s: Segment) => string;
  shortLabel: (s: Segment, side?: boolean) => string | null;
  /**
   * In-bar labels to try, longest first: for a wait in the user's call, the call with the short
   * label as secondary text (`say_after(1, 'hello') · sleep 1 s`), then the call alone, then the
   * short label. On a thread's or a process's lane (`l`), a wait is named by what it waits for, with no `await`.
   */
  labels: (s: Segment, l?: Lane) => string[];
}

/** Line number of a 'func:line' location (null for 'done' or none). */
function lineNo(loc: string | null | undefined): number | null {
  if (!loc || loc === 'done') return null;
  const i = loc.lastIndexOf(':');
  const n = Number(loc.slice(i + 1));
  return i >= 0 && Number.isFinite(n) ? n : null;
}

/** Each model's task names (a chart of 10,000 lanes is laid out again at every scroll). */
const namesOf = new WeakMap<TimelineModel, Set<string>>();

export function segmentText(model: TimelineModel, S: Strings): SegmentText {
  let laneNames = namesOf.get(model);
  if (!laneNames) namesOf.set(model, (laneNames = new Set(model.lanes.map((l) => l.name))));
  const code = (loc: string | null | undefined): string => {
    const n = lineNo(loc);
    if (n === null) return '';
    const text = model.lines && n >= 1 && n <= model.lines.length ? model.lines[n - 1].trim() : '';
    return text ? `: \`${clip(text, 70)}\`, ${S.lineRef(n)}` : `, ${S.lineRef(n)}`;
  };
  /** Whether the awaiting line is a sleep (true when the source is unknown). */
  const isSleepLine = (loc: string | null | undefined): boolean => {
    const n = lineNo(loc);
    if (n === null || !model.lines || !model.lines[n - 1]) return true;
    return /\bsleep\s*\(/.test(model.lines[n - 1]);
  };
  const locText = (loc: string | null | undefined): string => {
    if (loc === 'done') return S.returns;
    const n = lineNo(loc);
    return n === null ? '?' : S.lineRef(n);
  };
  /** The sentence, the awaited call and (in the app) the task's frames after the step. */
  const tooltip = (l: Lane, s: Segment): string => {
    let text = sentence(l, s);
    if (s.call && s.kind !== 'running' && s.kind !== 'ready') text += ` — ${S.inCall(s.call)}`;
    const at = s.kind === 'running' ? s.step : s.afterStep;
    const frames = at !== undefined ? model.frames?.[at] : undefined;
    if (frames && frames.length) text += '\n' + framesText(frames, S);
    return text;
  };
  /** A thread lane's segment (thread-lanes.ts). */
  const threadSentence = (name: string, s: Segment): string => {
    const W = S.thread;
    const [from, to] = [T(s.start), T(s.end)];
    switch (s.kind) {
      case 'running':
        return W.runs(name, from);
      case 'ready':
        return W.gil(name, from, to);
      case 'sleeping':
        return `${W.sleeps(name, s.on ?? 'time.sleep()', from, to)}${code(s.at)}`;
      case 'blocked-sync':
        return `${W.blocked(name, s.on ?? 'Lock', from, to)}${code(s.at)}`;
      default: {
        const pool = idlePool(s.on);
        if (pool !== null) return W.idle(name, pool, from, to);
        return s.on === 'select()' ? W.select(name, from, to) : `${W.waits(name, s.on ?? '?', from, to)}${code(s.at)}`;
      }
    }
  };
  /** A process lane's segment (process-lanes.ts). */
  const processSentence = (name: string, s: Segment): string => {
    const W = S.process;
    const [from, to] = [T(s.start), T(s.end)];
    switch (s.kind) {
      case 'running':
        return W.computes(name, from, to);
      case 'ready':
        return W.noCore(name, from, to);
      case 'sleeping':
        return `${W.sleeps(name, s.on ?? 'time.sleep()', from, to)}${code(s.at)}`;
      default: {
        const pool = idlePool(s.on);
        if (pool !== null) return W.idle(name, pool, from, to);
        return s.on === 'select()'
          ? W.select(name, from, to)
          : `${W.waits(name, s.on ?? 'Lock', from, to)}${code(s.at)}`;
      }
    }
  };
  const sentence = (l: Lane, s: Segment): string => {
    const name = l.name;
    if (l.thread === 'main-process' || l.thread === 'process') return processSentence(name, s);
    if (l.thread) return threadSentence(name, s);
    switch (s.kind) {
      case 'running': {
        if (s.blocking) return `${S.blocking(name, T(s.start), s.blocking, T(s.end - s.start))}${code(s.at)}`;
        const stepNo = (s.step ?? 0) + 1;
        const atN = lineNo(s.at);
        const text =
          atN !== null && model.lines && model.lines[atN - 1] ? `, \`${clip(model.lines[atN - 1].trim(), 60)}\`` : '';
        const why = s.why ? S.why(s.why) : '';
        return `${S.running(name, T(s.start), stepNo, locText(s.at), locText(s.to))}${text}${why ? ` (${why})` : ''}`;
      }
      case 'ready': {
        const span = s.end - s.start > 1e-9 ? `${T(s.start)} – ${T(s.end)}` : S.at(T(s.start));
        return S.ready(name, span);
      }
      case 'sleeping':
        return `${isSleepLine(s.at) ? S.sleeping(name, T(s.until ?? s.end)) : S.timerWait(name, T(s.until ?? s.end))}${code(s.at)}`;
      case 'waiting': {
        if (s.on === 'gather') return `${S.waitingGather(name)}${code(s.at)}`;
        if (s.on === 'TaskGroup') return `${S.waitingGroup(name, s.on)}${code(s.at)}`;
        if (s.on && laneNames.has(s.on)) return `${S.waitingTask(name, s.on)}${code(s.at)}`;
        if (s.on) return `${S.waitingOther(name, s.on)}${code(s.at)}`;
        return `${S.suspended(name)}${code(s.at)}`;
      }
      case 'blocked-sync':
        return `${S.blockedSync(name, s.on ?? 'Lock')}${s.sync ? ` (${S.sync(s.sync)})` : ''}${code(s.at)}`;
      case 'frozen':
        return S.frozen(name, s.blocking ?? '?', T(s.start), T(s.end));
    }
  };

  /** A segment's words on its bar; `side`: it is a thread's or a process's (nothing there awaits, nor sets timers). */
  const shortLabel = (s: Segment, side = false): string | null => {
    switch (s.kind) {
      case 'sleeping': {
        const d = formatTick(Math.max(0, (s.until ?? s.end) - s.start), 3);
        return side || isSleepLine(s.at) ? S.shortSleep(d) : S.shortTimer(d);
      }
      case 'waiting':
        if (idlePool(s.on) !== null) return S.shortIdle;
        // (select(): the main thread's lane, where the event loop waits.)
        if (!s.on) return null;
        if (side || s.on === 'select()') return s.on;
        return `await ${s.on === 'gather' ? 'gather()' : s.on}`;
      case 'blocked-sync':
        return s.on ?? null;
      case 'frozen':
        return s.blocking ?? null;
      case 'ready':
        return S.shortReady;
      default:
        return null;
    }
  };
  const labels = (s: Segment, l?: Lane): string[] => {
    const short = shortLabel(s, l?.thread !== undefined && l.thread !== null);
    const call = s.kind === 'running' || s.kind === 'ready' ? undefined : s.call;
    if (!call) return short ? [short] : [];
    return short ? [`${call} · ${short}`, call, short] : [call];
  };
  return { tooltip, shortLabel, labels };
}
