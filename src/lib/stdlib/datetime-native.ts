/**
 * datetime's hot paths natively, as CPython's `_datetime` is C: construction, +, -, comparisons,
 * hashes and field reads of timedelta, date and datetime. datetime.py keeps the classes, their
 * state (the `_days`, `_year`, ... attributes) and every method; each method here takes over the
 * common case (operands of the module's own types, naive or sharing one tzinfo, ints in range)
 * and hands every other call to the Python method it replaced, which keeps the error messages,
 * NotImplemented answers, aware arithmetic and reflected operators as they were.
 *
 * As in C, arithmetic on a subclass of date or datetime makes its result by calling the subclass
 * (`cls(y, m, d, ...)`); the classes' own results are built directly. timedelta results are
 * always plain timedeltas.
 */
import {
  PyObject,
  PyClass,
  PyBytes,
  PyClassMethod,
  PyStaticMethod,
  PyTuple,
  PyProperty,
  PyNativeFunction,
  PyNativeMethod,
  classesChanged,
  pyError,
  type KwArgs,
  type PyValue,
} from '../runtime/core';
import { binop, call, callMethod } from '../runtime/ops';
import { pythonHash } from '../runtime/hash';
import { InstanceFields, newObject } from '../runtime/instance-fields';
import { cInt, parseKeywords, type KeywordFormat } from '../runtime/parse-keywords';
import { run } from '../runtime/run';
import { DAY_US, MAX_ORDINAL, fromOrdinal, monthLength, toOrdinal } from './datetime-calendar';
import { isoDate, isoTime, naiveStrftime } from './datetime-format';

/** What a fast path returns when the call is the Python method's to answer. */
const DECLINE = undefined;
type Fast = (self: PyObject, args: PyValue[], kw: KwArgs) => PyValue | undefined;

const MAX_DAYS = 999_999_999;

export interface DatetimeClasses {
  timedelta: PyClass;
  date: PyClass;
  time: PyClass;
  datetime: PyClass;
  tzinfo: PyClass;
  /** The simulated clock: seconds since the epoch (datetime.now()). */
  clock: () => number;
}

/** Replaces `cls`'s own method `name` with a native one that runs `fast` first. */
function install(cls: PyClass, name: string, fast: Fast): void {
  const python = cls.dict!.get(name);
  if (python === undefined) throw pyError('TypeError', `datetime natives: ${cls.name}.${name} is not defined`);
  const m = new PyNativeMethod(
    name,
    (self, args, kw) => {
      if (self instanceof PyObject) {
        const r = fast(self, args, kw);
        if (r !== DECLINE) return r;
      }
      return callMethod(python, self, args, kw);
    },
    cls,
  );
  m.slotWrapper = name.startsWith('__');
  cls.dict!.set(name, m);
}

/** Gives the property `name` of `cls` a native getter of the attribute `field`. */
function fieldProperty(cls: PyClass, name: string, field: string): void {
  const prop = cls.dict!.get(name);
  if (!(prop instanceof PyProperty))
    throw pyError('TypeError', `datetime natives: ${cls.name}.${name} is not a property`);
  const python = prop.fget;
  prop.fget = new PyNativeFunction(name, (args, kw) => {
    const self = args[0];
    const v = args.length === 1 && self instanceof PyObject ? self.dict?.get(field) : undefined;
    return v !== undefined ? v : call(python, args, kw);
  });
}

/**
 * Replaces `cls`'s `__new__` with a native one that parses its arguments as C does
 * (PyArg_ParseTupleAndKeywords, with C's messages), then lets `fast` answer the new instance's field
 * values. When it declines, datetime.py's `__new__` runs on the converted arguments (by name) and
 * raises the range errors. `pickled` tells a call that unpickles a state (bytes and maybe a tzinfo).
 */
function installNew(
  cls: PyClass,
  fields: InstanceFields,
  format: KeywordFormat,
  fast: (vals: (PyValue | undefined)[]) => PyValue[] | undefined,
  pickled: (args: PyValue[]) => boolean,
): void {
  const python = cls.dict!.get('__new__');
  if (!(python instanceof PyStaticMethod))
    throw pyError('TypeError', `datetime natives: ${cls.name}.__new__ is not defined`);
  const pyNew = python.func;
  const native = new PyNativeFunction('__new__', (args, kw) => {
    const sub = args[0];
    if (!(sub instanceof PyClass) || !sub.isSubclassOf(cls) || ((kw === null || kw.size === 0) && pickled(args)))
      return call(pyNew, args, kw);
    const given = parseKeywords(format, args, 1, kw);
    const vals = fast(given);
    if (vals !== DECLINE) {
      if (sub === cls) return fields.make(cls, vals);
      const o = newObject(sub);
      fields.write(o.dict!, vals);
      return o;
    }
    const named: KwArgs = new Map();
    for (let i = 0; i < given.length; i++) if (given[i] !== undefined) named.set(format.names[i], given[i]!);
    return call(pyNew, [sub], named);
  });
  cls.dict!.set('__new__', new PyStaticMethod(native));
}

/** The attributes datetime.py's __new__ methods set, in their order. */
const TD_FIELDS = new InstanceFields(['_days', '_seconds', '_microseconds', '_hashcode']);
const DATE_FIELDS = new InstanceFields(['_year', '_month', '_day']);
const DT_FIELDS = new InstanceFields([
  '_year',
  '_month',
  '_day',
  '_hour',
  '_minute',
  '_second',
  '_microsecond',
  '_tzinfo',
  '_fold',
]);

function isA(v: PyValue, cls: PyClass): v is PyObject {
  return v instanceof PyObject && v.cls.isSubclassOf(cls);
}

function order(op: number, a1: number, a2: number, b1: number, b2: number): boolean {
  const c = a1 !== b1 ? (a1 < b1 ? -1 : 1) : a2 !== b2 ? (a2 < b2 ? -1 : 1) : 0;
  switch (op) {
    case LT:
      return c < 0;
    case LE:
      return c <= 0;
    case GT:
      return c > 0;
    default:
      return c >= 0;
  }
}
const LT = 0;
const LE = 1;
const GT = 2;
const GE = 3;
const ORDER_NAMES: [string, number][] = [
  ['__lt__', LT],
  ['__le__', LE],
  ['__gt__', GT],
  ['__ge__', GE],
];

/** The day a sum or difference of microseconds into two days moves by: -1, 0 or 1. */
function dayCarry(u: number): number {
  return u < 0 ? -1 : u >= DAY_US ? 1 : 0;
}

/** An argument not given (undefined; None is null) as its default. */
/**
 * Whether a constructor's only argument is a pickled state: bytes (or a str, pickles from Python 2)
 * of `len` characters whose character `at`, masked with `mask`, is in lo..hi.
 */
function pickledState(state: PyValue, len: number, at: number, mask: number, lo: number, hi: number): boolean {
  let code: number;
  if (state instanceof PyBytes) {
    if (state.data.length !== len) return false;
    code = state.data[at];
  } else if (typeof state === 'string') {
    if (state.length !== len) return false;
    code = state.charCodeAt(at);
  } else return false;
  return lo <= (code & mask) && (code & mask) <= hi;
}

function given(v: PyValue | undefined, dflt: PyValue): PyValue {
  return v === undefined ? dflt : v;
}

/** Binds call arguments to `names` (all may be given by keyword); false when they do not fit. */
function bind(names: readonly string[], args: PyValue[], kw: KwArgs, out: (PyValue | undefined)[]): boolean {
  if (args.length > names.length) return false;
  out.fill(undefined);
  for (let i = 0; i < args.length; i++) out[i] = args[i];
  if (kw !== null)
    for (const [k, v] of kw) {
      const i = names.indexOf(k);
      if (i < 0 || out[i] !== undefined) return false;
      out[i] = v;
    }
  return true;
}

export function installDatetimeNatives(c: DatetimeClasses): void {
  const { timedelta: tdClass, date: dateClass, time: timeClass, datetime: dtClass, tzinfo: tzClass } = c;

  // ------------------------------------------------------------------ timedelta
  // A timedelta read as whole days and microseconds into the day (0 <= TU < DAY_US).
  let TD = 0;
  let TU = 0;
  const readTd = (o: PyValue): boolean => {
    if (!isA(o, tdClass)) return false;
    const f = TD_FIELDS.read(o);
    if (f === null) return false;
    const [d, s, us] = f;
    if (typeof d !== 'bigint' || typeof s !== 'bigint' || typeof us !== 'bigint') return false;
    TD = Number(d);
    TU = Number(s) * 1_000_000 + Number(us);
    return true;
  };
  /** A timedelta's fields from whole days and microseconds into the day (one day out either way). */
  const timedeltaFields = (days: number, u: number): PyValue[] => {
    const carry = dayCarry(u);
    days += carry;
    u -= carry * DAY_US;
    if (days < -MAX_DAYS || days > MAX_DAYS)
      throw pyError('OverflowError', `days=${days}; must have magnitude <= ${MAX_DAYS}`);
    return [BigInt(days), BigInt(Math.floor(u / 1_000_000)), BigInt(u % 1_000_000), -1n];
  };
  const newTimedelta = (days: number, u: number): PyObject => TD_FIELDS.make(tdClass, timedeltaFields(days, u));
  /** A timedelta's fields from `total` microseconds (any size: the days are checked). */
  const timedeltaFieldsOfUs = (total: bigint): PyValue[] => {
    const day = BigInt(DAY_US);
    let d = total / day;
    let u = total % day;
    if (u < 0n) {
      u += day;
      d--;
    }
    if (d < -BigInt(MAX_DAYS) || d > BigInt(MAX_DAYS))
      throw pyError('OverflowError', `days=${d}; must have magnitude <= ${MAX_DAYS}`);
    return timedeltaFields(Number(d), Number(u));
  };

  const TD_NAMES = ['days', 'seconds', 'microseconds', 'milliseconds', 'minutes', 'hours', 'weeks'] as const;
  const TD_UNITS = [86_400_000_000n, 1_000_000n, 1n, 1000n, 60_000_000n, 3_600_000_000n, 604_800_000_000n];
  const tdFormat: KeywordFormat = { fname: '__new__', names: TD_NAMES, min: 0, max: 7, convert: (_, v) => v };
  installNew(
    tdClass,
    TD_FIELDS,
    tdFormat,
    (tdArgs) => {
      let whole = 0n;
      let part = 0;
      let hasFloat = false;
      for (let i = 0; i < 7; i++) {
        const v = tdArgs[i];
        if (v === undefined) continue;
        if (typeof v === 'bigint') whole += v * TD_UNITS[i];
        else if (typeof v === 'boolean') whole += v ? TD_UNITS[i] : 0n;
        else if (typeof v === 'number' && Number.isFinite(v)) {
          // As datetime.py: the whole part exactly, the fraction's microseconds summed as floats.
          hasFloat = true;
          const ip = Math.trunc(v);
          whole += BigInt(ip) * TD_UNITS[i];
          part += (v - ip) * Number(TD_UNITS[i]);
        } else return DECLINE;
      }
      if (hasFloat) {
        let fl = Math.floor(part);
        const frac = part - fl;
        if (frac > 0.5 || (frac === 0.5 && (whole + BigInt(fl)) % 2n !== 0n)) fl++;
        whole += BigInt(fl);
      }
      return timedeltaFieldsOfUs(whole);
    },
    () => false,
  );
  install(tdClass, '__add__', (self, [other]) => {
    if (!readTd(other)) return DECLINE;
    const d = TD;
    const u = TU;
    return readTd(self) ? newTimedelta(TD + d, TU + u) : DECLINE;
  });
  install(tdClass, '__sub__', (self, [other]) => {
    if (!readTd(other)) return DECLINE;
    const d = TD;
    const u = TU;
    return readTd(self) ? newTimedelta(TD - d, TU - u) : DECLINE;
  });
  install(tdClass, '__neg__', (self) => (readTd(self) ? newTimedelta(-TD, -TU) : DECLINE));
  install(tdClass, '__mul__', (self, [other]) => {
    if (typeof other !== 'bigint' || !readTd(self)) return DECLINE;
    return TD_FIELDS.make(tdClass, timedeltaFieldsOfUs((BigInt(TD) * BigInt(DAY_US) + BigInt(TU)) * other));
  });
  const tdEq = (self: PyObject, other: PyValue): boolean | undefined => {
    if (!readTd(other)) return DECLINE;
    const d = TD;
    const u = TU;
    return readTd(self) ? TD === d && TU === u : DECLINE;
  };
  install(tdClass, '__eq__', (self, [other]) => tdEq(self, other));
  install(tdClass, '__ne__', (self, [other]) => {
    const r = tdEq(self, other);
    return r === DECLINE ? DECLINE : !r;
  });
  for (const [name, op] of ORDER_NAMES)
    install(tdClass, name, (self, [other]) => {
      if (!readTd(other)) return DECLINE;
      const d = TD;
      const u = TU;
      return readTd(self) ? order(op, TD, TU, d, u) : DECLINE;
    });
  install(tdClass, '__hash__', (self) => {
    const f = TD_FIELDS.read(self);
    if (f === null || !readTd(self)) return DECLINE;
    return pythonHash(new PyTuple([f[0], f[1], f[2]]));
  });
  install(tdClass, '__bool__', (self) => (readTd(self) ? TD !== 0 || TU !== 0 : DECLINE));
  install(tdClass, 'total_seconds', (self, args, kw) => {
    if (args.length !== 0 || (kw !== null && kw.size !== 0) || !readTd(self)) return DECLINE;
    // Within 2**53 microseconds both operands are exact doubles and the division rounds once, as
    // int / int does; past that the int division does it.
    if (Math.abs(TD) < 100_000) return (TD * DAY_US + TU) / 1_000_000;
    return binop('/', BigInt(TD) * BigInt(DAY_US) + BigInt(TU), 1_000_000n);
  });
  fieldProperty(tdClass, 'days', '_days');
  fieldProperty(tdClass, 'seconds', '_seconds');
  fieldProperty(tdClass, 'microseconds', '_microseconds');

  // ------------------------------------------------------------------ time
  // "|iiiiO$i": made by datetime.py, after C's parsing.
  const timeFormat: KeywordFormat = {
    fname: null,
    names: ['hour', 'minute', 'second', 'microsecond', 'tzinfo', 'fold'],
    min: 0,
    max: 5,
    convert: (i, v) => (i === 4 ? v : cInt(v)),
  };
  installNew(
    timeClass,
    new InstanceFields([]),
    timeFormat,
    () => DECLINE,
    (args) => (args.length === 2 || args.length === 3) && pickledState(args[1], 6, 0, 0x7f, 0, 23),
  );

  // ------------------------------------------------------------------ date
  let Y = 0;
  let M = 0;
  let D = 0;
  const readDate = (o: PyObject): boolean => {
    const f = (o.cls.isSubclassOf(dtClass) ? DT_FIELDS : DATE_FIELDS).read(o);
    if (f === null) return false;
    const [y, m, d] = f;
    if (typeof y !== 'bigint' || typeof m !== 'bigint' || typeof d !== 'bigint') return false;
    Y = Number(y);
    M = Number(m);
    D = Number(d);
    return true;
  };
  const validDate = (y: PyValue | undefined, m: PyValue | undefined, d: PyValue | undefined): boolean =>
    typeof y === 'bigint' &&
    typeof m === 'bigint' &&
    typeof d === 'bigint' &&
    y >= 1n &&
    y <= 9999n &&
    m >= 1n &&
    m <= 12n &&
    d >= 1n &&
    d <= BigInt(monthLength(Number(y), Number(m)));
  const dateOfOrdinal = (cls: PyClass, n: number): PyValue => {
    if (n < 1 || n > MAX_ORDINAL) throw pyError('OverflowError', 'date value out of range');
    const [y, m, d] = fromOrdinal(n);
    if (cls !== dateClass) return call(cls, [BigInt(y), BigInt(m), BigInt(d)], null);
    return DATE_FIELDS.make(dateClass, [BigInt(y), BigInt(m), BigInt(d)]);
  };
  const DATE_NAMES = ['year', 'month', 'day'] as const;
  const dateFormat: KeywordFormat = {
    fname: null,
    names: DATE_NAMES,
    min: Infinity,
    max: 3,
    convert: (_, v) => cInt(v),
  };
  installNew(
    dateClass,
    DATE_FIELDS,
    dateFormat,
    ([y, m, d]) => (validDate(y, m, d) ? [y!, m!, d!] : DECLINE),
    (args) => args.length === 2 && pickledState(args[1], 4, 2, 0xff, 1, 12),
  );
  install(dateClass, 'toordinal', (self, args, kw) =>
    args.length === 0 && kw === null && readDate(self) ? BigInt(toOrdinal(Y, M, D)) : DECLINE,
  );
  install(dateClass, '__add__', (self, [other]) =>
    readTd(other) && readDate(self) ? dateOfOrdinal(self.cls, toOrdinal(Y, M, D) + TD) : DECLINE,
  );
  install(dateClass, '__sub__', (self, [other]) => {
    if (readTd(other)) return readDate(self) ? dateOfOrdinal(self.cls, toOrdinal(Y, M, D) - TD) : DECLINE;
    if (!isA(other, dateClass) || other.cls.isSubclassOf(dtClass) || !readDate(other)) return DECLINE;
    const n = toOrdinal(Y, M, D);
    return readDate(self) ? newTimedelta(toOrdinal(Y, M, D) - n, 0) : DECLINE;
  });
  // Dates compare with dates, datetimes with datetimes (datetime.py's _comparable).
  const dateOrder = (self: PyObject, other: PyValue, op: number): boolean | undefined => {
    if (!isA(other, dateClass) || other.cls.isSubclassOf(dtClass) !== self.cls.isSubclassOf(dtClass)) return DECLINE;
    if (!readDate(other)) return DECLINE;
    const n = toOrdinal(Y, M, D);
    return readDate(self) ? order(op, toOrdinal(Y, M, D), 0, n, 0) : DECLINE;
  };
  for (const [name, op] of ORDER_NAMES) install(dateClass, name, (self, [other]) => dateOrder(self, other, op));
  const dateEq = (self: PyObject, other: PyValue): boolean | undefined => {
    if (!isA(other, dateClass) || other.cls.isSubclassOf(dtClass) || !readDate(other)) return DECLINE;
    const y = Y;
    const m = M;
    const d = D;
    return readDate(self) ? Y === y && M === m && D === d : DECLINE;
  };
  install(dateClass, '__eq__', (self, [other]) => dateEq(self, other));
  install(dateClass, '__ne__', (self, [other]) => {
    const r = dateEq(self, other);
    return r === DECLINE ? DECLINE : !r;
  });
  install(dateClass, '__hash__', (self) =>
    readDate(self) ? pythonHash(new PyTuple([BigInt(Y), BigInt(M), BigInt(D)])) : DECLINE,
  );
  fieldProperty(dateClass, 'year', '_year');
  fieldProperty(dateClass, 'month', '_month');
  fieldProperty(dateClass, 'day', '_day');

  // ------------------------------------------------------------------ datetime
  // A datetime read as its day ordinal, microseconds into the day, tzinfo and fold.
  let ORD = 0;
  let DU = 0;
  let TZ: PyValue = null;
  let FOLD = 0;
  const readDt = (o: PyValue): boolean => {
    if (!isA(o, dtClass)) return false;
    const f = DT_FIELDS.read(o);
    if (f === null) return false;
    const [y, m, d, hh, mm, ss, us, tz, fold] = f;
    if (typeof y !== 'bigint' || typeof m !== 'bigint' || typeof d !== 'bigint') return false;
    if (typeof hh !== 'bigint' || typeof mm !== 'bigint' || typeof ss !== 'bigint' || typeof us !== 'bigint')
      return false;
    if (typeof fold !== 'bigint') return false;
    Y = Number(y);
    M = Number(m);
    D = Number(d);
    ORD = toOrdinal(Y, M, D);
    DU = ((Number(hh) * 60 + Number(mm)) * 60 + Number(ss)) * 1_000_000 + Number(us);
    TZ = tz;
    FOLD = Number(fold);
    return true;
  };
  /** The datetime of class `cls` at day `ord`, `u` microseconds in (one day out either way), in zone `tz`. */
  const newDatetime = (cls: PyClass, ord: number, u: number, tz: PyValue): PyValue => {
    const carry = dayCarry(u);
    ord += carry;
    u -= carry * DAY_US;
    if (ord < 1 || ord > MAX_ORDINAL) throw pyError('OverflowError', 'date value out of range');
    const [y, m, d] = fromOrdinal(ord);
    const secs = Math.floor(u / 1_000_000);
    const fields: PyValue[] = [
      BigInt(y),
      BigInt(m),
      BigInt(d),
      BigInt(Math.floor(secs / 3600)),
      BigInt(Math.floor((secs % 3600) / 60)),
      BigInt(secs % 60),
      BigInt(u % 1_000_000),
    ];
    if (cls !== dtClass) return call(cls, [...fields, tz], null);
    fields.push(tz, 0n);
    return DT_FIELDS.make(dtClass, fields);
  };
  const DT_NAMES = ['year', 'month', 'day', 'hour', 'minute', 'second', 'microsecond', 'tzinfo', 'fold'] as const;
  const DT_MAX = [9999n, 12n, 31n, 23n, 59n, 59n, 999_999n];
  // "iii|iiiiO$i": tzinfo is any object, fold keyword-only.
  const dtFormat: KeywordFormat = {
    fname: null,
    names: DT_NAMES,
    min: 3,
    max: 8,
    convert: (i, v) => (i === 7 ? v : cInt(v)),
  };
  installNew(
    dtClass,
    DT_FIELDS,
    dtFormat,
    (dtArgs) => {
      if (!validDate(dtArgs[0], dtArgs[1], dtArgs[2])) return DECLINE;
      for (let i = 3; i < 7; i++) {
        const v = (dtArgs[i] = given(dtArgs[i], 0n));
        if (typeof v !== 'bigint' || v < 0n || v > DT_MAX[i]) return DECLINE;
      }
      const tz = (dtArgs[7] = given(dtArgs[7], null));
      const fold = (dtArgs[8] = given(dtArgs[8], 0n));
      if ((tz !== null && !isA(tz, tzClass)) || (fold !== 0n && fold !== 1n)) return DECLINE;
      return dtArgs as PyValue[];
    },
    (args) => (args.length === 2 || args.length === 3) && pickledState(args[1], 10, 2, 0x7f, 1, 12),
  );
  // + and - keep the zone; two datetimes subtract or compare by their local times when they share
  // one tzinfo object (or both have none), as datetime.py does before it asks for offsets.
  install(dtClass, '__add__', (self, [other]) => {
    if (!readTd(other) || !readDt(self)) return DECLINE;
    return newDatetime(self.cls, ORD + TD, DU + TU, TZ);
  });
  install(dtClass, '__radd__', (self, [other]) => {
    if (!readTd(other) || !readDt(self)) return DECLINE;
    return newDatetime(self.cls, ORD + TD, DU + TU, TZ);
  });
  install(dtClass, '__sub__', (self, [other]) => {
    if (readTd(other)) return readDt(self) ? newDatetime(self.cls, ORD - TD, DU - TU, TZ) : DECLINE;
    if (!readDt(other)) return DECLINE;
    const n = ORD;
    const u = DU;
    const tz = TZ;
    if (!readDt(self) || TZ !== tz) return DECLINE;
    return newTimedelta(ORD - n, DU - u);
  });
  const dtCompare = (self: PyObject, other: PyValue): number | undefined => {
    if (!readDt(other)) return DECLINE;
    const n = ORD;
    const u = DU;
    const tz = TZ;
    if (!readDt(self) || TZ !== tz) return DECLINE;
    return ORD !== n ? (ORD < n ? -1 : 1) : DU !== u ? (DU < u ? -1 : 1) : 0;
  };
  install(dtClass, '__eq__', (self, [other]) => {
    const c = dtCompare(self, other);
    return c === DECLINE ? DECLINE : c === 0;
  });
  install(dtClass, '__ne__', (self, [other]) => {
    const c = dtCompare(self, other);
    return c === DECLINE ? DECLINE : c !== 0;
  });
  for (const [name, op] of ORDER_NAMES)
    install(dtClass, name, (self, [other]) => {
      const c = dtCompare(self, other);
      return c === DECLINE ? DECLINE : order(op, c, 0, 0, 0);
    });
  // A naive datetime hashes as its local microseconds (an aware one, or a fold, is the Python method's).
  install(dtClass, '__hash__', (self) => {
    if (!readDt(self) || TZ !== null || FOLD !== 0) return DECLINE;
    return pythonHash(BigInt(ORD) * BigInt(DAY_US) + BigInt(DU));
  });
  for (const name of ['hour', 'minute', 'second', 'microsecond', 'tzinfo', 'fold'])
    fieldProperty(dtClass, name, `_${name}`);

  // ------------------------------------------------------------------ text and the clock
  const EPOCH_ORDINAL = 719_163;
  install(dateClass, 'isoformat', (self, args, kw) =>
    args.length === 0 && kw === null && readDate(self) ? isoDate(Y, M, D) : DECLINE,
  );
  const dateIso = dateClass.dict!.get('isoformat');
  // str() is isoformat(): a subclass's own isoformat is the Python method's to call.
  install(dateClass, '__str__', (self) =>
    self.cls.lookup('isoformat') === dateIso && readDate(self) ? isoDate(Y, M, D) : DECLINE,
  );
  install(dateClass, '__repr__', (self) =>
    self.cls === dateClass && readDate(self) ? `datetime.date(${Y}, ${M}, ${D})` : DECLINE,
  );
  // 3.14 pads %Y and %G of a year before 1000 itself (datetime.py's _wrap_strftime does it).
  const paddedYear = (): boolean => Y < 1000 && run.minor >= 14;
  install(dateClass, 'strftime', (self, [format, ...rest], kw) => {
    if (typeof format !== 'string' || rest.length !== 0 || kw !== null || !readDate(self) || paddedYear())
      return DECLINE;
    return naiveStrftime(format, (toOrdinal(Y, M, D) - EPOCH_ORDINAL) * 86400, 0, run.minor >= 12);
  });

  // A naive datetime's time of day, as read by naive(). As in C, its text asks the tzinfo for an
  // offset, not a subclass's own utcoffset().
  let HH = 0;
  let MM = 0;
  let SS = 0;
  let US = 0;
  const naive = (o: PyObject): boolean => {
    if (!readDt(o) || TZ !== null) return false;
    US = DU % 1_000_000;
    const secs = (DU - US) / 1_000_000;
    SS = secs % 60;
    MM = ((secs - SS) / 60) % 60;
    HH = Math.floor(secs / 3600);
    return true;
  };
  const ISO_NAMES = ['sep', 'timespec'] as const;
  const isoArgs: (PyValue | undefined)[] = new Array(2);
  const dtIso = (self: PyObject, sep: PyValue, timespec: PyValue): string | undefined => {
    if (typeof sep !== 'string' || [...sep].length !== 1 || typeof timespec !== 'string' || !naive(self))
      return DECLINE;
    const time = isoTime(HH, MM, SS, US, timespec);
    return time === undefined ? DECLINE : isoDate(Y, M, D) + sep + time;
  };
  install(dtClass, 'isoformat', (self, args, kw) => {
    if (!bind(ISO_NAMES, args, kw, isoArgs)) return DECLINE;
    return dtIso(self, given(isoArgs[0], 'T'), given(isoArgs[1], 'auto'));
  });
  const dtIsoMethod = dtClass.dict!.get('isoformat');
  install(dtClass, '__str__', (self) =>
    self.cls.lookup('isoformat') === dtIsoMethod ? dtIso(self, ' ', 'auto') : DECLINE,
  );
  install(dtClass, '__repr__', (self) => {
    if (self.cls !== dtClass || !naive(self) || FOLD !== 0) return DECLINE;
    // The microsecond is shown when not 0, the second when either is.
    const time = US !== 0 ? `${HH}, ${MM}, ${SS}, ${US}` : SS !== 0 ? `${HH}, ${MM}, ${SS}` : `${HH}, ${MM}`;
    return `datetime.datetime(${Y}, ${M}, ${D}, ${time})`;
  });
  install(dtClass, 'strftime', (self, [format, ...rest], kw) => {
    if (typeof format !== 'string' || rest.length !== 0 || kw !== null || !naive(self) || paddedYear()) return DECLINE;
    return naiveStrftime(format, (ORD - EPOCH_ORDINAL) * 86400 + HH * 3600 + MM * 60 + SS, US, run.minor >= 12);
  });
  // datetime.now() on the simulated clock: its seconds split as datetime.py's _split_timestamp
  // does (microseconds rounded half to even), then made as the class's own constructor makes them.
  const now = dtClass.dict!.get('now');
  if (!(now instanceof PyClassMethod))
    throw pyError('TypeError', 'datetime natives: datetime.now is not a classmethod');
  const nowPython = now.func;
  dtClass.dict!.set(
    'now',
    new PyClassMethod(
      new PyNativeFunction('now', (args, kw) => {
        const [cls, tz = null] = args;
        if (args.length > 2 || kw !== null || tz !== null || !(cls instanceof PyClass) || !cls.isSubclassOf(dtClass))
          return call(nowPython, args, kw);
        const t = c.clock();
        let whole = Math.trunc(t);
        const x = (t - whole) * 1e6;
        let us = Math.floor(x);
        const frac = x - us;
        if (frac > 0.5 || (frac === 0.5 && us % 2 !== 0)) us++;
        if (us >= 1_000_000) {
          whole++;
          us -= 1_000_000;
        } else if (us < 0) {
          whole--;
          us += 1_000_000;
        }
        const days = Math.floor(whole / 86400);
        const ord = days + EPOCH_ORDINAL;
        if (!Number.isFinite(t) || ord < 1 || ord > MAX_ORDINAL) return call(nowPython, args, kw);
        return newDatetime(cls, ord, (whole - days * 86400) * 1_000_000 + us, null);
      }),
    ),
  );
  classesChanged();
}
