# `xml.etree.ElementTree`: elements, an XML 1.0 parser of Loopline's own that reports errors as
# expat does (message, line and column in code points, error code), ElementPath searches and the
# serializer. CPython's C accelerator is the model: its reprs and its messages.

import sys as _sys
import io as _io
import warnings as _warnings
import xml.etree.ElementPath as _path
from _xml_etree_parser import ParseError, XMLParser, XMLPullParser, iterparse

__all__ = [
    'Comment', 'dump', 'Element', 'ElementTree', 'fromstring', 'fromstringlist', 'indent',
    'iselement', 'iterparse', 'parse', 'ParseError', 'PI', 'ProcessingInstruction', 'QName',
    'SubElement', 'tostring', 'tostringlist', 'TreeBuilder', 'VERSION', 'XML', 'XMLID',
    'XMLParser', 'XMLPullParser', 'register_namespace', 'canonicalize', 'C14NWriterTarget',
]

VERSION = '1.3.0'


def iselement(element):
    return hasattr(element, 'tag')


class Element:
    # Slots, as the C type has fixed fields: tag, attrib, text and tail show in dir(Element).
    __slots__ = ('tag', 'attrib', 'text', 'tail', '_kids', '__weakref__')

    def __init__(self, tag, attrib={}, **extra):
        if not isinstance(attrib, dict):
            raise TypeError(f'Element() argument 2 must be dict, not {type(attrib).__name__}')
        self.tag = tag
        self.attrib = {**attrib, **extra}
        self.text = None
        self.tail = None
        self._kids = []

    def __repr__(self):
        return f'<Element {self.tag!r} at {hex(id(self))}>'

    def makeelement(self, tag, attrib):
        return self.__class__(tag, attrib)

    def __copy__(self):
        twin = self.makeelement(self.tag, self.attrib)
        twin.text, twin.tail = self.text, self.tail
        twin._kids = list(self._kids)
        return twin

    def __deepcopy__(self, memo):
        import copy
        twin = self.makeelement(copy.deepcopy(self.tag, memo), copy.deepcopy(self.attrib, memo))
        twin.text = copy.deepcopy(self.text, memo)
        twin.tail = copy.deepcopy(self.tail, memo)
        twin._kids = [copy.deepcopy(kid, memo) for kid in self._kids]
        return twin

    def __len__(self):
        return len(self._kids)

    def __bool__(self):
        if _sys.version_info >= (3, 12):
            future = 'raise an exception' if _sys.version_info < (3, 13) else 'always return True'
            test = 'elem is not None' if _sys.version_info >= (3, 12) else 'elem is None'
            _warnings.warn(
                f"Testing an element's truth value will {future} in future versions.  "
                f"Use specific 'len(elem)' or '{test}' test instead.",
                DeprecationWarning, stacklevel=2)
        return len(self._kids) != 0

    def __getitem__(self, index):
        if isinstance(index, slice):
            return self._kids[index]
        try:
            return self._kids[index]
        except IndexError:
            raise IndexError('child index out of range') from None

    def __setitem__(self, index, value):
        if isinstance(index, slice):
            value = list(value)
            for item in value:
                _need_element(item)
        else:
            _need_element(value)
            if not -len(self._kids) <= index < len(self._kids):
                raise IndexError('list assignment index out of range')
        self._kids[index] = value

    def __delitem__(self, index):
        if not isinstance(index, slice) and not -len(self._kids) <= index < len(self._kids):
            raise IndexError('list assignment index out of range')
        del self._kids[index]

    def __iter__(self):
        return iter(self._kids)

    def append(self, subelement):
        _need_element(subelement, 'append', 1)
        self._kids.append(subelement)

    def extend(self, elements):
        added = list(elements)
        for item in added:
            _need_element(item)
        self._kids.extend(added)

    def insert(self, index, subelement):
        _need_element(subelement, 'insert', 2, False)
        self._kids.insert(index, subelement)

    def remove(self, subelement):
        _need_element(subelement, 'remove', 0)
        for at, kid in enumerate(self._kids):
            if kid is subelement or kid == subelement:
                del self._kids[at]
                return
        if _sys.version_info >= (3, 14):
            raise ValueError('Element.remove(x): element not found')
        raise ValueError('list.remove(x): x not in list')

    # A path without ElementPath's punctuation (outside a {uri}) and no namespaces is compared with
    # the children's tags as it is, as CPython's C find/findall/findtext do.
    def find(self, path, namespaces=None):
        if namespaces is None and _plain(path):
            return next((kid for kid in self._kids if kid.tag == path), None)
        return _path.find(self, path, namespaces)

    def findtext(self, path, default=None, namespaces=None):
        if namespaces is None and _plain(path):
            found = self.find(path)
            return default if found is None else found.text or ''
        return _path.findtext(self, path, default, namespaces)

    def findall(self, path, namespaces=None):
        if namespaces is None and _plain(path):
            return [kid for kid in self._kids if kid.tag == path]
        return _path.findall(self, path, namespaces)

    def iterfind(self, path, namespaces=None):
        return _path.iterfind(self, path, namespaces)

    def clear(self):
        self.attrib = {}
        self._kids = []
        self.text = self.tail = None

    def get(self, key, default=None):
        return self.attrib.get(key, default)

    def set(self, key, value):
        self.attrib[key] = value

    def keys(self):
        return list(self.attrib)

    def items(self):
        return list(self.attrib.items())

    def iter(self, tag=None):
        if tag == '*':
            tag = None
        pending = [iter((self,))]
        while pending:
            node = next(pending[-1], None)
            if node is None:
                pending.pop()
                continue
            if tag is None or node.tag == tag:
                yield node
            pending.append(iter(node._kids))

    def itertext(self):
        # The C accelerator's: a comment's or PI's text counts too.
        if self.text:
            yield self.text
        for kid in self._kids:
            yield from kid.itertext()
            if kid.tail:
                yield kid.tail


def _plain(path):
    if not isinstance(path, str):
        return False
    if path[:3] == '{*}' or path[-2:] == '}*' or path[:2] == '{}':
        return False
    inside = False
    for char in path:
        if char == '{':
            inside = True
        elif char == '}':
            inside = False
        elif not inside and char in '/*[@.':
            return False
    return True


def _need_element(value, method=None, argument=1, alone=True):
    # Argument Clinic names the argument's position; for a method of one argument, from 3.12 on.
    if isinstance(value, Element):
        return
    if method is None:
        raise TypeError(f'expected an Element, not "{type(value).__name__}"')
    where = f'{method}() argument'
    # remove()'s check is written by hand in C: it never names the position.
    if argument and (not alone or _sys.version_info >= (3, 12)):
        where += f' {argument}'
    # Argument Clinic says None for None, else the type's name.
    got = 'None' if value is None else type(value).__name__
    raise TypeError(f'{where} must be xml.etree.ElementTree.Element, not {got}')


def SubElement(parent, tag, attrib={}, **extra):
    _need_element(parent, 'SubElement', 1, False)
    if not isinstance(attrib, dict):
        raise TypeError(f'SubElement() argument 3 must be dict, not {type(attrib).__name__}')
    child = parent.makeelement(tag, {**attrib, **extra})
    parent.append(child)
    return child


def Comment(text=None):
    node = Element(Comment)
    node.text = text
    return node


def ProcessingInstruction(target, text=None):
    node = Element(ProcessingInstruction)
    node.text = target if not text else target + ' ' + text
    return node


PI = ProcessingInstruction


class QName:
    def __init__(self, text_or_uri, tag=None):
        self.text = text_or_uri if tag is None else '{%s}%s' % (text_or_uri, tag)

    def __str__(self):
        return self.text

    def __repr__(self):
        return f'<QName {self.text!r}>'

    def __hash__(self):
        return hash(self.text)

    def _key(self, other):
        return other.text if isinstance(other, QName) else other

    def __eq__(self, other):
        return self.text == self._key(other)

    def __ne__(self, other):
        return self.text != self._key(other)

    def __lt__(self, other):
        return self.text < self._key(other)

    def __le__(self, other):
        return self.text <= self._key(other)

    def __gt__(self, other):
        return self.text > self._key(other)

    def __ge__(self, other):
        return self.text >= self._key(other)


class ElementTree:
    def __init__(self, element=None, file=None):
        if element is not None and not iselement(element):
            raise TypeError(f'expected an Element, not {type(element).__name__}')
        self._root = element
        if file is not None:
            self.parse(file)

    def getroot(self):
        return self._root

    def _setroot(self, element):
        if not iselement(element):
            raise TypeError(f'expected an Element, not {type(element).__name__}')
        self._root = element

    def parse(self, source, parser=None):
        owned = not hasattr(source, 'read')
        if owned:
            source = open(source, 'rb')
        try:
            if parser is None:
                parser = XMLParser()
            while True:
                chunk = source.read(65536)
                if not chunk:
                    break
                parser.feed(chunk)
            self._root = parser.close()
            return self._root
        finally:
            if owned:
                source.close()

    def iter(self, tag=None):
        return self._root.iter(tag)

    def _relative(self, path):
        if path[:1] == '/':
            path = '.' + path
            _warnings.warn(
                'This search is broken in 1.3 and earlier, and will be fixed in a future version.  '
                f'If you rely on the current behaviour, change it to {path!r}',
                FutureWarning, stacklevel=3)
        return path

    def find(self, path, namespaces=None):
        return self._root.find(self._relative(path), namespaces)

    def findtext(self, path, default=None, namespaces=None):
        return self._root.findtext(self._relative(path), default, namespaces)

    def findall(self, path, namespaces=None):
        return self._root.findall(self._relative(path), namespaces)

    def iterfind(self, path, namespaces=None):
        return self._root.iterfind(self._relative(path), namespaces)

    def write(self, file_or_filename, encoding=None, xml_declaration=None, default_namespace=None,
              method=None, *, short_empty_elements=True):
        method = method or 'xml'
        if method not in ('xml', 'html', 'text', 'c14n'):
            raise ValueError(f'unknown method {method!r}')
        encoding = encoding or ('utf-8' if method == 'c14n' else 'us-ascii')
        lowered = encoding.lower()
        # Text goes to a stream piece by piece, as CPython's serializer writes it.
        direct = lowered == 'unicode' and hasattr(file_or_filename, 'write')
        pieces = []
        put = file_or_filename.write if direct else pieces.append
        if method == 'xml' and (xml_declaration or (
                xml_declaration is None and lowered not in ('utf-8', 'us-ascii', 'unicode'))):
            shown = 'utf-8' if lowered == 'unicode' else encoding
            put(f"<?xml version='1.0' encoding='{shown}'?>\n")
        if method == 'text':
            for part in self._root.itertext():
                put(part)
            if self._root.tail:
                put(self._root.tail)
        else:
            names = _prefixes_for(self._root, default_namespace)
            _serialize(put, self._root, names, True, method == 'html', short_empty_elements)
        if direct:
            return
        text = ''.join(pieces)
        if lowered == 'unicode':
            out = text
        else:
            out = text.encode(encoding, 'xmlcharrefreplace')
        if hasattr(file_or_filename, 'write'):
            file_or_filename.write(out)
        else:
            with open(file_or_filename, 'w' if lowered == 'unicode' else 'wb') as handle:
                handle.write(out)

    def write_c14n(self, file):
        return self.write(file, method='c14n')


# Facts: the prefixes ElementTree knows from the start.
_namespace_map = {
    'http://www.w3.org/XML/1998/namespace': 'xml',
    'http://www.w3.org/1999/xhtml': 'html',
    'http://www.w3.org/1999/02/22-rdf-syntax-ns#': 'rdf',
    'http://schemas.xmlsoap.org/wsdl/': 'wsdl',
    'http://www.w3.org/2001/XMLSchema': 'xs',
    'http://www.w3.org/2001/XMLSchema-instance': 'xsi',
    'http://purl.org/dc/elements/1.1/': 'dc',
}


def register_namespace(prefix, uri):
    import re
    if re.match(r'ns\d+$', prefix):
        raise ValueError('Prefix format reserved for internal use')
    for known_uri, known_prefix in list(_namespace_map.items()):
        if known_uri == uri or known_prefix == prefix:
            del _namespace_map[known_uri]
    _namespace_map[uri] = prefix


def _split_tag(tag):
    # '{uri}local' -> (uri, local); a plain name -> (None, name)
    if tag[:1] == '{':
        close = tag.find('}')
        if close > 0:
            return tag[1:close], tag[close + 1:]
    return None, tag


def _prefixes_for(root, default_namespace):
    # The qualified name each tag and attribute name is written with, and the prefixes to declare.
    qnames = {None: None}
    declared = {}
    if default_namespace:
        declared[default_namespace] = ''

    def name_of(raw):
        if isinstance(raw, QName):
            raw = raw.text
        if not isinstance(raw, str):
            raise TypeError(f'cannot serialize {raw!r} (type {type(raw).__name__})')
        uri, local = _split_tag(raw)
        if uri is None:
            if default_namespace:
                raise ValueError('cannot use non-qualified names with default_namespace option')
            return raw
        prefix = declared.get(uri)
        if prefix is None:
            prefix = _namespace_map.get(uri)
            if prefix is None:
                prefix = 'ns%d' % len(declared)
            if prefix != 'xml':
                declared[uri] = prefix
        return f'{prefix}:{local}' if prefix else local

    for node in root.iter():
        tag = node.tag
        if isinstance(tag, QName):
            if tag.text not in qnames:
                qnames[tag.text] = name_of(tag)
        elif isinstance(tag, str):
            if tag not in qnames:
                qnames[tag] = name_of(tag)
        elif tag is not None and tag is not Comment and tag is not PI:
            raise TypeError(f'cannot serialize {tag!r} (type {type(tag).__name__})')
        for key, value in node.items():
            if isinstance(key, QName):
                key = key.text
            if key not in qnames:
                qnames[key] = name_of(key)
            if isinstance(value, QName) and value.text not in qnames:
                qnames[value.text] = name_of(value)
    return qnames, declared


def _escape_text(text):
    if not isinstance(text, str):
        raise TypeError(f'cannot serialize {text!r} (type {type(text).__name__})')
    for char, ref in _TEXT_REFS:
        if char in text:
            text = text.replace(char, ref)
    return text


# Facts: how the characters of text and of attribute values are written (xml method).
_TEXT_REFS = (('&', '&amp;'), ('<', '&lt;'), ('>', '&gt;'))
_ATTR_REFS = (('&', '&amp;'), ('<', '&lt;'), ('>', '&gt;'), ('"', '&quot;'),
              ('\r', '&#13;'), ('\n', '&#10;'), ('\t', '&#09;'))


def _escape_value(text, html):
    if not isinstance(text, str):
        raise TypeError(f'cannot serialize {text!r} (type {type(text).__name__})')
    for char, ref in _ATTR_REFS:
        if html and char not in '&>"':
            continue
        if char in text:
            text = text.replace(char, ref)
    return text


# Facts: the HTML elements written without an end tag.
_VOID = frozenset(('area', 'base', 'basefont', 'br', 'col', 'embed', 'frame', 'hr', 'img', 'input',
                   'isindex', 'link', 'meta', 'param', 'source', 'track', 'wbr'))


def _serialize(write, node, names, declared, html, short_empty):
    qnames, namespaces = names
    tag = node.tag
    text = node.text
    if tag is Comment:
        # The xml method writes a comment's or PI's text as it is, the html method escapes it.
        write(f'<!--{_escape_text(text) if html else text}-->')
    elif tag is ProcessingInstruction:
        write(f'<?{_escape_text(text) if html else text}?>')
    else:
        name = qnames[tag.text if isinstance(tag, QName) else tag]
        if name is None:
            if text:
                write(_escape_text(text))
            for kid in node:
                _serialize(write, kid, names, False, html, short_empty)
        else:
            write('<' + name)
            if declared:
                for uri, prefix in sorted(namespaces.items(), key=lambda pair: pair[1]):
                    attr = f'xmlns:{prefix}' if prefix else 'xmlns'
                    write(f' {attr}="{_escape_value(uri, False)}"')
            for key, value in node.items():
                key = qnames[key.text if isinstance(key, QName) else key]
                value = qnames[value.text] if isinstance(value, QName) else _escape_value(value, html)
                write(f' {key}="{value}"')
            if html:
                write('>')
                low = name.lower()
                if text:
                    write(text if low in ('script', 'style') else _escape_text(text))
                for kid in node:
                    _serialize(write, kid, names, False, html, short_empty)
                if low not in _VOID:
                    write(f'</{name}>')
            elif text or len(node) or not short_empty:
                write('>')
                if text:
                    write(_escape_text(text))
                for kid in node:
                    _serialize(write, kid, names, False, html, short_empty)
                write(f'</{name}>')
            else:
                write(' />')
    if node.tail:
        write(_escape_text(node.tail))


def tostring(element, encoding=None, method=None, *, xml_declaration=None, default_namespace=None,
             short_empty_elements=True):
    sink = _io.StringIO() if encoding == 'unicode' else _io.BytesIO()
    ElementTree(element).write(sink, encoding, xml_declaration=xml_declaration,
                               default_namespace=default_namespace, method=method,
                               short_empty_elements=short_empty_elements)
    return sink.getvalue()


def tostringlist(element, encoding=None, method=None, *, xml_declaration=None,
                 default_namespace=None, short_empty_elements=True):
    # Text comes back in the serializer's pieces; bytes in the one block the encoder hands over.
    if encoding != 'unicode':
        return [tostring(element, encoding, method, xml_declaration=xml_declaration,
                         default_namespace=default_namespace, short_empty_elements=short_empty_elements)]
    collected = []
    sink = _Collect()
    sink.write = collected.append
    ElementTree(element).write(sink, encoding, xml_declaration=xml_declaration,
                               default_namespace=default_namespace, method=method,
                               short_empty_elements=short_empty_elements)
    return collected


class _Collect:
    pass


def dump(elem):
    if not isinstance(elem, ElementTree):
        elem = ElementTree(elem)
    elem.write(_sys.stdout, encoding='unicode')
    tail = elem.getroot().tail
    if not tail or tail[-1] != '\n':
        _sys.stdout.write('\n')


def indent(tree, space='  ', level=0):
    if isinstance(tree, ElementTree):
        tree = tree.getroot()
    if level < 0:
        raise ValueError(f'Initial indentation level must be >= 0, got {level}')
    if not len(tree):
        return

    def walk(node, depth):
        inner = '\n' + space * (depth + 1)
        if not node.text or not node.text.strip():
            node.text = inner
        last = None
        for kid in node:
            if len(kid):
                walk(kid, depth + 1)
            if not kid.tail or not kid.tail.strip():
                kid.tail = inner
            last = kid
        if not last.tail.strip():
            last.tail = '\n' + space * depth

    walk(tree, level)


def parse(source, parser=None):
    tree = ElementTree()
    tree.parse(source, parser)
    return tree


def XML(text, parser=None):
    if parser is None:
        parser = XMLParser(target=TreeBuilder())
    parser.feed(text)
    return parser.close()


fromstring = XML


def XMLID(text, parser=None):
    root = XML(text, parser)
    ids = {}
    for node in root.iter():
        key = node.get('id')
        if key:
            ids[key] = node
    return root, ids


def fromstringlist(sequence, parser=None):
    if parser is None:
        parser = XMLParser(target=TreeBuilder())
    for chunk in sequence:
        parser.feed(chunk)
    return parser.close()


class TreeBuilder:
    def __init__(self, element_factory=None, *, comment_factory=None, pi_factory=None,
                 insert_comments=False, insert_pis=False):
        self._factory = element_factory or Element
        self._comment_factory = comment_factory or Comment
        self._pi_factory = pi_factory or ProcessingInstruction
        self.insert_comments = insert_comments
        self.insert_pis = insert_pis
        self._open = []
        self._text = []
        self._last = None
        self._root = None
        self._after = False

    def _settle(self):
        if self._text:
            if self._last is not None:
                joined = ''.join(self._text)
                if self._after:
                    self._last.tail = joined
                else:
                    self._last.text = joined
            self._text = []

    def start(self, tag, attrs):
        self._settle()
        node = self._factory(tag, attrs)
        if self._open:
            self._open[-1].append(node)
        elif self._root is None:
            self._root = node
        self._open.append(node)
        self._last = node
        self._after = False
        return node

    def end(self, tag):
        self._settle()
        self._last = self._open.pop()
        self._after = True
        return self._last

    def data(self, data):
        self._text.append(data)

    def _loose(self, node, insert):
        # Left out of the tree, a comment or PI does not cut the text around it.
        if insert:
            self._settle()
            if self._open:
                self._open[-1].append(node)
            self._last = node
            self._after = True
        return node

    def comment(self, text):
        return self._loose(self._comment_factory(text), self.insert_comments)

    def pi(self, target, text=None):
        return self._loose(self._pi_factory(target, text), self.insert_pis)

    def close(self):
        return self._root


def canonicalize(xml_data=None, *, out=None, from_file=None, **options):
    raise NotImplementedError('canonicalize is not simulated in Loopline')


class C14NWriterTarget:
    def __init__(self, *args, **kwargs):
        raise NotImplementedError('C14NWriterTarget is not simulated in Loopline')
