/**
 * An object's `__dict__` as CPython gives it: a dict that is the attribute namespace itself, so
 * `obj.__dict__.update(...)`, item assignment and `del` change the object's attributes.
 */
import { PyDict, type DictEntry, type HashKey, type PyValue } from '../core';
import { strKey, strOfKey as attrName } from '../ops';
import { KeyMap } from '../keymap';
import { hiddenNames } from '../hidden-names';

/** str keys live in the attribute map; any other key in the Map's own storage. */
class AttrMap extends KeyMap<DictEntry, HashKey, PyValue> {
  constructor(readonly attrs: Map<string, PyValue>) {
    super((e) => e.key);
  }
  override get size(): number {
    const h = hiddenNames(this.attrs);
    let size = this.attrs.size + super.size;
    if (h !== undefined) for (const n of h) if (this.attrs.has(n)) size--;
    return size;
  }
  override has(k: HashKey): boolean {
    const name = attrName(k);
    return name !== null ? this.attrs.has(name) : super.has(k);
  }
  override get(k: HashKey): DictEntry | undefined {
    const name = attrName(k);
    if (name === null) return super.get(k);
    const attrs = this.attrs;
    let current = attrs.get(name);
    if (current === undefined) return undefined;
    // Writes through the entry (dict item assignment updates entries in place) reach the object.
    return {
      key: name,
      get value(): PyValue {
        return current!;
      },
      set value(v: PyValue) {
        current = v;
        attrs.set(name, v);
      },
    };
  }
  override set(k: HashKey, e: DictEntry): this {
    const name = attrName(k);
    if (name !== null) this.attrs.set(name, e.value);
    else super.set(k, e);
    return this;
  }
  override delete(k: HashKey): boolean {
    const name = attrName(k);
    return name !== null ? this.attrs.delete(name) : super.delete(k);
  }
  override clear(): void {
    this.attrs.clear();
    super.clear();
  }
  override *entries(): MapIterator<[HashKey, DictEntry]> {
    // A module's helpers (runtime/hidden-names.ts) are not listed, though its code still reads them.
    const h = hiddenNames(this.attrs);
    for (const [name, value] of this.attrs)
      if (h === undefined || !h.has(name)) yield [strKey(name), { key: name, value }];
    yield* super.entries();
  }
  override *keys(): MapIterator<HashKey> {
    for (const [k] of this.entries()) yield k;
  }
  override *values(): MapIterator<DictEntry> {
    for (const [, e] of this.entries()) yield e;
  }
  override [Symbol.iterator](): MapIterator<[HashKey, DictEntry]> {
    return this.entries();
  }
  override forEach(f: (e: DictEntry, k: HashKey, m: Map<HashKey, DictEntry>) => void): void {
    for (const [k, e] of this.entries()) f(e, k, this);
  }
}

/** One dict per namespace, so `obj.__dict__ is obj.__dict__` and `vars(module) is module.__dict__`. */
const liveDicts = new WeakMap<Map<string, PyValue>, PyDict>();

export function liveDict(attrs: Map<string, PyValue>): PyDict {
  let d = liveDicts.get(attrs);
  if (d === undefined) {
    d = new PyDict();
    d.map = new AttrMap(attrs);
    liveDicts.set(attrs, d);
  }
  return d;
}

/** The attribute namespace a live dict stands for, or null for any other dict. */
export function namespaceOf(d: PyDict): Map<string, PyValue> | null {
  return d.map instanceof AttrMap ? d.map.attrs : null;
}

/**
 * `obj.__dict__ = d`: the namespace `d` becomes, so the object and the dict share their items from
 * then on (the Borg idiom, `self.__dict__ = self` in a dict subclass). A dict that is not yet one is
 * turned into a live dict in place, its keys kept.
 */
export function adoptAsNamespace(d: PyDict): Map<string, PyValue> {
  const own = namespaceOf(d);
  if (own !== null) return own;
  const attrs = new Map<string, PyValue>();
  const live = new AttrMap(attrs);
  for (const [k, e] of d.map) live.set(k, e);
  d.map = live;
  liveDicts.set(attrs, d);
  return attrs;
}
