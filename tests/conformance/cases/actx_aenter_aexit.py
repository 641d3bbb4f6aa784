import asyncio

class Connection:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        print(f"connecting {self.name}")
        await asyncio.sleep(0.2)
        print(f"connected {self.name}")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        print(f"closing {self.name}, exc={exc_type.__name__ if exc_type else None}")
        await asyncio.sleep(0.1)
        return exc_type is KeyError

async def main():
    async with Connection("db") as conn:
        print("using", conn.name)
    async with Connection("cache"):
        raise KeyError("swallowed by __aexit__")
    print("KeyError was suppressed")
    try:
        async with Connection("api"):
            raise ValueError("propagates")
    except ValueError as e:
        print("caught", e)

asyncio.run(main())
