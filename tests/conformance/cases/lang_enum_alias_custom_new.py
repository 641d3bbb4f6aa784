# An enum whose __new__ takes (value, text) and sets _value_ itself: a later member assigned the
# earlier one (B = A, as http.HTTPStatus's RFC 9110 renames do) or the same value is an alias of
# it. The member is made first (its __new__ and __init__ run) and the value __new__ set decides.
from enum import Enum, IntEnum


class Status(IntEnum):
    def __new__(cls, value, phrase, description=""):
        member = int.__new__(cls, value)
        member._value_ = value
        member.phrase = phrase
        member.description = description
        print("  new", value, phrase)
        return member

    OK = 200, "OK", "Request fulfilled"
    FINE = OK
    CONTENT_TOO_LARGE = 413, "Content Too Large"
    REQUEST_ENTITY_TOO_LARGE = CONTENT_TOO_LARGE
    TEAPOT = 418, "I'm a Teapot"
    ALSO_TEAPOT = 418, "Another phrase"


print(list(Status), len(Status), list(Status.__members__))
print(Status(413).name, Status.REQUEST_ENTITY_TOO_LARGE is Status.CONTENT_TOO_LARGE, Status.FINE.name)
print(Status.ALSO_TEAPOT.phrase, Status(418).name, Status["FINE"].description)


class Planet(Enum):
    def __init__(self, mass, radius):
        print("  init", self._name_, mass)
        self.mass = mass
        self.radius = radius

    EARTH = (5.97, 6.37)
    TERRA = (5.97, 6.37)
    MARS = (0.642, 3.39)


print(list(Planet), Planet.TERRA is Planet.EARTH, Planet((0.642, 3.39)).name, Planet.TERRA.mass)


class Code(str, Enum):
    def __new__(cls, value, label):
        member = str.__new__(cls, value)
        member._value_ = value
        member.label = label
        return member

    GET = "GET", "read"
    FETCH = "GET", "read again"
    PUT = "PUT", "write"


print(list(Code), Code.FETCH is Code.GET, Code("GET").label, Code.FETCH.label, len(Code.__members__))
