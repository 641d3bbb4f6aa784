# `doctest`: the interactive examples written in docstrings, run and compared with the output
# written under them. testmod() looks through a module, its functions and classes (and their
# methods, properties and nested classes) as CPython's finder does, runs each docstring's examples
# one by one as interactive statements in a fresh copy of the module's globals, and prints
# CPython's reports: a block per failing example (its file and line, the source, what was expected
# and what came out, or the traceback it raised) and the summary, verbose when `-v` is among
# sys.argv. Per version: 3.13 counts skipped examples as attempted and reports them, its TestResults
# carries `skipped`, and its summary is worded per count ("1 item", "1 test"); 3.11 and 3.12 write
# "1 items". A traceback an example raises shows CPython's doctest.py frame above the example's own
# up to 3.13 (3.14 starts at the example). testfile() runs a text file's examples the same way.
# DocTestSuite/DocFileSuite and the debugging helpers are not simulated.

import sys
import re
import inspect
import linecache
import traceback
import _stdlib_native
from io import StringIO
from collections import namedtuple

__all__ = [
    'register_optionflag', 'DONT_ACCEPT_TRUE_FOR_1', 'DONT_ACCEPT_BLANKLINE', 'NORMALIZE_WHITESPACE',
    'ELLIPSIS', 'SKIP', 'IGNORE_EXCEPTION_DETAIL', 'COMPARISON_FLAGS', 'REPORT_UDIFF', 'REPORT_CDIFF',
    'REPORT_NDIFF', 'REPORT_ONLY_FIRST_FAILURE', 'REPORTING_FLAGS', 'FAIL_FAST', 'Example', 'DocTest',
    'DocTestParser', 'DocTestFinder', 'DocTestRunner', 'OutputChecker', 'DocTestFailure',
    'UnexpectedException', 'DebugRunner', 'testmod', 'testfile', 'run_docstring_examples',
]

_V313 = sys.version_info >= (3, 13)
_V314 = sys.version_info >= (3, 14)

# ---- option flags: each name its own bit, in the order they were registered ------------------

OPTIONFLAGS_BY_NAME = {}


def register_optionflag(name):
    if name not in OPTIONFLAGS_BY_NAME:
        OPTIONFLAGS_BY_NAME[name] = 1 << len(OPTIONFLAGS_BY_NAME)
    return OPTIONFLAGS_BY_NAME[name]


_COMPARING = ('DONT_ACCEPT_TRUE_FOR_1', 'DONT_ACCEPT_BLANKLINE', 'NORMALIZE_WHITESPACE', 'ELLIPSIS',
              'SKIP', 'IGNORE_EXCEPTION_DETAIL')
_REPORTING = ('REPORT_UDIFF', 'REPORT_CDIFF', 'REPORT_NDIFF', 'REPORT_ONLY_FIRST_FAILURE', 'FAIL_FAST')
COMPARISON_FLAGS = 0
for _flag in _COMPARING:
    globals()[_flag] = register_optionflag(_flag)
    COMPARISON_FLAGS |= OPTIONFLAGS_BY_NAME[_flag]
REPORTING_FLAGS = 0
for _flag in _REPORTING:
    globals()[_flag] = register_optionflag(_flag)
    REPORTING_FLAGS |= OPTIONFLAGS_BY_NAME[_flag]
del _flag

BLANKLINE_MARKER = '<BLANKLINE>'
ELLIPSIS_MARKER = '...'

master = None

# ---- results ------------------------------------------------------------------------------------

if _V313:
    class TestResults(namedtuple('TestResults', 'failed attempted')):
        # 3.13 adds the skipped count as an attribute; the repr shows it only when there is one.
        def __new__(cls, failed, attempted, *, skipped=0):
            made = super().__new__(cls, failed, attempted)
            made.skipped = skipped
            return made

        def __repr__(self):
            plain = super().__repr__()
            return plain if not self.skipped else f'{plain[:-1]}, skipped={self.skipped})'
else:
    TestResults = namedtuple('TestResults', 'failed attempted')


def _indent(text, width=4):
    # Every line that has something on it, pushed right.
    pad = ' ' * width
    return '\n'.join(pad + line if line else line for line in text.split('\n'))


def _traceback_text(exc_type, exc, tb):
    buffer = StringIO()
    traceback.print_exception(exc_type, exc, tb, file=buffer)
    return buffer.getvalue()


class _CapturedOutput(StringIO):
    # What an example prints. Output that does not end its last line is read as if it did: the
    # expected text under an example cannot say a newline is missing.
    def getvalue(self):
        text = StringIO.getvalue(self)
        return text + '\n' if text and text[-1] != '\n' else text

    def truncate(self, size=None):
        self.seek(size)
        StringIO.truncate(self)


def _ellipsis_match(want, got):
    if ELLIPSIS_MARKER not in want:
        return want == got
    head, *middle, tail = want.split(ELLIPSIS_MARKER)
    if len(head) + len(tail) > len(got) or not got.startswith(head) or not got.endswith(tail):
        return False
    pos, stop = len(head), len(got) - len(tail)
    for piece in middle:
        # The leftmost place each piece fits; if that fails, no placement does.
        found = got.find(piece, pos, stop)
        if found < 0:
            return False
        pos = found + len(piece)
    return True


def _exception_name(message):
    # IGNORE_EXCEPTION_DETAIL compares only the class's own name: the first line up to a colon,
    # without the dotted module before it.
    first = message.split('\n', 1)[0].split(':', 1)[0]
    return first.rpartition('.')[2]


# ---- examples and tests -----------------------------------------------------------------------

class Example:
    def __init__(self, source, want, exc_msg=None, lineno=0, indent=0, options=None):
        def ended(text):
            return text if text.endswith('\n') else text + '\n'
        self.source = ended(source)
        self.want = ended(want) if want else want
        self.exc_msg = None if exc_msg is None else ended(exc_msg)
        self.lineno = lineno
        self.indent = indent
        self.options = {} if options is None else options

    def _key(self):
        return (self.source, self.want, self.lineno, self.indent, self.exc_msg)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return self._key() == other._key() and self.options == other.options

    def __hash__(self):
        return hash(self._key())


class DocTest:
    def __init__(self, examples, globs, name, filename, lineno, docstring):
        assert not isinstance(examples, str), 'DocTest no longer accepts str; use DocTestParser instead'
        # The examples run in a namespace of their own, a copy of the one given.
        self.globs = globs.copy()
        self.examples, self.docstring = examples, docstring
        self.name, self.filename, self.lineno = name, filename, lineno

    def __repr__(self):
        n = len(self.examples)
        count = 'no examples' if n == 0 else '1 example' if n == 1 else f'{n} examples'
        return f'<{type(self).__name__} {self.name} from {self.filename}:{self.lineno} ({count})>'

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        mine = (self.examples, self.docstring, self.globs, self.name, self.filename, self.lineno)
        return mine == (other.examples, other.docstring, other.globs, other.name, other.filename, other.lineno)

    def __hash__(self):
        return hash((self.docstring, self.name, self.filename, self.lineno))

    def _order(self):
        return (self.name, self.filename, -1 if self.lineno is None else self.lineno, id(self))

    def __lt__(self, other):
        if not isinstance(other, DocTest):
            return NotImplemented
        return self._order() < other._order()


# ---- parsing a docstring ------------------------------------------------------------------------

_WORD_START = re.compile(r'\w')
_DIRECTIVE = re.compile(r'''#\s*doctest:\s*([^'"]*)$''')
_TRACEBACK_HEADERS = ('Traceback (most recent call last):', 'Traceback (innermost last):')


def _prompt_at(line, prompt):
    # Whether the line is spaces, then the prompt.
    return line.lstrip(' ').startswith(prompt)


def _blank(line):
    return line.strip(' ') == ''


def _blank_or_comment(source):
    body = source[:-1] if source.endswith('\n') else source
    if '\n' in body:
        return False
    body = body.lstrip(' ')
    return body == '' or body.startswith('#')


class DocTestParser:
    def parse(self, string, name='<string>'):
        string = string.expandtabs()
        lines = string.split('\n')
        margin = self._min_indent(string)
        if margin > 0:
            lines = [line[margin:] for line in lines]
            string = '\n'.join(lines)
        starts = []
        at = 0
        for line in lines:
            starts.append(at)
            at += len(line) + 1
        output = []
        taken = 0  # characters of `string` already in `output`
        i = 0
        count = len(lines)
        while i < count:
            if not _prompt_at(lines[i], '>>>'):
                i += 1
                continue
            # The prompt's line and the continuation lines after it, then the expected output:
            # the lines up to a blank one or the next prompt.
            j = i + 1
            while j < count and _prompt_at(lines[j], '...'):
                j += 1
            k = j
            while k < count and not _blank(lines[k]) and not _prompt_at(lines[k], '>>>'):
                k += 1
            output.append(string[taken:starts[i]])
            source, options, want, exc_msg = self._read_example(lines[i:j], lines[j:k], name, i)
            if not _blank_or_comment(source):
                indent = margin + len(lines[i]) - len(lines[i].lstrip(' '))
                output.append(Example(source, want, exc_msg, lineno=i, indent=indent, options=options))
            taken = starts[k] if k < count else len(string)
            i = k
        output.append(string[taken:])
        return output

    def get_doctest(self, string, globs, name, filename, lineno):
        return DocTest(self.get_examples(string, name), globs, name, filename, lineno, string)

    def get_examples(self, string, name='<string>'):
        return [piece for piece in self.parse(string, name) if isinstance(piece, Example)]

    def _read_example(self, source_lines, want_lines, name, lineno):
        indent = len(source_lines[0]) - len(source_lines[0].lstrip(' '))
        for n, line in enumerate(source_lines):
            if len(line) >= indent + 4 and line[indent + 3] != ' ':
                raise ValueError('line %r of the docstring for %s lacks blank after %s: %r'
                                 % (lineno + n + 1, name, line[indent:indent + 3], line))
        self._check_prefix(source_lines[1:], ' ' * indent + '.', name, lineno)
        source = '\n'.join(line[indent + 4:] for line in source_lines)
        self._check_prefix(want_lines, ' ' * indent, name, lineno + len(source_lines))
        want = '\n'.join(line[indent:] for line in want_lines)
        return source, self._find_options(source, name, lineno), want, self._exception_message(want)

    @staticmethod
    def _exception_message(want):
        # An expected traceback: its header line, any lines of stack, then the message from the
        # first line that starts with a word character to the end.
        lines = want.split('\n')
        if lines[0].rstrip() not in _TRACEBACK_HEADERS:
            return None
        for n in range(1, len(lines)):
            if _WORD_START.match(lines[n]):
                return '\n'.join(lines[n:])
        return None

    def _find_options(self, source, name, lineno):
        options = {}
        for line in source.split('\n'):
            found = _DIRECTIVE.search(line)
            if found is None:
                continue
            for option in found.group(1).replace(',', ' ').split():
                flag = OPTIONFLAGS_BY_NAME.get(option[1:]) if option[0] in '+-' else None
                if flag is None:
                    raise ValueError('line %r of the doctest for %s has an invalid option: %r'
                                     % (lineno + 1, name, option))
                options[flag] = option[0] == '+'
        if options and _blank_or_comment(source):
            raise ValueError('line %r of the doctest for %s has an option directive on a line with no example: %r'
                             % (lineno, name, source))
        return options

    def _min_indent(self, s):
        widths = []
        for line in s.split('\n'):
            rest = line.lstrip(' ')
            if rest and not rest[0].isspace():
                widths.append(len(line) - len(rest))
        return min(widths) if widths else 0

    def _check_prefix(self, lines, prefix, name, lineno):
        for n, line in enumerate(lines):
            if line and not line.startswith(prefix):
                raise ValueError('line %r of the docstring for %s has inconsistent leading whitespace: %r'
                                 % (lineno + n + 1, name, line))


# ---- finding the docstrings ---------------------------------------------------------------------

_QUOTE_OPENS = re.compile(r'\s*\w*["\']')


def _opens_string(line):
    # A docstring's first line: a quote (after a string prefix), at the start or after a colon.
    if _QUOTE_OPENS.match(line):
        return True
    return any(ch == ':' and _QUOTE_OPENS.match(line, n + 1) for n, ch in enumerate(line))


def _module_of(obj):
    if inspect.ismodule(obj):
        return obj
    name = getattr(obj, '__module__', None)
    return sys.modules.get(name) if isinstance(name, str) else None


class DocTestFinder:
    def __init__(self, verbose=False, parser=DocTestParser(), recurse=True, exclude_empty=True):
        self._parser, self._verbose = parser, verbose
        self._recurse, self._exclude_empty = recurse, exclude_empty

    def find(self, obj, name=None, module=None, globs=None, extraglobs=None):
        if name is None:
            name = getattr(obj, '__name__', None)
            if name is None:
                raise ValueError("DocTestFinder.find: name must be given when obj.__name__ doesn't exist: %r"
                                 % (type(obj),))
        if module is False:
            module = None
        elif module is None:
            module = _module_of(obj)
        source_lines = None
        file = getattr(module, '__file__', None) if module is not None else None
        if isinstance(file, str) and file.endswith('.py'):
            source_lines = linecache.getlines(file, module.__dict__) or None
        if globs is not None:
            globs = globs.copy()
        else:
            globs = {} if module is None else module.__dict__.copy()
        if extraglobs is not None:
            globs.update(extraglobs)
        globs.setdefault('__name__', '__main__')
        tests = []
        self._find(tests, obj, name, module, source_lines, globs, set())
        tests.sort()
        return tests

    def _from_module(self, module, obj):
        if module is None:
            return True
        home = _module_of(obj)
        if home is not None:
            return home is module
        if inspect.isfunction(obj):
            return module.__dict__ is obj.__globals__
        if hasattr(obj, '__module__'):
            return module.__name__ == obj.__module__
        if isinstance(obj, property):
            return True
        raise ValueError('object must be a class or function')

    def _is_routine(self, obj):
        try:
            obj = inspect.unwrap(obj)
        except ValueError:
            pass
        return inspect.isroutine(obj)

    def _find(self, tests, obj, name, module, source_lines, globs, seen):
        if self._verbose:
            print('Finding tests in %s' % name)
        if id(obj) in seen:
            return
        seen.add(id(obj))
        test = self._get_test(obj, name, module, globs, source_lines)
        if test is not None:
            tests.append(test)
        if not self._recurse:
            return
        if inspect.ismodule(obj):
            for key, value in obj.__dict__.items():
                if (self._is_routine(value) or inspect.isclass(value)) and self._from_module(module, value):
                    self._find(tests, value, f'{name}.{key}', module, source_lines, globs, seen)
            for key, value in getattr(obj, '__test__', {}).items():
                if not isinstance(key, str):
                    raise ValueError('DocTestFinder.find: __test__ keys must be strings: %r' % (type(key),))
                if not (inspect.isroutine(value) or inspect.isclass(value) or inspect.ismodule(value)
                        or isinstance(value, str)):
                    raise ValueError('DocTestFinder.find: __test__ values must be strings, functions, methods, '
                                     'classes, or modules: %r' % (type(value),))
                self._find(tests, value, f'{name}.__test__.{key}', module, source_lines, globs, seen)
        if inspect.isclass(obj):
            for key, value in obj.__dict__.items():
                if isinstance(value, (staticmethod, classmethod)):
                    value = value.__func__
                wanted = inspect.isroutine(value) or inspect.isclass(value) or isinstance(value, property)
                if wanted and self._from_module(module, value):
                    self._find(tests, value, f'{name}.{key}', module, source_lines, globs, seen)

    def _get_test(self, obj, name, module, globs, source_lines):
        if isinstance(obj, str):
            docstring = obj
        else:
            try:
                docstring = obj.__doc__
                docstring = '' if docstring is None else docstring if isinstance(docstring, str) else str(docstring)
            except (TypeError, AttributeError):
                docstring = ''
        lineno = self._find_lineno(obj, source_lines)
        if self._exclude_empty and not docstring:
            return None
        filename = None
        if module is not None:
            filename = getattr(module, '__file__', None) or module.__name__
            if filename.endswith('.pyc'):
                filename = filename[:-1]
        return self._parser.get_doctest(docstring, globs, name, filename, lineno)

    def _find_lineno(self, obj, source_lines):
        # The 0-based line of the object's docstring: from its class statement or its code's first
        # line (a module: the top), the first line after that opening a string.
        lineno = None
        documented = getattr(obj, '__doc__', None) is not None
        if inspect.ismodule(obj) and documented:
            lineno = 0
        if inspect.isclass(obj) and documented:
            if source_lines is None:
                return None
            header = re.compile(r'\s*class\s*%s\b' % re.escape(getattr(obj, '__name__', '-')))
            lineno = next((n for n, line in enumerate(source_lines) if header.match(line)), None)
        if inspect.ismethod(obj):
            obj = obj.__func__
        if _V313 and isinstance(obj, property):
            obj = obj.fget
        if _V314:
            import functools
            if isinstance(obj, functools.cached_property):
                obj = obj.func
        routine = inspect.isroutine(obj) if _V314 else inspect.isfunction(obj)
        if routine and getattr(obj, '__doc__', None):
            if _V313:
                obj = inspect.unwrap(obj)
            code = getattr(obj, '__code__', None)
            if code is None:
                return None
            lineno = code.co_firstlineno - 1
        if lineno is None:
            return None
        if source_lines is None:
            return lineno + 1
        return next((n for n in range(lineno, len(source_lines)) if _opens_string(source_lines[n])), None)


# ---- comparing output -----------------------------------------------------------------------------

class OutputChecker:
    def _toAscii(self, s):
        return str(s.encode('ASCII', 'backslashreplace'), 'ASCII')

    def check_output(self, want, got, optionflags):
        got, want = self._toAscii(got), self._toAscii(want)
        if got == want:
            return True
        if not optionflags & DONT_ACCEPT_TRUE_FOR_1 and (got, want) in (('True\n', '1\n'), ('False\n', '0\n')):
            return True
        if not optionflags & DONT_ACCEPT_BLANKLINE:
            want = '\n'.join('' if _marks_blank(line) else line for line in want.split('\n'))
            got = '\n'.join('' if line.isspace() else line for line in got.split('\n'))
            if got == want:
                return True
        if optionflags & NORMALIZE_WHITESPACE:
            got, want = ' '.join(got.split()), ' '.join(want.split())
            if got == want:
                return True
        return bool(optionflags & ELLIPSIS) and _ellipsis_match(want, got)

    def _do_a_fancy_diff(self, want, got, optionflags):
        if not optionflags & (REPORT_UDIFF | REPORT_CDIFF | REPORT_NDIFF):
            return False
        if optionflags & REPORT_NDIFF:
            return True
        # Unified and context diffs only pay off past a couple of lines.
        return want.count('\n') > 2 and got.count('\n') > 2

    def output_difference(self, example, got, optionflags):
        want = example.want
        if not optionflags & DONT_ACCEPT_BLANKLINE:
            rows = got.split('\n')
            got = '\n'.join(BLANKLINE_MARKER if n < len(rows) - 1 and _blank(row) else row
                            for n, row in enumerate(rows))
        if self._do_a_fancy_diff(want, got, optionflags):
            import difflib
            expected, actual = want.splitlines(keepends=True), got.splitlines(keepends=True)
            if optionflags & REPORT_UDIFF:
                rows = list(difflib.unified_diff(expected, actual, n=2))[2:]
                kind = 'unified diff with -expected +actual'
            elif optionflags & REPORT_CDIFF:
                rows = list(difflib.context_diff(expected, actual, n=2))[2:]
                kind = 'context diff with expected followed by actual'
            else:
                rows = list(difflib.Differ(charjunk=difflib.IS_CHARACTER_JUNK).compare(expected, actual))
                kind = 'ndiff with -expected +actual'
            return f'Differences ({kind}):\n' + _indent(''.join(rows))
        if want and got:
            return f'Expected:\n{_indent(want)}Got:\n{_indent(got)}'
        if want:
            return f'Expected:\n{_indent(want)}Got nothing\n'
        if got:
            return f'Expected nothing\nGot:\n{_indent(got)}'
        return 'Expected nothing\nGot nothing\n'


def _marks_blank(line):
    return line.startswith(BLANKLINE_MARKER) and line[len(BLANKLINE_MARKER):].strip() == ''


# ---- running ------------------------------------------------------------------------------------

class DocTestRunner:
    DIVIDER = '*' * 70

    def __init__(self, checker=None, verbose=None, optionflags=0):
        self._checker = checker or OutputChecker()
        self._verbose = '-v' in sys.argv if verbose is None else verbose
        self.optionflags = optionflags
        self.original_optionflags = optionflags
        self.tries = 0
        self.failures = 0
        if _V313:
            self.skips = 0
        self._stats = {}  # test name: [failures, tries, skips]
        self._fakeout = _CapturedOutput()

    def report_start(self, out, test, example):
        if not self._verbose:
            return
        expecting = 'Expecting:\n' + _indent(example.want) if example.want else 'Expecting nothing\n'
        out('Trying:\n' + _indent(example.source) + expecting)

    def report_success(self, out, test, example, got):
        if self._verbose:
            out('ok\n')

    def report_failure(self, out, test, example, got):
        out(self._failure_header(test, example) + self._checker.output_difference(example, got, self.optionflags))

    def report_unexpected_exception(self, out, test, example, exc_info):
        out(self._failure_header(test, example) + 'Exception raised:\n' + _indent(_traceback_text(*exc_info)))

    def _failure_header(self, test, example):
        if not test.filename:
            where = f'Line {example.lineno + 1}, in {test.name}'
        else:
            known = test.lineno is not None and example.lineno is not None
            line = test.lineno + example.lineno + 1 if known else '?'
            where = f'File "{test.filename}", line {line}, in {test.name}'
        return '\n'.join([self.DIVIDER, where, 'Failed example:', _indent(example.source)])

    def _attempt(self, example, filename, compileflags, globs):
        # One example, as the interactive prompt runs a statement (its value echoed); the
        # exception it raises, with its traceback, or None.
        try:
            exec(compile(example.source, filename, 'single', compileflags, True), globs)
        except KeyboardInterrupt:
            raise
        except BaseException:
            return sys.exc_info()
        return None

    def _exception_text(self, exc_info):
        shown = traceback.format_exception_only(exc_info[0], exc_info[1])
        if issubclass(exc_info[0], SyntaxError):
            # The message's own line and after, not the source and caret lines before it.
            kind = exc_info[0]
            heads = (f'{kind.__qualname__}:', f'{kind.__module__}.{kind.__qualname__}:')
            shown = shown[next(n for n, line in enumerate(shown) if line.startswith(heads)):]
        return ''.join(shown)

    def _run_examples(self, test, compileflags, out):
        failures = tries = skips = 0
        base_flags = self.optionflags
        check = self._checker.check_output
        flags = base_flags
        for number, example in enumerate(test.examples):
            # Quiet after a failure, by the flags the example before ran with (its directives too).
            quiet = bool(flags & REPORT_ONLY_FIRST_FAILURE) and failures > 0
            flags = base_flags
            for flag, on in example.options.items():
                flags = flags | flag if on else flags & ~flag
            self.optionflags = flags
            if _V313:
                tries += 1
            if flags & SKIP:
                skips += 1
                continue
            if not _V313:
                tries += 1
            if not quiet:
                self.report_start(out, test, example)
            raised = self._attempt(example, f'<doctest {test.name}[{number}]>', compileflags, test.globs)
            got = self._fakeout.getvalue()
            self._fakeout.truncate(0)
            if raised is None:
                outcome = 'ok' if check(example.want, got, flags) else 'failed'
            else:
                exc_msg = self._exception_text(raised)
                if not quiet:
                    got += _traceback_text(*raised)
                if example.exc_msg is None:
                    outcome = 'raised'
                elif check(example.exc_msg, exc_msg, flags):
                    outcome = 'ok'
                elif flags & IGNORE_EXCEPTION_DETAIL and check(
                        _exception_name(example.exc_msg), _exception_name(exc_msg), flags):
                    outcome = 'ok'
                else:
                    outcome = 'failed'
            if outcome != 'ok':
                failures += 1
            if not quiet:
                if outcome == 'ok':
                    self.report_success(out, test, example, got)
                elif outcome == 'failed':
                    self.report_failure(out, test, example, got)
                else:
                    self.report_unexpected_exception(out, test, example, raised)
            if failures and flags & FAIL_FAST:
                break
        self.optionflags = base_flags
        self._record(test.name, failures, tries, skips)
        if _V313:
            return TestResults(failures, tries, skipped=skips)
        return TestResults(failures, tries)

    def _record(self, name, failures, tries, skips):
        totals = self._stats.setdefault(name, [0, 0, 0])
        totals[0] += failures
        totals[1] += tries
        totals[2] += skips
        self.failures += failures
        self.tries += tries
        if _V313:
            self.skips += skips

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        self.test = test
        if compileflags is None:
            compileflags = _future_flags(test.globs)
        real_stdout = sys.stdout
        if out is None:
            out = _writer_to(real_stdout)
        sys.stdout = self._fakeout
        # The examples' own source, for the tracebacks they raise (CPython patches linecache).
        plain_getlines = linecache.getlines

        def getlines(filename, module_globals=None):
            source = self._example_source(filename)
            return plain_getlines(filename, module_globals) if source is None else source.splitlines(True)

        linecache.getlines = getlines
        _stdlib_native.show_sources({f'<doctest {test.name}[{n}]>': example.source
                                     for n, example in enumerate(test.examples)})
        try:
            return self._run_examples(test, compileflags, out)
        finally:
            sys.stdout = real_stdout
            linecache.getlines = plain_getlines
            _stdlib_native.show_sources(None)
            if clear_globs:
                test.globs.clear()
                import builtins
                builtins._ = None

    def _example_source(self, filename):
        prefix = f'<doctest {self.test.name}['
        if not (filename.startswith(prefix) and filename.endswith(']>')):
            return None
        number = filename[len(prefix):-2]
        return self.test.examples[int(number)].source if number.isdigit() else None

    def summarize(self, verbose=None):
        if verbose is None:
            verbose = self._verbose
        empty = sorted(name for name, (_, tries, _) in self._stats.items() if tries == 0)
        passed = sorted((name, tries) for name, (failures, tries, _) in self._stats.items()
                        if tries and not failures)
        failed = sorted((name, totals) for name, totals in self._stats.items() if totals[0])
        total_tries = sum(totals[1] for totals in self._stats.values())
        total_failures = sum(totals[0] for totals in self._stats.values())
        total_skips = sum(totals[2] for totals in self._stats.values())
        if _V313:
            _summary_313(self, verbose, empty, passed, failed, total_tries, total_failures, total_skips)
            return TestResults(total_failures, total_tries, skipped=total_skips)
        _summary_311(self, verbose, empty, passed, failed, total_tries, total_failures)
        return TestResults(total_failures, total_tries)

    def merge(self, other):
        for name, (failures, tries, skips) in other._stats.items():
            totals = self._stats.setdefault(name, [0, 0, 0])
            totals[0] += failures
            totals[1] += tries
            totals[2] += skips


def _items(count):
    return f'{count} item' if count == 1 else f'{count} items'


def _summary_313(runner, verbose, empty, passed, failed, tries, failures, skips):
    if verbose:
        if empty:
            print(f'{_items(len(empty))} had no tests:')
            for name in empty:
                print(f'    {name}')
        if passed:
            print(f'{_items(len(passed))} passed all tests:')
            for name, count in passed:
                print(f" {count:3d} test{'' if count == 1 else 's'} in {name}")
    if failed:
        print(runner.DIVIDER)
        print(f'{_items(len(failed))} had failures:')
        for name, (f, t, _) in failed:
            print(f' {f:3d} of {t:3d} in {name}')
    if verbose:
        print(f"{tries} test{'' if tries == 1 else 's'} in {_items(len(runner._stats))}.")
        print(f'{tries - failures} passed' + (f' and {failures} failed' if failures else '') + '.')
    if failures:
        line = f"***Test Failed*** {failures} failure{'' if failures == 1 else 's'}"
        if skips:
            line += f" and {skips} skipped test{'' if skips == 1 else 's'}"
        print(line + '.')
    elif verbose:
        print('Test passed.')


def _summary_311(runner, verbose, empty, passed, failed, tries, failures):
    if verbose:
        if empty:
            print(len(empty), 'items had no tests:')
            for name in empty:
                print('   ', name)
        if passed:
            print(len(passed), 'items passed all tests:')
            for name, count in passed:
                print(' %3d tests in %s' % (count, name))
    if failed:
        print(runner.DIVIDER)
        print(len(failed), 'items had failures:')
        for name, (f, t, _) in failed:
            print(' %3d of %3d in %s' % (f, t, name))
    if verbose:
        print(tries, 'tests in', len(runner._stats), 'items.')
        print(tries - failures, 'passed and', failures, 'failed.')
    if failures:
        print('***Test Failed***', failures, 'failures.')
    elif verbose:
        print('Test passed.')


def _writer_to(stream):
    encoding = getattr(stream, 'encoding', None)
    if encoding is None or encoding.lower() == 'utf-8':
        return stream.write

    def write(text):
        stream.write(str(text.encode(encoding, 'backslashreplace'), encoding))
    return write


def _future_flags(globs):
    import __future__
    flags = 0
    for name in __future__.all_feature_names:
        feature = globs.get(name)
        if feature is getattr(__future__, name):
            flags |= feature.compiler_flag
    return flags


# ---- raising instead of reporting ------------------------------------------------------------------

class DocTestFailure(Exception):
    def __init__(self, test, example, got):
        self.test, self.example, self.got = test, example, got

    def __str__(self):
        return str(self.test)


class UnexpectedException(Exception):
    def __init__(self, test, example, exc_info):
        self.test, self.example, self.exc_info = test, example, exc_info

    def __str__(self):
        return str(self.test)


class DebugRunner(DocTestRunner):
    def run(self, test, compileflags=None, out=None, clear_globs=True):
        result = DocTestRunner.run(self, test, compileflags, out, False)
        if clear_globs:
            test.globs.clear()
        return result

    # The first failing example ends the run, raised with what it got.
    def report_failure(self, out, test, example, got):
        raise DocTestFailure(test, example, got)

    def report_unexpected_exception(self, out, test, example, exc_info):
        raise UnexpectedException(test, example, exc_info)


# ---- entry points ---------------------------------------------------------------------------------

def _finish(runner, report):
    # The end of testmod and testfile: the summary, the runner merged into `master`, the counts.
    global master
    if report:
        runner.summarize()
    if master is None:
        master = runner
    else:
        master.merge(runner)
    if _V313:
        return TestResults(runner.failures, runner.tries, skipped=runner.skips)
    return TestResults(runner.failures, runner.tries)


def testmod(m=None, name=None, globs=None, verbose=None, report=True, optionflags=0, extraglobs=None,
            raise_on_error=False, exclude_empty=False):
    if m is None:
        m = sys.modules.get('__main__')
    if not inspect.ismodule(m):
        raise TypeError('testmod: module required; %r' % (m,))
    if name is None:
        name = m.__name__
    finder = DocTestFinder(exclude_empty=exclude_empty)
    kind = DebugRunner if raise_on_error else DocTestRunner
    runner = kind(verbose=verbose, optionflags=optionflags)
    for test in finder.find(m, name, globs=globs, extraglobs=extraglobs):
        runner.run(test)
    return _finish(runner, report)


def _caller_module():
    # The module of testfile's caller (the program's innermost frame: library frames are not
    # counted), its package by default.
    return sys.modules[sys._getframe(0).f_globals['__name__']]


def _testfile_path(filename, package, module_relative):
    # The file testfile reads: as given, or (module-relative) '/'-separated under the directory of
    # the package, by default the calling module.
    import os
    if not module_relative:
        if package is not None:
            raise ValueError('Package may only be specified for module-relative paths.')
        return filename
    if package is None:
        package = _caller_module()
    elif isinstance(package, str):
        __import__(package)
        package = sys.modules[package]
    elif not inspect.ismodule(package):
        raise TypeError('Expected a module, string, or None')
    if filename.startswith('/'):
        raise ValueError('Module-relative files may not have absolute paths')
    relative = os.path.join(*filename.split('/'))
    if hasattr(package, '__file__'):
        return os.path.join(os.path.split(package.__file__)[0], relative)
    raise ValueError("Can't resolve paths relative to the module %r (it has no __file__)" % package.__name__)


def testfile(filename, module_relative=True, name=None, package=None, globs=None, verbose=None, report=True,
             optionflags=0, extraglobs=None, raise_on_error=False, parser=DocTestParser(), encoding=None):
    # The examples of one text file, run as a single test named after the file (its lines counted
    # from the file's first), in a fresh namespace named '__main__' unless `globs` is given.
    import os
    path = _testfile_path(filename, package, module_relative)
    with open(path, encoding=encoding or 'utf-8') as f:
        text = f.read()
    if name is None:
        name = os.path.basename(path)
    globs = {} if globs is None else globs.copy()
    if extraglobs is not None:
        globs.update(extraglobs)
    if '__name__' not in globs:
        globs['__name__'] = '__main__'
    kind = DebugRunner if raise_on_error else DocTestRunner
    runner = kind(verbose=verbose, optionflags=optionflags)
    runner.run(parser.get_doctest(text, globs, name, path, 0))
    return _finish(runner, report)


def run_docstring_examples(f, globs, verbose=False, name='NoName', compileflags=None, optionflags=0):
    finder = DocTestFinder(verbose=verbose, recurse=False)
    runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    for test in finder.find(f, name, globs=globs):
        runner.run(test, compileflags=compileflags)
