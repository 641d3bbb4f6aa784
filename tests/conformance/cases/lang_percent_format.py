import asyncio

async def main():
    print("%d items cost %.2f (%s)" % (3, 9.5, "cheap"))
    print("%5s|%-5s|%05d|%x|%r" % ("a", "b", 42, 255, "q"))
    print("%(name)s is %(age)d" % {"name": "Ann", "age": 30})
    print("{} + {} = {}".format(1, 2, 1 + 2))
    print("{0}{1}{0}".format("ab", "cd"), "{name:>6}".format(name="bob"))
    print("{:.3e} {:g} {:10.4f}|".format(12345.678, 0.00001, 3.14159))
    print("percent: %d%%" % 50, str(3.0), repr("it's"), ascii("é"))
    print("a", "b", "c", sep="-", end="!\n")
    print("no newline", end="")
    print(" ... continued")
    print()
    print(*range(5), sep=", ")

asyncio.run(main())
