/**
 * `sequential-awaits`: consecutive statements of one coroutine, each awaiting a call of the
 * program's own async function (the same one each time), none using a name an earlier one bound, and each measured in the
 * run to wait (virtual time passed while the coroutine stood at that await). Such awaits could
 * overlap. Conservative: any other statement between them ends the sequence, as does an await
 * whose call reads an earlier result, or a callee that declares `global` or `nonlocal`.
 */
import type { Await, Call, Expr, For, FunctionDef, Stmt } from '../ir/types';
import type { FrameView } from '../trace/types';
import type { Finding } from './types';
import type { Seen } from './seen';
import { calleeName, dottedName, eachBlock, eachExpr, eachStmt, fnLabel, namesIn, stmtParts } from './program';
import { num, secs, secsKo } from './say';

interface Candidate {
  stmt: Stmt;
  call: Call;
  uses: Set<string>;
  binds: Set<string>;
}

/**
 * A sequence of independent awaits in one coroutine, as the program's text has it: consecutive
 * statements, or (`loop`) a for loop whose one statement awaits a call made from the loop's item.
 */
interface Sequence {
  fn: FunctionDef;
  items: Candidate[];
  loop?: For;
}

/** A clock read: a function that times itself reports something else once it overlaps another. */
const CLOCK = /(^|\.)(perf_counter|monotonic|time)(_ns)?$/;

/**
 * The async functions a sequence may await: the program's own, that share no state by
 * `global`/`nonlocal` and do not read the clock.
 */
function ownAsyncFunctions(seen: Seen): Set<string> {
  const ok = new Set<string>();
  const shares = new Set<string>();
  for (const f of seen.program.functions) {
    if (!f.isAsync || f.isGenerator) continue;
    ok.add(f.name);
    eachStmt(f.body, (s) => {
      if (s.type === 'Global' || s.type === 'Nonlocal') shares.add(f.name);
      for (const e of stmtParts(s).exprs)
        eachExpr(e, (x) => {
          const name = x.type === 'Call' ? dottedName(x.func) : null;
          if (name !== null && CLOCK.test(name)) shares.add(f.name);
        });
    });
  }
  for (const s of shares) ok.delete(s);
  return ok;
}

/** `results.append(await f(...))`. */
function isAppendOfAwait(e: Expr): e is Call {
  return (
    e.type === 'Call' &&
    e.func.type === 'Attribute' &&
    e.func.attr === 'append' &&
    e.func.value.type === 'Name' &&
    e.args.length === 1 &&
    e.args[0].kind === 'pos' &&
    e.args[0].value.type === 'Await'
  );
}

function candidate(s: Stmt, asyncFns: Set<string>): Candidate | null {
  let value: Await | null = null;
  const binds = new Set<string>();
  if (s.type === 'Expr' && s.value.type === 'Await') value = s.value;
  else if (s.type === 'Expr' && isAppendOfAwait(s.value)) {
    value = s.value.args[0].value as Await;
    namesIn(s.value.func, binds);
  } else if (s.type === 'Assign' && s.value.type === 'Await') {
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

/** The program's sequences: runs of two or more independent awaits, and loops of one await each. */
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
      const loop = s.type === 'For' ? loopOfAwaits(s, asyncFns) : null;
      if (loop) out.push({ fn, items: [loop], loop: s as For });
      const c = candidate(s, asyncFns);
      if (!c) {
        flush();
        continue;
      }
      // Another function may depend on what the earlier ones did (connect, then query): a new sequence.
      if ([...c.uses].some((n) => bound.has(n)) || (items.length && calleeName(items[0].call) !== calleeName(c.call)))
        flush();
      items.push(c);
      for (const b of c.binds) bound.add(b);
    }
    flush();
  });
  return out;
}

/**
 * A for loop (not async) whose only statement awaits a call made from the loop's item, which
 * reads nothing the statement binds (no `x = await step(x)`): its iterations could overlap.
 */
function loopOfAwaits(s: For, asyncFns: Set<string>): Candidate | null {
  if (s.isAsync || s.body.length !== 1 || s.orelse.length) return null;
  const c = candidate(s.body[0], asyncFns);
  if (!c || [...c.uses].some((n) => c.binds.has(n))) return null;
  const item = namesIn(s.target);
  return [...c.uses].some((n) => item.has(n)) ? c : null;
}

/** The function a frame runs: `brew` for `brew('tea', 2)`, `run` for `Worker.run()`. */
function frameFunction(f: FrameView): string {
  const open = f.call.indexOf('(');
  const head = open < 0 ? f.call : f.call.slice(0, open);
  return head.slice(head.lastIndexOf('.') + 1);
}

/** One stay of a frame at an await: its line and the virtual seconds it waited there. */
interface Visit {
  line: number;
  spent: number;
}

/**
 * The stays at awaits of every call of a watched function, in order, measured from the frames
 * recorded after each step: a stay ends when the frame moves to another line or awaits another
 * call (a new frame below it).
 */
function visitsOfFrames(seen: Seen, watched: Set<string>): Visit[][] {
  const { steps } = seen.ui.conformance;
  const details = seen.ui.details;
  const out: Visit[][] = [];
  interface Open {
    call: string;
    line: number;
    since: number;
    visits: Visit[] | null;
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
      // The frame below stays the same call (or there is none on either side).
      const below = old[d + 1]?.call === frames[d + 1]?.call;
      const stays = same && o.line === f.line && below;
      if (o && o.visits && !stays) o.visits.push({ line: o.line, spent: s.t - o.since });
      if (!f) continue;
      if (stays) next.push(o);
      else if (same) next.push({ call: f.call, line: f.line, since: s.t, visits: o.visits });
      else {
        const visits = watched.has(frameFunction(f)) ? [] : null;
        if (visits) out.push(visits);
        next.push({ call: f.call, line: f.line, since: s.t, visits });
      }
    }
    chains.set(s.task, next);
  });
  return out;
}

const within = (line: number, s: Stmt): boolean => line >= s.span.line && line <= s.span.endLine;

/** The longest stretch of visits that waited at the sequence's awaits in order (a loop's, again and again). */
function longestStretch(q: Sequence, frames: Visit[][]): { first: number; times: number[] } | null {
  let best: { first: number; times: number[]; total: number } | null = null;
  for (const visits of frames) {
    let first = -1;
    let times: number[] = [];
    let last = -1;
    const close = () => {
      const total = times.reduce((a, b) => a + b, 0);
      if (times.length >= 2 && (!best || total > best.total)) best = { first, times, total };
      times = [];
    };
    for (const v of visits) {
      const i = q.items.findIndex((c) => within(v.line, c.stmt));
      const follows = i >= 0 && v.spent > 0 && times.length > 0 && (q.loop ? i === 0 : i === last + 1);
      if (!follows) {
        close();
        if (i >= 0 && v.spent > 0) {
          first = i;
          times = [v.spent];
        }
      } else times.push(v.spent);
      last = i;
    }
    close();
  }
  return best;
}

export function findSequentialAwaits(seen: Seen): Finding[] {
  const seqs = sequences(seen);
  if (!seqs.length) return [];
  const frames = visitsOfFrames(seen, new Set(seqs.map((q) => q.fn.name)));
  const out: Finding[] = [];
  for (const q of seqs) {
    const best = longestStretch(q, frames);
    if (!best) continue;
    const n = best.times.length;
    const first = q.loop ?? q.items[best.first].stmt;
    const lastStmt = q.loop ? q.items[0].stmt : q.items[best.first + n - 1].stmt;
    const line = first.span.line;
    const endLine = lastStmt.span.endLine;
    const total = best.times.reduce((a, b) => a + b, 0);
    const longest = Math.max(...best.times);
    const f = fnLabel(q.fn.name);
    const callee = fnLabel(calleeName(q.items[0].call) ?? '');
    const listed = n <= 4;
    const sum = listed ? `${best.times.map(secs).join(' + ')} = ${secs(total)}` : `${secs(total)} in all`;
    const sumKo = listed ? `${best.times.map(secsKo).join(' + ')} = ${secsKo(total)}` : `모두 ${secsKo(total)}`;
    out.push({
      kind: 'sequential-awaits',
      line,
      endLine,
      message: q.loop
        ? {
            en: `the loop on line ${line} in ${f} awaits ${callee} for one item at a time, though no item uses another's result; run them together with asyncio.gather or a TaskGroup`,
            ko: `${f}의 ${line}번 줄 반복문은 항목끼리 결과를 주고받지 않는데도 ${callee}를 한 항목씩 차례로 기다립니다. asyncio.gather나 TaskGroup으로 함께 실행하세요.`,
          }
        : {
            en: `the ${n} awaits on lines ${line}–${endLine} in ${f} wait one after another, though none uses another's result; run them together with asyncio.gather or a TaskGroup`,
            ko: `${f}의 ${line}–${endLine}번 줄에 있는 await ${num(n)}개는 서로의 결과를 쓰지 않는데도 하나씩 차례로 기다립니다. asyncio.gather나 TaskGroup으로 함께 실행하세요.`,
          },
      cost: {
        en: `${n} awaits took ${sum} in turn; overlapped, they would take about ${secs(longest)}, the longest`,
        ko: `await ${num(n)}개에 차례로 ${sumKo}가 걸렸습니다. 함께 실행하면 가장 긴 ${secsKo(longest)} 정도면 됩니다`,
      },
      figures: { sequentialSeconds: total, longestSeconds: longest, awaits: n },
    });
  }
  return out;
}
