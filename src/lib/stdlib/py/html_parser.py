# `html.parser`: HTMLParser, a tolerant tokenizer that calls a handler method for each start tag,
# end tag, run of text, comment, declaration and processing instruction it meets. Text is fed in
# pieces; whatever cannot be decided yet (a tag cut by the end of a piece, a character reference
# that may go on) waits in `rawdata` for the next feed() or for close(). Two tokenizers are kept:
# the one of 3.11 to 3.13.0, and the one of 3.14 (HTML5's comment, end-tag and attribute rules,
# RCDATA elements, the `scripting` flag), each with the same places where handle_data splits.

import sys as _sys
import re as _re
from html import unescape as _unescape
from html.entities import html5 as _html5
from _markupbase import ParserBase as _ParserBase

__all__ = ['HTMLParser']

_NEW = _sys.version_info >= (3, 14)

_LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'

# The patterns are behaviour, so they say what CPython's say; they are put together from parts.
_WS5 = r'[\t\n\r\f ]'
_QUOTED = "'[^']*'" + '|"[^"]*"'

_tag_open = _re.compile('<[a-zA-Z]')
_end_tag_open = _re.compile('</[a-zA-Z]')
_named_ref = _re.compile('&([a-zA-Z][-.a-zA-Z0-9]*)[^a-zA-Z0-9]')
_numeric_ref = _re.compile('&#(?:[0-9]+|[xX][0-9a-fA-F]+)[^0-9a-fA-F]')
_ref_start = _re.compile('&[a-zA-Z#]')
_numeric_ref_start = _re.compile('&#(?:[0-9]|[xX][0-9a-fA-F])')
_markup_or_ref = _re.compile('[&<]')
_text_end_of_ref = _re.compile(_WS5 + '|;' if _NEW else r'[\s;]')

if _NEW:
    _NAME_CHARS = r'[^\t\n\r\f />]*'
    _tag_name = _re.compile('([a-zA-Z]' + _NAME_CHARS + ')(?:' + _WS5 + '|/(?!>))*')
    _ATTR = (r"""(?<=['"\t\n\r\f /])[^\t\n\r\f />][^\t\n\r\f /=>]*""",
             _WS5 + '*=' + _WS5 + '*',
             '(?![\'"])[^>\\t\\n\\r\\f ]*')
    _attribute = _re.compile('(' + _ATTR[0] + ')(' + _ATTR[1] + '(' + _QUOTED + '|' + _ATTR[2] + '))?'
                             '(?:' + _WS5 + '|/(?!>))*')
    _tag_end = _re.compile('[a-zA-Z]' + _NAME_CHARS + r'[\t\n\r\f /]*'
                           '(?:' + _ATTR[0] + '(?:' + _ATTR[1] + '(?:' + _QUOTED + '|' + _ATTR[2] + '))?'
                           r'[\t\n\r\f /]*)*>?')
    _attr_ref = _re.compile('&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*)[;=]?')
    _comment_end = _re.compile('--!?>')
    _comment_cut = _re.compile('-?>')
else:
    _NAME_CHARS = r'[^\t\n\r\f />\x00]*'
    _tag_name = _re.compile('([a-zA-Z]' + _NAME_CHARS + r')(?:\s|/(?!>))*')
    _ATTR = (r"""(?<=['"\s/])[^\s/>][^\s/=>]*""",
             r'\s*=+\s*',
             r"""(?!['"])[^>\s]*""")
    _attribute = _re.compile('(' + _ATTR[0] + ')(' + _ATTR[1] + '(' + _QUOTED + '|' + _ATTR[2] + '))?'
                             r'(?:\s|/(?!>))*')
    _tag_end = _re.compile('<[a-zA-Z]' + _NAME_CHARS + r'(?:[\s/]*'
                           '(?:' + _ATTR[0] + '(?:' + _ATTR[1] + '(?:' + _QUOTED + '|' + _ATTR[2] + r')\s*)?'
                           r'(?:\s|/(?!>))*)*)?\s*')
    _whole_end_tag = _re.compile(r'</\s*([a-zA-Z][-.a-zA-Z0-9:_]*)\s*>')
    _comment_end = _re.compile(r'--\s*>')
    _decl_name = _re.compile(r'[a-zA-Z][-_.a-zA-Z0-9]*\s*')
    _section_end = _re.compile(r']\s*]\s*>')
    _ms_section_end = _re.compile(r']\s*>')


def _attr_reference(m):
    # 3.14: a numeric reference is always replaced; a named one only when it is a whole known name
    # not followed by '='.
    text = m.group()
    if text.startswith('&#') or (text[-1] != '=' and text[1:] in _html5):
        return _unescape(text)
    return text


def _unescape_value(value):
    return _attr_ref.sub(_attr_reference, value) if _NEW else _unescape(value)


class HTMLParser(_ParserBase):
    """A tolerant HTML tokenizer: subclass it and override the handle_* methods.

    feed() gives it text (in as many pieces as you like) and close() ends the input. Each start
    tag calls handle_starttag(tag, attrs) (or handle_startendtag for '<tag/>'), each end tag
    handle_endtag(tag), text handle_data(text), and comments, declarations and processing
    instructions handle_comment, handle_decl and handle_pi. With convert_charrefs (the default)
    character references in text are replaced before handle_data sees it; without it they come
    to handle_entityref and handle_charref instead, and text is handed over in more pieces.
    """

    if _NEW:
        CDATA_CONTENT_ELEMENTS = ("script", "style", "xmp", "iframe", "noembed", "noframes")
        RCDATA_CONTENT_ELEMENTS = ("textarea", "title")
    else:
        CDATA_CONTENT_ELEMENTS = ("script", "style")

    __starttag_text = None

    def _setup(self, convert_charrefs):
        _ParserBase.__init__(self)
        self.convert_charrefs = convert_charrefs

    if _NEW:
        def __init__(self, *, convert_charrefs=True, scripting=False):
            """Make a parser; scripting=True keeps the content of <noscript> as raw text."""
            self._setup(convert_charrefs)
            self.scripting = scripting
            self.reset()
    else:
        def __init__(self, *, convert_charrefs=True):
            """Make a parser (convert_charrefs: replace character references in text)."""
            self._setup(convert_charrefs)
            self.reset()

    def reset(self):
        """Start over: forget any text not parsed yet and go back to line 1."""
        self.cdata_elem = None
        self.interesting = _markup_or_ref
        self.lasttag = '???'
        self.rawdata = ''
        if _NEW:
            self._escapable = True
            self._support_cdata = True
        _ParserBase.reset(self)

    def feed(self, data):
        """Parse as much of data (added to what was left waiting) as can be decided now."""
        self.rawdata += data
        self.goahead(False)

    def close(self):
        """End the input: whatever is still waiting is parsed (or handed over as text)."""
        self.goahead(True)

    def get_starttag_text(self):
        """The source text of the last start tag parsed, '<' to '>' (None before any)."""
        return self.__starttag_text

    def set_cdata_mode(self, elem, *, escapable=False):
        name = elem.lower()
        self.cdata_elem = name
        if not _NEW:
            self.interesting = _re.compile(r'</\s*%s\s*>' % name, _re.I)
            return
        self._escapable = escapable
        if name == 'plaintext':
            # Nothing ends plaintext: its text runs to the end of what has come so far.
            self.interesting = _re.compile(r'\Z')
        else:
            closing = r'</%s(?=[\t\n\r\f />])' % name
            if escapable and not self.convert_charrefs:
                closing = '&|' + closing
            self.interesting = _re.compile(closing, _re.IGNORECASE | _re.ASCII)

    def clear_cdata_mode(self):
        self.interesting = _markup_or_ref
        self.cdata_elem = None
        if _NEW:
            self._escapable = True

    if _NEW:
        def _set_support_cdata(self, flag=True):
            """Enable or disable support of the CDATA sections."""
            self._support_cdata = flag

    def _unescapes(self):
        # Whether text is handed over with its character references replaced.
        if _NEW:
            return self.convert_charrefs and self._escapable
        return self.convert_charrefs and not self.cdata_elem

    def _text(self, text):
        self.handle_data(_unescape(text) if self._unescapes() else text)

    def _text_stop(self, text, start, size):
        # Where the run of text from `start` ends; -1 when it must wait for more input.
        if self.convert_charrefs and not self.cdata_elem:
            lt = text.find('<', start)
            if lt >= 0:
                return lt
            # No '<' ahead: a reference cut by the end of this piece must not be handed over
            # half, so text whose last '&' (among the last 34 characters) has no blank or ';'
            # after it waits.
            amp = text.rfind('&', max(start, size - 34))
            if amp >= 0 and _text_end_of_ref.search(text, amp) is None:
                return -1
            return size
        found = self.interesting.search(text, start)
        if found is not None:
            return found.start()
        return -1 if self.cdata_elem else size

    def goahead(self, end):
        text = self.rawdata
        size = len(text)
        at = 0
        while at < size:
            stop = self._text_stop(text, at, size)
            if stop < 0:
                break
            if stop > at:
                self._text(text[at:stop])
            at = self.updatepos(at, stop)
            if at == size:
                break
            if text[at] == '<':
                after = self._markup(text, at, size, end)
                if after is None:
                    break
            elif text.startswith('&#', at):
                after = self._numeric_reference(text, at, size, end)
            else:
                after = self._named_reference(text, at, size, end)
            if after is None:
                break
            if after < 0:
                # The position moved, but the loop stops here.
                at = self.updatepos(at, -after)
                break
            at = self.updatepos(at, after)
        if end and at < size and (_NEW or not self.cdata_elem):
            self._text(text[at:size])
            at = self.updatepos(at, size)
        self.rawdata = text[at:]

    # Each step returns where the parse goes on, None to stop where it is, or -position to move to
    # position and then stop.

    def _markup(self, text, at, size, end):
        if _tag_open.match(text, at):
            after = self.parse_starttag(at)
        elif text.startswith('</', at):
            after = self.parse_endtag(at)
        elif text.startswith('<!--', at):
            after = self.parse_comment(at)
        elif text.startswith('<?', at):
            after = self.parse_pi(at)
        elif text.startswith('<!', at):
            after = self.parse_html_declaration(at)
        elif at + 1 < size or (end and _NEW):
            self.handle_data('<')
            return at + 1
        else:
            return None
        if after >= 0:
            return after
        if not end:
            return None
        return self._unfinished_at_end(text, at, size) if _NEW else self._unfinished_as_text(text, at)

    def _unfinished_as_text(self, text, at):
        # Before 3.14, markup left open at close() is text up to the next '>' (or '<').
        gt = text.find('>', at + 1)
        if gt >= 0:
            stop = gt + 1
        else:
            stop = text.find('<', at + 1)
            if stop < 0:
                stop = at + 1
        self._text(text[at:stop])
        return stop

    def _unfinished_at_end(self, text, at, size):
        # 3.14 ends open markup as HTML5 does at the end of the file.
        rest = text[at:]
        if _tag_open.match(rest):
            pass
        elif rest.startswith('</'):
            if len(rest) == 2:
                self.handle_data('</')
            elif not _end_tag_open.match(rest):
                self.handle_comment(rest[2:])
        elif rest.startswith('<!--'):
            body = rest[4:]
            for tail in ('--!', '--', '-'):
                if body.endswith(tail):
                    body = body[:-len(tail)]
                    break
            self.handle_comment(body)
        elif rest.startswith('<![CDATA[') and self._support_cdata:
            self.unknown_decl(rest[3:])
        elif rest[:9].lower() == '<!doctype':
            self.handle_decl(rest[2:])
        elif rest.startswith('<!'):
            self.handle_comment(rest[2:])
        elif rest.startswith('<?'):
            self.handle_pi(rest[2:])
        else:
            raise AssertionError("we should not get here!")
        return size

    def _reference_end(self, text, m):
        # A reference ended by a character other than ';' leaves that character to what follows.
        stop = m.end()
        return stop if text[stop - 1] == ';' else stop - 1

    def _numeric_reference(self, text, at, size, end):
        m = _numeric_ref.match(text, at)
        if m is not None:
            self.handle_charref(m.group()[2:-1])
            return self._reference_end(text, m)
        if not _NEW:
            # Without a complete reference, '&#' is text when a ';' comes later; the loop stops.
            if ';' in text[at:]:
                self.handle_data(text[at:at + 2])
                return -(at + 2)
            return None
        if _numeric_ref_start.match(text, at):
            if end:
                self.handle_charref(text[at + 2:])
                return -size
            return None
        if at + 3 < size:
            self.handle_data('&#')
            return at + 2
        return None

    def _named_reference(self, text, at, size, end):
        m = _named_ref.match(text, at)
        if m is not None:
            self.handle_entityref(m.group(1))
            return self._reference_end(text, m)
        started = _ref_start.match(text, at)
        if started is not None:
            if not end:
                return None
            if _NEW:
                self.handle_entityref(text[at + 1:])
                return -size
            # Before 3.14 the '&' of a reference cut by the end is dropped, the rest is text.
            return -(at + 1) if started.group() == text[at:] else None
        if at + 1 < size:
            self.handle_data('&')
            return at + 1
        return None

    def parse_html_declaration(self, i):
        text = self.rawdata
        if text.startswith('<!--', i):
            return self.parse_comment(i)
        if _NEW:
            if text.startswith('<![CDATA[', i) and self._support_cdata:
                close = text.find(']]>', i + 9)
                if close < 0:
                    return -1
                self.unknown_decl(text[i + 3:close])
                return close + 3
        elif text.startswith('<![', i):
            return self.parse_marked_section(i)
        if text[i:i + 9].lower() == '<!doctype':
            gt = text.find('>', i + 9)
            if gt < 0:
                return -1
            self.handle_decl(text[i + 2:gt])
            return gt + 1
        return self.parse_bogus_comment(i)

    if not _NEW:
        def _scan_name(self, i, declstartpos):
            text = self.rawdata
            if i == len(text):
                return None, -1
            m = _decl_name.match(text, i)
            if m is None:
                self.updatepos(declstartpos, i)
                raise AssertionError("expected name token at %r" % text[declstartpos:declstartpos + 20])
            if m.end() == len(text):
                return None, -1
            return m.group().strip().lower(), m.end()

        def parse_marked_section(self, i, report=1):
            text = self.rawdata
            keyword, after = self._scan_name(i + 3, i)
            if after < 0:
                return after
            if keyword in ('temp', 'cdata', 'ignore', 'include', 'rcdata'):
                closing = _section_end.search(text, i + 3)
            elif keyword in ('if', 'else', 'endif'):
                # Microsoft Office's <![if ...]> ... <![endif]>
                closing = _ms_section_end.search(text, i + 3)
            else:
                raise AssertionError('unknown status keyword %r in marked section' % text[i + 3:after])
            if closing is None:
                return -1
            if report:
                self.unknown_decl(text[i + 3:closing.start()])
            return closing.end()

    def parse_comment(self, i, report=1):
        text = self.rawdata
        if not text.startswith('<!--', i):
            raise AssertionError('unexpected call to parse_comment()')
        m = _comment_end.search(text, i + 4)
        if m is None:
            if not _NEW:
                return -1
            # 3.14: '<!-->' and '<!--->' are empty comments.
            m = _comment_cut.match(text, i + 4)
            if m is None:
                return -1
        if report:
            self.handle_comment(text[i + 4:m.start()])
        return m.end()

    def parse_bogus_comment(self, i, report=1):
        text = self.rawdata
        gt = text.find('>', i + 2)
        if gt < 0:
            return -1
        if report:
            self.handle_comment(text[i + 2:gt])
        return gt + 1

    def parse_pi(self, i):
        text = self.rawdata
        gt = text.find('>', i + 2)
        if gt < 0:
            return -1
        self.handle_pi(text[i + 2:gt])
        return gt + 1

    def parse_starttag(self, i):
        self.__starttag_text = None
        stop = self.check_for_whole_start_tag(i)
        if stop < 0:
            return stop
        text = self.rawdata
        self.__starttag_text = text[i:stop]
        named = _tag_name.match(text, i + 1)
        tag = named.group(1).lower()
        self.lasttag = tag
        attrs = []
        pos = named.end()
        while pos < stop:
            m = _attribute.match(text, pos)
            if m is None:
                break
            name, assignment, value = m.groups()
            if not assignment:
                value = None
            elif len(value) >= 1 and value[0] in '\'"' and value[-1] == value[0]:
                # A lone quote is both ends: its value is empty.
                value = value[1:-1]
            if value:
                value = _unescape_value(value)
            attrs.append((name.lower(), value))
            pos = m.end()
        closing = text[pos:stop].strip()
        if closing == '/>':
            self.handle_startendtag(tag, attrs)
        elif closing == '>':
            self.handle_starttag(tag, attrs)
            self._enter_content_mode(tag)
        else:
            self.handle_data(text[i:stop])
        return stop

    def _enter_content_mode(self, tag):
        if not _NEW:
            if tag in self.CDATA_CONTENT_ELEMENTS:
                self.set_cdata_mode(tag)
        elif tag in self.CDATA_CONTENT_ELEMENTS or tag == 'plaintext' or (tag == 'noscript' and self.scripting):
            self.set_cdata_mode(tag, escapable=False)
        elif tag in self.RCDATA_CONTENT_ELEMENTS:
            self.set_cdata_mode(tag, escapable=True)

    def check_for_whole_start_tag(self, i):
        text = self.rawdata
        if _NEW:
            stop = _tag_end.match(text, i + 1).end()
            return stop if text[stop - 1] == '>' else -1
        m = _tag_end.match(text, i)
        if m is None:
            raise AssertionError("we should not get here!")
        stop = m.end()
        following = text[stop:stop + 1]
        if following == '>':
            return stop + 1
        if following == '/':
            # '/>' ends the tag; a '/' last in the buffer may be the start of one.
            if text.startswith('/>', stop):
                return stop + 2
            return -1
        if following == '' or following in _LETTERS or following == '=':
            # The input ends in the tag or in an attribute.
            return -1
        return stop if stop > i else i + 1

    def parse_endtag(self, i):
        text = self.rawdata
        if _NEW:
            return self._end_tag_new(text, i)
        gt = text.find('>', i + 1)
        if gt < 0:
            return -1
        gt += 1
        m = _whole_end_tag.match(text, i)
        if m is None:
            if self.cdata_elem is not None:
                self.handle_data(text[i:gt])
                return gt
            named = _tag_name.match(text, i + 2)
            if named is None:
                if text.startswith('</>', i):
                    return i + 3
                return self.parse_bogus_comment(i)
            # Whatever follows the name, up to the next '>', is ignored.
            self.handle_endtag(named.group(1).lower())
            return text.find('>', named.end()) + 1
        tag = m.group(1).lower()
        if self.cdata_elem is not None and tag != self.cdata_elem:
            self.handle_data(text[i:gt])
            return gt
        self.handle_endtag(tag)
        self.clear_cdata_mode()
        return gt

    def _end_tag_new(self, text, i):
        if text.find('>', i + 2) < 0:
            return -1
        if not _end_tag_open.match(text, i):
            if text.startswith('</>', i):
                return i + 3
            return self.parse_bogus_comment(i)
        stop = _tag_end.match(text, i + 2).end()
        if text[stop - 1] != '>':
            return -1
        self.handle_endtag(_tag_name.match(text, i + 2).group(1).lower())
        self.clear_cdata_mode()
        return stop

    # The handlers, for subclasses to override.

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)

    def handle_starttag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        pass

    def handle_charref(self, name):
        pass

    def handle_entityref(self, name):
        pass

    def handle_data(self, data):
        pass

    def handle_comment(self, data):
        pass

    def handle_decl(self, decl):
        pass

    def handle_pi(self, data):
        pass

    def unknown_decl(self, data):
        pass
