# `warnings`: warn() checks the filters (most recent first) and shows a warning at most as often
# as the matching action allows: "default" once per location (the module's __warningregistry__),
# "module" and "once" once per module (as CPython's C code does), "always" every time; "ignore"
# drops it and "error" raises it.
# A shown warning goes to the run's warnings (`file:line: Category: message` on stderr), or to
# showwarning / catch_warnings(record=True) when the program put its own there.

import sys
import _warnings_native

__all__ = ['warn', 'warn_explicit', 'showwarning', 'formatwarning', 'filterwarnings', 'simplefilter',
           'resetwarnings', 'catch_warnings']

_V = sys.version_info[:2]
_ACTIONS = {'error', 'ignore', 'always', 'default', 'module', 'once'}
if _V >= (3, 14):
    _ACTIONS.add('all')

# As CPython sets them for `python3 prog.py`: the plain string '__main__' matches that module only.
filters = [
    ('default', None, DeprecationWarning, '__main__', 0),
    ('ignore', None, DeprecationWarning, None, 0),
    ('ignore', None, PendingDeprecationWarning, None, 0),
    ('ignore', None, ImportWarning, None, 0),
    ('ignore', None, ResourceWarning, None, 0),
]
defaultaction = 'default'
onceregistry = {}
_filters_version = 0


def _filters_mutated():
    global _filters_version
    _filters_version += 1


class WarningMessage(object):
    _WARNING_DETAILS = ('message', 'category', 'filename', 'lineno', 'file', 'line', 'source')

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        # One attribute per detail, in _WARNING_DETAILS' order (vars() shows them so).
        details = (message, category, filename, lineno, file, line, source)
        for name, value in zip(self._WARNING_DETAILS, details):
            setattr(self, name, value)
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ('{message : %r, category : %r, filename : %r, lineno : %s, line : %r}'
                % (self.message, self._category_name, self.filename, self.lineno, self.line))

    if _V >= (3, 14):
        def __repr__(self):
            return f'<{type(self).__qualname__} {self}>'


def _format(msg):
    category = msg.category.__name__
    text = f'{msg.filename}:{msg.lineno}: {category}: {msg.message}\n'
    line = _warnings_native.getline(msg.filename, msg.lineno) if msg.line is None else msg.line
    if line:
        text += '  ' + line.strip() + '\n'
    return text


def formatwarning(message, category, filename, lineno, line=None):
    return _format(WarningMessage(message, category, filename, lineno, None, line))


def _showwarnmsg_impl(msg):
    target = msg.file
    if target is None:
        target = sys.stderr
        if target is not None and target is sys.__stderr__:
            # The real stderr: the host prints the warning itself.
            _warnings_native.show(f'{msg.category.__name__}: {msg.message}', msg.filename, msg.lineno)
            return
    if target is not None:
        try:
            target.write(_formatwarnmsg(msg))
        except OSError:
            pass


def showwarning(message, category, filename, lineno, file=None, line=None):
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, file, line))


_showwarning_orig = showwarning
_formatwarning_orig = formatwarning


def _showwarnmsg(msg):
    sw = showwarning
    if sw is not _showwarning_orig:
        if not callable(sw):
            raise TypeError('warnings.showwarning() must be set to a function or method')
        sw(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


def _formatwarnmsg(msg):
    fw = formatwarning
    if fw is not _formatwarning_orig:
        return fw(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    return _format(msg)


def _require(ok, error, text):
    # Before 3.13 the checks were asserts.
    if not ok:
        raise (error if _V >= (3, 13) else AssertionError)(text)


def _check_action(action):
    _require(action in _ACTIONS, ValueError, f'invalid action: {action!r}')


def _check_lineno(lineno):
    if _V < (3, 13):
        _require(isinstance(lineno, int) and lineno >= 0, None, 'lineno must be an int >= 0')
    _require(isinstance(lineno, int), TypeError, 'lineno must be an int')
    _require(lineno >= 0, ValueError, 'lineno must be an int >= 0')


def filterwarnings(action, message='', category=Warning, module='', lineno=0, append=False):
    _check_action(action)
    _require(isinstance(message, str), TypeError, 'message must be a string')
    if _V < (3, 13):
        _require(isinstance(category, type), None, 'category must be a class')
    _require(isinstance(category, type) and issubclass(category, Warning), TypeError,
             'category must be a Warning subclass')
    _require(isinstance(module, str), TypeError, 'module must be a string')
    _check_lineno(lineno)
    if message or module:
        import re
    _add_filter(action, re.compile(message, re.I) if message else None, category,
                re.compile(module) if module else None, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    _check_action(action)
    _check_lineno(lineno)
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    if append:
        if item not in filters:
            filters.append(item)
    else:
        if item in filters:
            filters.remove(item)
        filters.insert(0, item)
    _filters_mutated()


def resetwarnings():
    filters[:] = []
    _filters_mutated()


def _category_of(message, category):
    if isinstance(message, Warning):
        return message.__class__
    if category is None:
        return UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError(f"category must be a Warning subclass, not '{type(category).__name__}'")
    return category


def _warn(message, category, stacklevel, source, skip_file_prefixes):
    if not isinstance(stacklevel, int):
        raise TypeError(f"'{type(stacklevel).__name__}' object cannot be interpreted as an integer")
    category = _category_of(message, category)
    if skip_file_prefixes:
        stacklevel = max(2, stacklevel)
    filename, lineno, module, registry = _warnings_native.context(stacklevel, skip_file_prefixes)
    warn_explicit(message, category, filename, lineno, module, registry, None, source)


if _V >= (3, 12):
    def warn(message, category=None, stacklevel=1, source=None, *, skip_file_prefixes=()):
        if not isinstance(skip_file_prefixes, tuple):
            raise TypeError("warn() argument 'skip_file_prefixes' must be tuple, not "
                            + type(skip_file_prefixes).__name__)
        _warn(message, category, stacklevel, source, skip_file_prefixes)
else:
    def warn(message, category=None, stacklevel=1, source=None):
        _warn(message, category, stacklevel, source, ())


def _matches(pattern, text):
    if pattern is None:
        return True
    if isinstance(pattern, str):
        return pattern == text
    return pattern.match(text)


def _action_for(text, category, module, lineno):
    for item in filters:
        action, msg, cat, mod, ln = item
        if _matches(msg, text) and issubclass(category, cat) and _matches(mod, module) and (ln == 0 or ln == lineno):
            return action, item
    return defaultaction, None


def _already_warned(registry, key, remember):
    # A registry remembers warnings for one version of the filters: a change to them empties it.
    if registry.get('version') != _filters_version:
        registry.clear()
        registry['version'] = _filters_version
    elif registry.get(key):
        return True
    if remember:
        registry[key] = True
    return False


def warn_explicit(message, category, filename, lineno, module=None, registry=None, module_globals=None,
                  source=None):
    lineno = int(lineno)
    if module is None:
        module = filename or '<unknown>'
        if module[-3:].lower() == '.py':
            module = module[:-3]
    # A Warning instance brings its own category; a text is made into one of the category given.
    if isinstance(message, Warning):
        text, category = str(message), message.__class__
    else:
        text, message = message, category(message)
    key = (text, category, lineno)
    if registry is not None and _already_warned(registry, key, False):
        return
    action, item = _action_for(text, category, module, lineno)
    if action == 'error':
        raise message
    if action == 'ignore':
        return
    if action not in ('always', 'all'):
        # "default": once per location; "once" and "module": once per text and category in the
        # module's registry ("once" without one: in onceregistry).
        if registry is not None:
            registry[key] = True
        if action == 'once':
            if _already_warned(onceregistry if registry is None else registry, (text, category), True):
                return
        elif action == 'module':
            if registry is not None and _already_warned(registry, (text, category), True):
                return
        elif action != 'default':
            raise RuntimeError(f'Unrecognized action ({action!r}) in warnings.filters:\n {item!r}')
    _showwarnmsg(WarningMessage(message, category, filename, lineno, source=source))


def _warn_unawaited(qualname, lineno, created_at):
    # CPython's own warning for a coroutine dropped without being awaited (`created_at`: where it
    # was made, when origin tracking was on then).
    filename, lineno, module, registry = _warnings_native.unawaited_context(lineno)
    warn_explicit(f"coroutine '{qualname}' was never awaited{created_at}", RuntimeWarning, filename, lineno, module,
                  registry)


_warnings_native.take_unawaited(_warn_unawaited)


class catch_warnings(object):
    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._module = sys.modules['warnings'] if module is None else module
        self._entered = False
        self._filter = None if action is None else (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append('record=True')
        if self._module is not sys.modules['warnings']:
            args.append('module=%r' % self._module)
        return '%s(%s)' % (type(self).__name__, ', '.join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError('Cannot enter %r twice' % self)
        self._entered = True
        m = self._module
        self._filters = m.filters
        m.filters = self._filters[:]
        m._filters_mutated()
        self._showwarning = m.showwarning
        self._showwarnmsg_impl = m._showwarnmsg_impl
        if self._filter is not None:
            m.simplefilter(*self._filter)
        if not self._record:
            return None
        log = []
        m._showwarnmsg_impl = log.append
        m.showwarning = m._showwarning_orig
        return log

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError('Cannot exit %r without entering first' % self)
        m = self._module
        m.filters = self._filters
        m._filters_mutated()
        m.showwarning = self._showwarning
        m._showwarnmsg_impl = self._showwarnmsg_impl


if _V >= (3, 13):
    from _deprecated import deprecated
    __all__.append('deprecated')

# warn and warn_explicit are the C _warnings' functions; 3.14 keeps the rest in _py_warnings.
for _name, _value in list(globals().items()):
    if isinstance(_value, type) or callable(_value) and hasattr(_value, '__code__'):
        if getattr(_value, '__module__', None) == 'warnings':
            if _name in ('warn', 'warn_explicit'):
                _value.__module__ = '_warnings'
            elif _V >= (3, 14):
                _value.__module__ = '_py_warnings'
del _name, _value

# warn and warn_explicit are C functions of _warnings: `<built-in function warn>`.
from _stdlib_native import c_functions as _c_functions
_c_functions('_warnings', globals(), 'warn warn_explicit')
del _c_functions
