# platform: the interpreter's version, implementation and build, and the machine Loopline
# simulates (64-bit Linux, as these machines' python3 reports). 3.11-3.13 only: Pyodide's 3.14
# is an Emscripten build (system 'Emscripten', machine 'wasm32').
import platform
import sys

print(platform.python_version(), platform.python_version_tuple(), platform.python_implementation())
print(platform.python_version() == '%d.%d.%d' % sys.version_info[:3])
print(platform.system(), platform.machine(), platform.architecture(), repr(platform.processor()))
print(repr(platform.python_branch()), repr(platform.python_revision()), platform.__version__)
print(platform.python_build()[0], platform.python_compiler()[:4])
print(platform.system() == 'Linux' and sys.platform == 'linux')
