# PEP 695's annotation scopes: bounds, constraints and alias values are evaluated lazily in a hidden
# function (its frame named after the type parameter or alias in a traceback), a generic def's
# annotations and a generic class's bases in `<generic parameters of NAME>`; inside a class body
# those scopes see the class's names, the generic method's body does not.
import asyncio
import os
import traceback


def show_exc(limit=None):
    print(traceback.format_exc(limit=limit).replace(__file__, os.path.basename(__file__)), end="")

order = []


def note(what):
    order.append(what)
    return what


def deco(fn):
    order.append("decorate " + fn.__name__)
    return fn


@deco
def made[T: note("bound")](x: note("annotation") = note("default")) -> note("return"):
    return x


print(order)
(T,) = made.__type_params__
print(T.__bound__, T.__bound__, order)


class Late[T: Later, U: (Later, int)]:
    pass


class Later:
    pass


T, U = Late.__type_params__
print(T.__bound__, U.__constraints__)


def bad[T: missing_bound]():
    pass


(T,) = bad.__type_params__
for attempt in range(2):
    try:
        T.__bound__
    except NameError:
        show_exc(limit=-1)
missing_bound = int
print("now", T.__bound__)

type Alias = undefined_thing
try:
    Alias.__value__
except NameError:
    show_exc()

try:

    def annotated[T](x: no_such_annotation) -> T:
        pass

except NameError:
    show_exc()

try:

    class Based[T](NoSuchBase[T]):
        pass

except NameError:
    show_exc()


class Service:
    Key = str
    Value = bytes

    def lookup[D](self, key: Key, default: D) -> Value | D:
        return default

    type Index = dict[Key, Value]

    def body_cannot_see[T](self) -> T:
        return Key


print(Service.lookup.__annotations__)
print(Service.Index.__value__)
try:
    Service().body_cannot_see()
except NameError as e:
    print("NameError:", e)


async def worker[T](name: str, items: list[T]) -> list[T]:
    out = []
    for it in items:
        await asyncio.sleep(0.01)
        out.append(it)
    return out


async def main():
    results = await asyncio.gather(worker("a", [1, 2]), worker("b", ["x"]))
    print(results, worker.__type_params__, worker.__annotations__)


asyncio.run(main())
