/** CPython 3.13-exact text formatting: repr, format(), %-formatting, strftime. */
export { FormatError } from './errors';
export type { FormatErrorKind } from './errors';
export { floatRepr, doubleToString } from './float';
export type { DoubleToStringFlags } from './float';
export { parseFormatSpec, formatInt, formatFloat, formatStr } from './spec';
export type { FormatSpec, ParseOptions, Align } from './spec';
export { percentFormat, asciiEscape } from './percent';
export type { PercentConv } from './percent';
export { strftime, gmtime } from './strftime';
export type { StructTime, StrftimeOptions } from './strftime';
export { strRepr, isPrintable, isPrintableCodePoint } from './strrepr';
