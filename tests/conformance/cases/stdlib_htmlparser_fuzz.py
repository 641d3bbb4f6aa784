# html.parser on random markup: documents built from a seeded stream of tokens, good and broken
# (cut tags, stray '<' and '&', quotes, references, comments, script bodies), each fed whole and in
# random pieces with both convert_charrefs settings; every event is printed.
import random
from html.parser import HTMLParser

TOKENS = [
    '<p>', '</p>', '<a href="x">', '<a href=y>', "<a href='z' id=1>", '</a>', '<br/>', '<img src=a.png />',
    '<div class="c d" hidden>', '</div>', '<script>', '</script>', '<style>', '</style>', '<title>',
    '</title>', '<textarea>', '</textarea>', '<!--', '-->', '--!>', '<!-- c -->', '<!DOCTYPE html>',
    '<?pi x?>', '<!x>', '<![CDATA[', ']]>', '<', '>', '/', '=', '"', "'", '&', '&amp;', '&lt', '&#65;',
    '&#x4a', '&#', '&copy;', '&nosuch;', '&am', ';', ' ', '\n', '\t', 'text', 'x y', 'A', '</', '</ x>',
    '<b', 'c=', '<1>', '</>', '< ', '&&', '<!', '<?', '<a b="&amp;c"', '<!--x', '</scr', 'ipt>',
]


class Events(HTMLParser):
    def reset(self):
        super().reset()
        self.out = []

    def handle_starttag(self, tag, attrs):
        self.out.append(('S', tag, attrs))

    def handle_endtag(self, tag):
        self.out.append(('E', tag))

    def handle_data(self, data):
        self.out.append(('D', data))

    def handle_comment(self, data):
        self.out.append(('C', data))

    def handle_decl(self, decl):
        self.out.append(('DECL', decl))

    def handle_pi(self, data):
        self.out.append(('PI', data))

    def handle_entityref(self, name):
        self.out.append(('ER', name))

    def handle_charref(self, name):
        self.out.append(('CR', name))

    def unknown_decl(self, data):
        self.out.append(('U', data))


def parse(parser, pieces):
    parser.reset()
    try:
        for piece in pieces:
            parser.feed(piece)
        parser.close()
    except AssertionError as e:
        parser.out.append(('AssertionError', str(e)))
    return parser.out, parser.getpos(), parser.rawdata


rng = random.Random(2024)
plain, raw = Events(), Events(convert_charrefs=False)
for n in range(120):
    doc = ''.join(rng.choice(TOKENS) for _ in range(rng.randint(1, 14)))
    cuts = sorted(set(rng.randint(0, len(doc)) for _ in range(rng.randint(0, 4))))
    pieces = [doc[a:b] for a, b in zip([0] + cuts, cuts + [len(doc)])]
    print(n, repr(doc))
    for parser in (plain, raw):
        whole = parse(parser, [doc])
        print(' ', whole)
        split = parse(parser, pieces)
        if split != whole:
            print('  pieces', pieces, split)
