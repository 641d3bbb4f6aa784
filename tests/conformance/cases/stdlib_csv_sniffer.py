# csv.Sniffer on samples real programs meet: comma, semicolon, tab, pipe, colon and space separated text,
# quoted fields with doubled quotes and spaces after delimiters, a single column, one line, no text;
# sniff's dialect (read back with csv.reader) and has_header's vote, and the delimiters filter.
import csv
samples = [
    'a,b,c\n1,2,3\n4,5,6\n',
    'name;age\n"Smith, J";42\n"Doe";7\n',
    "x\ty\tz\n1\t2\t3\n",
    "'a', 'b', 'c'\n'1', '2', '3'\n",
    'one two three\nfour five six\n',
    'a:b:c\n1:2:3\n',
    '"a""b",c\n"d",e\n',
    'abc\n',
    '',
    'id|name|score\n1|ann|3.5\n2|bob|4\n3|cy|5\n',
    'h1,h2\n1,2\n3,4\n5,6\n7,8\n9,10\n11,12\n13,14\n15,16\n17,18\n19,20\n21,22\n',
    'Title,Year\n"The Thing",1982\n"Alien",1979\n',
    'a,b\nc;d\ne,f;g\n',
]
for s in samples:
    sn = csv.Sniffer()
    try:
        d = sn.sniff(s)
        print(repr(s[:20]), repr(d.delimiter), repr(d.quotechar), d.doublequote, repr(d.skipinitialspace), d._name, d.lineterminator == '\r\n', d.quoting)
        print('  rows', list(csv.reader(s.splitlines(), d)))
    except csv.Error as e:
        print(repr(s[:20]), 'Error', e)
    try:
        print('  header', sn.has_header(s))
    except Exception as e:
        print('  header', type(e).__name__, e)
print(csv.Sniffer().sniff('a;b,c;d\n', delimiters=';').delimiter)
class Partial:
    delimiter = ';'
    quotechar = "'"
print(list(csv.reader(["'a;b';c"], Partial)))
