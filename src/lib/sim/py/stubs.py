# Stand-ins for the names of CPython's asyncio that Loopline does not simulate (its event loop
# policies, child watchers, BufferedProtocol, ...): asyncio, its submodules and `from asyncio import *`
# have every name CPython's have, and using one says it is not simulated (module.ts makes them:
# `module` is where CPython defines it, `what` the name the error gives it).


class SendfileNotAvailableError(RuntimeError):
    __module__ = 'asyncio.exceptions'


def _stub(module, name, kind, base, what):
    if kind in ('class', 'exception'):
        def __new__(cls, *args, **kwargs):
            _not_simulated(f'{what} is not simulated in Loopline')

        cls = type(name, (object,) if base is None else (base,), {'__new__': __new__})
        cls.__qualname__ = name
        cls.__module__ = module
        return cls

    def stub(*args, **kwargs):
        _not_simulated(f'{what} is not simulated in Loopline')

    stub.__name__ = stub.__qualname__ = name
    stub.__module__ = module
    return stub
