"""A stand-in for aiohttp on the simulated network, the same file for Loopline's simulator and for the
CPython recorder (tests/recorder/README.md, "Fake aiohttp"), so both see one await structure:
  - ClientSession.__aenter__/__aexit__/close() never suspend.
  - session.get/post/put/delete/patch/head/request(...) return a _RequestContextManager
    wrapping the coroutine ClientSession._request(...), created at call time.
    `await session.get(...)` and `async with session.get(...) as r` both run that coroutine,
    which suspends exactly once:
        timeout None  -> await asyncio.sleep(latency)
        timeout t     -> async with asyncio.timeout(t): await asyncio.sleep(latency)
    (so a timeout shorter than the latency raises TimeoutError after t seconds).
  - The response's text()/json()/read() and the context manager's __aexit__ never suspend.
"""

import asyncio as _asyncio

import _simnet


class ClientError(Exception):
    pass


class ClientResponseError(ClientError):
    pass


class ClientConnectionError(ClientError):
    pass


class ClientTimeout:
    def __init__(self, total=None, connect=None, sock_read=None, sock_connect=None, ceil_threshold=5):
        self.total = total
        self.connect = connect
        self.sock_read = sock_read
        self.sock_connect = sock_connect

    def __repr__(self):
        return (f"ClientTimeout(total={self.total!r}, connect={self.connect!r}, "
                f"sock_read={self.sock_read!r}, sock_connect={self.sock_connect!r})")


def _total(timeout):
    if timeout is None:
        return None
    if isinstance(timeout, ClientTimeout):
        return timeout.total
    return timeout


class ClientResponse:
    def __init__(self, method, url):
        self.method = method
        self.url = str(url)
        self.status = 200
        self.reason = "OK"
        self.ok = True
        self.headers = {"Content-Type": "text/plain; charset=utf-8"}
        self.closed = False

    async def text(self, encoding=None):
        return _simnet.body(self.url)

    async def json(self, *args, **kwargs):
        return _simnet.json_body(self.url)

    async def read(self):
        return _simnet.body(self.url).encode("utf-8")

    def raise_for_status(self):
        return None

    def release(self):
        self.closed = True

    def close(self):
        self.closed = True

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        self.release()

    def __repr__(self):
        return f"<ClientResponse({self.url}) [{self.status} {self.reason}]>"


class _RequestContextManager:
    def __init__(self, coro):
        self._coro = coro
        self._resp = None

    def __await__(self):
        return self._coro.__await__()

    async def __aenter__(self):
        self._resp = await self._coro
        return self._resp

    async def __aexit__(self, exc_type, exc, tb):
        self._resp.release()


class ClientSession:
    def __init__(self, base_url=None, *, timeout=None, headers=None, **kwargs):
        self._base_url = base_url
        self._timeout = timeout
        self.headers = dict(headers or {})
        self.closed = False

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await self.close()

    async def close(self):
        self.closed = True

    def _url(self, url):
        url = str(url)
        if self._base_url is not None:
            url = str(self._base_url).rstrip("/") + "/" + url.lstrip("/")
        return url

    async def _request(self, method, url, timeout):
        seconds = _simnet.latency(url)
        if timeout is None:
            await _asyncio.sleep(seconds)
        else:
            async with _asyncio.timeout(timeout):
                await _asyncio.sleep(seconds)
        return ClientResponse(method, url)

    def request(self, method, url, *, timeout=None, **kwargs):
        t = _total(timeout if timeout is not None else self._timeout)
        return _RequestContextManager(self._request(method, self._url(url), t))

    def get(self, url, **kwargs):
        return self.request("GET", url, **kwargs)

    def post(self, url, **kwargs):
        return self.request("POST", url, **kwargs)

    def put(self, url, **kwargs):
        return self.request("PUT", url, **kwargs)

    def delete(self, url, **kwargs):
        return self.request("DELETE", url, **kwargs)

    def patch(self, url, **kwargs):
        return self.request("PATCH", url, **kwargs)

    def head(self, url, **kwargs):
        return self.request("HEAD", url, **kwargs)
