# Property vectors for csv: seeded random tables (fields with delimiters, quotes, escapes, line ends,
# non-ASCII and astral characters, numbers and None) written with a random dialect and each quoting
# style the version has, read back by reader and DictReader (line_num after each record), and the
# written text cut or damaged and read again with strict on and off; CPython's output is the truth.
import csv
import io
import random
import sys

random.seed(9090)
PIECES = ['a', 'b c', ',', ';', '"', "'", '\\', '\n', '\r\n', '\t', ' ', 'é', '\U0001f600', '中', '1', '-2.5']
STYLES = [csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE]
if sys.version_info >= (3, 12):
    STYLES += [csv.QUOTE_STRINGS, csv.QUOTE_NOTNULL]


def rand_field():
    r = random.random()
    if r < 0.15:
        return random.randint(-50, 50)
    if r < 0.25:
        return random.choice([0.5, -1.25, 3.0])
    if r < 0.3:
        return None
    return ''.join(random.choice(PIECES) for _ in range(random.randint(0, 4)))


def rand_dialect():
    kw = {'quoting': random.choice(STYLES)}
    if random.random() < 0.4:
        kw['delimiter'] = random.choice([';', '\t', '|', '\U0001f600'])
    if random.random() < 0.5:
        kw['escapechar'] = random.choice(['\\', '~'])
    if random.random() < 0.3:
        kw['doublequote'] = False
    if random.random() < 0.3:
        kw['lineterminator'] = random.choice(['\n', '\r'])
    if random.random() < 0.2:
        kw['skipinitialspace'] = True
    return kw


def read_all(text, **kw):
    r = csv.reader(io.StringIO(text, newline=''), **kw)
    out = []
    try:
        for row in r:
            out.append((r.line_num, row))
    except (csv.Error, ValueError) as e:
        out.append(('error', r.line_num, type(e).__name__, str(e)))
    return out


for n in range(40):
    kw = rand_dialect()
    rows = [[rand_field() for _ in range(random.randint(1, 4))] for _ in range(random.randint(1, 4))]
    buf = io.StringIO(newline='')
    w = csv.writer(buf, **kw)
    try:
        for row in rows:
            w.writerow(row)
    except csv.Error as e:
        print(n, 'write error', e)
    text = buf.getvalue()
    print(n, sorted(kw.items()), ascii(text))
    print('  ', ascii(read_all(text, **kw)))
    if text:
        i = random.randint(0, len(text) - 1)
        cut = text[:i]
        damaged = text[:i] + random.choice(['"', ',', '\r', 'x']) + text[i:]
        print('  cut', ascii(read_all(cut, strict=True, **kw)))
        print('  damaged', ascii(read_all(damaged, **kw)), ascii(read_all(damaged, strict=True, **kw)))

# DictReader and DictWriter over a random table.
fields = ['id', 'name', 'note']
buf = io.StringIO(newline='')
dw = csv.DictWriter(buf, fields, restval='?')
dw.writeheader()
for i in range(6):
    dw.writerow({'id': i, 'name': ''.join(random.choice(PIECES) for _ in range(3))} if i % 2 else
                {'id': i, 'name': 'n', 'note': rand_field()})
dr = csv.DictReader(io.StringIO(buf.getvalue(), newline=''), restkey='extra')
for row in dr:
    print(dr.line_num, ascii(row))

# The field size limit counts characters.
old = csv.field_size_limit(6)
print(old, read_all('"\U0001f600\U0001f600\U0001f600\U0001f600\U0001f600\U0001f600",x\n'), read_all('abcdefg\n'))
csv.field_size_limit(old)
