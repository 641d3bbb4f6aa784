/**
 * What a class says about its C layout: `__flags__`, `__basicsize__`, `__itemsize__`,
 * `__dictoffset__`, `__weakrefoffset__` and a built-in type's `__text_signature__`.
 *
 * A built-in type answers with the numbers 64-bit CPython gives (type-layouts.json, recorded by
 * scripts/cpython-type-layouts.mjs). A class statement's class is laid out as CPython's type_new
 * lays it out: its best base's layout, a word per slot, then a `__dict__` and a `__weakref__` when
 * the base has none; 3.11 puts the dict before the object at a negative offset, 3.12 on keep both
 * in the object's pre-header (offsets -1 and -32) and say so in the flags, and 3.13 on keep the
 * attribute values inline when nothing else is in the object. The flags leave out the version-tag
 * bit 3.11 and 3.12 set once the method cache has seen the class, which a fresh class lacks.
 */
import { PyClass, PyList, PySet, PyTuple, objectClass, pyError, typeClass } from './core';
import { run } from './run';
import recorded from './type-layouts.json';

/** flags, basicsize, itemsize, dictoffset, weakrefoffset, flags a subclass inherits, text signature. */
type Row = [number, number, number, number, number, number | null, string | null];

export interface Layout {
  flags: number;
  basicsize: number;
  itemsize: number;
  dictoffset: number;
  weakrefoffset: number;
}

// Py_TPFLAGS_* bits a class statement's class may carry.
const INLINE_VALUES = 1 << 2;
const MANAGED_WEAKREF = 1 << 3;
const MANAGED_DICT = 1 << 4;
const HEAP_CLASS = (1 << 9) | (1 << 10) | (1 << 12) | (1 << 14);
const IS_ABSTRACT = 1 << 20;
const WORD = 8;

/** object and type are made before builtinClass exists, so they are not marked built-in. */
const isNative = (c: PyClass): boolean => c.isBuiltin || c === objectClass || c === typeClass;

function row(cls: PyClass): Row {
  const table = (recorded as unknown as Record<string, Record<string, Row>>)[`3.${run.minor}`];
  // A built-in type Loopline has but the table lacks is laid out as its nearest recorded base.
  for (const c of cls.mro) if (isNative(c) && table[c.name] !== undefined) return table[c.name];
  return table.object;
}

/** `cls.__text_signature__`: a built-in type's recorded one; a class statement's class has none. */
export function textSignature(cls: PyClass): string | null {
  return isNative(cls) ? row(cls)[6] : null;
}

/** The names a class's `__slots__` declares, or null when it declares none. */
function declaredSlots(cls: PyClass): string[] | null {
  const decl = cls.dict!.get('__slots__');
  if (decl === undefined) return null;
  if (typeof decl === 'string') return [decl];
  if (decl instanceof PyTuple || decl instanceof PyList) return decl.items.filter((n) => typeof n === 'string');
  return [];
}

/** Whether a class statement's class gives its instances a `__dict__` and a `__weakref__` its base lacks. */
function adds(slots: string[] | null, base: Layout): { addDict: boolean; addWeak: boolean } {
  return {
    addDict: (slots === null || slots.includes('__dict__')) && base.dictoffset === 0,
    addWeak: (slots === null || slots.includes('__weakref__')) && base.weakrefoffset === 0 && base.itemsize === 0,
  };
}

/**
 * The attribute descriptors type() puts in a class statement's class's own dict: `__dict__` and
 * `__weakref__` when its layout adds them (a subclass of a class that has them gets neither).
 */
export function ownInstanceSlots(cls: PyClass): { addDict: boolean; addWeak: boolean } {
  if (isNative(cls)) return { addDict: false, addWeak: false };
  return adds(declaredSlots(cls), layoutOf(bestBase(cls.bases)));
}

/**
 * CPython's solid_base: the nearest class up `cls`'s chain of layout bases whose instances have
 * fields their base's lack (a built-in type larger than its base, a class declaring __slots__
 * other than `__dict__` and `__weakref__`); `object` at the top.
 */
export function solidBase(cls: PyClass): PyClass {
  if (cls === objectClass) return cls;
  const base = isNative(cls) ? (cls.bases[0] ?? objectClass) : bestBase(cls.bases);
  let extra: boolean;
  if (isNative(cls)) {
    const own = layoutOf(cls);
    const inherited = layoutOf(base);
    extra = own.basicsize !== inherited.basicsize || own.itemsize !== inherited.itemsize;
  } else extra = (declaredSlots(cls) ?? []).some((n) => n !== '__dict__' && n !== '__weakref__');
  return extra ? cls : solidBase(base);
}

export function layoutOf(cls: PyClass): Layout {
  if (isNative(cls)) {
    const r = row(cls);
    return { flags: r[0], basicsize: r[1], itemsize: r[2], dictoffset: r[3], weakrefoffset: r[4] };
  }
  const baseClass = bestBase(cls.bases);
  const base = layoutOf(baseClass);
  // What the base passes on: a built-in base's inheritable bits, a class statement's managed dict and weakref.
  let flags = HEAP_CLASS | (isNative(baseClass) ? (row(baseClass)[5] ?? 0) : base.flags & ~HEAP_CLASS);
  flags &= ~(IS_ABSTRACT | INLINE_VALUES);
  const slots = declaredSlots(cls);
  const { addDict, addWeak } = adds(slots, base);
  const own = slots === null ? 0 : slots.filter((n) => n !== '__dict__' && n !== '__weakref__').length;
  let size = base.basicsize + WORD * own;
  let { dictoffset, weakrefoffset } = base;
  if (run.minor === 11) {
    if (addDict && base.itemsize !== 0) {
      dictoffset = -WORD;
      size += WORD;
    }
    if (addWeak) {
      weakrefoffset = size;
      size += WORD;
    }
    if (addDict && base.itemsize === 0) {
      flags |= MANAGED_DICT;
      dictoffset = -size - 3 * WORD;
    }
  } else {
    if (addDict) {
      flags |= MANAGED_DICT;
      dictoffset = -1;
    }
    if (addWeak) {
      flags |= MANAGED_WEAKREF;
      weakrefoffset = -4 * WORD;
    }
    // 3.13 keeps the attribute values inside an object with no other fields; 3.14 in any fixed-size one.
    const inline = run.minor >= 14 ? base.itemsize === 0 : base.itemsize === 0 && size === 2 * WORD;
    if (run.minor >= 13 && flags & MANAGED_DICT && inline) flags |= INLINE_VALUES;
  }
  // abc sets __abstractmethods__ to a frozenset of the methods still abstract.
  const abstract = cls.dict!.get('__abstractmethods__');
  if (abstract instanceof PySet && abstract.map.size > 0) flags |= IS_ABSTRACT;
  return { flags: flags >>> 0, basicsize: size, itemsize: base.itemsize, dictoffset, weakrefoffset };
}

/**
 * Types CPython writes in C without a weak reference slot that the layout table lacks, by module and
 * name: Loopline has some as native classes and some in its library Python (bytearray, date, Decimal),
 * whose own layout would say otherwise.
 */
const NO_WEAKREFS = new Set([
  'builtins.NoneType',
  'builtins.NotImplementedType',
  'builtins.ellipsis',
  'builtins.cell',
  'builtins.bytearray',
  'builtins.dict_keys',
  'builtins.dict_values',
  'builtins.dict_items',
  'builtins.method-wrapper',
  'builtins.wrapper_descriptor',
  'builtins.method_descriptor',
  'collections.defaultdict',
  're.Match',
  'types.SimpleNamespace',
  'datetime.date',
  'datetime.time',
  'datetime.datetime',
  'datetime.timedelta',
  'datetime.timezone',
  'decimal.Decimal',
  'decimal.Context',
  'operator.itemgetter',
  'operator.attrgetter',
  'operator.methodcaller',
  'weakref.ReferenceType',
]);

/**
 * Whether `weakref.ref` takes the class's instances (CPython: a nonzero tp_weaklistoffset): not for
 * the C types above, iterators and itertools' objects; a recorded built-in type's as the table says;
 * a class statement's when its layout or its best base's has the slot; any other built-in's.
 */
export function takesWeakrefs(cls: PyClass): boolean {
  if (NO_WEAKREFS.has(`${cls.module}.${cls.name}`)) return false;
  if ((cls.module === 'builtins' && cls.name.endsWith('iterator')) || cls.module === 'itertools') return false;
  if (!isNative(cls)) return layoutOf(cls).weakrefoffset !== 0 || takesWeakrefs(bestBase(cls.bases));
  const r = (recorded as unknown as Record<string, Record<string, Row>>)[`3.${run.minor}`][cls.name];
  return r === undefined || r[4] !== 0;
}

/**
 * The name weakref's refusal gives a type (CPython's tp_name): a C type outside builtins carries its
 * module (`itertools.count`, `datetime.date`), also where Loopline writes that type in Python.
 */
export function weakrefTypeName(cls: PyClass): string {
  if (cls.tpName !== undefined) return cls.tpName;
  const qualified = `${cls.module}.${cls.name}`;
  if (cls.module !== 'builtins' && (NO_WEAKREFS.has(qualified) || cls.module === 'itertools')) return qualified;
  return cls.name;
}

/**
 * CPython's best_base: of each base's solid base, the one that extends all the
 * others; the first base with it. Two solid bases neither of which extends the other cannot share
 * an instance: TypeError "multiple bases have instance lay-out conflict".
 */
export function bestBase(bases: readonly PyClass[]): PyClass {
  let winner = bases[0];
  let layout = solidBase(winner);
  for (const b of bases.slice(1)) {
    const s = solidBase(b);
    if (layout.isSubclassOf(s)) continue;
    if (!s.isSubclassOf(layout)) throw pyError('TypeError', 'multiple bases have instance lay-out conflict');
    winner = b;
    layout = s;
  }
  return winner;
}
