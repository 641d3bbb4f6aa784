# `match a, b:` matches the tuple (a, b) without brackets, as state machines often write it.
import asyncio


def step(state, event):
    match state, event:
        case "idle", ("connect", host):
            return "connecting", f"connect to {host}"
        case "connecting", "ok":
            return "ready", "handshake done"
        case _, ("error", code) if code >= 500:
            return "failed", f"server error {code}"
        case _, _:
            return state, f"ignored {event!r}"


async def main():
    state = "idle"
    for event in [("connect", "db"), "ok", ("error", 404), ("error", 503)]:
        await asyncio.sleep(0.1)
        state, note = step(state, event)
        print(state, "|", note)
    items = [1, 2]
    match *items, 3:
        case (1, 2, 3):
            print("starred subject")
    match items[0],:
        case (1,):
            print("one-element subject")
    match len(items), missing:
        case _:
            pass


asyncio.run(main())
