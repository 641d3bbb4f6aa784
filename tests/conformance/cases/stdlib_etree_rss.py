# An RSS/Atom reader: feeds "fetched" concurrently (asyncio.sleep stands for the network), parsed
# with ElementTree from bytes with their encoding declarations, items read with find/findtext,
# namespaced Atom and media elements found through a prefix map, and a summary printed in order.
import asyncio
import xml.etree.ElementTree as ET

FEEDS = {
    'news': ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
             '<title>News &amp; Views</title><link>https://news.example/</link>'
             '<item><title>Caf\u00e9 opens</title><pubDate>Mon, 01 Jan 2024</pubDate>'
             '<category>food</category><category>city</category></item>'
             '<item><title><![CDATA[Rates <up> again]]></title><guid isPermaLink="false">n-2</guid></item>'
             '</channel></rss>').encode('utf-8'),
    'blog': ('<?xml version="1.0" encoding="iso-8859-1"?>\n<rss version="2.0"><channel>'
             '<title>Blog \u00e0 Paris</title>\n  <item>\n    <title>Premier billet</title>\n'
             '    <description>Le  caf\u00e9\n  du coin</description>\n  </item>\n</channel></rss>\n'
             ).encode('latin-1'),
    'atom': ('<feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/">'
             '<title type="text">Atom &#x2603; feed</title>'
             '<entry><title>First</title><link href="https://a.example/1"/>'
             '<media:thumbnail url="https://a.example/1.png" width="64"/></entry>'
             '<entry><title>Second</title><link rel="alternate" href="https://a.example/2"/></entry>'
             '</feed>').encode('ascii'),
    'broken': b'<rss><channel><title>Oops</channel></rss>',
}
LATENCY = {'news': 0.3, 'blog': 0.1, 'atom': 0.2, 'broken': 0.05}
NS = {'a': 'http://www.w3.org/2005/Atom', 'media': 'http://search.yahoo.com/mrss/'}


async def fetch(name):
    await asyncio.sleep(LATENCY[name])
    print(f'fetched {name} ({len(FEEDS[name])} bytes)')
    return FEEDS[name]


def read_rss(root):
    channel = root.find('channel')
    out = [channel.findtext('title')]
    for item in channel.iterfind('item'):
        cats = [c.text for c in item.findall('category')]
        out.append((item.findtext('title'), item.findtext('pubDate', 'no date'), cats,
                    item.findtext('description'), item.find('guid') is not None and item.find('guid').attrib))
    return out


def read_atom(root):
    out = [root.findtext('a:title', namespaces=NS), root.find('a:title', NS).get('type')]
    for entry in root.findall('a:entry', NS):
        thumb = entry.find('media:thumbnail', NS)
        out.append((entry.findtext('a:title', namespaces=NS), entry.find('a:link', NS).attrib,
                    thumb.attrib if thumb is not None else None))
    out.append([e.tag for e in root.iter()][:4])
    return out


async def load(name):
    data = await fetch(name)
    try:
        root = ET.fromstring(data)
    except ET.ParseError as e:
        return name, f'ParseError {e} {e.position} {e.code}'
    if root.tag == 'rss':
        return name, read_rss(root)
    return name, read_atom(root)


async def main():
    results = await asyncio.gather(*(load(n) for n in FEEDS))
    for name, summary in results:
        print(name)
        if isinstance(summary, str):
            print('  ', summary)
            continue
        for line in summary:
            print('  ', line)


asyncio.run(main())
