/**
 * float.hex() and float.fromhex(): a double written exactly in hexadecimal (`0x1.8p+1`), and read
 * back rounded to the nearest double (ties to even), as CPython's floatobject.c does.
 */
import { PyNativeMethod, floatClass, pyError, type PyClass } from '../core';
import { call } from '../ops';
import { defNativeMethod } from '../native';
import { signature } from '../signature';
import { decomposeFloat } from './int';
import { builtinClassMethod } from './descriptor-types';

defNativeMethod(floatClass, 'hex', '()', (self) => floatHex(self as number));

/** 13 hex digits after the point always; a subnormal as 0x0.…p-1022. */
function floatHex(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x < 0 ? '-inf' : 'inf';
  const sign = x < 0 || Object.is(x, -0) ? '-' : '';
  if (x === 0) return `${sign}0x0.0p+0`;
  const [m, e] = decomposeFloat(Math.abs(x));
  const lead = m >> 52n;
  const digits = (m & 0xfffffffffffffn).toString(16).padStart(13, '0');
  const exp = lead === 0n ? -1022 : e + 52;
  return `${sign}0x${lead}.${digits}p${exp < 0 ? '-' : '+'}${Math.abs(exp)}`;
}

const HEX_FLOAT = /^([+-]?)(?:0[xX])?([0-9a-fA-F]*)(?:\.([0-9a-fA-F]*))?(?:[pP]([+-]?[0-9]+))?$/;
const SPECIAL = /^([+-]?)(inf|infinity|nan)$/i;

function invalid(): never {
  throw pyError('ValueError', 'invalid hexadecimal floating-point string');
}

function tooLarge(): never {
  throw pyError('OverflowError', 'hexadecimal value too large to represent as a float');
}

/** The double nearest to the text's value. */
function fromHex(text: string): number {
  const s = text.trim();
  const special = SPECIAL.exec(s);
  if (special) {
    const v = special[2].toLowerCase() === 'nan' ? NaN : Infinity;
    return special[1] === '-' ? -v : v;
  }
  const m = HEX_FLOAT.exec(s);
  if (!m) invalid();
  const [, sign, whole, frac = '', expText] = m;
  if (whole === '' && frac === '') invalid();
  const neg = sign === '-';
  const mant = BigInt('0x' + (whole + frac || '0'));
  if (mant === 0n) return neg ? -0 : 0;
  const exp = expText === undefined ? 0n : BigInt(expText);
  // value = mant * 2^e2; its leading bit is worth 2^top.
  const e2 = exp - BigInt(4 * frac.length);
  const top = BigInt(mant.toString(2).length - 1) + e2;
  if (top >= 1024n) tooLarge();
  if (top < -1076n) return neg ? -0 : 0;
  // The last bit a double keeps: 53 bits below the top, never below 2^-1074.
  const lsb = top - 52n > -1074n ? top - 52n : -1074n;
  const shift = lsb - e2;
  let q: bigint;
  if (shift <= 0n) q = mant << -shift;
  else {
    q = mant >> shift;
    const rem = mant - (q << shift);
    const half = 1n << (shift - 1n);
    if (rem > half || (rem === half && (q & 1n) === 1n)) q++;
  }
  const v = Number(q) * 2 ** Number(lsb);
  if (!Number.isFinite(v)) tooLarge();
  return neg ? -v : v;
}

const FROMHEX_SIG = signature('fromhex', '(string, /)', 'float.fromhex');

floatClass.dict!.set(
  'fromhex',
  builtinClassMethod(
    floatClass,
    new PyNativeMethod(
      'fromhex',
      (clsv, rest, kw) => {
        const [text] = FROMHEX_SIG.bind(rest, kw);
        if (typeof text !== 'string') throw pyError('TypeError', 'bad argument type for built-in operation');
        const v = fromHex(text);
        const cls = clsv as PyClass;
        return cls === floatClass ? v : call(cls, [v], null);
      },
      floatClass,
    ),
  ),
);
