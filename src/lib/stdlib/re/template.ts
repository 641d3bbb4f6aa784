/**
 * A replacement template of re.sub (`\1`, `\g<name>`, `\g<0>`, escapes), read as CPython's
 * re._parser.parse_template does: literal text and group numbers, in order.
 */
import { ReError, Tokens, DIGITS, OCTDIGITS, ASCIILETTERS, pyRepr } from './tokens';

const ESCAPES: Record<string, string> = {
  '\\a': '\x07',
  '\\b': '\b',
  '\\f': '\f',
  '\\n': '\n',
  '\\r': '\r',
  '\\t': '\t',
  '\\v': '\v',
  '\\\\': '\\',
};

/** The template's parts: strings (literal text) and numbers (a group to insert). */
export function parseTemplate(text: string, groups: number, groupindex: Map<string, number>): (string | number)[] {
  const s = new Tokens(text);
  const out: (string | number)[] = [];
  let literal = '';
  const addGroup = (index: number, pos: number) => {
    if (index > groups) throw s.error(`invalid group reference ${index}`, pos);
    out.push(literal, index);
    literal = '';
  };
  for (;;) {
    let self = s.get();
    if (self === null) break;
    if (self[0] === '\\' && self.length > 1) {
      const c = self[1];
      if (c === 'g') {
        if (!s.match('<')) throw s.error('missing <');
        const name = s.getUntil('>', 'group name');
        let index: number;
        if (!/^[0-9]+$/.test(name)) {
          s.checkGroupName(name, 1);
          const i = groupindex.get(name);
          if (i === undefined) throw new ReError(`unknown group name ${pyRepr(name)}`, null, 'IndexError');
          index = i;
        } else {
          index = Number(name);
          if (index >= 1073741823) throw s.error(`invalid group reference ${index}`, name.length + 1);
        }
        addGroup(index, Array.from(name).length + 1);
      } else if (c === '0') {
        if (s.next !== null && OCTDIGITS.includes(s.next)) {
          self += s.get();
          if (s.next !== null && OCTDIGITS.includes(s.next)) self += s.get();
        }
        literal += String.fromCharCode(parseInt(self.slice(1), 8) & 0xff);
      } else if (DIGITS.includes(c)) {
        let octal = false;
        if (s.next !== null && DIGITS.includes(s.next)) {
          self += s.get();
          if (OCTDIGITS.includes(c) && OCTDIGITS.includes(self[2]) && s.next !== null && OCTDIGITS.includes(s.next)) {
            self += s.get();
            octal = true;
            const v = parseInt(self.slice(1), 8);
            if (v > 0o377) throw s.error(`octal escape value ${self} outside of range 0-0o377`, self.length);
            literal += String.fromCharCode(v);
          }
        }
        if (!octal) addGroup(Number(self.slice(1)), self.length - 1);
      } else if (self in ESCAPES) {
        literal += ESCAPES[self];
      } else {
        if (ASCIILETTERS.includes(c)) throw s.error(`bad escape ${self}`, self.length);
        literal += self;
      }
    } else literal += self;
  }
  out.push(literal);
  return out;
}
