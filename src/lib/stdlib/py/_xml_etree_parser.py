# The XML 1.0 parser behind xml.etree.ElementTree's XMLParser, XMLPullParser and iterparse. It reads
# the document as it is fed, hands each complete piece to the target as expat does (text cut at line
# ends and references), and reports a mistake with expat's message, code and position (line, and
# column counted in characters).

import sys as _sys


class ParseError(SyntaxError):
    pass


ParseError.__module__ = 'xml.etree.ElementTree'

_XML_NS = 'http://www.w3.org/XML/1998/namespace'
_SPACE = ' \t\n'
_PREDEFINED = {'lt': '<', 'gt': '>', 'amp': '&', 'quot': '"', 'apos': "'"}

# Facts: expat's error codes and messages.
_SYNTAX = (2, 'syntax error')
_NO_ELEMENTS = (3, 'no element found')
_INVALID = (4, 'not well-formed (invalid token)')
_UNCLOSED = (5, 'unclosed token')
_MISMATCH = (7, 'mismatched tag')
_DUPLICATE = (8, 'duplicate attribute')
_JUNK = (9, 'junk after document element')
_UNDEFINED = (11, 'undefined entity')
_BAD_CHARREF = (14, 'reference to invalid character number')
_MISPLACED_DECL = (17, 'XML or text declaration not at start of entity')
_UNCLOSED_CDATA = (20, 'unclosed CDATA section')
_UNBOUND = (27, 'unbound prefix')
_UNDECLARING = (28, 'must not undeclare prefix')
_FINISHED = (36, 'parsing finished')


class _Stop(Exception):
    # The document so far ends inside a piece: wait for more (or, at the end, report it).
    pass


def _name_start(char):
    return char.isalpha() or char == '_' or char == ':' or char > '\x7f'


def _name_char(char):
    return char.isalnum() or char in '_:-.' or char > '\x7f'


def _allowed(char):
    return _allowed_code(ord(char))


def _allowed_code(code):
    if code < 0x20:
        return code in (9, 10, 13)
    return code < 0xD800 or 0xE000 <= code <= 0xFFFD or 0x10000 <= code <= 0x10FFFF


def _whole(raw, encoding):
    # How many bytes of raw make whole characters (the rest waits for the next feed).
    if encoding == 'utf-8':
        back = 1
        while back <= min(3, len(raw)):
            byte = raw[-back]
            if byte & 0xC0 == 0x80:
                back += 1
                continue
            if byte >= 0xC0:
                need = 2 if byte < 0xE0 else 3 if byte < 0xF0 else 4
                return len(raw) - back if need > back else len(raw)
            return len(raw)
        return len(raw)
    if encoding.startswith('utf-16'):
        cut = len(raw) - len(raw) % 2
        if cut >= 2:
            high = raw[cut - 1] if encoding.endswith('le') else raw[cut - 2]
            if 0xD8 <= high <= 0xDB:
                cut -= 2
        return cut
    return len(raw)


class XMLParser:
    def __init__(self, *, target=None, encoding=None):
        if target is None:
            from xml.etree.ElementTree import TreeBuilder
            target = TreeBuilder()
        self.target = self._target = target
        self.version = 'Expat 2.5.0'
        self.entity = {}
        self._encoding = encoding
        self._names = {}
        for method in ('start', 'end', 'data', 'comment', 'pi', 'start_ns', 'end_ns', 'close',
                       'doctype'):
            self._names[method] = getattr(target, method, None)
        self._raw = b''
        self._decoder = None
        self._doc = ''
        self._pos = 0
        self._held_cr = False
        self._open = []
        self._scopes = [{'xml': _XML_NS}]
        self._declared = []
        self._phase = 0
        self._failed = None
        self._entities = {}
        self._external = False
        self._finished = False
        self._events = None

    # -- text in

    def feed(self, data):
        if self._failed is not None:
            raise self._failed
        if self._finished:
            self._fail(_FINISHED, len(self._doc))
        if isinstance(data, str):
            self._add(data)
        elif isinstance(data, (bytes, bytearray, memoryview)):
            self._add(self._decode(bytes(data), False))
        else:
            raise TypeError(f'a bytes-like object is required, not {type(data).__name__!r}')
        self._run(False)

    def close(self):
        if self._finished:
            self._fail(_FINISHED, len(self._doc))
        if self._failed is None:
            if self._decoder is not None or self._raw:
                self._add(self._decode(b'', True))
            if self._held_cr:
                self._held_cr = False
                self._doc += '\n'
            self._run(True)
            self._finished = True
        else:
            raise self._failed
        closer = self._names['close']
        return closer() if closer is not None else None

    def flush(self):
        pass

    def _add(self, text):
        if self._held_cr:
            text = '\r' + text
            self._held_cr = False
        if text[-1:] == '\r':
            self._held_cr = True
            text = text[:-1]
        if '\r' in text:
            text = text.replace('\r\n', '\n').replace('\r', '\n')
        if not self._doc and text[:1] == '\ufeff':
            text = text[1:]
        self._doc += text

    def _decode(self, data, final):
        self._raw += data
        if self._decoder is None:
            raw = self._raw
            if not final and len(raw) < 4:
                return ''
            name = self._encoding
            if raw[:2] in (b'\xff\xfe', b'\xfe\xff'):
                name = 'utf-16'
            elif raw[:2] == b'<\x00':
                name = 'utf-16-le'
            elif raw[:2] == b'\x00<':
                name = 'utf-16-be'
            elif raw[:3] == b'\xef\xbb\xbf':
                name, self._raw = 'utf-8', raw[3:]
            elif name is None and raw[:5] == b'<?xml':
                end = raw.find(b'?>')
                if end < 0 and not final:
                    return ''
                head = raw[:end].decode('latin-1')
                at = head.find('encoding')
                if at >= 0:
                    rest = head[at + 8:].lstrip(' \t\r\n')[1:].lstrip(' \t\r\n')
                    if rest[:1] in ('"', "'"):
                        close = rest.find(rest[0], 1)
                        if close > 0:
                            name = rest[1:close]
            name = (name or 'utf-8').lower().replace('_', '-')
            if name in ('latin-1', 'latin1', 'iso8859-1', 'iso-8859-1'):
                name = 'latin-1'
            if name in ('utf-16', 'utf16'):
                name = 'utf-16-be' if self._raw[:2] == b'\xfe\xff' else 'utf-16-le'
                if self._raw[:2] in (b'\xff\xfe', b'\xfe\xff'):
                    self._raw = self._raw[2:]
            self._decoder = name
        raw = self._raw
        cut = len(raw)
        if not final:
            cut = _whole(raw, self._decoder)
        try:
            text = raw[:cut].decode(self._decoder)
        except UnicodeDecodeError as exc:
            self._add(raw[:exc.start].decode(self._decoder))
            self._run(False)
            self._fail(_INVALID, len(self._doc))
        self._raw = raw[cut:]
        return text

    # -- reporting

    def _fail(self, error, at):
        code, message = error
        line = self._doc.count('\n', 0, at) + 1
        column = at - (self._doc.rfind('\n', 0, at) + 1)
        err = ParseError(f'{message}: line {line}, column {column}')
        err.code = code
        err.position = (line, column)
        self._failed = err
        raise err

    # -- the target

    def _data(self, text):
        handler = self._names['data']
        if handler is None or not text:
            return
        start = 0
        while True:
            cut = text.find('\n', start)
            if cut < 0:
                if start < len(text):
                    handler(text[start:])
                return
            if cut > start:
                handler(text[start:cut])
            handler('\n')
            start = cut + 1

    # -- the document

    def _run(self, final):
        doc = self._doc
        size = len(doc)
        while True:
            at = self._pos
            if self._phase != 1:
                while at < size and doc[at] in _SPACE:
                    at += 1
                self._pos = at
            if at >= size:
                break
            try:
                self._pos = self._piece(doc, at, size)
            except _Stop as stop:
                if final:
                    if stop.args:
                        self._fail(_UNCLOSED_CDATA, size)
                    self._fail(_UNCLOSED, at)
                return
        if final:
            if self._phase != 2:
                self._fail(_NO_ELEMENTS, size)

    def _piece(self, doc, at, size):
        char = doc[at]
        if char == '<':
            if at + 1 >= size:
                raise _Stop
            nxt = doc[at + 1]
            if nxt == '/':
                if self._phase != 1:
                    self._fail(_JUNK if self._phase == 2 else _INVALID, at if self._phase == 2 else at + 1)
                return self._end_tag(doc, at, size)
            if nxt == '?':
                return self._pi(doc, at, size)
            if nxt == '!':
                if doc.startswith('<!--', at):
                    return self._comment(doc, at, size)
                if self._phase == 1 and doc.startswith('<![CDATA[', at):
                    return self._cdata(doc, at, size)
                if self._phase == 0 and doc.startswith('<!DOCTYPE', at):
                    return self._doctype(doc, at, size)
                if size - at < 9:
                    raise _Stop
                self._fail(_JUNK if self._phase == 2 else _INVALID, at if self._phase == 2 else at + 2)
            if self._phase == 2:
                self._fail(_JUNK, at)
            return self._start_tag(doc, at, size)
        if self._phase == 0:
            self._fail(_SYNTAX, at)
        if self._phase == 2:
            self._fail(_JUNK, at)
        if char == '&':
            return self._reference(doc, at, size)
        return self._text(doc, at, size)

    def _text(self, doc, at, size):
        end = doc.find('<', at)
        if end < 0:
            end = size
        amp = doc.find('&', at, end)
        if amp >= 0:
            end = amp
        chunk = doc[at:end]
        if not chunk.isprintable():
            for offset, char in enumerate(chunk):
                if not _allowed(char):
                    self._fail(_INVALID, at + offset)
        bad = chunk.find(']]>')
        if bad >= 0:
            self._fail(_INVALID, at + bad + 2)
        if end >= size and chunk[-2:] in (']]', ']'):
            # ']]' at the end of what was fed may yet become ']]>'
            keep = 2 if chunk[-2:] == ']]' else 1
            end -= keep
            chunk = chunk[:-keep]
        self._data(chunk)
        return end

    def _reference(self, doc, at, size):
        value, end = self._read_reference(doc, at, size, True)
        if value is not None:
            self._data(value)
        return end

    def _replace(self, name):
        # An internal entity's replacement text, read as content where it is used.
        text = self._entities[name]
        saved = self._doc
        self._doc = text
        try:
            pos = 0
            while pos < len(text):
                pos = self._piece(text, pos, len(text))
        except _Stop:
            self._fail(_INVALID, len(text))
        finally:
            self._doc = saved

    def _read_reference(self, doc, at, size, content=False):
        # '&name;', '&#n;', '&#xh;' starting at `at`: its text and where it ends.
        at1 = at + 1
        if at1 >= size:
            raise _Stop
        if doc[at1] == '#':
            hexa = at1 + 1 < size and doc[at1 + 1] == 'x'
            pos = at1 + (2 if hexa else 1)
            digits = '0123456789abcdefABCDEF' if hexa else '0123456789'
            begin = pos
            while pos < size and doc[pos] in digits:
                pos += 1
            if pos >= size:
                raise _Stop
            if doc[pos] != ';' or pos == begin:
                self._fail(_INVALID, pos)
            code = int(doc[begin:pos], 16 if hexa else 10)
            if not _allowed_code(code):
                self._fail(_BAD_CHARREF, at)
            return chr(code), pos + 1
        if not _name_start(doc[at1]):
            self._fail(_INVALID, at1)
        pos = at1 + 1
        while pos < size and _name_char(doc[pos]):
            pos += 1
        if pos >= size:
            raise _Stop
        if doc[pos] != ';':
            self._fail(_INVALID, pos)
        name = doc[at1:pos]
        if name in _PREDEFINED:
            return _PREDEFINED[name], pos + 1
        if name in self._entities:
            if content:
                self._replace(name)
                return None, pos + 1
            return _expand_refs(self._entities[name]), pos + 1
        if not self._external:
            self._fail(_UNDEFINED, at)
        # With an external DTD expat leaves the reference to the parser, which reads its entity dict.
        if name in self.entity:
            return self.entity[name], pos + 1
        self._fail((_UNDEFINED[0], f'undefined entity &{name};'), at)

    def _name(self, doc, pos, size):
        if pos >= size:
            raise _Stop
        if not _name_start(doc[pos]):
            self._fail(_INVALID, pos)
        end = pos + 1
        while end < size and _name_char(doc[end]):
            end += 1
        if end >= size:
            raise _Stop
        return doc[pos:end], end

    def _skip_space(self, doc, pos, size):
        while pos < size and doc[pos] in _SPACE:
            pos += 1
        if pos >= size:
            raise _Stop
        return pos

    def _start_tag(self, doc, at, size):
        name, pos = self._name(doc, at + 1, size)
        attrs = []
        seen = set()
        while True:
            if pos >= size:
                raise _Stop
            spaced = doc[pos] in _SPACE
            pos = self._skip_space(doc, pos, size)
            char = doc[pos]
            if char == '>' or char == '/':
                break
            if not spaced:
                self._fail(_INVALID, pos)
            key_at = pos
            key, pos = self._name(doc, pos, size)
            pos = self._skip_space(doc, pos, size)
            if doc[pos] != '=':
                self._fail(_INVALID, pos)
            pos = self._skip_space(doc, pos + 1, size)
            quote = doc[pos]
            if quote not in '"\'':
                self._fail(_INVALID, pos)
            value, pos = self._value(doc, pos + 1, size, quote)
            if key in seen:
                self._fail(_DUPLICATE, key_at)
            seen.add(key)
            attrs.append((key, value))
        if char == '/':
            if pos + 1 >= size:
                raise _Stop
            if doc[pos + 1] != '>':
                self._fail(_INVALID, pos + 1)
            end = pos + 2
        else:
            end = pos + 1
        self._open_element(name, attrs, at)
        if char == '/':
            self._close_element(name)
        return end

    def _value(self, doc, pos, size, quote):
        parts = []
        begin = pos
        while True:
            if pos >= size:
                raise _Stop
            char = doc[pos]
            if char == quote:
                parts.append(doc[begin:pos])
                return ''.join(parts), pos + 1
            if char == '<':
                self._fail(_INVALID, pos)
            if char == '&':
                parts.append(doc[begin:pos])
                value, pos = self._read_reference(doc, pos, size)
                parts.append(value)
                begin = pos
                continue
            if char in '\t\n':
                parts.append(doc[begin:pos])
                parts.append(' ')
                begin = pos + 1
            elif not _allowed(char):
                self._fail(_INVALID, pos)
            pos += 1

    def _open_element(self, name, attrs, at):
        scope = None
        plain = []
        for key, value in attrs:
            if key == 'xmlns' or key[:6] == 'xmlns:':
                prefix = key[6:]
                if prefix and not value:
                    self._fail(_UNDECLARING, at)
                if scope is None:
                    scope = dict(self._scopes[-1])
                scope[prefix] = value
                handler = self._names['start_ns']
                if handler is not None:
                    handler(prefix, value)
                if self._events is not None:
                    self._events.append(('start-ns', (prefix, value)))
            else:
                plain.append((key, value))
        declared = [] if scope is None else [key[6:] for key, value in attrs
                                             if key == 'xmlns' or key[:6] == 'xmlns:']
        self._scopes.append(scope if scope is not None else self._scopes[-1])
        tag = self._expand(name, True, at)
        attrib = {}
        for key, value in plain:
            attrib[self._expand(key, False, at)] = value
        self._open.append((name, declared))
        self._phase = 1
        handler = self._names['start']
        if handler is not None:
            handler(tag, attrib)

    def _expand(self, name, element, at):
        scope = self._scopes[-1]
        colon = name.find(':')
        if colon < 0:
            uri = scope.get('') if element else None
            return '{%s}%s' % (uri, name) if uri else name
        prefix = name[:colon]
        uri = scope.get(prefix)
        if uri is None:
            self._fail(_UNBOUND, at)
        return '{%s}%s' % (uri, name[colon + 1:])

    def _close_element(self, name):
        _, declared = self._open.pop()
        tag = self._expand(name, True, 0)
        handler = self._names['end']
        if handler is not None:
            handler(tag)
        self._scopes.pop()
        for prefix in reversed(declared):
            handler = self._names['end_ns']
            if handler is not None:
                handler(prefix)
            if self._events is not None:
                self._events.append(('end-ns', None))
        if not self._open:
            self._phase = 2

    def _end_tag(self, doc, at, size):
        name, pos = self._name(doc, at + 2, size)
        pos = self._skip_space(doc, pos, size)
        if doc[pos] != '>':
            self._fail(_INVALID, pos)
        if name != self._open[-1][0]:
            self._fail(_MISMATCH, at + 2)
        self._close_element(name)
        return pos + 1

    def _comment(self, doc, at, size):
        close = doc.find('--', at + 4)
        if close < 0:
            raise _Stop
        if close + 2 >= size:
            raise _Stop
        if doc[close + 2] != '>':
            self._fail(_INVALID, close + 2)
        text = doc[at + 4:close]
        handler = self._names['comment']
        if handler is not None:
            handler(text)
        return close + 3

    def _cdata(self, doc, at, size):
        close = doc.find(']]>', at + 9)
        if close < 0:
            raise _Stop('cdata')
        self._data(doc[at + 9:close])
        return close + 3

    def _pi(self, doc, at, size):
        target, pos = self._name(doc, at + 2, size)
        close = doc.find('?>', pos)
        if close < 0:
            raise _Stop
        if target.lower() == 'xml':
            if target == 'xml' and at == 0:
                return close + 2
            self._fail(_MISPLACED_DECL, at)
        if doc[pos] not in _SPACE and pos != close:
            self._fail(_INVALID, pos)
        text = doc[pos:close].lstrip(_SPACE)
        handler = self._names['pi']
        if handler is not None:
            handler(target, text)
        return close + 2

    def _doctype(self, doc, at, size):
        pos = at + 9
        depth = 0
        quote = None
        while True:
            if pos >= size:
                raise _Stop
            char = doc[pos]
            if quote is not None:
                if char == quote:
                    quote = None
            elif char in '"\'':
                quote = char
            elif char == '[':
                depth += 1
            elif char == ']':
                depth -= 1
            elif char == '>' and depth == 0:
                break
            pos += 1
        self._read_entities(doc[at:pos])
        self._declare(doc[at + 9:pos])
        return pos + 1

    def _declare(self, decl):
        # The name and external ids of '<!DOCTYPE name [PUBLIC "p" "s" | SYSTEM "s"] [...]>'.
        head = decl.split('[', 1)[0]
        words = []
        rest = head.strip()
        while rest:
            if rest[0] in '"\'':
                close = rest.find(rest[0], 1)
                words.append(rest[1:close] if close > 0 else rest[1:])
                rest = rest[close + 1:].lstrip() if close > 0 else ''
            else:
                word = rest.split(None, 1)
                words.append(word[0])
                rest = word[1].lstrip() if len(word) > 1 else ''
        name = words[0] if words else None
        public = system = None
        if len(words) >= 3 and words[1] == 'SYSTEM':
            system = words[2]
        elif len(words) >= 4 and words[1] == 'PUBLIC':
            public, system = words[2], words[3]
        self._external = system is not None
        handler = self._names['doctype']
        if handler is not None:
            handler(name, public, system)

    def _read_entities(self, decl):
        # The internal subset's general entities with a literal value.
        start = 0
        while True:
            at = decl.find('<!ENTITY', start)
            if at < 0:
                return
            words = decl[at + 8:].split(None, 1)
            start = at + 8
            if len(words) < 2 or words[0] == '%':
                continue
            rest = words[1].lstrip()
            if rest[:1] in ('"', "'"):
                close = rest.find(rest[0], 1)
                if close > 0 and words[0] not in self._entities:
                    self._entities[words[0]] = rest[1:close]


def _expand_refs(text):
    # An internal entity's replacement text, its references read (no markup inside it is read).
    if '&' not in text:
        return text
    out = []
    at = 0
    while True:
        amp = text.find('&', at)
        semi = text.find(';', amp)
        if amp < 0 or semi < 0:
            out.append(text[at:])
            return ''.join(out)
        out.append(text[at:amp])
        name = text[amp + 1:semi]
        if name[:2] == '#x':
            out.append(chr(int(name[2:], 16)))
        elif name[:1] == '#':
            out.append(chr(int(name[1:])))
        else:
            out.append(_PREDEFINED.get(name, text[amp:semi + 1]))
        at = semi + 1


class XMLPullParser:
    def __init__(self, events=None, *, _parser=None):
        from xml.etree.ElementTree import TreeBuilder
        self._queue = []
        wanted = ('end',) if events is None else tuple(events)
        for event in wanted:
            if event not in ('start', 'end', 'start-ns', 'end-ns', 'comment', 'pi'):
                raise ValueError(f'unknown event {event!r}')
        self._parser = _parser or XMLParser(target=_EventTarget(TreeBuilder(), self._queue, wanted))
        if 'start-ns' in wanted or 'end-ns' in wanted:
            self._parser._events = _NsEvents(self._queue, wanted)

    def feed(self, data):
        if self._parser is None:
            raise ValueError('feed() called after end of stream')
        if data:
            try:
                self._parser.feed(data)
            except SyntaxError as exc:
                self._queue.append(exc)

    def _close_and_return_root(self):
        root = self._parser.close()
        self._parser = None
        return root

    def close(self):
        self._close_and_return_root()

    def flush(self):
        pass

    def read_events(self):
        queue = self._queue
        while queue:
            event = queue.pop(0)
            if isinstance(event, Exception):
                raise event
            yield event


class _NsEvents:
    def __init__(self, queue, wanted):
        self._queue = queue
        self._wanted = wanted

    def append(self, event):
        if event[0] in self._wanted:
            self._queue.append(event)


class _EventTarget:
    # Passes each call on to the tree builder and queues the events asked for.
    def __init__(self, builder, queue, wanted):
        self._builder = builder
        self._queue = queue
        self._wanted = wanted

    def start(self, tag, attrib):
        node = self._builder.start(tag, attrib)
        if 'start' in self._wanted:
            self._queue.append(('start', node))

    def end(self, tag):
        node = self._builder.end(tag)
        if 'end' in self._wanted:
            self._queue.append(('end', node))

    def data(self, text):
        self._builder.data(text)

    def comment(self, text):
        node = self._builder.comment(text)
        if 'comment' in self._wanted:
            self._queue.append(('comment', node))

    def pi(self, target, text):
        node = self._builder.pi(target, text)
        if 'pi' in self._wanted:
            self._queue.append(('pi', node))

    def close(self):
        return self._builder.close()


class _IterParseIterator:
    def __init__(self, source, events, parser):
        self._owned = not hasattr(source, 'read')
        self._source = open(source, 'rb') if self._owned else source
        self._pull = XMLPullParser(events=events, _parser=parser)
        self.root = None
        self._done = False

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            for event in self._pull.read_events():
                return event
            if self._done:
                self.close()
                raise StopIteration
            try:
                chunk = self._source.read(16 * 1024)
                if chunk:
                    self._pull.feed(chunk)
                else:
                    self.root = self._pull._close_and_return_root()
                    self._done = True
            except BaseException:
                self.close()
                raise

    def close(self):
        if self._owned and self._source is not None:
            self._source.close()
        self._source = None


def iterparse(source, events=None, parser=None):
    return _IterParseIterator(source, events, parser)


del _sys
