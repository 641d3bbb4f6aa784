# `urllib.parse`: splitting, joining and quoting URLs as CPython 3.13 does (RFC 3986 resolution of
# relative references in urljoin, the scheme tables that decide which schemes have a netloc,
# parameters or relative forms). Text (str) URLs only; bytes are not simulated.
from collections import namedtuple

__all__ = ['urlparse', 'urlunparse', 'urljoin', 'urldefrag', 'urlsplit', 'urlunsplit', 'urlencode',
           'parse_qs', 'parse_qsl', 'quote', 'quote_plus', 'unquote', 'unquote_plus', 'ParseResult',
           'SplitResult', 'DefragResult', 'uses_relative', 'uses_netloc', 'uses_params']

uses_relative = ['', 'ftp', 'http', 'gopher', 'nntp', 'imap', 'wais', 'file', 'https', 'shttp', 'mms',
                 'prospero', 'rtsp', 'rtsps', 'rtspu', 'sftp', 'svn', 'svn+ssh', 'ws', 'wss']
uses_netloc = ['', 'ftp', 'http', 'gopher', 'nntp', 'telnet', 'imap', 'wais', 'file', 'mms', 'https',
               'shttp', 'snews', 'prospero', 'rtsp', 'rtsps', 'rtspu', 'rsync', 'svn', 'svn+ssh', 'sftp',
               'nfs', 'git', 'git+ssh', 'ws', 'wss', 'itms-services']
uses_params = ['', 'ftp', 'hdl', 'prospero', 'http', 'imap', 'https', 'shttp', 'rtsp', 'rtsps', 'rtspu',
               'sip', 'sips', 'mms', 'sftp', 'tel']

_SCHEME_CHARS = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+-.')
_ALWAYS_SAFE = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-~')


def _text(value, what):
    if not isinstance(value, str):
        if isinstance(value, bytes):
            raise NotImplementedError(f'urllib.parse.{what} on bytes is not simulated in Loopline')
        raise TypeError(f'Cannot mix str and non-str arguments')
    return value


class _NetlocParts:
    __slots__ = ()

    @property
    def username(self):
        user = self._userinfo[0]
        return user

    @property
    def password(self):
        return self._userinfo[1]

    @property
    def _userinfo(self):
        info, at, _ = self.netloc.rpartition('@')
        if not at:
            return None, None
        user, colon, password = info.partition(':')
        return user, (password if colon else None)

    @property
    def _hostport(self):
        return self.netloc.rpartition('@')[2]

    @property
    def hostname(self):
        hostport = self._hostport
        if hostport.startswith('['):
            host = hostport[1:].partition(']')[0]
            host = host.partition('%')[0]
        else:
            host = hostport.partition(':')[0]
        if not host:
            return None
        return host.lower()

    @property
    def port(self):
        hostport = self._hostport
        if hostport.startswith('['):
            rest = hostport.partition(']')[2]
            port = rest[1:] if rest.startswith(':') else None
        else:
            _, colon, port = hostport.partition(':')
            port = port if colon else None
        if not port:
            return None
        if not port.isdigit() or not port.isascii():
            raise ValueError(f'Port could not be cast to integer value as {port!r}')
        number = int(port)
        if not 0 <= number <= 65535:
            raise ValueError('Port out of range 0-65535')
        return number


class SplitResult(namedtuple('SplitResult', 'scheme netloc path query fragment'), _NetlocParts):
    __slots__ = ()
    __module__ = 'urllib.parse'

    def geturl(self):
        return urlunsplit(self)


class ParseResult(namedtuple('ParseResult', 'scheme netloc path params query fragment'), _NetlocParts):
    __slots__ = ()
    __module__ = 'urllib.parse'

    def geturl(self):
        return urlunparse(self)


class DefragResult(namedtuple('DefragResult', 'url fragment')):
    __slots__ = ()
    __module__ = 'urllib.parse'

    def geturl(self):
        return self.url + '#' + self.fragment if self.fragment else self.url


def urlsplit(url, scheme='', allow_fragments=True):
    url = _text(url, 'urlsplit').lstrip(''.join(map(chr, range(33))))
    url = url.replace('\t', '').replace('\r', '').replace('\n', '')
    scheme = scheme.replace('\t', '').replace('\r', '').replace('\n', '').strip()
    netloc = query = fragment = ''
    colon = url.find(':')
    if colon > 0 and url[0].isascii() and url[0].isalpha() and all(c in _SCHEME_CHARS for c in url[:colon]):
        scheme, url = url[:colon].lower(), url[colon + 1:]
    if url[:2] == '//':
        end = len(url)
        for sep in '/?#':
            at = url.find(sep, 2)
            if at >= 0:
                end = min(end, at)
        netloc, url = url[2:end], url[end:]
        if ('[' in netloc) != (']' in netloc):
            raise ValueError('Invalid IPv6 URL')
    if allow_fragments and '#' in url:
        url, fragment = url.split('#', 1)
    if '?' in url:
        url, query = url.split('?', 1)
    return SplitResult(scheme, netloc, url, query, fragment)


def urlparse(url, scheme='', allow_fragments=True):
    scheme, netloc, path, query, fragment = urlsplit(url, scheme, allow_fragments)
    params = ''
    if scheme in uses_params and ';' in path:
        # parameters belong to the last path segment
        at = path.find(';', path.rfind('/')) if '/' in path else path.find(';')
        if at >= 0:
            path, params = path[:at], path[at + 1:]
    return ParseResult(scheme, netloc, path, params, query, fragment)


def urlunsplit(components):
    scheme, netloc, url, query, fragment = components
    if netloc:
        url = '//' + netloc + ('/' + url if url and url[:1] != '/' else url)
    elif url[:2] == '//' or (scheme and scheme in uses_netloc and (not url or url[:1] == '/')):
        url = '//' + url
    head = scheme + ':' if scheme else ''
    tail = ('?' + query if query else '') + ('#' + fragment if fragment else '')
    return head + url + tail


def urlunparse(components):
    scheme, netloc, path, params, query, fragment = components
    if params:
        path = f'{path};{params}'
    return urlunsplit((scheme, netloc, path, query, fragment))


def urljoin(base, url, allow_fragments=True):
    if not base:
        return url
    if not url:
        return base
    bscheme, bnetloc, bpath, bparams, bquery, _ = urlparse(base, '', allow_fragments)
    scheme, netloc, path, params, query, fragment = urlparse(url, bscheme, allow_fragments)
    if scheme != bscheme or scheme not in uses_relative:
        return url
    if scheme in uses_netloc:
        if netloc:
            return urlunparse((scheme, netloc, path, params, query, fragment))
        netloc = bnetloc
    if not path and not params:
        return urlunparse((scheme, netloc, bpath, bparams, query or bquery, fragment))
    # merge the paths, then remove dot segments (RFC 3986, 5.2)
    directory = bpath.split('/')
    if directory[-1] != '':
        directory.pop()
    segments = path.split('/') if path[:1] == '/' else directory + path.split('/')
    segments[1:-1] = [s for s in segments[1:-1] if s]
    out = []
    for seg in segments:
        if seg == '..':
            if out:
                out.pop()
        elif seg != '.':
            out.append(seg)
    if segments[-1] in ('.', '..'):
        out.append('')
    return urlunparse((scheme, netloc, '/'.join(out) or '/', params, query, fragment))


def urldefrag(url):
    if '#' not in url:
        return DefragResult(url, '')
    scheme, netloc, path, params, query, fragment = urlparse(url)
    return DefragResult(urlunparse((scheme, netloc, path, params, query, '')), fragment)


def quote(string, safe='/', encoding=None, errors=None):
    if isinstance(string, bytes):
        data = bytes(string)
    else:
        if not string:
            return string
        data = string.encode(encoding or 'utf-8', errors or 'strict')
    keep = _ALWAYS_SAFE | frozenset(safe if isinstance(safe, str) else safe.decode('ascii'))
    out = []
    for byte in data:
        ch = chr(byte)
        out.append(ch if byte < 128 and ch in keep else '%%%02X' % byte)
    return ''.join(out)


def quote_plus(string, safe='', encoding=None, errors=None):
    if isinstance(string, str) and ' ' not in string:
        return quote(string, safe, encoding, errors)
    if isinstance(safe, str):
        safe += ' '
    return quote(string, safe, encoding, errors).replace(' ', '+')


def _hex(c):
    return c in '0123456789abcdefABCDEF'


def unquote(string, encoding='utf-8', errors='replace'):
    if '%' not in string:
        return string
    out = []
    pending = []
    i = 0
    n = len(string)
    while i < n:
        if string[i] == '%' and i + 2 < n and _hex(string[i + 1]) and _hex(string[i + 2]):
            pending.append(int(string[i + 1:i + 3], 16))
            i += 3
            continue
        if pending:
            out.append(bytes(pending).decode(encoding, errors))
            pending = []
        out.append(string[i])
        i += 1
    if pending:
        out.append(bytes(pending).decode(encoding, errors))
    return ''.join(out)


def unquote_plus(string, encoding='utf-8', errors='replace'):
    return unquote(string.replace('+', ' '), encoding, errors)


def parse_qsl(qs, keep_blank_values=False, strict_parsing=False, encoding='utf-8', errors='replace',
              max_num_fields=None, separator='&'):
    if not qs:
        return []
    if not separator or not isinstance(separator, (str, bytes)):
        raise ValueError('Separator must be of type string or bytes.')
    if max_num_fields is not None and 1 + qs.count(separator) > max_num_fields:
        raise ValueError('Max number of fields exceeded')
    pairs = []
    for field in qs.split(separator):
        if not field and not strict_parsing:
            continue
        name, eq, value = field.partition('=')
        if not eq:
            if strict_parsing:
                raise ValueError(f'bad query field: {field!r}')
            if not keep_blank_values:
                continue
        if value or keep_blank_values:
            pairs.append((unquote(name.replace('+', ' '), encoding, errors),
                          unquote(value.replace('+', ' '), encoding, errors)))
    return pairs


def parse_qs(qs, keep_blank_values=False, strict_parsing=False, encoding='utf-8', errors='replace',
             max_num_fields=None, separator='&'):
    result = {}
    for name, value in parse_qsl(qs, keep_blank_values, strict_parsing, encoding, errors,
                                 max_num_fields, separator):
        result.setdefault(name, []).append(value)
    return result


def urlencode(query, doseq=False, safe='', encoding=None, errors=None, quote_via=quote_plus):
    if hasattr(query, 'items'):
        query = query.items()
    else:
        try:
            if len(query) and not isinstance(query[0], tuple):
                raise TypeError
        except TypeError as exc:
            raise TypeError('not a valid non-string sequence or mapping object') from exc

    def one(v):
        return quote_via(v if isinstance(v, (str, bytes)) else str(v), safe, encoding, errors)

    out = []
    for k, v in query:
        key = one(k)
        if not doseq or isinstance(v, (str, bytes)):
            out.append(key + '=' + one(v))
            continue
        try:
            items = iter(v)
        except TypeError:
            out.append(key + '=' + one(v))
            continue
        for item in items:
            out.append(key + '=' + one(item))
    return '&'.join(out)
