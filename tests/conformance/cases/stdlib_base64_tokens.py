# An auth service issues signed session tokens (base64 of a payload and a crc32 check), clients
# present them concurrently, and the gateway decodes and checks them; then the other encodings
# and binascii's errors with CPython's messages.
import asyncio
import base64
import binascii
import json


def issue(user, expires):
    payload = json.dumps({"user": user, "exp": expires}, separators=(",", ":")).encode()
    check = binascii.crc32(payload).to_bytes(4, "big")
    return base64.urlsafe_b64encode(payload + check).rstrip(b"=").decode("ascii")


def verify(token, now):
    raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
    payload, check = raw[:-4], raw[-4:]
    if binascii.crc32(payload) != int.from_bytes(check, "big"):
        raise ValueError("bad checksum")
    claims = json.loads(payload)
    if claims["exp"] < now:
        raise PermissionError(f"token of {claims['user']} expired")
    return claims["user"]


async def client(name, token, delay, gateway):
    await asyncio.sleep(delay)
    await gateway.put((name, token))


async def gateway(queue, loop, start):
    while (item := await queue.get()) is not None:
        name, token = item
        now = round(loop.time() - start, 1)
        try:
            print(f"{now:4} {name}: welcome {verify(token, now)}")
        except (ValueError, PermissionError) as e:
            print(f"{now:4} {name}: rejected ({type(e).__name__}: {e})")


async def main():
    loop = asyncio.get_running_loop()
    queue = asyncio.Queue()
    tokens = {"ada": issue("ada", 1.0), "bob": issue("bob", 0.2), "eve": issue("eve", 5.0)}
    print(tokens)
    forged = tokens["eve"][:-3] + ("A" if tokens["eve"][-3] != "A" else "B") + tokens["eve"][-2:]
    runner = asyncio.create_task(gateway(queue, loop, loop.time()))
    await asyncio.gather(
        client("ada", tokens["ada"], 0.1, queue),
        client("bob", tokens["bob"], 0.3, queue),
        client("mallory", forged, 0.4, queue),
        client("trudy", "not*base64", 0.5, queue),
    )
    await queue.put(None)
    await runner


asyncio.run(main())

data = bytes(range(0, 256, 7))
print(base64.b64encode(data), base64.b64encode(data, altchars=b"-_"))
print(base64.b32encode(b"loopline"), base64.b32hexencode(b"loop"), base64.b16encode(b"\x00\xab"))
print(base64.b32decode("nrxw64dmnfxgk===", casefold=True), base64.b32decode(b"N1XW64A=", map01=b"L"))
print(base64.b16decode("0aff", casefold=True), base64.standard_b64decode("bG9vcA=="))
print(base64.encodebytes(bytes(70)))
print(base64.decodebytes(b"AAAA\nAAAA\n"), base64.b64decode("YW Jj\nZA=="))
print(binascii.hexlify(b"\x01\x02\x03\x04", "-"), binascii.hexlify(b"\x01\x02\x03\x04", b":", 2))
print(binascii.unhexlify("cafe"), binascii.a2b_hex(b"BEEF"), binascii.b2a_base64(b"hi"), binascii.b2a_base64(b"hi", newline=False))
print(binascii.crc32(b"hello world"), binascii.crc32(b"world", binascii.crc32(b"hello ")))
print(issubclass(binascii.Error, ValueError), issubclass(binascii.Incomplete, Exception))

for call in [
    lambda: base64.b64decode("abcde"),
    lambda: base64.b64decode("ab"),
    lambda: base64.b64decode("ab*c", validate=True),
    lambda: base64.b64decode("=abc", validate=True),
    lambda: base64.b64decode("ab==cd", validate=True),
    lambda: base64.b64decode("ab=c", validate=True),
    lambda: base64.b64decode("caf\xe9"),
    lambda: base64.b64decode(42),
    lambda: base64.b64encode("text"),
    lambda: base64.b32encode("text"),
    lambda: base64.b32decode("MFRGG==="[:-1]),
    lambda: base64.b32decode("mfrgg==="),
    lambda: base64.b16decode("0aff"),
    lambda: base64.encodebytes("text"),
    lambda: binascii.unhexlify("abc"),
    lambda: binascii.unhexlify("zz"),
    lambda: binascii.hexlify("text"),
    lambda: binascii.a2b_base64(3.5),
    lambda: binascii.crc32("text"),
]:
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(f"{type(e).__module__}.{type(e).__qualname__}: {e}")
