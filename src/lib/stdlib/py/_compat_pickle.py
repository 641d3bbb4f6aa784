# `_compat_pickle`: Python 2's module and global names, which pickle writes below protocol 3 (with
# fix_imports) and maps back when it reads such a pickle.

IMPORT_MAPPING = {
    '__builtin__': 'builtins', 'copy_reg': 'copyreg', 'Queue': 'queue', 'SocketServer': 'socketserver',
    'ConfigParser': 'configparser', 'repr': 'reprlib', 'tkFileDialog': 'tkinter.filedialog',
    'tkSimpleDialog': 'tkinter.simpledialog', 'tkColorChooser': 'tkinter.colorchooser',
    'tkCommonDialog': 'tkinter.commondialog', 'Dialog': 'tkinter.dialog', 'Tkdnd': 'tkinter.dnd',
    'tkFont': 'tkinter.font', 'tkMessageBox': 'tkinter.messagebox', 'ScrolledText': 'tkinter.scrolledtext',
    'Tkconstants': 'tkinter.constants', 'ttk': 'tkinter.ttk', 'Tkinter': 'tkinter',
    'markupbase': '_markupbase', '_winreg': 'winreg', 'thread': '_thread', 'dummy_thread': '_dummy_thread',
    'dbhash': 'dbm.bsd', 'dumbdbm': 'dbm.dumb', 'dbm': 'dbm.ndbm', 'gdbm': 'dbm.gnu',
    'xmlrpclib': 'xmlrpc.client', 'SimpleXMLRPCServer': 'xmlrpc.server', 'httplib': 'http.client',
    'htmlentitydefs': 'html.entities', 'HTMLParser': 'html.parser', 'Cookie': 'http.cookies',
    'cookielib': 'http.cookiejar', 'BaseHTTPServer': 'http.server', 'test.test_support': 'test.support',
    'commands': 'subprocess', 'urlparse': 'urllib.parse', 'robotparser': 'urllib.robotparser',
    'urllib2': 'urllib.request', 'anydbm': 'dbm', '_abcoll': 'collections.abc',
}
import sys as _sys
if _sys.version_info < (3, 13):
    # Tkinter's Tix, removed in 3.13, came after Tkconstants.
    _items = list(IMPORT_MAPPING.items())
    _at = [k for k, v in _items].index('Tkconstants') + 1
    IMPORT_MAPPING = dict(_items[:_at] + [('Tix', 'tkinter.tix')] + _items[_at:])
    del _items, _at
del _sys

# Facts: Python 2's names of what Python 3 moved, as CPython's table has them (its order decides
# which old name a new one maps back to).
NAME_MAPPING = {
    ('__builtin__', 'xrange'): ('builtins', 'range'),
    ('__builtin__', 'reduce'): ('functools', 'reduce'),
    ('__builtin__', 'intern'): ('sys', 'intern'),
    ('__builtin__', 'unichr'): ('builtins', 'chr'),
    ('__builtin__', 'unicode'): ('builtins', 'str'),
    ('__builtin__', 'long'): ('builtins', 'int'),
    ('itertools', 'izip'): ('builtins', 'zip'),
    ('itertools', 'imap'): ('builtins', 'map'),
    ('itertools', 'ifilter'): ('builtins', 'filter'),
    ('itertools', 'ifilterfalse'): ('itertools', 'filterfalse'),
    ('itertools', 'izip_longest'): ('itertools', 'zip_longest'),
    ('UserDict', 'IterableUserDict'): ('collections', 'UserDict'),
    ('UserList', 'UserList'): ('collections', 'UserList'),
    ('UserString', 'UserString'): ('collections', 'UserString'),
    ('whichdb', 'whichdb'): ('dbm', 'whichdb'),
    ('_socket', 'fromfd'): ('socket', 'fromfd'),
    ('_multiprocessing', 'Connection'): ('multiprocessing.connection', 'Connection'),
    ('multiprocessing.process', 'Process'): ('multiprocessing.context', 'Process'),
    ('multiprocessing.forking', 'Popen'): ('multiprocessing.popen_fork', 'Popen'),
}
for _name in ('ContentTooShortError', 'getproxies', 'pathname2url', 'quote_plus', 'quote', 'unquote_plus',
              'unquote', 'url2pathname', 'urlcleanup', 'urlencode', 'urlopen', 'urlretrieve'):
    _module = ('urllib.error' if _name == 'ContentTooShortError' else
               'urllib.parse' if 'quote' in _name or _name == 'urlencode' else 'urllib.request')
    NAME_MAPPING[('urllib', _name)] = (_module, _name)
NAME_MAPPING[('urllib2', 'HTTPError')] = ('urllib.error', 'HTTPError')
NAME_MAPPING[('urllib2', 'URLError')] = ('urllib.error', 'URLError')

PYTHON2_EXCEPTIONS = (
    "ArithmeticError", "AssertionError", "AttributeError", "BaseException", "BufferError", "BytesWarning",
    "DeprecationWarning", "EOFError", "EnvironmentError", "Exception", "FloatingPointError", "FutureWarning",
    "GeneratorExit", "IOError", "ImportError", "ImportWarning", "IndentationError", "IndexError", "KeyError",
    "KeyboardInterrupt", "LookupError", "MemoryError", "NameError", "NotImplementedError", "OSError",
    "OverflowError", "PendingDeprecationWarning", "ReferenceError", "RuntimeError", "RuntimeWarning",
    "StopIteration", "SyntaxError", "SyntaxWarning", "SystemError", "SystemExit", "TabError", "TypeError",
    "UnboundLocalError", "UnicodeDecodeError", "UnicodeEncodeError", "UnicodeError",
    "UnicodeTranslateError", "UnicodeWarning", "UserWarning", "ValueError", "Warning", "ZeroDivisionError",
)
for excname in PYTHON2_EXCEPTIONS:
    NAME_MAPPING[("exceptions", excname)] = ("builtins", excname)

MULTIPROCESSING_EXCEPTIONS = ('AuthenticationError', 'BufferTooShort', 'ProcessError', 'TimeoutError')
for excname in MULTIPROCESSING_EXCEPTIONS:
    NAME_MAPPING[("multiprocessing", excname)] = ("multiprocessing.context", excname)

# Written below protocol 3: each Python 3 name as Python 2 spelt it.
REVERSE_IMPORT_MAPPING = {new: old for old, new in IMPORT_MAPPING.items()}
REVERSE_NAME_MAPPING = {new: old for old, new in NAME_MAPPING.items()}

IMPORT_MAPPING.update({
    'cPickle': 'pickle', '_elementtree': 'xml.etree.ElementTree', 'FileDialog': 'tkinter.filedialog',
    'SimpleDialog': 'tkinter.simpledialog', 'DocXMLRPCServer': 'xmlrpc.server',
    'SimpleHTTPServer': 'http.server', 'CGIHTTPServer': 'http.server', 'UserDict': 'collections',
    'UserList': 'collections', 'UserString': 'collections', 'whichdb': 'dbm', 'StringIO': 'io',
    'cStringIO': 'io',
})
REVERSE_IMPORT_MAPPING.update({
    '_bz2': 'bz2', '_dbm': 'dbm', '_functools': 'functools', '_gdbm': 'gdbm', '_pickle': 'pickle',
})
# Facts: names only read from Python 2's pickles, never written.
NAME_MAPPING.update({
    ('__builtin__', 'basestring'): ('builtins', 'str'),
    ('exceptions', 'StandardError'): ('builtins', 'Exception'),
    ('UserDict', 'UserDict'): ('collections', 'UserDict'),
    ('socket', '_socketobject'): ('socket', 'SocketType'),
})
REVERSE_NAME_MAPPING[('_functools', 'reduce')] = ('__builtin__', 'reduce')
for _module, _names in (('FileDialog', ('FileDialog', 'LoadFileDialog', 'SaveFileDialog')),
                        ('SimpleDialog', ('SimpleDialog',)),
                        ('DocXMLRPCServer', ('ServerHTMLDoc', 'XMLRPCDocGenerator', 'DocXMLRPCRequestHandler',
                                             'DocXMLRPCServer', 'DocCGIXMLRPCRequestHandler')),
                        ('SimpleHTTPServer', ('SimpleHTTPRequestHandler',)),
                        ('CGIHTTPServer', ('CGIHTTPRequestHandler',))):
    _new = {'FileDialog': 'tkinter.filedialog', 'SimpleDialog': 'tkinter.simpledialog'}.get(
        _module, 'http.server' if 'HTTP' in _module else 'xmlrpc.server')
    for _name in _names:
        REVERSE_NAME_MAPPING[(_new, _name)] = (_module, _name)
REVERSE_NAME_MAPPING[('_socket', 'socket')] = ('socket', '_socketobject')

PYTHON3_OSERROR_EXCEPTIONS = (
    'BrokenPipeError', 'ChildProcessError', 'ConnectionAbortedError', 'ConnectionError',
    'ConnectionRefusedError', 'ConnectionResetError', 'FileExistsError', 'FileNotFoundError',
    'InterruptedError', 'IsADirectoryError', 'NotADirectoryError', 'PermissionError', 'ProcessLookupError',
    'TimeoutError',
)
for excname in PYTHON3_OSERROR_EXCEPTIONS:
    REVERSE_NAME_MAPPING[('builtins', excname)] = ('exceptions', 'OSError')

PYTHON3_IMPORTERROR_EXCEPTIONS = ('ModuleNotFoundError',)
for excname in PYTHON3_IMPORTERROR_EXCEPTIONS:
    REVERSE_NAME_MAPPING[('builtins', excname)] = ('exceptions', 'ImportError')

del excname, _name, _names, _module, _new
