# t-strings (3.14, PEP 750): a Template of the literal pieces and one Interpolation per field, with
# the field's value, its expression's text, conversion and format spec kept, not applied. Before
# 3.14 the `t` is a name followed by a string: the whole file is a SyntaxError.
from string.templatelib import Interpolation, Template

count = 3
item = "apple"
width = 8
greeting = t"You have {count} {item!r:>{width}} left {count=}"
print(repr(greeting))
print(greeting.strings)
print(greeting.values)
for part in greeting:
    print(type(part).__name__, repr(part))
print(type(greeting), type(greeting.interpolations[0]))
print(repr(t""), repr(t"{count}{count}"), repr(t"a" t"b{count}" T"c"))
print(repr(rt"\d{count}"), repr(Tr'''{
 count
} end'''))
print(repr(t"{ count + 1 }"), repr(t"{count :  >3 }"), repr(t"{count!s:{width}.{count}}"))
print(repr(t"{f'{item}'!a}"), repr(t"{t'{item}'}"))
print(repr(t"{count}" + t"x{item}"))


def render(template):
    out = []
    for part in template:
        if isinstance(part, str):
            out.append(part)
        else:
            value = part.value
            if part.conversion == "r":
                value = repr(value)
            out.append(format(value, part.format_spec))
    return "".join(out)


print(render(greeting))
print(render(t"{3.14159:.2f} and {'x'!r}"))

attempts = [
    lambda: t"a" + "b",
    lambda: "b" + t"a",
    lambda: t"a" + 1,
    lambda: 1 + t"a",
    lambda: Template("a", 2),
    lambda: Template(strings=("a",)),
    lambda: Interpolation(1, "x", "z"),
    lambda: Interpolation(1, 2),
    lambda: Interpolation(1, "x", None, 4),
    lambda: Interpolation(),
    lambda: Interpolation(1, "x", None, "", 5),
    lambda: Interpolation(1, "x", conversion=1),
]
for attempt in attempts:
    try:
        print("ok", repr(attempt()))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

made = Template("a", Interpolation(1, "one"), "b", "c", Interpolation(2, "two", "r", ">4"))
print(repr(made), made.values, list(made))
print(repr(Interpolation(5, "five")), Interpolation.__match_args__)
match made.interpolations[1]:
    case Interpolation(value, expression, conversion, spec):
        print(value, expression, conversion, spec)
try:
    made.strings = ()
except AttributeError as e:
    print("AttributeError", e)
try:
    made.interpolations[0].value = 3
except AttributeError as e:
    print("AttributeError", e)
try:

    class Mine(Template):
        pass

except TypeError as e:
    print("TypeError", e)
