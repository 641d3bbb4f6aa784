/**
 * What a decoding error handler puts in place of bytes a codec cannot decode (Python/codecs.c's
 * builtin handlers): nothing, U+FFFD, `\xNN` escapes, or surrogateescape's U+DC80..U+DCFF. The
 * encoding-only handlers cannot answer a decoding error; a handler name codecs does not know is a
 * LookupError, raised (as in CPython) only when a bad byte needs it.
 */
import { pyError, type PyExc } from '../core';

/** The text for the bad bytes `bad`, or the handler's error (`strict` raises the codec's own). */
export function decodeReplacement(errors: string, bad: Uint8Array, codecError: () => PyExc): string {
  switch (errors) {
    case 'strict':
      throw codecError();
    case 'ignore':
      return '';
    case 'replace':
      return '\ufffd';
    case 'backslashreplace': {
      let s = '';
      for (const b of bad) s += '\\x' + b.toString(16).padStart(2, '0');
      return s;
    }
    case 'surrogateescape': {
      let s = '';
      for (const b of bad) {
        // Only bytes 0x80-0xff have an escape; an ASCII byte keeps the codec's error.
        if (b < 0x80) throw codecError();
        s += String.fromCharCode(0xdc00 + b);
      }
      return s;
    }
    case 'xmlcharrefreplace':
    case 'namereplace':
      throw pyError('TypeError', "don't know how to handle UnicodeDecodeError in error callback");
    case 'surrogatepass':
      throw pyError('NotSimulatedError', "the 'surrogatepass' error handler is not simulated in Loopline");
  }
  throw pyError('LookupError', `unknown error handler name '${errors}'`);
}
