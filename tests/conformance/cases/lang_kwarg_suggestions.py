# A misspelt keyword argument: from 3.13 the TypeError suggests the nearest parameter that can be
# passed by keyword (a case change counts less than a different letter; far names get no hint).
def connect(host, port, /, timeout, *, retries=2, Name=0, verbose_output=False):
    return host


def person(first_name, last_name):
    return first_name


class Client:
    def send(self, payload, *, priority=0):
        return payload


calls = [(connect, ("h", 1, 3), kw) for kw in ("timout", "port", "retry", "name", "NAME", "verbos_output", "zzz")]
calls += [(person, (), kw) for kw in ("firstname", "last", "first_nam", "lastname")]
calls += [(Client().send, (1,), kw) for kw in ("priorty", "self", "payload_")]
for fn, args, kw in calls:
    try:
        fn(*args, **{kw: 1})
    except TypeError as e:
        print(e)
