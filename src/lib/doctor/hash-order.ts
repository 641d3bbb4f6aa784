/**
 * `hash-order`: the program let out the order of a set of strings (runtime/hash-order.ts): its own
 * `for` over the set, its unpacking (`f(*s)`), or the set printed. CPython hashes str and bytes with a key it draws at random
 * at every start, so each run of python3 can print them in another order; Loopline shows insertion
 * order, one of those orders, not the one a given run of python3 will take.
 */
import type { HashOrder } from '../trace/types';
import type { Finding, Said } from './types';
import type { Seen } from './seen';
import { num } from './say';

const WHY_EN =
  'CPython hashes strings with a random key drawn at every start (PYTHONHASHSEED), so each run of python3 can give another order; the order shown here (insertion order) is only one of them';
const WHY_KO =
  'CPython은 문자열의 해시를 실행할 때마다 새로 뽑는 무작위 키로 계산하므로(PYTHONHASHSEED) python3를 실행할 때마다 순서가 달라질 수 있고, 여기 보이는 순서(넣은 순서)는 그중 하나일 뿐입니다';

function said(o: HashOrder): Said {
  const n = num(o.count);
  const set = o.strings ? `a set of ${n} strings` : `a set of ${n} items hashed from strings or bytes`;
  const setKo = o.strings ? `문자열 ${n}개가 든 set` : `문자열이나 bytes로 해시되는 항목 ${n}개가 든 set`;
  if (o.kind === 'for')
    return {
      en: `this loop goes through ${set}: ${WHY_EN}; loop over sorted(...) of the set, or keep the items in a list, if the order matters`,
      ko: `이 반복문은 ${setKo}을 순회합니다. ${WHY_KO}. 순서가 중요하면 sorted(...)로 정렬해서 돌거나 리스트에 담으세요.`,
    };
  if (o.kind === 'unpacked')
    return {
      en: `${set} is unpacked here (into arguments, a list or names): ${WHY_EN}; unpack sorted(...) of the set, or keep the items in a list, if the order matters`,
      ko: `여기서 ${setKo}을 풀어 넣습니다(인자, 리스트, 여러 이름으로). ${WHY_KO}. 순서가 중요하면 sorted(...)로 정렬해서 풀거나 리스트에 담으세요.`,
    };
  if (o.kind === 'joined')
    return {
      en: `${set} is joined into one string here: ${WHY_EN}; join sorted(...) of the set if the text should be the same every time`,
      ko: `여기서 ${setKo}을 하나의 문자열로 잇습니다. ${WHY_KO}. 문자열이 늘 같아야 하면 sorted(...)로 정렬해서 이으세요.`,
    };
  return {
    en: `${set} is printed here: ${WHY_EN}; print sorted(...) of the set if the output should be the same every time`,
    ko: `여기서 ${setKo}을 출력합니다. ${WHY_KO}. 출력이 늘 같아야 하면 sorted(...)로 정렬해서 출력하세요.`,
  };
}

export function findHashOrders(seen: Seen): Finding[] {
  return (seen.ui.hashOrders ?? []).map((o) => ({
    kind: 'hash-order',
    line: o.line,
    message: said(o),
    figures: { strings: o.count },
  }));
}
