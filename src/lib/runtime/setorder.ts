/**
 * The order in which CPython iterates a set: the order of its hash table (Objects/setobject.c,
 * 3.13: start at hash & mask, probe up to 9 neighbouring slots, then perturb; grow when
 * fill*5 >= mask*3 to a table holding used*4 entries). Replaying the insertions of the set's
 * current members reproduces it exactly for sets built without removals, whenever every member
 * has a hash CPython computes deterministically (numbers, None, tuples of those). A set made by
 * merging another set into it (`a | b`, union, update, copy, set(s)) keeps the table set_merge
 * makes (one resize up front, then the other's slots in their order), and its later insertions
 * go on from there. Strings hash randomly per CPython process, so sets holding them keep
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

/** A set's hash table as CPython lays it out, without removals (no dummies: fill is used). */
class Table {
  mask = 7;
  slots: (PyValue | undefined)[] = new Array(8).fill(undefined);
  hashes: bigint[] = new Array(8).fill(0n);
  used = 0;

  members(): PyValue[] {
    return this.slots.filter((x) => x !== undefined);
  }

  clone(): Table {
    const t = new Table();
    t.mask = this.mask;
    t.slots = [...this.slots];
    t.hashes = [...this.hashes];
    t.used = this.used;
    return t;
  }

  /** set_insert_clean: the first free slot of the probe sequence. */
  private insertClean(x: PyValue, h: bigint): void {
    const mask = this.mask;
    let perturb = h;
    let i = Number(h & BigInt(mask));
    for (;;) {
      if (this.slots[i] === undefined) {
        this.slots[i] = x;
        this.hashes[i] = h;
        return;
      }
      if (i + LINEAR_PROBES <= mask) {
        for (let j = 1; j <= LINEAR_PROBES; j++) {
          if (this.slots[i + j] === undefined) {
            this.slots[i + j] = x;
            this.hashes[i + j] = h;
            return;
          }
        }
      }
      perturb >>= 5n;
      i = Number((BigInt(i) * 5n + 1n + perturb) & BigInt(mask));
    }
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
    old.forEach((x, i) => {
      if (x !== undefined) this.insertClean(x, oldHashes[i]);
    });
  }

  /** set_add_entry of a member not in the table yet. */
  add(x: PyValue, h = pythonHash(x as PyObject) & M64): void {
    this.insertClean(x, h);
    this.used++;
    if (this.used * 5 >= this.mask * 3) this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
  }

  /** set_merge: `other`'s members added, in its table's order, after one resize up front. */
  merge(other: Table, has: (x: PyValue) => boolean): void {
    if (other.used === 0) return;
    if ((this.used + other.used) * 5 >= this.mask * 3) this.resize((this.used + other.used) * 2);
    if (this.used === 0 && this.mask === other.mask) {
      this.slots = [...other.slots];
      this.hashes = [...other.hashes];
      this.used = other.used;
      return;
    }
    const empty = this.used === 0;
    other.slots.forEach((x, i) => {
      if (x === undefined || (!empty && has(x))) return;
      if (empty) {
        this.insertClean(x, other.hashes[i]);
        this.used++;
      } else this.add(x, other.hashes[i]);
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
  const members = [...map.values()];
  if (!members.every(deterministic)) return null;
  const t = tables.get(map);
  if (t !== undefined) {
    const now = new Set(members);
    const had = t.members();
    if (had.length <= members.length && had.every((m) => now.has(m))) {
      if (had.length < members.length) {
        const before = new Set(had);
        for (const m of members) if (!before.has(m)) t.add(m);
      }
      return t;
    }
    tables.delete(map);
  }
  return replayed(members);
}

/**
 * `src`'s members are about to be merged into `dst` (CPython's set_merge: union, update, `|`,
 * `|=`, copy, set(s)): `dst` keeps the table that makes. `inDst`: whether `dst` holds a member
 * equal to one of `src`'s (only asked of members whose hashes are deterministic).
 */
export function mergeOrder(dst: PyKeyMap<PyValue>, src: PySet, inDst: (x: PyValue) => boolean): void {
  if (src.map === dst) return;
  const into = dst.size === 0 ? new Table() : tableOf(dst)?.clone();
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
