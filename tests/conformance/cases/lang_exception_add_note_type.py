# BaseException.add_note takes only a str: 3.14 words the TypeError as other argument errors do.
e = ValueError("x")
e.add_note("first")
for bad in (5, None, b"bytes", ["list"]):
    try:
        e.add_note(bad)
    except TypeError as err:
        print("TypeError:", err)
print(e.__notes__)
try:
    e.add_note()
except TypeError as err:
    print("TypeError:", err)
