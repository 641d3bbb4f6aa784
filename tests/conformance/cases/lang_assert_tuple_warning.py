# assert with a parenthesized (test, message) pair: CPython's compiler warns that it is always true
def check(x):
    assert (x > 0, "x must be positive")
    assert (), "an empty tuple is false"


try:
    check(-1)
except AssertionError as e:
    print("AssertionError:", e)
assert (x for x in []), "a generator is true"
if True:
    assert (
        1,
    )
print("done")
