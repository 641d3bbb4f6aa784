# XMLParser with targets of the program's own (the calls expat makes: text cut at line ends and
# references, start-ns/end-ns order, comment/pi/doctype/close), DOCTYPEs with internal entities
# (plain, with references, with markup read as content) and external ids (the parser's entity
# dict then answers, else "undefined entity &name;"), TreeBuilder used by hand and with an
# element_factory, and feeding a finished parser.
import xml.etree.ElementTree as ET


class Echo:
    def start(self, tag, attrib):
        print('  start', tag, attrib)

    def end(self, tag):
        print('  end', tag)

    def data(self, text):
        print('  data', repr(text))

    def start_ns(self, prefix, uri):
        print('  start_ns', repr(prefix), uri)

    def end_ns(self, prefix):
        print('  end_ns', repr(prefix))

    def comment(self, text):
        print('  comment', repr(text))

    def pi(self, target, text):
        print('  pi', target, repr(text))

    def doctype(self, name, pubid, system):
        print('  doctype', name, pubid, system)

    def close(self):
        print('  close')
        return 'closed'


DOCS = [
    '<?xml version="1.0"?>\n<!-- c --><a xmlns="u" xmlns:q="v" q:x="1">t1\nt2&amp;t3<![CDATA[cd\nef]]><?pi  some data ?></a>',
    '<root>\n  <x>a\n\n\nb &#65;&#x42; c</x>\n  <y/>\n</root>\n<!-- after -->',
    '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd"><html/>',
    '<!DOCTYPE note SYSTEM "note.dtd"><note/>',
    '<!DOCTYPE a [<!ENTITY e "E&amp;<b>x</b>">]><a>[&e;]</a>',
    '<a xmlns:p="u1"><p:b xmlns:p="u2" xmlns:r="u3"><r:c/></p:b></a>',
]
for doc in DOCS:
    print(repr(doc[:40]))
    parser = ET.XMLParser(target=Echo())
    parser.feed(doc)
    print('  ->', parser.close())

for doc in ['<!DOCTYPE a><a>&foo;</a>', '<!DOCTYPE a [<!ENTITY e "E<b>x</b>">]><a>&e;</a>',
            '<!DOCTYPE a SYSTEM "x.dtd"><a>&nbsp;</a>', '<!DOCTYPE a [<!ENTITY e "v">]><a x="&e;">&e;&e;</a>',
            '<a>&nbsp;</a>', '<a xml:lang="en" xmlns:xml="http://www.w3.org/XML/1998/namespace"/>',
            '<a xmlns="u"><b xmlns=""><c/></b></a>', '<a b="1" c = \'2\'  />', '<a\n b="x\n y\tz"\n/>',
            '<?xml version="1.0" standalone="yes"?><a/>', '<a>&#x1F600;&#233;&#x9;</a>',
            '<\u00e9 attr="\u00fc">\u00f6</\u00e9>', '<a><b>1</b> <c>2</c>  </a>']:
    try:
        r = ET.fromstring(doc)
        print(repr(doc[:30]), [(e.tag, e.attrib, e.text, e.tail) for e in r.iter()])
    except ET.ParseError as e:
        print(repr(doc[:30]), 'ParseError', e, e.code, e.position)

for entity in ({}, {'foo': 'FOO'}):
    parser = ET.XMLParser()
    parser.entity.update(entity)
    for doc in ['<!DOCTYPE a SYSTEM "s.dtd"><a>x&foo;y</a>', '<!DOCTYPE a><a>x&foo;y</a>']:
        parser = ET.XMLParser()
        parser.entity.update(entity)
        try:
            parser.feed(doc)
            print(entity, doc[:20], parser.close().text)
        except ET.ParseError as e:
            print(entity, doc[:20], e, e.position)

parser = ET.XMLParser()
parser.feed('<a/>\n\n')
print(parser.close().tag)
for action in (lambda: parser.feed('<b/>'), lambda: parser.feed(''), parser.close):
    try:
        action()
    except ET.ParseError as e:
        print('ParseError', e, e.code, e.position)

builder = ET.TreeBuilder()
print(builder.close())
builder = ET.TreeBuilder()
a = builder.start('a', {'k': 'v'})
builder.data('x')
builder.data('y')
b = builder.start('b', {})
builder.end('b')
builder.data('tail')
builder.comment('dropped')
builder.pi('dropped', 'too')
builder.data('more')
print(builder.end('a') is a, builder.close() is a, a.text, b.tail, ET.tostring(a))
factory = ET.TreeBuilder(element_factory=lambda tag, attrib: ET.Element(tag.upper(), attrib, seen='1'))
parser = ET.XMLParser(target=factory)
parser.feed('<a><b k="v"/></a>')
print(ET.tostring(parser.close()))
