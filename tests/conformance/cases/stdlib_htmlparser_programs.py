# html.parser in the programs that use it: an async crawler that pulls links out of fetched pages,
# a table scraper, a text extractor that skips scripts and styles, and the parser's own API
# (reset, getpos, lasttag, get_starttag_text, a subclass's CDATA elements, marked sections).
import asyncio
from html.parser import HTMLParser
from urllib.parse import urljoin

SITE = {
    '/': '''<!DOCTYPE html>
<html><head><title>Home &mdash; Example</title>
<link rel="stylesheet" href="/style.css"></head>
<body><nav><a href="/about">About</a> | <A HREF='/blog/'>Blog</a> | <a href="https://other.example/x">Out</a></nav>
<p>Welcome&nbsp;to our <em>site</em>.</p><a name="anchor-only">no href</a>
<script>var s = "<a href='/not-a-link'>";</script>
</body></html>''',
    '/about': '<h1>About us</h1><p>See <a href="team.html">the team</a> or <a href="/">home</a>.</p>',
    '/blog/': '<ul><li><a href="post-1?ref=blog&amp;page=1">One</a><li><a href="../about#top">About</a></ul>',
    '/team.html': '<table><tr><th>Name<th>Role</tr><tr><td>Ada</td><td>Lead &amp; founder</td></tr></table>',
}


class LinkParser(HTMLParser):
    def __init__(self, base):
        super().__init__()
        self.base = base
        self.links = []

    def handle_starttag(self, tag, attrs):
        if tag == 'a':
            href = dict(attrs).get('href')
            if href:
                self.links.append(urljoin(self.base, href))


async def fetch(path):
    await asyncio.sleep(0.1 * len(path))
    return SITE.get(path, '<h1>404</h1>')


async def crawl(start):
    seen, queue, order = {start}, [start], []
    while queue:
        batch, queue = queue, []
        pages = await asyncio.gather(*(fetch(p) for p in batch))
        for path, page in zip(batch, pages):
            parser = LinkParser('http://site.example' + path)
            parser.feed(page)
            parser.close()
            order.append((path, parser.links))
            for link in parser.links:
                if link.startswith('http://site.example/'):
                    local = link[len('http://site.example'):].split('#')[0].split('?')[0]
                    if local not in seen:
                        seen.add(local)
                        queue.append(local)
    return order


for path, links in asyncio.run(crawl('/')):
    print(path, links)


class TableParser(HTMLParser):
    def __init__(self):
        super().__init__()
        self.rows, self.cell = [], None

    def handle_starttag(self, tag, attrs):
        if tag == 'tr':
            self.rows.append([])
        elif tag in ('td', 'th'):
            self.close_cell()
            self.cell = []

    def handle_endtag(self, tag):
        if tag in ('td', 'th', 'tr'):
            self.close_cell()

    def close_cell(self):
        if self.cell is not None:
            self.rows[-1].append(''.join(self.cell).strip())
            self.cell = None

    def handle_data(self, data):
        if self.cell is not None:
            self.cell.append(data)


t = TableParser()
t.feed(SITE['/team.html'])
t.feed('<table><tr><td>x<td> y &lt;1&gt; </td><td><b>bold</b> and <i>it</i></td></tr>')
t.close()
print(t.rows)


class TextParser(HTMLParser):
    SKIP = {'script', 'style'}

    def __init__(self):
        super().__init__()
        self.parts, self.skipping = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skipping += 1
        elif tag in ('p', 'br', 'h1', 'li', 'tr'):
            self.parts.append('\n')

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skipping -= 1

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(data)


for page in SITE.values():
    tp = TextParser()
    tp.feed(page)
    tp.close()
    print(repr(' '.join(''.join(tp.parts).split())))


class Positions(HTMLParser):
    def handle_starttag(self, tag, attrs):
        print('start', tag, self.getpos(), repr(self.get_starttag_text()), self.lasttag)

    def handle_endtag(self, tag):
        print('end', tag, self.getpos(), self.lasttag)

    def handle_data(self, data):
        print('data', repr(data), self.getpos())


p = Positions()
print(p.get_starttag_text(), p.getpos(), p.lasttag, p.rawdata == '', p.cdata_elem, p.convert_charrefs)
p.feed('<html>\n  <body class="a"\n     id=b>\n text')
print('pending', repr(p.rawdata), p.getpos())
p.feed(' more</body>\n</html>')
p.close()
p.reset()
print(p.getpos(), p.lasttag, repr(p.rawdata))
p.feed('<p>x')
p.feed('<scr')
print('pending', repr(p.rawdata))
p.feed('ipt>a<b</script><p>')
p.close()


class Raw(HTMLParser):
    CDATA_CONTENT_ELEMENTS = ('code',)

    def handle_starttag(self, tag, attrs):
        print('start', tag, self.cdata_elem)

    def handle_endtag(self, tag):
        print('end', tag)

    def handle_data(self, data):
        print('data', repr(data))


Raw().feed('<code><b>&amp;</b></code><script><i>x</i></script>')

print(HTMLParser.__mro__)
print(HTMLParser.__module__, HTMLParser.__name__, HTMLParser.CDATA_CONTENT_ELEMENTS)



class Decls(HTMLParser):
    def unknown_decl(self, data):
        print('unknown_decl', repr(data))

    def handle_comment(self, data):
        print('comment', repr(data))

    def handle_data(self, data):
        print('data', repr(data))


for doc in ['<![CDATA[x<y]]>', '<![if !IE]>a<![endif]>', '<![INCLUDE[ z ]]>', '<![foo[x]]>', '<![ x]>',
            '<![cdata', '<![CDATA[open']:
    d = Decls()
    try:
        d.feed(doc)
        d.close()
    except AssertionError as e:
        print('AssertionError:', e, d.getpos())

try:
    HTMLParser(True)
except TypeError as e:
    print('TypeError:', e)
