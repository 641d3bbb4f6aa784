# `_markupbase`: the base class of html.parser.HTMLParser, which keeps the line and column the
# parser has reached. (CPython's also scans SGML declarations; html.parser is its only user, and
# what it needs of that is in html_parser.py.)


class ParserBase:
    """The base of HTMLParser: line and column bookkeeping (and, before 3.14, marked sections)."""

    def __init__(self):
        if type(self) is ParserBase:
            raise RuntimeError("_markupbase.ParserBase must be subclassed")

    def reset(self):
        self.lineno, self.offset = 1, 0

    def getpos(self):
        """The (line, column) the parser has reached: lines from 1, columns from 0."""
        return (self.lineno, self.offset)

    def updatepos(self, i, j):
        # Moves the position over rawdata[i:j] (each piece of the input is passed here once).
        if j <= i:
            return j
        newlines = self.rawdata.count('\n', i, j)
        if newlines == 0:
            self.offset += j - i
        else:
            self.lineno += newlines
            self.offset = j - 1 - self.rawdata.rindex('\n', i, j)
        return j

    def unknown_decl(self, data):
        pass
