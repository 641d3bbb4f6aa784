# A call looks its callee up (a name, or an object's method) before it evaluates the arguments.
import asyncio


class Box:
    def get(self, v):
        return "class method"


def note(what):
    print("evaluated", what)
    return what


def rebind(box):
    box.get = lambda v: "instance attribute"
    return 1


def attempts():
    box = Box()
    for call in (
        lambda: box.missing(note("positional")),
        lambda: box.missing(1, note("second"), key=note("keyword")),
        lambda: box.missing(*[note("star")]),
        lambda: undefined_function(note("argument")),
        lambda: Box.missing(note("class attribute")),
    ):
        try:
            call()
        except (AttributeError, NameError) as e:
            print(type(e).__name__, e)
    # The method found first is the one called, even if an argument rebinds it.
    print(box.get(rebind(box)))
    print(box.get(1))


async def main():
    attempts()
    box = Box()
    await asyncio.sleep(0.5)
    try:
        box.missing(note("in a coroutine"), await asyncio.sleep(0.5))
    except AttributeError as e:
        print(type(e).__name__, e, "at", asyncio.get_running_loop().time())


asyncio.run(main())
