# `logging`: loggers in a dotted hierarchy, levels, handlers that write to streams, formatters
# (%, {} and $ styles) with %(asctime)s on the virtual clock, %(taskName)s from the current
# asyncio task, %(threadName)s from the current simulated thread, filters and LoggerAdapter.
# %(processName)s is MainProcess. Files, sockets and logging.config are not simulated.

import sys
import threading as _threading
import time
import traceback
import _stdlib_native

__all__ = ['BASIC_FORMAT', 'CRITICAL', 'DEBUG', 'ERROR', 'FATAL', 'Filter', 'Formatter', 'Handler',
           'INFO', 'LogRecord', 'Logger', 'LoggerAdapter', 'NOTSET', 'NullHandler', 'StreamHandler',
           'WARN', 'WARNING', 'addLevelName', 'basicConfig', 'critical', 'debug', 'disable', 'error',
           'exception', 'fatal', 'getLevelName', 'getLogger', 'info', 'log', 'warning',
           'getLevelNamesMapping', 'lastResort', 'raiseExceptions', 'root']

CRITICAL = 50
FATAL = CRITICAL
ERROR = 40
WARNING = 30
WARN = WARNING
INFO = 20
DEBUG = 10
NOTSET = 0

_levelToName = {CRITICAL: 'CRITICAL', ERROR: 'ERROR', WARNING: 'WARNING', INFO: 'INFO', DEBUG: 'DEBUG',
                NOTSET: 'NOTSET'}
_nameToLevel = {'CRITICAL': CRITICAL, 'FATAL': FATAL, 'ERROR': ERROR, 'WARN': WARNING, 'WARNING': WARNING,
                'INFO': INFO, 'DEBUG': DEBUG, 'NOTSET': NOTSET}

raiseExceptions = True
logThreads = True
logMultiprocessing = True
logProcesses = True
logAsyncioTasks = True

BASIC_FORMAT = '%(levelname)s:%(name)s:%(message)s'

# The simulated process: one thread, a fixed pid (os.getpid()).
_PID = 4242

# From 3.12 a filter may hand back a replacement record, and filter() returns the record it ended with.
_FILTERS_RETURN_RECORDS = sys.version_info >= (3, 12)


def getLevelNamesMapping():
    return dict(_nameToLevel)


def getLevelName(level):
    name = _levelToName.get(level)
    if name is not None:
        return name
    number = _nameToLevel.get(level)
    return number if number is not None else 'Level %s' % level


def addLevelName(level, levelName):
    _levelToName[level] = levelName
    _nameToLevel[levelName] = level


def _checkLevel(level):
    # An int is taken as it is; a str must be a registered name; anything else is refused.
    if isinstance(level, int):
        return level
    if str(level) != level:
        raise TypeError('Level not an integer or a valid string: %r' % (level,))
    number = _nameToLevel.get(level)
    if number is None:
        raise ValueError('Unknown level: %r' % level)
    return number


def _task_name():
    # the running task's name; None outside a task or a running loop
    aio = sys.modules.get('asyncio')
    if aio is None:
        import asyncio as aio
    try:
        current = aio.current_task()
    except Exception:
        return None
    return None if current is None else current.get_name()


class LogRecord:
    def __init__(self, name, level, pathname, lineno, msg, args, exc_info, func=None, sinfo=None, **kwargs):
        ns = time.time_ns()
        self.name = name
        self.msg = msg
        if args and len(args) == 1 and isinstance(args[0], dict) and args[0]:
            args = args[0]
        self.args = args
        self.levelname = getLevelName(level)
        self.levelno = level
        self.pathname = pathname
        self.filename = pathname.rsplit('/', 1)[-1]
        self.module = self.filename.rsplit('.', 1)[0] if '.' in self.filename else self.filename
        self.exc_info = exc_info
        self.exc_text = None
        self.stack_info = sinfo
        self.lineno = lineno
        self.funcName = func
        if sys.version_info >= (3, 13):
            self.created = ns / 1e9
            self.msecs = (ns % 1_000_000_000) // 1_000_000 + 0.0
            self.relativeCreated = (ns - _startTime) / 1e6
        else:
            # up to 3.12 the float time: its milliseconds can fall one short (1.2 s is 199 ms)
            ct = time.time()
            self.created = ct
            self.msecs = int((ct - int(ct)) * 1000) + 0.0
            self.relativeCreated = (ct - _startTime / 1e9) * 1000
        if logThreads:
            self.thread = _threading.get_ident()
            self.threadName = _threading.current_thread().name
        else:
            self.thread = self.threadName = None
        self.processName = 'MainProcess' if logMultiprocessing else None
        self.process = _PID if logProcesses else None
        if sys.version_info >= (3, 12):
            # taskName arrived in 3.12: on 3.11 '%(taskName)s' is a formatting error, as there.
            self.taskName = _task_name() if logAsyncioTasks else None

    def __repr__(self):
        return '<LogRecord: %s, %s, %s, %s, "%s">' % (self.name, self.levelno, self.pathname, self.lineno,
                                                     self.msg)

    def getMessage(self):
        text = str(self.msg)
        return text % self.args if self.args else text


_logRecordFactory = LogRecord


def setLogRecordFactory(factory):
    global _logRecordFactory
    _logRecordFactory = factory


def getLogRecordFactory():
    return _logRecordFactory


def makeLogRecord(dict):
    blank = _logRecordFactory(None, None, '', 0, '', (), None, None)
    blank.__dict__.update(dict)
    return blank


# -- format checks, one per style (what Formatter(validate=True) accepts) --

def _is_word(text):
    # a non-empty run of letters, digits and underscores (regular expressions' \w+)
    return text != '' and text.replace('_', 'a').isalnum()


def _skip_number(text, at, star_ok):
    # past '*' (when allowed) or a run of digits starting at `at`
    if star_ok and text[at:at + 1] == '*':
        return at + 1
    while at < len(text) and text[at].isdigit():
        at += 1
    return at


def _percent_field_at(fmt, at):
    # Does a complete %(name)<flags><width><.precision><type> start at `at` (on its '%(')?
    close = fmt.find(')', at + 2)
    if close < 0 or not _is_word(fmt[at + 2:close]):
        return False
    pos = close + 1
    while fmt[pos:pos + 1] in ('#', '0', '+', ' ', '-') and pos < len(fmt):
        pos += 1
    pos = _skip_number(fmt, pos, True)
    if fmt[pos:pos + 1] == '.':
        after = _skip_number(fmt, pos + 1, True)
        if after > pos + 1:
            pos = after
    kind = fmt[pos:pos + 1]
    return kind != '' and kind.lower() in 'diouxefgcrsa%'


def _skip_width(spec, at):
    # a width or precision in a {} spec: digits, or a nested {word}
    if spec[at:at + 1] == '{':
        close = spec.find('}', at)
        return close + 1 if close > 0 and _is_word(spec[at + 1:close]) else at
    return _skip_number(spec, at, False)


def _brace_spec_ok(spec):
    # [[fill]align][sign][#][0][width][,|_][.precision][type], nothing more
    pos = 0
    if spec[1:2] in ('<', '>', '=', '^') and spec[1:2]:
        pos = 2
    elif spec[:1] in ('<', '>', '=', '^') and spec[:1]:
        pos = 1
    for optional in ('+ -', '#', '0'):
        if spec[pos:pos + 1] and spec[pos:pos + 1] in optional:
            pos += 1
    pos = _skip_width(spec, pos)
    if spec[pos:pos + 1] in (',', '_') and spec[pos:pos + 1]:
        pos += 1
    if spec[pos:pos + 1] == '.':
        after = _skip_width(spec, pos + 1)
        if after > pos + 1:
            pos = after
    if spec[pos:pos + 1] and spec[pos:pos + 1].lower() in 'bcdefgnosx%':
        pos += 1
    return pos == len(spec)


def _brace_field_ok(field):
    # word or digits, then any number of .word or [anything but ']']
    head = len(field)
    for i, ch in enumerate(field):
        if ch in '.[':
            head = i
            break
    if not _is_word(field[:head]):
        return False
    pos = head
    while pos < len(field):
        if field[pos] == '.':
            end = pos + 1
            while end < len(field) and field[end] not in '.[':
                end += 1
            if not _is_word(field[pos + 1:end]):
                return False
        elif field[pos] == '[':
            end = field.find(']', pos)
            if end <= pos + 1:
                return False
            end += 1
        else:
            return False
        pos = end
    return True


def _check_brace_format(fmt):
    import _string
    found = False
    for _, field, spec, conversion in _string.formatter_parser(fmt):
        if field:
            if not _brace_field_ok(field):
                raise ValueError('invalid field name/expression: %r' % field)
            found = True
        if conversion and conversion not in ('r', 's', 'a'):
            raise ValueError('invalid conversion: %r' % conversion)
        if spec and not _brace_spec_ok(spec):
            raise ValueError('bad specifier: %r' % spec)
    return found


def _identifier_end(text, at):
    # string.Template's identifiers: an ASCII letter or '_', then ASCII letters, digits, '_'
    pos = at
    while pos < len(text):
        ch = text[pos]
        if not (ch == '_' or ('a' <= ch <= 'z') or ('A' <= ch <= 'Z') or (pos > at and '0' <= ch <= '9')):
            break
        pos += 1
    return pos


class PercentStyle:
    # what names a field in this style, and how to find %(asctime) in a format
    _field_form = '%%(%s)s'
    asctime_search = '%(asctime)'
    asctime_format = '%(asctime)s'
    default_format = '%(message)s'

    def __init__(self, fmt, *, defaults=None):
        self._defaults = defaults
        self._fmt = fmt if fmt else self.default_format

    def format(self, record):
        try:
            return self._format(record)
        except KeyError as missing:
            raise ValueError(f'Formatting field not found in record: {missing}')

    def usesTime(self):
        return self.asctime_search in self._fmt

    def validate(self):
        fmt = self._fmt
        at = fmt.find('%(')
        while at >= 0:
            if _percent_field_at(fmt, at):
                return
            at = fmt.find('%(', at + 1)
        raise ValueError("Invalid format '%s' for '%s' style" % (fmt, self.default_format[0]))

    def _values(self, record):
        extra = self._defaults
        return {**extra, **record.__dict__} if extra else record.__dict__

    def _format(self, record):
        return self._fmt % self._values(record)


class StrFormatStyle(PercentStyle):
    _field_form = '{%s}'
    asctime_search = '{asctime'
    asctime_format = '{asctime}'
    default_format = '{message}'

    def validate(self):
        try:
            found = _check_brace_format(self._fmt)
        except ValueError as e:
            raise ValueError('invalid format: %s' % e)
        if not found:
            raise ValueError('invalid format: no fields')

    def _format(self, record):
        return self._fmt.format(**self._values(record))


class StringTemplateStyle(PercentStyle):
    _field_form = '${%s}'
    asctime_search = '${asctime}'
    asctime_format = '${asctime}'
    default_format = '${message}'

    def usesTime(self):
        return '$asctime' in self._fmt or self.asctime_search in self._fmt

    def validate(self):
        fmt = self._fmt
        found = False
        at = fmt.find('$')
        while at >= 0:
            nxt = at + 1
            if fmt[nxt:nxt + 1] == '$':
                at = fmt.find('$', nxt + 1)
                continue
            if _identifier_end(fmt, nxt) > nxt:
                found = True
            elif fmt[nxt:nxt + 1] == '{' and _identifier_end(fmt, nxt + 1) > nxt + 1 \
                    and fmt[_identifier_end(fmt, nxt + 1):][:1] == '}':
                found = True
            else:
                raise ValueError("invalid format: bare '$' not allowed")
            at = fmt.find('$', nxt)
        if not found:
            raise ValueError('invalid format: no fields')

    def _format(self, record):
        import string
        values = dict(self._defaults) if self._defaults else {}
        values.update(record.__dict__)
        return string.Template(self._fmt).substitute(**values)


# style mark -> (its class, basicConfig's default format in that style)
_STYLES = {}
for _style in (PercentStyle, StrFormatStyle, StringTemplateStyle):
    _STYLES[_style.default_format[0]] = (
        _style, ':'.join(_style._field_form % part for part in ('levelname', 'name', 'message')))
del _style


def _style_class(style):
    if style not in _STYLES:
        raise ValueError('Style must be one of: %s' % ','.join(_STYLES.keys()))
    return _STYLES[style][0]


def _after_newline(text, more):
    return text + more if text[-1:] == '\n' else text + '\n' + more


class Formatter:
    converter = staticmethod(time.localtime)
    default_time_format = '%Y-%m-%d %H:%M:%S'
    default_msec_format = '%s,%03d'

    def __init__(self, fmt=None, datefmt=None, style='%', validate=True, *, defaults=None):
        self._style = _style_class(style)(fmt, defaults=defaults)
        if validate:
            self._style.validate()
        self._fmt = self._style._fmt
        self.datefmt = datefmt

    def formatTime(self, record, datefmt=None):
        when = self.converter(record.created)
        if datefmt:
            return time.strftime(datefmt, when)
        text = time.strftime(self.default_time_format, when)
        msec_form = self.default_msec_format
        return msec_form % (text, record.msecs) if msec_form else text

    def formatException(self, ei):
        text = ''.join(traceback.format_exception(ei[0], ei[1], ei[2]))
        return text[:-1] if text.endswith('\n') else text

    def formatStack(self, stack_info):
        return stack_info

    def formatMessage(self, record):
        return self._style.format(record)

    def usesTime(self):
        return self._style.usesTime()

    def format(self, record):
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        text = self.formatMessage(record)
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            text = _after_newline(text, record.exc_text)
        if record.stack_info:
            text = _after_newline(text, self.formatStack(record.stack_info))
        return text


_defaultFormatter = Formatter()


class BufferingFormatter:
    def __init__(self, linefmt=None):
        self.linefmt = linefmt or _defaultFormatter

    def formatHeader(self, records):
        return ''

    def formatFooter(self, records):
        return ''

    def format(self, records):
        if not len(records):
            return ''
        pieces = [self.formatHeader(records)]
        pieces.extend(self.linefmt.format(one) for one in records)
        pieces.append(self.formatFooter(records))
        return ''.join(pieces)


class Filter:
    # Lets through the records of the logger named `name` and of its descendants (all, when '').
    def __init__(self, name=''):
        self.name = name
        self.nlen = len(name)

    def filter(self, record):
        if not self.nlen or record.name == self.name:
            return True
        return record.name.startswith(self.name) and record.name[self.nlen:self.nlen + 1] == '.'


class Filterer:
    def __init__(self):
        self.filters = []

    def addFilter(self, filter):
        if filter not in self.filters:
            self.filters.append(filter)

    def removeFilter(self, filter):
        if filter in self.filters:
            self.filters.remove(filter)

    def filter(self, record):
        # Each filter is an object with .filter(record) or a plain callable; the first falsy
        # answer stops the record.
        for check in self.filters:
            verdict = check.filter(record) if hasattr(check, 'filter') else check(record)
            if not verdict:
                return False
            if _FILTERS_RETURN_RECORDS and isinstance(verdict, LogRecord):
                record = verdict
        return record if _FILTERS_RETURN_RECORDS else True


# handler name -> handler, and every handler made, oldest first (flushed at exit, newest first)
_handlers = {}
_handlerList = []

if sys.version_info >= (3, 12):
    def getHandlerByName(name):
        return _handlers.get(name)

    def getHandlerNames():
        return frozenset(_handlers)


class Handler(Filterer):
    def __init__(self, level=NOTSET):
        Filterer.__init__(self)
        self._name = None
        self.level = _checkLevel(level)
        self.formatter = None
        self._closed = False
        _handlerList.append(self)

    def get_name(self):
        return self._name

    def set_name(self, name):
        # The registry by name follows a rename; an unnamed handler is not in it.
        old, self._name = self._name, name
        _handlers.pop(old, None)
        if name:
            _handlers[name] = self

    name = property(get_name, set_name)

    # Handlers need no locks here: a simulated thread is never preempted inside one.
    def createLock(self):
        pass

    def acquire(self):
        pass

    def release(self):
        pass

    def setLevel(self, level):
        self.level = _checkLevel(level)

    def setFormatter(self, fmt):
        self.formatter = fmt

    def format(self, record):
        return (self.formatter or _defaultFormatter).format(record)

    def emit(self, record):
        raise NotImplementedError('emit must be implemented by Handler subclasses')

    def handle(self, record):
        verdict = self.filter(record)
        if verdict:
            self.emit(verdict if isinstance(verdict, LogRecord) else record)
        return verdict

    def flush(self):
        pass

    def close(self):
        self._closed = True
        if self._name:
            _handlers.pop(self._name, None)

    def handleError(self, record):
        if not raiseExceptions:
            return
        write = sys.stderr.write
        write('--- Logging error ---\n')
        for chunk in traceback.format_exception(sys.exception()):
            write(chunk)
        write('Call stack:\n')
        # The frames of the program that logged, outermost first, down to the logging call.
        called_from = _stdlib_native.caller_frame()
        if called_from is None:
            write('Logged from file %s, line %s\n' % (record.filename, record.lineno))
        else:
            for chunk in traceback.format_stack(called_from):
                write(chunk)
        try:
            write('Message: %r\nArguments: %s\n' % (record.msg, record.args))
        except Exception:
            write('Unable to print the message and arguments - possible formatting error.\n'
                  'Use the traceback above to help find the error.\n')

    def __repr__(self):
        return f'<{type(self).__name__} ({getLevelName(self.level)})>'


class StreamHandler(Handler):
    terminator = '\n'

    def __init__(self, stream=None):
        Handler.__init__(self)
        self.stream = sys.stderr if stream is None else stream

    def flush(self):
        target = self.stream
        if target and hasattr(target, 'flush'):
            target.flush()

    def emit(self, record):
        try:
            line = self.format(record) + self.terminator
            self.stream.write(line)
            self.flush()
        except RecursionError:
            raise
        except Exception:
            self.handleError(record)

    def setStream(self, stream):
        previous = self.stream
        if stream is previous:
            return None
        self.flush()
        self.stream = stream
        return previous

    def __repr__(self):
        label = str(getattr(self.stream, 'name', ''))
        return f"<{type(self).__name__} {label + ' ' if label else ''}({getLevelName(self.level)})>"


class FileHandler(StreamHandler):
    # Writes records to a file of the simulated machine's in-memory file system.
    def __init__(self, filename, mode='a', encoding=None, delay=False, errors=None):
        import os
        self.baseFilename = os.path.abspath(os.fspath(filename))
        self.mode = mode
        self.encoding = encoding
        self.errors = errors
        self.delay = delay
        if delay:
            Handler.__init__(self)
            self.stream = None
        else:
            StreamHandler.__init__(self, self._open())

    def _open(self):
        return open(self.baseFilename, self.mode, encoding=self.encoding, errors=self.errors)

    def close(self):
        try:
            held = self.stream
            if held is not None:
                try:
                    self.flush()
                finally:
                    self.stream = None
                    held.close()
        finally:
            StreamHandler.close(self)

    def emit(self, record):
        # Opened on first use (delay=True), and again after close() unless that would truncate.
        if self.stream is None and (self.mode != 'w' or not self._closed):
            self.stream = self._open()
        if self.stream is not None:
            StreamHandler.emit(self, record)

    def __repr__(self):
        return f'<{type(self).__name__} {self.baseFilename} ({getLevelName(self.level)})>'


class _StderrHandler(StreamHandler):
    # lastResort: writes to whatever sys.stderr is at the time.
    def __init__(self, level=NOTSET):
        Handler.__init__(self, level)

    stream = property(lambda self: sys.stderr)


_defaultLastResort = _StderrHandler(WARNING)
lastResort = _defaultLastResort


class NullHandler(Handler):
    def handle(self, record):
        pass

    def emit(self, record):
        pass


class PlaceHolder:
    # Stands in the manager for a dotted name not yet asked for, remembering the loggers below it.
    def __init__(self, alogger):
        self.loggerMap = dict.fromkeys((alogger,))

    def append(self, alogger):
        self.loggerMap.setdefault(alogger, None)


def _check_logger_class(klass):
    if klass != Logger and not issubclass(klass, Logger):
        raise TypeError('logger not derived from logging.Logger: ' + klass.__name__)


class Manager:
    # Every logger but the root, by name (with placeholders for names only passed through).
    def __init__(self, rootnode):
        self.loggerDict = {}
        self.root = rootnode
        self.loggerClass = self.logRecordFactory = None
        self.disable = NOTSET
        self.emittedNoHandlerWarning = False

    def _get_disable(self):
        return self._disable

    def _set_disable(self, value):
        self._disable = _checkLevel(value)

    disable = property(_get_disable, _set_disable)

    def getLogger(self, name):
        if not isinstance(name, str):
            raise TypeError('A logger name must be a string')
        existing = self.loggerDict.get(name)
        if existing is not None and not isinstance(existing, PlaceHolder):
            return existing
        made = (self.loggerClass or _loggerClass)(name)
        made.manager = self
        self.loggerDict[name] = made
        if existing is not None:
            # it replaces a placeholder: adopt the loggers that were waiting under it
            self._fixupChildren(existing, made)
        self._fixupParents(made)
        return made

    def setLoggerClass(self, klass):
        _check_logger_class(klass)
        self.loggerClass = klass

    def setLogRecordFactory(self, factory):
        self.logRecordFactory = factory

    def _fixupParents(self, alogger):
        # The nearest existing ancestor is the parent; each missing ancestor on the way up gets
        # (or extends) a placeholder.
        name = alogger.name
        table = self.loggerDict
        parent = None
        cut = name.rfind('.')
        while cut > 0 and parent is None:
            above = name[:cut]
            node = table.get(above)
            if node is None:
                table[above] = PlaceHolder(alogger)
            elif isinstance(node, Logger):
                parent = node
            else:
                node.append(alogger)
            cut = name.rfind('.', 0, cut - 1)
        alogger.parent = parent if parent is not None else self.root

    def _fixupChildren(self, ph, alogger):
        # Loggers waiting under the placeholder now hang from `alogger`, unless one already has a
        # nearer parent inside it.
        name = alogger.name
        for child in ph.loggerMap:
            if not child.parent.name.startswith(name):
                alogger.parent = child.parent
                child.parent = alogger

    def _clear_cache(self):
        for node in self.loggerDict.values():
            if isinstance(node, Logger):
                node._cache.clear()
        self.root._cache.clear()


class Logger(Filterer):
    def __init__(self, name, level=NOTSET):
        Filterer.__init__(self)
        self.name, self.level = name, _checkLevel(level)
        # Unattached until the manager places it in the tree; passes records upward by default.
        self.parent, self.propagate = None, True
        self.handlers, self.disabled = [], False
        # level -> enabled?, emptied whenever a level anywhere changes
        self._cache = {}

    def setLevel(self, level):
        self.level = _checkLevel(level)
        self.manager._clear_cache()

    def debug(self, msg, *args, **kwargs):
        if self.isEnabledFor(DEBUG):
            self._log(DEBUG, msg, args, **kwargs)

    def info(self, msg, *args, **kwargs):
        if self.isEnabledFor(INFO):
            self._log(INFO, msg, args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        if self.isEnabledFor(WARNING):
            self._log(WARNING, msg, args, **kwargs)

    def warn(self, msg, *args, **kwargs):
        _deprecated_warn('method')
        self.warning(msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        if self.isEnabledFor(ERROR):
            self._log(ERROR, msg, args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.error(msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        if self.isEnabledFor(CRITICAL):
            self._log(CRITICAL, msg, args, **kwargs)

    def fatal(self, msg, *args, **kwargs):
        # A method of its own that hands over to critical (not another name for it).
        self.critical(msg, *args, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        if not isinstance(level, int):
            if not raiseExceptions:
                return
            raise TypeError('level must be an integer')
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)

    def findCaller(self, stack_info=False, stacklevel=1):
        filename, lineno, func = _stdlib_native.caller(max(stacklevel, 1))
        sinfo = None
        if stack_info:
            # The program's frames down to the caller, under their heading, without the last newline.
            frames = traceback.format_stack(_stdlib_native.caller_frame(max(stacklevel, 1)))
            sinfo = ('Stack (most recent call last):\n' + ''.join(frames)).removesuffix('\n')
        return filename, lineno, func, sinfo

    def makeRecord(self, name, level, fn, lno, msg, args, exc_info, func=None, extra=None, sinfo=None):
        made = _logRecordFactory(name, level, fn, lno, msg, args, exc_info, func, sinfo)
        if extra is not None:
            fields = made.__dict__
            for key in extra:
                if key in ('message', 'asctime') or key in fields:
                    raise KeyError('Attempt to overwrite %r in LogRecord' % key)
                fields[key] = extra[key]
        return made

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False, stacklevel=1):
        fn, lno, func, sinfo = self.findCaller(stack_info, stacklevel)
        if exc_info:
            exc_info = _exc_triple(exc_info)
        self.handle(self.makeRecord(self.name, level, fn, lno, msg, args, exc_info, func, extra, sinfo))

    def handle(self, record):
        if self.disabled:
            return
        verdict = self.filter(record)
        if verdict:
            self.callHandlers(verdict if isinstance(verdict, LogRecord) else record)

    def addHandler(self, hdlr):
        if hdlr not in self.handlers:
            self.handlers.append(hdlr)

    def removeHandler(self, hdlr):
        if hdlr in self.handlers:
            self.handlers.remove(hdlr)

    def hasHandlers(self):
        node = self
        while node:
            if node.handlers:
                return True
            if not node.propagate:
                return False
            node = node.parent
        return False

    def callHandlers(self, record):
        # Up the hierarchy until a logger that does not propagate; with no handler met at all,
        # lastResort (or, without one, a single complaint).
        met = 0
        node = self
        while node:
            for hdlr in node.handlers:
                met += 1
                if record.levelno >= hdlr.level:
                    hdlr.handle(record)
            node = node.parent if node.propagate else None
        if met:
            return
        if lastResort:
            if record.levelno >= lastResort.level:
                lastResort.handle(record)
        elif raiseExceptions and not self.manager.emittedNoHandlerWarning:
            sys.stderr.write('No handlers could be found for logger "%s"\n' % self.name)
            self.manager.emittedNoHandlerWarning = True

    def getEffectiveLevel(self):
        node = self
        while node:
            if node.level:
                return node.level
            node = node.parent
        return NOTSET

    def isEnabledFor(self, level):
        if self.disabled:
            return False
        known = self._cache.get(level)
        if known is None:
            known = self._cache[level] = (
                level > self.manager.disable and level >= self.getEffectiveLevel())
        return known

    def getChild(self, suffix):
        full = suffix if self.root is self else self.name + '.' + suffix
        return self.manager.getLogger(full)

    if sys.version_info >= (3, 12):
        def getChildren(self):
            # loggers (not placeholders) exactly one dotted level below this one
            if self is self.root:
                return {node for key, node in self.manager.loggerDict.items()
                        if isinstance(node, Logger) and '.' not in key}
            prefix = self.name + '.'
            return {node for key, node in self.manager.loggerDict.items()
                    if isinstance(node, Logger) and key.startswith(prefix) and '.' not in key[len(prefix):]}

    def __repr__(self):
        return f'<{type(self).__name__} {self.name} ({getLevelName(self.getEffectiveLevel())})>'


def _exc_triple(given):
    # exc_info= as an exception, a (type, value, traceback) tuple, or any other true value for the
    # exception being handled
    if isinstance(given, BaseException):
        return type(given), given, given.__traceback__
    return given if isinstance(given, tuple) else sys.exc_info()


class RootLogger(Logger):
    def __init__(self, level):
        Logger.__init__(self, 'root', level)


_loggerClass = Logger


def _deprecated_warn(kind):
    import warnings
    warnings.warn(f"The 'warn' {kind} is deprecated, use 'warning' instead", DeprecationWarning, 3)


class LoggerAdapter:
    def __init__(self, logger, extra=None, merge_extra=False):
        self.logger = logger
        self.extra = extra
        self.merge_extra = merge_extra

    def process(self, msg, kwargs):
        if self.merge_extra and 'extra' in kwargs:
            kwargs['extra'] = {**self.extra, **kwargs['extra']}
        else:
            kwargs['extra'] = self.extra
        return msg, kwargs

    def debug(self, msg, *args, **kwargs):
        self.log(DEBUG, msg, *args, **kwargs)

    def info(self, msg, *args, **kwargs):
        self.log(INFO, msg, *args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        self.log(WARNING, msg, *args, **kwargs)

    def warn(self, msg, *args, **kwargs):
        _deprecated_warn('method')
        self.warning(msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        self.log(ERROR, msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.log(ERROR, msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        self.log(CRITICAL, msg, *args, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        if not self.isEnabledFor(level):
            return
        msg, kwargs = self.process(msg, kwargs)
        self.logger.log(level, msg, *args, **kwargs)

    # The rest is the wrapped logger's.
    def isEnabledFor(self, level):
        return self.logger.isEnabledFor(level)

    def setLevel(self, level):
        self.logger.setLevel(level)

    def getEffectiveLevel(self):
        return self.logger.getEffectiveLevel()

    def hasHandlers(self):
        return self.logger.hasHandlers()

    manager = property(lambda self: self.logger.manager)
    name = property(lambda self: self.logger.name)

    def __repr__(self):
        inner = self.logger
        return f'<{type(self).__name__} {inner.name} ({getLevelName(inner.getEffectiveLevel())})>'


root = RootLogger(WARNING)
Logger.root = root
Logger.manager = Manager(Logger.root)


def _basic_handlers(kwargs, encoding, errors):
    # basicConfig's handlers: those given, else one for `filename` or for `stream`.
    given = kwargs.pop('handlers', None)
    if given is not None:
        if 'stream' in kwargs or 'filename' in kwargs:
            raise ValueError("'stream' or 'filename' should not be specified together with 'handlers'")
        return given
    if 'stream' in kwargs and 'filename' in kwargs:
        raise ValueError("'stream' and 'filename' should not be specified together")
    filename = kwargs.pop('filename', None)
    mode = kwargs.pop('filemode', 'a')
    if filename:
        return [FileHandler(filename, mode, encoding=encoding, errors=errors)]
    return [StreamHandler(kwargs.pop('stream', None))]


def basicConfig(**kwargs):
    force = kwargs.pop('force', False)
    encoding = kwargs.pop('encoding', None)
    errors = kwargs.pop('errors', 'backslashreplace')
    if force:
        for old in list(root.handlers):
            root.removeHandler(old)
            old.close()
    if root.handlers:
        # already configured: everything else is ignored
        return
    handlers = _basic_handlers(kwargs, encoding, errors)
    datefmt = kwargs.pop('datefmt', None)
    style = kwargs.pop('style', '%')
    _style_class(style)
    shared = Formatter(kwargs.pop('format', _STYLES[style][1]), datefmt, style)
    for hdlr in handlers:
        if hdlr.formatter is None:
            hdlr.setFormatter(shared)
        root.addHandler(hdlr)
    level = kwargs.pop('level', None)
    if level is not None:
        root.setLevel(level)
    if kwargs:
        raise ValueError('Unrecognised argument(s): %s' % ', '.join(kwargs))


def getLogger(name=None):
    if not name or (isinstance(name, str) and name == root.name):
        return root
    return Logger.manager.getLogger(name)


def setLoggerClass(klass):
    global _loggerClass
    _check_logger_class(klass)
    _loggerClass = klass


def getLoggerClass():
    return _loggerClass


# The module-level shortcuts log on the root logger, configuring it first if it has no handlers.
def _ready_root():
    if not root.handlers:
        basicConfig()
    return root


def critical(msg, *args, **kwargs):
    _ready_root().critical(msg, *args, **kwargs)


def fatal(msg, *args, **kwargs):
    # Its own function too, calling critical.
    critical(msg, *args, **kwargs)


def error(msg, *args, **kwargs):
    _ready_root().error(msg, *args, **kwargs)


def exception(msg, *args, exc_info=True, **kwargs):
    error(msg, *args, exc_info=exc_info, **kwargs)


def warning(msg, *args, **kwargs):
    _ready_root().warning(msg, *args, **kwargs)


def warn(msg, *args, **kwargs):
    _deprecated_warn('function')
    warning(msg, *args, **kwargs)


def info(msg, *args, **kwargs):
    _ready_root().info(msg, *args, **kwargs)


def debug(msg, *args, **kwargs):
    _ready_root().debug(msg, *args, **kwargs)


def log(level, msg, *args, **kwargs):
    _ready_root().log(level, msg, *args, **kwargs)


def disable(level=CRITICAL):
    root.manager.disable = level
    root.manager._clear_cache()


def shutdown(handlerList=_handlerList):
    # Newest first: flush (from 3.13 not a handler with flushOnClose false), then close.
    for hdlr in reversed(list(handlerList)):
        try:
            if sys.version_info < (3, 13) or getattr(hdlr, 'flushOnClose', True):
                hdlr.flush()
            hdlr.close()
        except (OSError, ValueError):
            pass


# As CPython's logging, at import: the handlers are flushed when the interpreter exits.
import atexit as _atexit
_atexit.register(shutdown)


# warnings.showwarning as it was before captureWarnings(True), while warnings are captured
_previous_showwarning = None


def _showwarning(message, category, filename, lineno, file=None, line=None):
    # A warning logged to "py.warnings" as formatwarning writes it; one given a file goes there as before.
    import warnings
    if file is None:
        sink = getLogger('py.warnings')
        if not sink.handlers:
            sink.addHandler(NullHandler())
        sink.warning(str(warnings.formatwarning(message, category, filename, lineno, line)))
    elif _previous_showwarning is not None:
        _previous_showwarning(message, category, filename, lineno, file, line)


def captureWarnings(capture):
    global _previous_showwarning
    import warnings
    capturing = _previous_showwarning is not None
    if capture and not capturing:
        _previous_showwarning, warnings.showwarning = warnings.showwarning, _showwarning
    elif capturing and not capture:
        warnings.showwarning, _previous_showwarning = _previous_showwarning, None


_startTime = time.time_ns()


# CPython's asyncio and concurrent.futures import logging and make their loggers at their import
# (Loopline's import it only when needed): a program that imported them finds those loggers, as
# placeholders' children, in the manager's loggerDict (asyncio's import makes them when it comes after).
if 'asyncio' in sys.modules or 'concurrent.futures' in sys.modules:
    getLogger('concurrent.futures')
if 'asyncio' in sys.modules:
    getLogger('asyncio')
