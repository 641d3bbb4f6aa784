/**
 * The proleptic Gregorian calendar datetime counts in: day ordinals (1 is 0001-01-01) to and from
 * (year, month, day), in plain numbers (every date of years 1..9999 and every day count a timedelta
 * can hold fit a double exactly). datetime.py's _to_ordinal and _from_ordinal compute the same.
 */

/** Microseconds in a day. */
export const DAY_US = 86_400_000_000;
/** The ordinal of 9999-12-31. */
export const MAX_ORDINAL = 3_652_059;

const MONTH_DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeap(y: number): boolean {
  return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
}

export function monthLength(y: number, m: number): number {
  return m === 2 && isLeap(y) ? 29 : MONTH_DAYS[m];
}

/** The day ordinal of a valid date (a year that starts in March puts the leap day last). */
export function toOrdinal(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const mp = (m + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 305;
}

/** The (year, month, day) of a day ordinal. */
export function fromOrdinal(n: number): [number, number, number] {
  const z = n + 305;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [m <= 2 ? yoe + era * 400 + 1 : yoe + era * 400, m, d];
}
