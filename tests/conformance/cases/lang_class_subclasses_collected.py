"""__subclasses__() holds its classes weakly: a class whose name is deleted stays listed (a class is
in a reference cycle of its own) until gc.collect() frees it, then leaves the list and its weak
references are cleared; an instance, a subclass or a live frame keeps its class listed. Types that
cannot be subclassed have none."""
import gc
import weakref


class Plugin:
    pass


class Json(Plugin):
    pass


class Xml(Plugin):
    pass


def names():
    return [c.__name__ for c in Plugin.__subclasses__()]


ref = weakref.ref(Xml, lambda r: print("Xml freed"))
del Xml
print("deleted:", names(), ref() is not None)
print("collected:", gc.collect() > 0, names(), ref())


def local_plugins():
    class Csv(Plugin):
        pass

    class Yaml(Plugin):
        pass

    print("inside:", names())
    return Yaml()


kept = local_plugins()
gc.collect()
print("after the call:", names())


class Toml(Plugin):
    pass


class StrictToml(Toml):
    pass


del Toml
gc.collect()
print("base of a live class:", names(), [c.__name__ for c in StrictToml.__mro__])
del kept, StrictToml
gc.collect()
print("all gone:", names())
print(bool.__subclasses__(), type(None).__subclasses__(), range.__subclasses__(), memoryview.__subclasses__())
