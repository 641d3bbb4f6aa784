/**
 * Lowering: Python snippets → IR shape (span-free s-expressions, see sexpr.ts).
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../../../src/lib/parse';
import { dump, dumpExpr } from './sexpr';

describe('expressions', () => {
  const cases: [string, string][] = [
    ['x', 'x'],
    ['a if b else c', '(IfExp b a c)'.replace('(IfExp b a c)', '(IfExp a b c)')],
    ['a < b < c > d', '(Compare a ["<" "<" ">"] [b c d])'],
    ['(a < b) < c', '(Compare (Compare a ["<"] [b]) ["<"] [c])'],
    ['not a in b', '(UnaryOp "not" (Compare a ["in"] [b]))'],
    ['a not in b', '(Compare a ["not in"] [b])'],
    ['a is not b', '(Compare a ["is not"] [b])'],
    ['a is b == c', '(Compare a ["is" "=="] [b c])'],
    ['a and b and (c and d) or e', '(BoolOp "or" [(BoolOp "and" [a b (BoolOp "and" [c d])]) e])'],
    ['a or b or c', '(BoolOp "or" [a b c])'],
    ['not not a', '(UnaryOp "not" (UnaryOp "not" a))'],
    ['-2 ** -1', '(UnaryOp "-" (BinOp "**" 2 (UnaryOp "-" 1)))'],
    ['2 ** 3 ** 4', '(BinOp "**" 2 (BinOp "**" 3 4))'],
    ['a - b - c', '(BinOp "-" (BinOp "-" a b) c)'],
    ['a + b * c @ d // e % f', '(BinOp "+" a (BinOp "%" (BinOp "//" (BinOp "@" (BinOp "*" b c) d) e) f))'],
    ['a | b ^ c & d << e >> f', '(BinOp "|" a (BinOp "^" b (BinOp "&" c (BinOp ">>" (BinOp "<<" d e) f))))'],
    ['~a + +b', '(BinOp "+" (UnaryOp "~" a) (UnaryOp "+" b))'],
    ['a.b.c', '(Attribute (Attribute a "b") "c")'],
    ['a[1:2, ::3]', '(Subscript a (Tuple [(Slice 1 2 _) (Slice _ _ 3)]))'],
    ['a[::2]', '(Subscript a (Slice _ _ 2))'],
    ['a[:]', '(Subscript a (Slice _ _ _))'],
    ['a[1:]', '(Subscript a (Slice 1 _ _))'],
    ['a[:-1]', '(Subscript a (Slice _ (UnaryOp "-" 1) _))'],
    ['a[x:=1]', '(Subscript a (NamedExpr x 1))'],
    ['a[()]', '(Subscript a (Tuple []))'],
    ['a[1,]', '(Subscript a (Tuple [1]))'],
    ['a[1, 2]', '(Subscript a (Tuple [1 2]))'],
    ['a[b][c]', '(Subscript (Subscript a b) c)'],
    ['f()', '(Call f [])'],
    ['f(a, *b, c=1, **d)', '(Call f [a (* b) (kw c 1) (** d)])'],
    ['f(a)(b)', '(Call (Call f [a]) [b])'],
    [
      'f(x for x in y if x if z for w in x)',
      '(Call f [(GeneratorExp x [{target=x iter=y ifs=[x z] isAsync=False} {target=w iter=x ifs=[] isAsync=False}])])',
    ],
    ['f(x for k, v in items)', '(Call f [(GeneratorExp x [{target=(Tuple [k v]) iter=items ifs=[] isAsync=False}])])'],
    ['print(x := 1, y)', '(Call print [(NamedExpr x 1) y])'],
    ['(x := 5)', '(NamedExpr x 5)'],
    ['lambda: 0', '(Lambda (params) 0)'],
    ['lambda a, b=1, *c, d, e=2, **f: a', '(Lambda (params a b=1 *c d e=2 **f) a)'],
    ['lambda *, k: k', '(Lambda (params * k) k)'],
    ['lambda x: x if x else -x', '(Lambda (params x) (IfExp x x (UnaryOp "-" x)))'],
    ['{x for x in y}', '(SetComp x [{target=x iter=y ifs=[] isAsync=False}])'],
    ['(x for x in y)', '(GeneratorExp x [{target=x iter=y ifs=[] isAsync=False}])'],
    [
      '{k: v for k, v in d.items()}',
      '(DictComp k v [{target=(Tuple [k v]) iter=(Call (Attribute d "items") []) ifs=[] isAsync=False}])',
    ],
    [
      '[(a, b) for a in x for b in y]',
      '(ListComp (Tuple [a b]) [{target=a iter=x ifs=[] isAsync=False} {target=b iter=y ifs=[] isAsync=False}])',
    ],
    ['[1, *a, 2]', '(List [1 (Starred a) 2])'],
    ['[]', '(List [])'],
    ['{**a, "b": 1}', '(Dict [_ "b"] [a 1])'],
    ['{}', '(Dict [] [])'],
    ['{*a, 1}', '(Set [(Starred a) 1])'],
    ['(1,)', '(Tuple [1])'],
    ['()', '(Tuple [])'],
    ['(1)', '1'],
    ['((a, b), c)', '(Tuple [(Tuple [a b]) c])'],
    ['...', '...'],
    ['None', 'None'],
    ['True, False', '(Tuple [True False])'],
    ['a if b else c if d else e', '(IfExp a b (IfExp c d e))'],
  ];
  for (const [src, expected] of cases) {
    it(src, () => expect(dumpExpr(src)).toBe(expected));
  }
});

describe('await precedence', () => {
  // `await` binds tighter than every binary operator (Python's `await_primary`).
  const wrap = (body: string) =>
    dump(`async def f():\n    ${body}\n`).replace(
      /^\(FunctionDef "f" \(params\) \[(.*)\] \[\] _ :isAsync defLine=1 _\)$/,
      '$1',
    );
  it('await x + 1', () => expect(wrap('await x + 1')).toBe('(Expr (BinOp "+" (Await x) 1))'));
  it('await x ** 2', () => expect(wrap('await x ** 2')).toBe('(Expr (BinOp "**" (Await x) 2))'));
  it('await a + b * c', () => expect(wrap('await a + b * c')).toBe('(Expr (BinOp "+" (Await a) (BinOp "*" b c)))'));
  it('await a.b(c)[d]', () =>
    expect(wrap('await a.b(c)[d]')).toBe('(Expr (Await (Subscript (Call (Attribute a "b") [c]) d)))'));
  it('await f() + await g()', () =>
    expect(wrap('x = await f() + await g()')).toBe('(Assign [x] (BinOp "+" (Await (Call f [])) (Await (Call g []))))'));
  it('-await x', () => expect(wrap('-await x')).toBe('(Expr (UnaryOp "-" (Await x)))'));
  it('await (a + b)', () => expect(wrap('await (a + b)')).toBe('(Expr (Await (BinOp "+" a b)))'));
  it('not await x', () => expect(wrap('not await x')).toBe('(Expr (UnaryOp "not" (Await x)))'));
  it('await x == y', () => expect(wrap('await x == y')).toBe('(Expr (Compare (Await x) ["=="] [y]))'));
});

describe('statements', () => {
  const cases: [string, string][] = [
    ['x = 1', '(Assign [x] 1)'],
    ['x = y = 1', '(Assign [x y] 1)'],
    ['*a, (b, *c) = d = e', '(Assign [(Tuple [(Starred a) (Tuple [b (Starred c)])]) d] e)'],
    ['[a, b] = c', '(Assign [(List [a b])] c)'],
    ['a.b, c[0] = 1, 2', '(Assign [(Tuple [(Attribute a "b") (Subscript c 0)])] (Tuple [1 2]))'],
    ['x = 1,', '(Assign [x] (Tuple [1]))'],
    ['x: int = 5', '(AnnAssign x int 5)'],
    ['x: list[int]', '(AnnAssign x (Subscript list int) _)'],
    ['self.x: int = 0', '(AnnAssign (Attribute self "x") int 0)'],
    ['x += 1', '(AugAssign x "+" 1)'],
    ['x //= 2', '(AugAssign x "//" 2)'],
    ['x **= 2', '(AugAssign x "**" 2)'],
    ['x >>= a, b', '(AugAssign x ">>" (Tuple [a b]))'],
    ['del a, b[0], (c, d)', '(Delete [a (Subscript b 0) (Tuple [c d])])'],
    ['pass', '(Pass)'],
    ['global a, b', '(Global ["a" "b"])'],
    ['raise', '(Raise _ _)'],
    ['raise E', '(Raise E _)'],
    ['raise E from None', '(Raise E None)'],
    ['assert x', '(Assert x _)'],
    ['assert x, "msg"', '(Assert x "msg")'],
    ['import a.b as c, d', '(Import [{name="a.b" asname="c"} {name="d" asname=_}])'],
    ['from ..a.b import (c as d, e)', '(ImportFrom "a.b" level=2 [{name="c" asname="d"} {name="e" asname=_}])'],
    ['from . import x', '(ImportFrom "" level=1 [{name="x" asname=_}])'],
    ['from ... import y', '(ImportFrom "" level=3 [{name="y" asname=_}])'],
    ['from .... import y', '(ImportFrom "" level=4 [{name="y" asname=_}])'],
    ['from m import *', '(ImportFrom "m" level=0 [{name="*" asname=_}])'],
    ['a = 1; b = 2;', '(Assign [a] 1)\n(Assign [b] 2)'],
    [
      'if a:\n  pass\nelif b:\n  x\nelif c:\n  y\nelse:\n  z',
      '(If a [(Pass)] [(If b [(Expr x)] [(If c [(Expr y)] [(Expr z)])])])',
    ],
    ['if a: b; c', '(If a [(Expr b) (Expr c)] [])'],
    ['while x:\n  break\nelse:\n  pass', '(While x [(Break)] [(Pass)])'],
    ['while (n := n - 1) > 0: continue', '(While (Compare (NamedExpr n (BinOp "-" n 1)) [">"] [0]) [(Continue)] [])'],
    ['for a, *b in c:\n  pass\nelse:\n  pass', '(For (Tuple [a (Starred b)]) c [(Pass)] [(Pass)])'],
    ['for x in 1, 2: pass', '(For x (Tuple [1 2]) [(Pass)] [])'],
    ['with a as b, c:\n  pass', '(With [{context=a target=b} {context=c target=_}] [(Pass)])'],
    [
      'with (open(a) as f, open(b) as g,):\n  pass',
      '(With [{context=(Call open [a]) target=f} {context=(Call open [b]) target=g}] [(Pass)])',
    ],
    [
      'with (\n    open(a) as f,  # first\n    open(b) as g\n):\n  pass',
      '(With [{context=(Call open [a]) target=f} {context=(Call open [b]) target=g}] [(Pass)])',
    ],
    ['with (a, b):\n  pass', '(With [{context=a target=_} {context=b target=_}] [(Pass)])'],
    ['with (a, b) as c:\n  pass', '(With [{context=(Tuple [a b]) target=c}] [(Pass)])'],
    ['with (a):\n  pass', '(With [{context=a target=_}] [(Pass)])'],
    [
      'with a as (b, c), d as e.f, g as h[0]:\n  pass',
      '(With [{context=a target=(Tuple [b c])} {context=d target=(Attribute e "f")} {context=g target=(Subscript h 0)}] [(Pass)])',
    ],
    [
      'try:\n  pass\nexcept* (A, B) as e:\n  pass\nexcept* C:\n  pass\nelse:\n  pass\nfinally:\n  pass',
      '(Try [(Pass)] [{type=(Tuple [A B]) name="e" body=[(Pass)]} {type=C name=_ body=[(Pass)]}] [(Pass)] [(Pass)] :isStar)',
    ],
    [
      'try:\n  pass\nexcept ValueError:\n  pass\nexcept:\n  pass',
      '(Try [(Pass)] [{type=ValueError name=_ body=[(Pass)]} {type=_ name=_ body=[(Pass)]}] [] [])',
    ],
    ['try:\n  pass\nfinally:\n  pass', '(Try [(Pass)] [] [] [(Pass)])'],
  ];
  for (const [src, expected] of cases) {
    it(JSON.stringify(src), () => expect(dump(src)).toBe(expected));
  }
});

describe('functions and classes', () => {
  it('async def with every parameter kind', () => {
    expect(dump('async def f(a, b=1, /, c: int = 2, *args, d, e=3, **kw) -> str:\n    await g()\n')).toBe(
      '(FunctionDef "f" (params a b=1 / c:int=2 *args d e=3 **kw) [(Expr (Await (Call g [])))] [] str :isAsync defLine=1 _)',
    );
  });
  it('positional-only with a comment', () => {
    expect(dump('def f(a, # c\n      /, b): pass')).toBe('(FunctionDef "f" (params a / b) [(Pass)] [] _ defLine=1 _)');
  });
  it('bare * and kw-only', () => {
    expect(dump('def f(*, a, b=1): pass')).toBe('(FunctionDef "f" (params * a b=1) [(Pass)] [] _ defLine=1 _)');
  });
  it('decorators of every form, defLine is the def line, docstring as written (interp/docstrings.ts cleans it for 3.13)', () => {
    const src =
      '@a.b(c)\n@d\n@e[0]\n@(lambda f: f)\n@x := y\nasync def f():\n    """  Doc.\n\n      more\n    """\n    yield 1\n';
    expect(dump(src)).toBe(
      '(FunctionDef "f" (params) [(Expr "  Doc.\\n\\n      more\\n    ") (Expr (Yield 1))] [(Call (Attribute a "b") [c]) d (Subscript e 0) (Lambda (params f) f) (NamedExpr x y)] _ :isAsync :isGenerator defLine=6 "  Doc.\\n\\n      more\\n    ")',
    );
  });
  it('class with bases, keywords, docstring', () => {
    expect(dump('class A(B, C, metaclass=M):\n  "doc"\n  x = 1\n  def m(self): return super().m()')).toBe(
      '(ClassDef "A" [B C] [{name="metaclass" value=M}] [(Expr "doc") (Assign [x] 1) (FunctionDef "m" (params self) [(Return (Call (Attribute (Call super []) "m") []))] [] _ defLine=4 _)] [] "doc")',
    );
  });
  it('decorated class', () => {
    expect(dump('@dataclass\nclass A:\n  x: int')).toBe('(ClassDef "A" [] [] [(AnnAssign x int _)] [dataclass] _)');
  });
  it('class A(): and tab-indented docstring', () => {
    expect(dump('class A():\n\t"""x\n\t  y\n\t z"""')).toBe(
      '(ClassDef "A" [] [] [(Expr "x\\n\\t  y\\n\\t z")] [] "x\\n\\t  y\\n\\t z")',
    );
  });
  it('isGenerator ignores nested functions and lambdas', () => {
    expect(dump('def g():\n  def h():\n    yield\n  return h')).toBe(
      '(FunctionDef "g" (params) [(FunctionDef "h" (params) [(Expr (Yield _))] [] _ :isGenerator defLine=2 _) (Return h)] [] _ defLine=1 _)',
    );
    expect(dump('def g():\n  x = lambda: (yield)\n  return 1')).toBe(
      // the lambda is the generator function (it yields), not g
      '(FunctionDef "g" (params) [(Assign [x] (Lambda (params) (Yield _) :isGenerator)) (Return 1)] [] _ defLine=1 _)',
    );
  });
  it('generators: bare yield, yield value, yield from, (yield)', () => {
    expect(
      dump('def g():\n  yield\n  x = yield\n  y = (yield)\n  z = yield a, b\n  yield from h()\n  w = yield from h()'),
    ).toBe(
      '(FunctionDef "g" (params) [(Expr (Yield _)) (Assign [x] (Yield _)) (Assign [y] (Yield _)) (Assign [z] (Yield (Tuple [a b]))) (Expr (YieldFrom (Call h []))) (Assign [w] (YieldFrom (Call h [])))] [] _ :isGenerator defLine=1 _)',
    );
  });
  it('return forms', () => {
    expect(dump('def f():\n  return\n  return 1\n  return *a, b')).toBe(
      '(FunctionDef "f" (params) [(Return _) (Return 1) (Return (Tuple [(Starred a) b]))] [] _ defLine=1 _)',
    );
  });
  it('global and nonlocal', () => {
    expect(dump('def f():\n  x = 1\n  def g():\n    nonlocal x\n    global y\n    x = y')).toBe(
      '(FunctionDef "f" (params) [(Assign [x] 1) (FunctionDef "g" (params) [(Nonlocal ["x"]) (Global ["y"]) (Assign [x] y)] [] _ defLine=3 _)] [] _ defLine=1 _)',
    );
  });
  it('async for / async with / async comprehension inside async def', () => {
    expect(
      dump(
        'async def f():\n  async for x in y:\n    await x\n  async with a as b, c:\n    pass\n  return [i async for i in g() if await i]',
      ),
    ).toBe(
      '(FunctionDef "f" (params) [(For x y [(Expr (Await x))] [] :isAsync) (With [{context=a target=b} {context=c target=_}] [(Pass)] :isAsync) (Return (ListComp i [{target=i iter=(Call g []) ifs=[(Await i)] isAsync=True}]))] [] _ :isAsync defLine=1 _)',
    );
  });
});

describe('match', () => {
  const m = (pattern: string) => {
    const out = dump(`match p:\n    case ${pattern}:\n        pass\n`);
    return out.replace(/^\(Match p \[\{pattern=(.*) guard=_ body=\[\(Pass\)\]\}\]\)$/, '$1');
  };
  const cases: [string, string][] = [
    ['1', '(MatchValue 1)'],
    ['-1', '(MatchValue (UnaryOp "-" 1))'],
    ['-1+2j', '(MatchValue (BinOp "+" (UnaryOp "-" 1) 2.0j))'],
    ['"s"', '(MatchValue "s")'],
    ['None', '(MatchSingleton _)'],
    ['True', '(MatchSingleton True)'],
    ['False', '(MatchSingleton False)'],
    ['x', '(MatchAs _ "x")'],
    ['_', '(MatchAs _ _)'],
    ['a.b.c', '(MatchValue (Attribute (Attribute a "b") "c"))'],
    ['1 | 2 as y', '(MatchAs (MatchOr [(MatchValue 1) (MatchValue 2)]) "y")'],
    ['(1 | 2) as y', '(MatchAs (MatchOr [(MatchValue 1) (MatchValue 2)]) "y")'],
    ['[a, *rest]', '(MatchSequence [(MatchAs _ "a") (MatchStar "rest")])'],
    ['[*_, _]', '(MatchSequence [(MatchStar _) (MatchAs _ _)])'],
    ['(a, b)', '(MatchSequence [(MatchAs _ "a") (MatchAs _ "b")])'],
    ['(a,)', '(MatchSequence [(MatchAs _ "a")])'],
    ['(a)', '(MatchAs _ "a")'],
    ['1, 2', '(MatchSequence [(MatchValue 1) (MatchValue 2)])'],
    ['[]', '(MatchSequence [])'],
    ['()', '(MatchSequence [])'],
    ['{}', '(MatchMapping [] [] _)'],
    ['{"k": v, **kw}', '(MatchMapping ["k"] [(MatchAs _ "v")] "kw")'],
    ['{1: [x], "b": _}', '(MatchMapping [1 "b"] [(MatchSequence [(MatchAs _ "x")]) (MatchAs _ _)] _)'],
    ['Point(1, x=0, y=_)', '(MatchClass Point [(MatchValue 1)] ["x" "y"] [(MatchValue 0) (MatchAs _ _)])'],
    ['C()', '(MatchClass C [] [] [])'],
    [
      'ast.Return(value=ast.Call())',
      '(MatchClass (Attribute ast "Return") [] ["value"] [(MatchClass (Attribute ast "Call") [] [] [])])',
    ],
    [
      '[] | () | {} | C()',
      '(MatchOr [(MatchSequence []) (MatchSequence []) (MatchMapping [] [] _) (MatchClass C [] [] [])])',
    ],
    ['str() as s', '(MatchAs (MatchClass str [] [] []) "s")'],
  ];
  for (const [pattern, expected] of cases) {
    it(pattern, () => expect(m(pattern)).toBe(expected));
  }
  it('guards and several cases', () => {
    expect(dump('match cmd.split():\n  case [x] if x > 0:\n    pass\n  case _:\n    pass')).toBe(
      '(Match (Call (Attribute cmd "split") []) [{pattern=(MatchSequence [(MatchAs _ "x")]) guard=(Compare x [">"] [0]) body=[(Pass)]} {pattern=(MatchAs _ _) guard=_ body=[(Pass)]}])',
    );
  });
  it('match and case stay usable as names', () => {
    expect(dump('match = 1\ncase = match\nmatch(case)')).toBe(
      '(Assign [match] 1)\n(Assign [case] match)\n(Expr (Call match [case]))',
    );
  });
});

describe('names and odd corners', () => {
  it('print is an ordinary name', () => {
    expect(dump('print = log\nprint("x")\nprint\nprint, x')).toBe(
      '(Assign [print] log)\n(Expr (Call print ["x"]))\n(Expr print)\n(Expr (Tuple [print x]))',
    );
  });
  it('identifiers are NFKC-normalized', () => {
    expect(dump('ﬁx = 1\nété = 2')).toBe('(Assign [fix] 1)\n(Assign [été] 2)');
  });
  it('line continuation and comments', () => {
    expect(dump('x = 1 + \\\n    2  # comment\n# another\ny = (3 +  # inside\n     4)')).toBe(
      '(Assign [x] (BinOp "+" 1 2))\n(Assign [y] (BinOp "+" 3 4))',
    );
  });
  it('CRLF line endings', () => {
    expect(dump('if x:\r\n    y = 1\r\nz = 2\r\n')).toBe('(If x [(Assign [y] 1)] [])\n(Assign [z] 2)');
  });
  it('empty and blank sources', () => {
    expect(dump('')).toBe('');
    expect(dump('\n\n   \n# only a comment\n')).toBe('');
  });
  it('tabs for indentation', () => {
    expect(dump('if x:\n\ty = 1\n\tif y:\n\t\tz = 2\n')).toBe('(If x [(Assign [y] 1) (If y [(Assign [z] 2)] [])] [])');
  });
});

describe('module', () => {
  it('lines and directives', () => {
    const r = parse('# sim: latency http://example.com 1.5\nimport asyncio\n#sim:latency https://a.b/c .25\n');
    expect(r.diagnostics).toEqual([]);
    expect(r.module.lines).toEqual([
      '# sim: latency http://example.com 1.5',
      'import asyncio',
      '#sim:latency https://a.b/c .25',
    ]);
    expect(r.module.directives).toEqual([
      { kind: 'latency', prefix: 'http://example.com', seconds: 1.5, line: 1 },
      { kind: 'latency', prefix: 'https://a.b/c', seconds: 0.25, line: 3 },
    ]);
  });
  it('a malformed directive is reported, not ignored', () => {
    const r = parse('x = 1\n# sim: latency http://x\n');
    expect(r.module.directives).toEqual([]);
    expect(r.diagnostics.map((d) => [d.kind, d.span.line])).toEqual([['Unsupported', 2]]);
  });
  it('lines without a trailing newline', () => {
    expect(parse('a\nb').module.lines).toEqual(['a', 'b']);
    expect(parse('').module.lines).toEqual([]);
  });
});
