# hashlib.pbkdf2_hmac (OpenSSL's in CPython; Pyodide's 3.14 has none): each digest, dklen, the errors.
import hashlib
print(hashlib.pbkdf2_hmac('sha256', b'password', b'salt', 1).hex(), hashlib.pbkdf2_hmac('sha1', b'p', b's', 2, 50).hex()[:20], hashlib.pbkdf2_hmac('sha512', 'pw'.encode(), bytearray(b'x'), 3, dklen=10).hex())
print(hashlib.pbkdf2_hmac('sha256', b'password', b'salt', 2000).hex(), hashlib.pbkdf2_hmac('md5', b'k' * 100, b'', 5, 70).hex())
for args in [('nope', b'p', b's', 1), ('sha256', b'p', b's', 0), ('sha256', b'p', b's', 1, 0), ('sha256', 'p', b's', 1), ('sha256', b'p', b's', 1.5), ('sha3_256', b'p', b's', 2), ('SHA256', b'p', b's', 1)]:
    try: print(hashlib.pbkdf2_hmac(*args).hex()[:16])
    except Exception as e: print(type(e).__name__, e)
print(hashlib.pbkdf2_hmac.__module__, hashlib.pbkdf2_hmac.__name__)
