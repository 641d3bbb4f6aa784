# functools.partialmethod: a descriptor class (repr, args, keywords), bound through an instance, a
# class, a classmethod, a staticmethod and another partialmethod; what is not callable is refused.
import functools
class Cell:
    def __init__(self): self.alive = False
    def set_state(self, state, note=''): self.alive = state; return (state, note)
    set_alive = functools.partialmethod(set_state, True)
    set_dead = functools.partialmethod(set_state, False, note='x')
    @classmethod
    def make(cls, a, b): return (cls.__name__, a, b)
    make1 = functools.partialmethod(make, 1)
    st = functools.partialmethod(staticmethod(lambda a, b: (a, b)), 9)
    nested = functools.partialmethod(set_alive, note='n')
c = Cell()
print(c.set_alive(), c.alive, c.set_dead(), c.set_alive(note='y'), Cell.make1(2), c.make1(3), c.st(4), c.nested())
print(type(Cell.__dict__['set_alive']).__name__, repr(Cell.__dict__['set_dead'])[:45], Cell.__dict__['set_alive'].args, Cell.__dict__['set_dead'].keywords)
print(type(c.set_alive).__name__, c.set_alive.func.__name__ if hasattr(c.set_alive, 'func') else '', Cell.set_alive.__name__ if hasattr(Cell.set_alive, '__name__') else type(Cell.set_alive).__name__)
print(Cell.set_alive(c), getattr(Cell.__dict__['set_alive'], '__isabstractmethod__'))
try: functools.partialmethod(5)
except TypeError as e: print(e)
