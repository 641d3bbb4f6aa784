/**
 * The backtracking matcher. Choices, saved captures and repeat counters go on one explicit stack
 * (never the JS call stack, so a long subject cannot overflow it); every step is counted and
 * charged to the run's operation budget, so a catastrophic pattern stops at the named limit.
 */
import { isWord, sameChar } from './chars';
import { Op, type Inst, type Program } from './program';

// Backtrack entries: four numbers each, the first saying what to undo or retry.
const ALT = 0;
const SLOT = 1;
const REP = 2;
const LAZY = 3;
const ONE_GREEDY = 4;
const ONE_LAZY = 5;
const LAST = 6;

/** How many steps are charged at once. */
const CHUNK = 1024;

/** Whether character `c` passes `test`, whose answers for Latin-1 are `table`'s. */
function passes(table: Uint8Array, test: (c: number) => boolean, c: number): boolean {
  return c < 256 ? table[c] === 1 : test(c);
}

export class Matcher {
  /** The stack, four numbers an entry, `sp` numbers used (a typed array: no per-search allocation). */
  private stk = new Float64Array(256);
  private sp = 0;
  /** After a successful run: 2 * (groups + 1) positions, -1 for a group that did not take part (overwritten by the next run). */
  readonly slots: Int32Array;
  /** After a successful run: the last group closed, or -1. */
  lastindex = -1;
  private count: Float64Array;
  private start: Float64Array;
  private steps = 0;
  private end = 0;
  /** Where the search attempt started (CPython's state->start) and the rules for the whole match. */
  private origin = 0;
  private mustAdvance = false;
  private fullmatch = false;

  constructor(
    private readonly prog: Program,
    private readonly groups: number,
    /** The subject's code points (set again when the matcher is used for another string). */
    public subject: Int32Array,
    private readonly charge: (steps: number) => void,
  ) {
    this.slots = new Int32Array(2 * (groups + 1));
    this.count = new Float64Array(prog.reps);
    this.start = new Float64Array(prog.reps);
  }

  /**
   * Match at `pos` (anchored), or search from `pos`, within [0, endpos): whether it matched, its
   * positions then in `slots` and `lastindex`. `mustAdvance`: an empty match at `pos` does not
   * count (the rule finditer/sub/split use after an empty match).
   */
  run(pos: number, endpos: number, mode: 'match' | 'fullmatch' | 'search', mustAdvance: boolean): boolean {
    this.end = endpos;
    this.origin = pos;
    this.mustAdvance = mustAdvance;
    this.fullmatch = mode === 'fullmatch';
    const last = mode === 'search' ? endpos : pos;
    const s = this.subject;
    try {
      const first = mode === 'search' ? this.prog.first : null;
      const table = this.prog.firstLatin1;
      for (let at = pos; at <= last; at++) {
        if (first !== null) {
          // Skip to the next position whose character can begin a match (Latin-1 from the table).
          for (; at < endpos; at++) {
            const ch = s[at];
            if (ch < 256 ? table[ch] === 1 : first(ch)) break;
          }
          if (at >= endpos) break;
        }
        this.slots.fill(-1);
        this.lastindex = -1;
        this.sp = 0;
        const e = this.exec(this.prog.code, at, true);
        if (e >= 0) {
          this.slots[0] = at;
          this.slots[1] = e;
          return true;
        }
      }
      return false;
    } finally {
      this.charge(this.steps);
      this.steps = 0;
    }
  }

  private tick(): void {
    if (++this.steps >= CHUNK) {
      this.charge(this.steps);
      this.steps = 0;
    }
  }

  private push(kind: number, a: number, b: number, c: number): void {
    let st = this.stk;
    const sp = this.sp;
    if (sp + 4 > st.length) {
      const bigger = new Float64Array(st.length * 2);
      bigger.set(st);
      st = this.stk = bigger;
    }
    st[sp] = kind;
    st[sp + 1] = a;
    st[sp + 2] = b;
    st[sp + 3] = c;
    this.sp = sp + 4;
  }

  private setSlot(slot: number, v: number): void {
    this.push(SLOT, slot, this.slots[slot], 0);
    this.slots[slot] = v;
  }

  /** Run `code` from `pos`: the end of its first match, or -1. Leaves undo entries for what it set. */
  private exec(code: Inst[], pos: number, top: boolean): number {
    const s = this.subject;
    const base = this.sp;
    let pc = 0;
    for (;;) {
      this.tick();
      let ok = true;
      const inst = code[pc];
      switch (inst.op) {
        case Op.Test:
          if (pos < this.end && passes(inst.table, inst.test, s[pos])) {
            pos++;
            pc++;
          } else ok = false;
          break;
        case Op.At:
          if (this.at(inst.kind, inst.ascii, pos)) pc++;
          else ok = false;
          break;
        case Op.Split:
          // A branch whose first character cannot be here fails at once: go straight to the next.
          if (inst.lead !== null && (pos >= this.end || !passes(inst.leadTable, inst.lead, s[pos]))) {
            pc = inst.y;
            break;
          }
          this.push(ALT, inst.y, pos, 0);
          pc = inst.x;
          break;
        case Op.Jmp:
          pc = inst.x;
          break;
        case Op.Save:
          this.setSlot(inst.slot, pos);
          if (inst.slot & 1) {
            this.push(LAST, this.lastindex, 0, 0);
            this.lastindex = inst.slot >> 1;
          }
          pc++;
          break;
        case Op.Ref: {
          const a = this.slots[2 * inst.n];
          const b = this.slots[2 * inst.n + 1];
          if (a < 0 || b < 0 || b < a || pos + (b - a) > this.end) {
            ok = false;
            break;
          }
          for (let i = 0; i < b - a; i++) {
            const c = s[pos + i];
            const p = s[a + i];
            if (!(inst.fold ? sameChar(c, p, inst.fold) : c === p)) {
              ok = false;
              break;
            }
          }
          if (ok) {
            pos += b - a;
            pc++;
          }
          break;
        }
        case Op.Look: {
          let matched: boolean;
          const mark = this.sp;
          if (inst.behind) {
            const from = pos - inst.width;
            matched = from >= 0 && this.exec(inst.sub, from, false) >= 0;
          } else matched = this.exec(inst.sub, pos, false) >= 0;
          if (inst.neg) {
            // Whatever the body set is undone: a negative look-around keeps no captures.
            if (matched) this.unwind(mark);
            ok = !matched;
          } else ok = matched;
          if (ok) pc++;
          break;
        }
        case Op.Atomic: {
          const e = this.exec(inst.sub, pos, false);
          if (e >= 0) {
            pos = e;
            pc++;
          } else ok = false;
          break;
        }
        case Op.RepOne: {
          let n = 0;
          const limit = Math.min(inst.max, this.end - pos);
          const table = inst.table;
          const test = inst.test;
          if (inst.lazy) {
            while (n < inst.min && n < limit && passes(table, test, s[pos + n])) n++;
            if (n < inst.min) {
              ok = false;
              break;
            }
            pos += n;
            if (n < inst.max) this.push(ONE_LAZY, pc, pos, n);
          } else {
            while (n < limit && passes(table, test, s[pos + n])) n++;
            this.steps += n >> 2;
            if (n < inst.min) {
              ok = false;
              break;
            }
            if (n > inst.min) this.push(ONE_GREEDY, pc + 1, pos + inst.min, pos + n);
            pos += n;
          }
          pc++;
          break;
        }
        case Op.RepInit:
          this.push(REP, inst.r, this.count[inst.r], this.start[inst.r]);
          this.count[inst.r] = 0;
          this.start[inst.r] = -1;
          pc++;
          break;
        case Op.RepLoop: {
          const r = inst.r;
          const c = this.count[r];
          if (c < inst.min) pc++;
          else if (inst.lazy) {
            this.push(LAZY, pc, pos, 0);
            pc = inst.exit;
          } else if (c < inst.max && pos !== this.start[r]) {
            this.push(ALT, inst.exit, pos, 0);
            this.push(REP, r, c, this.start[r]);
            this.start[r] = pos;
            pc++;
          } else pc = inst.exit;
          break;
        }
        case Op.RepEnd:
          this.push(REP, inst.r, this.count[inst.r], this.start[inst.r]);
          this.count[inst.r]++;
          pc = inst.head;
          break;
        case Op.Cond: {
          const a = this.slots[2 * inst.n];
          const b = this.slots[2 * inst.n + 1];
          pc = a >= 0 && b >= 0 && a <= b ? pc + 1 : inst.no;
          break;
        }
        case Op.Fail:
          ok = false;
          break;
        case Op.Match:
          if (top && ((this.fullmatch && pos !== this.end) || (this.mustAdvance && pos === this.origin))) {
            ok = false;
            break;
          }
          this.keepUndo(base);
          return pos;
      }
      if (ok) continue;
      // Backtrack: undo entries back to the latest choice, then take it.
      let resumed = false;
      while (this.sp > base) {
        const st = this.stk;
        const sp = (this.sp -= 4);
        const kind = st[sp];
        const a = st[sp + 1];
        const b = st[sp + 2];
        const c = st[sp + 3];
        if (this.restore(kind, a, b, c)) continue;
        if (kind === ALT) {
          pc = a;
          pos = b;
          resumed = true;
          break;
        } else if (kind === ONE_GREEDY) {
          // One character fewer for the greedy repeat.
          pos = c - 1;
          if (pos > b) this.push(ONE_GREEDY, a, b, pos);
          pc = a;
          resumed = true;
          break;
        } else if (kind === ONE_LAZY) {
          const inst = code[a];
          if (b < this.end && passes(inst.table, inst.test, s[b])) {
            pos = b + 1;
            if (c + 1 < inst.max) this.push(ONE_LAZY, a, pos, c + 1);
            pc = a + 1;
            resumed = true;
            break;
          }
        } else if (kind === LAZY) {
          const inst = code[a];
          const r = inst.r;
          if (this.count[r] < inst.max && b !== this.start[r]) {
            this.push(REP, r, this.count[r], this.start[r]);
            this.start[r] = b;
            pos = b;
            pc = a + 1;
            resumed = true;
            break;
          }
        }
      }
      if (!resumed) return -1;
    }
  }

  /** Drop the choices above `base` (a finished sub-match), keeping what undoes its captures. */
  private keepUndo(base: number): void {
    const stack = this.stk;
    let w = base;
    for (let r = base; r < this.sp; r += 4) {
      const kind = stack[r];
      if (kind === SLOT || kind === LAST || kind === REP) {
        if (w !== r) {
          stack[w] = kind;
          stack[w + 1] = stack[r + 1];
          stack[w + 2] = stack[r + 2];
          stack[w + 3] = stack[r + 3];
        }
        w += 4;
      }
    }
    this.sp = w;
  }

  /** Undo everything above `mark`. */
  private unwind(mark: number): void {
    const st = this.stk;
    while (this.sp > mark) {
      const sp = (this.sp -= 4);
      this.restore(st[sp], st[sp + 1], st[sp + 2], st[sp + 3]);
    }
  }

  /** Put back what an undo entry saved (a capture, lastindex, a repeat's count); false for a choice. */
  private restore(kind: number, a: number, b: number, c: number): boolean {
    if (kind === SLOT) this.slots[a] = b;
    else if (kind === LAST) this.lastindex = a;
    else if (kind === REP) {
      this.count[a] = b;
      this.start[a] = c;
    } else return false;
    return true;
  }

  private at(kind: string, ascii: boolean, pos: number): boolean {
    const s = this.subject;
    const end = this.end;
    switch (kind) {
      case 'bos':
        return pos === 0;
      case 'bol':
        return pos === 0 || s[pos - 1] === 10;
      case 'eos':
        return pos === end;
      case 'eos_nl':
        return pos === end || (pos === end - 1 && s[pos] === 10);
      case 'eol':
        return pos === end || s[pos] === 10;
      case 'bound':
      case 'nonbound':
      case 'nonbound14': {
        if (end === 0) return kind === 'nonbound14';
        const before = pos > 0 && isWord(s[pos - 1], ascii);
        const after = pos < end && isWord(s[pos], ascii);
        return (before !== after) === (kind === 'bound');
      }
      default:
        return false;
    }
  }
}
