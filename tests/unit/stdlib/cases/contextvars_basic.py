import contextvars
from contextvars import ContextVar, copy_context

request_id = ContextVar('request_id', default='-')
user = ContextVar('user')
print(request_id.name, request_id.get(), user.get('anon'))
try:
    user.get()
except LookupError as e:
    print('LookupError', type(e.args[0]).__name__, e.args[0].name)
t = user.set('kim')
print(user.get(), t.var is user, t.old_value is contextvars.Token.MISSING, repr(contextvars.Token.MISSING))
t2 = user.set('lee')
print(user.get(), t2.old_value)
user.reset(t2)
print(user.get())
try:
    user.reset(t2)
except RuntimeError as e:
    print('RuntimeError', str(e).split(' var=')[0])
try:
    request_id.reset(t)
except ValueError as e:
    print('ValueError', str(e).split('>')[-1])

ctx = copy_context()
print(type(ctx).__name__, type(ctx).__module__, user in ctx, request_id in ctx, ctx[user], len(ctx), ctx.get(request_id, 'none'))
print(sorted(v.name for v in ctx), [v.name for v in ctx.keys()], list(ctx.values()))


def inside(x):
    user.set('inside-' + x)
    request_id.set('r1')
    return user.get(), request_id.get()


print(ctx.run(inside, 'a'), user.get(), request_id.get(), ctx[user], ctx[request_id])
try:
    ctx[ContextVar('other')]
except KeyError as e:
    print('KeyError', type(e.args[0]).__name__)


def nested():
    return ctx.run(lambda: 1)


try:
    ctx.run(nested)
except RuntimeError as e:
    print('RuntimeError', str(e).split(':')[0])
try:
    user.reset(t)
except ValueError as e:
    print('ok reset in other context?', e)
print(user.get('gone'))
empty = contextvars.Context()
print(len(empty), empty.run(user.get, 'in-empty'))
try:
    ContextVar(3)
except TypeError as e:
    print(e)
