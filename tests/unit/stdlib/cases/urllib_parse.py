# urllib.parse: urlparse/urlsplit and their parts, urljoin over RFC 3986 examples, quoting, query strings.
from urllib.parse import *
import urllib.parse
base = "https://user:pw@Site.example:8443/docs/guide/index.html;v=1?q=a+b&x=%E2%9C%93#top"
r = urlparse(base)
print(r)
print(r.hostname, r.port, r.username, r.password, r.geturl() == base)
print(urlsplit("//host/p?q#f"), urlsplit("mailto:a@b.c"), urlsplit("path/only?x=1"))
for rel in ["g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s", ";x", "g;x", "", ".", "./", "..", "../", "../g", "../..", "../../g", "../../../g", "/./g", "g.", ".g", "g..", "..g", "./../g", "g/./h", "g/../h", "http:g", "https://other/x", "mailto:x"]:
    print(repr(rel), urljoin("http://a/b/c/d;p?q", rel))
print(urljoin("https://site.example/", "/docs"), urljoin("https://site.example", "docs/a"), urljoin("", "x"), urljoin("http://a/b", ""))
print(quote("a b/c?d=é&✓"), quote("a b/c", safe=""), quote_plus("a b&c=d/e"), unquote("%E2%9C%93%20ok%zz%4"), unquote_plus("a+b%2Bc"))
print(urlencode({"q": "async io", "page": 2, "tags": ["a", "b"]}), urlencode([("x", "1"), ("y", "é")]), urlencode({"t": ("a", "b")}, doseq=True))
print(parse_qs("a=1&b=2&a=3&c=&d"), parse_qsl("a=1&b=&c", keep_blank_values=True), parse_qs("x=%20y+z"))
print(urldefrag("http://a/b#frag"), urlunparse(("http", "h", "/p", "", "q=1", "")), urlunsplit(("file", "", "/etc/x", "", "")))
try:
    urlparse("http://[::1/x")
except ValueError as e:
    print("ValueError", e)
try:
    urlparse("http://h:99999/").port
except ValueError as e:
    print("ValueError", e)
print(urlparse("http://[::1]:80/x").hostname, urlparse("http://[::1]:80/x").port, urllib.parse.urlsplit("HTTP://X.com").scheme)
