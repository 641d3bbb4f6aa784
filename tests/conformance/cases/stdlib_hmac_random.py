# Property vectors for hmac over hashlib's digests: seeded random keys (empty, shorter and longer
# than each digest's block) and messages, fed at once or in pieces, through hmac.new (digestmod as
# a name or a hashlib constructor), copy, digest/hexdigest, the one-call hmac.digest, and
# compare_digest; a signed-message check inside tasks; CPython's errors.
import asyncio
import hashlib
import hmac
import random

random.seed(20261205)
NAMES = ['md5', 'sha1', 'sha256', 'sha512']

for i in range(120):
    name = random.choice(NAMES)
    key = bytes(random.randrange(256) for _ in range(random.choice([0, 1, 16, 63, 64, 65, 127, 128, 129, 200])))
    msg = bytes(random.randrange(256) for _ in range(random.randint(0, 300)))
    mod = name if random.random() < 0.5 else getattr(hashlib, name)
    h = hmac.new(key, msg, mod)
    cut = random.randint(0, len(msg))
    g = hmac.new(bytearray(key), digestmod=mod)
    g.update(msg[:cut])
    twin = g.copy()
    g.update(msg[cut:])
    twin.update(b'tail')
    one = hmac.digest(key, msg, name)
    print(i, name, len(key), len(msg), h.hexdigest(), g.digest() == h.digest() == one,
          twin.hexdigest()[:16], h.name, h.digest_size, h.block_size)

print(hmac.compare_digest(b'abc', b'abc'), hmac.compare_digest(b'abc', b'abd'), hmac.compare_digest('abc', 'abc'),
      hmac.compare_digest(bytearray(b'x'), b'x'), hmac.compare_digest(b'', b''))
for a, b in [('abc', b'abc'), ('é', 'é'), (1, 2)]:
    try:
        hmac.compare_digest(a, b)
    except TypeError as e:
        print('TypeError', e)
for args, kwargs in [((b'k', b'm'), {}), (('key', b'm', 'sha256'), {}), ((b'k',), {'digestmod': 'nope'}), ((b'k',), {'digestmod': None})]:
    try:
        hmac.new(*args, **kwargs)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


SECRET = b'loopline-secret'


async def sign(n):
    await asyncio.sleep(0.01 * (3 - n % 3))
    body = f'order {n}'.encode()
    return body, hmac.new(SECRET, body, hashlib.sha256).hexdigest()


async def verify(body, sig):
    await asyncio.sleep(0.005)
    good = hmac.new(SECRET, body, 'sha256').hexdigest()
    return hmac.compare_digest(good, sig)


async def main():
    signed = await asyncio.gather(*(sign(n) for n in range(5)))
    signed[2] = (signed[2][0] + b'!', signed[2][1])
    print(await asyncio.gather(*(verify(b, s) for b, s in signed)))


asyncio.run(main())
