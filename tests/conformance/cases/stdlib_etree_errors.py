# ElementTree's errors: each of expat's messages with its position and code for the common
# mistakes (fed whole, fed in pieces, and as bytes), the element API's TypeErrors/IndexErrors/
# ValueErrors, ElementPath's SyntaxErrors, XMLPullParser's unknown event and feed after close, and
# the truth-value DeprecationWarning each version words differently (3.11 has none).
import warnings
import xml.etree.ElementTree as ET

BAD = [
    '', '   ', '<a>', '<a', '<a x="1"', '<a>text', '<a></b>', '<a><b></a>', '<a>\n<b>\n</c></a>',
    '<a/><b/>', '<a/>junk', '<a/>  x', '<a>x</a>\n\n<b>', '<a>&foo;</a>', '<a>&</a>', '<a>& </a>',
    '<a>&#0;</a>', '<a>&#xD800;</a>', '<a>&#65</a>', '<a x="1" x="2"/>', '<p:a/>', '<a p:x="1"/>',
    '<a xmlns:p=""/>', '<a><</a>', '<a x=1/>', '<a x="<"/>', '<1a/>', '<a x="1"y="2"/>', 'hello',
    '<a><!-- x -- y --></a>', '<a><![CDATA[x</a>', '<a>]]></a>', ' <?xml version="1.0"?><a/>',
    '<a>\x01</a>', '<a b="&lt;"/><', '<a></a><', '<root>\n  <x>\n</root>', '<a>\u00e9\u00e9</b>',
    '<a>\U0001F600</b>', '<a>\r\n</b>', '<?xml version="1.0"?>\n<a>',
]
for text in BAD:
    for data in (text, text.encode('utf-8')):
        try:
            root = ET.fromstring(data)
            print(repr(data), 'parsed', root.tag)
        except ET.ParseError as e:
            print(repr(data), '->', e, e.position, e.code, isinstance(e, SyntaxError))

print('in pieces')
for pieces in (['<a>', '</b>'], ['<a><', 'b>'], ['<a>&fo', 'o;</a>'], ['<a x="', '1" x', '="2"/>'], ['<a/>', ' j']):
    parser = ET.XMLParser()
    try:
        for piece in pieces:
            parser.feed(piece)
            print('  fed', repr(piece))
        parser.close()
    except ET.ParseError as e:
        print('  ', pieces, e, e.position)

pull = ET.XMLPullParser(['start', 'end'])
pull.feed('<a><b/>')
pull.feed('</c>')
try:
    for event, el in pull.read_events():
        print('  event', event, el.tag)
except ET.ParseError as e:
    print('pull', e)
try:
    ET.XMLPullParser(['start', 'bogus'])
except ValueError as e:
    print('ValueError', e)

e = ET.fromstring('<a><b/><c/></a>')
attempts = [
    ('Element attrib', lambda: ET.Element('x', 'y')),
    ('append', lambda: e.append('x')),
    ('insert', lambda: e.insert(0, 3)),
    ('extend', lambda: e.extend([ET.Element('ok'), None])),
    ('remove', lambda: e.remove(ET.Element('b'))),
    ('index', lambda: e[5]),
    ('setitem', lambda: e.__setitem__(0, 'x')),
    ('find absolute', lambda: e.find('/b')),
    ('bad predicate', lambda: e.findall('b[@x=1]')),
    ('position 0', lambda: e.findall('b[0]')),
    ('last()+1', lambda: e.findall('b[last()+1]')),
    ('function', lambda: e.findall('b[first()]')),
    ('last()-0', lambda: e.findall('b[last()-0]')),
    ('prefix', lambda: e.findall('p:b', {'q': 'u'})),
    ('at', lambda: e.findall('@x')),
    ('descendant', lambda: e.findall('//@x')),
    ('indent level', lambda: ET.indent(e, level=-1)),
    ('serialize int', lambda: ET.tostring(ET.Element(1))),
    ('serialize text', lambda: ET.tostring(ET.Element('a', x=1))),
    ('write method', lambda: ET.tostring(e, method='json')),
]
for name, action in attempts:
    try:
        print(name, 'ok', action())
    except Exception as exc:
        print(name, type(exc).__name__, exc)
print(e.findall(''), e.findtext(''), e.find('p:b'), e.findall('b '), len(e.findall('./b')))

tree = ET.ElementTree(e)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    print(tree.findall('/b'), bool(e), bool(e[0]))
    if e.find('b'):
        print('never')
for w in caught:
    print(w.category.__name__, w.message)
