# secrets as session and password code uses it, printing only what does not depend on the random
# draws (CPython's come from os.urandom): token lengths and alphabets, DEFAULT_ENTROPY, ranges of
# randbelow/randbits/choice, every argument error, and compare_digest's results and type errors.
import asyncio
import secrets
import string

ALPHABET = string.ascii_letters + string.digits


async def new_session(user):
    await asyncio.sleep(0.1)
    token = secrets.token_urlsafe(24)
    return user, token


async def main():
    sessions = dict(await asyncio.gather(*(new_session(u) for u in ['ann', 'bob', 'cy'])))
    print({u: (len(t), set(t) <= set(ALPHABET + '-_')) for u, t in sessions.items()})
    print(len(set(sessions.values())))


asyncio.run(main())

print(secrets.DEFAULT_ENTROPY, len(secrets.token_bytes()), len(secrets.token_hex()), len(secrets.token_urlsafe()))
for n in [0, 1, 5, 16, 33]:
    b, h, u = secrets.token_bytes(n), secrets.token_hex(n), secrets.token_urlsafe(n)
    print(n, type(b).__name__, len(b), len(h), set(h) <= set('0123456789abcdef'), len(u), '=' in u)
password = ''.join(secrets.choice(ALPHABET) for _ in range(20))
print(len(password), set(password) <= set(ALPHABET))
print(all(0 <= secrets.randbelow(7) < 7 for _ in range(200)), secrets.randbelow(1), secrets.randbelow(True))
print(all(0 <= secrets.randbits(5) < 32 for _ in range(200)), secrets.randbits(0), secrets.choice('x'), secrets.choice([None]))
print(secrets.randbits(70).bit_length() <= 70, type(secrets.randbelow(10**30)).__name__)
for f, args in [(secrets.randbelow, (0,)), (secrets.randbelow, (-1,)), (secrets.randbelow, (2.5,)),
                (secrets.randbelow, ('3',)), (secrets.token_bytes, (-1,)), (secrets.token_bytes, (1.5,)),
                (secrets.token_hex, ('2',)), (secrets.token_urlsafe, (-3,)), (secrets.randbits, (-1,)),
                (secrets.choice, ([],)), (secrets.choice, ({},)), (secrets.choice, (5,))]:
    try:
        f(*args)
        print(args, 'no error')
    except Exception as e:
        print(args, type(e).__name__, e)
for a, b in [('a', 'a'), (b'a', b'a'), ('abc', 'abd'), ('a', 'ab'), (bytearray(b'x'), b'x'), (memoryview(b'xy'), b'xy'),
             ('é', 'é'), (1, 1), ('a', b'a'), (b'a', 'a'), (b'a', 1), (None, 'a')]:
    try:
        print(type(a).__name__, repr(b), secrets.compare_digest(a, b))
    except TypeError as e:
        print(type(a).__name__, type(b).__name__, 'TypeError', e)
print(sorted(n for n in secrets.__all__ if n != 'SystemRandom'))
