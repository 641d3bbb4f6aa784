/**
 * Where a run's order is CPython's only by luck: CPython hashes a task, future, coroutine or any
 * object without a `__hash__` of its own by its address, and iterates a set of them in the order
 * of their hash table, so in address order. Where the first of them lands depends on everything
 * the interpreter allocated before (tests/conformance/nondeterministic/README.md), so no model of
 * the simulator's can claim CPython's order there; Loopline keeps creation order and notes each
 * place where a run's order followed it, for the doctor to point at.
 */
import { PySet, type PyValue } from './core';
import { run, RunSlot, type Run } from './run';
import { noteHashOrder, type HashOrderKind } from './hash-order';

/**
 * What iterated the set: the program's own `for` (a loop or a list or dict comprehension), its
 * own unpacking (`f(*s)`, `[*s]`, `a, b = s`), or asyncio doing it for the program.
 */
const KINDS = ['for', 'unpack', 'taskgroup', 'shutdown', 'as_completed'] as const;
export type AddressOrderKind = (typeof KINDS)[number];

export function isAddressOrderKind(v: unknown): v is AddressOrderKind {
  return (KINDS as readonly unknown[]).includes(v);
}

/** One place (the trace's AddressOrder: the runtime does not import the trace). */
interface AddressOrder {
  kind: AddressOrderKind;
  line: number;
  count: number;
  what: string | null;
}

const seenOrders = new RunSlot<Map<string, AddressOrder>>('addressOrders', () => new Map());

/** Record that `count` objects of class `what` were visited in address order at `line`. */
export function noteAddressOrder(kind: AddressOrderKind, line: number, count: number, what: string | null): void {
  if (count < 2) return;
  const seen = run.get(seenOrders);
  const key = `${kind}:${line}`;
  const had = seen.get(key);
  if (!had) seen.set(key, { kind, line, count, what });
  else if (count > had.count) seen.set(key, { kind, line, count, what: had.what === what ? what : null });
}

/** The set's members hashed by address (a set's map keys them by the object itself), and their class. */
function addressHashed(s: PySet): { count: number; what: string | null } {
  let count = 0;
  let what: string | null | undefined;
  for (const [k, v] of s.map) {
    if (typeof k !== 'object') continue;
    count++;
    const name = (v as { cls: { name: string } }).cls.name;
    what = what === undefined || what === name ? name : null;
  }
  return { count, what: what ?? null };
}

/** The program's own pass over `iterable` at `line`: noted, as both orders, when it is a set of two or more members. */
function noteSetOrder(iterable: PyValue, line: number, hashKind: HashOrderKind, kind: AddressOrderKind): void {
  if (!(iterable instanceof PySet) || iterable.map.size < 2) return;
  noteHashOrder(iterable, hashKind, line);
  const { count, what } = addressHashed(iterable);
  noteAddressOrder(kind, line, count, what);
}

/** A `for` of the program's own over `iterable` at `line`: noted when it is a set of two or more such objects. */
export function noteSetLoop(iterable: PyValue, line: number): void {
  noteSetOrder(iterable, line, 'for', 'for');
}

/** The program's own unpacking of `iterable` at `line` (`f(*s)`, `[*s]`, `a, b = s`): noted as a loop over it is. */
export function noteSetUnpack(iterable: PyValue, line: number): void {
  noteSetOrder(iterable, line, 'unpacked', 'unpack');
}

/** The notes of run `r`, in line order. */
export function addressOrders(r: Run): AddressOrder[] {
  return [...r.get(seenOrders).values()].sort((a, b) => a.line - b.line);
}
