/**
 * A task's frames for the trace: at the end of each of its steps, the frames of the user's
 * program on its await chain (the same walk as `locationOf`), each with the call that made it,
 * its line and its locals as short reprs. Runs of 100,000 steps are the norm, so the work is kept
 * small: a frame's call is formatted once, its locals are compared with the task's previous step
 * and the previous arrays are handed on again when nothing changed.
 */
import { PyObject, PyCell, type PyValue } from '../runtime/core';
import { SHORT_REPR_LENGTH, shortRepr, shortText } from '../runtime/short-repr';
import { PySuspendable } from '../interp/generator';
import { withoutLocals } from '../interp/call-text';
import type { Frame } from '../interp/frame';
import type { FrameView } from '../trace/types';
import { slotList } from './slot-list';
import { reprStays } from './same-repr';
import { lockRepr } from './lock-repr';
import { queueReprStart } from './queues';

/** The most locals a frame shows (parameters first). */
export const FRAME_LOCALS_LIMIT = 12;

const NO_FRAMES: FrameView[] = [];
const NO_SEEN: Seen[] = [];

interface Seen {
  frame: Frame;
  view: FrameView;
  /** The values of the locals the view shows, to reuse the reprs of ints and strings that stayed. */
  values: PyValue[];
}

/** The frames of one run's tasks, each task's previous step kept for comparing. */
export class FrameRecorder {
  private last: (Seen[] | undefined)[] = [];
  private lastViews: (FrameView[] | undefined)[] = [];

  /** Task `id`'s frames now (`coro`: its coroutine; `done`: it finished). */
  frames(id: number, coro: PyValue, done: boolean): FrameView[] {
    if (done) {
      this.last[id] = undefined;
      this.lastViews[id] = undefined;
      return NO_FRAMES;
    }
    const before = this.last[id] ?? NO_SEEN;
    const seen = scratchSeen;
    let n = 0;
    let same = true;
    let o: PyValue = coro;
    for (let guard = 0; o instanceof PyObject && guard < 10000; guard++) {
      if (!(o instanceof PySuspendable)) {
        o = (o as unknown as { chainNext?: PyValue }).chainNext ?? null;
        continue;
      }
      const fr: Frame | null = o.frame;
      if (fr && fr.code.user) {
        const k = n;
        const prev = before[k]?.frame === fr ? before[k] : before.find((s) => s.frame === fr);
        const s = frameView(o, fr, prev);
        if (s.view !== before[k]?.view) same = false;
        seen[n++] = s;
      }
      o = fr ? fr.awaiting : ((o as unknown as { chainNext?: PyValue }).chainNext ?? null);
    }
    const lastViews = this.lastViews[id];
    if (same && lastViews && n === before.length) {
      seen.fill(undefined as unknown as Seen, 0, n);
      return lastViews;
    }
    // Both at their final size: a task's last frames are kept until its next step, its views for good.
    const kept = seen.slice(0, n);
    const views = new Array<FrameView>(n);
    for (let i = 0; i < n; i++) views[i] = seen[i].view;
    seen.fill(undefined as unknown as Seen, 0, n);
    this.last[id] = kept;
    this.lastViews[id] = views;
    return views;
  }
}

/** The repr of `v` as shortRepr makes it, natively for asyncio's locks and queues. */
function lockText(v: PyObject): string {
  const r = lockRepr(v) ?? queueReprStart(v, SHORT_REPR_LENGTH);
  return r === null ? shortRepr(v) : shortText(r);
}

/** A frame's bound locals at the step being recorded (reused: views copy what they keep). */
const scratchNames: string[] = [];
const scratchTexts: string[] = [];
const scratchValues: PyValue[] = [];
const scratchChanged: string[] = [];
/** The frames seen on a task's chain after its step, before they are copied at their final size. */
const scratchSeen: Seen[] = [];

/**
 * One frame's view, reusing `seen` (the same frame at the task's previous step) where nothing
 * changed: its view, its locals array, the [name, repr] pairs that read the same, or the repr of
 * an int or a string that is still there.
 */
function frameView(o: PySuspendable, fr: Frame, seen: Seen | undefined): Seen {
  const list = slotList(fr.code.scope.slots);
  const names = scratchNames;
  const texts = scratchTexts;
  const scratch = scratchValues;
  const prevValues = seen?.values;
  const prevLocals = seen?.view.locals;
  let n = 0;
  let hidden = 0;
  for (let j = 0; j < list.names.length; j++) {
    let v: PyValue | PyCell | undefined = fr.locals[list.slots[j]];
    if (v instanceof PyCell) v = v.v;
    if (v === undefined || !list.shown[j]) continue;
    if (n >= FRAME_LOCALS_LIMIT) {
      hidden++;
      continue;
    }
    const name = list.names[j];
    names[n] = name;
    texts[n] =
      prevValues !== undefined && prevValues[n] === v && reprStays(v) && prevLocals![n]?.[0] === name
        ? prevLocals![n][1]
        : v instanceof PyObject
          ? lockText(v)
          : shortRepr(v);
    scratch[n] = v;
    n++;
  }
  // Kept arrays are made at their final size: an array grown by push from empty reserves 17
  // slots (152 bytes for a frame's one local), and every recorded step keeps these.
  const values = scratch.slice(0, n);
  scratch.fill(undefined as unknown as PyValue, 0, n);
  const prev = seen?.view;
  if (!prev) {
    const locals = new Array<[string, string]>(n);
    for (let i = 0; i < n; i++) locals[i] = [names[i], texts[i]];
    const view: FrameView = { call: o.call ?? `${withoutLocals(o.qualname)}()`, line: fr.line, locals };
    if (hidden) view.hidden = hidden;
    return { frame: fr, view, values };
  }
  let changed: string[] | null = null;
  const before = prev.locals;
  let nChanged = 0;
  for (let i = 0; i < n; i++) {
    const p = before[i]?.[0] === names[i] ? before[i] : before.find((l) => l[0] === names[i]);
    if (!p || p[1] !== texts[i]) scratchChanged[nChanged++] = names[i];
  }
  if (nChanged) {
    // The previous step's list when the same names changed again (a loop's counters), else one at its final size.
    const pc = prev.changed;
    let same = pc !== undefined && pc.length === nChanged;
    for (let i = 0; same && i < nChanged; i++) same = pc![i] === scratchChanged[i];
    changed = same ? pc! : scratchChanged.slice(0, nChanged);
    scratchChanged.fill('', 0, nChanged);
  }
  const sameLocals = changed === null && n === before.length;
  if (sameLocals && fr.line === prev.line && !prev.changed && (prev.hidden ?? 0) === hidden)
    return { frame: fr, view: prev, values };
  let locals = before;
  if (!sameLocals) {
    locals = new Array<[string, string]>(n);
    for (let i = 0; i < n; i++) {
      const p = before[i];
      locals[i] = p !== undefined && p[0] === names[i] && p[1] === texts[i] ? p : [names[i], texts[i]];
    }
  }
  const view: FrameView = { call: prev.call, line: fr.line, locals };
  if (hidden) view.hidden = hidden;
  if (changed) view.changed = changed;
  return { frame: fr, view, values };
}
