# hash() of an object whose __hash__ returns a big int: a result that fits a Py_hash_t is kept (-1 becomes -2),
# a bigger one is hashed as an int (reduced modulo 2**61 - 1).
# Not recorded for 3.14: Pyodide is a 32-bit build (its Py_hash_t is 32 bits), unlike a 64-bit python3.14.
class H:
    def __init__(self, v): self.v = v
    def __hash__(self): return self.v
for v in (0, -1, -2, 2**61 - 1, 2**61, 2**62 + 5, 2**63 - 1, 2**63, -2**63, -2**63 - 1, 2**64 + 7, -(2**70)):
    print(v, hash(H(v)))
