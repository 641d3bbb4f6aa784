/**
 * Inline caches for the source tier's attribute sites (`o.x`, `o.x = v`): a site remembers the
 * last user class whose instances it found keep that attribute in their own dict alone (no class
 * attribute of that name, so no descriptor; no __setattr__ of the program's), and while no class
 * has changed since (classEpoch), reads and writes the instance dict directly. Anything else takes
 * getattr/setattr, whose steps for such an instance are exactly these. A site also remembers the
 * shape (shaped-dict.ts) of the last dict it found the name in, and the name's position there: a
 * dict of that shape holds the value at that position, read and replaced without a look-up.
 * A read site also remembers the last such class (with no __getattr__) whose attribute of that name
 * is a property (slots are properties too): a data descriptor, so its getter is called at once.
 */
import {
  PyClass,
  PyExceptionObject,
  PyNativeMethod,
  PyObject,
  PyProperty,
  classEpoch,
  strClass,
  type PyValue,
} from './core';
import { getattr, setattr, loadMethod, loadedMethod, propertyGet } from './ops';
import { run } from './run';
import { releaseValue } from './releases';
import { ownGetattribute } from './getattribute';
import { ShapedDict, noShape, type Shape } from './shaped-dict';

export class AttrSite {
  cls: PyClass | null = null;
  epoch = -1;
  /** The shape of the dict last found holding the name, and the name's position in it. */
  shape: Shape = noShape;
  index = -1;
  /** A store's last addition of the name: the shape of the dict before it and after. */
  from: Shape = noShape;
  to: Shape = noShape;
  /** The last class whose instances' attribute here is a property of the class (slots are too): read through its getter. */
  propCls: PyClass | null = null;
  propEpoch = -1;
  prop: PyProperty | null = null;
  constructor(readonly name: string) {}
}

/** Remember where `dict` (of an instance the site is cached for) holds the site's name, if it is shaped. */
function noteShape(site: AttrSite, dict: Map<string, PyValue>): void {
  const shape = dict instanceof ShapedDict ? dict.shape : null;
  const i = shape === null ? undefined : shape.index.get(site.name);
  if (i === undefined) {
    site.shape = noShape;
    site.index = -1;
  } else {
    site.shape = shape!;
    site.index = i;
  }
}

/** An instance of a class of the program's whose attributes getattr finds by the class's MRO and the dict alone. */
function ordinaryInstance(obj: PyValue): obj is PyObject {
  return (
    obj instanceof PyObject &&
    !(obj instanceof PyClass) &&
    !obj.cls.isBuiltin &&
    !(obj as { attrHookFirst?: boolean }).attrHookFirst &&
    ownGetattribute(obj.cls) === undefined
  );
}

/** An instance of a class of the program's whose attribute `name` getattr would look for in its dict first and alone. */
function plainInstance(obj: PyValue): obj is PyObject {
  return ordinaryInstance(obj) && obj.dict !== null;
}

/**
 * Whether the site's class is `obj`'s and still as cached. Being plain is the class's property
 * (its instances are all one JS class, none a class itself), so only the dict is checked again.
 */
function cachedFor(site: AttrSite, obj: PyValue): obj is PyObject {
  return obj instanceof PyObject && obj.cls === site.cls && site.epoch === classEpoch && obj.dict !== null;
}

/** Whether the site's property class is `obj`'s and no class has changed since. */
function propertyFor(site: AttrSite, obj: PyValue): boolean {
  return obj instanceof PyObject && obj.cls === site.propCls && site.propEpoch === classEpoch;
}

export function getattrAt(site: AttrSite, obj: PyValue): PyValue {
  if (cachedFor(site, obj)) {
    const d = obj.dict!;
    if (d instanceof ShapedDict && d.shape === site.shape) return d.vals[site.index];
    const v = d.get(site.name);
    if (v !== undefined) {
      noteShape(site, d);
      return v;
    }
  } else if (propertyFor(site, obj)) {
    return propertyGet(site.prop!, obj);
  } else if (ordinaryInstance(obj)) {
    const found = obj.cls.lookup(site.name);
    if (found === undefined && obj.dict !== null) {
      site.cls = obj.cls;
      site.epoch = classEpoch;
      obj.cls.observed = true;
      noteShape(site, obj.dict);
    } else if (found instanceof PyProperty && obj.cls.lookup('__getattr__') === undefined) {
      // A data descriptor: getattr calls its getter before it looks in the instance's dict.
      site.propCls = obj.cls;
      site.propEpoch = classEpoch;
      obj.cls.observed = true;
      site.prop = found;
      return propertyGet(found, obj);
    }
  }
  return getattr(obj, site.name);
}

export function setattrAt(site: AttrSite, obj: PyValue, value: PyValue): void {
  // An exception's args and links (__cause__...) are set through BaseException's descriptors, not its dict.
  if (obj instanceof PyExceptionObject) return setattr(obj, site.name, value);
  // `obj.__class__ = C` changes the object's class, never its dict: no site caches it.
  if (site.name === '__class__') return setattr(obj, site.name, value);
  if (cachedFor(site, obj)) {
    const d = obj.dict!;
    if (run.lifetimesSeen) {
      // The value it replaces is let go (sim/lifetimes.ts).
      const old = d.get(site.name);
      d.set(site.name, value);
      releaseValue(old);
    } else if (d instanceof ShapedDict) {
      const before = d.shape;
      if (before === site.shape) {
        d.vals[site.index] = value;
        return;
      }
      if (before === site.from) {
        // The name added, as the site last added it to a dict of this shape.
        d.add(site.to, value);
        return;
      }
      d.set(site.name, value);
      if (before !== null && d.shape !== before && d.shape !== null) {
        site.from = before;
        site.to = d.shape;
      }
    } else d.set(site.name, value);
    noteShape(site, d);
    return;
  }
  if (plainInstance(obj) && obj.cls.lookup(site.name) === undefined) {
    const sa = obj.cls.lookup('__setattr__');
    if (sa === undefined || (sa instanceof PyNativeMethod && sa.name === '__setattr__')) {
      site.cls = obj.cls;
      site.epoch = classEpoch;
      obj.cls.observed = true;
      setattr(obj, site.name, value);
      noteShape(site, obj.dict!);
      return;
    }
  }
  setattr(obj, site.name, value);
}

/**
 * A call site's cache for `obj.name(...)`: the last class (of an instance or a str) in which
 * loadMethod found a function to call with the object first. While no class has changed since,
 * an instance of that class without its own attribute of that name gets the same function.
 */
export class MethodSite {
  cls: PyClass | null = null;
  epoch = -1;
  method: PyValue = null;
  /** The shape of an instance dict last found without the name (shaped-dict.ts): one of it needs no look-up. */
  shape: Shape = noShape;
  constructor(readonly name: string) {}
}

/** Whether an instance's dict (of the site's class) lacks the site's name, noting a shape that does. */
function lacksName(site: MethodSite, d: Map<string, PyValue> | null): boolean {
  if (d === null || (d as { shape?: unknown }).shape === site.shape) return true;
  if (d.has(site.name)) return false;
  if (d instanceof ShapedDict && d.shape !== null) site.shape = d.shape;
  return true;
}

/** loadMethod(obj, site.name), through the site's cache. */
export function loadMethodAt(site: MethodSite, obj: PyValue): PyValue {
  if (site.epoch === classEpoch) {
    if (typeof obj === 'string') {
      if (site.cls === strClass) {
        loadedMethod.unbound = true;
        return site.method;
      }
    } else if (obj instanceof PyObject && obj.cls === site.cls && lacksName(site, obj.dict)) {
      loadedMethod.unbound = true;
      return site.method;
    }
  }
  const m = loadMethod(obj, site.name);
  // Found on the class (loadMethod's own condition: not a class, no attribute hook of its own first).
  if (
    loadedMethod.unbound &&
    (typeof obj === 'string' ||
      (obj instanceof PyObject &&
        !(obj instanceof PyClass) &&
        !(obj as { attrHookFirst?: boolean }).attrHookFirst &&
        ownGetattribute(obj.cls) === undefined))
  ) {
    site.cls = typeof obj === 'string' ? strClass : (obj as PyObject).cls;
    site.epoch = classEpoch;
    site.cls.observed = true;
    site.method = m;
  }
  return m;
}
