/**
 * Which program line each task is at after a step, kept up to date as the cursor moves: a step
 * moves one task, so stepping costs O(1) and the editor's marks are read per line (a jump far
 * away rebuilds it, one binary search per task). The same facts as taskViews' `line`: a task is at
 * the line its last step at or before the cursor left it at; not yet started or finished: none.
 */
import type { RunView } from './model';
import { countAtOrBelow } from './common/bisect';

/** A jump farther than this many steps rebuilds the index instead of replaying the steps. */
const REPLAY_MAX = 256;

export interface LineTasks {
  line: number;
  /** How many tasks are at the line. */
  count: number;
  /** The first `limit` of them by task index (the running one first when it is here). */
  tasks: number[];
  /** Whether the task that ran the step is here. */
  running: boolean;
}

/** The line number at the end of a trace location ('main:8' → 8); 0 for none or 'done'. */
export function lineOf(loc: string | null | undefined): number {
  if (!loc || loc === 'done') return 0;
  const m = /:(\d+)$/.exec(loc);
  return m ? Number(m[1]) : 0;
}

export class TaskLines {
  #v: RunView;
  #cursor = -1;
  /** Task index → its line (0: none). */
  #line: Int32Array;
  /** Line → the tasks at it. */
  #at = new Map<number, Set<number>>();

  constructor(v: RunView) {
    this.#v = v;
    this.#line = new Int32Array(v.trace.tasks.length);
  }

  #set(k: number, line: number): void {
    const old = this.#line[k];
    if (old === line) return;
    if (old) {
      const s = this.#at.get(old)!;
      s.delete(k);
      if (!s.size) this.#at.delete(old);
    }
    if (line) {
      let s = this.#at.get(line);
      if (!s) this.#at.set(line, (s = new Set()));
      s.add(k);
    }
    this.#line[k] = line;
  }

  /** Task k's line after step `cursor`. */
  #lineAt(k: number, cursor: number): number {
    const mine = this.#v.stepsOfTask[k];
    if (!mine) return 0;
    const j = countAtOrBelow(mine, cursor);
    return j ? lineOf(this.#v.trace.steps[mine[j - 1]].to) : 0;
  }

  /** Moves to step `cursor`. */
  moveTo(cursor: number): void {
    const v = this.#v;
    if (cursor === this.#cursor) return;
    if (this.#cursor < 0 || Math.abs(cursor - this.#cursor) > REPLAY_MAX) {
      for (let k = 0; k < this.#line.length; k++) this.#set(k, this.#lineAt(k, cursor));
    } else if (cursor > this.#cursor) {
      for (let i = this.#cursor + 1; i <= cursor; i++) this.#set(v.taskOfStep[i], lineOf(v.trace.steps[i].to));
    } else {
      for (let i = this.#cursor; i > cursor; i--) this.#set(v.taskOfStep[i], this.#lineAt(v.taskOfStep[i], i - 1));
    }
    this.#cursor = cursor;
  }

  /** Every line with tasks at it after step `cursor`, in line order, each naming at most `limit` tasks. */
  linesAt(cursor: number, limit: number): LineTasks[] {
    this.moveTo(cursor);
    const runner = this.#v.taskOfStep[cursor] ?? -1;
    const out: LineTasks[] = [];
    for (const line of [...this.#at.keys()].sort((a, b) => a - b)) {
      const set = this.#at.get(line)!;
      const running = set.has(runner);
      // The smallest task indexes, without sorting the whole set.
      const first: number[] = [];
      for (const k of set) {
        if (first.length < limit) first.push(k);
        else if (k < first[first.length - 1]) first[first.length - 1] = k;
        else continue;
        first.sort((a, b) => a - b);
      }
      const tasks = running ? [runner, ...first.filter((k) => k !== runner)].slice(0, limit) : first;
      out.push({ line, count: set.size, tasks, running });
    }
    return out;
  }
}

const boards = new WeakMap<RunView, TaskLines>();

/** The run's task-lines index (one per run, kept at the last step asked for). */
export function taskLinesOf(v: RunView): TaskLines {
  let b = boards.get(v);
  if (!b) boards.set(v, (b = new TaskLines(v)));
  return b;
}
