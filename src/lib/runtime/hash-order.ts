/**
 * Where a run's order is one CPython picks anew at every start: CPython hashes str and bytes with
 * a key chosen at random when the interpreter starts (unless PYTHONHASHSEED fixes it), and a set
 * iterates in the order of its hash table, so a set of strings comes out in another order from run
 * to run. No order the simulator shows is CPython's; Loopline keeps insertion order and notes each
 * place where the program let that order out (its own `for` over such a set, its repr, a join of it),
 * for the doctor to point at.
 */
import { PyBytes, PySet, PyTuple, type PyValue } from './core';
import { run, RunSlot, type Run } from './run';

/**
 * How the order got out: the program's own `for` over the set, its own unpacking of it (`f(*s)`,
 * `[*s]`, `a, b = s`), the set's repr or str, or str.join of it.
 */
export type HashOrderKind = 'for' | 'unpacked' | 'shown' | 'joined';

/** One place (the trace's HashOrder: the runtime does not import the trace). */
interface HashOrder {
  kind: HashOrderKind;
  line: number;
  count: number;
  /** Whether every member is a str (else some are bytes, or tuples or frozensets holding them). */
  strings: boolean;
}

const seenOrders = new RunSlot<Map<string, HashOrder>>('hashOrders', () => new Map());

/** Whether CPython's hash of `v` changes from run to run: a non-empty str or bytes, or a tuple or frozenset holding one. */
function randomlyHashed(v: PyValue): boolean {
  if (typeof v === 'string') return v.length > 0;
  if (v instanceof PyBytes) return v.data.length > 0;
  if (v instanceof PyTuple) return v.items.some(randomlyHashed);
  if (v instanceof PySet) {
    for (const m of v.map.values()) if (randomlyHashed(m)) return true;
  }
  return false;
}

/** How many members of `s` hash randomly, when the order of its two or more members depends on them (else 0). */
function randomMembers(s: PySet): number {
  if (s.map.size < 2) return 0;
  let n = 0;
  for (const m of s.map.values()) if (randomlyHashed(m)) n++;
  return n;
}

/** Record that the order of set `s` got out at the program's `line` (the current one when omitted). */
export function noteHashOrder(s: PySet, kind: HashOrderKind, line: number = run.userLine): void {
  if (line <= 0) return;
  const count = randomMembers(s);
  if (count === 0) return;
  let strings = true;
  for (const m of s.map.values()) strings &&= typeof m === 'string';
  const seen = run.get(seenOrders);
  const key = `${kind}:${line}`;
  const had = seen.get(key);
  if (!had || count > had.count) seen.set(key, { kind, line, count, strings: strings && (!had || had.strings) });
}

/** The notes of run `r`, in line order. */
export function hashOrders(r: Run): HashOrder[] {
  return [...r.get(seenOrders).values()].sort((a, b) => a.line - b.line || a.kind.localeCompare(b.kind));
}
