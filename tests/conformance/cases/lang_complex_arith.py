# Complex division and powers as CPython computes them (scaled division, repeated squaring for
# small integral powers, polar form otherwise) and their errors; equality with ints and floats.
for e in ['0j ** -1', '0j ** 1j', '(1+1j) ** 1e300', '0j**0', '(1e200+1e200j)**2', '1j / 0', '(1+2j) % 2']:
    try: print(eval(e))
    except Exception as ex: print(type(ex).__name__, ex)
print((1+2j)/(3+4j), (1+2j)**0.5, (1+2j)**-3, 2**(1+1j), (1+2j)**(1+1j), 1j**2, (-1)**0.5, (3+4j)**2.0, 1/(1e-300+1e-300j))
z = 1+2j
z **= 3
print(z, pow(1j, 3), (0.5-1.5j) ** 17, 1.5 / (2-3j), (2+0j) ** 0.5, (1e-200+1e-200j) / (1e-200+2e-200j))
print(0j == 0, 3 == 3.0 == 3 + 0j, 1j == 1, (2+0j) != 2, 2.5 == complex(2.5, 0), True == 1+0j, (1+0j) in [1], [1] == [1+0j])
print({1: "int"}.get(1+0j), (1+0j) == 10**20, complex(10**20) == 10**20, complex(2**53 + 1) == 2**53 + 1, 0j == -0.0, 1j != 1j)
print(hash(3+0j) == hash(3), {3+0j, 3}, complex(float("nan")) == float("nan"))
