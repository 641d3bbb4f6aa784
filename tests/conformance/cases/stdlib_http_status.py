# http.HTTPStatus and http.HTTPMethod as web code uses them: lookups by code and name, phrases and
# descriptions, the aliases 3.13 added (RFC 9110 names), 3.12's is_* properties, IntEnum arithmetic.
import http
from http import HTTPStatus, HTTPMethod

print(HTTPStatus.OK, repr(HTTPStatus.OK), str(HTTPStatus.NOT_FOUND), f"{HTTPStatus.CREATED}", format(HTTPStatus.OK, "5d"))
print(HTTPStatus(404).phrase, "|", HTTPStatus(404).description, "|", HTTPStatus["BAD_GATEWAY"].value)
print(HTTPStatus.OK == 200, HTTPStatus.OK + 1, int(HTTPStatus.IM_A_TEAPOT), HTTPStatus(418).description)
print(len(HTTPStatus), len(HTTPStatus.__members__), [s.value for s in HTTPStatus][:8], list(HTTPStatus)[-1])
print(HTTPStatus(413).name, HTTPStatus(413).phrase, HTTPStatus(414).name, HTTPStatus(416).name, HTTPStatus(422).name)
print(HTTPStatus.REQUEST_ENTITY_TOO_LARGE is HTTPStatus(413), HTTPStatus.UNPROCESSABLE_ENTITY.phrase)
for code in (102, 103, 207, 208, 226, 423, 425, 426, 506, 510):
    s = HTTPStatus(code)
    print(code, s.name, repr(s.phrase), repr(s.description))
for name in ("CONTENT_TOO_LARGE", "URI_TOO_LONG", "RANGE_NOT_SATISFIABLE", "UNPROCESSABLE_CONTENT"):
    print(name, hasattr(HTTPStatus, name))
for code in (100, 204, 301, 404, 503):
    s = HTTPStatus(code)
    if hasattr(s, "is_success"):
        print(code, s.is_informational, s.is_success, s.is_redirection, s.is_client_error, s.is_server_error)
    else:
        print(code, "no is_* properties")
try:
    HTTPStatus(299)
except ValueError as e:
    print("ValueError:", e)
by_class = {}
for s in HTTPStatus:
    by_class.setdefault(s // 100, []).append(s.value)
print({k: len(v) for k, v in by_class.items()})
print(sorted(HTTPStatus, key=lambda s: s.phrase)[:3])
print(HTTPMethod.GET, repr(HTTPMethod.POST), HTTPMethod("PUT").description, HTTPMethod.GET == "GET")
print([m.value for m in HTTPMethod], HTTPMethod["PATCH"].name, "get".upper() in HTTPMethod.__members__)
print(isinstance(HTTPStatus.OK, int), type(HTTPStatus.OK).__mro__[1].__name__, HTTPStatus.__module__, HTTPMethod.__module__)
print(http.__all__, http.HTTPStatus is HTTPStatus, HTTPStatus.__name__, HTTPStatus.__qualname__)


def status_line(code):
    s = HTTPStatus(code)
    return f"HTTP/1.1 {s.value} {s.phrase}"


print([status_line(c) for c in (200, 201, 304, 401, 500)])
