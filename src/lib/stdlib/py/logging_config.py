# `logging.config.dictConfig`: formatters, filters, handlers (a class such as logging.StreamHandler
# or a '()' factory; ext:// values such as ext://sys.stdout), loggers and root, with
# disable_existing_loggers. fileConfig, listen and incremental configuration are not simulated.

import logging
import sys

__all__ = ['dictConfig']


def _resolve(name):
    # A dotted name: its first part imported, then attributes, importing a submodule where an
    # attribute is missing (as logging.config's BaseConfigurator.resolve does).
    parts = name.split('.')
    used = parts.pop(0)
    try:
        found = __import__(used)
        for frag in parts:
            used += '.' + frag
            try:
                found = getattr(found, frag)
            except AttributeError:
                __import__(used)
                found = getattr(found, frag)
        return found
    except ImportError as e:
        raise ValueError('Cannot resolve %r: %s' % (name, e)) from e


def _convert(value):
    if isinstance(value, str) and value.startswith('ext://'):
        return _resolve(value[6:])
    return value


def _factory(spec, kind):
    spec = dict(spec)
    make = spec.pop('()')
    if isinstance(make, str):
        make = _resolve(make)
    props = spec.pop('.', None)
    kwargs = {k: _convert(v) for k, v in spec.items()}
    result = make(**kwargs)
    if props:
        for name, value in props.items():
            setattr(result, name, value)
    return result


def _formatter(spec):
    if '()' in spec:
        return _factory(spec, 'formatter')
    fmt = spec.get('format', None)
    dfmt = spec.get('datefmt', None)
    style = spec.get('style', '%')
    cls = spec.get('class', None)
    c = logging.Formatter if not cls else _resolve(cls)
    kwargs = {}
    if 'validate' in spec:
        kwargs['validate'] = spec['validate']
    if 'defaults' in spec:
        kwargs['defaults'] = spec['defaults']
    return c(fmt, dfmt, style, **kwargs)


def _filter(spec):
    if '()' in spec:
        return _factory(spec, 'filter')
    return logging.Filter(spec.get('name', ''))


def _add_filters(target, names, filters):
    for f in names:
        try:
            target.addFilter(filters[f])
        except KeyError as e:
            raise ValueError('Unable to add filter %r' % f) from e


def _handler(spec, formatters, filters):
    spec = dict(spec)
    formatter = spec.pop('formatter', None)
    level = spec.pop('level', None)
    flist = spec.pop('filters', None)
    if '()' in spec:
        result = _factory(spec, 'handler')
    else:
        cname = spec.pop('class')
        klass = _resolve(cname) if isinstance(cname, str) else cname
        props = spec.pop('.', None)
        kwargs = {k: _convert(v) for k, v in spec.items()}
        result = klass(**kwargs)
        if props:
            for name, value in props.items():
                setattr(result, name, value)
    if formatter:
        try:
            result.setFormatter(formatters[formatter])
        except KeyError as e:
            raise ValueError('Unable to set formatter %r' % formatter) from e
    if level is not None:
        result.setLevel(logging._checkLevel(level))
    if flist:
        _add_filters(result, flist, filters)
    return result


def _configure_logger(logger, spec, handlers, filters):
    level = spec.get('level', None)
    if level is not None:
        logger.setLevel(logging._checkLevel(level))
    for h in logger.handlers[:]:
        logger.removeHandler(h)
    for name in spec.get('handlers', None) or ():
        try:
            logger.addHandler(handlers[name])
        except KeyError as e:
            raise ValueError('Unable to add handler %r' % name) from e
    if spec.get('filters'):
        _add_filters(logger, spec['filters'], filters)


def dictConfig(config):
    if 'version' not in config:
        raise ValueError("dictionary doesn't specify a version")
    if config['version'] != 1:
        raise ValueError('Unsupported version: %s' % config['version'])
    if config.get('incremental', False):
        raise NotImplementedError('incremental logging configuration is not simulated in Loopline')
    disable_existing = config.get('disable_existing_loggers', True)
    logging._handlers.clear()
    del logging._handlerList[:]

    formatters = {}
    for name, spec in config.get('formatters', {}).items():
        try:
            formatters[name] = _formatter(spec)
        except Exception as e:
            raise ValueError('Unable to configure formatter %r' % name) from e
    filters = {}
    for name, spec in config.get('filters', {}).items():
        try:
            filters[name] = _filter(spec)
        except Exception as e:
            raise ValueError('Unable to configure filter %r' % name) from e
    handlers = {}
    for name in sorted(config.get('handlers', {})):
        try:
            h = _handler(config['handlers'][name], formatters, filters)
            h.name = name
            handlers[name] = h
        except Exception as e:
            raise ValueError('Unable to configure handler %r' % name) from e

    root = logging.root
    existing = sorted(root.manager.loggerDict.keys())
    child_loggers = []
    loggers = config.get('loggers', {})
    for name in loggers:
        if name in existing:
            i = existing.index(name) + 1
            prefixed = name + '.'
            pflen = len(prefixed)
            num_existing = len(existing)
            while i < num_existing:
                if existing[i][:pflen] == prefixed:
                    child_loggers.append(existing[i])
                i += 1
            existing.remove(name)
        try:
            logger = logging.getLogger(name)
            _configure_logger(logger, loggers[name], handlers, filters)
            propagate = loggers[name].get('propagate', None)
            if propagate is not None:
                logger.propagate = propagate
        except Exception as e:
            raise ValueError('Unable to configure logger %r' % name) from e
    for log in existing:
        logger = root.manager.loggerDict[log]
        if log in child_loggers:
            if not isinstance(logger, logging.PlaceHolder):
                logger.setLevel(logging.NOTSET)
                logger.handlers = []
                logger.propagate = True
        elif disable_existing and isinstance(logger, logging.Logger):
            logger.disabled = True
    if 'root' in config:
        try:
            _configure_logger(root, config['root'], handlers, filters)
        except Exception as e:
            raise ValueError('Unable to configure root logger') from e
    for name in loggers:
        logging.getLogger(name).disabled = False
