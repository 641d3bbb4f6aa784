# Property vectors for csv: seeded random dialects (every quoting style the version has, escape and quote
# characters, doublequote, skipinitialspace, line terminators, strict) and random rows written by
# csv.writer, read back by csv.reader, and random text read directly; CPython's output is the truth.
import csv
import io
import random

random.seed(305)
CHARS = [',', '"', "'", '\\', ' ', '\n', '\r', '\t', ';', 'a', 'b', '1', '2', '.', '-', 'e', '|', '\x00']


def rand_text(n):
    return ''.join(random.choice(CHARS) for _ in range(random.randint(0, n)))


def rand_dialect():
    kw = {}
    if random.random() < 0.5:
        kw['delimiter'] = random.choice([',', ';', '\t', '|', ' ', 'a'])
    if random.random() < 0.4:
        kw['quotechar'] = random.choice(['"', "'", '|', None, ' '])
    if random.random() < 0.4:
        kw['escapechar'] = random.choice(['\\', None, '|', '"'])
    if random.random() < 0.3:
        kw['doublequote'] = random.random() < 0.5
    if random.random() < 0.3:
        kw['skipinitialspace'] = random.random() < 0.5
    if random.random() < 0.3:
        kw['lineterminator'] = random.choice(['\n', '\r\n', '\r', '!', ''])
    if random.random() < 0.5:
        kw['quoting'] = random.choice([0, 1, 2, 3, 4, 5])
    if random.random() < 0.3:
        kw['strict'] = random.random() < 0.5
    return kw


def rand_field():
    k = random.random()
    if k < 0.1:
        return None
    if k < 0.2:
        return random.randint(-50, 50)
    if k < 0.27:
        return random.choice([1.5, -0.25, 1e20, 3.0])
    return rand_text(6)


def show(f):
    try:
        return repr(f())
    except Exception as e:
        return f'{type(e).__name__}: {e}'


for i in range(250):
    kw = rand_dialect()
    rows = [[rand_field() for _ in range(random.randint(0, 4))] for _ in range(random.randint(1, 3))]
    out = io.StringIO()

    def write():
        w = csv.writer(out, **kw)
        return [w.writerow(r) for r in rows]
    print(i, kw, rows)
    print('  w', show(write), repr(out.getvalue()))
    text = out.getvalue()

    def read(src):
        r = csv.reader(src, **kw)
        got = []
        try:
            for row in r:
                got.append(row)
        except Exception as e:
            got.append(f'{type(e).__name__}: {e} @{r.line_num}')
        return got
    print('  r', show(lambda: read(io.StringIO(text, newline=''))))
    junk = rand_text(14)
    print('  j', repr(junk), show(lambda: read(junk.splitlines(keepends=True))))
