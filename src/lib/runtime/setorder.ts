/**
 * The order in which CPython iterates a set: the order of its hash table (Objects/setobject.c,
 * 3.13: start at hash & mask, probe up to 9 neighbouring slots, then perturb; grow when
 * fill*5 >= mask*3 to a table holding used*4 entries). Replaying the insertions of the set's
 * current members reproduces it exactly for sets built without removals, whenever every member
 * has a hash CPython computes deterministically (numbers, None, tuples of those). A set made by
 * merging another set into it (`a | b`, union, update, copy, set(s)) keeps the table set_merge
 * makes (one resize up front, then the other's slots in their order), and its later insertions
 * go on from there. A removal (remove, discard, pop, difference_update, `-=`, `^=`) leaves a dummy
 * in the table the set has then, which later insertions may reuse and which counts towards the
 * next resize, as in CPython; pop takes the first member from the table's finger on. Strings hash randomly per CPython process, so sets holding them keep
 * insertion order, and so do sets of tasks, futures and other objects hashed by address: their
 * CPython order depends on the heap the interpreter built before the program
 * (tests/conformance/nondeterministic/README.md).
 */
import { PyObject, PyTuple, PyComplex, PySet, type PyKeyMap, type PyValue } from './core';
import { hooks } from './ops';
import { pythonHash } from './hash';

const M64 = (1n << 64n) - 1n;
const LINEAR_PROBES = 9;

function deterministic(v: PyValue): boolean {
  switch (typeof v) {
    case 'bigint':
    case 'boolean':
    case 'number':
      return true;
    case 'string':
      return false;
  }
  if (v === null) return true;
  if (v instanceof PyTuple) return v.items.every(deterministic);
  return v instanceof PyComplex;
}

/** What a removed member leaves in its slot: probes go on past it, an insertion may take it. */
const DUMMY = Symbol('dummy');
type Slot = PyValue | typeof DUMMY | undefined;

/** A set's hash table as CPython lays it out: members, dummies of removed ones (fill counts both). */
class Table {
  mask = 7;
  slots: Slot[] = new Array(8).fill(undefined);
  hashes: bigint[] = new Array(8).fill(0n);
  used = 0;
  fill = 0;
  /** Where set.pop starts looking. */
  finger = 0;

  members(): PyValue[] {
    return this.slots.filter((x): x is PyValue => x !== undefined && x !== DUMMY);
  }

  clone(): Table {
    const t = new Table();
    t.mask = this.mask;
    t.slots = [...this.slots];
    t.hashes = [...this.hashes];
    t.used = this.used;
    t.fill = this.fill;
    t.finger = this.finger;
    return t;
  }

  /**
   * The slot an insertion takes: the first dummy on the probe sequence before its first unused
   * slot, else that unused slot (set_add_entry; set_insert_clean when there are no dummies).
   */
  private slotFor(h: bigint): number {
    const mask = this.mask;
    let perturb = h;
    let i = Number(h & BigInt(mask));
    let reuse = -1;
    for (;;) {
      const run = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      for (let j = i; j <= i + run; j++) {
        const x = this.slots[j];
        if (x === undefined) return reuse >= 0 ? reuse : j;
        if (x === DUMMY && reuse < 0) reuse = j;
      }
      perturb >>= 5n;
      i = Number((BigInt(i) * 5n + 1n + perturb) & BigInt(mask));
    }
  }

  /** Where member `x` (this very value) sits; -1 when it is not in the table. */
  private slotOf(x: PyValue, h: bigint): number {
    const mask = this.mask;
    let perturb = h;
    let i = Number(h & BigInt(mask));
    for (;;) {
      const run = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      for (let j = i; j <= i + run; j++) {
        const y = this.slots[j];
        if (y === undefined) return -1;
        if (Object.is(y, x)) return j;
      }
      perturb >>= 5n;
      i = Number((BigInt(i) * 5n + 1n + perturb) & BigInt(mask));
    }
  }

  private put(x: PyValue, h: bigint): void {
    const i = this.slotFor(h);
    if (this.slots[i] === undefined) this.fill++;
    this.slots[i] = x;
    this.hashes[i] = h;
    this.used++;
  }

  /** set_table_resize: a table of more than `minused` slots, the members put back in their order. */
  private resize(minused: number): void {
    let size = 8;
    while (size <= minused) size <<= 1;
    const old = this.slots;
    const oldHashes = this.hashes;
    this.mask = size - 1;
    this.slots = new Array(size).fill(undefined);
    this.hashes = new Array(size).fill(0n);
    this.used = 0;
    this.fill = 0;
    old.forEach((x, i) => {
      if (x !== undefined && x !== DUMMY) this.put(x, oldHashes[i]);
    });
  }

  /** set_add_entry of a member not in the table yet; only a new slot (not a dummy) can make it grow. */
  add(x: PyValue, h = pythonHash(x as PyObject) & M64): void {
    const fill = this.fill;
    this.put(x, h);
    if (this.fill > fill && this.fill * 5 >= this.mask * 3)
      this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
  }

  /** set_discard_entry: the member's slot (found along its probe sequence) becomes a dummy. */
  remove(x: PyValue): boolean {
    const i = this.slotOf(x, pythonHash(x as PyObject) & M64);
    if (i < 0) return false;
    this.slots[i] = DUMMY;
    this.used--;
    return true;
  }

  /** After a difference_update: more than a quarter of the table dummies, and it is rebuilt without them. */
  dropDummies(): void {
    if (this.fill - this.used > Math.floor(this.mask / 4))
      this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
  }

  /** set_pop: the first member from the finger on (wrapping round); the finger moves past it. */
  pop(): PyValue | undefined {
    if (this.used === 0) return undefined;
    let i = this.finger & this.mask;
    while (this.slots[i] === undefined || this.slots[i] === DUMMY) i = i === this.mask ? 0 : i + 1;
    const x = this.slots[i] as PyValue;
    this.slots[i] = DUMMY;
    this.used--;
    this.finger = i + 1;
    return x;
  }

  /** set_merge: `other`'s members added, in its table's order, after one resize up front. */
  merge(other: Table, has: (x: PyValue) => boolean): void {
    if (other.used === 0) return;
    if ((this.fill + other.used) * 5 >= this.mask * 3) this.resize((this.used + other.used) * 2);
    if (this.fill === 0 && this.mask === other.mask && other.fill === other.used) {
      this.slots = [...other.slots];
      this.hashes = [...other.hashes];
      this.used = other.used;
      this.fill = other.fill;
      return;
    }
    const clean = this.fill === 0;
    other.slots.forEach((x, i) => {
      if (x === undefined || x === DUMMY || (!clean && has(x))) return;
      if (clean) this.put(x, other.hashes[i]);
      else this.add(x, other.hashes[i]);
    });
  }
}

/** The tables of sets made by a merge, by their storage (`s |= o` gives a set another). */
const tables = new WeakMap<PyKeyMap<PyValue>, Table>();

function replayed(members: PyValue[]): Table {
  const t = new Table();
  for (const m of members) t.add(m);
  return t;
}

/**
 * The table of a set's storage: the one its last merge made, with the members added since (none
 * removed), else its members' insertions replayed; null when a member hashes randomly.
 */
function tableOf(map: PyKeyMap<PyValue>): Table | null {
  const t = tables.get(map);
  // Every removal from a set goes through memberRemoved (and clear through forgetTable), so the
  // storage holds the table's members first, in their order, then those added since.
  if (t !== undefined && t.used <= map.size) {
    let i = 0;
    for (const m of map.values()) {
      if (i++ < t.used) continue;
      if (!deterministic(m)) {
        tables.delete(map);
        return null;
      }
      t.add(m);
    }
    return t;
  }
  if (t !== undefined) tables.delete(map);
  const members = [...map.values()];
  if (!members.every(deterministic)) return null;
  return replayed(members);
}

/**
 * `src`'s members are about to be merged into `dst` (CPython's set_merge: union, update, `|`,
 * `|=`, copy, set(s)): `dst` keeps the table that makes. `inDst`: whether `dst` holds a member
 * equal to one of `src`'s (only asked of members whose hashes are deterministic).
 */
export function mergeOrder(dst: PyKeyMap<PyValue>, src: PySet, inDst: (x: PyValue) => boolean): void {
  if (src.map === dst) return;
  // An empty set keeps the dummies its removals left (a cleared one has a fresh table).
  const kept = tables.get(dst);
  const into =
    dst.size === 0 ? (kept !== undefined && kept.used === 0 ? kept.clone() : new Table()) : tableOf(dst)?.clone();
  const from = tableOf(src.map);
  if (into === undefined || into === null || from === null) {
    tables.delete(dst);
    return;
  }
  into.merge(from, inDst);
  tables.set(dst, into);
}

hooks.setOrder = (s: PySet) => {
  const members = [...s.map.values()];
  if (members.length < 2) return members;
  return tableOf(s.map)?.members() ?? members;
};

/**
 * Removals are followed in sets of up to this many members: each one brings the set's table up to
 * date, a walk over its members; a larger set is iterated as if built without its removals.
 */
const MODELLED_REMOVALS = 4096;

/**
 * `member` (as the set holds it) is about to be removed from the set stored in `map`: its slot
 * becomes a dummy in the table the set has now, which the set keeps.
 */
export function memberRemoved(map: PyKeyMap<PyValue>, member: PyValue): void {
  const t = map.size > MODELLED_REMOVALS ? null : tableOf(map);
  if (t === null) {
    tables.delete(map);
    return;
  }
  t.remove(member);
  tables.set(map, t);
}

/**
 * The member set.pop takes from the set stored in `map` (not yet removed): the first in its
 * table from the finger on, the table keeping the dummy and the finger; the first inserted when
 * the members' hashes are not CPython's.
 */
export function poppedMember(map: PyKeyMap<PyValue>): PyValue | undefined {
  const t = map.size > MODELLED_REMOVALS ? null : tableOf(map);
  if (t === null) {
    tables.delete(map);
    return map.values().next().value;
  }
  const x = t.pop();
  tables.set(map, t);
  return x;
}

/** A difference_update of the set stored in `map` is over: its table drops its dummies when they are many. */
export function differenceUpdated(map: PyKeyMap<PyValue>): void {
  // Only a set whose table has dummies (it is kept since its first removal) can have many.
  if (!tables.has(map) || map.size > MODELLED_REMOVALS) return;
  const t = tableOf(map);
  if (t === null) return;
  t.dropDummies();
  tables.set(map, t);
}

/** The set stored in `map` was emptied by clear(): CPython gives it a fresh table. */
export function forgetTable(map: PyKeyMap<PyValue>): void {
  tables.delete(map);
}
