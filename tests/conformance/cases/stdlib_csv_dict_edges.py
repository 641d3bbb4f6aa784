# csv.DictReader/DictWriter edges: restkey/restval, blank lines skipped, an empty input's fieldnames, fieldnames set
# before reading, extrasaction='ignore', rows from a generator, the unknown-keys message, the unix dialect.
import csv, io
r = csv.DictReader(io.StringIO('a,b\n1,2,3,4\n\n5\n\n'), restkey='more', restval='-')
print(r.line_num, list(r), r.line_num, r.fieldnames)
e = csv.DictReader(io.StringIO(''))
print(e.fieldnames, e.line_num, list(e))
r2 = csv.DictReader(io.StringIO('x;y\n1;2\n'), delimiter=';')
r2.fieldnames = ['p', 'q']
print(list(r2), r2.line_num)
out = io.StringIO()
w = csv.DictWriter(out, ['a', 'b'], restval='?', extrasaction='ignore')
print(w.writeheader(), w.writerow({'a': 1, 'z': 9}), w.writerows(({'b': i} for i in range(2))))
print(repr(out.getvalue()))
w2 = csv.DictWriter(io.StringIO(), ('a',))
try:
    w2.writerow({'a': 1, 'q': 2})
except ValueError as ex:
    print(ex)
print(csv.unix_dialect.quoting, csv.get_dialect('unix').lineterminator, vars(csv.DictReader(io.StringIO('h\n'))).keys())
