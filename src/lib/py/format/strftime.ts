/**
 * `time.gmtime` and `time.strftime(fmt, time.gmtime(t))` as CPython 3.13 on
 * Linux does them: Python hands the format to glibc's strftime with the C
 * locale for LC_TIME, so this is a port of glibc's __strftime_internal
 * (including its GNU extensions: flags `_ - 0 ^ #`, a field width, and the
 * E/O modifiers, which are no-ops in the C locale).
 */
import { FormatError } from './errors';

/** Python's `time.struct_time` for a UTC time. */
export interface StructTime {
  tm_year: number;
  /** 1..12 */
  tm_mon: number;
  tm_mday: number;
  tm_hour: number;
  tm_min: number;
  tm_sec: number;
  /** Monday is 0. */
  tm_wday: number;
  /** 1..366 */
  tm_yday: number;
  tm_isdst: 0;
  /** glibc's gmtime names the zone "GMT" (so does Python's struct_time on Linux). */
  tm_zone: 'GMT';
  tm_gmtoff: 0;
}

const DAY = 86400;

/** Proleptic Gregorian date from days since 1970-01-01 (Howard Hinnant's civil_from_days). */
function civilFromDays(days: number): { y: number; m: number; d: number } {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097; // [0, 146096]
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100)); // [0, 365], March-based
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

const CUM_DAYS = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

/** Python `time.gmtime(t)`: the timestamp is floored to whole seconds. */
export function gmtime(epochSeconds: number): StructTime {
  if (Number.isNaN(epochSeconds)) throw new FormatError('ValueError', 'Invalid value NaN (not a number)');
  if (!Number.isFinite(epochSeconds)) {
    throw new FormatError('OverflowError', 'timestamp out of range for platform time_t');
  }
  const t = Math.floor(epochSeconds);
  const days = Math.floor(t / DAY);
  const secs = t - days * DAY;
  const { y, m, d } = civilFromDays(days);
  const yday = CUM_DAYS[m - 1]! + d + (m > 2 && isLeap(y) ? 1 : 0);
  // 1970-01-01 was a Thursday (Monday = 0 -> Thursday = 3).
  const wday = (((days + 3) % 7) + 7) % 7;
  return {
    tm_year: y,
    tm_mon: m,
    tm_mday: d,
    tm_hour: Math.floor(secs / 3600),
    tm_min: Math.floor((secs % 3600) / 60),
    tm_sec: secs % 60,
    tm_wday: wday,
    tm_yday: yday,
    tm_isdst: 0,
    tm_zone: 'GMT',
    tm_gmtoff: 0,
  };
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** C `struct tm` view used by the strftime port (C conventions). */
interface Tm {
  year: number; // full year
  mon: number; // 0..11
  mday: number;
  hour: number;
  min: number;
  sec: number;
  wday: number; // Sunday = 0
  yday: number; // 0..365
  epoch: number; // for %s
  micro: number; // for %f (datetime mode)
  /** tm_zone and tm_gmtoff for %Z and %z: gmtime's are "GMT" and 0. */
  zone?: string;
  gmtoff?: number;
}

export interface StrftimeOptions {
  /**
   * Expand `%f` to the six-digit microseconds of the timestamp, as
   * `datetime.strftime` does. `time.strftime` (the default) leaves `%f`
   * untouched because glibc does not know it.
   */
  microseconds?: boolean;
}

/** Days of the ISO week-based year so far (glibc iso_week_days); negative means previous year. */
function isoWeekDays(yday: number, wday: number): number {
  const bigEnoughMultipleOf7 = (Math.trunc(366 / 7) + 2) * 7;
  return yday - ((yday - wday + 4 + bigEnoughMultipleOf7) % 7) + 4 - 1;
}

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

function render(fmt: string, tm: Tm, opts: StrftimeOptions): string {
  let out = '';
  const n = fmt.length;
  for (let i = 0; i < n; i++) {
    if (fmt[i] !== '%') {
      out += fmt[i];
      continue;
    }
    const start = i;
    let pad = ''; // '_', '-', '0' or '' (number default: zeros)
    let toUpper = false;
    let toLower = false;
    let changeCase = false;
    for (;;) {
      const c = fmt[++i];
      if (c === '_' || c === '-' || c === '0') pad = c;
      else if (c === '^') toUpper = true;
      else if (c === '#') changeCase = true;
      else break;
    }
    let width = -1;
    if (isDigit(fmt[i])) {
      width = 0;
      do {
        width = Math.min(width * 10 + (fmt.charCodeAt(i) - 48), 2 ** 31 - 1);
        i++;
      } while (isDigit(fmt[i]));
    }
    let modifier = '';
    if (fmt[i] === 'E' || fmt[i] === 'O') modifier = fmt[i++]!;
    const fc = fmt[i];

    /** Emit text right-aligned in `width` (zeros if the '0' flag was given). */
    const add = (s: string): void => {
      const delta = width - s.length;
      if (delta > 0) out += (pad === '0' ? '0' : ' ').repeat(delta);
      out += s;
    };
    const cpy = (s: string): void => add(toLower ? s.toLowerCase() : toUpper ? s.toUpperCase() : s);
    /** Numbers: at least `digits` characters, zero padded unless told otherwise. */
    const number = (minDigits: number, value: number, spacePad = false, widthIsPadding = false): void => {
      // %e, %k, %l pad with spaces unless the '0' or '-' flag overrides it.
      if (spacePad && pad !== '0' && pad !== '-') pad = '_';
      // Normally the width is the zero-padded digit count; for %s glibc keeps
      // one digit and the width only adds (space) padding.
      const digits = widthIsPadding ? minDigits : Math.max(minDigits, width);
      const neg = value < 0;
      let body = String(Math.abs(value));
      if (neg) body = '-' + body;
      if (pad !== '-') {
        const padding = digits - body.length;
        if (padding > 0) {
          if (pad === '_') {
            out += ' '.repeat(padding);
            width = width > padding ? width - padding : 0;
          } else {
            if (neg) {
              out += '-';
              body = body.slice(1);
            }
            out += '0'.repeat(padding);
            width = 0;
          }
        }
      }
      cpy(body);
    };
    const sub = (subfmt: string): void => {
      const before = out.length;
      add(render(subfmt, tm, opts));
      if (toUpper) out = out.slice(0, before) + out.slice(before).toUpperCase();
    };
    const badFormat = (): void => {
      // Unknown conversions are copied through, '%' included.
      cpy(fmt.slice(start, i + 1));
    };
    const hour12 = tm.hour > 12 ? tm.hour - 12 : tm.hour === 0 ? 12 : tm.hour;

    switch (fc) {
      case '%':
        add('%'); // E/O modifiers are ignored here
        break;
      case 'a':
      case 'A':
        if (modifier) {
          badFormat();
          break;
        }
        if (changeCase) {
          toUpper = true;
          toLower = false;
        }
        cpy(fc === 'a' ? WEEKDAYS[tm.wday]!.slice(0, 3) : WEEKDAYS[tm.wday]!);
        break;
      case 'b':
      case 'h':
      case 'B':
        if (changeCase) {
          toUpper = true;
          toLower = false;
        }
        if (modifier === 'E') badFormat();
        else cpy(fc === 'B' ? MONTHS[tm.mon]! : MONTHS[tm.mon]!.slice(0, 3));
        break;
      case 'c':
        if (modifier === 'O') badFormat();
        else sub('%a %b %e %H:%M:%S %Y');
        break;
      case 'C':
        number(1, Math.trunc(tm.year / 100) - (tm.year % 100 < 0 ? 1 : 0));
        break;
      case 'x':
        if (modifier === 'O') badFormat();
        else sub('%m/%d/%y');
        break;
      case 'D':
        if (modifier) badFormat();
        else sub('%m/%d/%y');
        break;
      case 'd':
        if (modifier === 'E') badFormat();
        else number(2, tm.mday);
        break;
      case 'e':
        if (modifier === 'E') badFormat();
        else number(2, tm.mday, true);
        break;
      case 'f':
        if (opts.microseconds && !modifier) number(6, tm.micro);
        else badFormat();
        break;
      case 'F':
        if (modifier) badFormat();
        else sub('%Y-%m-%d');
        break;
      case 'H':
        if (modifier === 'E') badFormat();
        else number(2, tm.hour);
        break;
      case 'I':
        if (modifier === 'E') badFormat();
        else number(2, hour12);
        break;
      case 'k':
        if (modifier === 'E') badFormat();
        else number(2, tm.hour, true);
        break;
      case 'l':
        if (modifier === 'E') badFormat();
        else number(2, hour12, true);
        break;
      case 'j':
        if (modifier === 'E') badFormat();
        else number(3, tm.yday + 1);
        break;
      case 'M':
        if (modifier === 'E') badFormat();
        else number(2, tm.min);
        break;
      case 'm':
        if (modifier === 'E') badFormat();
        else number(2, tm.mon + 1);
        break;
      case 'n':
        add('\n');
        break;
      case 't':
        add('\t');
        break;
      case 'P':
      case 'p':
        if (fc === 'P') toLower = true;
        if (changeCase) {
          toUpper = false;
          toLower = true;
        }
        cpy(tm.hour >= 12 ? 'PM' : 'AM');
        break;
      case 'R':
        sub('%H:%M');
        break;
      case 'r':
        sub('%I:%M:%S %p');
        break;
      case 'S':
        if (modifier === 'E') badFormat();
        else number(2, tm.sec);
        break;
      case 's':
        number(1, tm.epoch, false, true);
        break;
      case 'X':
        if (modifier === 'O') badFormat();
        else sub('%H:%M:%S');
        break;
      case 'T':
        sub('%H:%M:%S');
        break;
      case 'u':
        number(1, ((tm.wday - 1 + 7) % 7) + 1);
        break;
      case 'U':
        if (modifier === 'E') badFormat();
        else number(2, Math.trunc((tm.yday - tm.wday + 7) / 7));
        break;
      case 'V':
      case 'g':
      case 'G': {
        if (modifier === 'E') {
          badFormat();
          break;
        }
        // ISO 8601 week-based year: the week with the year's first Thursday is week 1.
        let year = tm.year;
        let days = isoWeekDays(tm.yday, tm.wday);
        if (days < 0) {
          year--;
          days = isoWeekDays(tm.yday + (365 + (isLeap(year) ? 1 : 0)), tm.wday);
        } else {
          const d = isoWeekDays(tm.yday - (365 + (isLeap(year) ? 1 : 0)), tm.wday);
          if (d >= 0) {
            year++;
            days = d;
          }
        }
        if (fc === 'g') number(2, ((year % 100) + 100) % 100);
        else if (fc === 'G') number(1, year);
        else number(2, Math.trunc(days / 7) + 1);
        break;
      }
      case 'W':
        if (modifier === 'E') badFormat();
        else number(2, Math.trunc((tm.yday - ((tm.wday - 1 + 7) % 7) + 7) / 7));
        break;
      case 'w':
        if (modifier === 'E') badFormat();
        else number(1, tm.wday);
        break;
      case 'Y':
        if (modifier === 'O') badFormat();
        else number(1, tm.year);
        break;
      case 'y': {
        const cYear = tm.year - 1900; // C's tm_year
        let yy = cYear % 100;
        if (yy < 0) yy = cYear < -1900 ? -yy : yy + 100;
        number(2, yy);
        break;
      }
      case 'Z':
        if (changeCase) {
          toUpper = false;
          toLower = true;
        }
        cpy(tm.zone ?? 'GMT');
        break;
      case 'z': {
        // glibc: the sign, then the offset's whole minutes as hours*100 + minutes.
        const off = tm.gmtoff ?? 0;
        add(off < 0 ? '-' : '+');
        const minutes = Math.trunc(Math.abs(off) / 60);
        number(4, Math.trunc(minutes / 60) * 100 + (minutes % 60));
        break;
      }
      case undefined:
        // A lone '%' (plus flags) at the end is copied through.
        i--;
        badFormat();
        break;
      default:
        badFormat();
    }
  }
  return out;
}

/** A broken-down time as `time.strftime(fmt, t)` is given it (Python's struct_time fields). */
export interface TmFields {
  year: number;
  /** 1..12 */
  mon: number;
  mday: number;
  hour: number;
  min: number;
  sec: number;
  /** Monday is 0 (CPython has already brought it into 0..6). */
  wday: number;
  /** 1..366 */
  yday: number;
  zone: string;
  gmtoff: number;
}

/** `time.strftime(fmt, t)` for a checked struct_time or 9-tuple: the fields as given, not recomputed (a
 * wrong weekday prints as given); %s is the seconds since the epoch of the fields read as UTC. */
export function strftimeFields(fmt: string, f: TmFields): string {
  const days = daysFromCivil(f.year, f.mon, f.mday);
  const tm: Tm = {
    year: f.year,
    mon: f.mon - 1,
    mday: f.mday,
    hour: f.hour,
    min: f.min,
    sec: f.sec,
    wday: (f.wday + 1) % 7,
    yday: f.yday - 1,
    epoch: days * DAY + f.hour * 3600 + f.min * 60 + f.sec,
    micro: 0,
    zone: f.zone,
    gmtoff: f.gmtoff,
  };
  return render(fmt, tm, {});
}

/** Days since 1970-01-01 of a proleptic Gregorian date (the inverse of civilFromDays). */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Python `time.strftime(fmt, time.gmtime(epochSeconds))` in the C locale. */
export function strftime(fmt: string, epochSeconds: number, options: StrftimeOptions = {}): string {
  const st = gmtime(epochSeconds);
  const floor = Math.floor(epochSeconds);
  const tm: Tm = {
    year: st.tm_year,
    mon: st.tm_mon - 1,
    mday: st.tm_mday,
    hour: st.tm_hour,
    min: st.tm_min,
    sec: st.tm_sec,
    wday: (st.tm_wday + 1) % 7,
    yday: st.tm_yday - 1,
    epoch: floor,
    micro: Math.min(999999, Math.round((epochSeconds - floor) * 1e6)),
  };
  return render(fmt, tm, options);
}
