# A super object's own members, found when the MRO after the starting class has no such name:
# __thisclass__ (the class it starts after), __self__ (the object it is bound to) and
# __self_class__ (that object's type, or the class itself for super(C, cls)).
import asyncio


class Base:
    async def start(self):
        await asyncio.sleep(0)
        return 'Base.start'


class Child(Base):
    def probe(self):
        s = super()
        return s.__thisclass__.__name__, s.__self__ is self, s.__self_class__.__name__

    @classmethod
    def probe_cls(cls):
        s = super()
        return s.__thisclass__.__name__, s.__self__.__name__, s.__self_class__.__name__

    async def start(self):
        return 'Child+' + await super().start()


class GrandChild(Child):
    pass


class Shadow(Base):
    __thisclass__ = 'shadowed by a class attribute'


class ShadowChild(Shadow):
    def probe(self):
        return super().__thisclass__


async def main():
    g = GrandChild()
    print(g.probe(), GrandChild.probe_cls(), await g.start())
    s = super(Child, g)
    print(type(s).__name__, s.__thisclass__.__name__, s.__self_class__.__name__, s.__self__ is g)
    print(ShadowChild().probe())
    try:
        super(Child, g).nothing
    except AttributeError as e:
        print('AttributeError:', e)


asyncio.run(main())
