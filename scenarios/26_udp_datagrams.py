# en: Title: UDP: datagrams, not connections
# en: Notice: datagram_received is a plain callback the loop calls once per datagram (no task, no lane of its own), so slow work goes to a task; a send to a port nobody has comes back to the sender's error_received.
# ko: 제목: UDP: 연결이 아닌 데이터그램
# ko: 살펴볼 점: datagram_received는 데이터그램마다 루프가 한 번 부르는 평범한 콜백이라(태스크도, 자기 레인도 없음) 오래 걸리는 일은 태스크에 맡깁니다. 아무도 없는 포트로 보내면 보낸 쪽의 error_received로 돌아옵니다.
import asyncio


class Server(asyncio.DatagramProtocol):
    def connection_made(self, transport):
        self.transport = transport

    def datagram_received(self, data, addr):
        # no await in a callback: the answer is a task of its own
        asyncio.get_running_loop().create_task(self.answer(data, addr))

    async def answer(self, data, addr):
        await asyncio.sleep(0.1)  # some work per datagram
        self.transport.sendto(data.upper(), addr)


class Client(asyncio.DatagramProtocol):
    def __init__(self):
        self.replies = asyncio.Queue()

    def datagram_received(self, data, addr):
        self.replies.put_nowait(data)

    def error_received(self, exc):
        self.replies.put_nowait(exc)


async def ask(port, words):
    loop = asyncio.get_running_loop()
    transport, client = await loop.create_datagram_endpoint(Client, remote_addr=("127.0.0.1", port))
    for word in words:
        transport.sendto(word.encode())
        print(await client.replies.get())
    transport.close()


async def main():
    loop = asyncio.get_running_loop()
    transport, _ = await loop.create_datagram_endpoint(Server, local_addr=("127.0.0.1", 9999))
    await asyncio.gather(ask(9999, ["hi", "bye"]), ask(9999, ["hello"]), ask(9998, ["anyone?"]))
    transport.close()


asyncio.run(main())
