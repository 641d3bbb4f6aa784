# csv's dialects and their checks: every format parameter refused with each version's message
# (3.13 refuses line-end and clashing characters, 3.14 reworded the type errors), dialects from
# classes, instances and the registry, Dialect subclasses validated on creation, the reader's and
# writer's argument rules and attributes, field_size_limit, and csv.Error with the line it stopped on.
import csv
import io


def attempt(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__module__, type(e).__name__, e)


def settings(d):
    return (d.delimiter, d.quotechar, d.escapechar, d.lineterminator, d.quoting, d.doublequote,
            d.skipinitialspace, d.strict)


for kw in [dict(delimiter=''), dict(delimiter='ab'), dict(delimiter=1), dict(delimiter=None),
           dict(quotechar=''), dict(quotechar=1), dict(quotechar='ab'), dict(quotechar=None),
           dict(escapechar=''), dict(escapechar=3), dict(escapechar='ab'), dict(lineterminator=None),
           dict(lineterminator=1), dict(lineterminator=''), dict(quoting=9), dict(quoting='1'),
           dict(quoting=1.0), dict(quoting=None), dict(quoting=True), dict(delimiter=' '),
           dict(delimiter='\n'), dict(delimiter='\r'), dict(quotechar='\n'), dict(escapechar='\r'),
           dict(quotechar=' '), dict(quotechar=' ', skipinitialspace=True),
           dict(escapechar=' ', skipinitialspace=True), dict(delimiter=';', quotechar=';'),
           dict(delimiter=';', escapechar=';'), dict(quotechar='x', escapechar='x'),
           dict(delimiter='x', lineterminator='axb'), dict(quotechar='a', lineterminator='ab'),
           dict(quotechar=None, quoting=csv.QUOTE_MINIMAL), dict(foo=1), dict(doublequote=[]),
           dict(strict='s'), dict(quoting=4), dict(quoting=5), dict(quoting=-1)]:
    attempt('reader ' + repr(kw), lambda: settings(csv.reader([], **kw).dialect))
    attempt('writer ' + repr(kw), lambda: csv.writer(io.StringIO(), **kw).dialect.quoting)


class OnlyDelimiter(csv.Dialect):
    delimiter = ','


class Pipes(csv.Dialect):
    delimiter = '|'
    quotechar = "'"
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL
    doublequote = True
    skipinitialspace = False


class Partial:
    # Not a csv.Dialect: the attributes it lacks keep their defaults.
    delimiter = ';'
    quotechar = "'"


attempt('OnlyDelimiter', lambda: OnlyDelimiter())
attempt('Pipes', lambda: (type(Pipes()).__name__, Pipes()._valid, Pipes._valid))
attempt('Dialect()', lambda: csv.Dialect())
attempt('Pipes rows', lambda: list(csv.reader(["a|'b|c'|d"], Pipes)))
attempt('Pipes instance rows', lambda: list(csv.reader(["a|'b|c'|d"], Pipes(), delimiter='b')))
attempt('Partial', lambda: list(csv.reader(["'a;b';c"], Partial)))
attempt('int dialect', lambda: settings(csv.reader([], 5).dialect))
attempt('unknown', lambda: csv.reader([], 'nope'))
attempt('not iterable', lambda: csv.reader(5))
attempt('unregister', lambda: csv.unregister_dialect('zz'))
attempt('get', lambda: csv.get_dialect('zz'))
attempt('register int', lambda: csv.register_dialect(5))
attempt('register unknown base', lambda: csv.register_dialect('a', 'b'))
attempt('register bad', lambda: csv.register_dialect('a', delimiter='::'))
attempt('register', lambda: csv.register_dialect('semi', Pipes, delimiter=';'))
attempt('get semi', lambda: settings(csv.get_dialect('semi')))
attempt('shared', lambda: csv.reader([], 'semi').dialect is csv.get_dialect('semi'))
attempt('list', lambda: csv.list_dialects())
attempt('unregister semi', lambda: (csv.unregister_dialect('semi'), csv.list_dialects()))
attempt('limit', lambda: csv.field_size_limit())
attempt('limit str', lambda: csv.field_size_limit('x'))
attempt('limit 10', lambda: csv.field_size_limit(10))
attempt('limit now', lambda: csv.field_size_limit())
attempt('too long', lambda: list(csv.reader(['1234567890', '12345678901'])))
attempt('limit two', lambda: csv.field_size_limit(1, 2))
attempt('limit keyword', lambda: csv.field_size_limit(new_limit=131072))
attempt('public names', lambda: [n for n in dir(csv) if not n.startswith('_')])
attempt('types', lambda: (csv.Error, csv.Error.__mro__, type(csv.reader([])), type(csv.writer(io.StringIO())),
                          csv.Dialect, csv.excel, type(csv.get_dialect('excel')), type(csv.get_dialect('excel')).__name__))
attempt('read-only', lambda: setattr(csv.get_dialect('excel'), 'delimiter', ';'))
attempt('read-only line_num', lambda: setattr(csv.reader([]), 'line_num', 3))
attempt('reader dir', lambda: [n for n in dir(csv.reader([])) if not n.startswith('__')])
attempt('writer dir', lambda: [n for n in dir(csv.writer(io.StringIO())) if not n.startswith('__')])
attempt('dialect dir', lambda: [n for n in dir(csv.get_dialect('excel')) if not n.startswith('__')])
attempt('excel', lambda: (csv.excel.delimiter, csv.excel_tab.delimiter, csv.unix_dialect.quoting, csv.excel._name,
                          csv.excel._valid, csv.Dialect._valid, settings(csv.get_dialect('unix'))))
attempt('QUOTE', lambda: [(n, getattr(csv, n)) for n in dir(csv) if n.startswith('QUOTE')])
attempt('writer None', lambda: csv.writer(None))
attempt('writerow int', lambda: csv.writer(io.StringIO()).writerow(5))
attempt('writerow str', lambda: csv.writer(io.StringIO()).writerow('abc'))
attempt('writerow returns', lambda: csv.writer(io.StringIO()).writerow(['a', 'b']))
attempt('writerows', lambda: csv.writer(io.StringIO()).writerows([['a', 'b'], [1]]))
attempt('writerows int', lambda: csv.writer(io.StringIO()).writerows(5))
attempt('writerows [5]', lambda: csv.writer(io.StringIO()).writerows([5]))
attempt('bytes lines', lambda: list(csv.reader([b'a,b'])))
attempt('int lines', lambda: list(csv.reader([1])))
attempt('three positional', lambda: csv.reader([], 'excel', ';'))
attempt('dialect twice', lambda: csv.reader([], 'excel', dialect='excel'))
attempt('writer twice', lambda: csv.writer(io.StringIO(), 'excel', dialect='excel'))
attempt('dialect keyword', lambda: csv.reader([], dialect='excel-tab').dialect.delimiter)
attempt('no arguments', lambda: csv.reader())
attempt('writer no arguments', lambda: csv.writer())
attempt('version', lambda: csv.__version__)


def read_all(lines, **kw):
    r = csv.reader(lines, **kw)
    rows = []
    try:
        for row in r:
            rows.append((r.line_num, row))
    except csv.Error as e:
        rows.append(f'csv.Error at line {r.line_num}: {e}')
    except ValueError as e:
        rows.append(f'ValueError at line {r.line_num}: {e}')
    return rows


print(read_all(io.StringIO('a,b\n"multi\nline",c\n\nlast,"x"\n', newline='')))
print(read_all(['a,"b\n', 'c', 'd"e\n'], strict=True))
print(read_all(['ok\n', '"unterminated\n'], strict=True))
print(read_all(['ok\n', '"unterminated\n']))
print(read_all(['a,b\rc\n']))
print(read_all(['1,2.5,"x"\n', '3,abc\n'], quoting=csv.QUOTE_NONNUMERIC))
print(read_all(io.StringIO('a\r\nb\rc\nd', newline='')))
print(read_all(io.StringIO('a\r\nb\rc\nd')))
print(read_all(['x\\,y,z\n', '"q\\"q",r\n'], escapechar='\\'))
print(read_all(['a, "b, c", d\n'], skipinitialspace=True))
print(read_all(['a\tb\n'], dialect='excel-tab'))
