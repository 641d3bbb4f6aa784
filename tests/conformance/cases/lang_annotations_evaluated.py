def g(a: int, b: "Later") -> str:
    pass
print(g.__annotations__)
y: float
print(__annotations__)
def h(a: Missing):
    pass
