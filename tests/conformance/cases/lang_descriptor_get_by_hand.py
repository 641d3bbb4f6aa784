# Binding by hand: function.__get__ (a decorator class forwarding to it), staticmethod/classmethod __get__ and their reprs; a class whose __setattr__/__getattr__ are dict's own methods (the AttrDict idiom) stores and reads items.
import functools

class Method:
    def __init__(self, f): self.f = f
    def __get__(self, obj, cls):
        return self.f if obj is None else self.f.__get__(obj, cls)

class K:
    @Method
    def hi(self): return f"hi from {type(self).__name__}"
    @staticmethod
    def s(): return "static"
    @classmethod
    def c(cls): return cls.__name__

def free(self, x=1): return (type(self).__name__, x)
k = K()
print(K().hi(), K.hi.__name__, free.__get__(k)(5), free.__get__(k, K).__self__ is k, free.__get__(None, K) is free)
print(K.__dict__["s"].__get__(k)(), K.__dict__["c"].__get__(k)(), K.__dict__["c"].__get__(None, K)(), K.__dict__["c"].__get__(k, int).__self__)
bm = free.__get__(k)
print(bm.__func__ is free, type(bm).__name__)
try:
    free.__get__(None, None)
except TypeError as e:
    print(e)
print(repr(K.__dict__["s"]).split(" at ")[0], str(K.__dict__["c"]).split(" at ")[0], repr(staticmethod(len)), str(classmethod(free)).split(" at ")[0])

class AttrDict(dict):
    __getattr__ = dict.__getitem__
    __setattr__ = dict.__setitem__
    __delattr__ = dict.__delitem__


cfg = AttrDict(host="db")
cfg.port = 5432
print(cfg, cfg.host, cfg.port, "port" in cfg, vars(cfg) if hasattr(cfg, "__dict__") else None)
del cfg.host
print(cfg)
try:
    cfg.missing
except KeyError as e:
    print("KeyError", e)
