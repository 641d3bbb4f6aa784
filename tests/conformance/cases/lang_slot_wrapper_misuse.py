# Calling a builtin type's slot wrapper (int.__add__, a 'wrapper_descriptor') on an object of
# another type, or with nothing: "descriptor '__add__' requires a 'int' object but received a
# 'str'" and "descriptor '__add__' of 'int' object needs an argument"; a method descriptor
# (str.upper) keeps "doesn't apply to" and "unbound method ... needs an argument".
calls = {
    "int.__add__('a', 1)": lambda: int.__add__('a', 1),
    "int.__add__()": lambda: int.__add__(),
    "str.__len__(b'x')": lambda: str.__len__(b'x'),
    "list.__getitem__((), 0)": lambda: list.__getitem__((), 0),
    "dict.__contains__([], 1)": lambda: dict.__contains__([], 1),
    "int.__eq__(1.0, 1)": lambda: int.__eq__(1.0, 1),
    "object.__repr__()": lambda: object.__repr__(),
    "str.upper(1)": lambda: str.upper(1),
    "str.upper()": lambda: str.upper(),
    "list.append((), 1)": lambda: list.append((), 1),
    "dict.__getitem__([], 1)": lambda: dict.__getitem__([], 1),
    "int.__add__(True, 1)": lambda: int.__add__(True, 1),
}
for label, f in calls.items():
    try:
        print(label, "->", f())
    except TypeError as e:
        print(label, "->", type(e).__name__, e)
print(type(int.__add__).__name__, type(str.upper).__name__, type(dict.__getitem__).__name__)
