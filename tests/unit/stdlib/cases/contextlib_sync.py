import contextlib, asyncio
class X: pass
try:
    contextlib.ExitStack().enter_context(X())
except Exception as e: print(e)
async def m():
    try:
        await contextlib.AsyncExitStack().enter_async_context(X())
    except Exception as e: print(e)
asyncio.run(m())
@contextlib.contextmanager
def f(n=1):
    print('enter', n)
    try:
        yield n
    finally:
        print('exit', n)
print(f.__name__)
with f() as a, f(2) as b: print(a, b)
try:
  with f() as a, f() as b: raise StopIteration(3)
except BaseException as e: print(repr(e))
@contextlib.contextmanager
def g():
    if 0: yield
try:
  with g(): pass
except BaseException as e: print(repr(e))
@contextlib.contextmanager
def h():
    yield
    yield
try:
  with h(): pass
except BaseException as e: print(repr(e))
try:
  with h(): 1/0
except BaseException as e: print(repr(e))
@contextlib.contextmanager
def swallow():
    try:
        yield
    except ValueError as e:
        print('swallowed', e)
with swallow():
    raise ValueError('x')
print('after')
@f(7)
def deco(x):
    print('in deco', x)
    return x * 2
print(deco(4), deco.__name__)
with contextlib.suppress(KeyError, ValueError):
    {}['a']
print('suppressed')
with contextlib.nullcontext(5) as v: print(v)
class R:
    def close(self): print('closed')
with contextlib.closing(R()) as r: print(type(r).__name__)
with contextlib.ExitStack() as st:
    st.callback(print, 'cb1')
    st.enter_context(f(10))
    st.callback(print, 'cb2', end='!\n')
    st.push(lambda *a: print('push', a[0]))
print('---')
try:
    with contextlib.ExitStack() as st:
        st.callback(print, 'cleanup')
        st.enter_context(swallow())
        raise ValueError('inner')
except Exception as e:
    print('escaped', e)
try:
    with contextlib.ExitStack() as st:
        st.callback(lambda: 1/0)
        raise ValueError('first')
except Exception as e:
    print('escaped', repr(e), repr(e.__context__))
