# Every ElementPath form over one document: tags, '*', '.', '..', '//', attribute and text
# predicates (= and !=), positions with last(), {uri}/{*}/{}-wildcards, prefixes and a default
# namespace from a map, and the same paths through find, findall, findtext, iterfind and an
# ElementTree; each result printed as the tags and ids it selects.
import xml.etree.ElementTree as ET

DOC = '''<library xmlns:x="urn:x">
  <shelf id="s1" kind="fiction">
    <book id="b1" lang="en"><title>Dune</title><year>1965</year></book>
    <book id="b2" lang="fr"><title>Candide</title><year>1759</year><!-- classic --></book>
    <x:book id="b3"><title>Namespaced</title></x:book>
  </shelf>
  <shelf id="s2">
    <book id="b4"><title>Dune</title><year>2021</year><note>film tie-in</note></book>
    <magazine id="m1"><title>Monthly</title></magazine>
    <book id="b5" lang="en">Loose <b>bold</b> text</book>
  </shelf>
  <x:shelf id="s3"><x:book id="b6" x:rare="yes"/><book id="b7"/></x:shelf>
</library>'''
root = ET.fromstring(DOC)
tree = ET.ElementTree(root)


def show(nodes):
    return [n.get('id') or n.tag if isinstance(n.tag, str) else 'comment' for n in nodes]


PATHS = [
    'shelf', 'shelf/book', 'shelf/*', '*/*', '*', '.', './shelf', 'shelf/.', 'shelf/book/..', 'shelf/..',
    '..', './/book', './/title', './/*', 'shelf//title', './/book/title/..', 'shelf/', './/year/../title',
    "shelf/book[@lang]", "shelf/book[@lang='en']", 'shelf/book[@lang="fr"]', "shelf/book[@lang!='en']",
    'shelf/book[title]', "shelf/book[title='Dune']", "shelf/book[title!='Dune']", "shelf/book[year='1965']",
    "shelf/book[.='Loose bold text']", ".//title[.='Dune']", ".//title[.!='Dune']", 'shelf/book[1]',
    'shelf/book[2]', 'shelf/book[3]', 'shelf/book[last()]', 'shelf/book[last()-1]', 'shelf/book[last()-2]',
    '{urn:x}shelf', '{urn:x}shelf/{urn:x}book', '{*}shelf', '{*}shelf/{*}book', '{}shelf', '*/{}book',
    '{urn:x}*', '{*}*', './/{urn:x}*', './/{*}book', './/{}*', "shelf[@id='s2']/book[note]/title",
    "shelf[book]", "shelf[magazine]", ".//book[@id='b4']/note", 'shelf/book[ @lang = "en" ]',
    "{*}shelf/book[@{urn:x}rare]", ".//*[@{urn:x}rare='yes']", 'shelf/book/title[1]', './/b', 'nothing',
    'shelf/nothing/deeper', ".//book[@lang='en'][title]", ".//book[year][2]", 'shelf[2]/book[1]',
]
for path in PATHS:
    found = root.findall(path)
    first = root.find(path)
    print(f'{path!r:42} {show(found)} first={show([first]) if first is not None else None}'
          f' text={root.findtext(path)!r} iter={show(root.iterfind(path)) == show(found)}')

NS = {'x': 'urn:x', '': 'urn:none'}
for path in ['x:shelf', 'x:shelf/x:book', 'x:shelf/book', 'shelf', './/x:book', "x:shelf/x:book[@x:rare='yes']",
             '{*}shelf', "x:shelf/*[@id='b7']"]:
    print(repr(path), show(root.findall(path, NS)), show(root.findall(path, {'x': 'urn:x'})),
          root.findtext(path, 'dflt', namespaces={'x': 'urn:x'}))
print(show(tree.findall('shelf/book')), tree.findtext('shelf/book/title'), show(tree.iterfind('.//magazine')))
print(show(root.iter('book')), show(root.iter('{urn:x}book')), len(list(root.iter())), show(root.iter('*'))[:3])
print(root.findtext('shelf/book/year', default='none'), root.findtext('shelf/x', default='none'),
      repr(root.findtext('.//{urn:x}book')), repr(root.find('.//book[@id="b7"]').text))
shelf = root.find('shelf')
print(show(shelf.findall('..')), show(shelf.findall('book/..')), show(shelf.findall('./book[1]/../book[2]')))
for tag in ['book', 'x:book', 'b o', '']:
    print(repr(tag), show(shelf.findall(tag)), shelf.find(tag) is None, shelf.findtext(tag))
