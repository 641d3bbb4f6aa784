# `http`: the HTTPStatus and HTTPMethod enums web code names its status codes and verbs with
# (http.client, http.server and http.cookies, which need a network or a server, are not here).
# Each version's names and texts: 3.13 renamed 413/414/416/422 after RFC 9110 (the old names stay
# as aliases), 3.12 added the is_* properties, 3.14 filled in the descriptions 3.13 left empty.

import sys as _sys
from enum import IntEnum, StrEnum

__all__ = ['HTTPStatus', 'HTTPMethod']

_V312 = _sys.version_info >= (3, 12)
_V313 = _sys.version_info >= (3, 13)
_V314 = _sys.version_info >= (3, 14)

# The descriptions 3.14 gives where 3.13's are empty or differ.
_DESCRIPTIONS_314 = {
    102: 'Server is processing the request',
    103: 'Headers sent to prepare for the response',
    207: 'Response contains multiple statuses in the body',
    208: 'Operation has already been reported',
    226: 'Request completed using instance manipulations',
    418: 'Server refuses to brew coffee because it is a teapot',
    422: 'Server is not able to process the contained instructions',
    423: 'Resource of a method is locked',
    424: 'Dependent action of the request failed',
    425: 'Server refuses to process a request that might be replayed',
    426: 'Server refuses to perform the request using the current protocol',
    506: 'Server has an internal configuration error',
    507: 'Server is not able to store the representation',
    508: 'Server encountered an infinite loop while processing a request',
    510: 'Request does not meet the resource access policy',
}

# The four statuses 3.13 renamed after RFC 9110: (name, phrase, description) from 3.13, then up
# to 3.12. From 3.13 the old name stays, as an alias of the new.
_RENAMED_313 = {
    413: (('CONTENT_TOO_LARGE', 'Content Too Large', 'Content is too large'),
          ('REQUEST_ENTITY_TOO_LARGE', 'Request Entity Too Large', 'Entity is too large')),
    414: (('URI_TOO_LONG', 'URI Too Long', 'URI is too long'),
          ('REQUEST_URI_TOO_LONG', 'Request-URI Too Long', 'URI is too long')),
    416: (('RANGE_NOT_SATISFIABLE', 'Range Not Satisfiable', 'Cannot satisfy request range'),
          ('REQUESTED_RANGE_NOT_SATISFIABLE', 'Requested Range Not Satisfiable', 'Cannot satisfy request range')),
    422: (('UNPROCESSABLE_CONTENT', 'Unprocessable Content', ''),
          ('UNPROCESSABLE_ENTITY', 'Unprocessable Entity', '')),
}


def _renamed(members, code):
    """Defines status `code`'s member(s) in the class body's namespace (vars()), as this version names it."""
    (name, phrase, description), (old, old_phrase, old_description) = _RENAMED_313[code]
    if _V313:
        value = (code, phrase, description)
        members[name] = value
        members[old] = value
    else:
        members[old] = (code, old_phrase, old_description)


class HTTPStatus(IntEnum):
    """HTTP status codes and reason phrases."""

    def __new__(cls, value, phrase, description=''):
        member = int.__new__(cls, value)
        member._value_ = value
        member.phrase = phrase
        member.description = _DESCRIPTIONS_314.get(value, description) if _V314 else description
        return member

    if _V312:
        @property
        def is_informational(self):
            return 100 <= self < 200

        @property
        def is_success(self):
            return 200 <= self < 300

        @property
        def is_redirection(self):
            return 300 <= self < 400

        @property
        def is_client_error(self):
            return 400 <= self < 500

        @property
        def is_server_error(self):
            return 500 <= self < 600

    CONTINUE = 100, 'Continue', 'Request received, please continue'
    SWITCHING_PROTOCOLS = 101, 'Switching Protocols', 'Switching to new protocol; obey Upgrade header'
    PROCESSING = 102, 'Processing', ''
    EARLY_HINTS = 103, 'Early Hints', ''
    OK = 200, 'OK', 'Request fulfilled, document follows'
    CREATED = 201, 'Created', 'Document created, URL follows'
    ACCEPTED = 202, 'Accepted', 'Request accepted, processing continues off-line'
    NON_AUTHORITATIVE_INFORMATION = 203, 'Non-Authoritative Information', 'Request fulfilled from cache'
    NO_CONTENT = 204, 'No Content', 'Request fulfilled, nothing follows'
    RESET_CONTENT = 205, 'Reset Content', 'Clear input form for further input'
    PARTIAL_CONTENT = 206, 'Partial Content', 'Partial content follows'
    MULTI_STATUS = 207, 'Multi-Status', ''
    ALREADY_REPORTED = 208, 'Already Reported', ''
    IM_USED = 226, 'IM Used', ''
    MULTIPLE_CHOICES = 300, 'Multiple Choices', 'Object has several resources -- see URI list'
    MOVED_PERMANENTLY = 301, 'Moved Permanently', 'Object moved permanently -- see URI list'
    FOUND = 302, 'Found', 'Object moved temporarily -- see URI list'
    SEE_OTHER = 303, 'See Other', 'Object moved -- see Method and URL list'
    NOT_MODIFIED = 304, 'Not Modified', 'Document has not changed since given time'
    USE_PROXY = 305, 'Use Proxy', 'You must use proxy specified in Location to access this resource'
    TEMPORARY_REDIRECT = 307, 'Temporary Redirect', 'Object moved temporarily -- see URI list'
    PERMANENT_REDIRECT = 308, 'Permanent Redirect', 'Object moved permanently -- see URI list'
    BAD_REQUEST = 400, 'Bad Request', 'Bad request syntax or unsupported method'
    UNAUTHORIZED = 401, 'Unauthorized', 'No permission -- see authorization schemes'
    PAYMENT_REQUIRED = 402, 'Payment Required', 'No payment -- see charging schemes'
    FORBIDDEN = 403, 'Forbidden', 'Request forbidden -- authorization will not help'
    NOT_FOUND = 404, 'Not Found', 'Nothing matches the given URI'
    METHOD_NOT_ALLOWED = 405, 'Method Not Allowed', 'Specified method is invalid for this resource'
    NOT_ACCEPTABLE = 406, 'Not Acceptable', 'URI not available in preferred format'
    PROXY_AUTHENTICATION_REQUIRED = 407, 'Proxy Authentication Required', 'You must authenticate with this proxy before proceeding'
    REQUEST_TIMEOUT = 408, 'Request Timeout', 'Request timed out; try again later'
    CONFLICT = 409, 'Conflict', 'Request conflict'
    GONE = 410, 'Gone', 'URI no longer exists and has been permanently removed'
    LENGTH_REQUIRED = 411, 'Length Required', 'Client must specify Content-Length'
    PRECONDITION_FAILED = 412, 'Precondition Failed', 'Precondition in headers is false'
    _renamed(vars(), 413)
    _renamed(vars(), 414)
    UNSUPPORTED_MEDIA_TYPE = 415, 'Unsupported Media Type', 'Entity body in unsupported format'
    _renamed(vars(), 416)
    EXPECTATION_FAILED = 417, 'Expectation Failed', 'Expect condition could not be satisfied'
    IM_A_TEAPOT = 418, "I'm a Teapot", 'Server refuses to brew coffee because it is a teapot.'
    MISDIRECTED_REQUEST = 421, 'Misdirected Request', 'Server is not able to produce a response'
    _renamed(vars(), 422)
    LOCKED = 423, 'Locked', ''
    FAILED_DEPENDENCY = 424, 'Failed Dependency', ''
    TOO_EARLY = 425, 'Too Early', ''
    UPGRADE_REQUIRED = 426, 'Upgrade Required', ''
    PRECONDITION_REQUIRED = 428, 'Precondition Required', 'The origin server requires the request to be conditional'
    TOO_MANY_REQUESTS = 429, 'Too Many Requests', 'The user has sent too many requests in a given amount of time ("rate limiting")'
    REQUEST_HEADER_FIELDS_TOO_LARGE = 431, 'Request Header Fields Too Large', 'The server is unwilling to process the request because its header fields are too large'
    UNAVAILABLE_FOR_LEGAL_REASONS = 451, 'Unavailable For Legal Reasons', 'The server is denying access to the resource as a consequence of a legal demand'
    INTERNAL_SERVER_ERROR = 500, 'Internal Server Error', 'Server got itself in trouble'
    NOT_IMPLEMENTED = 501, 'Not Implemented', 'Server does not support this operation'
    BAD_GATEWAY = 502, 'Bad Gateway', 'Invalid responses from another server/proxy'
    SERVICE_UNAVAILABLE = 503, 'Service Unavailable', 'The server cannot process the request due to a high load'
    GATEWAY_TIMEOUT = 504, 'Gateway Timeout', 'The gateway server did not receive a timely response'
    HTTP_VERSION_NOT_SUPPORTED = 505, 'HTTP Version Not Supported', 'Cannot fulfill request'
    VARIANT_ALSO_NEGOTIATES = 506, 'Variant Also Negotiates', ''
    INSUFFICIENT_STORAGE = 507, 'Insufficient Storage', ''
    LOOP_DETECTED = 508, 'Loop Detected', ''
    NOT_EXTENDED = 510, 'Not Extended', ''
    NETWORK_AUTHENTICATION_REQUIRED = 511, 'Network Authentication Required', 'The client needs to authenticate to gain network access'


class HTTPMethod(StrEnum):
    """HTTP methods and their descriptions."""

    def __new__(cls, value, description):
        member = str.__new__(cls, value)
        member._value_ = value
        member.description = description
        return member

    def __repr__(self):
        return f'<{type(self).__name__}.{self._name_}>'

    # Facts: each method's description, as CPython's.
    CONNECT = 'CONNECT', 'Establish a connection to the server.'
    DELETE = 'DELETE', 'Remove the target.'
    GET = 'GET', 'Retrieve the target.'
    HEAD = 'HEAD', 'Same as GET, but only retrieve the status line and header section.'
    OPTIONS = 'OPTIONS', 'Describe the communication options for the target.'
    PATCH = 'PATCH', 'Apply partial modifications to a target.'
    POST = 'POST', 'Perform target-specific processing with the request payload.'
    PUT = 'PUT', 'Replace the target with the request payload.'
    TRACE = 'TRACE', 'Perform a message loop-back test along the path to the target.'
