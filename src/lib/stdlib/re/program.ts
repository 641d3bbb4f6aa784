/**
 * A parsed pattern as instructions for the backtracking machine in vm.ts. Look-arounds and atomic
 * groups are sub-programs run in place; repeats of one character use one instruction, other
 * repeats a counter per repeat (CPython's REPEAT/MAX_UNTIL/MIN_UNTIL, with its rule that an
 * optional iteration that matched nothing ends the loop).
 */
import type { AtKind, Fold, Node } from './ast';
import { MAXREPEAT } from './ast';
import { sameChar, setTest } from './chars';
import { widthOf } from './width';

type Test = (c: number) => boolean;

export enum Op {
  Test,
  At,
  Split,
  Jmp,
  Save,
  Ref,
  Look,
  Atomic,
  RepOne,
  RepInit,
  RepLoop,
  RepEnd,
  Cond,
  Fail,
  Match,
}

const never: Test = () => false;
const NO_TABLE = new Uint8Array(256);

/** `test`'s answers for Latin-1, 1 or 0: the matcher reads them rather than call the test (they are asked for most). */
function latin1(test: Test): Uint8Array {
  const table = new Uint8Array(256);
  for (let c = 0; c < 256; c++) table[c] = test(c) ? 1 : 0;
  return table;
}

/**
 * One instruction. Every instruction has every field (those its op does not use keep their
 * defaults), so that the matcher's loop reads them from objects of one shape: a union of object
 * literals made each read there a look-up among fifteen shapes.
 */
export class Inst {
  /** Test, RepOne: the character test, and its answers for Latin-1 (see latin1). */
  test: Test = never;
  table: Uint8Array = NO_TABLE;
  /** Split: try x, then y; `lead`: a test the character at x's start must pass (else only y can match). Jmp: x. */
  x = 0;
  y = 0;
  lead: Test | null = null;
  leadTable: Uint8Array = NO_TABLE;
  /** Save: the capture slot. */
  slot = 0;
  /** Ref, Cond: the group; Ref: how its text compares. */
  n = 0;
  fold: Fold = 0;
  /** At. */
  kind: AtKind = 'bos';
  ascii = false;
  /** Look: which way, negated, the width looked behind; Look and Atomic: the body. */
  behind = false;
  neg = false;
  width = 0;
  sub: Inst[] = [];
  /** RepOne, RepLoop: the bounds and whether lazy. */
  min = 0;
  max = 0;
  lazy = false;
  /** RepInit, RepLoop, RepEnd: the repeat counter; RepLoop's exit, RepEnd's loop head; Cond's no-branch. */
  r = 0;
  exit = 0;
  head = 0;
  no = 0;
  constructor(readonly op: Op) {}
}

/** An instruction `op` with the fields in `fields` set. */
function inst(op: Op, fields: Partial<Omit<Inst, 'op'>> = {}): Inst {
  return Object.assign(new Inst(op), fields);
}

export interface Program {
  code: Inst[];
  /** How many repeat counters the program uses. */
  reps: number;
  /** A test a search start position's character must pass first (see prefilter.ts and leadTest). */
  first: ((c: number) => boolean) | null;
  /** first's answers for Latin-1 (1 or 0), read first (a call per position costs more). */
  firstLatin1: Uint8Array;
}

/** `test` with its answers for Latin-1 looked up in a table (they are asked for most). */
function tabled(test: Test): Test {
  const table = new Uint8Array(256);
  for (let c = 0; c < 256; c++) table[c] = test(c) ? 1 : 0;
  return (c) => (c < 256 ? table[c] === 1 : test(c));
}

/** The character test of a one-character node, or null. */
function unitTest(n: Node): Test | null {
  const test = rawUnitTest(n);
  return test && n.t !== 'any' && !(n.t === 'char' && n.fold === 0) ? tabled(test) : test;
}

function rawUnitTest(n: Node): Test | null {
  switch (n.t) {
    case 'char': {
      const { c: p, fold, neg } = n;
      if (fold === 0) return neg ? (c) => c !== p : (c) => c === p;
      return (c) => sameChar(c, p, fold) !== neg;
    }
    case 'any':
      return n.dotall ? () => true : (c) => c !== 10;
    case 'set':
      return setTest(n.items, n.neg, n.fold, n.ascii);
    default:
      return null;
  }
}

/** A repeat body that is one character test (a non-capturing group around one counts too). */
function simpleBody(body: Node[]): ((c: number) => boolean) | null {
  if (body.length !== 1) return null;
  const n = body[0];
  if (n.t === 'group' && n.n === null) return simpleBody(n.body);
  return unitTest(n);
}

/**
 * A test the character at a search's start position must pass for the pattern to match there (the
 * first character it consumes is there: assertions before it are zero-width), or null when that is
 * not known. Search skips positions that fail it, as CPython's skips by the pattern's leading set.
 */
function leadTest(nodes: Node[]): Test | null {
  for (const n of nodes) {
    switch (n.t) {
      case 'at':
      case 'look':
        continue;
      case 'char':
      case 'any':
      case 'set':
        return unitTest(n);
      case 'group':
      case 'atomic':
        return widthOf(n.body, [])[0] > 0 ? leadTest(n.body) : null;
      case 'rep':
        return n.min > 0 && widthOf(n.body, [])[0] > 0 ? leadTest(n.body) : null;
      case 'alt': {
        const tests: Test[] = [];
        for (const b of n.branches) {
          const t = widthOf(b, [])[0] > 0 ? leadTest(b) : null;
          if (t === null) return null;
          tests.push(t);
        }
        return tabled((c) => tests.some((t) => t(c)));
      }
      default:
        return null;
    }
  }
  return null;
}

export function compileProgram(body: Node[], first: ((c: number) => boolean) | null = null): Program {
  let reps = 0;
  const emit = (code: Inst[], nodes: Node[]): void => {
    for (const n of nodes) node(code, n);
  };
  const sub = (nodes: Node[]): Inst[] => {
    const code: Inst[] = [];
    emit(code, nodes);
    code.push(inst(Op.Match));
    return code;
  };
  const node = (code: Inst[], n: Node): void => {
    const test = unitTest(n);
    if (test) {
      code.push(inst(Op.Test, { test, table: latin1(test) }));
      return;
    }
    switch (n.t) {
      case 'at':
        code.push(inst(Op.At, { kind: n.kind, ascii: n.ascii }));
        return;
      case 'group':
        if (n.n === null) emit(code, n.body);
        else {
          code.push(inst(Op.Save, { slot: 2 * n.n }));
          emit(code, n.body);
          code.push(inst(Op.Save, { slot: 2 * n.n + 1 }));
        }
        return;
      case 'ref':
        code.push(inst(Op.Ref, { n: n.n, fold: n.fold }));
        return;
      case 'look':
        code.push(inst(Op.Look, { behind: n.behind, neg: n.neg, width: n.width, sub: sub(n.body) }));
        return;
      case 'atomic':
        code.push(inst(Op.Atomic, { sub: sub(n.body) }));
        return;
      case 'fail':
        code.push(inst(Op.Fail));
        return;
      case 'alt': {
        const jumps: Inst[] = [];
        n.branches.forEach((b, i) => {
          if (i < n.branches.length - 1) {
            const lead = widthOf(b, [])[0] > 0 ? leadTest(b) : null;
            const split = inst(Op.Split, { x: code.length + 1, lead, leadTable: lead ? latin1(lead) : NO_TABLE });
            code.push(split);
            emit(code, b);
            const j = inst(Op.Jmp);
            jumps.push(j);
            code.push(j);
            split.y = code.length;
          } else emit(code, b);
        });
        for (const j of jumps) j.x = code.length;
        return;
      }
      case 'cond': {
        const cond = inst(Op.Cond, { n: n.n });
        code.push(cond);
        emit(code, n.yes);
        const j = inst(Op.Jmp);
        code.push(j);
        cond.no = code.length;
        if (n.no) emit(code, n.no);
        j.x = code.length;
        return;
      }
      case 'rep': {
        const max = n.max === MAXREPEAT ? Infinity : n.max;
        if (n.kind === 'possessive') {
          const inner: Node = { ...n, kind: 'greedy' };
          code.push(inst(Op.Atomic, { sub: sub([inner]) }));
          return;
        }
        const one = simpleBody(n.body);
        if (one) {
          code.push(inst(Op.RepOne, { test: one, table: latin1(one), min: n.min, max, lazy: n.kind === 'lazy' }));
          return;
        }
        const r = reps++;
        code.push(inst(Op.RepInit, { r }));
        const head = code.length;
        const loop = inst(Op.RepLoop, { r, min: n.min, max, lazy: n.kind === 'lazy' });
        code.push(loop);
        emit(code, n.body);
        code.push(inst(Op.RepEnd, { r, head }));
        loop.exit = code.length;
        return;
      }
      default:
        throw new Error(`re: no code for ${n.t}`);
    }
  };
  const code = sub(body);
  const lead = leadTest(body);
  const both = first && lead ? (c: number) => first(c) && lead(c) : (first ?? lead);
  return { code, reps, first: both, firstLatin1: both ? latin1(both) : NO_TABLE };
}
