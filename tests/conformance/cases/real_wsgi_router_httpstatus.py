"""A WSGI app dispatched by hand: a regex router with typed path parameters, query strings,
JSON bodies from wsgi.input, 404/405 handling and status lines from http.HTTPStatus."""
import io
import json
import re
from urllib.parse import parse_qs
from http import HTTPStatus


class Router:
    def __init__(self):
        self.routes = []

    def add(self, method, pattern, handler):
        regex = "^" + re.sub(r"<(\w+)(?::(int|slug))?>", self._group, pattern) + "$"
        self.routes.append((method, re.compile(regex), handler))

    @staticmethod
    def _group(m):
        name, kind = m.group(1), m.group(2)
        body = {"int": r"\d+", "slug": r"[a-z0-9-]+"}.get(kind, r"[^/]+")
        return f"(?P<{name}>{body})"

    def match(self, method, path):
        allowed = []
        for m, rx, h in self.routes:
            mo = rx.match(path)
            if mo:
                if m == method:
                    return h, {k: int(v) if v.isdigit() else v for k, v in mo.groupdict().items()}
                allowed.append(m)
        if allowed:
            raise MethodNotAllowed(allowed)
        return None, None


class MethodNotAllowed(Exception):
    def __init__(self, allowed):
        self.allowed = allowed


POSTS = {1: {"title": "hello-world", "body": "first"}}


def list_posts(environ, start_response, **_):
    qs = parse_qs(environ.get("QUERY_STRING", ""))
    limit = int(qs.get("limit", ["10"])[0])
    return respond(start_response, 200, [{"id": k, **v} for k, v in sorted(POSTS.items())][:limit])


def get_post(environ, start_response, pid):
    post = POSTS.get(pid)
    if post is None:
        return respond(start_response, 404, {"error": f"post {pid} not found"})
    return respond(start_response, 200, post)


def by_slug(environ, start_response, slug):
    hits = [k for k, v in POSTS.items() if v["title"] == slug]
    return respond(start_response, 200 if hits else 404, {"ids": hits})


def create_post(environ, start_response, **_):
    size = int(environ.get("CONTENT_LENGTH") or 0)
    data = json.loads(environ["wsgi.input"].read(size))
    pid = max(POSTS) + 1
    POSTS[pid] = data
    return respond(start_response, 201, {"id": pid}, [("Location", f"/posts/{pid}")])


def respond(start_response, code, payload, extra=()):
    body = json.dumps(payload).encode()
    status = HTTPStatus(code)
    start_response(f"{status.value} {status.phrase}", [("Content-Type", "application/json"),
                                                        ("Content-Length", str(len(body))), *extra])
    return [body]


router = Router()
router.add("GET", "/posts", list_posts)
router.add("POST", "/posts", create_post)
router.add("GET", "/posts/<pid:int>", get_post)
router.add("GET", "/posts/by/<slug:slug>", by_slug)


def app(environ, start_response):
    try:
        handler, kwargs = router.match(environ["REQUEST_METHOD"], environ["PATH_INFO"])
    except MethodNotAllowed as e:
        start_response("405 Method Not Allowed", [("Allow", ", ".join(e.allowed))])
        return [b""]
    if handler is None:
        return respond(start_response, 404, {"error": "no route"})
    return handler(environ, start_response, **kwargs)


def request(method, path, body=b""):
    path, _, query = path.partition("?")
    environ = {"REQUEST_METHOD": method, "PATH_INFO": path, "QUERY_STRING": query,
               "CONTENT_LENGTH": str(len(body)), "wsgi.input": io.BytesIO(body)}
    captured = {}

    def start_response(status, headers):
        captured["status"], captured["headers"] = status, headers

    chunks = app(environ, start_response)
    return captured["status"], dict(captured["headers"]), b"".join(chunks).decode()


for args in [("GET", "/posts"), ("POST", "/posts", b'{"title": "second-post", "body": "more"}'),
             ("GET", "/posts?limit=1"), ("GET", "/posts/2"), ("GET", "/posts/9"), ("GET", "/posts/by/second-post"),
             ("GET", "/posts/by/Bad_Slug"), ("DELETE", "/posts/1"), ("GET", "/nope")]:
    status, headers, body = request(*args)
    print(args[0], args[1], "->", status, headers.get("Location") or headers.get("Allow") or "", body)
print(HTTPStatus.NOT_FOUND.phrase, HTTPStatus(418).description, int(HTTPStatus.CREATED))
