# An XML config reader: a file written to the run's file system and read with ET.parse (by name and
# through a file object), typed settings with defaults, the same config in utf-8, utf-16 (with its
# BOM), latin-1 and ascii bytes, iterparse over a file with every event kind, XMLParser+TreeBuilder
# fed byte by byte (a character split across feeds), DOCTYPE entities and a comment-keeping builder.
import io
import os
import tempfile
import xml.etree.ElementTree as ET

CONFIG = '''<?xml version="1.0"?>
<!DOCTYPE config [
  <!ENTITY owner "Ops &amp; Infra">
]>
<!-- service settings -->
<config version="3">
  <server host="0.0.0.0" port="8080" debug="false"/>
  <database url="postgres://db/app" pool="5">
    <option name="timeout">30</option>
    <option name="retries">3</option>
  </database>
  <owner>&owner;</owner>
  <features>
    <feature enabled="true">search</feature>
    <feature enabled="false">beta-ui</feature>
    <feature>export</feature>
  </features>
  <?reload every=60?>
  <motd>  Welcome,\tfriend &#x263A; \u00e9t\u00e9  </motd>
</config>
'''

folder = tempfile.mkdtemp()
path = os.path.join(folder, 'app.xml')
with open(path, 'w', encoding='utf-8') as f:
    f.write(CONFIG)


def settings(root):
    server = root.find('server')
    db = root.find('database')
    return {
        'version': int(root.get('version')),
        'host': server.get('host'), 'port': int(server.get('port')),
        'debug': server.get('debug') == 'true', 'missing': server.get('missing', 'n/a'),
        'pool': int(db.get('pool')),
        'options': {o.get('name'): int(o.text) for o in db.iter('option')},
        'owner': root.findtext('owner'),
        'features': [f.text for f in root.iterfind('features/feature') if f.get('enabled', 'true') == 'true'],
        'motd': root.findtext('motd').strip(),
    }


tree = ET.parse(path)
print(settings(tree.getroot()))
with open(path, 'rb') as f:
    print(settings(ET.parse(f).getroot()) == settings(tree.getroot()))
print(repr(tree.getroot().text), repr(tree.getroot()[0].tail), tree.getroot()[-1].tail == '\n')

for encoding in ['utf-8', 'utf-16', 'latin-1', 'ascii', 'UTF-8', 'iso-8859-1']:
    text = CONFIG.replace('<?xml version="1.0"?>', f'<?xml version="1.0" encoding="{encoding}"?>')
    data = text.encode(encoding, 'xmlcharrefreplace')
    root = ET.fromstring(data)
    print(encoding, len(data), settings(root)['motd'], settings(root) == settings(tree.getroot()))

parser = ET.XMLParser(target=ET.TreeBuilder())
for i in range(len(CONFIG.encode())):
    parser.feed(CONFIG.encode()[i:i + 1])
print(settings(parser.close())['motd'])

events = []
for event, item in ET.iterparse(path, events=('start', 'end', 'comment', 'pi', 'start-ns', 'end-ns')):
    events.append((event, getattr(item, 'tag', item) if event in ('start', 'end') else
                   item.text if event in ('comment', 'pi') else item))
print(events[:6], len(events))
it = ET.iterparse(io.BytesIO(CONFIG.encode()))
for event, item in it:
    if item.tag == 'option':
        print(event, item.attrib, item.text)
print(it.root.tag, len(it.root))

builder = ET.TreeBuilder(insert_comments=True, insert_pis=True)
p = ET.XMLParser(target=builder)
p.feed(CONFIG)
root = p.close()
print([getattr(c.tag, '__name__', c.tag) for c in root], root[-2].text)
print(ET.tostring(root.find('features'), encoding='unicode'))
os.remove(path)
os.rmdir(folder)
