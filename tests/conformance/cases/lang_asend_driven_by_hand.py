# An async generator's asend/athrow/__anext__ objects driven by hand (send, throw, next), as a
# coroutine runner drives them: a value sent in, a throw into one not yet started (the generator's
# finally runs), StopIteration carrying what the generator yielded, StopAsyncIteration at its end.
async def ag():
    try:
        x = yield 1
        print('got', x)
        yield 2
    except KeyError as e:
        print('caught', repr(e))
        yield 'k'
    finally:
        print('fin')
a = ag()
s = a.asend(None)
try: s.send(None)
except StopIteration as e: print('yielded', e.value)
s = a.asend('hello')
try: s.send(None)
except StopIteration as e: print('yielded', e.value)
t = a.athrow(KeyError('z'))
try: t.send(None)
except StopIteration as e: print('athrow gave', e.value)
n = a.__anext__()
try: n.send(None)
except StopAsyncIteration: print('exhausted')
b = ag()
s = b.asend(None)
try: next(s)
except StopIteration as e: print('next', e.value)
s2 = b.asend(None)
try: s2.throw(ValueError('v'))
except ValueError as e: print('propagated', e)
