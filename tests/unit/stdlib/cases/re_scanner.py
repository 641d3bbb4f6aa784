# re.Scanner (a lexer from pattern/action pairs) and Pattern.scanner's match/search that go on.
import re
scanner = re.Scanner([
    (r'[a-zA-Z_]\w*', lambda s, t: ('ID', t)),
    (r'\d+(?:\.\d+)?', lambda s, t: ('NUM', float(t) if '.' in t else int(t))),
    (r'[-+*/=()]', lambda s, t: ('OP', t)),
    (r'\s+', None),
])
print(scanner.scan('x = 3.5 * (y + 42) ?rest'))
print(re.Scanner([('a', 'A'), ('', 'E')]).scan('aab'))
p = re.compile(r'\d*')
sc = p.scanner('12a3')
print(type(sc).__name__, sc.pattern is p, [sc.search() for _ in range(6)])
sc = p.scanner('12a3')
print([sc.match() for _ in range(3)])
