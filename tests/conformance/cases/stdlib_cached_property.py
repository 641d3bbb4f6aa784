"""A report object whose expensive totals are functools.cached_property: computed once per
instance, stored in the instance __dict__ under the property's name (vars() shows it), reset by
del, overridable by assignment, refused on a __slots__ class."""
import asyncio
import functools


class Report:
    def __init__(self, rows):
        self.rows = rows

    @functools.cached_property
    def total(self):
        """Sum of all rows."""
        print("computing total")
        return sum(self.rows)


class Slotted:
    __slots__ = ("rows",)

    @functools.cached_property
    def total(self):
        return 0


async def main():
    r = Report([3, 4, 5])
    await asyncio.sleep(0.1)
    print(r.total, r.total, vars(r))
    print(Report.total.__doc__, type(Report.total).__name__, Report.total.attrname)
    r.total = 100
    print(r.total)
    del r.total
    print(r.total)
    try:
        del r.total
        del r.total
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        Slotted().total
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
