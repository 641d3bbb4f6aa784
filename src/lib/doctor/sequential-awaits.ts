/**
 * `sequential-awaits`: consecutive statements of one coroutine, each awaiting a call of the
 * program's own async function, none using a name an earlier one bound, and each measured in the
 * run to wait (virtual time passed while the coroutine stood at that await). Such awaits could
 * overlap. Conservative: any other statement between them ends the sequence, as does an await
 * whose call reads an earlier result, or a callee that declares `global` or `nonlocal`.
 */
import type { Await, Call, FunctionDef, Stmt } from '../ir/types';
import type { FrameView } from '../trace/types';
import type { Finding } from './types';
import type { Seen } from './seen';
import { calleeName, eachBlock, eachExpr, eachStmt, fnLabel, namesIn } from './program';
import { num, secs, secsKo } from './say';

interface Candidate {
  stmt: Stmt;
  call: Call;
  uses: Set<string>;
  binds: Set<string>;
}

/** A sequence of independent awaits in one coroutine, as the program's text has it. */
interface Sequence {
  fn: FunctionDef;
  items: Candidate[];
}

/** The async functions a sequence may await: the program's own, that share no state by `global`/`nonlocal`. */
function ownAsyncFunctions(seen: Seen): Set<string> {
  const ok = new Set<string>();
  const shares = new Set<string>();
  for (const f of seen.program.functions) {
    if (!f.isAsync || f.isGenerator) continue;
    ok.add(f.name);
    eachStmt(f.body, (s) => {
      if (s.type === 'Global' || s.type === 'Nonlocal') shares.add(f.name);
    });
  }
  for (const s of shares) ok.delete(s);
  return ok;
}

function candidate(s: Stmt, asyncFns: Set<string>): Candidate | null {
  let value: Await | null = null;
  const binds = new Set<string>();
  if (s.type === 'Expr' && s.value.type === 'Await') value = s.value;
  else if (s.type === 'Assign' && s.value.type === 'Await') {
    value = s.value;
    for (const t of s.targets) namesIn(t, binds);
  } else if (s.type === 'AnnAssign' && s.value?.type === 'Await') {
    value = s.value;
    namesIn(s.target, binds);
  }
  if (!value || value.value.type !== 'Call') return null;
  const call = value.value;
  const name = calleeName(call);
  if (name === null || !asyncFns.has(name)) return null;
  if (call.func.type === 'Attribute' && call.func.value.type !== 'Name') return null;
  const uses = namesIn(call);
  for (const a of call.args) if (a.kind !== 'pos' && a.kind !== 'kw') return null;
  let nested = false;
  eachExpr(call, (x) => {
    if (x.type === 'Await' || x.type === 'Lambda' || x.type === 'NamedExpr') nested = true;
  });
  return nested ? null : { stmt: s, call, uses, binds };
}

/** The program's sequences of two or more independent awaits. */
function sequences(seen: Seen): Sequence[] {
  const asyncFns = ownAsyncFunctions(seen);
  const out: Sequence[] = [];
  if (!asyncFns.size) return out;
  eachBlock(seen.program.module.body, (block, fn) => {
    if (!fn || !fn.isAsync) return;
    let items: Candidate[] = [];
    let bound = new Set<string>();
    const flush = () => {
      if (items.length >= 2) out.push({ fn, items });
      items = [];
      bound = new Set();
    };
    for (const s of block) {
      const c = candidate(s, asyncFns);
      if (!c) {
        flush();
        continue;
      }
      if ([...c.uses].some((n) => bound.has(n))) flush();
      items.push(c);
      for (const b of c.binds) bound.add(b);
    }
    flush();
  });
  return out;
}

/** The function a frame runs: `brew` for `brew('tea', 2)`, `run` for `Worker.run()`. */
function frameFunction(f: FrameView): string {
  const head = f.call.slice(0, f.call.indexOf('(') >>> 0);
  return head.slice(head.lastIndexOf('.') + 1);
}

/**
 * Virtual seconds each frame spent standing at each line, per frame (one entry per call of a
 * watched function): measured from the frames recorded after every step.
 */
function timeAtLines(seen: Seen, watched: Set<string>): Map<number, number>[] {
  const { steps } = seen.ui.conformance;
  const details = seen.ui.details;
  const out: Map<number, number>[] = [];
  interface Open {
    call: string;
    line: number;
    since: number;
    spent: Map<number, number> | null;
  }
  const chains = new Map<string, Open[]>();
  steps.forEach((s, j) => {
    const frames = details[j]?.frames;
    if (!frames) return;
    const old = chains.get(s.task) ?? [];
    const next: Open[] = [];
    let same = true;
    for (let d = 0; d < Math.max(old.length, frames.length); d++) {
      const o = old[d];
      const f = frames[d];
      same = same && o !== undefined && f !== undefined && o.call === f.call;
      if (o && o.spent && !(same && o.line === f.line)) o.spent.set(o.line, (o.spent.get(o.line) ?? 0) + s.t - o.since);
      if (!f) continue;
      if (same && o.line === f.line) next.push(o);
      else if (same) next.push({ call: f.call, line: f.line, since: s.t, spent: o.spent });
      else {
        const spent = watched.has(frameFunction(f)) ? new Map<number, number>() : null;
        if (spent) out.push(spent);
        next.push({ call: f.call, line: f.line, since: s.t, spent });
      }
    }
    chains.set(s.task, next);
  });
  return out;
}

function spentOn(spent: Map<number, number>, s: Stmt): number {
  let sum = 0;
  for (const [line, t] of spent) if (line >= s.span.line && line <= s.span.endLine) sum += t;
  return sum;
}

export function findSequentialAwaits(seen: Seen): Finding[] {
  const seqs = sequences(seen);
  if (!seqs.length) return [];
  const frames = timeAtLines(seen, new Set(seqs.map((q) => q.fn.name)));
  const out: Finding[] = [];
  for (const q of seqs) {
    // The longest stretch of the sequence in which every await waited, over the calls of its function.
    let best: { from: number; times: number[] } | null = null;
    for (const spent of frames) {
      const times = q.items.map((c) => spentOn(spent, c.stmt));
      let from = 0;
      for (let i = 0; i <= times.length; i++) {
        if (i < times.length && times[i] > 0) continue;
        const run = times.slice(from, i);
        const total = run.reduce((a, b) => a + b, 0);
        if (run.length >= 2 && (!best || total > best.times.reduce((a, b) => a + b, 0))) best = { from, times: run };
        from = i + 1;
      }
    }
    if (!best) continue;
    const items = q.items.slice(best.from, best.from + best.times.length);
    const line = items[0].stmt.span.line;
    const endLine = items[items.length - 1].stmt.span.endLine;
    const total = best.times.reduce((a, b) => a + b, 0);
    const longest = Math.max(...best.times);
    const f = fnLabel(q.fn.name);
    const sum = best.times.map(secs).join(' + ');
    const sumKo = best.times.map(secsKo).join(' + ');
    out.push({
      kind: 'sequential-awaits',
      line,
      endLine,
      message: {
        en: `the ${items.length} awaits on lines ${line}–${endLine} in ${f} wait one after another, though none uses another's result; run them together with asyncio.gather or a TaskGroup`,
        ko: `${f}의 ${line}–${endLine}번 줄에 있는 await ${num(items.length)}개는 서로의 결과를 쓰지 않는데도 하나씩 차례로 기다립니다. asyncio.gather나 TaskGroup으로 함께 실행하세요.`,
      },
      cost: {
        en: `they took ${sum} = ${secs(total)} in turn; overlapped, they would take about ${secs(longest)}, the longest`,
        ko: `차례로 ${sumKo} = ${secsKo(total)}가 걸렸습니다. 겹쳐 실행하면 가장 긴 ${secsKo(longest)} 정도입니다`,
      },
      figures: { sequentialSeconds: total, longestSeconds: longest, awaits: items.length },
    });
  }
  return out;
}
