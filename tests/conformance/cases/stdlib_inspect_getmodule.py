import inspect
import sys
import asyncio
import json
import collections


def f():
    return inspect.currentframe()


class K:
    def m(self):
        pass


async def co():
    pass


print(inspect.getmodule(f) is sys.modules['__main__'])
print(inspect.getmodule(K).__name__, inspect.getmodule(K()).__name__, inspect.getmodule(K.m).__name__)
print(inspect.getmodule(f.__code__).__name__)
print(inspect.getmodule(f()).__name__)
print(inspect.getmodule(len), inspect.getmodule(json) is json)
print(inspect.getmodule(json.dumps).__name__, inspect.getmodule(collections.OrderedDict).__name__)
print(inspect.getmodule(5), inspect.getmodule('x'), inspect.getmodule(None))
print(inspect.getmodule(ValueError), inspect.getmodule(ValueError('x')))
c = co()
print(inspect.getmodule(c))
c.close()
try:
    raise KeyError(1)
except KeyError as e:
    print(inspect.getmodule(e.__traceback__).__name__)
print(inspect.getmodule(lambda: 0).__name__)
