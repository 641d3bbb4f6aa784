# Rich comparisons ask the right operand first when its type is a proper subclass of the left
# operand's, whether or not the subclass overrides the method; each method is asked at most once.
class Base:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        print(f'  {self.name}.__eq__({other.name})')
        return NotImplemented if self.name.startswith('ni') else True

    def __lt__(self, other):
        print(f'  {self.name}.__lt__({other.name})')
        return NotImplemented if self.name.startswith('ni') else 'lt'

    def __gt__(self, other):
        print(f'  {self.name}.__gt__({other.name})')
        return NotImplemented if self.name.startswith('ni') else 'gt'

    __hash__ = object.__hash__


class Plain(Base):
    pass


class Own(Base):
    def __eq__(self, other):
        print(f'  Own {self.name}.__eq__({other.name})')
        return False

    def __ne__(self, other):
        print(f'  Own {self.name}.__ne__({other.name})')
        return 'ne'

    def __le__(self, other):
        print(f'  Own {self.name}.__le__({other.name})')
        return 'le'

    def __ge__(self, other):
        print(f'  Own {self.name}.__ge__({other.name})')
        return 'ge'


pairs = [(Base('a'), Base('b')), (Base('a'), Plain('p')), (Plain('p'), Base('a')), (Base('a'), Own('o')),
         (Own('o'), Base('a')), (Base('ni1'), Plain('ni2')), (Base('a'), Plain('ni')), (Base('ni'), Plain('p'))]
for x, y in pairs:
    for op in ('==', '!=', '<', '>', '<=', '>='):
        print(x.name, op, y.name)
        try:
            print('  ->', eval(f'x {op} y'))
        except TypeError as e:
            print('  TypeError:', e)

