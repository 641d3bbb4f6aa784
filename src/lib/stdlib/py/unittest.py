# `unittest`: test cases, suites, the loader, the text runner and unittest.main, with CPython's
# output (the dots or the verbose lines, the FAIL/ERROR reports with their tracebacks, the summary).
# A failure's traceback shows the program's frames only: this module is library code, whose frames
# no traceback of the program shows, as CPython hides the frames of modules marked __unittest.
# "Ran N tests in T" reads time.perf_counter, the run's virtual clock: T is the virtual time the
# tests took (0.000s unless they wait: an asyncio.sleep in an IsolatedAsyncioTestCase counts).
# Per-version behaviour: 3.11 counts a skipped test before skipping it (so do 3.13 and 3.14, 3.12
# does not), has no "NO TESTS RAN" and exits with not wasSuccessful(); 3.12 adds the durations and
# exit status 5 when no test ran. unittest.mock and test discovery are not simulated.

import sys as _sys
import time as _time
import traceback as _traceback

__unittest = True

_V = _sys.version_info[:2]


def _in(module):
    # The submodule CPython defines a class in (its repr and strclass name it).
    def mark(cls):
        cls.__module__ = 'unittest.' + module
        return cls
    return mark


# ---- util -------------------------------------------------------------------------------------
# Facts: the widths of shortened reprs in failure messages.
_MAX_LENGTH = 80
_PLACEHOLDER_LEN = 12
_MIN_BEGIN_LEN = 5
_MIN_END_LEN = 5
_MIN_COMMON_LEN = 5
_MIN_DIFF_LEN = _MAX_LENGTH - (_MIN_BEGIN_LEN + _PLACEHOLDER_LEN + _MIN_COMMON_LEN + _PLACEHOLDER_LEN + _MIN_END_LEN)


def _safe_repr(obj, short=False):
    try:
        text = repr(obj)
    except Exception:
        text = object.__repr__(obj)
    if not short or len(text) < _MAX_LENGTH:
        return text
    return text[:_MAX_LENGTH] + ' [truncated]...'


def _strclass(cls):
    return '%s.%s' % (cls.__module__, cls.__qualname__)


def _shorten(s, prefixlen, suffixlen):
    # s with its middle as "[N chars]", when that hides more than the placeholder takes.
    hidden = len(s) - prefixlen - suffixlen
    if hidden <= _PLACEHOLDER_LEN:
        return s
    return f'{s[:prefixlen]}[{hidden} chars]{s[len(s) - suffixlen:]}'


def _common_prefix(texts):
    lo, hi = min(texts), max(texts)
    n = 0
    while n < len(lo) and lo[n] == hi[n]:
        n += 1
    return lo[:n]


def _common_shorten_repr(*args):
    # Both reprs, their common start shortened to "[N chars]" when one is over 80 characters.
    reprs = tuple(_safe_repr(a) for a in args)
    longest = max(len(r) for r in reprs)
    if longest <= _MAX_LENGTH:
        return reprs
    prefix = _common_prefix(reprs)
    n = len(prefix)
    room = _MAX_LENGTH - (longest - n + _MIN_BEGIN_LEN + _PLACEHOLDER_LEN)
    if room > _MIN_COMMON_LEN:
        short = _shorten(prefix, _MIN_BEGIN_LEN, room)
        return tuple(short + r[n:] for r in reprs)
    short = _shorten(prefix, _MIN_BEGIN_LEN, _MIN_COMMON_LEN)
    return tuple(short + _shorten(r[n:], _MIN_DIFF_LEN, _MIN_END_LEN) for r in reprs)


def _three_way_cmp(x, y):
    return (x > y) - (x < y)


def _count_mismatches(first, second):
    # (count in first, count in second, element) for each element counted differently, in the
    # order CPython lists them: first's elements, then those only the second has.
    try:
        import collections
        a, b = collections.Counter(first), collections.Counter(second)
    except TypeError:
        return _count_mismatches_unhashable(first, second)
    if a == b:
        return []
    out = [(n, b.get(x, 0), x) for x, n in a.items() if n != b.get(x, 0)]
    out += [(0, n, x) for x, n in b.items() if x not in a]
    return out


def _count_mismatches_unhashable(first, second):
    s, t = list(first), list(second)
    gone = object()
    out = []
    for i, x in enumerate(s):
        if x is gone:
            continue
        ns = nt = 0
        for j in range(i, len(s)):
            if s[j] == x:
                ns += 1
                s[j] = gone
        for j, y in enumerate(t):
            if y == x:
                nt += 1
                t[j] = gone
        if ns != nt:
            out.append((ns, nt, x))
    for i, x in enumerate(t):
        if x is gone:
            continue
        nt = 0
        for j in range(i, len(t)):
            if t[j] == x:
                nt += 1
                t[j] = gone
        out.append((0, nt, x))
    return out


# ---- case: outcomes, skips --------------------------------------------------------------------

_subtest_msg_sentinel = object()

# What indexing a sequence may raise when the sequence cannot give an item.
_UNINDEXABLE = (TypeError, IndexError, NotImplementedError)

_DIFF_OMITTED = '\nDiff is %s characters long. Set self.maxDiff to None to see it.'


@_in('case')
class SkipTest(Exception):
    pass


class _ShouldStop(Exception):
    pass


class _UnexpectedSuccess(Exception):
    pass


class _Outcome:
    # The state of one test's run: where its parts report, whether all passed so far, and the
    # error an expected failure raised.
    def __init__(self, result=None):
        self.result = result
        self.result_supports_subtests = hasattr(result, 'addSubTest')
        self.success, self.expecting_failure, self.expectedFailure = True, False, None

    def testPartExecutor(self, test_case, subTest=False):
        return _TestPart(self, test_case, subTest)


class _TestPart:
    # One part of a test (setUp, the method, tearDown, a cleanup, a subtest): what it raises is
    # recorded in the result, and the test goes on with its next part.
    def __init__(self, outcome, test_case, subTest):
        self.outcome = outcome
        self.test_case = test_case
        self.subTest = subTest

    def __enter__(self):
        self.old_success = self.outcome.success
        self.outcome.success = True
        return None

    def __exit__(self, exc_type, exc, tb):
        outcome = self.outcome
        try:
            if exc_type is None:
                if self.subTest and outcome.success:
                    outcome.result.addSubTest(self.test_case.test_case, self.test_case, None)
                return False
            if issubclass(exc_type, KeyboardInterrupt):
                return False
            if issubclass(exc_type, SkipTest):
                outcome.success = False
                _addSkip(outcome.result, self.test_case, str(exc))
            elif issubclass(exc_type, _ShouldStop):
                pass
            else:
                info = (exc_type, exc, tb)
                if outcome.expecting_failure:
                    outcome.expectedFailure = info
                else:
                    outcome.success = False
                    if self.subTest:
                        outcome.result.addSubTest(self.test_case.test_case, self.test_case, info)
                    else:
                        _addError(outcome.result, self.test_case, info)
            return True
        finally:
            outcome.success = outcome.success and self.old_success


def _addSkip(result, test_case, reason):
    # A result class without addSkip gets a warning and a success instead.
    report = getattr(result, 'addSkip', None)
    if report is None:
        import warnings
        warnings.warn('TestResult has no addSkip method, skips not reported', RuntimeWarning, 2)
        result.addSuccess(test_case)
        return
    report(test_case, reason)


def _addError(result, test, exc_info):
    # A failure when the test's failureException was raised, an error for anything else.
    if result is None or exc_info is None:
        return
    report = result.addFailure if issubclass(exc_info[0], test.failureException) else result.addError
    report(test, exc_info)


def _enter_context(cm, addcleanup):
    # Enters cm now; its exit is registered through addcleanup, to run with the other cleanups.
    kind = type(cm)
    enter, leave = getattr(kind, '__enter__', None), getattr(kind, '__exit__', None)
    if enter is None or leave is None:
        problem = f"'{kind.__module__}.{kind.__qualname__}' object does not support the context manager protocol"
        if _V >= (3, 14) and hasattr(kind, '__aenter__') and hasattr(kind, '__aexit__'):
            problem += (' but it supports the asynchronous context manager protocol. '
                        'Did you mean to use enterAsyncContext()?')
        raise TypeError(problem)
    value = enter(cm)
    addcleanup(leave, cm, None, None, None)
    return value


_module_cleanups = []


def addModuleCleanup(function, /, *args, **kwargs):
    _module_cleanups.append((function, args, kwargs))


def enterModuleContext(cm):
    return _enter_context(cm, addModuleCleanup)


def doModuleCleanups():
    # All of them, last added first; the first exception met is raised once all have run.
    first_error = None
    while _module_cleanups:
        function, args, kwargs = _module_cleanups.pop()
        try:
            function(*args, **kwargs)
        except Exception as exc:
            if first_error is None:
                first_error = exc
    if first_error is not None:
        raise first_error


def _mark_skipped(item, reason):
    # A class is only marked (the suite skips it whole); a function is replaced by one that
    # raises SkipTest, under the function's own name.
    if not isinstance(item, type):
        import functools

        def skip_wrapper(*args, **kwargs):
            raise SkipTest(reason)
        item = functools.wraps(item)(skip_wrapper)
    item.__unittest_skip__ = True
    item.__unittest_skip_why__ = reason
    return item


def skip(reason):
    if callable(reason) and not isinstance(reason, type) and hasattr(reason, '__code__'):
        return _mark_skipped(reason, '')  # @skip without a reason

    def decorator(test_item):
        return _mark_skipped(test_item, reason)
    return decorator


def _id(obj):
    return obj


def skipIf(condition, reason):
    return skip(reason) if condition else _id


def skipUnless(condition, reason):
    return skip(reason) if not condition else _id


def expectedFailure(test_item):
    test_item.__unittest_expecting_failure__ = True
    return test_item


def _is_subtype(expected, basetype):
    # A class derived from basetype, or a (nested) tuple of nothing else.
    pending = [expected]
    while pending:
        item = pending.pop()
        if isinstance(item, tuple):
            pending.extend(item)
        elif not (isinstance(item, type) and issubclass(item, basetype)):
            return False
    return True


_NO_NAME = object()


def _type_name(expected):
    # A class's or function's __name__, else its str().
    name = getattr(expected, '__name__', _NO_NAME)
    return str(expected) if name is _NO_NAME else name


# ---- case: the assertion context managers ---------------------------------------------------------

class _BaseTestCaseContext:
    # What the assert* context managers share: the test they report to and its message rules.
    def __init__(self, test_case):
        self.test_case = test_case

    def _raiseFailure(self, standardMsg):
        case = self.test_case
        raise case.failureException(case._formatMessage(self.msg, standardMsg))


class _AssertRaisesBaseContext(_BaseTestCaseContext):
    # assertRaises and assertWarns: a context manager, or a call of the callable given.
    def __init__(self, expected, test_case, expected_regex=None):
        super().__init__(test_case)
        self.expected, self.expected_regex = expected, None
        if expected_regex is not None:
            import re
            self.expected_regex = re.compile(expected_regex)
        self.msg = self.obj_name = None

    def handle(self, name, args, kwargs):
        if not _is_subtype(self.expected, self._base_type):
            raise TypeError(f'{name}() arg 1 must be {self._base_type_str}')
        if args:
            func, rest = args[0], args[1:]
            self.obj_name = _type_name(func)
            with self:
                func(*rest, **kwargs)
            return None
        self.msg = kwargs.pop('msg', None)
        for extra in kwargs:
            raise TypeError(f'{extra!r} is an invalid keyword argument for this function')
        return self

    def _missing(self, verb):
        said = f'{_type_name(self.expected)} not {verb}'
        if self.obj_name:
            said += f' by {self.obj_name}'
        self._raiseFailure(said)

    def _mismatch(self, text):
        self._raiseFailure(f'"{self.expected_regex.pattern}" does not match "{text}"')


class _AssertRaisesContext(_AssertRaisesBaseContext):
    _base_type = BaseException
    _base_type_str = 'an exception type or tuple of exception types'

    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is not None:
            return self._caught(exc_type, exc_value)
        self._missing('raised')

    def _caught(self, exc_type, exc_value):
        if not issubclass(exc_type, self.expected):
            return False
        # Kept without its traceback, so the frames it holds can go.
        self.exception = exc_value.with_traceback(None)
        pattern = self.expected_regex
        if pattern is not None and not pattern.search(str(exc_value)):
            self._mismatch(str(exc_value))
        return True

    def __enter__(self):
        return self


class _AssertWarnsContext(_AssertRaisesBaseContext):
    _base_type = Warning
    _base_type_str = 'a warning type or tuple of warning types'

    def __enter__(self):
        import warnings
        self.warnings_manager = warnings.catch_warnings(record=True)
        self.warnings = self.warnings_manager.__enter__()
        warnings.simplefilter('always', self.expected)
        return self

    def __exit__(self, exc_type, exc_value, tb):
        self.warnings_manager.__exit__(exc_type, exc_value, tb)
        if exc_type is not None:
            return None
        pattern = self.expected_regex
        wrong_text = None
        for caught in self.warnings:
            w = caught.message
            if isinstance(w, self.expected):
                if pattern is None or pattern.search(str(w)):
                    self.warning, self.filename, self.lineno = w, caught.filename, caught.lineno
                    return None
                if wrong_text is None:
                    wrong_text = str(w)
        if wrong_text is not None:
            self._mismatch(wrong_text)
        self._missing('triggered')


class _LoggingWatcher(tuple):
    # (records, output) as CPython's namedtuple _LoggingWatcher.
    def __new__(cls, records, output):
        return tuple.__new__(cls, (records, output))

    records = property(lambda self: self[0])
    output = property(lambda self: self[1])

    def __repr__(self):
        return '_LoggingWatcher(records=%r, output=%r)' % (self[0], self[1])


class _AssertLogsContext(_BaseTestCaseContext):
    LOGGING_FORMAT = '%(levelname)s:%(name)s:%(message)s'

    def __init__(self, test_case, logger_name, level, no_logs):
        import logging
        _BaseTestCaseContext.__init__(self, test_case)
        self.logger_name = logger_name
        self.level = logging._nameToLevel.get(level, level) if level else logging.INFO
        self.msg = None
        self.no_logs = no_logs

    def __enter__(self):
        import logging

        class _CapturingHandler(logging.Handler):
            def __init__(self):
                logging.Handler.__init__(self)
                self.watcher = _LoggingWatcher([], [])

            def flush(self):
                pass

            def emit(self, record):
                self.watcher.records.append(record)
                self.watcher.output.append(self.format(record))

        if isinstance(self.logger_name, logging.Logger):
            logger = self.logger = self.logger_name
        else:
            logger = self.logger = logging.getLogger(self.logger_name)
        handler = _CapturingHandler()
        handler.setLevel(self.level)
        handler.setFormatter(logging.Formatter(self.LOGGING_FORMAT))
        self.watcher = handler.watcher
        self.old_handlers = logger.handlers[:]
        self.old_level = logger.level
        self.old_propagate = logger.propagate
        logger.handlers = [handler]
        logger.setLevel(self.level)
        logger.propagate = False
        if self.no_logs:
            return
        return handler.watcher

    def __exit__(self, exc_type, exc_value, tb):
        import logging
        self.logger.handlers = self.old_handlers
        self.logger.propagate = self.old_propagate
        self.logger.setLevel(self.old_level)
        if exc_type is not None:
            return False
        if self.no_logs:
            if len(self.watcher.records) > 0:
                self._raiseFailure('Unexpected logs found: {!r}'.format(self.watcher.output))
        elif len(self.watcher.records) == 0:
            self._raiseFailure('no logs of level {} or higher triggered on {}'.format(
                logging.getLevelName(self.level), self.logger.name))


class _OrderedChainMap:
    # A subtest's parameters: its own over its enclosing subtest's (collections.ChainMap's order).
    def __init__(self, maps):
        self.maps = maps

    def new_child(self, params):
        return _OrderedChainMap([params] + self.maps)

    def items(self):
        seen = {}
        for m in reversed(self.maps):
            for k, v in m.items():
                seen[k] = v
        out = []
        done = set()
        for m in self.maps:
            for k in m:
                if k not in done:
                    done.add(k)
                    out.append((k, seen[k]))
        return out

    def __bool__(self):
        return any(self.maps)


class _SubTestContext:
    def __init__(self, test, msg, params):
        self.test = test
        self.msg = msg
        self.params = params

    def __enter__(self):
        test = self.test
        outcome = test._outcome
        self.active = outcome is not None and outcome.result_supports_subtests
        if not self.active:
            return None
        self.parent = test._subtest
        params = (_OrderedChainMap([self.params]) if self.parent is None
                  else self.parent.params.new_child(self.params))
        test._subtest = _SubTest(test, self.msg, params)
        self.part = outcome.testPartExecutor(test._subtest, subTest=True)
        self.part.__enter__()
        return None

    def __exit__(self, exc_type, exc, tb):
        if not self.active:
            return False
        test = self.test
        try:
            swallowed = self.part.__exit__(exc_type, exc, tb)
            if exc_type is not None and not swallowed:
                return False
            outcome = test._outcome
            if not outcome.success:
                result = outcome.result
                if result is not None and result.failfast:
                    raise _ShouldStop
            elif outcome.expectedFailure:
                raise _ShouldStop
            return True
        finally:
            test._subtest = self.parent


# ---- case: TestCase ---------------------------------------------------------------------------

@_in('case')
class TestCase:
    failureException = AssertionError
    longMessage = True
    maxDiff = 80 * 8
    _diffThreshold = 2 ** 16
    _classSetupFailed = False
    _class_cleanups = []

    def __init_subclass__(cls, *args, **kwargs):
        # Each subclass has its own class-cleanup list and set-up flag.
        cls._class_cleanups, cls._classSetupFailed = [], False
        super().__init_subclass__(*args, **kwargs)

    # assertEqual's specialised comparisons, by the exact type of both operands (named, so that a
    # subclass's override is the one called).
    _EQUALITY_BY_TYPE = ((dict, 'assertDictEqual'), (list, 'assertListEqual'), (tuple, 'assertTupleEqual'),
                         (set, 'assertSetEqual'), (frozenset, 'assertSetEqual'), (str, 'assertMultiLineEqual'))

    def __init__(self, methodName='runTest'):
        self._testMethodName = methodName
        self._outcome = self._subtest = None
        self._cleanups = []
        method = getattr(self, methodName, _NO_NAME)
        if method is not _NO_NAME:
            self._testMethodDoc = method.__doc__
        elif methodName == 'runTest':
            self._testMethodDoc = 'No test'
        else:
            raise ValueError(f'no such test method in {self.__class__}: {methodName}')
        self._type_equality_funcs = dict(self._EQUALITY_BY_TYPE)

    def addTypeEqualityFunc(self, typeobj, function):
        self._type_equality_funcs[typeobj] = function

    def addCleanup(self, function, /, *args, **kwargs):
        self._cleanups.append((function, args, kwargs))

    def enterContext(self, cm):
        return _enter_context(cm, self.addCleanup)

    @classmethod
    def addClassCleanup(cls, function, /, *args, **kwargs):
        cls._class_cleanups.append((function, args, kwargs))

    @classmethod
    def enterClassContext(cls, cm):
        return _enter_context(cm, cls.addClassCleanup)

    def setUp(self):
        pass

    def tearDown(self):
        pass

    @classmethod
    def setUpClass(cls):
        pass

    @classmethod
    def tearDownClass(cls):
        pass

    def countTestCases(self):
        return 1

    def defaultTestResult(self):
        return TestResult()

    def shortDescription(self):
        doc = self._testMethodDoc
        return doc.strip().split('\n')[0].strip() if doc else None

    def id(self):
        return f'{_strclass(self.__class__)}.{self._testMethodName}'

    def __eq__(self, other):
        if type(self) is type(other):
            return self._testMethodName == other._testMethodName
        return NotImplemented

    def __hash__(self):
        return hash((type(self), self._testMethodName))

    def __str__(self):
        return '%s (%s.%s)' % (self._testMethodName, _strclass(self.__class__), self._testMethodName)

    def __repr__(self):
        return '<%s testMethod=%s>' % (_strclass(self.__class__), self._testMethodName)

    def subTest(self, msg=_subtest_msg_sentinel, **params):
        return _SubTestContext(self, msg, params)

    # A result class of older times may lack a hook: a RuntimeWarning says so, and the nearest
    # report it has stands in.
    def _addExpectedFailure(self, result, exc_info):
        hook = getattr(result, 'addExpectedFailure', None)
        if hook is not None:
            return hook(self, exc_info)
        import warnings
        warnings.warn('TestResult has no addExpectedFailure method, reporting as passes', RuntimeWarning)
        result.addSuccess(self)

    def _addUnexpectedSuccess(self, result):
        hook = getattr(result, 'addUnexpectedSuccess', None)
        if hook is not None:
            return hook(self)
        import warnings
        warnings.warn('TestResult has no addUnexpectedSuccess method, reporting as failure', RuntimeWarning)
        # A raised (so traceback-carrying) _UnexpectedSuccess, reported as the failure.
        try:
            raise _UnexpectedSuccess from None
        except _UnexpectedSuccess as exc:
            result.addFailure(self, (type(exc), exc, exc.__traceback__))

    def _addDuration(self, result, elapsed):
        hook = getattr(result, 'addDuration', None)
        if hook is not None:
            return hook(self, elapsed)
        import warnings
        warnings.warn('TestResult has no addDuration method', RuntimeWarning)

    def _callSetUp(self):
        self.setUp()

    def _callTestMethod(self, method):
        self._warnIfValue(method, method(), 3)

    def _warnIfValue(self, method, value, level):
        if value is None:
            return
        import warnings
        if _V >= (3, 14):
            import inspect
            msg = (f'It is deprecated to return a value that is not None from a test case '
                   f'({method} returned {type(value).__name__!r})')
            if inspect.iscoroutine(value):
                msg += '. Maybe you forgot to use IsolatedAsyncioTestCase as the base class?'
        else:
            msg = f'It is deprecated to return a value that is not None from a test case ({method})'
        warnings.warn(msg, DeprecationWarning, stacklevel=level)

    def _callTearDown(self):
        self.tearDown()

    def _callCleanup(self, function, /, *args, **kwargs):
        function(*args, **kwargs)

    def _skipReason(self, method):
        # None unless the class or the method is marked skipped; then the class's reason first.
        marked = [x for x in (self.__class__, method) if getattr(x, '__unittest_skip__', False)]
        if not marked:
            return None
        return (getattr(self.__class__, '__unittest_skip_why__', '')
                or getattr(method, '__unittest_skip_why__', ''))

    def _runParts(self, outcome, method, expecting_failure):
        # setUp, then (if it passed) the method (where an error may be the expected failure) and
        # tearDown, then the cleanups in any case. Each part's exception is reported by the outcome.
        steps = ((self._callSetUp, (), False), (self._callTestMethod, (method,), expecting_failure),
                 (self._callTearDown, (), False))
        for position, (call, args, expecting) in enumerate(steps):
            outcome.expecting_failure = expecting
            with outcome.testPartExecutor(self):
                call(*args)
            if position == 0 and not outcome.success:
                break
        self.doCleanups()

    def _reportOutcome(self, result, outcome, expecting_failure):
        if not outcome.success:
            return
        if not expecting_failure:
            result.addSuccess(self)
        elif outcome.expectedFailure:
            self._addExpectedFailure(result, outcome.expectedFailure)
        else:
            self._addUnexpectedSuccess(result)

    def run(self, result=None):
        # Without a result, the test makes its own and opens and closes a run of its own on it.
        stopTestRun = None
        if result is None:
            result = self.defaultTestResult()
            begin = getattr(result, 'startTestRun', None)
            stopTestRun = getattr(result, 'stopTestRun', None)
            if begin is not None:
                begin()
        # 3.12 calls startTest only once the test is known not to be skipped (and stopTest anyway).
        counted_first = _V != (3, 12)
        if counted_first:
            result.startTest(self)
        try:
            method = getattr(self, self._testMethodName)
            reason = self._skipReason(method)
            if reason is not None:
                _addSkip(result, self, reason)
                return result
            if not counted_first:
                result.startTest(self)
            expecting_failure = any(getattr(x, '__unittest_expecting_failure__', False) for x in (self, method))
            outcome = _Outcome(result)
            self._outcome = outcome
            began = _time.perf_counter()
            try:
                self._runParts(outcome, method, expecting_failure)
                if _V >= (3, 12):
                    self._addDuration(result, _time.perf_counter() - began)
                self._reportOutcome(result, outcome, expecting_failure)
                return result
            finally:
                outcome.expectedFailure = None
                self._outcome = None
        finally:
            result.stopTest(self)
            if stopTestRun is not None:
                stopTestRun()

    def doCleanups(self):
        # Last added, first called; each one's exception reported, none stopping the others.
        outcome = self._outcome or _Outcome()
        pending = self._cleanups
        while pending:
            function, args, kwargs = pending.pop()
            with outcome.testPartExecutor(self):
                self._callCleanup(function, *args, **kwargs)
        return outcome.success

    @classmethod
    def doClassCleanups(cls):
        failures = cls.tearDown_exceptions = []
        pending = cls._class_cleanups
        while pending:
            function, args, kwargs = pending.pop()
            try:
                function(*args, **kwargs)
            except Exception as exc:
                failures.append((type(exc), exc, exc.__traceback__))

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        # The test with nothing caught: its first exception propagates.
        method = getattr(self, self._testMethodName)
        reason = self._skipReason(method)
        if reason is not None:
            raise SkipTest(reason)
        self._callSetUp()
        self._callTestMethod(method)
        self._callTearDown()
        pending = self._cleanups
        while pending:
            function, args, kwargs = pending.pop()
            self._callCleanup(function, *args, **kwargs)

    def skipTest(self, reason):
        raise SkipTest(reason)

    # -- assertions --

    def fail(self, msg=None):
        raise self.failureException(msg)

    def _formatMessage(self, msg, standardMsg):
        # longMessage: our text, then the caller's after ' : '; otherwise the caller's alone.
        if self.longMessage:
            return standardMsg if msg is None else '%s : %s' % (standardMsg, msg)
        return msg or standardMsg

    def _truncateMessage(self, message, diff):
        limit = self.maxDiff
        if limit is not None and len(diff) > limit:
            return message + _DIFF_OMITTED % len(diff)
        return message + diff

    # Some assertions raise failureException themselves, the others go through fail() (which a
    # subclass may override): each keeps CPython's way.
    def _raiseWith(self, msg, standard):
        raise self.failureException(self._formatMessage(msg, standard))

    def _failWith(self, msg, standard):
        self.fail(self._formatMessage(msg, standard))

    def assertTrue(self, expr, msg=None):
        if not expr:
            self._raiseWith(msg, f'{_safe_repr(expr)} is not true')

    def assertFalse(self, expr, msg=None):
        if expr:
            self._raiseWith(msg, f'{_safe_repr(expr)} is not false')

    def assertRaises(self, expected_exception, *args, **kwargs):
        return _AssertRaisesContext(expected_exception, self).handle('assertRaises', args, kwargs)

    def assertRaisesRegex(self, expected_exception, expected_regex, *args, **kwargs):
        return _AssertRaisesContext(expected_exception, self, expected_regex).handle('assertRaisesRegex', args, kwargs)

    def assertWarns(self, expected_warning, *args, **kwargs):
        return _AssertWarnsContext(expected_warning, self).handle('assertWarns', args, kwargs)

    def assertWarnsRegex(self, expected_warning, expected_regex, *args, **kwargs):
        return _AssertWarnsContext(expected_warning, self, expected_regex).handle('assertWarnsRegex', args, kwargs)

    def assertLogs(self, logger=None, level=None):
        return _AssertLogsContext(self, logger, level, no_logs=False)

    def assertNoLogs(self, logger=None, level=None):
        return _AssertLogsContext(self, logger, level, no_logs=True)

    def assertEqual(self, first, second, msg=None):
        compare = self._getAssertEqualityFunc(first, second)
        compare(first, second, msg=msg)

    def _getAssertEqualityFunc(self, first, second):
        kind = type(first)
        chosen = self._type_equality_funcs.get(kind) if kind is type(second) else None
        if chosen is None:
            return self._baseAssertEqual
        return getattr(self, chosen) if isinstance(chosen, str) else chosen

    def _baseAssertEqual(self, first, second, msg=None):
        if not first == second:
            self._raiseWith(msg, '%s != %s' % _common_shorten_repr(first, second))

    def assertNotEqual(self, first, second, msg=None):
        if not first != second:
            self._raiseWith(msg, f'{_safe_repr(first)} == {_safe_repr(second)}')

    @staticmethod
    def _within(gap, places, delta):
        # Inside the tolerance: at most delta when one is given, else zero once rounded to
        # `places` decimals (7 by default).
        if delta is not None:
            return gap <= delta
        return round(gap, 7 if places is None else places) == 0

    @staticmethod
    def _tolerance(places, delta):
        # How a failure states the tolerance.
        if delta is not None:
            return f'{_safe_repr(delta)} delta'
        return f'{7 if places is None else places!r} places'

    def assertAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if first == second:
            return
        if delta is not None and places is not None:
            raise TypeError('specify delta or places not both')
        gap = abs(first - second)
        if not self._within(gap, places, delta):
            said = f'{_safe_repr(first)} != {_safe_repr(second)} within {self._tolerance(places, delta)}'
            self._raiseWith(msg, f'{said} ({_safe_repr(gap)} difference)')

    def assertNotAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if delta is not None and places is not None:
            raise TypeError('specify delta or places not both')
        gap = abs(first - second)
        if not (first == second) and not self._within(gap, places, delta):
            return
        said = f'{_safe_repr(first)} == {_safe_repr(second)} within {self._tolerance(places, delta)}'
        if delta is not None:
            said += f' ({_safe_repr(gap)} difference)'
        self._raiseWith(msg, said)

    def _sequenceReport(self, seq1, seq2, kind, seq_type):
        # What assertSequenceEqual says above its diff; None when the sequences count as equal.
        lengths = []
        for ordinal, seq in (('First', seq1), ('Second', seq2)):
            try:
                lengths.append(len(seq))
            except (TypeError, NotImplementedError):
                return f'{ordinal} {kind} has no length.    Non-sequence?'
        if seq1 == seq2:
            return None
        len1, len2 = lengths
        shown1, shown2 = _common_shorten_repr(seq1, seq2)
        report = f'{kind.capitalize()}s differ: {shown1} != {shown2}\n'
        stopped = False
        for i in range(min(len1, len2)):
            items = []
            for ordinal, seq in (('first', seq1), ('second', seq2)):
                try:
                    items.append(seq[i])
                except _UNINDEXABLE:
                    report += f'\nUnable to index element {i} of {ordinal} {kind}\n'
                    break
            stopped = len(items) < 2 or items[0] != items[1]
            if stopped:
                if len(items) == 2:
                    shown1, shown2 = _common_shorten_repr(*items)
                    report += f'\nFirst differing element {i}:\n{shown1}\n{shown2}\n'
                break
        if not stopped and len1 == len2 and seq_type is None and type(seq1) != type(seq2):
            return None  # equal items, different sequence types: fine without a seq_type
        if len1 != len2:
            longer, ordinal, seq, at = (('First', 'first', seq1, len2) if len1 > len2
                                        else ('Second', 'second', seq2, len1))
            report += f'\n{longer} {kind} contains {abs(len1 - len2)} additional elements.\n'
            try:
                report += f'First extra element {at}:\n{_safe_repr(seq[at])}\n'
            except _UNINDEXABLE:
                report += f'Unable to index element {at} of {ordinal} {kind}\n'
        return report

    def assertSequenceEqual(self, seq1, seq2, msg=None, seq_type=None):
        kind = 'sequence'
        if seq_type is not None:
            kind = seq_type.__name__
            for ordinal, seq in (('First', seq1), ('Second', seq2)):
                if not isinstance(seq, seq_type):
                    raise self.failureException(f'{ordinal} sequence is not a {kind}: {_safe_repr(seq)}')
        report = self._sequenceReport(seq1, seq2, kind, seq_type)
        if report is not None:
            diff = '\n' + '\n'.join(_ndiff_pformat(seq1, seq2))
            self._failWith(msg, self._truncateMessage(report, diff))

    def assertListEqual(self, list1, list2, msg=None):
        self.assertSequenceEqual(list1, list2, msg, seq_type=list)

    def assertTupleEqual(self, tuple1, tuple2, msg=None):
        self.assertSequenceEqual(tuple1, tuple2, msg, seq_type=tuple)

    def _setDifference(self, a, b, which):
        try:
            return a.difference(b)
        except TypeError as exc:
            self.fail(f'invalid type when attempting set difference: {exc}')
        except AttributeError as exc:
            self.fail(f'{which} argument does not support set difference: {exc}')

    def assertSetEqual(self, set1, set2, msg=None):
        only_first = self._setDifference(set1, set2, 'first')
        only_second = self._setDifference(set2, set1, 'second')
        report = []
        for extra, heading in ((only_first, 'Items in the first set but not the second:'),
                               (only_second, 'Items in the second set but not the first:')):
            if extra:
                report.append(heading)
                report += map(repr, extra)
        if report:
            self._failWith(msg, '\n'.join(report))

    def assertIn(self, member, container, msg=None):
        if member not in container:
            self._failWith(msg, f'{_safe_repr(member)} not found in {_safe_repr(container)}')

    def assertNotIn(self, member, container, msg=None):
        if member in container:
            self._failWith(msg, f'{_safe_repr(member)} unexpectedly found in {_safe_repr(container)}')

    def assertIs(self, expr1, expr2, msg=None):
        if expr1 is not expr2:
            self._failWith(msg, f'{_safe_repr(expr1)} is not {_safe_repr(expr2)}')

    def assertIsNot(self, expr1, expr2, msg=None):
        if expr1 is expr2:
            self._failWith(msg, f'unexpectedly identical: {_safe_repr(expr1)}')

    def assertIsNone(self, obj, msg=None):
        if obj is not None:
            self._failWith(msg, f'{_safe_repr(obj)} is not None')

    def assertIsNotNone(self, obj, msg=None):
        if obj is None:
            self._failWith(msg, 'unexpectedly None')

    def assertDictEqual(self, d1, d2, msg=None):
        for ordinal, d in (('First', d1), ('Second', d2)):
            self.assertIsInstance(d, dict, f'{ordinal} argument is not a dictionary')
        if d1 != d2:
            diff = '\n' + '\n'.join(_ndiff_pformat(d1, d2))
            self._failWith(msg, self._truncateMessage('%s != %s' % _common_shorten_repr(d1, d2), diff))

    if _V < (3, 12):
        def assertDictContainsSubset(self, subset, dictionary, msg=None):
            import warnings
            warnings.warn('assertDictContainsSubset is deprecated', DeprecationWarning)
            missing, wrong = [], []
            for key, value in subset.items():
                if key not in dictionary:
                    missing.append(key)
                elif value != dictionary[key]:
                    wrong.append(f'{_safe_repr(key)}, expected: {_safe_repr(value)}, '
                                 f'actual: {_safe_repr(dictionary[key])}')
            said = []
            if missing:
                said.append('Missing: ' + ','.join(map(_safe_repr, missing)))
            if wrong:
                said.append('Mismatched values: ' + ','.join(wrong))
            if said:
                self._failWith(msg, '; '.join(said))

    def assertCountEqual(self, first, second, msg=None):
        differences = _count_mismatches(list(first), list(second))
        if differences:
            listed = '\n'.join(f'First has {a}, Second has {b}:  {item!r}' for a, b, item in differences)
            self._failWith(msg, self._truncateMessage('Element counts were not equal:\n', listed))

    def assertMultiLineEqual(self, first, second, msg=None):
        for ordinal, text in (('First', first), ('Second', second)):
            self.assertIsInstance(text, str, f'{ordinal} argument is not a string')
        if first == second:
            return
        if max(len(first), len(second)) > self._diffThreshold:
            self._baseAssertEqual(first, second, msg)
        import difflib
        said = '%s != %s' % _common_shorten_repr(first, second)
        diff = '\n' + ''.join(difflib.ndiff(*_diff_lines(first, second)))
        self._failWith(msg, self._truncateMessage(said, diff))

    def _ordered(self, ok, a, b, relation, msg):
        if not ok:
            self._failWith(msg, f'{_safe_repr(a)} not {relation} {_safe_repr(b)}')

    def assertLess(self, a, b, msg=None):
        self._ordered(a < b, a, b, 'less than', msg)

    def assertLessEqual(self, a, b, msg=None):
        self._ordered(a <= b, a, b, 'less than or equal to', msg)

    def assertGreater(self, a, b, msg=None):
        self._ordered(a > b, a, b, 'greater than', msg)

    def assertGreaterEqual(self, a, b, msg=None):
        self._ordered(a >= b, a, b, 'greater than or equal to', msg)

    def assertIsInstance(self, obj, cls, msg=None):
        if isinstance(obj, cls):
            return
        wanted = f'any of {cls!r}' if _V >= (3, 14) and isinstance(cls, tuple) else repr(cls)
        self._failWith(msg, f'{_safe_repr(obj)} is not an instance of {wanted}')

    def assertNotIsInstance(self, obj, cls, msg=None):
        if not isinstance(obj, cls):
            return
        if _V >= (3, 14) and isinstance(cls, tuple):
            cls = next(x for x in cls if isinstance(obj, x))
        self._failWith(msg, f'{_safe_repr(obj)} is an instance of {cls!r}')

    @staticmethod
    def _compiled(pattern):
        import re
        return re.compile(pattern) if isinstance(pattern, (str, bytes)) else pattern

    def assertRegex(self, text, expected_regex, msg=None):
        if isinstance(expected_regex, (str, bytes)):
            assert expected_regex, 'expected_regex must not be empty.'
        pattern = self._compiled(expected_regex)
        if not pattern.search(text):
            self._raiseWith(msg, f"Regex didn't match: {pattern.pattern!r} not found in {text!r}")

    def assertNotRegex(self, text, unexpected_regex, msg=None):
        pattern = self._compiled(unexpected_regex)
        found = pattern.search(text)
        if found:
            self._raiseWith(msg, 'Regex matched: %r matches %r in %r' % (
                text[found.start():found.end()], pattern.pattern, text))

    if _V >= (3, 14):
        def assertIsSubclass(self, cls, superclass, msg=None):
            try:
                if issubclass(cls, superclass):
                    return
            except TypeError:
                if not isinstance(cls, type):
                    self._failWith(msg, f'{cls!r} is not a class')
                raise
            if isinstance(superclass, tuple):
                standardMsg = f'{cls!r} is not a subclass of any of {superclass!r}'
            else:
                standardMsg = f'{cls!r} is not a subclass of {superclass!r}'
            self._failWith(msg, standardMsg)

        def assertNotIsSubclass(self, cls, superclass, msg=None):
            try:
                if not issubclass(cls, superclass):
                    return
            except TypeError:
                if not isinstance(cls, type):
                    self._failWith(msg, f'{cls!r} is not a class')
                raise
            if isinstance(superclass, tuple):
                superclass = next(x for x in superclass if issubclass(cls, x))
            self._failWith(msg, f'{cls!r} is a subclass of {superclass!r}')

        def _attr_owner(self, obj):
            import types
            if isinstance(obj, types.ModuleType):
                return f'module {obj.__name__!r}'
            if isinstance(obj, type):
                return f'type object {obj.__name__!r}'
            return f'{type(obj).__name__!r} object'

        def assertHasAttr(self, obj, name, msg=None):
            if not hasattr(obj, name):
                self._failWith(msg, f'{self._attr_owner(obj)} has no attribute {name!r}')

        def assertNotHasAttr(self, obj, name, msg=None):
            if hasattr(obj, name):
                self._failWith(msg, f'{self._attr_owner(obj)} has unexpected attribute {name!r}')

        def _tail_type_check(self, s, tails, msg):
            for tail in tails if isinstance(tails, tuple) else (tails,):
                if isinstance(tail, str):
                    if not isinstance(s, str):
                        self._failWith(msg, f'Expected str, not {type(s).__name__}')
                elif isinstance(tail, (bytes, bytearray)):
                    if not isinstance(s, (bytes, bytearray)):
                        self._failWith(msg, f'Expected bytes, not {type(s).__name__}')

        def _check_tail(self, s, tail, msg, method, want, word, words):
            # startswith/endswith (`method`) must be `want`; else the failure in CPython's words.
            try:
                if bool(getattr(s, method)(tail)) == want:
                    return
            except (AttributeError, TypeError):
                self._tail_type_check(s, tail, msg)
                raise
            if not want and isinstance(tail, tuple):
                tail = next(x for x in tail if getattr(s, method)(x))
            a = _safe_repr(s, short=True)
            b = _safe_repr(tail)
            if not want:
                standardMsg = f'{a} {words} {b}'
            elif isinstance(tail, tuple):
                standardMsg = f"{a} doesn't {word} with any of {b}"
            else:
                standardMsg = f"{a} doesn't {word} with {b}"
            self._failWith(msg, standardMsg)

        def assertStartsWith(self, s, prefix, msg=None):
            self._check_tail(s, prefix, msg, 'startswith', True, 'start', '')

        def assertNotStartsWith(self, s, prefix, msg=None):
            self._check_tail(s, prefix, msg, 'startswith', False, 'start', 'starts with')

        def assertEndsWith(self, s, suffix, msg=None):
            self._check_tail(s, suffix, msg, 'endswith', True, 'end', '')

        def assertNotEndsWith(self, s, suffix, msg=None):
            self._check_tail(s, suffix, msg, 'endswith', False, 'end', 'ends with')

def _diff_lines(first, second):
    # The two strings' lines as the diff compares them. 3.12 on: a missing final newline is added
    # (to both when both are non-empty, so that a difference in it shows); 3.11 adds one to both
    # only when the first is a single line with no line break at all.
    if _V < (3, 12):
        one = first.splitlines(keepends=True)
        if len(one) == 1 and first.strip('\r\n') == first:
            return [first + '\n'], [second + '\n']
        return one, second.splitlines(keepends=True)
    ends = (first[-1:] == '\n', second[-1:] == '\n')
    if first and second:
        if not all(ends):
            first, second = first + '\n', second + '\n'
    elif second and not ends[1]:
        second += '\n'
    elif first and not ends[0]:
        first += '\n'
    return first.splitlines(keepends=True), second.splitlines(keepends=True)


def _ndiff_pformat(a, b):
    import difflib
    import pprint
    return difflib.ndiff(pprint.pformat(a).splitlines(), pprint.pformat(b).splitlines())


@_in('case')
class FunctionTestCase(TestCase):
    # A plain function as a test, with optional set-up and tear-down functions.
    def __init__(self, testFunc, setUp=None, tearDown=None, description=None):
        super().__init__()
        self._testFunc, self._description = testFunc, description
        self._setUpFunc, self._tearDownFunc = setUp, tearDown

    def _parts(self):
        return (self._setUpFunc, self._tearDownFunc, self._testFunc, self._description)

    def setUp(self):
        hook = self._setUpFunc
        if hook is not None:
            hook()

    def runTest(self):
        self._testFunc()

    def tearDown(self):
        hook = self._tearDownFunc
        if hook is not None:
            hook()

    def id(self):
        return self._testFunc.__name__

    def __eq__(self, other):
        if isinstance(other, self.__class__):
            return self._parts() == other._parts()
        return NotImplemented

    def __hash__(self):
        return hash((type(self),) + self._parts())

    def __str__(self):
        return f'{_strclass(self.__class__)} ({self._testFunc.__name__})'

    def __repr__(self):
        return f'<{_strclass(self.__class__)} tec={self._testFunc}>'

    def shortDescription(self):
        if self._description is not None:
            return self._description
        doc = self._testFunc.__doc__
        return (doc.split('\n', 1)[0].strip() or None) if doc else None


class _SubTest(TestCase):
    # One subTest() block of a running test: reported under the test's name plus its message and
    # parameters; never run by itself.
    def __init__(self, test_case, message, params):
        super().__init__()
        self.test_case, self._message, self.params = test_case, message, params
        self.failureException = test_case.failureException

    def runTest(self):
        raise NotImplementedError('subtests cannot be run directly')

    def _subDescription(self):
        label = '' if self._message is _subtest_msg_sentinel else f'[{self._message}]'
        if self.params:
            shown = ', '.join(f'{key}={value!r}' for key, value in self.params.items())
            label = f'{label} ({shown})' if label else f'({shown})'
        return label or '(<subtest>)'

    def id(self):
        return f'{self.test_case.id()} {self._subDescription()}'

    def shortDescription(self):
        return self.test_case.shortDescription()

    def __str__(self):
        return f'{self.test_case} {self._subDescription()}'


_SubTest.__module__ = 'unittest.case'


# ---- async_case ---------------------------------------------------------------------------------

@_in('async_case')
class IsolatedAsyncioTestCase(TestCase):
    # Each test runs on an asyncio.Runner of its own (debug mode, as CPython's): setUp, asyncSetUp,
    # the test, asyncTearDown, tearDown and the cleanups in one context, the coroutines as tasks of
    # that runner's loop.
    loop_factory = None

    def __init__(self, methodName='runTest'):
        super().__init__(methodName)
        import contextvars
        self._asyncioTestContext = contextvars.copy_context()
        self._asyncioRunner = None

    def _setupAsyncioRunner(self):
        import asyncio
        assert self._asyncioRunner is None, 'asyncio runner is already initialized'
        self._asyncioRunner = asyncio.Runner(debug=True, loop_factory=self.loop_factory)

    def _tearDownAsyncioRunner(self):
        self._asyncioRunner.close()

    def run(self, result=None):
        self._setupAsyncioRunner()
        try:
            outcome = super().run(result)
        finally:
            self._tearDownAsyncioRunner()
        return outcome

    def debug(self):
        # (The runner stays open when the test raises, as CPython's.)
        self._setupAsyncioRunner()
        super().debug()
        self._tearDownAsyncioRunner()

    async def asyncSetUp(self):
        return None

    async def asyncTearDown(self):
        return None

    def addAsyncCleanup(self, func, /, *args, **kwargs):
        # The cleanup is awaited on the test's runner when its turn comes (_callCleanup).
        self.addCleanup(func, *args, **kwargs)

    async def enterAsyncContext(self, cm):
        kind = type(cm)
        enter = getattr(kind, '__aenter__', None)
        leave = getattr(kind, '__aexit__', None)
        if enter is None or leave is None:
            raise TypeError(f"'{kind.__module__}.{kind.__qualname__}' object does "
                            f"not support the asynchronous context manager protocol")
        value = await enter(cm)
        self.addAsyncCleanup(leave, cm, None, None, None)
        return value

    # The statements CPython's tracebacks show as frames of unittest/async_case.py (between the
    # test's frames and asyncio's) are registered in stdlib/library-statements.ts by their lines.
    def _callSetUp(self):
        self._asyncioRunner.get_loop()
        self._asyncioTestContext.run(self.setUp)
        self._callAsync(self.asyncSetUp)

    def _callTestMethod(self, method):
        result = self._callMaybeAsync(method)
        self._warnIfValue(method, result, 4)

    def _callTearDown(self):
        self._callAsync(self.asyncTearDown)
        self._asyncioTestContext.run(self.tearDown)

    def _callAsync(self, func, /, *args, **kwargs):
        import inspect
        assert self._asyncioRunner is not None, 'asyncio runner is not initialized'
        assert inspect.iscoroutinefunction(func), f'{func!r} is not an async function'
        return self._asyncioRunner.run(func(*args, **kwargs), context=self._asyncioTestContext)

    def _callMaybeAsync(self, func, /, *args, **kwargs):
        import inspect
        assert self._asyncioRunner is not None, 'asyncio runner is not initialized'
        if inspect.iscoroutinefunction(func):
            return self._asyncioRunner.run(func(*args, **kwargs), context=self._asyncioTestContext)
        return self._asyncioTestContext.run(func, *args, **kwargs)

    def _callCleanup(self, function, *args, **kwargs):
        self._callMaybeAsync(function, *args, **kwargs)


# ---- suite ------------------------------------------------------------------------------------

def _call_if_exists(parent, attr):
    hook = getattr(parent, attr, None)
    if hook is not None:
        hook()


class _FixtureOutput:
    # Around a class or module fixture: the result's output buffering (when it has any) is on.
    def __init__(self, result):
        self.result = result

    def __enter__(self):
        _call_if_exists(self.result, '_setupStdout')

    def __exit__(self, *exc_info):
        _call_if_exists(self.result, '_restoreStdout')


def _isnotsuite(test):
    # A test case, as opposed to a suite: something that cannot be iterated.
    try:
        iter(test)
    except TypeError:
        return True
    return False


@_in('suite')
class BaseTestSuite:
    _cleanup = True

    def __init__(self, tests=()):
        self._tests, self._removed_tests = [], 0
        self.addTests(tests)

    def __repr__(self):
        return f'<{_strclass(self.__class__)} tests={list(self)}>'

    def __eq__(self, other):
        if isinstance(other, self.__class__):
            return list(self) == list(other)
        return NotImplemented

    def __iter__(self):
        return iter(self._tests)

    def countTestCases(self):
        # Tests already run and dropped still count.
        total = self._removed_tests
        for test in self:
            if test:
                total += test.countTestCases()
        return total

    def addTest(self, test):
        if not callable(test):
            raise TypeError(f'{test!r} is not callable')
        if isinstance(test, type) and issubclass(test, (TestCase, TestSuite)):
            raise TypeError('TestCases and TestSuites must be instantiated before passing them to addTest()')
        self._tests.append(test)

    def addTests(self, tests):
        if isinstance(tests, str):
            raise TypeError('tests must be an iterable of tests, not a string')
        for test in tests:
            self.addTest(test)

    def _runEach(self, result, step):
        # step(test) for each test until the result asks to stop; a test step() ran (did not
        # answer False) is dropped afterwards, so that the suite does not keep it alive.
        for position, test in enumerate(self):
            if result.shouldStop:
                break
            if step(test) is not False and self._cleanup:
                self._removeTestAtIndex(position)
        return result

    def run(self, result):
        def step(test):
            test(result)

        return self._runEach(result, step)

    def _removeTestAtIndex(self, index):
        tests = self._tests
        try:
            gone = tests[index]
        except TypeError:
            return
        if hasattr(gone, 'countTestCases'):
            self._removed_tests += gone.countTestCases()
        tests[index] = None

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        for test in self:
            test.debug()


@_in('suite')
class TestSuite(BaseTestSuite):
    # Adds the class and module fixtures: setUpClass/tearDownClass when the class changes from one
    # test to the next, setUpModule/tearDownModule when the module does, the last ones when the
    # outermost suite's run ends. A class or module whose set-up failed has its tests left out.
    def debug(self):
        self.run(_DebugResult(), True)

    def run(self, result, debug=False):
        outermost = getattr(result, '_testRunEntered', False) is False
        if outermost:
            result._testRunEntered = True

        def step(test):
            if _isnotsuite(test):
                self._tearDownPreviousClass(test, result)
                self._handleModuleFixture(test, result)
                self._handleClassSetUp(test, result)
                kind = test.__class__
                result._previousTestClass = kind
                if getattr(kind, '_classSetupFailed', False) or getattr(result, '_moduleSetUpFailed', False):
                    return False
            if debug:
                test.debug()
            else:
                test(result)
            return True

        self._runEach(result, step)
        if outermost:
            self._tearDownPreviousClass(None, result)
            self._handleModuleTearDown(result)
            result._testRunEntered = False
        return result

    def _attempt(self, result, fixture, method_name, parent, on_failure=None):
        # Calls a fixture; an exception is reported as an error (a SkipTest as a skip) of
        # "method_name (parent)", or propagates under debug(). True when nothing was raised.
        try:
            fixture()
        except Exception as exc:
            if isinstance(result, _DebugResult):
                raise
            if on_failure is not None:
                on_failure()
            self._createClassOrModuleLevelException(result, exc, method_name, parent)
            return False
        return True

    def _reportClassCleanups(self, result, kind, method_name, name, propagate):
        for info in kind.tearDown_exceptions:
            if propagate and isinstance(result, _DebugResult):
                raise info[1]
            self._createClassOrModuleLevelException(result, info[1], method_name, name, info=info)

    def _handleClassSetUp(self, test, result):
        kind = test.__class__
        if kind == getattr(result, '_previousTestClass', None):
            return
        if result._moduleSetUpFailed or getattr(kind, '__unittest_skip__', False):
            return

        def mark(failed):
            try:
                kind._classSetupFailed = failed
            except TypeError:
                pass  # a built-in type's attributes cannot be set

        mark(False)
        fixture = getattr(kind, 'setUpClass', None)
        cleanups = getattr(kind, 'doClassCleanups', None)
        if fixture is None:
            return
        with _FixtureOutput(result):
            name = _strclass(kind)
            if not self._attempt(result, fixture, 'setUpClass', name, lambda: mark(True)):
                if cleanups is not None:
                    cleanups()
                    self._reportClassCleanups(result, kind, 'setUpClass', name, False)

    def _get_previous_module(self, result):
        last = getattr(result, '_previousTestClass', None)
        return last.__module__ if last is not None else None

    def _handleModuleFixture(self, test, result):
        name = test.__class__.__module__
        if name == self._get_previous_module(result):
            return
        self._handleModuleTearDown(result)
        result._moduleSetUpFailed = False
        fixture = getattr(_sys.modules.get(name), 'setUpModule', None)
        if fixture is None:
            return
        with _FixtureOutput(result):
            def failed():
                result._moduleSetUpFailed = True

            if not self._attempt(result, fixture, 'setUpModule', name, failed):
                try:
                    doModuleCleanups()
                except Exception as exc:
                    self._createClassOrModuleLevelException(result, exc, 'setUpModule', name)

    def _createClassOrModuleLevelException(self, result, exc, method_name, parent, info=None):
        self._addClassOrModuleLevelException(result, exc, f'{method_name} ({parent})', info)

    def _addClassOrModuleLevelException(self, result, exception, errorName, info=None):
        holder = _ErrorHolder(errorName)
        skip = getattr(result, 'addSkip', None) if isinstance(exception, SkipTest) else None
        if skip is not None:
            skip(holder, str(exception))
        else:
            result.addError(holder, info or (type(exception), exception, exception.__traceback__))

    def _handleModuleTearDown(self, result):
        name = self._get_previous_module(result)
        if name is None or result._moduleSetUpFailed:
            return
        module = _sys.modules.get(name)
        if module is None:
            return
        with _FixtureOutput(result):
            fixture = getattr(module, 'tearDownModule', None)
            if fixture is not None:
                self._attempt(result, fixture, 'tearDownModule', name)
            self._attempt(result, doModuleCleanups, 'tearDownModule', name)

    def _tearDownPreviousClass(self, test, result):
        last = getattr(result, '_previousTestClass', None)
        if test.__class__ == last or last is None:
            return
        if (getattr(last, '_classSetupFailed', False) or getattr(result, '_moduleSetUpFailed', False)
                or getattr(last, '__unittest_skip__', False)):
            return
        fixture = getattr(last, 'tearDownClass', None)
        cleanups = getattr(last, 'doClassCleanups', None)
        if fixture is None and cleanups is None:
            return
        with _FixtureOutput(result):
            name = _strclass(last)
            if fixture is not None:
                self._attempt(result, fixture, 'tearDownClass', name)
            if cleanups is not None:
                cleanups()
                self._reportClassCleanups(result, last, 'tearDownClass', name, True)


class _ErrorHolder:
    # Stands for a class or module fixture in a result's lists (it counts as no test).
    def __init__(self, description):
        self.description = description

    def __repr__(self):
        return f'<ErrorHolder description={self.description!r}>'

    def id(self):
        return self.description

    __str__ = id
    failureException = None

    def shortDescription(self):
        return None

    def countTestCases(self):
        return 0

    def run(self, result):
        return None

    def __call__(self, result):
        return self.run(result)


_ErrorHolder.__module__ = 'unittest.suite'


class _DebugResult:
    _previousTestClass = None
    _moduleSetUpFailed = False
    shouldStop = False


# ---- result -----------------------------------------------------------------------------------

def _captured(label, text):
    # A buffered test's output as its report shows it ('' when there was none).
    if not text:
        return ''
    return f'\n{label}:\n{text}' if text.endswith('\n') else f'\n{label}:\n{text}\n'


@_in('result')
class TestResult:
    _previousTestClass = None
    _testRunEntered = False
    _moduleSetUpFailed = False

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        # What a run collects: (test, report text) pairs, and the count of tests started.
        self.failures, self.errors, self.skipped = [], [], []
        self.expectedFailures, self.unexpectedSuccesses = [], []
        self.testsRun = 0
        if _V >= (3, 12):
            self.collectedDurations = []
        # Settings a runner changes before the run, and the state of output buffering.
        self.failfast = self.shouldStop = self.buffer = self.tb_locals = False
        self._stdout_buffer = self._stderr_buffer = None
        self._original_stdout, self._original_stderr = _sys.stdout, _sys.stderr
        self._mirrorOutput = False

    def printErrors(self):
        return None

    def startTestRun(self):
        return None

    def stopTestRun(self):
        return None

    def startTest(self, test):
        self.testsRun += 1
        self._mirrorOutput = False
        self._setupStdout()

    def stopTest(self, test):
        self._restoreStdout()
        self._mirrorOutput = False

    def _setupStdout(self):
        # With buffer set, the test's prints go to two StringIOs (made once, reused).
        if not self.buffer:
            return
        if self._stderr_buffer is None:
            import io
            self._stderr_buffer, self._stdout_buffer = io.StringIO(), io.StringIO()
        _sys.stdout, _sys.stderr = self._stdout_buffer, self._stderr_buffer

    def _bufferedOutput(self):
        return _captured('Stdout', _sys.stdout.getvalue()), _captured('Stderr', _sys.stderr.getvalue())

    def _restoreStdout(self):
        # A test that failed has its buffered output shown; then the real streams come back.
        if not self.buffer:
            return
        if self._mirrorOutput:
            out, err = self._bufferedOutput()
            if out:
                self._original_stdout.write(out)
            if err:
                self._original_stderr.write(err)
        _sys.stdout, _sys.stderr = self._original_stdout, self._original_stderr
        for held in (self._stdout_buffer, self._stderr_buffer):
            if held is not None:
                held.seek(0)
                held.truncate()

    def _stopIfFailfast(self):
        # Under failfast, the first error, failure or unexpected success ends the run.
        if getattr(self, 'failfast', False):
            self.stop()

    def _keep(self, into, test, err):
        # An error or failure, kept as its report text.
        self._stopIfFailfast()
        into.append((test, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    def addError(self, test, err):
        self._keep(self.errors, test, err)

    def addFailure(self, test, err):
        self._keep(self.failures, test, err)

    def addSubTest(self, test, subtest, err):
        if err is None:
            return
        failed = issubclass(err[0], test.failureException)
        self._stopIfFailfast()
        (self.failures if failed else self.errors).append((subtest, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    def addSuccess(self, test):
        return None

    def addSkip(self, test, reason):
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        self.expectedFailures.append((test, self._exc_info_to_string(err, test)))

    def addUnexpectedSuccess(self, test):
        self._stopIfFailfast()
        self.unexpectedSuccesses.append(test)

    if _V >= (3, 12):
        def addDuration(self, test, elapsed):
            durations = getattr(self, 'collectedDurations', None)
            if durations is not None:
                durations.append((str(test), elapsed))

    def wasSuccessful(self):
        if self.failures or self.errors:
            return False
        return not getattr(self, 'unexpectedSuccesses', ())

    def stop(self):
        self.shouldStop = True

    def _exc_info_to_string(self, err, test):
        # The traceback shows the program's frames from the test down (no frame of this module),
        # then, when buffering, what the test printed.
        text = ''.join(_traceback.format_exception(*err))
        if self.buffer:
            out, err_text = self._bufferedOutput()
            text += out + err_text
        return text

    def __repr__(self):
        return (f'<{_strclass(self.__class__)} run={self.testsRun} '
                f'errors={len(self.errors)} failures={len(self.failures)}>')


# ---- runner -----------------------------------------------------------------------------------

class _WritelnDecorator:
    # A stream with writeln(); anything else is the stream's own.
    def __init__(self, stream):
        self.stream = stream

    def __getattr__(self, attr):
        if attr in ('stream', '__getstate__'):
            raise AttributeError(attr)
        return getattr(self.stream, attr)

    def writeln(self, arg=None):
        if arg:
            self.write(arg)
        self.write('\n')


_WritelnDecorator.__module__ = 'unittest.runner'


@_in('runner')
class TextTestResult(TestResult):
    # Verbosity 1: one character per test; 2 and up: a line each ("name ... ok"); 0: nothing
    # until the report.
    separator1 = '=' * 70
    separator2 = '-' * 70

    def __init__(self, stream, descriptions, verbosity, *, durations=None):
        super().__init__(stream, descriptions, verbosity)
        self.stream, self.descriptions, self.durations = stream, descriptions, durations
        self.dots = verbosity == 1
        self.showAll = verbosity > 1
        self._newline = True

    def getDescription(self, test):
        first_doc_line = test.shortDescription()
        if self.descriptions and first_doc_line:
            return str(test) + '\n' + first_doc_line
        return str(test)

    def _put(self, *parts):
        write = self.stream.write
        for part in parts:
            write(part)

    def startTest(self, test):
        super().startTest(test)
        if not self.showAll:
            return
        self._put(self.getDescription(test), ' ... ')
        self.stream.flush()
        self._newline = False

    def _write_status(self, test, status):
        # A subtest's status goes on a line of its own, indented, under its test's.
        nested = isinstance(test, _SubTest)
        if nested or self._newline:
            if not self._newline:
                self.stream.writeln()
            if nested:
                self.stream.write('  ')
            self._put(self.getDescription(test), ' ... ')
        self.stream.writeln(status)
        self.stream.flush()
        self._newline = True

    def _show(self, test, status, mark, own_line=True):
        # status in verbose mode (own_line: after the test's name, else just written out), the
        # one-character mark with dots.
        if self.showAll:
            if own_line:
                self._write_status(test, status)
            else:
                self.stream.writeln(status)
                self.stream.flush()
        elif self.dots:
            self.stream.write(mark)
            self.stream.flush()

    def addSubTest(self, test, subtest, err):
        if err is not None:
            if issubclass(err[0], subtest.failureException):
                self._show(subtest, 'FAIL', 'F')
            else:
                self._show(subtest, 'ERROR', 'E')
        super().addSubTest(test, subtest, err)

    def addSuccess(self, test):
        super().addSuccess(test)
        self._show(test, 'ok', '.')

    def addError(self, test, err):
        super().addError(test, err)
        self._show(test, 'ERROR', 'E')

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._show(test, 'FAIL', 'F')

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self._show(test, f'skipped {reason!r}', 's')

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self._show(test, 'expected failure', 'x', own_line=False)

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self._show(test, 'unexpected success', 'u', own_line=False)

    def printErrors(self):
        out = self.stream
        if self.showAll or self.dots:
            out.writeln()
            out.flush()
        for flavour, errors in (('ERROR', self.errors), ('FAIL', self.failures)):
            self.printErrorList(flavour, errors)
        surprises = getattr(self, 'unexpectedSuccesses', ())
        if not surprises:
            return
        out.writeln(self.separator1)
        for test in surprises:
            out.writeln(f'UNEXPECTED SUCCESS: {self.getDescription(test)}')
        out.flush()

    def printErrorList(self, flavour, errors):
        out = self.stream
        for test, report in errors:
            out.writeln(self.separator1)
            out.writeln(f'{flavour}: {self.getDescription(test)}')
            out.writeln(self.separator2)
            out.writeln('%s' % report)
            out.flush()


@_in('runner')
class TextTestRunner:
    resultclass = TextTestResult

    def __init__(self, stream=None, descriptions=True, verbosity=1, failfast=False, buffer=False,
                 resultclass=None, warnings=None, *, tb_locals=False, durations=None):
        self.stream = _WritelnDecorator(_sys.stderr if stream is None else stream)
        self.descriptions, self.verbosity = descriptions, verbosity
        self.failfast, self.buffer, self.tb_locals = failfast, buffer, tb_locals
        self.warnings, self.durations = warnings, durations
        if resultclass is not None:
            self.resultclass = resultclass

    def _rule(self, result):
        # The dashed line, when the result class has one.
        line = getattr(result, 'separator2', None)
        if line is not None:
            self.stream.writeln(line)

    def _makeResult(self):
        made = (self.stream, self.descriptions, self.verbosity)
        if _V >= (3, 12):
            try:
                return self.resultclass(*made, durations=self.durations)
            except TypeError:
                pass  # a result class of before 3.12, without durations
        return self.resultclass(*made)

    def _printDurations(self, result):
        timed = result.collectedDurations
        if not timed:
            return
        slowest = sorted(timed, key=lambda pair: pair[1], reverse=True)
        if self.durations > 0:
            del slowest[self.durations:]
        out = self.stream
        out.writeln('Slowest test durations')
        self._rule(result)
        # Without -v, durations under a millisecond are left out (and that is said).
        shown = [(name, t) for name, t in slowest if self.verbosity >= 2 or t >= 0.001]
        for name, t in shown:
            out.writeln('%-10s %s' % (f'{t:.3f}s', name))
        if len(shown) < len(slowest):
            out.writeln('\n(durations < 0.001s were hidden; use -v to show these durations)')
        else:
            out.writeln('')

    def _runAll(self, test, result):
        # The whole run between startTestRun and stopTestRun; how long it took on the clock.
        import warnings
        with warnings.catch_warnings():
            if self.warnings:
                _runner_filters(warnings, self.warnings)
            began = _time.perf_counter()
            opening = getattr(result, 'startTestRun', None)
            if opening is not None:
                opening()
            try:
                test(result)
            finally:
                closing = getattr(result, 'stopTestRun', None)
                if closing is not None:
                    closing()
            return _time.perf_counter() - began

    def _summary(self, result):
        # The last line: its verdict, and the counts in brackets.
        try:
            counts = (len(result.expectedFailures), len(result.unexpectedSuccesses), len(result.skipped))
        except AttributeError:
            counts = (0, 0, 0)
        expected_fails, unexpected_successes, skipped = counts
        infos = []
        if not result.wasSuccessful():
            verdict = 'FAILED'
            infos += [f'{label}={n}' for label, n in (('failures', len(result.failures)),
                                                       ('errors', len(result.errors))) if n]
        elif _V >= (3, 12) and result.testsRun == 0 and (_V == (3, 12) or not skipped):
            verdict = 'NO TESTS RAN'
        else:
            verdict = 'OK'
        infos += [f'{label}={n}' for label, n in (('skipped', skipped), ('expected failures', expected_fails),
                                                   ('unexpected successes', unexpected_successes)) if n]
        return verdict, infos

    def run(self, test):
        result = self._makeResult()
        result.failfast, result.buffer, result.tb_locals = self.failfast, self.buffer, self.tb_locals
        taken = self._runAll(test, result)
        result.printErrors()
        if _V >= (3, 12) and self.durations is not None:
            self._printDurations(result)
        out = self.stream
        self._rule(result)
        count = result.testsRun
        out.writeln('Ran %d test%s in %.3fs' % (count, '' if count == 1 else 's', taken))
        out.writeln()
        verdict, infos = self._summary(result)
        out.write(verdict)
        if infos:
            out.writeln(' (%s)' % ', '.join(infos))
        else:
            out.write('\n')
        out.flush()
        return result


# ---- loader -----------------------------------------------------------------------------------

class _FailedTest(TestCase):
    # A name the loader could not find: running it raises the error met.
    _testMethodName = None

    def __init__(self, method_name, exception):
        self._exception = exception
        super().__init__(method_name)

    def __getattr__(self, name):
        if name == self._testMethodName:
            def testFailure():
                raise self._exception
            return testFailure
        return super().__getattribute__(name)


_FailedTest.__module__ = 'unittest.loader'


def _make_failed_test(methodname, exception, suiteClass, message):
    holder = _FailedTest(methodname, exception)
    return suiteClass((holder,)), message


def _loadable_case_class(obj):
    # A TestCase subclass with tests of its own to load (TestCase and FunctionTestCase have none).
    return isinstance(obj, type) and issubclass(obj, TestCase) and obj not in (TestCase, FunctionTestCase)


@_in('loader')
class TestLoader:
    testMethodPrefix = 'test'
    sortTestMethodsUsing = staticmethod(_three_way_cmp)
    testNamePatterns = None
    suiteClass = TestSuite

    def __init__(self):
        self.errors = []

    def loadTestsFromTestCase(self, testCaseClass):
        if issubclass(testCaseClass, TestSuite):
            raise TypeError('Test cases should not be derived from TestSuite. Maybe you meant to derive from TestCase?')
        names = []
        if testCaseClass not in (TestCase, FunctionTestCase):
            # A class with no test methods but a runTest is one test.
            names = self.getTestCaseNames(testCaseClass) or (['runTest'] if hasattr(testCaseClass, 'runTest') else [])
        return self.suiteClass(map(testCaseClass, names))

    def loadTestsFromModule(self, module, *, pattern=None):
        found = []
        for attr in dir(module):
            value = getattr(module, attr)
            if _loadable_case_class(value):
                found.append(self.loadTestsFromTestCase(value))
        hook = getattr(module, 'load_tests', None)
        found = self.suiteClass(found)
        return found if hook is None else hook(self, found, pattern)

    def loadTestsFromName(self, name, module=None):
        # name is dotted: a module (imported when none is given), then attributes down to a
        # module, a TestCase class, one of its methods, a suite, or a callable making a test.
        path = name.split('.')
        if module is None:
            module, path = __import__(path[0]), path[1:]
        owner, target = None, module
        for step in path:
            try:
                owner, target = target, getattr(target, step)
            except AttributeError as exc:
                failed, why = _make_failed_test(
                    step, exc, self.suiteClass, 'Failed to access attribute:\n' + _traceback.format_exc())
                self.errors.append(why)
                return failed
        return self._testsFor(target, owner, path)

    def _testsFor(self, target, owner, path):
        import types
        if isinstance(target, types.ModuleType):
            return self.loadTestsFromModule(target)
        if _loadable_case_class(target):
            return self.loadTestsFromTestCase(target)
        if isinstance(target, types.FunctionType) and isinstance(owner, type) and issubclass(owner, TestCase):
            method = path[-1]
            case = owner(method)
            # (A method replaced on the instance by something else is called below instead.)
            if not isinstance(getattr(case, method), types.FunctionType):
                return self.suiteClass([case])
        elif isinstance(target, TestSuite):
            return target
        if not callable(target):
            raise TypeError("don't know how to make test from: %s" % target)
        made = target()
        if isinstance(made, TestSuite):
            return made
        if isinstance(made, TestCase):
            return self.suiteClass([made])
        raise TypeError('calling %s returned %s, not a test' % (target, made))

    def loadTestsFromNames(self, names, module=None):
        return self.suiteClass([self.loadTestsFromName(one, module) for one in names])

    def getTestCaseNames(self, testCaseClass):
        from fnmatch import fnmatchcase

        def wanted(attrname):
            if not attrname.startswith(self.testMethodPrefix):
                return False
            if not callable(getattr(testCaseClass, attrname)):
                return False
            full = '%s.%s.%s' % (testCaseClass.__module__, testCaseClass.__qualname__, attrname)
            return self.testNamePatterns is None or any(fnmatchcase(full, p) for p in self.testNamePatterns)

        names = [n for n in dir(testCaseClass) if wanted(n)]
        if self.sortTestMethodsUsing:
            import functools
            names.sort(key=functools.cmp_to_key(self.sortTestMethodsUsing))
        return names

    def discover(self, start_dir, pattern='test*.py', top_level_dir=None):
        raise NotImplementedError('unittest test discovery is not simulated in Loopline')


defaultTestLoader = TestLoader()


# ---- main -------------------------------------------------------------------------------------

_NO_TESTS_EXITCODE = 5

# Facts: the examples `-h` prints, as CPython's.
_MODULE_EXAMPLES = """Examples:
  %(prog)s                           - run default set of tests
  %(prog)s MyTestSuite               - run suite 'MyTestSuite'
  %(prog)s MyTestCase.testSomething  - run MyTestCase.testSomething
  %(prog)s MyTestCase                - run all 'test*' test methods
                                       in MyTestCase
"""


def _find_module(dotted):
    found = __import__(dotted)
    for attr in dotted.split('.')[1:]:
        found = getattr(found, attr)
    return found


def _convert_select_pattern(pattern):
    # -k abc matches names containing abc; a pattern with a * is taken as it is.
    return pattern if '*' in pattern else f'*{pattern}*'


@_in('main')
class TestProgram:
    module = None
    verbosity = 1
    failfast = catchbreak = buffer = progName = warnings = testNamePatterns = None
    _discovery_parser = None

    def __init__(self, module='__main__', defaultTest=None, argv=None, testRunner=None,
                 testLoader=defaultTestLoader, exit=True, verbosity=1, failfast=None, catchbreak=None,
                 buffer=None, warnings=None, *, tb_locals=False, durations=None):
        import os
        self.module = _find_module(module) if isinstance(module, str) else module
        argv = _sys.argv if argv is None else argv
        self.exit, self.verbosity, self.tb_locals, self.durations = exit, verbosity, tb_locals, durations
        # None: the option is offered on the command line (its parser default then applies).
        self.failfast, self.catchbreak, self.buffer = failfast, catchbreak, buffer
        # Without -W options, warnings are shown (once per place) during the run.
        self.warnings = 'default' if warnings is None and not _sys.warnoptions else warnings
        self.defaultTest, self.testRunner, self.testLoader = defaultTest, testRunner, testLoader
        self.progName = os.path.basename(argv[0])
        self.parseArgs(argv)
        self.runTests()

    def _print_help(self, *args, **kwargs):
        print(self._main_parser.format_help())
        print(_MODULE_EXAMPLES % {'prog': self.progName})

    def parseArgs(self, argv):
        self._initArgParsers()
        self._main_parser.parse_args(argv[1:], self)
        default = self.defaultTest
        if self.tests:
            # A file name given as a test stands for its module.
            self.testNames = [t[:-3].replace('/', '.') if t.endswith('.py') else t for t in self.tests]
        elif default is None:
            self.testNames = None
        else:
            self.testNames = (default,) if isinstance(default, str) else list(default)
        self.createTests()

    def createTests(self, from_discovery=False, Loader=None):
        loader = self.testLoader
        if self.testNamePatterns:
            loader.testNamePatterns = self.testNamePatterns
        names = self.testNames
        if names is None:
            self.test = loader.loadTestsFromModule(self.module)
        else:
            self.test = loader.loadTestsFromNames(names, self.module)

    def _initArgParsers(self):
        self._main_parser = self._getMainArgParser(self._getParentArgParser())

    def _getParentArgParser(self):
        import argparse
        parser = argparse.ArgumentParser(add_help=False)
        parser.add_argument('-v', '--verbose', dest='verbosity', action='store_const', const=2,
                            help='Verbose output')
        parser.add_argument('-q', '--quiet', dest='verbosity', action='store_const', const=0,
                            help='Quiet output')
        parser.add_argument('--locals', dest='tb_locals', action='store_true',
                            help='Show local variables in tracebacks')
        if _V >= (3, 12):
            parser.add_argument('--durations', dest='durations', type=int, default=None, metavar='N',
                                help='Show the N slowest test cases (N=0 for all)')
        # The switches offered only when the program left them open (None); then off by default.
        switches = (('failfast', ('-f', '--failfast'), 'Stop on first fail or error'),
                    ('catchbreak', ('-c', '--catch'), 'Catch Ctrl-C and display results so far'),
                    ('buffer', ('-b', '--buffer'), 'Buffer stdout and stderr during tests'))
        for attr, flags, text in switches:
            if getattr(self, attr) is None:
                parser.add_argument(*flags, dest=attr, action='store_true', help=text)
                setattr(self, attr, False)
        if self.testNamePatterns is None:
            parser.add_argument('-k', dest='testNamePatterns', action='append', type=_convert_select_pattern,
                                help='Only run tests which match the given substring')
            self.testNamePatterns = []
        return parser

    def _getMainArgParser(self, parent):
        # The options, then the test names; -h prints our help with the examples after it.
        import argparse
        main_parser = argparse.ArgumentParser(parents=[parent])
        main_parser.prog, main_parser.print_help = self.progName, self._print_help
        main_parser.add_argument('tests', nargs='*',
                                 help='a list of any number of test modules, classes and test methods.')
        return main_parser

    def _makeRunner(self, runner_class):
        # The newest keywords the class accepts: all of them, then the four of old, then none.
        basic = dict(verbosity=self.verbosity, failfast=self.failfast, buffer=self.buffer, warnings=self.warnings)
        newer = dict(basic, tb_locals=self.tb_locals)
        if _V >= (3, 12):
            newer['durations'] = self.durations
        for kwargs in (newer, basic):
            try:
                return runner_class(**kwargs)
            except TypeError:
                pass
        return runner_class()

    def _exitStatus(self, result):
        if _V < (3, 12):
            return not result.wasSuccessful()
        # 3.12: no test started is status 5 (skipped ones never start there); 3.13 on: nor skipped.
        if result.testsRun == 0 and (_V == (3, 12) or not result.skipped):
            return _NO_TESTS_EXITCODE
        return 0 if result.wasSuccessful() else 1

    def runTests(self):
        if self.testRunner is None:
            self.testRunner = TextTestRunner
        runner = self.testRunner
        if isinstance(runner, type):
            runner = self._makeRunner(runner)
        self.result = runner.run(self.test)
        if self.exit:
            _sys.exit(self._exitStatus(self.result))


main = TestProgram


# ---- signals (Ctrl-C never reaches a simulated program: the handler is only kept) ---------------

_results = []


def registerResult(result):
    _results.append(result)


def removeResult(result):
    if result in _results:
        _results.remove(result)
        return True
    return False


def installHandler():
    pass


def removeHandler(method=None):
    if method is not None:
        return method


if _V < (3, 13):
    # The module-level loaders 3.13 removed: each warns at its caller's line, then asks a TestLoader.
    def _deprecated_loader(name, replacement, prefix, sortUsing, **settings):
        import warnings
        warnings.warn(f'unittest.{name}() is deprecated and will be removed in Python 3.13. '
                      f'Please use unittest.TestLoader.{replacement}() instead.', DeprecationWarning, stacklevel=3)
        loader = TestLoader()
        loader.sortTestMethodsUsing = sortUsing
        loader.testMethodPrefix = prefix
        for setting, value in settings.items():
            setattr(loader, setting, value)
        return loader

    def getTestCaseNames(testCaseClass, prefix, sortUsing=_three_way_cmp, testNamePatterns=None):
        loader = _deprecated_loader('getTestCaseNames', 'getTestCaseNames', prefix, sortUsing,
                                    testNamePatterns=testNamePatterns)
        return loader.getTestCaseNames(testCaseClass)

    def makeSuite(testCaseClass, prefix='test', sortUsing=_three_way_cmp, suiteClass=TestSuite):
        loader = _deprecated_loader('makeSuite', 'loadTestsFromTestCase', prefix, sortUsing, suiteClass=suiteClass)
        return loader.loadTestsFromTestCase(testCaseClass)

    def findTestCases(module, prefix='test', sortUsing=_three_way_cmp, suiteClass=TestSuite):
        loader = _deprecated_loader('findTestCases', 'loadTestsFromModule', prefix, sortUsing, suiteClass=suiteClass)
        return loader.loadTestsFromModule(module)

if _V < (3, 12):
    # 3.11's deprecated alias, and its package's hook that discovers unittest's own tests.
    _TextTestResult = TextTestResult

    def load_tests(loader, tests, pattern):
        return loader.discover(start_dir='unittest', pattern=pattern)


def _runner_filters(warnings, action):
    # The run's warnings filter; 3.11 shows each 'Please use ...' of a deprecated alias once a module.
    warnings.simplefilter(action)
    if _V < (3, 12) and action in ('default', 'always'):
        warnings.filterwarnings('module', category=DeprecationWarning, message=r'Please use assert\w+ instead.')


if _V < (3, 12):
    # 3.11 still has TestCase's old names (gone in 3.12): each warns, naming the method to call
    # instead, at the line that called it, then does what that method does.
    def _old_name(method):
        def deprecated_func(*args, **kwargs):
            import warnings
            warnings.warn(f'Please use {method.__name__} instead.', DeprecationWarning, 2)
            return method(*args, **kwargs)
        deprecated_func.__qualname__ = 'TestCase._deprecate.<locals>.deprecated_func'
        return deprecated_func

    for _method, _names in (('assertEqual', 'failUnlessEqual assertEquals'),
                            ('assertNotEqual', 'failIfEqual assertNotEquals'),
                            ('assertAlmostEqual', 'failUnlessAlmostEqual assertAlmostEquals'),
                            ('assertNotAlmostEqual', 'failIfAlmostEqual assertNotAlmostEquals'),
                            ('assertTrue', 'failUnless assert_'), ('assertRaises', 'failUnlessRaises'),
                            ('assertFalse', 'failIf'), ('assertRaisesRegex', 'assertRaisesRegexp'),
                            ('assertRegex', 'assertRegexpMatches'), ('assertNotRegex', 'assertNotRegexpMatches')):
        _alias = _old_name(getattr(TestCase, _method))
        for _name in _names.split():
            setattr(TestCase, _name, _alias)
    del _old_name, _method, _names, _alias, _name

# dir() also lists IsolatedAsyncioTestCase, which CPython's package imports when it is first read.
def __dir__():
    return vars(_sys.modules[__name__]).keys() | {'IsolatedAsyncioTestCase'}


__all__ = ['TestResult', 'TestCase', 'IsolatedAsyncioTestCase', 'TestSuite', 'TextTestRunner', 'TestLoader',
           'FunctionTestCase', 'main', 'defaultTestLoader', 'SkipTest', 'skip', 'skipIf', 'skipUnless',
           'expectedFailure', 'TextTestResult', 'installHandler', 'registerResult', 'removeResult',
           'removeHandler', 'addModuleCleanup', 'doModuleCleanups', 'enterModuleContext']
