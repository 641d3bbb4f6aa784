# The descriptors builtin types keep in their dicts: getset_descriptor (int.real), member_descriptor
# (range.start, complex.imag, slice.stop), classmethod_descriptor (dict.fromkeys), with their reprs,
# names, owners, the descriptor protocol by hand, and the types and inspect names for them.
import inspect
import types


class Slotted:
    __slots__ = ("x",)


print(type(int.real), type(int.__dict__["numerator"]), type(float.imag))
print(type(range.start), type(complex.imag), type(slice.stop), type(Slotted.x))
print(type(dict.__dict__["fromkeys"]), type(int.__dict__["from_bytes"]), type(bytes.__dict__["fromhex"]))
print(type(float.__dict__["fromhex"]), type(bytearray.__dict__["fromhex"]))
print(type(object.__dict__["__init_subclass__"]), type(object.__dict__["__subclasshook__"]))
print(type(type.__dict__["__prepare__"]))
print(type(dict.fromkeys), type(str.upper), type("a".upper), type(str.__add__), type("a".__add__))
print(repr(int.real), repr(range.stop), repr(complex.real), repr(slice.start))
print(repr(dict.__dict__["fromkeys"]), repr(int.__dict__["from_bytes"]))
print(int.real.__name__, int.real.__qualname__, int.real.__objclass__)
print(range.step.__name__, range.step.__qualname__, range.step.__objclass__)
print(int.real.__get__(7), int.denominator.__get__(True), range.stop.__get__(range(2, 9)))
print(int.real.__get__(None, int) is int.real, complex.imag.__get__(3 + 4j))
for bad in (lambda: int.real.__get__("x"), lambda: range.start.__get__([1])):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
for setter in (lambda: int.real.__set__(5, 3), lambda: range.start.__set__(range(3), 1)):
    try:
        setter()
    except AttributeError as e:
        print("AttributeError:", e)
try:
    (5).real = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    range(4).start = 1
except AttributeError as e:
    print("AttributeError:", e)
fromkeys = dict.__dict__["fromkeys"]
print(fromkeys.__get__(None, dict)(range(2)), fromkeys.__get__({})("ab", 0))
for args in ((None, int), (None, 5)):
    try:
        fromkeys.__get__(*args)
    except TypeError as e:
        print("TypeError:", e)
print(types.GetSetDescriptorType, types.MemberDescriptorType, types.ClassMethodDescriptorType)
print(isinstance(int.imag, types.GetSetDescriptorType), isinstance(range.start, types.MemberDescriptorType))
print(isinstance(int.real, property), isinstance(dict.__dict__["fromkeys"], classmethod))
print(inspect.isgetsetdescriptor(int.real), inspect.ismemberdescriptor(range.start), inspect.ismemberdescriptor(Slotted.x))
print(inspect.isgetsetdescriptor(range.start), inspect.isdatadescriptor(int.real), inspect.isdatadescriptor(len))
print(inspect.isdatadescriptor(property(len)), inspect.isdatadescriptor(Slotted))
