# html.escape/unescape and keyword as templating and code-generation scripts use them: escaping with
# and without quotes, unescaping named references (with and without ';', the longest-prefix rule),
# decimal and hex references including the ones HTML5 replaces or drops, html.entities' tables, and
# keyword's lists per version (soft keyword 'type' from 3.12).
import html
import html.entities
import keyword

print(html.escape('<a href="x?a=1&b=2">it\'s</a>'), html.escape('<"\'>', quote=False), html.escape(''))
for s in ['&amp;&lt;&gt;&quot;&#x27;&#39;', '&copy; 2024 &copy 2024', '&notit; &notin; &not', '&ampx &amp;x',
          '&#65;&#x41;&#X41&#0065;', '&#0; &#x80; &#x81; &#150; &#xD800; &#x110000; &#1; &#xb; &#xfffe; &#x1F600;',
          '&unknown; & &;', '&Aacute&aacute;&AElig', '&#; &#x; &#xg;', 'plain text', '&' * 3,
          '&CounterClockwiseContourIntegral;&NotNestedGreaterGreater;&fjlig;', '&lt' + 'x' * 40]:
    print(repr(s), repr(html.unescape(s)))
print(html.unescape(html.escape('<tag attr="v">&amp;</tag>')))
e = html.entities
print(len(e.html5), len(e.name2codepoint), len(e.codepoint2name), len(e.entitydefs))
print(e.html5['amp;'], e.html5['amp'], e.name2codepoint['eacute'], e.codepoint2name[233], e.entitydefs['nbsp'] == '\xa0')
print(list(e.html5.items())[:5], list(e.name2codepoint.items())[-3:], list(e.codepoint2name.items())[:3])
print(sorted(e.__all__), sorted(html.__all__))
print(keyword.kwlist)
print(keyword.softkwlist)
print([w for w in ['if', 'match', 'type', 'case', '_', 'print', 'None', 'async', 'True'] if keyword.iskeyword(w)],
      [w for w in ['if', 'match', 'type', 'case', '_', 'print'] if keyword.issoftkeyword(w)])
print(keyword.iskeyword([]) if False else 'ok', sorted(keyword.__all__))
try:
    keyword.iskeyword([])
except TypeError as e:
    print('TypeError', e)
