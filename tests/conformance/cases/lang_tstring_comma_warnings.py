# A t-string called or subscripted: 3.14's compile-time SyntaxWarning names string.templatelib.Template
# (as it names 'str' for an f-string), then the TypeError when it runs.
def f():
    return t"a"(1)
def g():
    return t"a"["x"], t"b"[0]
print("compiled")
try:
    f()
except TypeError as e:
    print(e)
try:
    g()
except TypeError as e:
    print(e)
