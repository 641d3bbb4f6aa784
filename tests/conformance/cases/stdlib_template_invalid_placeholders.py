# string.Template's "Invalid placeholder" error names the line and column where the text after the delimiter starts (a bare $, a $ before a digit or space, a bad ${...}, a $ at the very end, on a later line, with a custom delimiter).
from string import Template


class Percent(Template):
    delimiter = "%"


templates = [
    (Template, "bad $ here"),
    (Template, "$"),
    (Template, "price: $5"),
    (Template, "ends with $"),
    (Template, "${1x} braced"),
    (Template, "${unclosed"),
    (Template, "line one\nline $ two"),
    (Template, "a\r\nb\n  $%"),
    (Template, "ok $name then $ bad"),
    (Percent, "100% done"),
    (Percent, "%{x} and % y"),
]
for cls, text in templates:
    t = cls(text)
    try:
        print(repr(t.substitute(name="N", x="X")))
    except ValueError as e:
        print(repr(text), "->", e)
    except KeyError as e:
        print(repr(text), "-> KeyError", e)
    print("  safe:", repr(t.safe_substitute(name="N")), "valid:", t.is_valid())
