# A sitemap crawler: a sitemap index and its sitemaps (namespaced, {uri}tags, '{*}' wildcards and
# a default-namespace prefix map) fetched by workers behind an asyncio.Semaphore over fake fetches,
# each parsed with an XMLPullParser fed in pieces as they "arrive", events read as they come.
import asyncio
import xml.etree.ElementTree as ET

SM = 'http://www.sitemaps.org/schemas/sitemap/0.9'
SITES = {
    '/sitemap.xml': f'<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="{SM}">'
                    '<sitemap><loc>/a.xml</loc></sitemap><sitemap><loc>/b.xml</loc>'
                    '<lastmod>2024-02-01</lastmod></sitemap><sitemap><loc>/c.xml</loc></sitemap>'
                    '</sitemapindex>',
    '/a.xml': f'<urlset xmlns="{SM}" xmlns:img="http://www.google.com/schemas/sitemap-image/1.1">'
              '<url><loc>https://s.example/</loc><priority>1.0</priority></url>'
              '<url><loc>https://s.example/about</loc><img:image><img:loc>/i.png</img:loc></img:image></url>'
              '</urlset>',
    '/b.xml': f'<urlset xmlns="{SM}">\n' + ''.join(
        f'  <url><loc>https://s.example/p{i}</loc><changefreq>{"daily" if i % 2 else "weekly"}</changefreq></url>\n'
        for i in range(5)) + '</urlset>',
    '/c.xml': f'<urlset xmlns="{SM}"><url><loc>https://s.example/x</loc></url><url><loc>unfinished',
}


async def fetch_chunks(path, sem, log):
    async with sem:
        log.append(f'open {path}')
        body = SITES[path]
        for start in range(0, len(body), 40):
            await asyncio.sleep(0.01 * (1 + len(path) % 3))
            yield body[start:start + 40]
        log.append(f'done {path}')


async def read_map(path, sem, log):
    parser = ET.XMLPullParser(events=('start-ns', 'start', 'end'))
    found = []
    try:
        async for chunk in fetch_chunks(path, sem, log):
            parser.feed(chunk)
            for event, item in parser.read_events():
                if event == 'start-ns':
                    found.append(('ns', item))
                elif event == 'end' and item.tag.endswith('}loc'):
                    found.append(item.text)
        parser.close()
    except ET.ParseError as e:
        found.append(f'error: {e}')
    return path, found


async def main():
    sem = asyncio.Semaphore(2)
    log = []
    _, index = await read_map('/sitemap.xml', sem, log)
    locs = [x for x in index if isinstance(x, str)]
    print('index', index)
    results = await asyncio.gather(*(read_map(p, sem, log) for p in locs))
    for path, found in results:
        print(path, found)
    print(log)
    root = ET.fromstring(SITES['/b.xml'])
    print([u.findtext('{%s}changefreq' % SM) for u in root.findall('{%s}url' % SM)])
    print(len(root.findall('.//{*}loc')), root.findall('{*}url[{*}changefreq="daily"]')[1].findtext('{*}loc'))
    print([u.findtext('s:loc', namespaces={'s': SM}) for u in root.iterfind('s:url', {'s': SM})][:2])
    print(root.findtext('url/loc', namespaces={'': SM}), root.find('url') is None)


asyncio.run(main())
