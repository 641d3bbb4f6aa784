# en: Title: The forgotten await
# en: Notice: calling greet() only builds a coroutine object; nothing runs until it is awaited.
# ko: 제목: 잊어버린 await
# ko: 살펴볼 점: greet()를 호출하면 코루틴 객체만 만들어질 뿐, await 하기 전에는 아무것도 실행되지 않습니다.
import asyncio

async def greet(name):
    await asyncio.sleep(0.5)
    print(f"hello, {name}")

async def main():
    coro = greet("nobody")
    print("made:", type(coro).__name__)
    greet("forgotten")
    await greet("awaited")
    coro.close()

asyncio.run(main())
