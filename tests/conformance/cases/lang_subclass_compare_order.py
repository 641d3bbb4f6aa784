# Comparisons between builtin values and instances of int/float/str subclasses that decline (NotImplemented): who is asked first (the right operand only when its type subclasses the left's), whose comparison knows whose value (int only ints, float any number, str only str), and that a declining __eq__ runs once.
class I(int):
    def __eq__(self, other):
        print("I.__eq__", other)
        return NotImplemented
print(3.0 == I(3))
print(3 == I(3))
class F(float):
    def __eq__(self, other):
        print("F.__eq__", other)
        return NotImplemented
    def __lt__(self, other):
        print("F.__lt__", other)
        return NotImplemented
    def __gt__(self, other):
        print("F.__gt__", other)
        return NotImplemented
print(True == I(1), 1 == F(1.0), 1.0 == F(1.0), "a" == I(3))
try:
    print(2 < F(3.0))
except TypeError as e:
    print(e)
print(2.0 < F(3.0), 2.0 > F(1.0))
class S(str):
    def __eq__(self, other):
        print("S.__eq__", other)
        return NotImplemented
print("x" == S("x"), 1 == S("x"))
class J(int):
    def __lt__(self, other):
        print("J.__lt__", other)
        return NotImplemented
    def __gt__(self, other):
        print("J.__gt__", other)
        return NotImplemented
print(2.5 < J(3), J(3) > 2.5, 3 <= J(3), 2 < J(3), None == J(1), J(1) == None)
class P(int):
    pass
print(1.0 == P(1), P(1) == 1.0, 2 < P(3), "s" == P(1), 0.5 < P(1))
try:
    print(None < J(1))
except TypeError as e:
    print(e)
print(I(3) == 3.0, F(1.0) == 1)
class X:
    def __eq__(self, other):
        print("X.__eq__", other)
        return NotImplemented
print(X() == 1)
class G(float):
    def __lt__(self, other):
        print("G.__lt__", other)
        return NotImplemented
try:
    print(G(1.0) < 2)
except TypeError as e:
    print(e)
print(G(1.0) < 2.0)
