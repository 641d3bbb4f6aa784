/** Small pure-Python modules Loopline provides: functools.partial, the simulated network. */
export const functoolsLib = String.raw`
class partial:
    __module__ = 'functools'

    def __init__(self, func, *args, **keywords):
        self.func = func
        self.args = args
        self.keywords = keywords

    def __call__(self, *args, **keywords):
        return self.func(*self.args, *args, **{**self.keywords, **keywords})

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(a) for a in self.args)
        parts.extend(f'{k}={v!r}' for k, v in self.keywords.items())
        return f'functools.partial({", ".join(parts)})'


def wraps(wrapped):
    def deco(f):
        f.__name__ = wrapped.__name__
        f.__qualname__ = wrapped.__qualname__
        return f
    return deco


def reduce(function, iterable, *initial):
    it = iter(iterable)
    if initial:
        value = initial[0]
    else:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError('reduce() of empty iterable with no initial value') from None
    for x in it:
        value = function(value, x)
    return value
`;

/** aiohttp on the simulated network: the await structure of tests/recorder/fakes/aiohttp.py. */
export const aiohttpLib = String.raw`
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
        return (f'ClientTimeout(total={self.total!r}, connect={self.connect!r}, '
                f'sock_read={self.sock_read!r}, sock_connect={self.sock_connect!r})')


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
        self.reason = 'OK'
        self.ok = True
        self.headers = {'Content-Type': 'text/plain; charset=utf-8'}
        self.closed = False

    async def text(self, encoding=None):
        return _simnet.body(self.url)

    async def json(self, *args, **kwargs):
        return _simnet.json_body(self.url)

    async def read(self):
        return _simnet.body(self.url).encode('utf-8')

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
        return f'<ClientResponse({self.url}) [{self.status} {self.reason}]>'


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
            url = str(self._base_url).rstrip('/') + '/' + url.lstrip('/')
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
        return self.request('GET', url, **kwargs)

    def post(self, url, **kwargs):
        return self.request('POST', url, **kwargs)

    def put(self, url, **kwargs):
        return self.request('PUT', url, **kwargs)

    def delete(self, url, **kwargs):
        return self.request('DELETE', url, **kwargs)

    def patch(self, url, **kwargs):
        return self.request('PATCH', url, **kwargs)

    def head(self, url, **kwargs):
        return self.request('HEAD', url, **kwargs)
`;

export const requestsLib = String.raw`
import _simnet


class RequestException(Exception):
    pass


class ConnectionError(RequestException):
    pass


class HTTPError(RequestException):
    pass


class Timeout(RequestException):
    pass


class ReadTimeout(Timeout):
    pass


class Response:
    def __init__(self, method, url):
        self.method = method
        self.url = url
        self.status_code = 200
        self.ok = True
        self.reason = 'OK'
        self.text = _simnet.body(url)
        self.content = self.text.encode('utf-8')
        self.headers = {'Content-Type': 'text/plain; charset=utf-8'}

    def json(self):
        return _simnet.json_body(self.url)

    def raise_for_status(self):
        return None

    def __repr__(self):
        return '<Response [200]>'


class _Exceptions:
    pass


exceptions = _Exceptions()
for _cls in (RequestException, ConnectionError, HTTPError, Timeout, ReadTimeout):
    setattr(exceptions, _cls.__name__, _cls)


def request(method, url, *, timeout=None, **kwargs):
    url = str(url)
    seconds = _simnet.latency(url)
    if isinstance(timeout, tuple):
        timeout = timeout[-1]
    if timeout is not None and seconds > timeout:
        _simnet.block(timeout, url)
        raise ReadTimeout(f'Read timed out. (read timeout={timeout})')
    _simnet.block(seconds, url)
    return Response(method.upper(), url)


def get(url, **kwargs):
    return request('GET', url, **kwargs)


def post(url, **kwargs):
    return request('POST', url, **kwargs)


def put(url, **kwargs):
    return request('PUT', url, **kwargs)


def delete(url, **kwargs):
    return request('DELETE', url, **kwargs)
`;
