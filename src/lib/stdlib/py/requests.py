# `requests` on the simulated network: every call blocks the whole program for the URL's latency
# (`_simnet.block`), as the recorder's fake (tests/recorder/fakes/requests) does with time.sleep.

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
