# inspect.signature for a validating decorator and a tiny dependency-injection container.
import inspect
import functools
from typing import get_type_hints


def validate(func):
    sig = inspect.signature(func)
    hints = get_type_hints(func)

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        bound = sig.bind(*args, **kwargs)
        bound.apply_defaults()
        for name, value in bound.arguments.items():
            expected = hints.get(name)
            param = sig.parameters[name]
            if param.kind is param.VAR_POSITIONAL:
                bad = [v for v in value if expected and not isinstance(v, expected)]
                if bad:
                    raise TypeError(f"*{name} items must be {expected.__name__}: {bad!r}")
            elif expected and isinstance(expected, type) and not isinstance(value, expected):
                raise TypeError(f"{name}={value!r} is not {expected.__name__}")
        return func(*args, **kwargs)

    return wrapper


@validate
def transfer(src: str, dst: str, amount: int, /, *notes: str, fee: int = 0, **meta) -> str:
    """Move money."""
    return f"{src}->{dst} {amount - fee} notes={notes} meta={meta}"


print(transfer("a", "b", 100, "x", fee=2, ref="r1"))
for args, kw in [(("a", "b", "100"), {}), (("a", "b", 1, 5), {}), (("a",), {}), (("a", "b", 1), {"src": "z"})]:
    try:
        transfer(*args, **kw)
    except TypeError as e:
        print("TypeError:", e)
sig = inspect.signature(transfer)
print(sig, transfer.__name__, transfer.__doc__, transfer.__wrapped__.__name__)
for name, prm in sig.parameters.items():
    print(f"  {name:7} {prm.kind.name:22} {prm.default if prm.default is not prm.empty else '-'!s:5} {prm.annotation}")
print(sig.return_annotation, str(sig.parameters["fee"]), repr(sig.parameters["notes"]))


def f(a, b=2, *, c, d=4):
    pass


s = inspect.signature(f)
ba = s.bind_partial(1, c=3)
print(ba, ba.args, ba.kwargs)
ba.apply_defaults()
print(ba.arguments)
print(s.replace(parameters=list(s.parameters.values())[:2]), s.parameters["c"].replace(default=9))
print(inspect.signature(lambda x, *y, z=1: 0), inspect.signature(functools.partial(f, 1, c=0)))


class Container:
    def __init__(self):
        self.providers = {}

    def provide(self, name, factory):
        self.providers[name] = factory

    def call(self, fn):
        kwargs = {}
        for pname, prm in inspect.signature(fn).parameters.items():
            if pname in self.providers:
                kwargs[pname] = self.call(self.providers[pname])
            elif prm.default is inspect.Parameter.empty:
                raise LookupError(f"no provider for {pname!r} needed by {fn.__name__}")
        return fn(**kwargs)


c = Container()
c.provide("config", lambda: {"dsn": "mem://"})
c.provide("db", lambda config: f"DB({config['dsn']})")
c.provide("repo", lambda db, cache=None: f"Repo({db}, {cache})")
print(c.call(lambda repo, config: (repo, config)))
try:
    c.call(lambda missing: None)
except LookupError as e:
    print("LookupError:", e)


class Svc:
    def method(self, x: int, y: "list[str]" = None) -> None:
        pass

    @classmethod
    def make(cls, n=1):
        pass

    @staticmethod
    def util(*, flag=False):
        pass


print(inspect.signature(Svc.method), inspect.signature(Svc().method), inspect.signature(Svc.make), inspect.signature(Svc.util))
print(inspect.signature(Svc), inspect.isfunction(Svc.method), inspect.ismethod(Svc().method), inspect.isclass(Svc))
print(inspect.getfullargspec(f), inspect.getmembers(Svc, inspect.isfunction)[0][0])
print(inspect.iscoroutinefunction(validate), inspect.isgeneratorfunction(lambda: (yield)), inspect.unwrap(transfer).__name__)
print(inspect.Parameter("x", inspect.Parameter.KEYWORD_ONLY, default=1, annotation=int))
try:
    inspect.Parameter("1bad", inspect.Parameter.POSITIONAL_ONLY)
except ValueError as e:
    print("ValueError:", e)
try:
    s.bind(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
