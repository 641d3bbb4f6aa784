/**
 * The order in which CPython iterates a set: the order of its hash table (Objects/setobject.c,
 * 3.13: start at hash & mask, probe up to 9 neighbouring slots, then perturb; grow when
 * fill*5 >= mask*3 to a table holding used*4 entries). Replaying the insertions of the set's
 * current members reproduces it exactly for sets built without removals, whenever every member
 * has a hash CPython computes deterministically (numbers, None, tuples of those). Strings hash
 * randomly per CPython process, so sets holding them keep insertion order, and so do sets of
 * tasks, futures and other objects hashed by address: their CPython order depends on the heap
 * the interpreter built before the program (tests/conformance/nondeterministic/README.md).
 */
import { PyObject, PyTuple, PyComplex, PySet, type PyValue } from './core';
import { hooks } from './ops';
import { pythonHash } from './hash';

const M64 = (1n << 64n) - 1n;
const LINEAR_PROBES = 9;

function deterministic(v: PyValue): boolean {
  switch (typeof v) {
    case 'bigint':
    case 'boolean':
    case 'number':
      return true;
    case 'string':
      return false;
  }
  if (v === null) return true;
  if (v instanceof PyTuple) return v.items.every(deterministic);
  return v instanceof PyComplex;
}

function cpythonSetOrder(members: PyValue[]): PyValue[] {
  if (members.length < 2 || !members.every(deterministic)) return members;
  let mask = 7;
  let table: (number | -1)[] = new Array(8).fill(-1); // index into members, -1 empty
  const hashes = members.map((m) => pythonHash(m as PyObject) & M64);
  let fill = 0;
  const insertClean = (tbl: (number | -1)[], msk: number, idx: number) => {
    const h = hashes[idx];
    let perturb = h;
    let i = Number(h & BigInt(msk));
    for (;;) {
      if (tbl[i] === -1) {
        tbl[i] = idx;
        return;
      }
      if (i + LINEAR_PROBES <= msk) {
        for (let j = 1; j <= LINEAR_PROBES; j++) {
          if (tbl[i + j] === -1) {
            tbl[i + j] = idx;
            return;
          }
        }
      }
      perturb >>= 5n;
      i = Number((BigInt(i) * 5n + 1n + perturb) & BigInt(msk));
    }
  };
  for (let idx = 0; idx < members.length; idx++) {
    insertClean(table, mask, idx); // members are distinct: no equal key to find
    fill++;
    if (fill * 5 >= mask * 3) {
      const used = fill;
      const minused = used > 50000 ? used * 2 : used * 4;
      let size = 8;
      while (size <= minused) size <<= 1;
      const old = table;
      mask = size - 1;
      table = new Array(size).fill(-1);
      for (const e of old) if (e !== -1) insertClean(table, mask, e);
    }
  }
  const out: PyValue[] = [];
  for (const e of table) if (e !== -1) out.push(members[e]);
  return out;
}

hooks.setOrder = (s: PySet) => cpythonSetOrder([...s.map.values()]);
