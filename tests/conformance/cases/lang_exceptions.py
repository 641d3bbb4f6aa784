import asyncio

class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code

def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise AppError(400, f"bad number {s!r}") from e

async def main():
    for s in ["12", "x1"]:
        try:
            print("parsed", parse(s))
        except AppError as e:
            print("AppError", e.code, e, "| cause:", type(e.__cause__).__name__, e.__cause__)
        else:
            print("no error")
        finally:
            print("finally for", s)
    try:
        try:
            raise KeyError("k")
        except KeyError:
            raise RuntimeError("while handling")
    except RuntimeError as e:
        print(repr(e), "context:", repr(e.__context__))
    try:
        raise ExceptionGroup("many", [ValueError(1), TypeError(2)])
    except* ValueError as g:
        print("ValueError part:", g.exceptions)
    except* TypeError as g:
        print("TypeError part:", g.exceptions)

asyncio.run(main())
