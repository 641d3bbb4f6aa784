# Annotations in a class body are evaluated there: a lambda in one has a scope of its own, and a
# name in one can be the enclosing function's local.
def make():
    unit = int

    class Point:
        x: unit
        y: (lambda: 'computed')()
        label: str = 'p'

    return Point


P = make()
print(P.__annotations__)
print(P.label)
print(sorted(k for k in vars(P) if not k.startswith('__')))
