# `contextlib` as CPython 3.13 documents it: contextmanager / asynccontextmanager (also usable as decorators),
# suppress, nullcontext, closing, aclosing, redirect_stdout, redirect_stderr, chdir, ExitStack, AsyncExitStack.

import sys as _sys
from _collections_deque import deque as _deque

__all__ = ['asynccontextmanager', 'contextmanager', 'closing', 'nullcontext',
           'AbstractContextManager', 'AbstractAsyncContextManager',
           'AsyncExitStack', 'ContextDecorator', 'ExitStack', 'redirect_stdout', 'redirect_stderr',
           'suppress', 'aclosing', 'chdir']


def _copy_name(wrapper, wrapped):
    for attr in ('__module__', '__name__', '__qualname__', '__doc__'):
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            continue
        try:
            setattr(wrapper, attr, value)
        except (AttributeError, TypeError):
            pass
    try:
        wrapper.__wrapped__ = wrapped
    except (AttributeError, TypeError):
        pass
    return wrapper


class AbstractContextManager:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        return None

    def __class_getitem__(cls, item):
        return type(list[int])(cls, item)


class AbstractAsyncContextManager:
    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc_value, traceback):
        return None

    def __class_getitem__(cls, item):
        return type(list[int])(cls, item)


class ContextDecorator:
    def _recreate_cm(self):
        return self

    def __call__(self, func):
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return _copy_name(inner, func)


class AsyncContextDecorator:
    def _recreate_cm(self):
        return self

    def __call__(self, func):
        async def inner(*args, **kwds):
            async with self._recreate_cm():
                return await func(*args, **kwds)
        return _copy_name(inner, func)


class _GeneratorContextManagerBase:
    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func = func
        self.args = args
        self.kwds = kwds
        doc = getattr(func, '__doc__', None)
        # Without one of its own, the object shows its class's docstring; that is CPython's text,
        # which the class reads as not simulated, so it is left to the class.
        if doc is not None:
            self.__doc__ = doc

    def _recreate_cm(self):
        return self.__class__(self.func, self.args, self.kwds)


class _GeneratorContextManager(_GeneratorContextManagerBase, AbstractContextManager, ContextDecorator):
    def __enter__(self):
        # The generator cannot be restarted: forget how to recreate it.
        del self.args, self.kwds, self.func
        try:
            first = next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None
        return first

    def __exit__(self, typ, value, traceback):
        gen = self.gen
        if typ is None:
            # A clean exit: the generator must end at its next step.
            try:
                next(gen)
            except StopIteration:
                return False
            complaint = "generator didn't stop"
        else:
            if value is None:
                value = typ()
            try:
                gen.throw(value)
            except StopIteration as exc:
                # The generator swallowed the exception (or it was a StopIteration from the body).
                return exc is not value
            except RuntimeError as exc:
                # PEP 479: a StopIteration from the body comes back wrapped in RuntimeError.
                if exc is value or (isinstance(value, StopIteration) and exc.__cause__ is value):
                    return False
                raise
            except BaseException as exc:
                if exc is value:
                    return False
                raise
            complaint = "generator didn't stop after throw()"
        try:
            raise RuntimeError(complaint)
        finally:
            gen.close()


class _AsyncGeneratorContextManager(_GeneratorContextManagerBase, AbstractAsyncContextManager, AsyncContextDecorator):
    async def __aenter__(self):
        # As in the plain one: a single use.
        del self.args, self.kwds, self.func
        try:
            first = await anext(self.gen)
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None
        return first

    async def __aexit__(self, typ, value, traceback):
        gen = self.gen
        if typ is None:
            try:
                await anext(gen)
            except StopAsyncIteration:
                return False
            complaint = "generator didn't stop"
        else:
            if value is None:
                value = typ()
            try:
                await gen.athrow(value)
            except StopAsyncIteration as exc:
                return exc is not value
            except RuntimeError as exc:
                wrapped = isinstance(value, (StopIteration, StopAsyncIteration)) and exc.__cause__ is value
                if exc is value or wrapped:
                    return False
                raise
            except BaseException as exc:
                if exc is value:
                    return False
                raise
            complaint = "generator didn't stop after athrow()"
        try:
            raise RuntimeError(complaint)
        finally:
            await gen.aclose()


def contextmanager(func):
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return _copy_name(helper, func)


def asynccontextmanager(func):
    def helper(*args, **kwds):
        return _AsyncGeneratorContextManager(func, args, kwds)
    return _copy_name(helper, func)


class closing(AbstractContextManager):
    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class aclosing(AbstractAsyncContextManager):
    def __init__(self, thing):
        self.thing = thing

    async def __aenter__(self):
        return self.thing

    async def __aexit__(self, *exc_info):
        await self.thing.aclose()


class _RedirectStream(AbstractContextManager):
    # Puts new_target in sys.<_stream> for the block (nested uses restore in turn).
    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        self._old_targets = []

    def __enter__(self):
        import sys
        self._old_targets.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        import sys
        setattr(sys, self._stream, self._old_targets.pop())


class redirect_stdout(_RedirectStream):
    _stream = 'stdout'


class redirect_stderr(_RedirectStream):
    _stream = 'stderr'


# 3.12 taught suppress to take the exceptions it catches out of an exception group.
_SUPPRESS_SPLITS_GROUPS = _sys.version_info >= (3, 12)


class suppress(AbstractContextManager):
    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __exit__(self, exctype, excinst, exctb):
        if exctype is None:
            return None
        caught = self._exceptions
        if issubclass(exctype, caught):
            return True
        if not _SUPPRESS_SPLITS_GROUPS or not issubclass(exctype, BaseExceptionGroup):
            return False
        # A group: the part suppress does not catch goes on as a group of its own.
        _, left = excinst.split(caught)
        if left is not None:
            raise left
        return True

    def __enter__(self):
        pass


class nullcontext(AbstractContextManager, AbstractAsyncContextManager):
    # A stand-in for an optional context manager, with or without async: the block gets
    # enter_result, and leaving it does nothing.
    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __exit__(self, *excinfo):
        return None

    def __enter__(self):
        return self.enter_result

    async def __aexit__(self, *excinfo):
        return None

    async def __aenter__(self):
        return self.enter_result


class chdir(AbstractContextManager):
    # Changes the working directory for the block, and back after it (nested uses stack).

    def __init__(self, path):
        self.path = path
        self._old_cwd = []

    def __enter__(self):
        import os
        self._old_cwd.append(os.getcwd())
        os.chdir(self.path)

    def __exit__(self, *excinfo):
        import os
        os.chdir(self._old_cwd.pop())


def _type_label(cls):
    return f'{cls.__module__}.{cls.__qualname__}'


def _link_context(new_exc, old_exc, outer):
    """A callback's exception should chain to the one the previous callback left (old_exc): its
    implicit context, set by Python, ends at the exception the stack's caller was handling (outer),
    so the chain is followed to that point and old_exc put there. With no old_exc that is None:
    the first failure of a stack whose body ended normally loses the outer exception from its
    chain, as in CPython."""
    link = new_exc
    while True:
        context = link.__context__
        if context is None or context is old_exc:
            return
        if context is outer:
            break
        link = context
    link.__context__ = old_exc


def _raise_keeping_context(exc):
    # raising sets __context__ to the exception being handled: put back the chain built above
    context = exc.__context__
    try:
        raise exc
    except BaseException:
        exc.__context__ = context
        raise


class _BaseExitStack:
    def __init__(self):
        self._exit_callbacks = _deque()

    def pop_all(self):
        new_stack = type(self)()
        new_stack._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = _deque()
        return new_stack

    def push(self, exit):
        cls = type(exit)
        try:
            exit_method = cls.__exit__
        except AttributeError:
            self._exit_callbacks.append((True, exit))
        else:
            self._push_cm_exit(exit, exit_method)
        return exit

    def enter_context(self, cm):
        cls = type(cm)
        try:
            enter = cls.__enter__
            exit = cls.__exit__
        except AttributeError:
            raise TypeError(f"'{_type_label(cls)}' object does not support the "
                            f"context manager protocol") from None
        result = enter(cm)
        self._push_cm_exit(cm, exit)
        return result

    def callback(self, callback, /, *args, **kwds):
        def _exit_wrapper(exc_type, exc, tb):
            callback(*args, **kwds)
        _exit_wrapper.__wrapped__ = callback
        self._exit_callbacks.append((True, _exit_wrapper))
        return callback

    def _push_cm_exit(self, cm, cm_exit):
        def _exit_wrapper(exc_type, exc, tb):
            return cm_exit(cm, exc_type, exc, tb)
        _exit_wrapper.__self__ = cm
        self._exit_callbacks.append((True, _exit_wrapper))


class ExitStack(_BaseExitStack, AbstractContextManager):
    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        received = exc_details[0] is not None
        exc = exc_details[1]
        outer = _sys.exc_info()[1]  # what the with statement was handling when it called us
        suppressed = False
        pending = False
        while self._exit_callbacks:
            is_sync, cb = self._exit_callbacks.pop()
            try:
                if exc is None:
                    details = (None, None, None)
                else:
                    details = (type(exc), exc, exc.__traceback__)
                if cb(*details):
                    suppressed = True
                    pending = False
                    exc = None
            except BaseException as new_exc:
                _link_context(new_exc, exc, outer)
                pending = True
                exc = new_exc
        if pending:
            _raise_keeping_context(exc)
        return received and suppressed

    def close(self):
        self.__exit__(None, None, None)


class AsyncExitStack(_BaseExitStack, AbstractAsyncContextManager):
    async def enter_async_context(self, cm):
        cls = type(cm)
        try:
            enter = cls.__aenter__
            exit = cls.__aexit__
        except AttributeError:
            raise TypeError(f"'{_type_label(cls)}' object does not support the "
                            f"asynchronous context manager protocol") from None
        result = await enter(cm)
        self._push_async_cm_exit(cm, exit)
        return result

    def push_async_exit(self, exit):
        cls = type(exit)
        try:
            exit_method = cls.__aexit__
        except AttributeError:
            self._exit_callbacks.append((False, exit))
        else:
            self._push_async_cm_exit(exit, exit_method)
        return exit

    def push_async_callback(self, callback, /, *args, **kwds):
        async def _exit_wrapper(exc_type, exc, tb):
            await callback(*args, **kwds)
        _exit_wrapper.__wrapped__ = callback
        self._exit_callbacks.append((False, _exit_wrapper))
        return callback

    def _push_async_cm_exit(self, cm, cm_exit):
        async def _exit_wrapper(exc_type, exc, tb):
            return await cm_exit(cm, exc_type, exc, tb)
        _exit_wrapper.__self__ = cm
        self._exit_callbacks.append((False, _exit_wrapper))

    async def aclose(self):
        await self.__aexit__(None, None, None)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_details):
        received = exc_details[0] is not None
        exc = exc_details[1]
        outer = _sys.exc_info()[1]  # what the with statement was handling when it called us
        suppressed = False
        pending = False
        while self._exit_callbacks:
            is_sync, cb = self._exit_callbacks.pop()
            try:
                if exc is None:
                    details = (None, None, None)
                else:
                    details = (type(exc), exc, exc.__traceback__)
                if is_sync:
                    cb_suppress = cb(*details)
                else:
                    cb_suppress = await cb(*details)
                if cb_suppress:
                    suppressed = True
                    pending = False
                    exc = None
            except BaseException as new_exc:
                _link_context(new_exc, exc, outer)
                pending = True
                exc = new_exc
        if pending:
            _raise_keeping_context(exc)
        return received and suppressed

