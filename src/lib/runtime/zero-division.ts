/**
 * The words of a ZeroDivisionError. CPython 3.14 says "division by zero" for every division and
 * modulo (and "zero to a negative power" for 0 ** -n); 3.11 to 3.13 name the operation
 * ("integer modulo by zero", "float divmod()", "complex division by zero").
 */
import { pyError } from './core';
import { run } from './run';

export function zeroDivision(before314: string) {
  return pyError('ZeroDivisionError', run.minor >= 14 ? 'division by zero' : before314);
}

export function zeroToNegativePower() {
  return pyError(
    'ZeroDivisionError',
    run.minor >= 14 ? 'zero to a negative power' : '0.0 cannot be raised to a negative power',
  );
}

/** 0j ** -n or 0j ** complex. */
export function zeroToComplexPower() {
  return pyError(
    'ZeroDivisionError',
    run.minor >= 14 ? 'zero to a negative or complex power' : '0.0 to a negative or complex power',
  );
}
