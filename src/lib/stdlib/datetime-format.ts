/**
 * The text of a naive date or datetime, natively (datetime-native.ts uses these): isoformat's and
 * strftime's, as CPython's _datetime makes them.
 */
import { strftime } from '../py/format/strftime';
import { fmtError } from './format-errors';

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** `YYYY-MM-DD`. */
export function isoDate(y: number, m: number, d: number): string {
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

/** The time part of isoformat for `timespec`, or undefined for an unknown one (datetime.py raises). */
export function isoTime(hh: number, mm: number, ss: number, us: number, timespec: string): string | undefined {
  const hms = `${pad(hh, 2)}:${pad(mm, 2)}:${pad(ss, 2)}`;
  switch (timespec) {
    case 'auto':
      return us !== 0 ? `${hms}.${pad(us, 6)}` : hms;
    case 'hours':
      return pad(hh, 2);
    case 'minutes':
      return `${pad(hh, 2)}:${pad(mm, 2)}`;
    case 'seconds':
      return hms;
    case 'milliseconds':
      return `${hms}.${pad(Math.floor(us / 1000), 3)}`;
    case 'microseconds':
      return `${hms}.${pad(us, 6)}`;
  }
  return undefined;
}

/**
 * strftime of a naive time `seconds` after the epoch with `micro` microseconds: datetime expands %f
 * itself, and %z, %Z and (from 3.12, `colonZ`) %:z to nothing (there is no tzinfo), before the C
 * library sees the rest. Pairs are read as datetime.py's _wrap_strftime reads them (`%%f` is a
 * percent sign and an f).
 */
export function naiveStrftime(fmt: string, seconds: number, micro: number, colonZ: boolean): string {
  let out = '';
  let from = 0;
  for (let i = fmt.indexOf('%'); i >= 0 && i + 1 < fmt.length; i = fmt.indexOf('%', i)) {
    const ch = fmt[i + 1];
    const end = colonZ && ch === ':' && fmt[i + 2] === 'z' ? i + 3 : i + 2;
    if (ch === 'f' || ch === 'z' || ch === 'Z' || end === i + 3) {
      out += fmt.slice(from, i) + (ch === 'f' ? pad(micro, 6) : '');
      from = end;
    }
    i = end;
  }
  out += fmt.slice(from);
  return fmtError(() => strftime(out, seconds));
}
