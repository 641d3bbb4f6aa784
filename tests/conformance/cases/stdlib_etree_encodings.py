# ElementTree and encodings: tostring in utf-8/utf-16 (with and without byte order), latin-1,
# ascii and their spellings, an unknown codec, tostringlist's pieces, ElementTree.write to byte
# and text streams (and the wrong kind), iterparse's root before and after the end, documents
# whose bytes do not decode (or disagree with their declaration), a BOM, and chunks fed to a
# parser that split a multi-byte character or a UTF-16 surrogate pair.
import io
import xml.etree.ElementTree as ET

e = ET.fromstring('<a x="\u00e9">caf\u00e9 \u20ac \U0001F600</a>')
for enc in ['utf-16', 'UTF-16', 'utf-16-le', 'utf-16-be', 'utf-8-sig', 'US-ASCII', 'ascii', 'Latin1', 'utf8', 'UTF-8']:
    try:
        print(enc, ET.tostring(e, encoding=enc))
    except Exception as x:
        print(enc, type(x).__name__, x)
try:
    ET.tostring(e, encoding='nope')
except Exception as x:
    print(type(x).__name__, x)
print(ET.tostringlist(e), ET.tostringlist(e, encoding='unicode'))
print(ET.tostringlist(e, encoding='unicode', method='text'), ET.tostringlist(e, encoding='unicode', xml_declaration=True))
print(ET.fromstringlist(['<a>', 'x', '</a>']).text, ET.fromstringlist([b'<a>\xc3', b'\xa9</a>']).text)
t = ET.ElementTree(e)
for enc in ['utf-16', 'us-ascii', 'utf-8']:
    b = io.BytesIO()
    t.write(b, encoding=enc)
    print(enc, b.getvalue())
for sink, enc in [(io.StringIO(), None), (io.BytesIO(), 'unicode')]:
    try:
        t.write(sink, encoding=enc)
        print('wrote', sink.getvalue())
    except Exception as x:
        print(type(x).__name__, x)
it = ET.iterparse(io.BytesIO(b'<a><b/></a>'), events=('end',))
print(next(it)[1].tag, it.root)
for x in it:
    pass
print(it.root.tag)
for data in [b'<a>\xff</a>', b'<a>ok\xc3</a>', '<?xml version="1.0" encoding="latin-1"?><a>\u00e9</a>'.encode('utf-8'),
             '<?xml version="1.0" encoding="utf-8"?><a>\u00e9</a>', '\ufeff<a/>', b'\xef\xbb\xbf<a>\xc3\xa9</a>',
             '<a>\u00e9</a>'.encode('utf-16'), '<a>\u00e9</a>'.encode('utf-16-le'),
             '<?xml version="1.0" encoding="ascii"?><a>&#233;</a>'.encode('ascii')]:
    try:
        r = ET.fromstring(data)
        print(data[:12], 'parsed', repr(r.text))
    except ET.ParseError as x:
        print(data[:12], 'ParseError', x, x.code)
for text, enc in [('<a>\u00e9\u20ac\U0001F600 done</a>', 'utf-8'), ('<a>\u00e9\U0001F600 x</a>', 'utf-16')]:
    data = text.encode(enc)
    for size in (1, 2, 3, 5):
        parser = ET.XMLParser()
        for i in range(0, len(data), size):
            parser.feed(data[i:i + size])
        print(enc, size, ascii(parser.close().text))
