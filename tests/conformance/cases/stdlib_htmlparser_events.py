# html.parser: every event a tracing parser sees, for well-formed and malformed markup, fed whole,
# one character at a time and in random pieces, with and without convert_charrefs.
import random
from html.parser import HTMLParser


class Trace(HTMLParser):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.events = []

    def handle_starttag(self, tag, attrs):
        self.events.append(('start', tag, attrs, self.get_starttag_text(), self.getpos()))

    def handle_endtag(self, tag):
        self.events.append(('end', tag, self.getpos()))

    def handle_startendtag(self, tag, attrs):
        self.events.append(('startend', tag, attrs))

    def handle_data(self, data):
        self.events.append(('data', data))

    def handle_comment(self, data):
        self.events.append(('comment', data))

    def handle_decl(self, decl):
        self.events.append(('decl', decl))

    def handle_pi(self, data):
        self.events.append(('pi', data))

    def handle_entityref(self, name):
        self.events.append(('entityref', name))

    def handle_charref(self, name):
        self.events.append(('charref', name))

    def unknown_decl(self, data):
        self.events.append(('unknown_decl', data))


SAMPLES = [
    '<p>Hello, <b>world</b>!</p>',
    '<!DOCTYPE html><html lang="en"><head><title>T &amp; U</title></head><body></body></html>',
    '<a href="/x?a=1&amp;b=2" class=big id=\'q\' hidden>link</a>',
    '<IMG SRC="a.png" ALT="A &lt; B" />',
    '<br/><br /><hr>',
    '<input value="x" value="y" disabled checked=checked>',
    '<div a=1 b = "2" c= \'3\' d e="">x</div>',
    'a &amp; b &lt; c &gt; d &quot; &#65; &#x42; &#X43; &nosuch; &amp',
    'text &copy 2024 &notit; &notin; &#128; &#0; &#xD800; &#1114112;',
    '<!-- a comment --> <!----> <!-- -- x -- > y --> <!--x--!>z-->',
    '<!-->after<!--->after2-->',
    '<?xml version="1.0"?><?php echo 1 ?>',
    '<script>if (a < b && c > d) { x = "</p>"; }</script>after',
    '<style>p > a { color: red }</STYLE>x',
    '<script>a</script >b</script>',
    '<SCRIPT type="text/javascript">document.write("<b>hi</b>")</SCRIPT>',
    '<title>a &amp; <b>b</b></title><textarea>&lt;x&gt;</textarea>',
    '<xmp><b>x</b></xmp><iframe><p></iframe>',
    '</>x</ p>y</a b c>z</3>w',
    '<!x>y<![CDATA[raw <stuff>]]>z',
    '<![if !supportLists]>x<![endif]>',
    '<a b="c>d">e</a>',
    '<a/b/c>x</a>',
    '< p>x<1>y<>z',
    'x<',
    'x&',
    'x&#',
    'x&#x',
    'x&am',
    'x&#12',
    '<a href=',
    '<a href="x',
    '<!-- never closed',
    '<!DOCTYPE never',
    '<?pi never',
    '<script>never closed',
    '<p class="a&amp;b" data-x="&notit;" data-y="&notit=" data-z="&amp=x" title="&#65=">x</p>',
    '<p title="&copy" alt=&quot;>x</p>',
    'line1\nline2\n<p\nclass="x">\ny</p>\n',
    '<a\tb="1"\nc=\'2\'\rd>x</a>',
    '<a b="1"c="2">x</a>',
    '<a =b>x</a>',
    '<a b==c>x</a>',
    '<a \x00b="1">x</a>',
    '<plaintext><b>x</b>',
    '<noscript><b>x</b></noscript>',
    '&#x41;&#65;&#x;&#;&#a;',
    'a &#65 b &#x41 c',
    'AT&T; R&D &  x',
    '<table><tr><td>1</td><td>2</td></tr></table>',
]


def run(pieces, **kw):
    p = Trace(**kw)
    for piece in pieces:
        p.feed(piece)
    p.close()
    return p.events


rng = random.Random(7)
for sample in SAMPLES:
    print(repr(sample))
    for conv in (True, False):
        try:
            whole = run([sample], convert_charrefs=conv)
        except AssertionError as e:
            print('  AssertionError', e)
            continue
        print(' ', conv, whole)
        chars = run(list(sample), convert_charrefs=conv)
        if chars != whole:
            print('  by char:', chars)
        cuts = sorted(rng.sample(range(1, max(2, len(sample))), min(3, len(sample) - 1))) if len(sample) > 2 else []
        pieces = [sample[a:b] for a, b in zip([0] + cuts, cuts + [len(sample)])]
        split = run(pieces, convert_charrefs=conv)
        if split != whole:
            print('  in', pieces, split)
