"""A class's bases after it exists: __subclasses__() for a plugin registry, __base__, and
`C.__bases__ = (...)` mixing a class in (its subclasses' MROs follow), with CPython's refusals
and its MRO message (one line from 3.13, two before)."""
import asyncio


class Handler:
    def handle(self, job):
        return f'base:{job}'


class Json(Handler):
    def handle(self, job):
        return 'json:' + super().handle(job)


class Xml(Handler):
    pass


class StrictJson(Json):
    pass


class Audit:
    def handle(self, job):
        return 'audit>' + super().handle(job)


class I(int):
    pass


print(Handler.__subclasses__(), Json.__subclasses__(), Xml.__subclasses__())
print(Json.__base__, Handler.__base__, I.__base__, bool.__base__, object.__base__)
print(StrictJson().handle(1))
Json.__bases__ = (Audit, Handler)
print(Json.__bases__, Json.__base__, StrictJson.__mro__)
print(StrictJson().handle(2), Handler.__subclasses__(), Audit.__subclasses__())
for bad in [lambda: setattr(Xml, '__bases__', ()), lambda: setattr(Xml, '__bases__', [Handler]),
            lambda: setattr(Xml, '__bases__', (Handler, 1)), lambda: setattr(Handler, '__bases__', (StrictJson,)),
            lambda: setattr(Xml, '__bases__', (int,)), lambda: setattr(I, '__bases__', (Handler,)),
            lambda: setattr(int, '__bases__', (Handler,)), lambda: setattr(Xml, '__bases__', (Handler, Audit, Handler)),
            lambda: setattr(StrictJson, '__bases__', (Handler, Json)), lambda: delattr(Xml, '__bases__')]:
    try:
        bad()
        print('ok')
    except TypeError as e:
        print('TypeError:', e)
print(StrictJson.__mro__)
try:
    class Bad(Handler, Json):
        pass
except TypeError as e:
    print('class statement:', e)


async def run(job):
    await asyncio.sleep(0.1)
    return [cls().handle(job) for cls in Handler.__subclasses__()]


print(asyncio.run(run(3)))
