/**
 * A dict given to exec() or eval() as the namespace code runs in: the interpreter's frames hold
 * namespaces as name → value maps, and this map reads and writes the dict itself (its str keys),
 * so what the code binds is in the dict afterwards. A dict that already is a namespace
 * (globals(), an object's __dict__) gives back that namespace.
 */
import type { PyDict, DictEntry, HashKey, PyValue } from '../core';
import { strKey, strOfKey } from '../ops';
import { namespaceOf } from './attr-dict';

class DictNamespace extends Map<string, PyValue> {
  constructor(private readonly entries_: Map<HashKey, DictEntry>) {
    super();
  }
  override get size(): number {
    return this.entries_.size;
  }
  override has(name: string): boolean {
    return this.entries_.has(strKey(name));
  }
  override get(name: string): PyValue | undefined {
    return this.entries_.get(strKey(name))?.value;
  }
  override set(name: string, v: PyValue): this {
    const k = strKey(name);
    const e = this.entries_.get(k);
    if (e !== undefined) e.value = v;
    else this.entries_.set(k, { key: name, value: v });
    return this;
  }
  override delete(name: string): boolean {
    return this.entries_.delete(strKey(name));
  }
  override clear(): void {
    this.entries_.clear();
  }
  override *entries(): MapIterator<[string, PyValue]> {
    for (const [k, e] of this.entries_) {
      const name = strOfKey(k);
      if (name !== null) yield [name, e.value];
    }
  }
  override *keys(): MapIterator<string> {
    for (const [k] of this.entries()) yield k;
  }
  override *values(): MapIterator<PyValue> {
    for (const [, v] of this.entries()) yield v;
  }
  override [Symbol.iterator](): MapIterator<[string, PyValue]> {
    return this.entries();
  }
  override forEach(f: (v: PyValue, k: string, m: Map<string, PyValue>) => void): void {
    for (const [k, v] of this.entries()) f(v, k, this);
  }
}

/** The namespace map `d` stands for. */
export function dictNamespace(d: PyDict): Map<string, PyValue> {
  return namespaceOf(d) ?? new DictNamespace(d.map);
}
