# create_unix_connection/create_unix_server without ssl refuse the ssl-only options, the first one given
# (server_hostname, ssl_handshake_timeout, ssl_shutdown_timeout) named, before any socket is made.
import asyncio
async def main():
    loop = asyncio.get_running_loop()
    for kw in (dict(server_hostname='x'), dict(ssl_handshake_timeout=1, ssl_shutdown_timeout=2), dict(ssl_shutdown_timeout=2), dict(server_hostname='x', ssl_shutdown_timeout=2)):
        try:
            await loop.create_unix_connection(asyncio.Protocol, '/tmp/nonexistent-origA', **kw)
        except (ValueError, OSError) as e:
            print(sorted(kw), type(e).__name__, e)
    for kw in (dict(ssl_handshake_timeout=1), dict(ssl_shutdown_timeout=2)):
        try:
            await loop.create_unix_server(asyncio.Protocol, '/tmp/nonexistent-origA/x', **kw)
        except (ValueError, OSError) as e:
            print(sorted(kw), type(e).__name__, e)
asyncio.run(main())
