// Prints the table POST_15_1_ASSIGNED for src/lib/py/format/strrepr.ts:
// code points that this JS engine's Unicode data treats as printable but
// CPython 3.13 (Unicode 15.1) does not (characters assigned after 15.1).
// Usage: PYENV_VERSION=3.13.0 node tests/unit/format/gen_printable_exceptions.mjs
import { execFileSync } from 'node:child_process';

const bits = execFileSync(
  'python3',
  [
    '-c',
    `
import sys
sys.stdout.buffer.write(bytes(1 if chr(c).isprintable() else 0 for c in range(0x110000)))
`,
  ],
  { maxBuffer: 0x200000 },
);
const nonPrintable = /^[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]$/u;
const ranges = [];
for (let cp = 0; cp < 0x110000; cp++) {
  const js = cp === 0x20 || !nonPrintable.test(String.fromCodePoint(cp));
  const py = bits[cp] === 1;
  if (js === py) continue;
  if (!js) throw new Error(`U+${cp.toString(16)} printable in Python but not in JS`);
  const last = ranges[ranges.length - 1];
  if (last && last[1] === cp - 1) last[1] = cp;
  else ranges.push([cp, cp]);
}
const hex = (n) => '0x' + n.toString(16);
const items = ranges.map(([a, b]) => `[${hex(a)}, ${hex(b)}]`);
for (let i = 0; i < items.length; i += 6) console.log('  ' + items.slice(i, i + 6).join(', ') + ',');
