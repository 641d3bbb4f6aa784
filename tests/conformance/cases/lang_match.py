import asyncio

def describe(cmd):
    match cmd:
        case {"action": "move", "to": (x, y)}:
            return f"move to {x},{y}"
        case {"action": "say", "text": str(text)} if text:
            return f"say {text!r}"
        case [first, *rest]:
            return f"list starting {first} (+{len(rest)})"
        case int(n) | float(n) if n < 0:
            return "negative"
        case 0 | 1 as small:
            return f"small {small}"
        case str():
            return "some string"
        case _:
            return "unknown"

async def main():
    for cmd in [{"action": "move", "to": (1, 2)}, {"action": "say", "text": "hi"},
                {"action": "say", "text": ""}, [1, 2, 3], -4, 1, "s", 3.5]:
        await asyncio.sleep(0)
        print(describe(cmd))

asyncio.run(main())
