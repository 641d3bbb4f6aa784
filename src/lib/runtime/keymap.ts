/**
 * The storage of a dict or set: an insertion-ordered Map from each key's HashKey (ops.hashKey) to
 * its entry. Keys whose equality the HashKey captures (str, int, float, tuples of those, objects
 * compared by identity) are found by the Map alone. A key that compares by a user `__eq__` is
 * stored under its own identity, and once the map holds such a key (or is probed by one) it also
 * keeps every key's Python hash in buckets, so a lookup compares with `==` exactly the keys of
 * equal hash, in insertion order, as CPython's table does (ops.findKey).
 *
 * No imports at all: core.ts builds these for every dict and set, so the map is generic in its map
 * key K (core.HashKey) and Python key P (core.PyValue) rather than naming them.
 */

/** A stored key in the hash index: its map key, its Python value and its Python hash. */
export interface Slot<K, P> {
  mk: K;
  key: P;
  h: bigint;
}

/** What a lookup (ops.findKey) uses of a KeyMap, whatever its entries. */
export interface KeyLookup<K, P> {
  has(mk: K): boolean;
  readonly slots: Map<K, Slot<K, P>> | undefined;
  readonly buckets: Map<bigint, (Slot<K, P> | null)[]> | undefined;
  index(hasher: (v: P) => bigint): void;
  pend(mk: K, h: bigint): void;
  hashOf(mk: K): bigint | undefined;
}

export class KeyMap<V, K, P> extends Map<K, V> implements KeyLookup<K, P> {
  /** Slots by map key and by hash; absent until a key compared by `__eq__` is stored or looked up. */
  slots: Map<K, Slot<K, P>> | undefined = undefined;
  buckets: Map<bigint, (Slot<K, P> | null)[]> | undefined = undefined;
  /** The hash a lookup computed for the map key it answered, for the set() that follows it. */
  private pendingKey: K | undefined = undefined;
  private pendingHash = 0n;
  private hasher: ((v: P) => bigint) | undefined = undefined;

  /** `keyOf` reads the Python key out of an entry (a dict entry's key, a set's element). */
  constructor(readonly keyOf: (e: V) => P) {
    super();
  }

  /** Start keeping the hash index, hashing the keys already stored with `hasher`. */
  index(hasher: (v: P) => bigint): void {
    this.hasher = hasher;
    this.slots = new Map();
    this.buckets = new Map();
    for (const [mk, e] of this.entries()) this.addSlot(mk, this.keyOf(e), hasher(this.keyOf(e)));
  }

  /** Remember `h` as the hash of `mk`, about to be stored. */
  pend(mk: K, h: bigint): void {
    this.pendingKey = mk;
    this.pendingHash = h;
  }

  /** The stored hash of the key stored under `mk` (when the index is kept). */
  hashOf(mk: K): bigint | undefined {
    return this.slots?.get(mk)?.h;
  }

  private addSlot(mk: K, key: P, h: bigint): void {
    const s: Slot<K, P> = { mk, key, h };
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

  override set(mk: K, e: V): this {
    if (this.slots !== undefined && !this.slots.has(mk)) {
      const key = this.keyOf(e);
      const h = mk === this.pendingKey ? this.pendingHash : this.hasher!(key);
      this.pendingKey = undefined;
      this.addSlot(mk, key, h);
    }
    return super.set(mk, e);
  }

  override delete(mk: K): boolean {
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
  copy(clone?: (e: V) => V): KeyMap<V, K, P> {
    const m = new KeyMap<V, K, P>(this.keyOf);
    m.absorb(this, clone);
    return m;
  }

  /** Into this empty map, `src`'s entries (distinct keys, copied by `clone`) with their hashes, comparing none. */
  absorb(src: KeyMap<V, K, P>, clone: (e: V) => V = (e) => e): void {
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

/** An empty dict storage: entries carry their Python key. */
export function dictMap<E extends { key: P }, K, P>(): KeyMap<E, K, P> {
  return new KeyMap<E, K, P>((e) => e.key);
}

/** An empty set storage: the elements are the keys. */
export function setMap<K, P>(): KeyMap<P, K, P> {
  return new KeyMap<P, K, P>((x) => x);
}
