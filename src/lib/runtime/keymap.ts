/**
 * The storage of a dict or set: an insertion-ordered Map from each key's HashKey (ops.hashKey) to
 * its entry. Keys whose equality the HashKey captures (str, int, float, tuples of those, objects
 * compared by identity) are found by the Map alone. A key that compares by a user `__eq__` is
 * stored under its own identity, and once the map holds such a key (or is probed by one) it also
 * keeps every key's Python hash in buckets, so a lookup compares with `==` exactly the keys of
 * equal hash, in insertion order, as CPython's table does (ops.findKey).
 *
 * No runtime imports: core.ts builds these for every dict and set.
 */
import type { HashKey, PyValue } from './core';

/** A stored key in the hash index: its map key, its Python value and its Python hash. */
export interface Slot {
  mk: HashKey;
  key: PyValue;
  h: bigint;
}

/** What a lookup (ops.findKey) uses of a KeyMap, whatever its entries. */
export interface KeyLookup {
  has(mk: HashKey): boolean;
  readonly slots: Map<HashKey, Slot> | undefined;
  readonly buckets: Map<bigint, (Slot | null)[]> | undefined;
  index(hasher: (v: PyValue) => bigint): void;
  pend(mk: HashKey, h: bigint): void;
  hashOf(mk: HashKey): bigint | undefined;
}

export class KeyMap<V> extends Map<HashKey, V> implements KeyLookup {
  /** Slots by map key and by hash; absent until a key compared by `__eq__` is stored or looked up. */
  slots: Map<HashKey, Slot> | undefined = undefined;
  buckets: Map<bigint, (Slot | null)[]> | undefined = undefined;
  /** The hash a lookup computed for the map key it answered, for the set() that follows it. */
  private pendingKey: HashKey | undefined = undefined;
  private pendingHash = 0n;
  private hasher: ((v: PyValue) => bigint) | undefined = undefined;

  /** `keyOf` reads the Python key out of an entry (a dict entry's key, a set's element). */
  constructor(readonly keyOf: (e: V) => PyValue) {
    super();
  }

  /** Start keeping the hash index, hashing the keys already stored with `hasher`. */
  index(hasher: (v: PyValue) => bigint): void {
    this.hasher = hasher;
    this.slots = new Map();
    this.buckets = new Map();
    for (const [mk, e] of this.entries()) this.addSlot(mk, this.keyOf(e), hasher(this.keyOf(e)));
  }

  /** Remember `h` as the hash of `mk`, about to be stored. */
  pend(mk: HashKey, h: bigint): void {
    this.pendingKey = mk;
    this.pendingHash = h;
  }

  /** The stored hash of the key stored under `mk` (when the index is kept). */
  hashOf(mk: HashKey): bigint | undefined {
    return this.slots?.get(mk)?.h;
  }

  private addSlot(mk: HashKey, key: PyValue, h: bigint): void {
    const s: Slot = { mk, key, h };
    this.slots!.set(mk, s);
    const b = this.buckets!.get(h);
    if (b === undefined) this.buckets!.set(h, [s]);
    else {
      // A removed key's place is taken first, as CPython's table reuses the slot a deletion freed.
      const hole = b.indexOf(null);
      if (hole >= 0) b[hole] = s;
      else b.push(s);
    }
  }

  override set(mk: HashKey, e: V): this {
    if (this.slots !== undefined && !this.slots.has(mk)) {
      const key = this.keyOf(e);
      const h = mk === this.pendingKey ? this.pendingHash : this.hasher!(key);
      this.pendingKey = undefined;
      this.addSlot(mk, key, h);
    }
    return super.set(mk, e);
  }

  override delete(mk: HashKey): boolean {
    if (!super.delete(mk)) return false;
    const s = this.slots?.get(mk);
    if (s !== undefined) {
      this.slots!.delete(mk);
      const b = this.buckets!.get(s.h)!;
      b[b.indexOf(s)] = null;
      if (b.every((x) => x === null)) this.buckets!.delete(s.h);
    }
    return true;
  }

  override clear(): void {
    super.clear();
    this.slots = this.buckets = this.hasher = this.pendingKey = undefined;
  }

  /** A copy, with the hashes already computed (CPython copies a table without rehashing). */
  copy(clone?: (e: V) => V): KeyMap<V> {
    const m = new KeyMap<V>(this.keyOf);
    m.absorb(this, clone);
    return m;
  }

  /** Into this empty map, `src`'s entries (distinct keys, copied by `clone`) with their hashes, comparing none. */
  absorb(src: KeyMap<V>, clone: (e: V) => V = (e) => e): void {
    if (this.slots !== undefined) for (const [mk, e] of src.entries()) this.set(mk, clone(e));
    else if (src.slots !== undefined) {
      this.hasher = src.hasher;
      this.slots = new Map();
      this.buckets = new Map();
      for (const [mk, e] of src.entries()) {
        super.set(mk, clone(e));
        this.addSlot(mk, this.keyOf(e), src.slots.get(mk)!.h);
      }
    } else for (const [mk, e] of src.entries()) super.set(mk, clone(e));
  }
}

const entryKey = (e: { key: PyValue }): PyValue => e.key;
const itself = (x: PyValue): PyValue => x;

/** An empty dict storage. */
export function dictMap<E extends { key: PyValue }>(): KeyMap<E> {
  return new KeyMap<E>(entryKey);
}

/** An empty set storage. */
export function setMap(): KeyMap<PyValue> {
  return new KeyMap<PyValue>(itself);
}
