/**
 * `blocking-call`: a call that freezes the event loop inside an `async def`. `time.sleep(x)`
 * becomes `await asyncio.sleep(x)`; a `requests` call, or any other blocking call made as a
 * statement (`crunch(data)`), runs in a thread: `await asyncio.to_thread(f, args)`. A line in a
 * plain function moves the one call of that function from a coroutine into a thread.
 */
import type { SyntaxNode } from '@lezer/common';
import type { Finding } from '../types';
import type { Rewrite } from './types';
import {
  Program,
  argsText,
  asyncFunctionOf,
  callParts,
  children,
  enclosingFunction,
  findAll,
  isAsyncDef,
  rewritten,
  sameNode,
  type Edit,
} from './syntax';

/** The names `time.sleep` goes by in the program. */
function sleepNames(p: Program): string[] {
  const names = ['time.sleep'];
  const from = /^from\s+time\s+import\s+(.*)$/gm;
  for (const m of p.src.matchAll(from))
    for (const part of m[1].replace(/[()]/g, '').split(',')) {
      const [name, alias] = part.trim().split(/\s+as\s+/);
      if (name === 'sleep') names.push(alias ?? name);
    }
  return names;
}

/** The call a statement makes as its whole value (`f(x)` or `y = f(x)`), if any. */
function statementCall(s: SyntaxNode): SyntaxNode | null {
  if (s.name === 'ExpressionStatement' && s.firstChild?.name === 'CallExpression' && children(s).length === 1)
    return s.firstChild;
  if (s.name === 'AssignStatement') {
    const ops = s.getChildren('AssignOp');
    const value = s.lastChild;
    if (ops.length === 1 && value?.name === 'CallExpression' && value.prevSibling?.name === 'AssignOp') return value;
  }
  return null;
}

function rewrite(source: string, finding: Finding): string | null {
  const p = Program.read(source);
  if (!p) return null;
  const statements = p.statementsOn(finding.line);
  if (statements.length === 0) return null;
  const sleeps = sleepNames(p);
  const onLine = (n: SyntaxNode) => p.lineOf(n.from) === finding.line;
  // time.sleep(...) anywhere in the line's statement, in the coroutine's own code.
  const sleepCalls = findAll(statements[0], (n) => {
    const parts = n.name === 'CallExpression' ? callParts(p, n) : null;
    return parts !== null && sleeps.includes(parts.callee) && onLine(n) && asyncFunctionOf(n) !== null;
  });
  if (sleepCalls.length === 1) {
    const call = sleepCalls[0];
    const args = argsText(p, callParts(p, call)!.args);
    return rewritten(source, [inPlace(call, `await asyncio.sleep(${args})`)], true);
  }
  if (sleepCalls.length > 1) return null;
  // A network call in the coroutine's own code (`requests.get(url).json()`), run in a thread.
  const requests = findAll(statements[0], (n) => {
    const parts = n.name === 'CallExpression' ? callParts(p, n) : null;
    return parts !== null && NETWORK.test(parts.callee) && onLine(n) && asyncFunctionOf(n) !== null;
  });
  if (requests.length > 1) return null;
  // Else the statement's own call; when the line is in a plain function, the one statement of a
  // coroutine that calls that function.
  const s = statements[statements.length - 1];
  const own = statementCall(s);
  const call = requests[0] ?? (own && asyncFunctionOf(own) ? own : callerOf(p, s));
  if (!call) return null;
  const { callee, args } = callParts(p, call)!;
  if (/^asyncio\./.test(callee) || call.parent?.name === 'AwaitExpression') return null;
  const inner = argsText(p, args).trim();
  return rewritten(source, [inPlace(call, `await asyncio.to_thread(${callee}${inner ? `, ${inner}` : ''})`)], true);
}

/** The blocking network calls of `requests` and `urllib`. */
const NETWORK = /^(requests\.\w+|(urllib\.request\.)?urlopen)$/;

/** Replaces a call by an await; parenthesised when something reads from the call's value (`.json()`, `[0]`). */
function inPlace(call: SyntaxNode, text: string): Edit {
  const parent = call.parent;
  const trailer =
    parent !== null &&
    /^(MemberExpression|SubscriptExpression|CallExpression)$/.test(parent.name) &&
    parent.firstChild !== null &&
    sameNode(parent.firstChild, call);
  return { from: call.from, to: call.to, text: trailer ? `(${text})` : text };
}

/**
 * For a statement in a plain function `f`: the one call `f(...)` that a coroutine makes as a
 * statement of its own (null when coroutines call `f` in no such place, or in several).
 */
function callerOf(p: Program, s: SyntaxNode): SyntaxNode | null {
  const fn = enclosingFunction(s);
  const name = fn?.getChild('VariableName');
  if (!fn || isAsyncDef(fn) || !name || fn.parent?.name !== 'Script') return null;
  const calls = findAll(p.tree.topNode, (n) => {
    const parts = n.name === 'CallExpression' ? callParts(p, n) : null;
    return parts?.callee === p.text(name) && asyncFunctionOf(n) !== null;
  });
  if (calls.length !== 1) return null;
  const statement = calls[0].parent;
  return statement && statementCall(statement) ? calls[0] : null;
}

export const blockingCall: Rewrite = {
  title: {
    en: 'Wait without freezing the loop: asyncio.sleep, or the blocking call in a thread (asyncio.to_thread)',
    ko: '루프를 멈추지 않고 기다리기: asyncio.sleep, 또는 블로킹 호출을 스레드에서 (asyncio.to_thread)',
  },
  rewrite,
};
