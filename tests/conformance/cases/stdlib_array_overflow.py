# array's integer conversions on a 64-bit build: every integer typecode's size and the errors at and
# just past its limits (and far past them, where the C long conversion fails first), for append,
# item assignment, insert and the constructor. Recorded with 3.11-3.13 only: Pyodide's 3.14 is a
# 32-bit build whose C long (and so 'l'/'L' and the int conversions) differ.
import array


class Index:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


for code in 'bBhHiIlLqQ':
    a = array.array(code)
    bits = a.itemsize * 8
    signed = code.islower()
    low, high = (-2 ** (bits - 1), 2 ** (bits - 1) - 1) if signed else (0, 2 ** bits - 1)
    print(code, a.itemsize, low, high)
    for n in [low, high, low - 1, high + 1, -1, 2 ** 63 - 1, 2 ** 63, 2 ** 64 - 1, 2 ** 64, -2 ** 63, -2 ** 63 - 1, 2 ** 100, -2 ** 100]:
        for how in ('append', 'setitem', 'insert', 'init', 'index'):
            b = array.array(code, [0])
            try:
                if how == 'append':
                    b.append(n)
                elif how == 'setitem':
                    b[0] = n
                elif how == 'insert':
                    b.insert(0, n)
                elif how == 'init':
                    b = array.array(code, [n])
                else:
                    b.append(Index(n))
                print('  ', n, how, b.tolist(), b.tobytes().hex())
            except (OverflowError, TypeError) as e:
                print('  ', n, how, type(e).__name__, e)
print(array.array('l', [-1]).tobytes(), array.array('L', [2 ** 64 - 1]).tobytes().hex())
