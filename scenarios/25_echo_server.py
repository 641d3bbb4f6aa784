# en: Title: An echo server and its clients
# en: Notice: start_server runs handle() as a new task for every connection (a lane each); a client's write reaches the server at the loop's next select, and each await on a reader waits for the other side.
# ko: 제목: 에코 서버와 클라이언트
# ko: 살펴볼 점: start_server는 연결마다 handle()을 새 태스크로 실행합니다(레인 하나씩). 클라이언트가 쓴 데이터는 루프의 다음 select에서 서버에 도착하고, 리더를 await 하면 상대편을 기다립니다.
import asyncio


async def handle(reader, writer):
    while line := await reader.readline():  # b"" at EOF ends the loop
        await asyncio.sleep(0.1)  # some work per line
        writer.write(line.upper())
        await writer.drain()
    writer.close()
    await writer.wait_closed()


async def client(name, words):
    reader, writer = await asyncio.open_connection("127.0.0.1", 8888)
    for word in words:
        writer.write(f"{name}: {word}\n".encode())
        print(await reader.readline())
    writer.write_eof()  # tell the server we are done
    await reader.read()  # wait for it to close its end
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 8888)
    async with server:
        await asyncio.gather(client("ann", ["hi", "bye"]), client("bo", ["hello"]))


asyncio.run(main())
