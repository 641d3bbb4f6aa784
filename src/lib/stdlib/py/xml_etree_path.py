# `xml.etree.ElementPath`: the XPath subset of find/findall/findtext/iterfind. A path is read into
# a list of steps, each a small function from the nodes found so far to the next ones.

_PUNCT = '/.*:[]()@='


def _lex(path):
    # ('op', text) for punctuation and quoted literals, ('', name) for names; whitespace as ('', '').
    out = []
    at = 0
    size = len(path)
    while at < size:
        char = path[at]
        if char in '\'"':
            close = path.find(char, at + 1)
            if close < 0:
                # An unclosed quote is read as a name, as the regular expression of CPython does.
                end = at
                while end < size and path[end] not in '/[]()@!= \t\n\r':
                    end += 1
                out.append(('', path[at:end]))
                at = end
                continue
            out.append((path[at:close + 1], ''))
            at = close + 1
        elif path.startswith('::', at) or path.startswith('..', at) or path.startswith('()', at) \
                or path.startswith('!=', at) or path.startswith('//', at):
            out.append((path[at:at + 2], ''))
            at += 2
        elif char in _PUNCT:
            out.append((char, ''))
            at += 1
        elif char in ' \t\n\r\f\v':
            while at < size and path[at] in ' \t\n\r\f\v':
                at += 1
            out.append(('', ''))
        else:
            end = at
            if char == '{':
                close = path.find('}', at + 1)
                if close > at + 1:
                    end = close + 1
            begin_name = end
            while end < size and path[end] not in '/[]()@!= \t\n\r\f\v':
                end += 1
            if end == begin_name:
                # '{...}' with nothing after it: the brace alone is a name character.
                end = at + 1
                while end < size and path[end] not in '/[]()@!= \t\n\r\f\v':
                    end += 1
            out.append(('', path[at:end]))
            at = end
    return out


def _qualify(tokens, namespaces):
    default = namespaces.get('') if namespaces else None
    after_at = False
    for kind, name in tokens:
        if name and name[0] != '{':
            if ':' in name:
                prefix, local = name.split(':', 1)
                if not namespaces or prefix not in namespaces:
                    raise SyntaxError(f'prefix {prefix!r} not found in prefix map')
                yield kind, '{%s}%s' % (namespaces[prefix], local)
            elif default and not after_at:
                yield kind, '{%s}%s' % (default, name)
            else:
                yield kind, name
            after_at = False
        else:
            yield kind, name
            after_at = kind == '@'


def _tag_test(tag):
    # A predicate on a node's tag for a wildcard name ({*}x, {ns}*, {}*, {*}*).
    if tag == '{*}*':
        return lambda t: isinstance(t, str)
    if tag == '{}*':
        return lambda t: isinstance(t, str) and t[:1] != '{'
    if tag[:3] == '{*}':
        local = tag[3:]
        ending = '}' + local
        return lambda t: t == local or isinstance(t, str) and t[-len(ending):] == ending
    prefix = tag[:-1]
    return lambda t: isinstance(t, str) and t[:len(prefix)] == prefix


def _wild(tag):
    return tag[:3] == '{*}' or tag[-2:] == '}*'


def _children_step(tag):
    if _wild(tag):
        test = _tag_test(tag)
        return lambda ctx, nodes: (kid for node in nodes for kid in node if test(kid.tag))
    if tag[:2] == '{}':
        tag = tag[2:]
    return lambda ctx, nodes: (kid for node in nodes for kid in node if kid.tag == tag)


def _descendants_step(tag):
    if _wild(tag):
        test = _tag_test(tag)
        return lambda ctx, nodes: (d for node in nodes for d in node.iter()
                                   if d is not node and test(d.tag))
    if tag[:2] == '{}':
        tag = tag[2:]
    return lambda ctx, nodes: (d for node in nodes for d in node.iter(tag) if d is not node)


class _Context:
    def __init__(self, root):
        self.root = root
        self._parents = None

    def parents(self):
        if self._parents is None:
            self._parents = {kid: node for node in self.root.iter() for kid in node}
        return self._parents


def _parent_step(ctx, nodes):
    parents = ctx.parents()
    seen = set()
    for node in nodes:
        if node in parents:
            up = parents[node]
            if up not in seen:
                seen.add(up)
                yield up


def _is_integer(text):
    body = text[1:] if text[:1] == '-' else text
    return body.isdigit() and body.isascii()


def _predicate(tokens):
    shape = ''
    parts = []
    for kind, name in tokens:
        if kind == '' and name == '':
            continue
        if kind[:1] in ('"', "'"):
            kind, name = "'", kind[1:-1]
        shape += kind or '-'
        parts.append(name)
    if shape == '@-':
        key = parts[1]
        return lambda ctx, nodes: (n for n in nodes if n.get(key) is not None)
    if shape in ("@-='", "@-!='"):
        key, value = parts[1], parts[-1]
        if '!=' in shape:
            return lambda ctx, nodes: (n for n in nodes if n.get(key) is not None and n.get(key) != value)
        return lambda ctx, nodes: (n for n in nodes if n.get(key) == value)
    if shape == '-' and not _is_integer(parts[0]):
        tag = parts[0]
        return lambda ctx, nodes: (n for n in nodes if n.find(tag) is not None)
    if shape in (".='", ".!='") or (shape in ("-='", "-!='") and not _is_integer(parts[0])):
        tag, value = parts[0], parts[-1]
        equal = '!=' not in shape

        def by_text(ctx, nodes):
            for node in nodes:
                if not tag:
                    if (''.join(node.itertext()) == value) == equal:
                        yield node
                    continue
                for kid in node.iterfind(tag):
                    if (''.join(kid.itertext()) == value) == equal:
                        yield node
                        break
        return by_text
    if shape in ('-', '-()', '-()-'):
        if shape == '-':
            position = int(parts[0]) - 1
            if position < 0:
                raise SyntaxError('XPath position >= 1 expected')
        else:
            if parts[0] != 'last':
                raise SyntaxError('unsupported function')
            position = -1
            if shape == '-()-':
                try:
                    position = int(parts[2]) - 1
                except ValueError:
                    raise SyntaxError('unsupported expression')
                if position > -2:
                    raise SyntaxError('XPath offset from last() must be negative')

        def by_position(ctx, nodes):
            parents = ctx.parents()
            for node in nodes:
                up = parents.get(node)
                if up is None:
                    continue
                same = up.findall(node.tag)
                if -len(same) <= position < len(same) and same[position] is node:
                    yield node
        return by_position
    raise SyntaxError('invalid predicate')


_compiled = {}


def _compile(path, namespaces):
    tokens = list(_qualify(_lex(path), namespaces))
    steps = []
    at = 0
    count = len(tokens)

    def take():
        nonlocal at
        if at >= count:
            raise StopIteration
        at += 1
        return tokens[at - 1]

    if not tokens:
        return None
    kind, name = take()
    while True:
        try:
            if kind == '':
                steps.append(_children_step(name))
            elif kind == '*':
                steps.append(lambda ctx, nodes: (kid for node in nodes for kid in node))
            elif kind == '.':
                steps.append(lambda ctx, nodes: nodes)
            elif kind == '..':
                steps.append(_parent_step)
            elif kind == '//':
                if at >= count:
                    # As in CPython, a path ending in '//' fails only when it is used.
                    steps.append(None)
                    break
                kind, name = take()
                if kind == '*':
                    name = '*'
                elif kind:
                    raise SyntaxError('invalid descendant')
                steps.append(_descendants_step(name))
            elif kind == '[':
                inside = []
                while True:
                    if at >= count:
                        steps.append(None)
                        return steps
                    token = take()
                    if token[0] == ']':
                        break
                    inside.append(token)
                steps.append(_predicate(inside))
            else:
                raise KeyError(kind)
        except StopIteration:
            raise SyntaxError('invalid path') from None
        if at >= count:
            break
        kind, name = take()
        if kind == '/':
            if at >= count:
                break
            kind, name = take()
    return steps


def iterfind(elem, path, namespaces=None):
    if path[-1:] == '/':
        path += '*'
    key = (path,) + (tuple(sorted(namespaces.items())) if namespaces else ())
    steps = _compiled.get(key)
    if steps is None:
        if path[:1] == '/':
            raise SyntaxError('cannot use absolute path on element')
        steps = _compile(path, namespaces)
        if steps is None:
            return iter(())
        if len(_compiled) > 100:
            _compiled.clear()
        _compiled[key] = steps
    nodes = iter([elem])
    ctx = _Context(elem)
    for step in steps:
        nodes = step(ctx, nodes)
    return iter(nodes)


def find(elem, path, namespaces=None):
    return next(iterfind(elem, path, namespaces), None)


def findall(elem, path, namespaces=None):
    return list(iterfind(elem, path, namespaces))


def findtext(elem, path, default=None, namespaces=None):
    found = find(elem, path, namespaces)
    if found is None:
        return default
    return found.text or ''
