/** The (min, max) number of characters a piece of pattern matches (CPython's getwidth). */
import { MAXREPEAT, type Node } from './ast';

const MAXWIDTH = 2 ** 64;

export function widthOf(nodes: Node[], groupwidths: ([number, number] | null)[]): [number, number] {
  let lo = 0;
  let hi = 0;
  for (const n of nodes) {
    let i = 0;
    let j = 0;
    switch (n.t) {
      case 'alt':
        i = MAXWIDTH;
        for (const b of n.branches) {
          const [l, h] = widthOf(b, groupwidths);
          i = Math.min(i, l);
          j = Math.max(j, h);
        }
        break;
      case 'atomic':
      case 'group':
        [i, j] = widthOf(n.body, groupwidths);
        break;
      case 'rep': {
        const [l, h] = widthOf(n.body, groupwidths);
        i = l * n.min;
        j = n.max === MAXREPEAT && h ? MAXWIDTH : h * n.max;
        break;
      }
      case 'char':
      case 'any':
      case 'set':
        i = j = 1;
        break;
      case 'ref':
        [i, j] = groupwidths[n.n] ?? [0, 0];
        break;
      case 'cond': {
        [i, j] = widthOf(n.yes, groupwidths);
        if (n.no) {
          const [l, h] = widthOf(n.no, groupwidths);
          i = Math.min(i, l);
          j = Math.max(j, h);
        } else i = 0;
        break;
      }
      default:
        break;
    }
    lo += i;
    hi += j;
  }
  return [Math.min(lo, MAXWIDTH), Math.min(hi, MAXWIDTH)];
}
