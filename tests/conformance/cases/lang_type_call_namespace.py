# type(name, bases, ns) puts the calling module's name in the class's namespace after the given
# names, then the instances' __dict__/__weakref__ descriptors and __doc__, as a class statement's.
D = type('D', (), {'z': 1})
print(list(vars(D)), D.__module__, D)
E = type('E', (D,), {})
print(list(E.__dict__), E.__module__)
F = type('F', (), {'__module__': 'elsewhere', '__doc__': 'given'})
print(list(vars(F)), F, F.__doc__)
G = type('G', (), {'__slots__': ('a',)})
print(list(vars(G)), G.__dict__['a'])


class M(type):
    pass


H = M('H', (), {'k': 2})
print(list(vars(H)), type(H).__name__, H.__module__)
