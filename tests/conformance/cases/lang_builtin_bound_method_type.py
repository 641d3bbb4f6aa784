# A method of a built-in type, bound to an object, is a builtin_function_or_method in CPython
# (not a `method`, which only binds Python functions), with __self__ but no __func__.
import types


class Box:
    def get(self):
        return 1

    @classmethod
    def make(cls):
        return cls()


items = []
bound = [items.append, "a".upper, {}.get, (1).bit_length, dict.fromkeys, int.from_bytes]
for m in bound:
    print(type(m).__name__, m.__name__, m.__qualname__, type(m.__self__).__name__)
    print(
        isinstance(m, types.BuiltinMethodType),
        isinstance(m, types.BuiltinFunctionType),
        isinstance(m, types.MethodType),
    )

for m in (Box().get, Box.make):
    print(type(m).__name__, isinstance(m, types.MethodType), isinstance(m, types.BuiltinMethodType))

print(type(len).__name__, type(list.append).__name__)
print(items.append == items.append, items.append is items.append)
print(dict.fromkeys.__self__ is dict, "a".upper.__self__)

try:
    items.append.__func__
except AttributeError as e:
    print("AttributeError:", e)

print(Box().get.__func__.__name__, Box.make.__self__.__name__)
print(type(items.append) is type(len), type(Box().get) is types.MethodType)

# The unbound built-in methods: method_descriptor, and wrapper_descriptor / method-wrapper for slots.
print(type(int.__add__).__name__, type((1).__add__).__name__, type(object.__init__).__name__)
print(type(object().__str__).__name__, types.MethodWrapperType.__name__)
print(type(str.join) is types.MethodDescriptorType, isinstance(str.upper, types.MethodDescriptorType))
print(type(object.__init__) is types.WrapperDescriptorType, callable(list.append), list.append(items, 1), items)
