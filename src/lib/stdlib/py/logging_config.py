# `logging.config.dictConfig`: formatters, filters, handlers (a class such as logging.StreamHandler
# or a '()' factory; ext:// values such as ext://sys.stdout; a MemoryHandler's target by name),
# loggers and root, with disable_existing_loggers. fileConfig, listen and incremental
# configuration are not simulated.

import logging
import logging.handlers
import sys

__all__ = ['dictConfig']

_ASCII_WORD = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_')


def _keyword(key):
    # A key passed on as a keyword argument must be an ASCII identifier.
    if not key or key[0].isdigit() or not _ASCII_WORD.issuperset(key):
        raise ValueError('Not a valid Python identifier: %r' % key)
    return key


def _import_dotted(name):
    # The first part imported, then attributes, importing a submodule where one is missing.
    head, *rest = name.split('.')
    obj = __import__(head)
    for part in rest:
        head = head + '.' + part
        if not hasattr(obj, part):
            __import__(head)
        obj = getattr(obj, part)
    return obj


def _lookup(name):
    # As the configurator resolves '()' and ext:// names: an import failure says which name.
    try:
        return _import_dotted(name)
    except ImportError as e:
        raise ValueError('Cannot resolve %r: %s' % (name, e)) from e


def _converted(value):
    if isinstance(value, str) and value.startswith('ext://'):
        return _lookup(value[len('ext://'):])
    return value


def _call_with(factory, spec, extra=None):
    # factory(**keys of spec), '.' excluded; then the '.' entries set as attributes.
    kwargs = {_keyword(k): _converted(v) for k, v in spec.items() if k != '.'}
    made = factory(**kwargs)
    for attr, value in (extra or {}).items():
        setattr(made, attr, value)
    return made


def _custom(spec):
    spec = dict(spec)
    factory = spec.pop('()')
    if not callable(factory):
        factory = _lookup(factory)
    props = spec.pop('.', None)
    return _call_with(factory, spec, props)


def _formatter(spec):
    if '()' not in spec:
        cname = spec.get('class')
        cls = _import_dotted(cname) if cname else logging.Formatter
        positional = [spec.get('format'), spec.get('datefmt'), spec.get('style', '%')]
        if 'validate' in spec:
            positional.append(spec['validate'])
        keywords = {}
        if sys.version_info >= (3, 12) and spec.get('defaults') is not None:
            keywords['defaults'] = spec['defaults']
        return cls(*positional, **keywords)
    try:
        return _custom(spec)
    except TypeError as e:
        # a factory that takes fmt= rather than format=
        if "'format'" not in str(e):
            raise
        spec = dict(spec)
        spec['fmt'] = spec.pop('format')
        return _custom(spec)


def _filter(spec):
    return _custom(spec) if '()' in spec else logging.Filter(spec.get('name', ''))


def _attach(target, names, table, what):
    # target.addFilter / target.addHandler for each named entry of `table`
    for name in names:
        try:
            getattr(target, 'add' + what.capitalize())(table[name])
        except Exception as e:
            raise ValueError('Unable to add %s %r' % (what, name)) from e


class _NotYet(Exception):
    # a MemoryHandler whose target handler comes later in the (sorted) order
    pass


def _handler(spec, built, formatters, filters):
    spec = dict(spec)
    fname = spec.pop('formatter', None)
    formatter = None
    if fname:
        try:
            formatter = formatters[fname]
        except Exception as e:
            raise ValueError('Unable to set formatter %r' % fname) from e
    level = spec.pop('level', None)
    flist = spec.pop('filters', None)
    if '()' in spec:
        factory = spec.pop('()')
        if not callable(factory):
            factory = _lookup(factory)
    else:
        factory = spec.pop('class')
        if sys.version_info < (3, 12) or not callable(factory):
            # a class object itself is taken from 3.12 on
            factory = _lookup(factory)
        if issubclass(factory, logging.handlers.MemoryHandler) and 'target' in spec:
            tname = spec['target']
            try:
                if not isinstance(built.get(tname), logging.Handler):
                    raise _NotYet('target not configured yet')
                spec['target'] = built[tname]
            except Exception as e:
                raise ValueError('Unable to set target handler %r' % tname) from e
    props = spec.pop('.', None)
    made = _call_with(factory, spec)
    if formatter:
        made.setFormatter(formatter)
    if level is not None:
        made.setLevel(logging._checkLevel(level))
    if flist:
        _attach(made, flist, filters, 'filter')
    for attr, value in (props or {}).items():
        setattr(made, attr, value)
    return made


def _handlers(specs, formatters, filters):
    # In name order; a MemoryHandler waiting for its target is made after the others.
    built = {}
    waiting = []
    for name in sorted(specs):
        try:
            built[name] = _handler(specs[name], built, formatters, filters)
            built[name].name = name
        except Exception as e:
            if isinstance(e.__cause__, _NotYet):
                waiting.append(name)
            else:
                raise ValueError('Unable to configure handler %r' % name) from e
    for name in waiting:
        try:
            built[name] = _handler(specs[name], built, formatters, filters)
            built[name].name = name
        except Exception as e:
            raise ValueError('Unable to configure handler %r' % name) from e
    return built


def _set_up(logger, spec, handlers, filters):
    # level, then handlers replaced by the named ones, then filters added
    level = spec.get('level', None)
    if level is not None:
        logger.setLevel(logging._checkLevel(level))
    for old in list(logger.handlers):
        logger.removeHandler(old)
    _attach(logger, spec.get('handlers') or (), handlers, 'handler')
    _attach(logger, spec.get('filters') or (), filters, 'filter')


def _built(kind, specs, make):
    table = {}
    for name, spec in specs.items():
        try:
            table[name] = make(spec)
        except Exception as e:
            raise ValueError('Unable to configure %s %r' % (kind, name)) from e
    return table


def dictConfig(config):
    if 'version' not in config:
        raise ValueError("dictionary doesn't specify a version")
    if config['version'] != 1:
        raise ValueError('Unsupported version: %s' % config['version'])
    if config.get('incremental', False):
        raise NotImplementedError('incremental logging configuration is not simulated in Loopline')
    disable_existing = config.get('disable_existing_loggers', True)
    # The handlers of any earlier configuration are forgotten, flushed and closed.
    logging._handlers.clear()
    logging.shutdown(list(logging._handlerList))
    logging._handlerList.clear()

    formatters = _built('formatter', config.get('formatters', {}), _formatter)
    filters = _built('filter', config.get('filters', {}), _filter)
    handlers = _handlers(config.get('handlers', {}), formatters, filters)

    manager = logging.root.manager
    untouched = sorted(manager.loggerDict)
    below_configured = set()
    loggers = config.get('loggers', {})
    for name, spec in loggers.items():
        if name in untouched:
            prefix = name + '.'
            below_configured.update(n for n in untouched if n.startswith(prefix))
            untouched.remove(name)
        try:
            logger = logging.getLogger(name)
            _set_up(logger, spec, handlers, filters)
            logger.disabled = False
            if spec.get('propagate', None) is not None:
                logger.propagate = spec['propagate']
        except Exception as e:
            raise ValueError('Unable to configure logger %r' % name) from e
    # Loggers that existed before: those below a configured one are reset to pass everything up;
    # the rest are disabled, or enabled again, as disable_existing_loggers says.
    for name in untouched:
        node = manager.loggerDict[name]
        if name not in below_configured:
            node.disabled = disable_existing
        elif not isinstance(node, logging.PlaceHolder):
            node.setLevel(logging.NOTSET)
            node.handlers = []
            node.propagate = True
    root_spec = config.get('root', None)
    if root_spec:
        try:
            _set_up(logging.root, root_spec, handlers, filters)
        except Exception as e:
            raise ValueError('Unable to configure root logger') from e
