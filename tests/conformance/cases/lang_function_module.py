# A function's __module__: the defining module's __name__ (the program's, a library module's, an exec namespace's or None without one), kept by functools.wraps, assignable.
import json, textwrap, copy, functools, asyncio
def f(): pass
class A:
    def m(self): pass
print(f.__module__, A.m.__module__, (lambda: 0).__module__)
print(json.dumps.__module__, textwrap.dedent.__module__, copy.deepcopy.__module__)
@functools.wraps(json.dumps)
def g(): pass
print(g.__module__, g.__name__)
f.__module__ = 'elsewhere'
print(f.__module__)
ns = {}
exec("def h(): pass", ns)
print(ns['h'].__module__)
exec("def h(): pass", {'__name__': 'plug'}, ns)
print(ns['h'].__module__)
