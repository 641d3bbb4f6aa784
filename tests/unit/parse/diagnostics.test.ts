/**
 * Diagnostics: exact positions and wording for the common mistakes, CPython's rule for which
 * single error is reported, and 'Unsupported' for valid Python Loopline cannot run.
 * (The big CPython comparison lives in cpython-errors.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../../../src/lib/parse';
import { diags } from './sexpr';

describe('syntax errors learners hit', () => {
  const cases: [string, string[]][] = [
    ['if x\n    pass\n', ["1:4 SyntaxError: expected ':'"]],
    ['def f()\n    pass\n', ["1:7 SyntaxError: expected ':'"]],
    ['for i in range(3)\n    print(i)\n', ["1:17 SyntaxError: expected ':'"]],
    ['print("hi"\nx = 1\n', ["1:5 SyntaxError: '(' was never closed"]],
    ['x = [1, 2\n', ["1:4 SyntaxError: '[' was never closed"]],
    ['x = (1))\n', ["1:7 SyntaxError: unmatched ')'"]],
    ['x = (1]\n', ["1:6 SyntaxError: closing parenthesis ']' does not match opening parenthesis '('"]],
    ["s = 'abc\n", ['1:4 SyntaxError: unterminated string literal (detected at line 1)']],
    ['s = """abc\n\n', ['1:4 SyntaxError: unterminated triple-quoted string literal (detected at line 2)']],
    ['if x:\nprint(x)\n', ["2:0 IndentationError: expected an indented block after 'if' statement on line 1"]],
    ['def f():\n\n', ['2:0 IndentationError: expected an indented block after function definition on line 1']],
    [
      'class A:\n# nothing\nx = 1\n',
      ['3:0 IndentationError: expected an indented block after class definition on line 1'],
    ],
    [
      'try:\n    pass\nexcept ValueError:\nx = 1\n',
      ["4:0 IndentationError: expected an indented block after 'except' statement on line 3"],
    ],
    ['x = 1\n    y = 2\n', ['2:4 IndentationError: unexpected indent']],
    ['if x:\n    a = 1\n  b = 2\n', ['3:2 IndentationError: unindent does not match any outer indentation level']],
    ['if x:\n\ty = 1\n        z = 2\n', ['3:0 IndentationError: inconsistent use of tabs and spaces in indentation']],
    ['x = 1 +\n', ['1:7 SyntaxError: invalid syntax']],
    ['print(a b)\n', ['1:6 SyntaxError: invalid syntax. Perhaps you forgot a comma?']],
    ['print "hello"\n', ["1:0 SyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)?"]],
    ['if x = 1:\n    pass\n', ["1:3 SyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='?"]],
    ['x = 1 if y\n', ["1:4 SyntaxError: expected 'else' after 'if' expression"]],
    ['f() = 1\n', ["1:0 SyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='?"]],
    ['for 1 in x: pass\n', ['1:4 SyntaxError: cannot assign to literal']],
    ['f(a=1, b)\n', ['1:8 SyntaxError: positional argument follows keyword argument']],
    ['def f(a=1, b): pass\n', ['1:11 SyntaxError: parameter without a default follows parameter with a default']],
    ['x = 1\nelse:\n    pass\n', ['2:0 SyntaxError: invalid syntax']],
    ['x = 5 €\n', ["1:6 SyntaxError: invalid character '€' (U+20AC)"]],
    ['x = 1abc\n', ['1:4 SyntaxError: invalid decimal literal']],
    [
      'x = 012\n',
      [
        '1:4 SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers',
      ],
    ],
    // compile() of a str: CPython refuses a NUL anywhere, even after an earlier error.
    ['x = (\ny = "a\0b"\n', ['2:6 SyntaxError: source code string cannot contain null bytes']],
  ];
  for (const [src, expected] of cases) {
    it(JSON.stringify(src), () => expect(diags(src)).toEqual(expected));
  }
});

describe('which error CPython reports', () => {
  it('a later tokenizer error (unterminated string) replaces an earlier parser error', () => {
    expect(diags("x = = 1\ny = 'abc\n")).toEqual(['2:4 SyntaxError: unterminated string literal (detected at line 2)']);
  });
  it('an unclosed bracket replaces a parser error only on a later line', () => {
    expect(diags('x = (1,\ny = 2\n')).toEqual(["1:4 SyntaxError: '(' was never closed"]);
    expect(diags('class A(B:\n    pass\n')).toEqual(['1:9 SyntaxError: invalid syntax']);
  });
  it('a bad dedent after a parser error does not replace it', () => {
    expect(diags('x = = 1\nif x:\n    a\n  b\n')).toEqual(['1:4 SyntaxError: invalid syntax']);
  });
  it('symbol-table errors come before compiler errors', () => {
    expect(diags('x = 1\nawait y\nnonlocal z\n')).toEqual([
      '3:0 SyntaxError: nonlocal declaration not allowed at module level',
    ]);
  });
  it('only one syntax error is reported', () => {
    expect(diags('x = = 1\ny = = 2\nz = = 3\n')).toHaveLength(1);
  });
});

describe('compile-time errors', () => {
  const cases: [string, string][] = [
    ['await x\n', "1:0 SyntaxError: 'await' outside function"],
    ['def f():\n    await x\n', "2:4 SyntaxError: 'await' outside async function"],
    ['async def f():\n    def g():\n        await x\n', "3:8 SyntaxError: 'await' outside async function"],
    ['async def f():\n    lambda: await x\n', "2:12 SyntaxError: 'await' outside async function"],
    ['async def f():\n    class C:\n        await x\n', "3:8 SyntaxError: 'await' outside function"],
    ['return 1\n', "1:0 SyntaxError: 'return' outside function"],
    ['class C:\n    return 1\n', "2:4 SyntaxError: 'return' outside function"],
    ['yield 1\n', "1:0 SyntaxError: 'yield' outside function"],
    ['break\n', "1:0 SyntaxError: 'break' outside loop"],
    ['for x in y:\n    def f():\n        break\n', "3:8 SyntaxError: 'break' outside loop"],
    ['while x:\n    pass\nelse:\n    continue\n', "4:4 SyntaxError: 'continue' not properly in loop"],
    ['async with a:\n    pass\n', "1:0 SyntaxError: 'async with' outside async function"],
    ['def f():\n    async for a in b:\n        pass\n', "2:4 SyntaxError: 'async for' outside async function"],
    [
      'def f():\n    return [await x for x in y]\n',
      '2:11 SyntaxError: asynchronous comprehension outside of an asynchronous function',
    ],
    ['nonlocal x\n', '1:0 SyntaxError: nonlocal declaration not allowed at module level'],
    ['def f():\n    nonlocal x\n', "2:4 SyntaxError: no binding for nonlocal 'x' found"],
    ['def f():\n    print(x)\n    global x\n', "3:4 SyntaxError: name 'x' is used prior to global declaration"],
    ['def f():\n    x = 1\n    global x\n', "3:4 SyntaxError: name 'x' is assigned to before global declaration"],
    ['def f(a, a):\n    pass\n', "1:9 SyntaxError: duplicate argument 'a' in function definition"],
    ['async def f():\n    yield 1\n    return 2\n', "3:4 SyntaxError: 'return' with value in async generator"],
    ['x = *a\n', "1:4 SyntaxError: can't use starred expression here"],
    ['*a = b\n', '1:0 SyntaxError: starred assignment target must be in a list or tuple'],
    ['f(a=1, a=2)\n', '1:7 SyntaxError: keyword argument repeated: a'],
  ];
  for (const [src, expected] of cases) {
    it(JSON.stringify(src), () => expect(diags(src)).toEqual([expected]));
  }
  it('valid asyncio code has no diagnostics', () => {
    const src = [
      'import asyncio',
      '',
      'async def worker(name, q):',
      '    while True:',
      '        item = await q.get()',
      '        async with lock:',
      '            results = [await f(i) async for i in agen() if i]',
      '        q.task_done()',
      '',
      'async def main():',
      '    tasks = [asyncio.create_task(worker(f"w{i}", q)) for i in range(3)]',
      '    gen = (await t for t in tasks)',
      '    try:',
      '        async with asyncio.timeout(1):',
      '            await asyncio.gather(*tasks, return_exceptions=True)',
      '    except* TimeoutError as eg:',
      '        for e in eg.exceptions:',
      '            print(e)',
      '',
      'asyncio.run(main())',
    ].join('\n');
    expect(diags(src)).toEqual([]);
  });
});

describe('unsupported (valid Python Loopline cannot run)', () => {
  it('PEP 695: type alias statements, generic functions and classes are read', () => {
    expect(diags('type X = int\n')).toEqual([]);
    expect(diags('def f[T](x: T) -> T:\n    return x\n')).toEqual([]);
    expect(diags('class C[T: int, *Ts, **P = [int]]:\n    pass\n')).toEqual([]);
  });
  it("PEP 696: a TypeVarTuple's starred default", () => {
    expect(diags('def f[*Ts = *tuple[int]]():\n    pass\n')).toEqual([
      '1:12 Unsupported: A starred type parameter default (line 1) is valid Python, but Loopline cannot simulate it',
    ]);
  });
  it('unpacking in class bases and keywords', () => {
    expect(diags('class A(*bases, **kw):\n    pass\n')).toEqual([
      "1:9 Unsupported: Unpacking (*) in a class's bases (line 1) is valid Python, but Loopline cannot simulate it",
      "1:18 Unsupported: Unpacking (**) in a class's keywords (line 1) is valid Python, but Loopline cannot simulate it",
    ]);
  });
  it('star-unpacking in a subscript, with a slice too', () => {
    // `a[*b]`, `tuple[int, *Ts]` and, each starred item on its own, `a[1:2, *b]` are read (fixups.ts).
    expect(diags('x = a[*b]\ny = tuple[int, *Ts]\n')).toEqual([]);
    expect(diags('x = a[1:2, *b]\ndel a[::2, *b, *c]\n')).toEqual([]);
  });
  it('unknown \\N{} names and malformed directives', () => {
    expect(parse('x = "\\N{NOT A REAL NAME}"\n# sim: latency\n').diagnostics.map((d) => [d.kind, d.span.line])).toEqual(
      [
        ['Unsupported', 1],
        ['Unsupported', 2],
      ],
    );
  });
  it('never throws, even on an internal problem', () => {
    expect(() => parse('\u0000\uffff\ud800')).not.toThrow();
  });
});
