"""A stand-in for requests on the simulated network (see ../../README.md, "Fake requests").

requests.get/post/put/delete/patch/head/request(url, timeout=None) block the whole program
with time.sleep(latency) (the virtual clock jumps, nothing else runs) and return a Response.
With a numeric timeout smaller than the latency they block time.sleep(timeout) and raise
requests.exceptions.ReadTimeout.
"""

import time as _time

import _simnet

from . import exceptions
from .exceptions import (ConnectionError, HTTPError, ReadTimeout, RequestException,  # noqa: F401
                         Timeout)


class Response:
    def __init__(self, method, url):
        self.url = str(url)
        self.status_code = 200
        self.reason = "OK"
        self.ok = True
        self.headers = {"Content-Type": "text/plain; charset=utf-8"}
        self.encoding = "utf-8"
        self.text = _simnet.body(self.url)
        self.content = self.text.encode("utf-8")
        self.request_method = method

    def json(self, **kwargs):
        return _simnet.json_body(self.url)

    def raise_for_status(self):
        return None

    def close(self):
        pass

    def __repr__(self):
        return f"<Response [{self.status_code}]>"


def request(method, url, *, timeout=None, **kwargs):
    seconds = _simnet.latency(url)
    if isinstance(timeout, tuple):
        timeout = timeout[-1]
    if timeout is not None and seconds > timeout:
        _time.sleep(timeout)
        raise ReadTimeout(f"Read timed out. (read timeout={timeout})")
    _time.sleep(seconds)
    return Response(method.upper(), url)


def get(url, **kwargs):
    return request("GET", url, **kwargs)


def post(url, **kwargs):
    return request("POST", url, **kwargs)


def put(url, **kwargs):
    return request("PUT", url, **kwargs)


def delete(url, **kwargs):
    return request("DELETE", url, **kwargs)


def patch(url, **kwargs):
    return request("PATCH", url, **kwargs)


def head(url, **kwargs):
    return request("HEAD", url, **kwargs)


class Session:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def close(self):
        pass

    def request(self, method, url, **kwargs):
        return request(method, url, **kwargs)

    def get(self, url, **kwargs):
        return request("GET", url, **kwargs)

    def post(self, url, **kwargs):
        return request("POST", url, **kwargs)

    def put(self, url, **kwargs):
        return request("PUT", url, **kwargs)

    def delete(self, url, **kwargs):
        return request("DELETE", url, **kwargs)
